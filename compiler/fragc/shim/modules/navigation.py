"""``streamlit.navigation`` and ``streamlit.navigation.page``: ``StreamlitPage`` (what
``st.Page`` returns), for apps that import it for type hints or ``isinstance``."""

from __future__ import annotations

from fragc.shim.app_page import Page as Page
from fragc.shim.app_page import StreamlitPage as StreamlitPage
