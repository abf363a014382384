"""A multipage app the old way (issue 9): pages/ beside the entry script.

The test navigates with the sidebar's links, the browser's back and forward buttons, a
deep link and st.switch_page, and checks that session state is shared between pages.
"""

import streamlit as st

st.session_state.visits = st.session_state.get("visits", 0) + 1
st.title("Home")
st.write(f"Visits so far: {st.session_state.visits}")
if st.button("Go to About"):
    st.switch_page("pages/2_About_us.py")
st.page_link("pages/1_📈_Charts.py", label="See the charts")
