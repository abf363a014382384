"""``streamlit.web``: the package of ``streamlit.web.cli``."""
