"""``st.write``: Streamlit 1.67's dispatch on the type of each argument.

Consecutive strings and plain values are joined (with spaces) into one markdown
element; a plain value is shown as inline code (``st.write(3)`` is the markdown
```` `3` ````, a multi-line value a fenced block). Exceptions, mappings and
sequences, data frames, charts and objects go to their own element, in argument order.
Elements another part of fragc has not implemented yet (``st.dataframe``, charts...) are
reached by name, so ``st.write(df)`` starts working as soon as ``st.dataframe`` exists.
"""

from __future__ import annotations

import dataclasses
import inspect
import re
import types
from collections import ChainMap, UserDict, UserList
from collections.abc import ItemsView, KeysView, ValuesView
from io import StringIO
from typing import Any, Final

from fragc.shim.dg_base import DeltaGeneratorBase
from fragc.shim.errors import FragcNotImplementedError, StreamlitAPIException

_HELP_TYPES: Final = (
    types.BuiltinFunctionType,
    types.BuiltinMethodType,
    types.FunctionType,
    types.MethodType,
    types.ModuleType,
)
_JSON_TYPES: Final = (
    dict,
    list,
    map,
    enumerate,
    types.MappingProxyType,
    UserDict,
    ChainMap,
    UserList,
    ItemsView,
    KeysView,
    ValuesView,
)
_MEM_ADDRESS_RE: Final = re.compile(r"^\<[a-zA-Z_]+[a-zA-Z0-9<>._ ]* at 0x[0-9a-fA-F]+\>$")

# (module prefix, class name or None for any) -> the element Streamlit uses for it.
_BY_TYPE: Final = (
    (("pandas", "DataFrame"), "dataframe"),
    (("pandas", "Series"), "dataframe"),
    (("pandas", "Index"), "dataframe"),
    (("pandas.io.formats.style", "Styler"), "dataframe"),
    (("numpy", "ndarray"), "dataframe"),
    (("pyarrow", "Table"), "dataframe"),
    (("polars", "DataFrame"), "dataframe"),
    (("polars", "Series"), "dataframe"),
    (("altair", None), "altair_chart"),
    (("matplotlib.figure", "Figure"), "pyplot"),
    (("plotly", "Figure"), "plotly_chart"),
    (("graphviz", None), "graphviz_chart"),
    (("sympy", None), "latex"),
    (("PIL", None), "image"),
    (("pydeck", "Deck"), "pydeck_chart"),
)


def _element_for(value: Any) -> str | None:
    cls = type(value)
    module = cls.__module__ or ""
    for (prefix, name), command in _BY_TYPE:
        if module.split(".")[0] != prefix.split(".")[0] or not module.startswith(prefix):
            continue
        if name is None or any(base.__name__ == name for base in cls.__mro__):
            if prefix == "altair" and not hasattr(value, "to_dict"):
                continue
            if prefix == "PIL" and not hasattr(value, "getpixel"):
                continue
            if prefix == "sympy" and not hasattr(value, "free_symbols"):
                continue
            return command
    return None


def _max_run(text: str, char: str) -> int:
    longest = current = 0
    for c in text:
        current = current + 1 if c == char else 0
        longest = max(longest, current)
    return longest


def _as_code(text: str) -> str:
    """A value's str as inline code, or a fenced block when it spans lines."""
    if "\n" in text:
        fence = "`" * max(3, _max_run(text, "`") + 1)
        return f"{fence}\n{text}\n{fence}"
    fence = "`" * (_max_run(text, "`") + 1)
    return f"{fence}{text}{fence}"


def _is_json_like(value: Any) -> bool:
    from fragc.shim.elements.text import is_custom_dict

    if isinstance(value, _JSON_TYPES) or is_custom_dict(value):
        return True
    if isinstance(value, tuple) and callable(getattr(value, "_asdict", None)):
        return True  # namedtuple
    if callable(getattr(value, "model_dump", None)) and not isinstance(value, type):
        return True  # pydantic model
    return (
        isinstance(value, (list, tuple))
        and bool(value)
        and all(callable(getattr(v, "model_dump", None)) for v in value)
    )


class WriteMixin(DeltaGeneratorBase):
    def write(self, *args: Any, unsafe_allow_html: bool = False) -> None:
        if len(args) == 1 and isinstance(args[0], str):
            self.markdown(args[0], unsafe_allow_html=unsafe_allow_html)  # type: ignore[attr-defined]
            return
        if self._own_cursor is not None and len(args) > 1:
            raise StreamlitAPIException(
                "Cannot replace a single element with multiple elements.\n\n"
                "The `write()` method only supports multiple elements when "
                "inserting elements rather than replacing. That is, only "
                "when called as `st.write()` or `st.sidebar.write()`."
            )
        buffer: list[str] = []

        def flush() -> None:
            if buffer:
                self.markdown(" ".join(buffer), unsafe_allow_html=unsafe_allow_html)  # type: ignore[attr-defined]
                buffer.clear()

        for arg in args:
            if isinstance(arg, str):
                buffer.append(arg)
                continue
            target = self._target(arg)
            if target is None or target[0] == "late_dataframe":
                if unsafe_allow_html and callable(getattr(arg, "_repr_html_", None)):
                    # 1.67 does not flush the text before this one: the HTML comes first.
                    self.html(arg._repr_html_())  # type: ignore[attr-defined]
                    continue
                if target is not None:
                    target = ("dataframe", arg)
            if target is None:
                text = str(arg)
                if _MEM_ADDRESS_RE.match(text):
                    flush()
                    self._call("help", arg)
                else:
                    buffer.append(_as_code(text))
                continue
            flush()
            command, value = target
            if command == "write_stream_items":
                for item in value:
                    self.write(item, unsafe_allow_html=unsafe_allow_html)
            else:
                self._call(command, value)
        flush()

    def _target(self, arg: Any) -> tuple[str, Any] | None:
        """(command, argument) for a value with its own element, None for inline text."""
        if isinstance(arg, Exception):
            return "exception", arg
        if isinstance(arg, DeltaGeneratorBase):
            return "help", arg
        command = _element_for(arg)
        if command is not None:
            return command, arg
        if _is_json_like(arg):
            return "json", arg
        if isinstance(arg, StringIO):
            return "markdown", arg.getvalue()
        if inspect.isgenerator(arg) or inspect.isgeneratorfunction(arg):
            if hasattr(self, "write_stream"):
                return "write_stream", arg
            return "write_stream_items", arg() if inspect.isgeneratorfunction(arg) else arg
        if isinstance(arg, _HELP_TYPES) or dataclasses.is_dataclass(arg) or inspect.isclass(arg):
            return "help", arg
        if callable(getattr(arg, "to_pandas", None)) or callable(
            getattr(arg, "__dataframe__", None)
        ):
            return "late_dataframe", arg  # after _repr_html_ in 1.67's order
        return None

    def _call(self, command: str, value: Any) -> None:
        method = getattr(self, command, None)
        if method is not None:
            method(value)
            return
        if command == "help":
            # st.help is not in fragc yet: show what it would be about, as code.
            self.markdown(_as_code(repr(value)))  # type: ignore[attr-defined]
            return
        raise FragcNotImplementedError(
            f"`st.write` shows a {type(value).__name__} with `st.{command}`, which fragc does not "
            "have yet."
        )
