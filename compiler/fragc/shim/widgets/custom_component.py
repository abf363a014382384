"""Custom components (``components.v1.declare_component``): the widget each call draws.

A :class:`CustomComponent` (what ``declare_component`` returns) draws one
``custom_component`` element per call: the component's frontend (the folder ``path``
names, which ``fragc build`` copies into the site) in a frame that speaks Streamlit's
component protocol (``runtime_js/src/widgets/custom_component.js``). The page sends the
call's keyword arguments as render args; a value the frontend sets with
``Streamlit.setComponentValue`` comes back as the call's return value in the run it
starts. A component is a widget: ``key``, ``default``, ``on_change``, forms and fragments
work as in Streamlit. ``streamlit.components.v1`` (``fragc.shim.modules.components_v1``)
is the module apps import it from.
"""

from __future__ import annotations

import base64
import json
import os
import sys
from pathlib import Path
from typing import Any

from fragc.protocol.elements import CustomComponentProps
from fragc.shim.elements.iframe import validate_tab_index
from fragc.shim.errors import StreamlitAPIException
from fragc.shim.session import get_session
from fragc.shim.widgets.input_common import callback_for
from fragc.shim.widgets.registry import WidgetSpec, register_widget, to_key

_DATAFRAME_MODULES = ("pandas", "pyarrow", "polars", "modin", "dask", "snowflake")


class MarshallComponentException(StreamlitAPIException):
    """A component argument that cannot be sent to the frontend."""


def _has_session() -> bool:
    try:
        get_session()
    except RuntimeError:
        return False
    return True


def bundle_key(abspath: str) -> str:
    """How the site names a component folder: its path relative to the app's folder, or
    ``site-packages/<path>`` for a component installed as a package (fragc.site.components).
    """
    for entry in sys.path:
        if entry.endswith("site-packages") and abspath.startswith(entry.rstrip("/") + "/"):
            return "site-packages/" + Path(os.path.relpath(abspath, entry)).as_posix()
    app_dir = os.path.dirname(os.path.abspath(get_session().script_path))
    relative = os.path.relpath(abspath, app_dir)
    return Path(relative).as_posix()


def _from_page(raw: Any) -> Any:
    """The value a frontend set: JSON as it is; bytes arrive as ``{"__fragc_bytes__": b64}``."""
    if isinstance(raw, dict) and set(raw) == {"__fragc_bytes__"}:
        return base64.b64decode(raw["__fragc_bytes__"])
    return raw


def _to_page(value: Any) -> Any:
    if isinstance(value, (bytes, bytearray)):
        return {"__fragc_bytes__": base64.b64encode(bytes(value)).decode("ascii")}
    return value


class CustomComponent:
    """A declared component; calling it draws one instance and returns its value."""

    def __init__(
        self,
        name: str,
        path: str | None = None,
        url: str | None = None,
        module_name: str | None = None,
    ) -> None:
        if path is None and url is None:
            raise StreamlitAPIException("Either 'path' or 'url' must be set.")
        self.name = name
        self.path = path
        self.url = url
        self.module_name = module_name

    @property
    def abspath(self) -> str | None:
        return None if self.path is None else os.path.abspath(self.path)

    def check_path(self) -> None:
        """Streamlit's registration check; a folder the build bundled counts as there."""
        abspath = self.abspath
        if abspath is None or os.path.isdir(abspath):
            return
        if bundle_key(abspath) in get_session().bundled_components:
            return
        raise StreamlitAPIException(f"No such component directory: '{abspath}'")

    def __call__(
        self,
        *args: Any,
        default: Any = None,
        key: str | None = None,
        on_change: Any = None,
        tab_index: int | None = None,
        **kwargs: Any,
    ) -> Any:
        return self.create_instance(
            *args, default=default, key=key, on_change=on_change, tab_index=tab_index, **kwargs
        )

    def create_instance(
        self,
        *args: Any,
        default: Any = None,
        key: str | None = None,
        on_change: Any = None,
        tab_index: int | None = None,
        **kwargs: Any,
    ) -> Any:
        if args:
            raise MarshallComponentException(f"Argument '{args[0]}' needs a label")
        callback = callback_for(on_change, modes=())
        validate_tab_index(tab_index)
        user_key = to_key(key)
        json_args: dict[str, Any] = {}
        bytes_args: dict[str, str] = {}
        for arg_name, value in dict(kwargs, default=default, key=key).items():
            if isinstance(value, (bytes, bytearray, memoryview)):
                bytes_args[arg_name] = base64.b64encode(bytes(value)).decode("ascii")
            elif type(value).__module__.split(".")[0] in _DATAFRAME_MODULES:
                raise MarshallComponentException(
                    f"The component argument `{arg_name}` is a {type(value).__name__}: fragc "
                    "cannot send data frames to a component's frontend yet (Streamlit sends "
                    "them as Arrow tables). Pass `df.to_dict('records')` or JSON instead."
                )
            else:
                json_args[arg_name] = value
        try:
            serialized = json.dumps(json_args)
        except Exception as error:
            raise MarshallComponentException(
                f"Could not convert component args to JSON: {error}"
            ) from error
        from fragc.shim import api

        path_key = None if self.abspath is None else bundle_key(self.abspath)
        id_parts: dict[str, Any] = {"name": self.name, "url": self.url}
        if user_key is None:
            id_parts.update(json_args=serialized, special_args=sorted(bytes_args.items()))
        props: CustomComponentProps = {
            "component_name": self.name,
            "path": None if self.url else path_key,
            "url": self.url,
            "args": json.loads(serialized),
            "bytes_args": bytes_args,
            "tab_index": tab_index,
        }
        value, _ = register_widget(
            api._main,
            WidgetSpec(
                element={"kind": "custom_component", "props": props},
                user_key=user_key,
                id_parts=id_parts,
                default=None,
                deserialize=_from_page,
                serialize=_to_page,
                on_change=callback,
            ),
        )
        return default if value is None else value

    def __eq__(self, other: object) -> bool:
        return (
            isinstance(other, CustomComponent)
            and self.name == other.name
            and self.path == other.path
            and self.url == other.url
            and self.module_name == other.module_name
        )

    def __hash__(self) -> int:
        return hash((self.name, self.path, self.url, self.module_name))

    def __repr__(self) -> str:
        return f"CustomComponent(name={self.name!r}, path={self.path!r}, url={self.url!r})"

    def __str__(self) -> str:
        return f"'{self.name}': {self.path if self.path is not None else self.url}"
