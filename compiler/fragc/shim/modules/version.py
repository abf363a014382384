"""``streamlit.version``: the Streamlit version whose behaviour fragc follows."""

from __future__ import annotations

from fragc import STREAMLIT_API_VERSION

STREAMLIT_VERSION_STRING = STREAMLIT_API_VERSION
