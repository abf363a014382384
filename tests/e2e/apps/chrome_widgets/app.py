"""The rest of the app chrome (issue 10): st.space, st.skeleton, st.menu_button,
st.pagination, st.datetime_input, tabs/expanders/popovers with on_change, a selectbox
that takes typed options, st.help, st.grid."""

import datetime as dt

import streamlit as st

st.session_state.setdefault("expander_changes", 0)

st.space("large")
slot = st.skeleton(height=60)
if st.button("Fill the slot"):
    slot.text("slot filled")

export = st.menu_button("Export", ["CSV", "JSON"], key="export")
st.text(f"export: {export}")

page = st.pagination(12, key="pages")
st.text(f"page: {page}")

when = st.datetime_input(
    "Meeting",
    value=dt.datetime(2024, 5, 1, 9, 30),
    min_value=dt.datetime(2024, 1, 1),
    max_value=dt.datetime(2024, 12, 31, 18, 0),
)
st.text(f"meeting: {when}")


def back_to_one() -> None:
    st.session_state.tabs = "One"


def count_expander() -> None:
    st.session_state.expander_changes += 1


one, two = st.tabs(["One", "Two"], key="tabs", on_change="rerun")
one.text("first tab")
two.text("second tab")
st.text(f"tab: {st.session_state.tabs}; second open: {two.open}")
st.button("Back to one", on_click=back_to_one)

more = st.expander("More", key="more", on_change=count_expander)
more.text("expanded text")
st.text(f"expander open: {more.open}; changes: {st.session_state.expander_changes}")

menu = st.popover("Options", key="options", on_change="rerun")
menu.text("inside the popover")
st.text(f"popover open: {menu.open}")

fruit = st.selectbox("Fruit", ["apple", "banana"], accept_new_options=True)
st.text(f"fruit: {fruit}")
basket = st.multiselect("Basket", ["apple", "banana"], accept_new_options=True)
st.text(f"basket: {basket}")

st.help(dt.timedelta)

cards = st.grid(3, border=True, key="cards")
for name in ("north", "south", "east", "west"):
    cards.text(name)
cards.cell(column_span="all").text("the whole row")
