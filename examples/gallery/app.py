"""fragc gallery: every widget, layout and status element fragc supports, on one page.

An ordinary Streamlit script: `streamlit run app.py` shows the same page. Build it with
`fragc build examples/gallery/app.py -o site/` and open site/index.html (through
`fragc serve site/`). Two fragments show what fragc is for: the counter and the clock
rerun on their own, without the rest of the page.
"""

import datetime
import struct
import time
import zlib

import streamlit as st

st.set_page_config(page_title="fragc gallery", page_icon="🎈", layout="wide")


@st.cache_data
def gradient_png(width: int = 96, height: int = 64) -> bytes:
    """A small PNG drawn in pure Python (no network, no Pillow): a red-to-blue gradient."""
    rows = b"".join(
        b"\x00"
        + bytes(
            channel
            for x in range(width)
            for channel in (255 - x * 180 // width, 75 + y * 100 // height, 75 + x * 180 // width)
        )
        for y in range(height)
    )

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


@st.cache_resource
def first_visit() -> datetime.datetime:
    """Made once per tab and shared by every rerun (the same object each time)."""
    return datetime.datetime.now()


@st.dialog("Say hello")
def hello() -> None:
    name = st.text_input("Your name", "Ada")
    if st.button("Greet", type="primary"):
        st.session_state.greeting = f"Hello, {name}!"
        st.rerun()


# ------------------------------------------------------------------ sidebar

with st.sidebar:
    st.header("fragc gallery")
    st.caption("A Streamlit script compiled to a static site. Python runs in your browser.")
    # The section lives in the URL too (?section=...): reload or share the link to keep it.
    sections = ["Widgets", "Text", "Status", "Layouts"]
    wanted = st.query_params.get("section", "Widgets")
    section = st.radio(
        "Jump to", sections, index=sections.index(wanted) if wanted in sections else 0
    )
    if st.query_params.get("section") != section:
        st.query_params["section"] = section
    speed = st.slider("Clock interval (s)", 1, 10, 5)
    st.toggle("Compact metrics", key="compact")
    st.link_button("Streamlit docs", "https://docs.streamlit.io")
    st.caption(
        f"Your browser: {st.context.theme.type or 'light'} theme, locale {st.context.locale}, "
        f"here since {first_visit():%H:%M}."
    )

# ------------------------------------------------------------------ header

st.title("🎈 fragc gallery")
st.markdown(
    "Everything on this page is drawn by **fragc**'s own Streamlit-compatible runtime. "
    "Widgets inside a *fragment* rerun only their fragment."
)

cols = st.columns(4, border=not st.session_state.get("compact", False))
cols[0].metric("Widgets", 27, "+5")
cols[1].metric("Layouts", 8, "+2")
cols[2].metric("Python in the browser", "3.13", "Pyodide")
cols[3].metric("Server", "none", "-100%", delta_color="inverse")


# ------------------------------------------------------------------ fragments


@st.fragment
def counter() -> None:
    st.subheader("A fragment")
    st.session_state.clicks = st.session_state.get("clicks", 0) + 1
    left, right = st.columns(2, vertical_alignment="center")
    left.button("Rerun only this fragment", type="primary")
    right.write(f"This fragment ran **{st.session_state.clicks}** times.")
    st.progress(min(st.session_state.clicks * 10, 100), text="Clicks to 10")


@st.fragment(run_every=speed)
def clock() -> None:
    st.subheader("A live fragment")
    now = datetime.datetime.now().strftime("%H:%M:%S")
    st.metric("Time in your browser", now)
    st.caption(f"`@st.fragment(run_every={speed})` redraws this box on its own.")


left, right = st.columns(2, gap="medium")
with left.container(border=True):
    counter()
with right.container(border=True):
    clock()

st.divider()

# ------------------------------------------------------------------ tabs

widgets, text = st.tabs(["Widgets", "Text and media"])

with widgets:
    a, b, c = st.columns(3, gap="large")
    with a:
        st.button("Secondary button")
        st.button("Primary button", type="primary", icon="🚀")
        st.checkbox("Checkbox", value=True)
        st.toggle("Toggle")
        st.radio("Radio", ["One", "Two", "Three"], horizontal=True)
        st.download_button("Download CSV", "a,b\n1,2\n", file_name="data.csv")
    with b:
        st.selectbox("Selectbox", ["Python", "JavaScript", "Rust"])
        st.multiselect("Multiselect", ["Red", "Green", "Blue"], default=["Red", "Blue"])
        st.slider("Slider", 0, 100, 40)
        st.select_slider("Select slider", ["XS", "S", "M", "L", "XL"], value=("S", "L"))
        st.pills("Pills", ["Data", "Charts", "Apps"], selection_mode="multi", default=["Apps"])
        st.segmented_control("Segmented control", ["Day", "Week", "Month"], default="Week")
    with c:
        st.text_input("Text input", "Hello, fragc")
        st.number_input("Number input", 0.0, 10.0, 1.5)
        st.text_area("Text area", "Multiple\nlines")
        st.date_input("Date input", datetime.date(2026, 1, 15))
        st.time_input("Time input", datetime.time(9, 30))
        st.color_picker("Color picker", "#FF4B4B")
    with st.form("form", border=True):
        st.write("A form sends its widgets together")
        f1, f2 = st.columns(2, vertical_alignment="bottom")
        f1.text_input("Name")
        f2.feedback("stars")
        st.form_submit_button("Submit")
    st.file_uploader("File uploader")

with text:
    words, media = st.columns(2, gap="large")
    with words:
        st.header("Header")
        st.subheader("Subheader")
        st.markdown("Markdown with **bold**, *italic*, `code`, :red[colour] and a [link](#).")
        st.caption("A caption under it")
        st.text("Fixed-width text")
        st.badge("New", icon="✨", color="green")
        st.latex(r"e^{i\pi} + 1 = 0")
        st.html("<p>Raw <b>HTML</b>, sanitised by the page.</p>")
        with st.echo():
            st.write("st.echo shows this code above its output.")
    with media:
        st.code("import streamlit as st\nst.write('hello')", language="python")
        st.json({"fragc": True, "widgets": 27, "layouts": ["columns", "tabs"]}, expanded=True)
        st.image(gradient_png(), caption="A PNG drawn in Python", width=192)

status, layouts = st.columns(2, gap="large")

with status:
    st.subheader("Status")
    st.success("Success: the site works offline.")
    st.info("Info: Python runs in a Web Worker.")
    st.warning("Warning: the first load downloads Pyodide.")
    st.error("Error: nothing went wrong.")
    st.exception(ValueError("an example exception"))
    with st.status("Building the site", expanded=True, state="complete"):
        st.write("Compiled the script")
        st.write("Copied Pyodide")
    with st.container(horizontal=True):
        if st.button("Toast"):
            st.toast("Hello from a toast!", icon="🍞")
        if st.button("Balloons"):
            st.balloons()
        if st.button("Snow"):
            st.snow()
        if st.button("Spinner"):
            with st.spinner("Working..."):
                time.sleep(1)
        if st.button("Dialog"):
            hello()
    if "greeting" in st.session_state:
        st.success(st.session_state.greeting)

with layouts:
    st.subheader("Layouts")
    with st.expander("Expander", expanded=True, icon="📦"):
        st.write("Content that can be folded away.")
        x, y = st.columns(2, border=True)
        x.write("Nested column")
        y.write("Nested column")
    with st.container(horizontal=True, vertical_alignment="center"):
        with st.popover("Popover", icon="⚙️"):
            st.write("A floating panel")
            st.checkbox("Inside the popover")
        st.caption("A horizontal container")
    with st.container(height=120, border=True):
        for i in range(12):
            st.write(f"Scrolling line {i + 1}")
    with st.chat_message("user"):
        st.write("A chat message from the user")
    with st.chat_message("assistant"):
        st.write("And the answer")

st.divider()
st.subheader("Data and charts")
# Plain Python data (a dict of columns): no pandas needed in the browser.
days = list(range(1, 13))
sales = {
    "day": days,
    "apples": [3, 5, 4, 7, 6, 8, 9, 7, 10, 12, 11, 13],
    "pears": [2, 3, 5, 4, 6, 5, 7, 8, 7, 9, 10, 9],
}
table_col, chart_col = st.columns(2, gap="large")
with table_col:
    st.dataframe(sales, height=250)
    st.table({"fruit": ["apples", "pears"], "total": [95, 75]})
with chart_col:
    st.line_chart(sales, x="day", y=["apples", "pears"], height=220)
    st.bar_chart(sales, x="day", y="apples", height=220)
area, scatter, pie = st.columns(3, gap="large")
area.area_chart(sales, x="day", y=["apples", "pears"], height=200)
scatter.scatter_chart(sales, x="apples", y="pears", height=200)
pie.vega_lite_chart(
    {"fruit": ["apples", "pears"], "n": [95, 75]},
    {
        "mark": {"type": "bar", "cornerRadiusEnd": 4},
        "encoding": {
            "x": {"field": "fruit", "type": "nominal"},
            "y": {"field": "n", "type": "quantitative"},
            "color": {"field": "fruit", "type": "nominal"},
        },
    },
    height=200,
)

placeholder = st.empty()
placeholder.caption(f"Built with fragc. Section chosen in the sidebar: {section}.")
st.chat_input("Say something")
