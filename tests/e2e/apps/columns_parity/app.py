"""Columns' gaps and alignment details, as Streamlit 1.67 lays them out."""

import streamlit as st

for gap in [None, "small", "large", 20]:
    with st.container(key=f"gap_{gap}"):
        for c in st.columns(3, gap=gap):
            c.write("cell")

for align in ["top", "center", "bottom"]:
    with st.container(key=f"align_{align}"):
        left, right = st.columns(2, vertical_alignment=align)
        left.text_input(f"Text ({align})")
        right.checkbox(f"First ({align})")
        right.checkbox(f"Last ({align})")
