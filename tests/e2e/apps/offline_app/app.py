"""An app that needs everything packed offline: a local package, a data file, a PyPI wheel."""

import csv

import mypkg
import streamlit as st
from mypkg.greet import greeting
from tabulate import tabulate

st.title("Offline app")
st.write(greeting("offline"))

with open("data.csv", newline="", encoding="utf-8") as handle:
    rows = list(csv.DictReader(handle))

st.code(tabulate([[row["fruit"], row["count"]] for row in rows], headers=["fruit", "count"]))
st.write(f"{len(rows)} fruits, {mypkg.total(rows)} in all")
