"""Layout containers: container, empty, columns, tabs, expander, popover.

Signatures, checks and error texts are Streamlit 1.67's (``elements/layouts.py``).
Each call opens blocks (``vertical``, ``horizontal`` + ``column``, ``tabs`` + ``tab``,
``expander``, ``popover``) whose props ``runtime_js/src/elements/layout.js`` draws. What
the user opens or picks on the page (a tab, an expander, a popover) stays in the page,
as in Streamlit when ``on_change="ignore"``. With ``on_change="rerun"`` or a callback
the container is a widget, as in 1.67: its block carries the widget (the chosen tab's
label, or whether the expander/popover is open), a change reruns the app (or the
fragment), ``.open`` says the state, and ``st.session_state[key]`` reads and sets it.

Differences from 1.67, on purpose:

* ``bind="query-params"`` is not available yet: fragc says so instead of ignoring it.
* Columns nest to any depth, as in 1.67 (the old one-level limit is gone there too).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from numbers import Integral
from typing import Any

from fragc import protocol
from fragc.protocol.elements import VerticalProps
from fragc.shim import context
from fragc.shim.dg_base import DeltaGeneratorBase
from fragc.shim.elements.layout_params import (
    StreamlitIncompatibleParametersError,
    StreamlitInvalidColumnSpecError,
    StreamlitInvalidParameterTypeError,
    StreamlitMissingRequiredParameterError,
    StreamlitValueError,
    normalize_gap,
    validate_height,
    validate_horizontal_alignment,
    validate_on_change_mode,
    validate_vertical_alignment,
    validate_width,
    validate_wrap,
)
from fragc.shim.errors import FragcNotImplementedError, StreamlitDuplicateElementKey
from fragc.shim.widgets.registry import WidgetSpec, register_widget, to_key

_COLUMN_ALIGNMENTS = ("top", "center", "bottom")
_EXPANDER_TYPES = ("default", "compact", "step")
_BUTTON_TYPES = ("primary", "secondary", "tertiary")


def _register_block_key(key: str | None) -> None:
    """A keyed container takes its key like a widget: a second use in a run is an error."""
    if key is None:
        return
    ctx = context.get_ctx()
    if ctx is None:
        return
    if key in ctx.widget_user_keys_this_run:
        raise StreamlitDuplicateElementKey(key)
    ctx.widget_user_keys_this_run.add(key)


def _is_stateful(command: str, on_change: Any, bind: Any = None) -> bool:
    """Validate ``on_change``/``bind`` as 1.67 does; True when the container is a widget."""
    validate_on_change_mode(on_change)
    if bind is not None and bind != "query-params":
        raise StreamlitValueError("bind", ["'query-params'", "None"])
    if bind is not None:
        raise FragcNotImplementedError(
            f"`st.{command}(bind='query-params')` is not available in fragc yet; use "
            "`on_change` and `st.query_params` in the callback instead."
        )
    return bool(on_change != "ignore")


def _with_open(dg: Any, is_open: bool | None = None) -> Any:
    # Streamlit's ExpanderContainer/TabContainer/PopoverContainer: `.open` is None when
    # the container does not track its state.
    dg.open = is_open
    return dg


def _stateful_block(
    dg: DeltaGeneratorBase,
    block: protocol.Block,
    *,
    user_key: str | None,
    id_parts: dict[str, Any],
    default: Any,
    on_change: Any,
    args: Any,
    kwargs: Any,
    valid: Callable[[Any], bool],
) -> tuple[Any, Any]:
    """Open ``block`` as a widget (its state); (its value this run, the DG inside it)."""
    callback = on_change if callable(on_change) else None

    def deserialize(raw: Any) -> Any:
        return default if raw is None else raw

    def sanitize(value: Any) -> tuple[Any, bool]:
        return (value, False) if valid(value) else (default, True)

    return register_widget(
        dg,
        WidgetSpec(
            element=block,
            user_key=user_key,
            id_parts={"key": user_key, **id_parts},
            default=default,
            deserialize=deserialize,
            sanitize=sanitize,
            on_change=callback,
            args=args if callback else None,
            kwargs=kwargs if callback else None,
            is_block=True,
        ),
    )


def _vertical_props(
    border: bool,
    fixed_height: int | None,
    stretch_height: bool,
    width: int | str,
    horizontal: bool,
    wrap: bool,
    horizontal_alignment: str,
    vertical_alignment: str,
    gap: Any,
    autoscroll: bool | None,
) -> VerticalProps:
    return {
        "border": border,
        "height": fixed_height,
        "stretch_height": stretch_height,
        "width": width,
        "horizontal": bool(horizontal),
        "wrap": bool(wrap),
        "horizontal_alignment": horizontal_alignment,
        "vertical_alignment": vertical_alignment,
        "gap": gap,
        "autoscroll": autoscroll,
    }


class LayoutMixin(DeltaGeneratorBase):
    def container(
        self,
        *,
        border: bool | None = None,
        key: Any = None,
        width: int | str = "stretch",
        height: int | str = "content",
        horizontal: bool = False,
        wrap: bool = True,
        horizontal_alignment: str = "left",
        vertical_alignment: str = "top",
        gap: str | int | None = "small",
        autoscroll: bool | None = None,
    ) -> Any:
        user_key = to_key(key)
        gap_value = normalize_gap(gap)
        validate_horizontal_alignment(horizontal_alignment)
        validate_vertical_alignment(vertical_alignment)
        if wrap is False and not horizontal:
            raise StreamlitIncompatibleParametersError(
                "wrap=False",
                "horizontal=False",
                explanation=(
                    "A vertical container has no horizontal row of elements to keep in a "
                    "single, scrolling row. Set `horizontal=True` to use `wrap=False`, or "
                    "remove the `wrap` argument."
                ),
            )
        validate_width(width, allow_content=True)
        validate_height(height, allow_content=True)
        fixed_height = height if isinstance(height, int) else None
        # A fixed height draws a border unless the app said otherwise.
        show_border = bool(border) if border is not None else fixed_height is not None
        _register_block_key(user_key)
        return self._block(
            {
                "kind": "vertical",
                "props": _vertical_props(
                    show_border,
                    fixed_height,
                    height == "stretch",
                    width,
                    horizontal,
                    wrap,
                    horizontal_alignment,
                    vertical_alignment,
                    gap_value,
                    autoscroll,
                ),
            },
            key=user_key,
        )

    def _fragment_container(self, fragment: str) -> Any:
        """The plain ``st.container()`` every fragment draws into, labelled with the
        fragment's static id (``file:qualname``, the manifest's ``fragments[].id``), so the
        page can tie what it draws to what the compiler found."""
        props = _vertical_props(
            False, None, False, "stretch", False, True, "left", "top", normalize_gap("small"), None
        )
        props["fragment"] = fragment
        return self._block({"kind": "vertical", "props": props})

    def empty(self, *, width: int | str = "stretch", height: int | str = "content") -> Any:
        # A placeholder: the handle it returns writes into this one slot, each write
        # replacing the last (the element handle's cursor is locked).
        return self._enqueue({"kind": "empty", "props": {}})

    def columns(
        self,
        spec: int | Sequence[float],
        *,
        gap: str | int | None = "small",
        vertical_alignment: str = "top",
        border: bool = False,
        width: int | str = "stretch",
        wrap: bool = True,
    ) -> list[Any]:
        weights: Sequence[Any]
        if isinstance(spec, Integral):  # numpy integers too
            weights = (1,) * int(spec)  # zero or negative: no columns, an error below
        else:
            weights = spec  # type: ignore[assignment]
        try:
            invalid = len(weights) == 0 or any(weight <= 0 for weight in weights)
        except TypeError:
            raise StreamlitInvalidParameterTypeError(
                "spec", type(spec).__name__, ["int", "sequence of numbers"]
            ) from None
        if invalid:
            raise StreamlitInvalidColumnSpecError()
        validate_wrap(wrap)
        if vertical_alignment not in _COLUMN_ALIGNMENTS:
            raise StreamlitValueError(
                "vertical_alignment",
                [f"'{a}'" for a in _COLUMN_ALIGNMENTS],
                detail=f"Got {vertical_alignment!r}.",
            )
        gap_value = normalize_gap(gap)
        validate_width(width)
        row = self._block(
            {
                "kind": "horizontal",
                "props": {
                    "gap": gap_value,
                    "vertical_alignment": vertical_alignment,
                    "width": width,
                    "wrap": wrap,
                },
            },
        )
        total = float(sum(weights))
        return [
            row._block(
                {
                    "kind": "column",
                    "props": {
                        "weight": float(w) / total,
                        "gap": gap_value,
                        "vertical_alignment": vertical_alignment,
                        "border": bool(border),
                    },
                },
            )
            for w in weights
        ]

    def tabs(
        self,
        tabs: Sequence[str],
        *,
        width: int | str = "stretch",
        height: int | str = "content",
        default: str | None = None,
        key: Any = None,
        on_change: Any = "ignore",
        args: Any = None,
        kwargs: Any = None,
        bind: str | None = None,
    ) -> tuple[Any, ...]:
        if not tabs:
            raise StreamlitMissingRequiredParameterError(
                "tabs", detail="Provide at least one tab label."
            )
        if default and default not in tabs:
            raise StreamlitValueError(
                "default",
                ["a tab label from `tabs`"],
                detail=f"`{default}` is not in the list of tabs.",
            )
        for label in tabs:
            if not isinstance(label, str):
                raise StreamlitInvalidParameterTypeError(
                    "tabs", type(label).__name__, ["a string for each tab label"]
                )
        stateful = _is_stateful("tabs", on_change, bind)
        validate_width(width)
        validate_height(height, allow_content=True)
        user_key = to_key(key)
        labels = list(tabs)
        tabs_block: protocol.Block = {
            "kind": "tabs",
            "props": {
                "labels": labels,
                "default": default,
                "default_index": labels.index(default) if default else 0,
                "width": width,
                "height": height if isinstance(height, int) else None,
            },
        }
        if not stateful:
            _register_block_key(user_key)
            group = self._block(tabs_block, key=user_key)
            return tuple(
                _with_open(group._block({"kind": "tab", "props": {"label": label}}))
                for label in labels
            )
        current, group = _stateful_block(
            self,
            tabs_block,
            user_key=user_key,
            id_parts={"tabs": tuple(labels), "width": width, "height": height, "default": default},
            default=default or labels[0],
            on_change=on_change,
            args=args,
            kwargs=kwargs,
            valid=lambda value: value in labels,
        )
        return tuple(
            _with_open(group._block({"kind": "tab", "props": {"label": label}}), label == current)
            for label in labels
        )

    def expander(
        self,
        label: str,
        expanded: bool = False,
        *,
        key: Any = None,
        icon: str | None = None,
        type: str = "default",
        width: int | str = "stretch",
        on_change: Any = "ignore",
        args: Any = None,
        kwargs: Any = None,
        bind: str | None = None,
    ) -> Any:
        if label is None:
            raise StreamlitMissingRequiredParameterError("label")
        validate_on_change_mode(on_change)
        if type not in _EXPANDER_TYPES:
            raise StreamlitValueError("type", [repr(t) for t in _EXPANDER_TYPES])
        stateful = _is_stateful("expander", on_change, bind)
        validate_width(width)
        user_key = to_key(key)
        expander: protocol.Block = {
            "kind": "expander",
            "props": {
                "label": str(label),
                "expanded": bool(expanded),
                "icon": icon,
                "type": type,
                "width": width,
            },
        }
        if not stateful:
            _register_block_key(user_key)
            return _with_open(self._block(expander, key=user_key))
        is_open, block = _stateful_block(
            self,
            expander,
            user_key=user_key,
            id_parts={
                "label": label,
                "expanded": expanded,
                "icon": icon,
                "width": width,
                "type": type,
            },
            default=bool(expanded),
            on_change=on_change,
            args=args,
            kwargs=kwargs,
            valid=lambda value: isinstance(value, bool),
        )
        return _with_open(block, bool(is_open))

    def popover(
        self,
        label: str,
        *,
        type: str = "secondary",
        help: str | None = None,
        icon: str | None = None,
        disabled: bool = False,
        use_container_width: bool | None = None,
        width: int | str = "content",
        wrap: bool | None = None,
        key: Any = None,
        on_change: Any = "ignore",
        args: Any = None,
        kwargs: Any = None,
    ) -> Any:
        if label is None:
            raise StreamlitMissingRequiredParameterError("label")
        if use_container_width is not None:
            width = "stretch" if use_container_width else "content"
        if type not in _BUTTON_TYPES:
            raise StreamlitValueError("type", [f"'{t}'" for t in _BUTTON_TYPES])
        stateful = _is_stateful("popover", on_change)
        validate_width(width, allow_content=True)
        user_key = to_key(key)
        popover: protocol.Block = {
            "kind": "popover",
            "props": {
                "label": str(label),
                "type": type,
                "help": None if help is None else str(help),
                "icon": icon,
                "disabled": bool(disabled),
                "use_container_width": width == "stretch",
                "width": width,
                "wrap": wrap,
            },
        }
        if not stateful:
            _register_block_key(user_key)
            return _with_open(self._block(popover, key=user_key))
        is_open, block = _stateful_block(
            self,
            popover,
            user_key=user_key,
            id_parts={
                "label": label,
                "type": type,
                "help": help,
                "icon": icon,
                "disabled": disabled,
                "width": width,
            },
            default=False,
            on_change=on_change,
            args=args,
            kwargs=kwargs,
            valid=lambda value: isinstance(value, bool),
        )
        return _with_open(block, bool(is_open))
