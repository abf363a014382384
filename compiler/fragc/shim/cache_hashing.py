"""How ``st.cache_data`` / ``st.cache_resource`` turn a call's arguments into a key.

Streamlit 1.67's rules (``runtime/caching/hashing.py``), in its order: ``hash_funcs``
first (by type or fully-qualified type name), then bytes, str, numbers, dates, lists,
tuples and dicts recursively, dataclasses, enums, pandas/numpy objects, modules and
classes by name, ``functools.partial``, and as a last resort the object's
``__reduce__``. An object none of these can hash (a lock, a generator...) raises
:class:`UnhashableTypeError`, which the caller turns into Streamlit's
"Cannot hash argument ..." message. Cycles hash to a placeholder.
"""

from __future__ import annotations

import collections.abc
import dataclasses
import datetime
import enum
import functools
import hashlib
import importlib
import inspect
import io
import re
import struct
import sys
from collections.abc import Callable
from types import MappingProxyType
from typing import Any, cast

from fragc.shim.errors import StreamlitAPIException

HashFuncs = dict[Any, Callable[[Any], Any]]
_CYCLE_PLACEHOLDER = b"streamlit-57R34ML17-hesamagicalponyflyingthroughthesky-CYCLE"


class UnhashableTypeError(Exception):
    pass


def fqn_type(obj: object) -> str:
    kind = type(obj)
    return f"{kind.__module__}.{kind.__qualname__}"


class UserHashError(StreamlitAPIException):
    """A function from ``hash_funcs`` raised: Streamlit's explanation, naming it."""

    def __init__(
        self,
        orig_exc: BaseException,
        failed_obj: Any,
        hash_func: Callable[[Any], Any],
        decorator: str,
        hash_source: Any,
        stack: list[Any],
    ) -> None:
        object_desc = (
            "something"
            if hash_source is None
            else f"`{hash_source.__name__}()`"
            if hasattr(hash_source, "__name__")
            else "a function"
        )
        hash_func_name = (
            f"`{hash_func.__name__}()`" if hasattr(hash_func, "__name__") else "a function"
        )

        def describe(value: Any) -> str:
            try:
                return f"Object of type {fqn_type(value)}: {value}"
            except Exception:
                return "<Unable to convert item to string>"

        hash_stack = "\n".join(describe(v) for v in reversed(stack))
        super().__init__(
            f"""{orig_exc}

This error is likely due to a bug in {hash_func_name}, which is a
user-defined hash function that was passed into the `@st.{decorator}` decorator of
{object_desc}.

{hash_func_name} failed when hashing an object of type
`{fqn_type(failed_obj)}`.  If you don't know where that object is coming from,
try looking at the hash chain below for an object that you do recognize, then
pass that to `hash_funcs` instead:

```
{hash_stack}
```

If you think this is actually a Streamlit bug, please
[file a bug report here](https://github.com/streamlit/streamlit/issues/new/choose)."""
        )
        self.with_traceback(orig_exc.__traceback__)


class CacheHasher:
    """Hashes values for one cached function (its ``hash_funcs``, its decorator name)."""

    def __init__(self, decorator: str, hash_funcs: HashFuncs | None, hash_source: Any) -> None:
        # Keys are fully-qualified type names: a rerun re-creates the app's classes, so
        # comparing type objects would miss.
        self.hash_funcs = {
            k if isinstance(k, str) else f"{k.__module__}.{k.__qualname__}": v
            for k, v in (hash_funcs or {}).items()
        }
        self.decorator = decorator
        self.hash_source = hash_source
        self._stack: dict[int, Any] = {}

    def update(self, hasher: Any, obj: Any) -> None:
        hasher.update(self.to_bytes(obj))

    def to_bytes(self, obj: Any) -> bytes:
        if id(obj) in self._stack:
            return _CYCLE_PLACEHOLDER
        self._stack[id(obj)] = obj
        try:
            return b"%s:%s" % (type(obj).__qualname__.encode(), self._to_bytes(obj))
        finally:
            self._stack.pop(id(obj), None)

    def _to_bytes(self, obj: Any) -> bytes:  # noqa: C901, PLR0911, PLR0912 - one dispatch table, Streamlit's order
        h = hashlib.md5(usedforsecurity=False)
        if isinstance(obj, bytes):
            return obj
        if isinstance(obj, bytearray):
            return bytes(obj)
        name = fqn_type(obj)
        if name in self.hash_funcs:
            hash_func = self.hash_funcs[name]
            try:
                output = hash_func(obj)
            except Exception as ex:
                raise UserHashError(
                    ex, obj, hash_func, self.decorator, self.hash_source, list(self._stack.values())
                ) from ex
            return self.to_bytes(output)
        if isinstance(obj, str):
            return obj.encode()
        if isinstance(obj, float):
            return struct.pack("<d", obj)
        if isinstance(obj, int):
            return obj.to_bytes((obj.bit_length() + 8) // 8, "little", signed=True)
        # uuid is slow to import in Pyodide; an object can only be a UUID once it is loaded.
        uuid = sys.modules.get("uuid")
        if uuid is not None and isinstance(obj, uuid.UUID):
            return bytes(obj.bytes)
        if isinstance(obj, datetime.datetime):
            return obj.isoformat().encode()
        if isinstance(obj, (list, tuple)):
            for item in obj:
                self.update(h, item)
            return h.digest()
        if isinstance(obj, dict):
            for item in obj.items():
                self.update(h, item)
            return h.digest()
        if obj is None:
            return b"0"
        if not isinstance(obj, type) and dataclasses.is_dataclass(obj):
            return self.to_bytes(dataclasses.asdict(cast(Any, obj)))
        if isinstance(obj, enum.Enum):
            return str(obj).encode()
        data: Any = obj  # pandas and numpy objects, known by their type's name
        if name in ("pandas.core.series.Series", "pandas.core.frame.DataFrame"):
            # Imported only when the app passes pandas objects (it loaded pandas then).
            hash_pandas_object = importlib.import_module("pandas.util").hash_pandas_object
            self.update(h, list(data.shape))
            self.update(h, hash_pandas_object(data).to_numpy().tobytes())
            return h.digest()
        if name == "numpy.ndarray":
            self.update(h, data.shape)
            self.update(h, str(data.dtype))
            self.update(h, data.tobytes())
            return h.digest()
        if inspect.isbuiltin(obj):
            return obj.__name__.encode()
        if isinstance(obj, (MappingProxyType, collections.abc.ItemsView)):
            return self.to_bytes(dict(obj))
        if isinstance(obj, re.Pattern):
            return self.to_bytes([obj.pattern, obj.flags])
        if isinstance(obj, (io.StringIO, io.BytesIO)):
            self.update(h, obj.tell())
            self.update(h, obj.getvalue())
            return h.digest()
        if inspect.ismodule(obj) or inspect.isclass(obj):
            return self.to_bytes(obj.__name__)
        if isinstance(obj, functools.partial):
            self.update(h, obj.args)
            self.update(h, obj.func)
            self.update(h, obj.keywords)
            return h.digest()
        try:
            reduce_data = obj.__reduce__()
        except Exception as ex:
            raise UnhashableTypeError() from ex
        for item in reduce_data:
            self.update(h, item)
        return h.digest()


def function_key(decorator: str, func: Callable[..., Any]) -> str:
    """A function's cache: stable across reruns, new when its source changes."""
    hasher = hashlib.md5(usedforsecurity=False)
    ch = CacheHasher(decorator, None, func)
    ch.update(hasher, (getattr(func, "__module__", ""), getattr(func, "__qualname__", "")))
    try:
        source: str | bytes = inspect.getsource(func)
    except (OSError, TypeError):
        source = func.__code__.co_code
    ch.update(hasher, source)
    return hasher.hexdigest()


def _positional_name(func: Callable[..., Any], index: int) -> str | None:
    try:
        params = list(inspect.signature(func).parameters.values())
    except (TypeError, ValueError):
        return None
    if index >= len(params):
        return None
    param = params[index]
    if param.kind in (inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD):
        return param.name
    return None


class UnhashableParamError(StreamlitAPIException):
    def __init__(
        self, decorator: str, func: Callable[..., Any], arg_name: str | None, arg_value: Any
    ) -> None:
        arg_name_str = arg_name if arg_name is not None else "(unnamed)"
        func_name = getattr(func, "__name__", "unknown")
        replacement = f"_{arg_name}" if arg_name is not None else "_arg"
        super().__init__(
            f"""Cannot hash argument '{arg_name_str}' (of type `{fqn_type(arg_value)}`) in '{func_name}'.

To address this, you can tell Streamlit not to hash this argument by adding a
leading underscore to the argument's name in the function signature:

```
@st.{decorator}
def {func_name}({replacement}, ...):
    ...
```"""
        )


def value_key(
    decorator: str,
    func: Callable[..., Any],
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    hash_funcs: HashFuncs | None,
) -> str:
    """The key of one call: every argument hashed, except those named with a leading "_"."""
    pairs: list[tuple[str | None, Any]] = [
        (_positional_name(func, i), value) for i, value in enumerate(args)
    ]
    pairs.extend(kwargs.items())
    hasher = hashlib.md5(usedforsecurity=False)
    for arg_name, arg_value in pairs:
        if arg_name is not None and arg_name.startswith("_"):
            continue
        try:
            CacheHasher(decorator, None, func).update(hasher, arg_name)
            CacheHasher(decorator, hash_funcs, func).update(hasher, arg_value)
        except UnhashableTypeError as exc:
            raise UnhashableParamError(decorator, func, arg_name, arg_value) from exc
    return hasher.hexdigest()
