"""FRG024: ``st.Page("...")`` names a file the app does not have."""

from __future__ import annotations

from fragc.analysis.rules.base import LintRule
from fragc.analysis.rules.switch_page_missing import app_dir_of
from fragc.diagnostics import Diagnostic


class PageFileMissing(LintRule):
    """`st.Page` (or `st.navigation`) names, as a literal, a page file that does not exist.

    What:
    The path given to `st.Page`, or listed in `st.navigation`, is not a file under the
    entry script's folder (paths are relative to that folder, from every page).

    Why:
    Streamlit raises `StreamlitPageNotFoundError` ("Unable to create Page. The file ...
    could not be found.") when the entry script runs, so no page of the app shows; a
    static site would only find out from its visitors.

    Example:
    ```python
    pg = st.navigation([st.Page("home.py"), st.Page("pages/setings.py")])
    ```

    Fix:
    Give the page file's path relative to the entry script's folder.
    """

    code = "FRG024"
    name = "page-file-missing"
    severity = "error"

    def finish(self) -> list[Diagnostic]:
        app_dir = app_dir_of(self.ctx.source.path, self.ctx.source.relative)
        for ref in self.ctx.page_refs:
            if ref.script is None or (app_dir / ref.script).is_file():
                continue
            self.report(
                ref.node,
                f"st.Page: no file `{ref.script}` under the app's folder",
                hint="give the page's path relative to the entry script's folder",
            )
        return self.found
