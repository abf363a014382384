"""An app importing a package only Pyodide's distribution has: the page fetches it from the CDN."""

import regex
import streamlit as st

st.write(regex.sub(r"\p{L}+", "word", "hello world"))
