"""FRG040: ``st.secrets`` in an app whose every file is public."""

from __future__ import annotations

import libcst as cst

from fragc.analysis.rules.base import LintRule


class SecretsInSite(LintRule):
    """The app reads `st.secrets`; in a static site nothing is secret.

    What:
    The app uses `st.secrets` (or `from streamlit import secrets`).

    Why:
    A fragc site runs entirely in the visitor's browser: any secret the app can read
    there, the visitor can read too (the site's files are downloadable, and the
    browser's developer tools show every value and request). This will be public in
    the built site.

    Example:
    ```python
    client = OpenAI(api_key=st.secrets["OPENAI_API_KEY"])
    ```

    Fix:
    Keep secrets on a server you control and call it from the app, or let each user
    enter their own key (`st.text_input("API key", type="password")`).
    """

    code = "FRG040"
    name = "secrets-in-site"
    severity = "warning"

    MESSAGE = "st.secrets: this will be public in the built site"
    HINT = "anyone can read what a static site reads; ask users for their own key, or call your own server"

    def visit_Attribute(self, node: cst.Attribute) -> None:
        if self.ctx.streamlit_name(node) == "secrets":
            self.report(node, self.MESSAGE, self.HINT)

    def visit_ImportFrom(self, node: cst.ImportFrom) -> None:
        if isinstance(node.names, cst.ImportStar) or node.relative:
            return
        if isinstance(node.module, cst.Name) and node.module.value == "streamlit":
            for alias in node.names:
                if isinstance(alias.name, cst.Name) and alias.name.value == "secrets":
                    self.report(alias, self.MESSAGE, self.HINT)
