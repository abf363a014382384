"""``st.pyplot`` with Streamlit 1.67's signature and behaviour.

The figure draws itself: ``fig.savefig`` with Streamlit's options (``bbox_inches="tight"``,
``dpi=200``, PNG) runs Matplotlib's own Agg backend in the worker, and the PNG (or the
SVG, with ``format="svg"``) becomes an ``st.image`` element. Matplotlib and numpy come
from Pyodide's distribution, like any package the app imports.

As in 1.67, the figure is required (Matplotlib's global figure is not used:
``st.pyplot(None)`` says so), and ``savefig`` keyword arguments still work but show
Streamlit's deprecation warning above the image.
"""

from __future__ import annotations

import io
import sys
from typing import Any, Final

from fragc.shim.dg_base import DeltaGeneratorBase
from fragc.shim.errors import StreamlitMissingRequiredParameterError

SAVEFIG_OPTIONS: Final = {"bbox_inches": "tight", "dpi": 200, "format": "png"}

SAVEFIG_KWARGS_DEPRECATION: Final = """
Passing Matplotlib `savefig` keyword arguments to `st.pyplot` is
deprecated and will be removed in a future version.

`st.pyplot` already uses `bbox_inches="tight"` and `dpi=200` by
default. For other `savefig` options (for example `transparent=True`
or a custom `dpi`), save the figure yourself and display it with
`st.image`:

```python
import io

buf = io.BytesIO()
fig.savefig(buf, format="png", transparent=True, dpi=300)
st.image(buf)
```
"""

FIG_REQUIRED: Final = """
Passing `None` is not supported because Matplotlib's global figure object
is not thread-safe.

Pass a figure explicitly:

```python
fig, ax = plt.subplots()
ax.scatter([1, 2, 3], [1, 2, 3])
# other plotting actions...
st.pyplot(fig)
```
"""


def figure_image(fig: Any, **kwargs: Any) -> bytes | str:
    """The figure saved with Streamlit's options: PNG bytes, or SVG text."""
    pyplot = sys.modules.get("matplotlib.pyplot")
    if pyplot is not None:
        pyplot.ioff()  # as Streamlit: drawing for st.pyplot never opens a window
    buffer = io.BytesIO()
    fig.savefig(buffer, **{**SAVEFIG_OPTIONS, **kwargs})
    payload = buffer.getvalue()
    head = payload.lstrip()
    if head.startswith(b"<svg") or (head.startswith(b"<?xml") and b"<svg" in head[:2048]):
        return payload.decode("utf-8")
    return payload


class PyplotMixin(DeltaGeneratorBase):
    def pyplot(
        self,
        fig: Any,
        clear_figure: bool = False,
        *,
        width: str | int = "stretch",
        use_container_width: bool | None = None,
        alt: str | None = None,
        **kwargs: Any,
    ) -> Any:
        if fig is None:
            raise StreamlitMissingRequiredParameterError("fig", detail=FIG_REQUIRED.strip())
        if use_container_width is not None:
            width = "stretch" if use_container_width else "content"
        if kwargs:
            self.warning(SAVEFIG_KWARGS_DEPRECATION.strip())  # type: ignore[attr-defined]
        image = figure_image(fig, **kwargs)
        handle = self.image(image, width=width, output_format="PNG", alt=alt)  # type: ignore[attr-defined]
        if clear_figure:
            fig.clf()
        return handle


Mixin = PyplotMixin
