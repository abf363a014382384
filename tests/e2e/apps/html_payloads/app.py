"""Every script-injection payload through every text path of Streamlit's API.

The path is chosen in the select box; the browser test (test_html_safety.py) goes
through each one and asserts no payload ran where Streamlit 1.67 runs none.
"""

import base64

import streamlit as st
from payloads import PAYLOADS

# A 1x1 PNG for st.image's caption.
PIXEL = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
)


def expander(p, k):
    with st.expander(p):
        st.write(k)


def tabs(p, k):
    (tab,) = st.tabs([p])
    tab.write(k)


def popover(p, k):
    with st.popover(p):
        st.write(k)


def status(p, k):
    with st.status(p):
        st.write(k)


def form(p, k):
    with st.form(k):
        st.form_submit_button(p)


def chat(p, k):
    with st.chat_message(p):
        st.write(p)


# Each path shows one payload `p` (`k` a unique key).
DEFAULT_PATHS = {
    "markdown": lambda p, k: st.markdown(p),
    "caption": lambda p, k: st.caption(p),
    "write": lambda p, k: st.write(p),
    "title": lambda p, k: st.title(p),
    "header": lambda p, k: st.header(p),
    "subheader": lambda p, k: st.subheader(p),
    "text": lambda p, k: st.text(p),
    "code": lambda p, k: st.code(p),
    "latex": lambda p, k: st.latex(p),
    "info": lambda p, k: st.info(p),
    "error": lambda p, k: st.error(p),
    "warning title": lambda p, k: st.warning(p, title=p),
    "exception": lambda p, k: st.exception(RuntimeError(p)),
    "toast": lambda p, k: st.toast(p),
    "button": lambda p, k: st.button(p, key=k),
    "help": lambda p, k: st.button("help", key=k, help=p),
    "checkbox": lambda p, k: st.checkbox(p, key=k),
    "radio": lambda p, k: st.radio(p, [p, "b"], captions=[p, "c"], key=k),
    "selectbox": lambda p, k: st.selectbox(p, [p, "b"], key=k),
    "multiselect": lambda p, k: st.multiselect(p, [p, "b"], default=[p], key=k),
    "text_input": lambda p, k: st.text_input(p, value=p, placeholder=p, key=k),
    "text_area": lambda p, k: st.text_area(p, value=p, key=k),
    "number_input": lambda p, k: st.number_input(p, key=k),
    "slider": lambda p, k: st.slider(p, key=k),
    "pills": lambda p, k: st.pills(p, [p, "b"], key=k),
    "toggle": lambda p, k: st.toggle(p, key=k),
    "select_slider": lambda p, k: st.select_slider(p, [p, "b"], key=k),
    "segmented_control": lambda p, k: st.segmented_control(p, [p, "b"], key=k),
    "color_picker": lambda p, k: st.color_picker(p, key=k),
    "date_input": lambda p, k: st.date_input(p, key=k),
    "file_uploader": lambda p, k: st.file_uploader(p, key=k),
    "download_button": lambda p, k: st.download_button(p, b"x", key=k),
    "form_submit_button": form,
    "chat_message": chat,
    "chat_input": lambda p, k: st.chat_input(p, key=k),
    "expander": expander,
    "tabs": tabs,
    "popover": popover,
    "status": status,
    "metric": lambda p, k: st.metric(p, p, p),
    "json": lambda p, k: st.json({"k": p}),
    "table": lambda p, k: st.table({p: [p]}),
    "dataframe": lambda p, k: st.dataframe({p: [p]}),
    "image caption": lambda p, k: st.image(PIXEL, caption=p),
    "badge": lambda p, k: st.badge(p),
    "progress": lambda p, k: st.progress(50, text=p),
    "link_button": lambda p, k: st.link_button(p, p),
    "markdown link": lambda p, k: st.markdown(f"[link {k}]({p})"),
    "markdown image": lambda p, k: st.markdown(f"![image {k}]({p})"),
}
if hasattr(st, "page_link"):
    DEFAULT_PATHS["page_link"] = lambda p, k: st.page_link(p, label=p)

OPTED_IN_PATHS = {
    "markdown unsafe_allow_html": lambda p, k: st.markdown(p, unsafe_allow_html=True),
    "caption unsafe_allow_html": lambda p, k: st.caption(p, unsafe_allow_html=True),
    "html": lambda p, k: st.html(p),
    "html unsafe_allow_javascript": lambda p, k: st.html(p, unsafe_allow_javascript=True),
}

PATHS = {**DEFAULT_PATHS, **OPTED_IN_PATHS}

OPTIONS = ["(none)", *PATHS]
asked = st.query_params.get("path", "(none)")
path = st.selectbox("Path", OPTIONS, index=OPTIONS.index(asked) if asked in OPTIONS else 0)
if path in PATHS:
    for number, payload in enumerate(PAYLOADS):
        try:
            PATHS[path](payload, f"k{number}")
        except Exception as error:  # a path that refuses a payload shows why, as Streamlit does
            st.exception(error)
st.write(f"shown: {path}")
