"""App-level APIs in the browser: page config, query params, caching, st.context."""

import streamlit as st

st.set_page_config(
    page_title="App APIs", page_icon="🧪", layout="wide", initial_sidebar_state="collapsed"
)
st.sidebar.write("Sidebar note")

st.write(f"x is {st.query_params.get('x', 'missing')}")
if st.button("Set x to 5"):
    st.query_params["x"] = "5"
    st.query_params["tags"] = ["a", "b"]
    st.write(f"x is now {st.query_params['x']}")
if st.button("Drop x"):
    del st.query_params["x"]

if "calls" not in st.session_state:
    st.session_state.calls = 0


@st.cache_data
def square(n):
    st.session_state.calls += 1
    return n * n


if st.button("Clear cache"):
    square.clear()
st.write(f"square={square(4)} computed {st.session_state.calls} times")
st.button("Rerun")

theme = st.context.theme.type
st.write(f"theme={theme} locale={st.context.locale} url_ok={st.context.url.endswith('/app_apis/')}")
