"""FRG030: a ``st.X`` name Streamlit does not have."""

from __future__ import annotations

import difflib

from fragc.analysis.rules.streamlit_name_base import StreamlitNameRule
from fragc.analysis.streamlit_api import REMOVED, STREAMLIT_NAMES


class UnknownStreamlitName(StreamlitNameRule):
    """The app uses a `st.` name that Streamlit does not have.

    What:
    `st.X` (or `from streamlit import X`) where Streamlit 1.67 has no `X`: a typo
    (`st.fragments`), or a name later versions removed (`st.experimental_rerun`,
    `st.cache`). Uses guarded by a feature check (`hasattr(st, ...)`, a version
    test, `try: ... except AttributeError:`) are not reported.

    Why:
    The line fails with `AttributeError` when it runs, in the browser, after the
    deploy.

    Example:
    ```python
    @st.fragments
    def panel():
        ...
    ```

    Fix:
    Use the name the hint suggests (`st.fragment`, `st.rerun`, `st.cache_data`, ...).
    """

    code = "FRG030"
    name = "unknown-streamlit-name"
    severity = "error"

    def problem(self, name: str) -> tuple[str, str | None] | None:
        if name in STREAMLIT_NAMES:
            return None
        if name in REMOVED:
            hint: str | None = f"st.{name} was removed from Streamlit; use {REMOVED[name]}"
        else:
            close = difflib.get_close_matches(name, sorted(STREAMLIT_NAMES), n=1, cutoff=0.75)
            hint = f"did you mean st.{close[0]}?" if close else None
        return f"st.{name} does not exist in Streamlit 1.67", hint
