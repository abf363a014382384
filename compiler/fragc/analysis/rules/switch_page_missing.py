"""FRG023: ``st.switch_page("...")`` to a page the app does not have."""

from __future__ import annotations

from pathlib import Path, PurePosixPath

import libcst as cst

from fragc.analysis.rules.base import LintRule
from fragc.shim import pages


class SwitchPageMissing(LintRule):
    """`st.switch_page` names, as a literal, a page the app does not have.

    What:
    The path given to `st.switch_page` is neither the entry script nor a file of the
    `pages/` folder beside it (paths are relative to the entry script's folder, from
    every page).

    Why:
    Streamlit raises `StreamlitPageNotFoundError` when the call runs, so the button
    or link that should change page shows an error instead; a static site would only
    find out from its visitors.

    Example:
    ```python
    if st.button("Charts"):
        st.switch_page("pages/charts.py")  # the file is pages/1_Charts.py
    ```

    Fix:
    Give the page's path relative to the entry script, as listed under `pages/`.
    """

    code = "FRG023"
    name = "switch-page-missing"
    severity = "error"

    def visit_Call(self, node: cst.Call) -> None:
        if self.ctx.streamlit_name(node.func) != "switch_page" or not node.args:
            return
        first = node.args[0]
        if first.keyword is not None or not isinstance(first.value, cst.SimpleString):
            return
        target = first.value.evaluated_value
        if not isinstance(target, str):
            return
        entry_dir = app_dir_of(self.ctx.source.path, self.ctx.source.relative)
        known = _pages_beside(entry_dir)
        if pages.find_by_script(known, target) is not None or _is_page_file(entry_dir, target):
            return
        listed = ", ".join(f'"{page.script}"' for page in known)
        self.report(
            node,
            f"st.switch_page: no page `{target}`: the app's pages are {listed}",
            hint='give a path relative to the entry script\'s folder (e.g. "pages/1_Charts.py")',
        )


def app_dir_of(path: Path, relative: str) -> Path:
    folder = path
    for _ in PurePosixPath(relative).parts:
        folder = folder.parent
    return folder


def _is_page_file(app_dir: Path, target: str) -> bool:
    """A page file st.navigation may list (st.Page takes any file under the app)."""
    path = PurePosixPath(target.replace("\\", "/"))
    return path.suffix == ".py" and ".." not in path.parts and (app_dir / path).is_file()


def _pages_beside(app_dir: Path) -> list[pages.Page]:
    entries = sorted(p for p in app_dir.glob("*.py"))
    # Any script in the app's folder may be the entry; pages/ is what Streamlit adds.
    found = [pages.Page(p.name, "", "", "") for p in entries]
    return found + pages.discover(app_dir / "__entry__.py")[1:]
