import streamlit as st

st.title("Settings")
st.write(f"Shared says: {st.session_state.get('shared', '')}")
