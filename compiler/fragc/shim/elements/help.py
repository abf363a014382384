"""st.help: an object's name, type, value, docstring and members, as Streamlit 1.67 shows.

The name is the argument as written in the app's source line (``st.help(df.head)``
shows ``df.head``), read from the calling frame as Streamlit does. ``inspect`` and
``ast`` are imported on the first call: both are slow to import in Pyodide.
"""

from __future__ import annotations

import os
import re
import sys
import types
from typing import Any

from fragc.protocol.elements import HelpMember, HelpProps
from fragc.shim.dg_base import DeltaGeneratorBase
from fragc.shim.elements.layout_params import validate_width

_MEM_ADDRESS = re.compile(r"^<[a-zA-Z_]+[a-zA-Z0-9<>._ ]* at 0x[0-9a-f]+>$")
_NEWLINES = re.compile(r"[\n\r]+")
_SHIM_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
_STREAMLIT: Any = object()  # st.help()'s default argument (Streamlit's is the module)


def _shorten(text: str, length: int = 300) -> str:
    text = text.strip()
    return text[:length] + "..." if len(text) > length else text


def _docstring(obj: object) -> str | None:
    import inspect

    doc = inspect.getdoc(obj)
    if doc is None:
        kind = type(obj)
        if (
            kind is not type
            and kind is not types.ModuleType
            and not (inspect.isfunction(obj) or inspect.ismethod(obj))
        ):
            doc = inspect.getdoc(kind)
    return doc.strip() if doc else None


def _type_name(obj: object) -> str:
    import inspect

    return "class" if inspect.isclass(obj) else type(obj).__name__


def _readable_value(value: Any) -> str | None:
    import inspect

    from fragc.shim.secrets import Secrets

    if isinstance(value, Secrets):
        return None
    if inspect.isclass(value) or inspect.ismodule(value) or callable(value):
        return None
    text = repr(value)
    if not isinstance(value, str) and _MEM_ADDRESS.match(text):
        return None
    return _shorten(text)


def _signature(obj: object) -> str | None:
    import inspect

    if not inspect.isclass(obj) and not callable(obj):
        return None
    try:
        return str(inspect.signature(obj))  # type: ignore[arg-type,unused-ignore]
    except (ValueError, NameError):
        return "(...)"
    except TypeError:
        return None


def _value(obj: object, var_name: str | None) -> str | None:
    readable = _readable_value(obj)
    if readable is not None:
        return readable
    name = getattr(obj, "__qualname__", None) or getattr(obj, "__name__", None)
    holder: object = obj
    if not name:
        holder = type(obj)
        name = getattr(holder, "__qualname__", None) or getattr(holder, "__name__", None)
    if not name:
        return None
    module = getattr(holder, "__module__", None)
    text = (
        f"{module}.{name}{_signature(holder) or ''}"
        if module
        else f"{name}{_signature(holder) or ''}"
    )
    return None if text == var_name else text


def _weight(value: Any) -> int:
    import inspect

    if inspect.ismodule(value):
        return 3
    if inspect.isclass(value):
        return 2
    return 1 if callable(value) else 0


def _is_property(obj: object, name: str) -> bool:
    import inspect

    for parent in inspect.getmro(getattr(obj, "__class__", type(None))):
        attr = parent.__dict__.get(name)
        if attr is not None:
            return isinstance(attr, property) or inspect.isgetsetdescriptor(attr)
    return False


def members(obj: object) -> list[HelpMember]:
    found: list[tuple[int, HelpMember]] = []
    for name in dir(obj):
        if name.startswith("_"):
            continue
        member: HelpMember
        try:
            if _is_property(obj, name):
                docs = _docstring(getattr(type(obj), name))
                member = {"name": name, "type": "property", "value": None, "doc": docs}
                weight = 0
            else:
                value = getattr(obj, name)
                readable = _readable_value(value)
                member = {
                    "name": name,
                    "type": _type_name(value),
                    "value": readable,
                    "doc": None if readable is not None else _docstring(value),
                }
                weight = _weight(value)
        except AttributeError:
            continue
        if member["type"] == "module":
            continue
        if member["doc"]:
            member["doc"] = str(member["doc"]).partition("\n")[0]
        found.append((weight, member))
    return [member for _, member in sorted(found, key=lambda pair: (pair[0], pair[1]["name"]))]


def variable_name(frame: types.FrameType | None) -> str | None:
    """The argument of ``st.help(...)`` as written on the calling line (None for a literal)."""
    import ast
    import linecache

    if frame is None:
        return None
    filename = frame.f_code.co_filename
    if not os.path.isabs(filename):
        # The script is compiled under its bare name (as `streamlit run` names it in
        # tracebacks): read it from the app's folder, wherever the process runs.
        from fragc.shim.session import _session

        if _session is not None and os.path.basename(str(_session.script_path)) == filename:
            filename = str(_session.script_path)
    line = linecache.getline(filename, frame.f_lineno)
    code = _NEWLINES.sub("", line.strip())
    if not code:
        return None
    try:
        tree = ast.parse(code)
    except SyntaxError:
        return None
    root = getattr(tree.body[0], "value", None) if tree.body else None
    if not isinstance(root, ast.Call) or (
        getattr(root.func, "id", None) not in ("help", "write")
        and getattr(root.func, "attr", None) not in ("help", "write")
    ):
        return code.removesuffix(",")
    if not root.args:
        return None
    arg = root.args[0]
    if isinstance(arg, ast.NamedExpr) and isinstance(arg.target, ast.Name):
        return arg.target.id
    if isinstance(arg, ast.Constant):
        return None
    return code[arg.col_offset : getattr(arg, "end_col_offset", None)]


def _caller() -> types.FrameType | None:
    """The first frame outside fragc's shim (the app's line that called st.help)."""
    frame = sys._getframe(1)
    while frame is not None and frame.f_code.co_filename.startswith(_SHIM_DIR):
        frame = frame.f_back  # type: ignore[assignment]
    return frame


def help_props(obj: Any, var_name: str | None, width: int | None) -> HelpProps:
    return {
        "name": var_name,
        "type": _type_name(obj),
        "doc": _docstring(obj),
        "value": _value(obj, var_name),
        "members": members(obj),
        "width": width,
    }


class HelpMixin(DeltaGeneratorBase):
    def help(self, obj: Any = _STREAMLIT, *, width: int | str = "stretch") -> Any:
        validate_width(width)
        if obj is _STREAMLIT:  # the default: the streamlit module itself
            from fragc.shim import api

            obj = api
        props = help_props(obj, variable_name(_caller()), width if isinstance(width, int) else None)
        return self._enqueue({"kind": "help", "props": props})
