"""st.pills, st.segmented_control and st.feedback: a row of toggle buttons.

All three draw as one element kind, ``button_group``; ``style`` tells the page how.
pills and segmented_control hold one option (``selection_mode="single"``, None when
nothing is chosen; clicking the chosen one again clears it unless ``required``) or a
list of options (``"multi"``). st.feedback holds the index of the chosen face, thumb
or star, or None.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Literal

from fragc.protocol.elements import ButtonGroupProps
from fragc.shim.dg_base import DeltaGeneratorBase
from fragc.shim.errors import StreamlitAPIException
from fragc.shim.widgets.input_common import (
    StreamlitValueError,
    StreamlitValueOutOfRangeError,
    callback_for,
    identity_parts,
)
from fragc.shim.widgets.options import OptionIndex, StreamlitIncompatibleParametersError
from fragc.shim.widgets.registry import WidgetSpec, common_props, register_widget, to_key

FEEDBACK_OPTION_COUNTS = {"thumbs": 2, "faces": 5, "stars": 5}


class ButtonGroupMixin(DeltaGeneratorBase):
    def pills(
        self,
        label: str,
        options: Any,
        *,
        selection_mode: Literal["single", "multi"] = "single",
        default: Any = None,
        required: bool = False,
        format_func: Callable[[Any], str] | None = None,
        key: Any = None,
        help: str | None = None,
        on_change: Callable[..., Any] | str | None = "rerun",
        args: tuple[Any, ...] | None = None,
        kwargs: dict[str, Any] | None = None,
        disabled: bool = False,
        label_visibility: str = "visible",
        width: str | int = "content",
        wrap: bool | None = None,
        bind: str | None = None,
        persist_state: Any = None,
    ) -> Any:
        return self._button_group(
            "pills", label, options, selection_mode, default, required, format_func, key,
            help, on_change, args, kwargs, disabled, label_visibility,
        )  # fmt: skip

    def segmented_control(
        self,
        label: str,
        options: Any,
        *,
        selection_mode: Literal["single", "multi"] = "single",
        default: Any = None,
        required: bool = False,
        format_func: Callable[[Any], str] | None = None,
        key: Any = None,
        help: str | None = None,
        on_change: Callable[..., Any] | str | None = "rerun",
        args: tuple[Any, ...] | None = None,
        kwargs: dict[str, Any] | None = None,
        disabled: bool = False,
        label_visibility: str = "visible",
        width: str | int = "content",
        wrap: bool | None = None,
        bind: str | None = None,
        persist_state: Any = None,
    ) -> Any:
        return self._button_group(
            "segmented_control", label, options, selection_mode, default, required, format_func,
            key, help, on_change, args, kwargs, disabled, label_visibility,
        )  # fmt: skip

    def _button_group(
        self,
        style: str,
        label: str,
        options: Any,
        selection_mode: str,
        default: Any,
        required: bool,
        format_func: Callable[[Any], str] | None,
        key: Any,
        help: str | None,
        on_change: Callable[..., Any] | str | None,
        args: tuple[Any, ...] | None,
        kwargs: dict[str, Any] | None,
        disabled: bool,
        label_visibility: str,
    ) -> Any:
        labelled = common_props(label, help, disabled, label_visibility)
        if required and selection_mode == "multi":
            raise StreamlitIncompatibleParametersError(
                "required=True",
                "selection_mode='multi'",
                explanation="`required` is only supported for single-select mode.",
            )
        choices = OptionIndex(options, format_func or str)
        default_indices = choices.default_indices(default)
        if selection_mode not in ("single", "multi"):
            raise StreamlitValueError("selection_mode", ["'single'", "'multi'"])
        if selection_mode == "single" and len(default_indices) > 1:
            raise StreamlitAPIException(
                f"The default argument to `st.{style}` must be a single value when "
                "`selection_mode='single'`."
            )
        user_key = to_key(key)
        callback = callback_for(on_change)
        serde: tuple[Callable[[Any], Any], Callable[[Any], Any], Callable[[Any], tuple[Any, bool]]]
        if selection_mode == "multi":
            serde = choices.multi_serde(default_indices)
            initial: Any = [choices.options[i] for i in default_indices]
        else:
            default_index = default_indices[0] if default_indices else None
            serde = choices.single_serde(default_index)
            initial = None if default_index is None else choices.options[default_index]
        serialize, deserialize, sanitize = serde
        props: ButtonGroupProps = {
            **labelled,
            "style": style,
            "selection_mode": selection_mode,
            "options": choices.labels,
            "required": bool(required),
            "ignore_rerun": on_change == "ignore",
        }
        value, _ = register_widget(
            self,
            WidgetSpec(
                element={"kind": "button_group", "props": props},
                user_key=user_key,
                id_parts=identity_parts(
                    user_key,
                    {
                        "style": style,
                        "options": choices.labels,
                        "default": default_indices,
                        "click_mode": selection_mode,
                        "label": label,
                        "help": help,
                    },
                    keyed=("click_mode",),
                ),
                default=initial,
                deserialize=deserialize,
                serialize=serialize,
                sanitize=sanitize,
                on_change=callback,
                args=args,
                kwargs=kwargs,
            ),
        )
        return value

    def feedback(
        self,
        options: Literal["thumbs", "faces", "stars"] = "thumbs",
        *,
        key: Any = None,
        default: int | None = None,
        disabled: bool = False,
        on_change: Callable[..., Any] | str | None = "rerun",
        args: tuple[Any, ...] | None = None,
        kwargs: dict[str, Any] | None = None,
        width: str | int = "content",
        bind: str | None = None,
        persist_state: Any = None,
    ) -> int | None:
        if options not in FEEDBACK_OPTION_COUNTS:
            raise StreamlitValueError("options", ["'thumbs'", "'faces'", "'stars'"])
        count = FEEDBACK_OPTION_COUNTS[options]
        if default is not None and not 0 <= default < count:
            raise StreamlitValueOutOfRangeError("default", default, 0, count - 1)
        user_key = to_key(key)
        callback = callback_for(on_change)

        def deserialize(raw: Any) -> int | None:
            if raw is None:
                return None
            if isinstance(raw, bool) or not isinstance(raw, int) or not 0 <= raw < count:
                return default  # an index this widget does not show
            return raw

        def sanitize(value: Any) -> tuple[Any, bool]:
            # A value from session state that is no index of this widget: its default.
            valid = value is None or (
                isinstance(value, int) and not isinstance(value, bool) and 0 <= value < count
            )
            return (value, False) if valid else (default, True)

        value, _ = register_widget(
            self,
            WidgetSpec(
                element={
                    "kind": "button_group",
                    "props": {
                        "style": options,
                        "selection_mode": "single",
                        "disabled": bool(disabled),
                        "label": "Feedback rating",
                        "label_visibility": "collapsed",
                        "help": None,
                        "ignore_rerun": on_change == "ignore",
                    },
                },
                user_key=user_key,
                id_parts=identity_parts(
                    user_key, {"options": options, "default": default}, keyed=("options",)
                ),
                default=default,
                deserialize=deserialize,
                sanitize=sanitize,
                on_change=callback,
                args=args,
                kwargs=kwargs,
            ),
        )
        return value  # type: ignore[no-any-return]
