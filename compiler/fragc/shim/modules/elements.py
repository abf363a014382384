"""``streamlit.elements`` and ``streamlit.elements.lib``: packages of the image helpers."""
