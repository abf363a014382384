"""``bind="query-params"``: a widget's value kept in the page URL, as Streamlit 1.67.

A bound widget (it needs a ``key``; the parameter is named after it):

* is seeded from the URL once, when it is first drawn in the session and neither the
  user nor the app gave it a value; a value the widget cannot take, or its default,
  is removed from the URL instead;
* writes its value to the URL after every run while it differs from the default, and
  removes the parameter when it is back at the default;
* drops its parameter when a later run draws it without ``bind``.

The URL's text for a value is the widget's (``to_url`` / ``from_url`` on the spec):
``true``/``false`` for a checkbox, an option's label, a number, repeated parameters
for several values. The page rewrites its address bar through ``st.query_params``'s
message (``page:query_string``), so no history entry is added.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fragc.shim.errors import StreamlitAPIException
from fragc.shim.query_params import current
from fragc.shim.session import get_session

BIND_OPTIONS = (None, "query-params")

ToUrl = Callable[[Any], "str | list[str]"]
FromUrl = Callable[["str | list[str]"], Any]


def check_bind(bind: Any, user_key: str | None) -> str | None:
    """Streamlit's checks of ``bind``: one known value, and a key to name the parameter."""
    if bind not in BIND_OPTIONS:
        raise StreamlitAPIException(
            f"Invalid bind value: '{bind}'. Must be 'query-params' or None."
        )
    if bind is not None and user_key is None:
        raise StreamlitAPIException(
            "A widget with `bind='query-params'` requires a `key` to be set."
        )
    return None if bind is None else str(bind)


def bool_to_url(value: Any) -> str:
    return "true" if value else "false"


def bool_from_url(text: str | list[str]) -> bool:
    word = (text[-1] if isinstance(text, list) else text).strip().lower()
    if word not in ("true", "false"):
        raise ValueError(word)
    return word == "true"


def url_value(key: str) -> str | list[str] | None:
    params = current()
    values = params.get_all(key)
    if not values:
        return None
    return values if len(values) > 1 else values[0]


def _write(key: str, text: str | list[str] | None) -> None:
    params = current()
    present = params.get_all(key)
    if text is None:
        if present:
            del params[key]
        return
    wanted = text if isinstance(text, list) else [text]
    if present != wanted:
        params[key] = wanted if isinstance(text, list) else text


def seed(
    widget_id: str,
    key: str,
    default: Any,
    from_url: FromUrl,
    *,
    given: bool,
) -> tuple[bool, Any]:
    """(whether the URL gave the widget its value, that value), on the widget's first
    drawing in the session; ``given``: the page or the app gave it a value already."""
    session = get_session()
    if widget_id in session.url_seeded:
        return False, None
    session.url_seeded.add(widget_id)
    if given:
        return False, None
    text = url_value(key)
    if text is None:
        return False, None
    try:
        value = from_url(text)
    except (ValueError, TypeError, KeyError, IndexError):
        _write(key, None)
        return False, None
    if value == default:
        _write(key, None)
        return False, None
    return True, value


def sync(key: str, value: Any, default: Any, to_url: ToUrl) -> None:
    """After the widget's value is known: the URL holds it unless it is the default."""
    get_session().url_bound_keys.add(key)
    _write(key, None if value == default or value is None else to_url(value))


def unbind(key: str) -> None:
    """A widget drawn without ``bind`` whose key was bound: its parameter goes."""
    session = get_session()
    if key in session.url_bound_keys:
        session.url_bound_keys.discard(key)
        _write(key, None)


def _texts(text: str | list[str]) -> list[str]:
    return list(text) if isinstance(text, list) else [text]


def option_codec(labels: list[str], options: list[Any]) -> tuple[ToUrl, FromUrl]:
    """One option, in the URL as its label (format_func's text); an unknown label is bad."""

    def to_url(value: Any) -> str:
        for label, option in zip(labels, options, strict=False):
            if option == value:
                return label
        return str(value)

    def from_url(text: str | list[str]) -> Any:
        return options[labels.index(_texts(text)[-1])]

    return to_url, from_url


def options_codec(labels: list[str], options: list[Any]) -> tuple[ToUrl, FromUrl]:
    """Several options (a multiselect): the parameter repeated, one label each."""
    one_to_url, _ = option_codec(labels, options)

    def to_url(value: Any) -> list[str]:
        return [str(one_to_url(item)) for item in value]

    def from_url(text: str | list[str]) -> list[Any]:
        return [options[labels.index(label)] for label in _texts(text) if label in labels]

    return to_url, from_url


def number_codec(default: Any, low: Any, high: Any) -> tuple[ToUrl, FromUrl]:
    """A number or a (low, high) pair of them (a slider): one parameter per number."""
    is_range = isinstance(default, (tuple, list))
    whole = all(isinstance(v, int) for v in (default if is_range else [default]))

    def show(number: Any) -> str:
        if isinstance(number, float) and number.is_integer():
            return str(int(number))
        return str(number)

    def to_url(value: Any) -> str | list[str]:
        return [show(v) for v in value] if is_range else show(value)

    def from_url(text: str | list[str]) -> Any:
        numbers = [int(float(t)) if whole else float(t) for t in _texts(text)]
        if any(n < low or n > high for n in numbers):
            raise ValueError(numbers)
        if is_range:
            if len(numbers) != 2:
                raise ValueError(numbers)
            return tuple(sorted(numbers))
        return numbers[-1]

    return to_url, from_url
