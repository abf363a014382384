"""Toasts as Streamlit 1.67 shows them: one per place across reruns, long ones clamped."""

import streamlit as st

st.toast("Short toast", icon=":material/cabin:", duration="long")
st.toast(
    "A long toast message that is really really really really really really really really "
    "really really long, going way past the three line limit of a toast",
    duration="long",
)
if st.button("Rerun"):
    pass
