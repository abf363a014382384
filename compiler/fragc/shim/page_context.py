"""The page around the app: ``st.set_page_config`` and ``st.context``.

``st.set_page_config`` posts ``page:config``; the page (``runtime_js/src/chrome.js``)
sets the title, the favicon, the layout and the sidebar. Calls are additive, each
changing only what it names, and may come anywhere in a run, as in Streamlit 1.67.

``st.context`` reads what the browser told the worker with each ``run:request``
(``RunRequest.context``): cookies from ``document.cookie``, the time zone and its
offset, the locale, the URL (without query and hash), the theme type (from
``prefers-color-scheme``), whether the app is embedded. A static site has no request
headers and no server-seen IP address: ``headers`` is empty and ``ip_address`` None.
"""

from __future__ import annotations

import base64
import random
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Any

from fragc.shim import context
from fragc.shim.elements.layout_params import StreamlitValueError
from fragc.shim.errors import StreamlitAPIException

# ------------------------------------------------------------------ set_page_config

_SIDEBAR_STATES = ("auto", "expanded", "collapsed", "locked")
_VALID_SIDEBAR_STATE_VALUES = [
    *(f"'{state}'" for state in _SIDEBAR_STATES),
    "a positive integer (width in pixels)",
]
_MENU_KEYS = {"get help", "report a bug", "about"}
_RANDOM_EMOJIS = "🎈🎉🚀✨🔥🌟🎨📈🍀🌈🦄🐢🍕🎯💡🧪🪄🌻🐙🎲"


class StreamlitInvalidURLError(StreamlitAPIException):
    def __init__(self, url: str) -> None:
        super().__init__(
            f'"{url}" is not a valid URL. You must use a fully qualified domain beginning with '
            '"http://", "https://", or "mailto:".'
        )


def _is_url(text: str) -> bool:
    from urllib.parse import urlparse  # lazily: slow in Pyodide

    parsed = urlparse(text)
    if parsed.scheme == "mailto":
        return bool(parsed.path)
    return parsed.scheme in ("http", "https") and bool(parsed.netloc)


def favicon(page_icon: Any) -> str:
    """What the page shows as the favicon: an emoji as is, a picture as a data URL."""
    if page_icon == "random":
        return random.choice(_RANDOM_EMOJIS)  # noqa: S311 - not security
    if isinstance(page_icon, (bytes, bytearray)):
        return "data:image/png;base64," + base64.b64encode(page_icon).decode()
    text = str(page_icon)
    path = Path(text)
    # A picture next to the app (inside app.zip, so the page cannot fetch it): inline it.
    if len(text) < 300 and path.suffix and path.is_file():
        import mimetypes  # lazily: slow in Pyodide

        mime = mimetypes.guess_type(path.name)[0] or "image/png"
        return f"data:{mime};base64,{base64.b64encode(path.read_bytes()).decode()}"
    return text


def set_page_config(
    page_title: str | None = None,
    page_icon: Any = None,
    layout: str | None = None,
    initial_sidebar_state: str | int | None = None,
    menu_items: Mapping[str, str | None] | None = None,
) -> None:
    message: dict[str, Any] = {"type": "page:config"}
    if page_title is not None:
        message["title"] = str(page_title)
    if page_icon is not None:
        message["icon"] = favicon(page_icon)
    if layout not in (None, "centered", "wide"):
        raise StreamlitValueError("layout", ["'centered'", "'wide'"])
    if layout is not None:
        message["layout"] = layout
    if isinstance(initial_sidebar_state, int) and not isinstance(initial_sidebar_state, bool):
        if initial_sidebar_state <= 0:
            raise StreamlitValueError(
                "initial_sidebar_state",
                _VALID_SIDEBAR_STATE_VALUES,
                detail=f"Got {initial_sidebar_state}.",
            )
        # A width in pixels, with the "auto" state.
        message["initial_sidebar_state"] = "auto"
        message["sidebar_width"] = initial_sidebar_state
    elif initial_sidebar_state in _SIDEBAR_STATES:
        message["initial_sidebar_state"] = initial_sidebar_state
    elif initial_sidebar_state is not None:
        raise StreamlitValueError(
            "initial_sidebar_state",
            _VALID_SIDEBAR_STATE_VALUES,
            detail=f"Got {initial_sidebar_state!r}.",
        )
    if menu_items is not None:
        # fragc draws no app menu; the keys are still checked as Streamlit checks them.
        for key, value in menu_items.items():
            name = str(key).lower().strip()
            if name not in _MENU_KEYS:
                raise StreamlitValueError(
                    "menu_items",
                    ["'Get help'", "'Report a bug'", "'About'"],
                    detail=f"`{name}` is not a supported menu item key.",
                )
            if value is not None and name != "about" and not _is_url(str(value)):
                raise StreamlitInvalidURLError(str(value))
    ctx = context.get_ctx()
    if ctx is not None:
        ctx.flush()  # keep the order: elements before, config after
        ctx.post(message)


# ------------------------------------------------------------------ st.context

CONTEXT_KEYS = frozenset(
    {
        "headers",
        "cookies",
        "theme",
        "timezone",
        "timezone_offset",
        "locale",
        "url",
        "ip_address",
        "is_embedded",
    }
)

# What the page sent with the request being handled (RunRequest.context).
_client: dict[str, Any] = {}


def remember(request: Mapping[str, Any]) -> None:
    """Called by the runner for each ``run:request``: keep what the browser sent."""
    global _client
    sent = request.get("context")
    _client = dict(sent) if isinstance(sent, Mapping) else {}


def _field(name: str, kind: type) -> Any:
    """A field the browser sent, if it has the expected type (None outside a run)."""
    if context.get_ctx() is None:
        return None
    value = _client.get(name)
    return value if isinstance(value, kind) else None


def _text(name: str) -> str | None:
    value: str | None = _field(name, str)
    return value


class StreamlitTheme(dict[str, Any]):
    """``st.context.theme``: a dict whose keys are also attributes (``theme.type``)."""

    def __getattr__(self, key: str) -> Any:
        try:
            return self[key]
        except KeyError as err:
            raise AttributeError(
                f"'{type(self).__name__}' object has no attribute '{key}'"
            ) from err


def _header_case(name: str) -> str:
    return "-".join(word.capitalize() for word in name.split("-"))


class StreamlitHeaders(Mapping[str, str]):
    def __init__(self, headers: Iterable[tuple[str, str]]) -> None:
        self._headers: dict[str, list[str]] = {}
        for key, value in headers:
            self._headers.setdefault(_header_case(key), []).append(value)

    def get_all(self, key: str) -> list[str]:
        return list(self._headers.get(_header_case(key), []))

    def __getitem__(self, key: str) -> str:
        try:
            return self._headers[_header_case(key)][0]
        except LookupError:
            raise KeyError(key) from None

    def __len__(self) -> int:
        return len(self._headers)

    def __iter__(self) -> Iterator[str]:
        return iter(self._headers)

    def to_dict(self) -> dict[str, str]:
        return {key: self[key] for key in self}


class StreamlitCookies(Mapping[str, str]):
    def __init__(self, cookies: Mapping[str, str]) -> None:
        self._cookies = MappingProxyType(dict(cookies))

    def __getitem__(self, key: str) -> str:
        return self._cookies[key]

    def __len__(self) -> int:
        return len(self._cookies)

    def __iter__(self) -> Iterator[str]:
        return iter(self._cookies)

    def to_dict(self) -> dict[str, str]:
        return dict(self._cookies)


class ContextProxy:
    """``st.context``: read-only facts about the browser showing the app."""

    # A __getitem__ alone would make iter(st.context) probe integer keys.
    __iter__ = None

    @property
    def headers(self) -> StreamlitHeaders:
        return StreamlitHeaders([])  # a static site sees no request headers

    @property
    def cookies(self) -> StreamlitCookies:
        cookies = _field("cookies", dict)
        return StreamlitCookies(cookies or {})

    @property
    def theme(self) -> StreamlitTheme:
        return StreamlitTheme({"type": _text("color_scheme")})

    @property
    def timezone(self) -> str | None:
        return _text("timezone")

    @property
    def timezone_offset(self) -> int | None:
        offset: int | None = _field("timezone_offset", int)
        return offset

    @property
    def locale(self) -> str | None:
        return _text("locale")

    @property
    def url(self) -> str | None:
        return _text("url")

    @property
    def ip_address(self) -> str | None:
        return None  # no server saw the connection

    @property
    def is_embedded(self) -> bool | None:
        embedded: bool | None = _field("is_embedded", bool)
        return embedded

    def __getitem__(self, key: str) -> Any:
        if key not in CONTEXT_KEYS:
            raise KeyError(
                f'st.context has no key "{key}". Valid keys are: {", ".join(sorted(CONTEXT_KEYS))}.'
            )
        return getattr(self, key)

    def __contains__(self, key: object) -> bool:
        return key in CONTEXT_KEYS

    def __repr__(self) -> str:
        return "st.context"
