"""``st.cache_data`` and ``st.cache_resource``: Streamlit 1.67's decorators, in memory.

A cached function's cache is found by its function key (module, qualname, source), so
it survives the reruns that re-create the function, and holds one entry per value key
(the hashed arguments, see :mod:`fragc.shim.cache_hashing`). ``cache_data`` stores the
pickled return value and hands every caller a fresh copy; ``cache_resource`` stores
the object itself and hands out that same object. ``ttl`` expires entries,
``max_entries`` drops the least recently used, ``max_size`` (cache_data) bounds the
pickled bytes. ``.clear()`` on the function empties its cache (or, with arguments,
one entry); ``st.cache_data.clear()`` / ``st.cache_resource.clear()`` empty them all.

In a built site the page is the only session, so ``scope="session"`` and ``"global"``
hold the same entries. ``persist="disk"`` is accepted and kept in memory (a browser
tab has no disk that outlives it). On a miss the call runs under Streamlit's spinner
("Running `f(...)`."). Elements a cached function draws are drawn again on a hit, as
Streamlit replays them, when they all went where the function was called and none was a
widget or a container (:mod:`fragc.shim.cache_replay`).
"""

from __future__ import annotations

import functools
import inspect
import re
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta
from numbers import Integral
from typing import Any

from fragc.shim import cache_replay
from fragc.shim.cache_hashing import HashFuncs, function_key, value_key
from fragc.shim.elements.layout_params import (
    StreamlitIncompatibleParametersError,
    StreamlitInvalidParameterTypeError,
    StreamlitMissingRequiredParameterError,
    StreamlitValueError,
)
from fragc.shim.errors import StreamlitAPIException, StreamlitBadTimeStringError
from fragc.timeparse import time_to_seconds

CACHE_DOCS_URL = "https://docs.streamlit.io/develop/concepts/architecture/caching"
DATA = "cache_data"
RESOURCE = "cache_resource"


class UnserializableReturnValueError(StreamlitAPIException):
    def __init__(self, func: Callable[..., Any], value: Any) -> None:
        kind = (
            f"`{value.__module__}.{type(value).__name__}`"
            if hasattr(value, "__module__") and hasattr(type(value), "__name__")
            else f"`{type(value).__name__}`"
        )
        super().__init__(
            f"Cannot serialize the return value (of type {kind}) in "
            f"`{getattr(func, '__name__', '?')}()`. `st.cache_data` uses "
            "[pickle](https://docs.python.org/3/library/pickle.html) to serialize the "
            "function's return value and safely store it in the cache without mutating the "
            "original object. Please convert the return value to a pickle-serializable type. "
            "If you want to cache unserializable objects such as database connections or "
            "Tensorflow sessions, use `st.cache_resource` instead (see "
            f"[our docs]({CACHE_DOCS_URL}) for differences)."
        )


def _active_container() -> Any:
    """The container a call draws in: the top of the ``with`` stack, else the main area."""
    from fragc.shim import api  # the api module imports this one

    return api._main._active()


def _ttl_seconds(ttl: float | timedelta | str | None) -> float | None:
    try:
        return time_to_seconds(ttl)
    except ValueError as err:
        raise StreamlitBadTimeStringError(str(err)) from None


_BYTE_SIZE = re.compile(
    r"(?P<value>(?:\d+(?:\.\d*)?|\.\d+)) ?(?P<unit>b|(?:k|ki)b|(?:m|mi)b|(?:g|gi)b|(?:t|ti)b)",
    re.ASCII | re.IGNORECASE,
)
_UNITS = {"b": 0, "kb": 1, "kib": 1, "mb": 2, "mib": 2, "gb": 3, "gib": 3, "tb": 4, "tib": 4}
_MAX_SIZE_DETAIL = (
    "Use an integer number of bytes or a positive value with an explicit unit, such as "
    '"500MB", "1.5GB", or "200KiB".'
)


def max_size_to_bytes(value: Any) -> int | None:
    """``max_size`` as Streamlit reads it: bytes, or a number with a binary unit."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (Integral, str)):
        raise StreamlitInvalidParameterTypeError(
            "max_size",
            type(value).__name__,
            ["int", "str"],
            detail='Pass an integer byte count such as int(5e8), or a unit string such as "500MB".',
        )
    if isinstance(value, str):
        match = _BYTE_SIZE.fullmatch(value)
        if match is None:
            raise StreamlitValueError("max_size", ["a positive byte size"], detail=_MAX_SIZE_DETAIL)
        whole, _, fraction = match.group("value").partition(".")
        digits = f"{whole or '0'}{fraction}"
        multiplier = 1 << (10 * _UNITS[match.group("unit").lower()])  # binary units
        size: int = int(digits) * multiplier // 10 ** len(fraction)
    else:
        size = int(value)
    if size <= 0:
        raise StreamlitValueError("max_size", ["a positive byte size"], detail=_MAX_SIZE_DETAIL)
    return size


def _validate_refresh_mode(refresh_mode: str, ttl_seconds: float | None) -> None:
    if refresh_mode not in ("foreground", "background"):
        raise StreamlitValueError("refresh_mode", ["foreground", "background"])
    if refresh_mode == "background":
        if ttl_seconds is None:
            raise StreamlitMissingRequiredParameterError(
                "ttl",
                detail='Set a positive `ttl` (for example `ttl="1h"`) or use '
                '`refresh_mode="foreground"`.',
            )
        if ttl_seconds <= 0:
            raise StreamlitValueError(
                "ttl",
                ["a positive duration"],
                detail='Background refresh requires a positive `ttl` (for example `ttl="1h"`) '
                'or `refresh_mode="foreground"`.',
            )


# ------------------------------------------------------------------ storage


@dataclass
class _Entry:
    value: Any  # pickled bytes (cache_data) or the object (cache_resource)
    stored_at: float
    size: int = 0
    # What the function drew, drawn again on a hit (cache_replay); None: nothing to replay.
    elements: list[dict[str, Any]] | None = None


@dataclass
class FunctionCache:
    """The entries of one cached function, least recently used first."""

    ttl_seconds: float | None
    max_entries: int | None
    max_size: int | None = None
    on_release: Callable[[Any], Any] | None = None
    entries: OrderedDict[str, _Entry] = field(default_factory=OrderedDict)

    def get(self, key: str) -> _Entry | None:
        entry = self.entries.get(key)
        if entry is None:
            return None
        if self.ttl_seconds is not None and time.monotonic() - entry.stored_at >= self.ttl_seconds:
            self._drop(key)
            return None
        self.entries.move_to_end(key)
        return entry

    def put(self, key: str, entry: _Entry) -> None:
        if key in self.entries:
            self._drop(key)
        self.entries[key] = entry
        while self.max_entries is not None and len(self.entries) > self.max_entries:
            self._drop(next(iter(self.entries)))
        while (
            self.max_size is not None
            and len(self.entries) > 1
            and self.total_size() > self.max_size
        ):
            self._drop(next(iter(self.entries)))

    def total_size(self) -> int:
        return sum(e.size for e in self.entries.values())

    def clear(self, key: str | None = None) -> None:
        for k in [key] if key is not None else list(self.entries):
            if k in self.entries:
                self._drop(k)

    def _drop(self, key: str) -> None:
        entry = self.entries.pop(key)
        if self.on_release is not None:
            self.on_release(entry.value)


# decorator name -> function key -> its cache (the whole tab's caches)
_caches: dict[str, dict[str, FunctionCache]] = {DATA: {}, RESOURCE: {}}


def clear_all(decorator: str | None = None) -> None:
    for name in [decorator] if decorator else list(_caches):
        for cache in _caches[name].values():
            cache.clear()
        _caches[name] = {}


# ------------------------------------------------------------------ the wrapper


# True while a cached function computes: a nested cached function shows no spinner.
_computing = False


@dataclass
class _Options:
    decorator: str
    ttl_seconds: float | None
    max_entries: int | None
    hash_funcs: HashFuncs | None
    show_spinner: bool | str = True
    show_time: bool = False
    max_size: int | None = None
    validate: Callable[[Any], bool] | None = None
    on_release: Callable[[Any], Any] | None = None


class CachedFunc:
    """What ``@st.cache_data`` / ``@st.cache_resource`` return."""

    def __init__(self, func: Callable[..., Any], options: _Options) -> None:
        if inspect.isasyncgenfunction(func):
            raise StreamlitAPIException(
                "Async-generator functions cannot be cached. Async generators produce streams "
                "that are one-shot iterators, rather than a single cacheable result. Consume the "
                "async generator and return a materialized result from an ordinary coroutine "
                "function if appropriate."
            )
        self._func = func
        self._options = options
        self._function_key = function_key(options.decorator, func)
        functools.update_wrapper(self, func)

    def __repr__(self) -> str:
        return f"<CachedFunc: {self._func}>"

    def __get__(self, instance: Any, owner: Any = None) -> Any:
        # Methods: the instance is the first argument (named "self", so it is hashed
        # unless the method calls it "_self").
        if instance is None:
            return self
        return _BoundCachedFunc(self, instance)

    def _cache(self) -> FunctionCache:
        caches = _caches[self._options.decorator]
        cache = caches.get(self._function_key)
        if cache is None:
            cache = caches[self._function_key] = FunctionCache(
                self._options.ttl_seconds,
                self._options.max_entries,
                self._options.max_size,
                self._options.on_release,
            )
        return cache

    def _key(self, args: tuple[Any, ...], kwargs: dict[str, Any]) -> str:
        return value_key(
            self._options.decorator, self._func, args, kwargs, self._options.hash_funcs
        )

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        import pickle  # lazily: slow to import in Pyodide (tests/shim/test_boot_cost.py)

        cache = self._cache()
        key = self._key(args, kwargs)
        entry = cache.get(key)
        is_data = self._options.decorator == DATA
        if entry is not None:
            if is_data:
                cache_replay.replay(_active_container(), entry.elements)
                return pickle.loads(entry.value)  # noqa: S301 - our own bytes
            validate = self._options.validate
            if validate is None or validate(entry.value):
                cache_replay.replay(_active_container(), entry.elements)
                return entry.value
            cache.clear(key)
        recording = cache_replay.Recording(_active_container())
        value = self._compute(args, kwargs, recording)
        elements = cache_replay.elements_of(recording)
        if is_data:
            try:
                data = pickle.dumps(value)
            except Exception as err:
                raise UnserializableReturnValueError(self._func, value) from err
            cache.put(key, _Entry(data, time.monotonic(), len(data), elements))
        else:
            cache.put(key, _Entry(value, time.monotonic(), elements=elements))
        return value

    def _compute(
        self, args: tuple[Any, ...], kwargs: dict[str, Any], recording: cache_replay.Recording
    ) -> Any:
        """Call the function on a miss, under Streamlit's spinner (the outermost one only:
        a cached function called by another shows none), keeping what it draws (not the
        spinner) in ``recording``."""
        global _computing
        message = self._spinner_message(args, kwargs)
        outermost = not _computing
        _computing = True
        try:
            if message is None or not outermost:
                return self._recorded_call(args, kwargs, recording)
            from fragc.shim import api  # the api module imports this one

            with api._main.spinner(message, _cache=True, show_time=self._options.show_time):
                return self._recorded_call(args, kwargs, recording)
        finally:
            if outermost:
                _computing = False

    def _recorded_call(
        self, args: tuple[Any, ...], kwargs: dict[str, Any], recording: cache_replay.Recording
    ) -> Any:
        cache_replay.start(recording)
        try:
            return self._func(*args, **kwargs)
        finally:
            cache_replay.stop(recording)

    def _spinner_message(self, args: tuple[Any, ...], kwargs: dict[str, Any]) -> str | None:
        show = self._options.show_spinner
        if isinstance(show, str):
            return show
        if show is True:
            name = getattr(self._func, "__qualname__", "?")
            return f"Running `{name}()`." if not args and not kwargs else f"Running `{name}(...)`."
        return None

    def clear(self, *args: Any, **kwargs: Any) -> None:
        """Forget every cached value of this function, or only the one for these arguments."""
        key = self._key(args, kwargs) if args or kwargs else None
        self._cache().clear(key)


class _BoundCachedFunc:
    def __init__(self, cached: CachedFunc, instance: Any) -> None:
        self._cached = cached
        self._instance = instance
        functools.update_wrapper(self, cached)

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self._cached(self._instance, *args, **kwargs)

    def __repr__(self) -> str:
        return f"<BoundCachedFunc: {self._cached._func} of {self._instance}>"

    def clear(self, *args: Any, **kwargs: Any) -> None:
        if args or kwargs:
            self._cached.clear(self._instance, *args, **kwargs)
        else:
            self._cached.clear()


# ------------------------------------------------------------------ the decorators


def _check_scope(scope: str) -> None:
    if scope not in ("global", "session"):
        raise StreamlitValueError("scope", ["'global'", "'session'"])


class CacheDataAPI:
    """``st.cache_data``: ``@st.cache_data``, ``@st.cache_data(ttl=...)``, ``st.cache_data.clear()``."""

    def __call__(
        self,
        func: Callable[..., Any] | None = None,
        *,
        ttl: float | timedelta | str | None = None,
        max_entries: int | None = None,
        max_size: int | str | None = None,
        show_spinner: bool | str = True,
        show_time: bool = False,
        persist: str | bool | None = None,
        hash_funcs: HashFuncs | None = None,
        scope: str = "global",
        refresh_mode: str = "foreground",
    ) -> Any:
        persist_value = "disk" if persist is True else None if persist is False else persist
        if persist_value not in (None, "disk"):
            raise StreamlitValueError("persist", ["'disk'", "None"])
        _check_scope(scope)
        size = max_size_to_bytes(max_size)
        ttl_seconds = _ttl_seconds(ttl)
        _validate_refresh_mode(refresh_mode, ttl_seconds)
        if refresh_mode == "background" and persist_value is not None:
            raise StreamlitIncompatibleParametersError(
                "refresh_mode='background'",
                f"persist={persist!r}",
                explanation=(
                    "Persisted (disk) caches do not support TTL-based expiration, which "
                    "background refresh requires. Use `persist=None` with "
                    '`refresh_mode="background"`, or use `refresh_mode="foreground"`.'
                ),
            )
        options = _Options(
            DATA, ttl_seconds, max_entries, hash_funcs, show_spinner, show_time, max_size=size
        )
        if func is None:
            return lambda f: CachedFunc(f, options)
        return CachedFunc(func, options)

    def clear(self) -> None:
        """Clear every ``st.cache_data`` cache."""
        clear_all(DATA)


class CacheResourceAPI:
    """``st.cache_resource``: the same object for every caller, until it expires or is cleared."""

    def __call__(
        self,
        func: Callable[..., Any] | None = None,
        *,
        ttl: float | timedelta | str | None = None,
        max_entries: int | None = None,
        show_spinner: bool | str = True,
        show_time: bool = False,
        validate: Callable[[Any], bool] | None = None,
        hash_funcs: HashFuncs | None = None,
        on_release: Callable[[Any], Any] | None = None,
        scope: str = "global",
        refresh_mode: str = "foreground",
    ) -> Any:
        _check_scope(scope)
        ttl_seconds = _ttl_seconds(ttl)
        _validate_refresh_mode(refresh_mode, ttl_seconds)
        options = _Options(
            RESOURCE,
            ttl_seconds,
            max_entries,
            hash_funcs,
            show_spinner,
            show_time,
            validate=validate,
            on_release=on_release,
        )
        if func is None:
            return lambda f: CachedFunc(f, options)
        return CachedFunc(func, options)

    def clear(self) -> None:
        """Clear every ``st.cache_resource`` cache."""
        clear_all(RESOURCE)


cache_data = CacheDataAPI()
cache_resource = CacheResourceAPI()
