"""Multipage the new way: st.navigation with sections, st.Page from files and callables,
st.page_link, st.switch_page, st.logo, and the entry's sidebar widget shared by every page."""

import streamlit as st

st.logo("logo.svg", link="https://example.com/")
# Where the menu goes: ?pos=top on the first visit (kept for the session).
position = st.session_state.setdefault("position", st.query_params.get("pos", "sidebar"))
st.sidebar.text_input("Shared", key="shared")


def home():
    st.title("Home")
    st.page_link(about, label="Read about us", icon="ℹ️")
    if st.button("Switch to settings"):
        st.switch_page("views/settings.py")


def about_page():
    st.title("About us")
    st.checkbox("Seen it")


about = st.Page(about_page, title="About us", url_path="about", icon="📘")
pages = {
    "": [st.Page(home, title="Home", icon="🏠", default=True)],
    "More": [st.Page("views/settings.py", icon=":material/settings:"), about],
    "Hidden": [
        st.Page(
            lambda: st.title("Secret room"), title="Secret", url_path="secret", visibility="hidden"
        )
    ],
}
pg = st.navigation(pages, position=position)
st.caption(f"Entry ran for {pg.title}")
pg.run()
