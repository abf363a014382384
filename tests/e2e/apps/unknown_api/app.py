# A name fragc lacks, reached in a way the compiler cannot see (a computed attribute), so
# the build succeeds and the browser must name the function when it is called. (A name
# Streamlit 1.67 removed: fragc provides, or soon will, every name 1.67 has.)
import streamlit as st

st.write("before")
if st.button("Play a sound"):
    play = getattr(st, "experimental_" + "audio_input")
    play(b"")
st.write("after")
