"""``streamlit.type_util``: the type checks libraries built on Streamlit import."""

from __future__ import annotations

from typing import Any


def get_fqn(the_type: type) -> str:
    return f"{the_type.__module__}.{the_type.__qualname__}"


def get_fqn_type(obj: object) -> str:
    return get_fqn(type(obj))


def is_type(obj: object, fqn_type_pattern: Any) -> bool:
    """Whether ``obj``'s fully qualified type name is (or matches) the pattern."""
    fqn = get_fqn_type(obj)
    if isinstance(fqn_type_pattern, str):
        return fqn_type_pattern == fqn
    return fqn_type_pattern.match(fqn) is not None


def is_bytes_like(obj: object) -> bool:
    return isinstance(obj, (bytes, bytearray, memoryview)) or hasattr(obj, "getvalue")


def to_bytes(obj: Any) -> bytes:
    if isinstance(obj, (bytes, bytearray, memoryview)):
        return bytes(obj)
    if hasattr(obj, "getvalue"):
        return bytes(obj.getvalue())
    raise RuntimeError(f"{obj} cannot be converted to bytes")


def is_custom_dict(obj: object) -> bool:
    return type(obj).__name__ in ("AttrDict", "Secrets", "SessionStateProxy", "QueryParamsProxy")
