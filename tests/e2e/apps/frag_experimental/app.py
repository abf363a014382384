# st.experimental_fragment (issue 3, point 8): a fragment like st.fragment; the bare form
# shows the deprecation warning above the fragment on each of its runs, the form with
# parentheses does not (Streamlit's quirk: it calls the public st.fragment).
import streamlit as st

runs = st.session_state.setdefault("runs", {"full": 0, "bare": 0, "called": 0})
runs["full"] += 1
st.write(f"Full runs: {runs['full']}")


@st.experimental_fragment
def bare():
    runs["bare"] += 1
    st.button("Rerun the bare one")
    st.write(f"bare ran {runs['bare']}")


@st.experimental_fragment()
def called():
    runs["called"] += 1
    st.button("Rerun the called one")
    st.write(f"called ran {runs['called']}")


bare()
called()
