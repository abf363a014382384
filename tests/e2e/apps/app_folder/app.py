"""Files the app finds only at run time (issue 9, point 5): the site carries the app's folder.

No path below is a literal the analysis could follow: a default argument, a name from
os.listdir, a module imported by name. Under `streamlit run` they all work because the
working directory is this folder; the built site must behave the same.
"""

import importlib
import os
from pathlib import Path

import streamlit as st

HERE = Path(__file__).parent


def load(path="data/sales.csv"):
    return open(HERE / path, encoding="utf-8").read()


st.write(f"default: {load().splitlines()[1]}")
name = st.radio("File", sorted(os.listdir("data")))
st.code(load(f"data/{name}"))
helpers = importlib.import_module("helpers")  # no import statement names it
st.write(f"helper says: {helpers.greeting()}")
st.write(f"drafts shipped: {os.path.exists('drafts/notes.txt')}")
