"""The app's folder in the browser (issue 9, point 5; app: tests/e2e/apps/app_folder).

The app opens files by paths the analysis cannot follow (a default argument, a name
listed at run time, a module imported by name): the site carries its folder, as
`streamlit run` sees it, less what `[tool.fragc] exclude` names.
"""

from __future__ import annotations

from collections.abc import Callable

from playwright.sync_api import Page, expect

from tests.e2e.browser import wait_for_run

OpenApp = Callable[[str], Page]


def said(page: Page, text: str) -> None:
    """The app wrote exactly ``text`` (one st.write line)."""
    expect(page.get_by_test_id("stMarkdown").filter(has_text=text)).to_have_text(text)


def test_files_read_through_variable_paths_are_there(app: OpenApp) -> None:
    page = app("app_folder")
    said(page, "default: north,7")  # open(HERE / path), path="data/sales.csv"
    code = page.get_by_test_id("stCode")
    expect(code).to_contain_text("N,North")  # the first file os.listdir("data") names
    files = page.get_by_role("radiogroup", name="File", exact=True)
    expect(files.get_by_role("radio")).to_have_count(2)
    files.get_by_text("sales.csv", exact=True).click()
    wait_for_run(page)
    expect(code).to_contain_text("south,3")
    said(page, "helper says: hello from a module nothing imports")
    said(page, "drafts shipped: False")  # [tool.fragc] exclude = ["drafts"]
    expect(page.get_by_test_id("stException")).to_have_count(0)
