"""FRG031: a ``st.X`` name Streamlit has and fragc does not provide yet."""

from __future__ import annotations

from fragc.analysis.rules.streamlit_module_imports import StreamlitModuleImports
from fragc.analysis.rules.streamlit_name_base import StreamlitNameRule
from fragc.analysis.streamlit_api import STREAMLIT_NAMES
from fragc.shim.modules import provided


class UnsupportedStreamlitName(StreamlitModuleImports, StreamlitNameRule):
    """The app uses a Streamlit name that fragc does not provide yet.

    What:
    `st.X` (or `from streamlit import X`) where Streamlit has `X` but fragc's
    in-browser Streamlit does not implement it yet; also `import streamlit.X` of a
    submodule fragc does not provide (it provides `streamlit.components.v1`,
    `streamlit.runtime`, `streamlit.runtime.scriptrunner` and the others docs/api.md
    lists). Guarded uses are not reported, as for FRG030.

    Why:
    In the built site the line raises `FragcNotImplementedError` naming the function
    when it runs.

    Example:
    ```python
    st.plotly_chart(figure)  # while fragc has no plotly_chart
    ```

    Fix:
    Use an element fragc supports, or leave that part out of the static build.
    """

    code = "FRG031"
    name = "unsupported-streamlit-name"
    severity = "error"

    def problem(self, name: str) -> tuple[str, str | None] | None:
        if (
            name not in STREAMLIT_NAMES
            or name in self.ctx.implemented
            or provided(f"streamlit.{name}")
        ):
            return None
        return (
            f"fragc does not implement st.{name} yet",
            f"st.{name} raises FragcNotImplementedError in the built site when this line runs",
        )
