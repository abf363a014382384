"""st.pyplot and st.graphviz_chart in the browser (app: tests/e2e/apps/static_charts).

st.pyplot: the figure's PNG shown as Streamlit's image, stretched; ``savefig`` keyword
arguments bring 1.67's deprecation warning. (The app's figure is an object with
Matplotlib's ``savefig``: Matplotlib is in Pyodide's distribution, which these offline
tests cannot download; tests/shim/test_optional_charts.py runs real Matplotlib.)
st.graphviz_chart: Graphviz's wasm lays out a DOT string and a ``graphviz.Digraph``
(the real package, vendored) in the page; a ``javascript:`` link is made inert; a DOT
syntax error is shown where the chart goes. Mermaid diagrams, from st.mermaid_chart and
from a fence in Markdown.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from playwright.sync_api import Page, expect

OpenApp = Callable[[str], Page]
GRAPHVIZ_CHUNK = re.compile(r"/assets/[0-9a-f]{12}/fragc-graphviz\.js$")


def test_pyplot_and_graphviz(page: Page, app: OpenApp) -> None:
    fetched: list[str] = []
    page.on("request", lambda request: fetched.append(request.url))
    app("static_charts")

    # st.pyplot: Streamlit's savefig options, the figure cleared, the PNG as an image.
    expect(
        page.get_by_text(
            "savefig options: [('bbox_inches', 'tight'), ('dpi', 200), ('format', 'png')]; "
            "cleared: True"
        )
    ).to_be_visible()
    images = page.get_by_test_id("stImage")
    expect(images).to_have_count(2)
    picture = images.first.locator("img")
    expect(picture).to_have_attribute("src", re.compile(r"^data:image/png;base64,"))
    assert picture.evaluate("img => img.complete && img.naturalWidth") == 2
    # Stretched (width="stretch"): as wide as the main column.
    width = picture.evaluate("img => img.getBoundingClientRect().width")
    column = page.get_by_test_id("stMainBlockContainer").evaluate(
        "el => el.getBoundingClientRect().width - parseFloat(getComputedStyle(el).paddingLeft)"
        " - parseFloat(getComputedStyle(el).paddingRight)"
    )
    assert abs(width - column) < 2, (width, column)
    warning = page.get_by_test_id("stAlertContentWarning")
    expect(warning).to_contain_text("Passing Matplotlib savefig keyword arguments to st.pyplot is")

    # st.graphviz_chart: laid out in the page by Graphviz's wasm.
    charts = page.get_by_test_id("stGraphVizChart")
    expect(charts).to_have_count(3)
    dot, tree, broken = charts.nth(0), charts.nth(1), charts.nth(2)
    expect(dot.locator("svg g.node")).to_have_count(4)
    expect(dot.locator("svg g.edge")).to_have_count(4)
    expect(dot.locator("svg g.node title")).to_have_text(["run", "intr", "kernel", "runbl"])
    expect(dot.locator("[id^=st-graphviz-chart-]")).to_have_count(1)
    # The graph's javascript: URL was made inert.
    link = dot.locator("svg a").first
    expect(link).to_have_attribute("xlink:href", "#")
    # A graphviz.Digraph with its own engine, stretched to the column's width.
    expect(tree.locator("svg g.node title")).to_have_text(["root", "leaf"])
    svg_width = tree.locator("svg").evaluate("svg => svg.getBoundingClientRect().width")
    assert abs(svg_width - column) < 2, (svg_width, column)
    # A DOT syntax error: Graphviz's message instead of a picture.
    expect(broken.get_by_role("alert")).to_contain_text("syntax error")
    assert len([url for url in fetched if GRAPHVIZ_CHUNK.search(url)]) == 1

    # Mermaid: st.mermaid_chart and a fence in Markdown, drawn as pictures with their
    # names; a syntax error is said where the diagram goes.
    diagrams = page.get_by_test_id("stMermaidChart")
    expect(diagrams).to_have_count(3)
    flow, sequence, wrong = diagrams.nth(0), diagrams.nth(1), diagrams.nth(2)
    expect(flow.get_by_role("img", name="Start then stop")).to_be_visible()
    expect(flow.locator("img")).to_have_attribute("src", re.compile("^blob:"))
    expect(sequence.get_by_role("img", name="Mermaid sequence diagram")).to_be_visible()
    expect(sequence.locator("xpath=ancestor::*[@data-testid='stMarkdown']")).to_have_count(1)
    expect(wrong.get_by_test_id("stMermaidError")).to_contain_text("Mermaid diagram error:")
    assert len([url for url in fetched if url.endswith("fragc-mermaid.js")]) == 1
    # The site carries only the libraries this app draws with.
    assert not [url for url in fetched if re.search(r"fragc-(plotly|deck|grid)\.js$", url)]
