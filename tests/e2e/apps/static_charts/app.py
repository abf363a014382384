"""Charts drawn once: st.pyplot, st.graphviz_chart (a DOT string and a graphviz.Digraph),
Mermaid diagrams (st.mermaid_chart and a fence in Markdown).

Matplotlib comes from Pyodide's distribution, which a browser test cannot download
(the tests run offline and the distribution is not vendored): the pyplot figure here is
an object with Matplotlib's ``savefig`` that writes a PNG, which is all st.pyplot asks
of a figure. tests/shim/test_optional_charts.py runs st.pyplot on real Matplotlib.
"""

import base64

import graphviz
import streamlit as st

# A 2x1 PNG: one red pixel, one blue.
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAIAAAB7QOjdAAAADUlEQVR4nGP4zwAE/wEHAAH/4iOeWQAAAABJRU5ErkJggg=="
)


class Figure:
    """What st.pyplot uses of a Matplotlib figure."""

    def __init__(self) -> None:
        self.saved: list[dict[str, object]] = []
        self.cleared = False

    def savefig(self, target, **options) -> None:
        self.saved.append(options)
        target.write(PNG)

    def clf(self) -> None:
        self.cleared = True


figure = Figure()
st.pyplot(figure, clear_figure=True)
st.write(f"savefig options: {sorted(figure.saved[0].items())}; cleared: {figure.cleared}")
st.pyplot(Figure(), dpi=50)

st.graphviz_chart(
    """
    digraph {
        run -> intr
        intr -> runbl
        runbl -> run
        run -> kernel [URL="javascript:alert(1)"]
    }
    """
)
tree = graphviz.Digraph(engine="neato")
tree.edge("root", "leaf")
st.graphviz_chart(tree, width="stretch")
st.graphviz_chart("digraph { a -> }")

st.mermaid_chart("graph TD\n    A[Start] --> B[Stop]", alt="Start then stop")
st.markdown("A diagram in Markdown:\n\n```mermaid\nsequenceDiagram\n    Alice->>Bob: Hi\n```")
st.mermaid_chart("graph TD\n    A -->")
