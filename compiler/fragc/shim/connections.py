"""st.connection: SQL databases through SQLAlchemy, and connections apps write themselves.

``st.connection(name, type="sql", url=...)`` (or ``[connections.<name>]`` in the
secrets) opens a :class:`SQLConnection`; ``conn.query(sql)`` returns a pandas
DataFrame, cached as in Streamlit (``ttl``). In the browser only databases Python can
open itself work: SQLite files bundled with the app (``sqlite:///data.db``), which
Pyodide's ``sqlite3`` reads from the site's copy (changes last for the tab's session).
A database server cannot be reached from a page (no sockets), and Snowflake needs its
server-side driver: those kinds raise an error that says so, and ``fragc check``
reports them first (FRG035). Subclasses of :class:`BaseConnection` work as in
Streamlit.
"""

from __future__ import annotations

import os
import re
from abc import ABC, abstractmethod
from datetime import timedelta
from typing import Any, Generic, TypeVar

from fragc.shim.caching import cache_data, cache_resource
from fragc.shim.errors import StreamlitAPIException, StreamlitValueError

RawConnectionT = TypeVar("RawConnectionT")

SERVER_CONNECTIONS = {
    "snowflake": "Snowflake's Python connector talks to Snowflake over sockets",
    "snowflake-callers-rights": "Snowflake's Python connector talks to Snowflake over sockets",
    "snowpark": "the Snowpark connection was removed from Streamlit; Snowflake needs sockets",
}
_REMOTE_URL = re.compile(r"^(?!sqlite)[a-z0-9+]+://", re.IGNORECASE)


def server_only_message(kind: str, why: str) -> str:
    return (
        f"`st.connection(type={kind!r})` cannot work in a static site: {why}, and a page "
        "in the browser has no sockets. Query the data at build time and bundle the result "
        "(a CSV or a SQLite file), or call an HTTP API the database offers."
    )


class BaseConnection(ABC, Generic[RawConnectionT]):
    """Streamlit's base class for connections: subclasses implement ``_connect``."""

    def __init__(self, connection_name: str, **kwargs: Any) -> None:
        self._connection_name = connection_name
        self._kwargs = kwargs
        self._raw_instance: RawConnectionT | None = self._connect(**kwargs)

    @classmethod
    def scope(cls) -> str:
        return "global"

    @property
    def _instance(self) -> RawConnectionT:
        if self._raw_instance is None:
            self._raw_instance = self._connect(**self._kwargs)
        return self._raw_instance

    @property
    def _secrets(self) -> Any:
        from fragc.shim.api import secrets

        try:
            return secrets["connections"][self._connection_name]
        except (KeyError, FileNotFoundError):
            return {}

    def reset(self) -> None:
        self._raw_instance = None

    def close(self) -> None:
        """Release what the connection holds (subclasses that hold something override it)."""

    @abstractmethod
    def _connect(self, **kwargs: Any) -> RawConnectionT:
        raise NotImplementedError

    def __repr__(self) -> str:
        return f"{type(self).__name__}(name={self._connection_name!r})"


class SQLConnection(BaseConnection[Any]):
    """A SQLAlchemy engine; ``query`` reads into a DataFrame (cached)."""

    def _connect(self, autocommit: bool = False, **kwargs: Any) -> Any:
        import sqlalchemy

        settings = {**dict(self._secrets), **kwargs}
        create_engine_kwargs = settings.pop("create_engine_kwargs", {})
        if "url" in settings:
            url: Any = settings["url"]
        else:
            missing = [p for p in ("dialect", "database") if p not in settings]
            if missing:
                raise StreamlitAPIException(f"Missing SQL DB connection configuration: {missing}")
            drivername = settings["dialect"] + (
                f"+{settings['driver']}" if "driver" in settings else ""
            )
            url = sqlalchemy.engine.URL.create(
                drivername=drivername,
                username=settings.get("username"),
                password=settings.get("password"),
                host=settings.get("host"),
                port=int(settings["port"]) if "port" in settings else None,
                database=settings.get("database"),
                query=settings.get("query") or {},
            )
        if _REMOTE_URL.match(str(url)):
            raise StreamlitAPIException(
                server_only_message("sql", "this URL names a database server")
            )
        if autocommit:
            create_engine_kwargs = {**create_engine_kwargs, "isolation_level": "AUTOCOMMIT"}
        return sqlalchemy.create_engine(url, **create_engine_kwargs)

    def query(
        self,
        sql: str,
        *,
        show_spinner: bool | str = "Running `st.connection(...).query(...)`.",
        ttl: float | int | timedelta | None = None,
        index_col: str | list[str] | None = None,
        chunksize: int | None = None,
        params: Any = None,
        **kwargs: Any,
    ) -> Any:
        from sqlalchemy import text

        def _query(sql: str, index_col: Any, chunksize: Any, params: Any, **kwargs: Any) -> Any:
            import pandas as pd

            with self._instance.connect() as connection:
                return pd.read_sql(
                    text(sql),
                    connection,
                    index_col=index_col,
                    chunksize=chunksize,
                    params=params,
                    **kwargs,
                )

        # One cache per connection and ttl, as Streamlit names the cached function.
        _query.__qualname__ = f"{_query.__qualname__}_{self._connection_name}_{ttl}"
        cached = cache_data(show_spinner=show_spinner, ttl=ttl)(_query)
        return cached(sql, index_col, chunksize, params, **kwargs)

    def connect(self) -> Any:
        return self._instance.connect()

    @property
    def engine(self) -> Any:
        return self._instance

    @property
    def driver(self) -> str:
        return str(self._instance.driver)

    @property
    def session(self) -> Any:
        from sqlalchemy.orm import Session

        return Session(self._instance)

    def close(self) -> None:
        if self._raw_instance is not None:
            self._raw_instance.dispose()


def _connection_class(name: str, kind: Any) -> type[BaseConnection[Any]]:
    if kind is None:
        if name in SERVER_CONNECTIONS:
            raise StreamlitAPIException(server_only_message(name, SERVER_CONNECTIONS[name]))
        if name == "sql":
            return SQLConnection
        from fragc.shim.api import secrets

        kind = secrets["connections"][name]["type"]
    if isinstance(kind, str):
        if kind in SERVER_CONNECTIONS:
            raise StreamlitAPIException(server_only_message(kind, SERVER_CONNECTIONS[kind]))
        if kind == "sql":
            return SQLConnection
        if "." in kind:
            import importlib

            module, _, class_name = kind.rpartition(".")
            return getattr(importlib.import_module(module), class_name)  # type: ignore[no-any-return]
        raise StreamlitAPIException(
            f"Invalid connection '{kind}'. Supported connection classes: { {'sql': SQLConnection} }"
        )
    if not (isinstance(kind, type) and issubclass(kind, BaseConnection)):
        raise StreamlitAPIException(f"{kind} is not a subclass of BaseConnection!")
    return kind


def connection(
    name: str,
    type: Any = None,
    max_entries: int | None = None,
    ttl: float | timedelta | None = None,
    **kwargs: Any,
) -> Any:
    if name.startswith("env:"):
        name = os.environ[name.removeprefix("env:")]
    connection_class = _connection_class(name, type)
    if isinstance(ttl, timedelta):
        ttl = ttl.total_seconds()
    scope = connection_class.scope()
    if scope not in ("global", "session"):
        raise StreamlitValueError(
            "scope",
            ["'global'", "'session'"],
            detail=f"Connection class {connection_class.__name__} has scope {scope!r}.",
        )

    def create(name: str, connection_class: type[BaseConnection[Any]], **kwargs: Any) -> Any:
        return connection_class(connection_name=name, **kwargs)

    create.__qualname__ = f"{create.__qualname__}_{str(ttl).replace('.', '_')}_{max_entries}"
    cached = cache_resource(
        max_entries=max_entries,
        show_spinner="Running `st.connection(...)`.",
        ttl=ttl,
        on_release=lambda conn: conn.close(),
    )(create)
    try:
        return cached(name, connection_class, **kwargs)
    except ModuleNotFoundError as error:
        missing = re.search(r"No module named '(.+)'", str(error))
        hint = "You may be missing a dependency required to use this connection."
        if missing and missing.group(1).split(".")[0] in ("sqlalchemy", "pandas"):
            hint = f"You need to install the '{missing.group(1).split('.')[0]}' package to use this connection."
        raise ModuleNotFoundError(f"{error}. {hint}") from error


__all__ = ["BaseConnection", "SQLConnection", "connection"]
