"""st.iframe, and the two iframes of ``streamlit.components.v1`` (``html``, ``iframe``).

As in Streamlit 1.67 they are one element (``iframe``): a URL in ``src``, or HTML in
``srcdoc``, drawn by ``runtime_js/src/render/iframe.js`` in an ``<iframe>`` with
Streamlit's sandbox policy (scripts run; the HTML is the app author's, like
Streamlit's). ``st.iframe`` sizes HTML to its content by default (a script the page
adds to the document reports its size); ``components.v1.html``/``iframe`` default to
150 pixels high.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fragc.protocol.elements import IframeProps, MediaRef
from fragc.shim import context
from fragc.shim.dg_base import DeltaGeneratorBase
from fragc.shim.elements.layout_params import (
    StreamlitInvalidParameterTypeError,
    validate_height,
    validate_width,
)
from fragc.shim.elements.media import is_url, normalize_alt
from fragc.shim.errors import StreamlitAPIException, StreamlitValueError
from fragc.shim.media_files import mark_sent, media_ref

_HTML_EXTENSIONS = frozenset({".html", ".htm", ".xhtml"})
_MAX_PATH_LENGTH = 4096


def validate_tab_index(tab_index: Any) -> None:
    if tab_index is None:
        return
    if isinstance(tab_index, bool) or not isinstance(tab_index, int):
        raise StreamlitInvalidParameterTypeError("tab_index", type(tab_index).__name__, ["int"])
    if tab_index < -1:
        raise StreamlitValueError("tab_index", ["None", "-1", "a non-negative integer"])


def _is_file(text: str) -> bool:
    if len(text) > _MAX_PATH_LENGTH or "<" in text:
        return False
    try:
        return Path(text).is_file()
    except (OSError, ValueError):
        return False


class IframeMixin(DeltaGeneratorBase):
    def _iframe(
        self,
        src: str,
        width: int | None = None,
        height: int | None = None,
        scrolling: bool = False,
        *,
        tab_index: int | None = None,
    ) -> Any:
        """``streamlit.components.v1.iframe``: a URL in a frame 150 pixels high."""
        return self._v1_frame(width, height, scrolling, tab_index, src=src, srcdoc=None)

    def _html(
        self,
        html: str,
        width: int | None = None,
        height: int | None = None,
        scrolling: bool = False,
        *,
        tab_index: int | None = None,
    ) -> Any:
        """``streamlit.components.v1.html``: HTML in a frame 150 pixels high."""
        return self._v1_frame(width, height, scrolling, tab_index, src=None, srcdoc=html)

    def _v1_frame(
        self,
        width: int | None,
        height: int | None,
        scrolling: bool,
        tab_index: int | None,
        *,
        src: str | None,
        srcdoc: str | None,
    ) -> Any:
        """components.v1's frames: ``src`` or ``srcdoc``, 150 pixels high unless told."""
        validate_tab_index(tab_index)
        props = _props(
            src=src,
            srcdoc=srcdoc,
            width=width,
            height=150 if height is None else height,
            scrolling=scrolling,
            tab_index=tab_index,
        )
        return self._enqueue({"kind": "iframe", "props": props})

    def iframe(
        self,
        src: str | Path,
        *,
        width: int | str = "stretch",
        height: int | str = "content",
        tab_index: int | None = None,
        alt: str | None = None,
    ) -> Any:
        validate_width(width, allow_content=True)
        validate_height(height, allow_content=True)
        text = str(src) if isinstance(src, Path) else src
        ref: MediaRef | None = None
        url: str | None = None
        srcdoc: str | None = None
        if isinstance(src, Path):
            if context.get_ctx() is None:
                return self._active()
            srcdoc, ref = _local_file(text)
        elif is_url(text) or text.startswith("/"):
            # Streamlit also reads a string that names a file, with a deprecation warning;
            # then it is HTML (its srcdoc is the path as text, which 1.67 shows).
            url = None if _is_file(text) else text
            srcdoc = text if url is None else None
        else:
            srcdoc = text
        validate_tab_index(tab_index)
        if srcdoc is None:
            # A URL or a file the browser shows: its content cannot be measured.
            width = "stretch" if width == "content" else width
            height = 400 if height == "content" else height
        props = _props(
            src=url, srcdoc=srcdoc, width=width, height=height, scrolling=True, tab_index=tab_index
        )
        props["media"] = ref
        props["alt"] = normalize_alt(alt)
        handle = self._enqueue({"kind": "iframe", "props": props})
        mark_sent(ref)
        return handle


def _local_file(path: str) -> tuple[str | None, MediaRef | None]:
    """(srcdoc, None) for an HTML file; (None, media ref) for anything the browser shows."""
    if Path(path).suffix.lower() in _HTML_EXTENSIONS:
        try:
            with open(path, encoding="utf-8") as handle:
                return handle.read(), None
        except (OSError, UnicodeDecodeError) as error:
            raise StreamlitAPIException(f"Unable to read file '{path}': {error}") from error
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except OSError as error:
        raise StreamlitAPIException(f"Unable to read file '{path}': {error}") from error
    import mimetypes  # lazily: a slow import in Pyodide (tests/shim/test_boot_cost.py)

    mime = mimetypes.guess_type(path)[0] or "application/octet-stream"
    return None, media_ref(data, mime)


def _props(
    *,
    src: str | None = None,
    srcdoc: str | None = None,
    width: int | str | None,
    height: int | str,
    scrolling: bool,
    tab_index: int | None,
) -> IframeProps:
    return {
        "src": src,
        "srcdoc": srcdoc,
        "width": "stretch" if width is None else width,
        "height": height,
        "scrolling": bool(scrolling),
        "tab_index": tab_index,
        "media": None,
        "alt": None,
    }
