"""``st.query_params``: the page URL's query string as a dict-like object.

The page sends its query string (without ``?``) with every ``run:request``; each run
starts from it, as Streamlit repopulates its ``QueryParams`` when a run starts. A write
updates the run's copy, the session's query string (so an ``st.rerun()`` in the same
request sees it) and posts ``page:query_string``: the page rewrites its address bar
with ``history.replaceState``, without a reload, and sends the new string from then on.

Values are strings; a key repeated in the URL keeps every value (``get_all``) and
reads as its last one. ``embed`` and ``embed_options`` belong to Streamlit's embedding
and are invisible here, as in 1.67.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, MutableMapping
from typing import Any

from fragc.shim import context
from fragc.shim.errors import StreamlitAPIException
from fragc.shim.session import get_session

EMBED_KEYS = ("embed", "embed_options")
# Streamlit ignores a query string beyond these limits (sanitize_query_string).
MAX_QUERY_STRING_LENGTH = 512 * 1024
MAX_QUERY_FIELDS = 1000


class StreamlitQueryParamDictValueError(StreamlitAPIException):
    def __init__(self, key: str) -> None:
        super().__init__(
            f"Query param value for `{key}` cannot be set to a dictionary. "
            "Provide a string or iterable of strings instead."
        )


def missing_key_error_message(key: str) -> str:
    return f'st.query_params has no key "{key}".'


def missing_attr_error_message(key: str) -> str:
    return f'st.query_params has no attribute "{key}".'


def parse_query_string(query_string: str) -> dict[str, list[str] | str]:
    """Streamlit's populate_from_query_string: one value as a str, several as a list."""
    query_string = query_string.lstrip("?")
    if (
        not query_string
        or len(query_string) > MAX_QUERY_STRING_LENGTH
        or query_string.count("&") + 1 > MAX_QUERY_FIELDS
    ):
        return {}
    params: dict[str, list[str] | str] = {}
    from urllib import parse  # lazily: slow in Pyodide

    for key, values in parse.parse_qs(query_string, keep_blank_values=True).items():
        params[key] = values[-1] if len(values) == 1 else (values or "")
    return params


def _set_item(params: dict[str, list[str] | str], key: str, value: Any) -> None:
    if isinstance(value, dict):
        raise StreamlitQueryParamDictValueError(key)
    if key.lower() in EMBED_KEYS:
        raise StreamlitAPIException(
            "Query param embed and embed_options (case-insensitive) cannot be set programmatically."
        )
    if isinstance(value, Iterable) and not isinstance(value, str):
        params[key] = [str(item) for item in value]
    else:
        params[key] = str(value)


def _pairs(other: Any) -> list[tuple[str, Any]]:
    if hasattr(other, "keys") and hasattr(other, "__getitem__"):
        return [(k, other[k]) for k in list(other.keys())]
    return list(other)


class QueryParams(MutableMapping[str, str]):
    """The query parameters of one run (Streamlit's ``QueryParams``)."""

    def __init__(self, query_string: str) -> None:
        self._params = parse_query_string(query_string)

    def __iter__(self) -> Iterator[str]:
        return iter([k for k in self._params if k.lower() not in EMBED_KEYS])

    def __len__(self) -> int:
        return sum(1 for k in self._params if k.lower() not in EMBED_KEYS)

    def __str__(self) -> str:
        return str(self._params)

    def __getitem__(self, key: str) -> str:
        if key.lower() in EMBED_KEYS or key not in self._params:
            raise KeyError(missing_key_error_message(key))
        value = self._params[key]
        if isinstance(value, list):
            return value[-1] if value else ""
        return value

    def __setitem__(self, key: str, value: Any) -> None:
        _set_item(self._params, key, value)
        self._send()

    def __delitem__(self, key: str) -> None:
        if key.lower() in EMBED_KEYS or key not in self._params:
            raise KeyError(missing_key_error_message(key))
        del self._params[key]
        self._send()

    def update(self, other: Any = (), /, **kwds: Any) -> None:
        for key, value in [*_pairs(other), *kwds.items()]:
            _set_item(self._params, key, value)
        self._send()

    def get_all(self, key: str) -> list[str]:
        if key not in self._params or key.lower() in EMBED_KEYS:
            return []
        value = self._params[key]
        return list(value) if isinstance(value, list) else [value]

    def clear(self) -> None:
        self._keep_embed_only()
        self._send()

    def to_dict(self) -> dict[str, str]:
        return {k: self[k] for k in self}

    def from_dict(self, params: Any) -> None:
        old = dict(self._params)
        self._keep_embed_only()
        try:
            self.update(params)
        except StreamlitAPIException:
            self._params = old
            raise

    def query_string(self) -> str:
        from urllib import parse  # lazily: slow in Pyodide

        return parse.urlencode(self._params, doseq=True)

    def _keep_embed_only(self) -> None:
        self._params = {k: v for k, v in self._params.items() if k.lower() in EMBED_KEYS}

    def _send(self) -> None:
        query_string = self.query_string()
        ctx = context.get_ctx()
        if ctx is None:
            return
        get_session().query_string = query_string
        ctx.flush()  # the page sees elements drawn before the write first
        ctx.post({"type": "page:query_string", "query_string": query_string})


# The run whose query params are loaded, and them: a new run starts from the URL again.
_loaded: tuple[object, QueryParams] | None = None


def current() -> QueryParams:
    global _loaded
    ctx = context.get_ctx()
    if ctx is None:
        return QueryParams("")  # plain Python import: no page, no URL
    if _loaded is None or _loaded[0] is not ctx:
        _loaded = (ctx, QueryParams(get_session().query_string))
    return _loaded[1]


class QueryParamsProxy(MutableMapping[str, str]):
    """``st.query_params``: a stateless proxy to the current run's :class:`QueryParams`."""

    def __iter__(self) -> Iterator[str]:
        return iter(current())

    def __len__(self) -> int:
        return len(current())

    def __str__(self) -> str:
        return str(current())

    def __repr__(self) -> str:
        return repr(current().to_dict())

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and key in set(current())

    def __getitem__(self, key: str) -> str:
        return current()[key]

    def __setitem__(self, key: str, value: str | Iterable[str]) -> None:
        current()[key] = value

    def __delitem__(self, key: str) -> None:
        del current()[key]

    def __getattr__(self, key: str) -> str:
        if key.startswith("__"):
            raise AttributeError(key)
        try:
            return current()[key]
        except KeyError:
            raise AttributeError(missing_attr_error_message(key)) from None

    def __setattr__(self, key: str, value: str | Iterable[str]) -> None:
        current()[key] = value

    def __delattr__(self, key: str) -> None:
        try:
            del current()[key]
        except KeyError:
            raise AttributeError(missing_key_error_message(key)) from None

    def update(self, params: Mapping[str, Any] | Iterable[Any] = (), /, **kwds: Any) -> None:  # type: ignore[override]
        current().update(params, **kwds)

    def get_all(self, key: str) -> list[str]:
        return current().get_all(key)

    def clear(self) -> None:
        current().clear()

    def to_dict(self) -> dict[str, str]:
        return current().to_dict()

    def from_dict(self, params: Mapping[str, Any] | Iterable[Any]) -> None:
        current().from_dict(params)
