"""Text elements as a user sees them: markdown extras, headings, LaTeX, code, JSON, HTML."""

import streamlit as st

st.title("Text elements")
st.header("Section with divider", divider="blue")
st.subheader("No anchor here", anchor=False)
st.markdown(
    "Colours: :red[red text] and :blue-background[blue background], "
    ":green-badge[badge], :material/home: home, emoji :smile: and :+1:, arrows -> done.\n\n"
    "Raw <b>bold tag</b> stays text.\n\n"
    "Math inline $a^2 + b^2 = c^2$ costs $5 and $10."
)
st.markdown("Trusted <b id='trusted'>bold</b>", unsafe_allow_html=True)
st.caption("A small caption")
st.latex(r"\int_0^1 x\,dx = \frac{1}{2}")
st.code("def greet(name):\n    return f'hi {name}'", language="python", line_numbers=True)
st.json({"name": "fragc", "tags": ["a", "b"], "ok": True}, expanded=True)
st.html(
    "<p id='safe-html'>Safe <i>html</i></p><script>window.__pwned = true</script>"
    "<button id='evil' onclick='window.__pwned = true'>Evil</button>"
)
st.write(3)
st.write("The answer is", 42, {"k": [1, 2]})
st.text("fixed   width")
st.badge("New", icon=":material/star:", color="violet")
st.metric("Temperature", "21 °C", "-1.5 °C")
st.metric("Errors", 3, "+2", delta_color="inverse", border=True)
st.metric("Flat", 10, "0", delta_color="off")
st.info("Heads up", icon="ℹ️")
st.success("✅ Saved")
st.warning("Careful", title="Warning title")
st.error("Broken")
st.exception(ValueError("boom"))

with st.echo():
    total = sum(range(5))
    st.write(f"total is {total}")
