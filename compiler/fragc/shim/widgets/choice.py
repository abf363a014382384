"""st.radio, st.selectbox and st.multiselect: choose among options, get the option objects.

The page gets the formatted labels and sends back option indexes (see ``options.py``);
the app gets the option objects themselves (``selectbox`` returns ``3``, not ``"3"``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from fragc.protocol.elements import MultiselectProps, RadioProps, SelectboxProps
from fragc.shim.dg_base import DeltaGeneratorBase
from fragc.shim.widgets.input_common import (
    StreamlitInvalidParameterTypeError,
    StreamlitValueError,
    StreamlitValueOutOfRangeError,
    callback_for,
    identity_parts,
    state_value,
)
from fragc.shim.widgets.options import (
    OptionIndex,
    StreamlitIncompatibleParametersError,
    StreamlitSelectionCountExceedsMaxError,
    to_list,
)
from fragc.shim.widgets.registry import WidgetSpec, common_props, register_widget, to_key
from fragc.shim.widgets.url_binding import check_bind, option_codec, options_codec

FILTER_MODES = ("fuzzy", "contains", "prefix", None)


def check_index(index: Any, count: int) -> None:
    """radio and selectbox: ``index`` is an int inside the options, or None."""
    if index is not None and not isinstance(index, int):
        raise StreamlitInvalidParameterTypeError("index", type(index).__name__, ["int", "None"])
    if index is not None and count > 0 and not 0 <= index < count:
        raise StreamlitValueOutOfRangeError("index", index, 0, count - 1)


def check_filter_mode(filter_mode: Any, accept_new_options: bool) -> None:
    try:
        valid = filter_mode in FILTER_MODES
    except TypeError:  # an unhashable or incomparable value
        valid = False
    if not valid:
        raise StreamlitValueError("filter_mode", ["fuzzy", "contains", "prefix", "None"])
    if filter_mode is None and accept_new_options:
        raise StreamlitIncompatibleParametersError(
            "filter_mode=None",
            "accept_new_options=True",
            explanation="`filter_mode` cannot be `None` when `accept_new_options=True`. Set "
            "`filter_mode` to `fuzzy`, `contains`, or `prefix`.",
        )


def accept_typed_options(
    choices: OptionIndex,
    serialize: Callable[[Any], Any],
    deserialize: Callable[[Any], Any],
) -> tuple[Callable[[Any], Any], Callable[[Any], Any], Callable[[Any], tuple[Any, bool]]]:
    """A selectbox's serde with ``accept_new_options``: typed text is a value too.

    On the wire an option stays its index; text the user typed that is no option
    travels as ``{"new": text}`` (both ways), and Python returns it as a str, as 1.67.
    """

    def serialize_typed(value: Any) -> Any:
        index = serialize(value)
        if index is not None or value is None:
            return index
        return {"new": str(value)}

    def deserialize_typed(raw: Any) -> Any:
        if isinstance(raw, dict) and isinstance(raw.get("new"), str):
            index = choices.labels.index(raw["new"]) if raw["new"] in choices.labels else None
            return raw["new"] if index is None else choices.options[index]
        return deserialize(raw)

    def keep(value: Any) -> tuple[Any, bool]:
        return value, False  # any string is a valid value, as 1.67 does not reset it

    return serialize_typed, deserialize_typed, keep


def accept_typed_multi(
    choices: OptionIndex, deserialize: Callable[[Any], list[Any]]
) -> tuple[
    Callable[[Any], list[Any]], Callable[[Any], list[Any]], Callable[[Any], tuple[Any, bool]]
]:
    """A multiselect's serde with ``accept_new_options``: each item an option's index, or
    ``{"new": text}`` for typed text that is no option (returned as a str, as 1.67)."""

    def serialize_typed(values: Any) -> list[Any]:
        out: list[Any] = []
        for value in to_list(values):
            index = choices.index_of(value)
            out.append(index if index is not None else {"new": str(value)})
        return out

    def deserialize_typed(raw: Any) -> list[Any]:
        if not isinstance(raw, list):
            return deserialize(raw)
        picked: list[Any] = []
        for item in raw:
            if isinstance(item, dict) and isinstance(item.get("new"), str):
                text = item["new"]
                known = text in choices.labels
                picked.append(choices.options[choices.labels.index(text)] if known else text)
            else:
                picked.extend(deserialize([item]))
        return picked

    def keep(values: Any) -> tuple[Any, bool]:
        return list(to_list(values)), False  # typed values are values, as 1.67 keeps them

    return serialize_typed, deserialize_typed, keep


def wire_placeholder(placeholder: str | None) -> str | None:
    # As 1.67 marks it: None lets the page pick its text, "" shows an empty placeholder.
    return " " if placeholder == "" else placeholder


def caption_text(caption: Any) -> str:
    if caption is None:
        return ""
    if isinstance(caption, str):
        return caption
    raise StreamlitInvalidParameterTypeError("captions", type(caption).__name__, ["str", "None"])


class ChoiceMixin(DeltaGeneratorBase):
    def radio(
        self,
        label: str,
        options: Any,
        index: int | None = 0,
        format_func: Callable[[Any], Any] = str,
        key: Any = None,
        help: str | None = None,
        on_change: Callable[..., Any] | str | None = "rerun",
        args: tuple[Any, ...] | None = None,
        kwargs: dict[str, Any] | None = None,
        *,
        disabled: bool = False,
        horizontal: bool = False,
        captions: Sequence[str] | None = None,
        label_visibility: str = "visible",
        width: str | int = "content",
        bind: str | None = None,
        persist_state: Any = None,
    ) -> Any:
        user_key = to_key(key)
        callback = callback_for(on_change)
        labelled = common_props(label, help, disabled, label_visibility)
        choices = OptionIndex(options, format_func)
        check_index(index, len(choices))
        caption_texts = None if captions is None else [caption_text(c) for c in to_list(captions)]
        has_state, state = state_value(user_key)
        if has_state and state is None:
            index = None  # the app cleared it through session state: no default either
        serialize, deserialize, sanitize = choices.single_serde(index)
        url_codec = option_codec(choices.labels, list(choices.options))
        props: RadioProps = {
            **labelled,
            "options": choices.labels,
            "captions": caption_texts,
            "horizontal": bool(horizontal),
            "index": index,
            "ignore_rerun": on_change == "ignore",
        }
        value, _ = register_widget(
            self,
            WidgetSpec(
                element={"kind": "radio", "props": props},
                user_key=user_key,
                id_parts=identity_parts(
                    user_key,
                    {
                        "label": label,
                        "options": choices.labels,
                        "index": index,
                        "help": help,
                        "horizontal": horizontal,
                        "captions": caption_texts,
                    },
                ),
                default=None if index is None or not choices.options else choices.options[index],
                deserialize=deserialize,
                serialize=serialize,
                sanitize=sanitize,
                on_change=callback,
                args=args,
                kwargs=kwargs,
                bind=check_bind(bind, user_key),
                to_url=url_codec[0],
                from_url=url_codec[1],
            ),
        )
        return value

    def selectbox(
        self,
        label: str,
        options: Any,
        index: int | None = 0,
        format_func: Callable[[Any], Any] = str,
        key: Any = None,
        help: str | None = None,
        on_change: Callable[..., Any] | str | None = "rerun",
        args: tuple[Any, ...] | None = None,
        kwargs: dict[str, Any] | None = None,
        *,
        placeholder: str | None = None,
        disabled: bool = False,
        required: bool = False,
        label_visibility: str = "visible",
        icon: str | None = None,
        accept_new_options: bool = False,
        filter_mode: str | None = "fuzzy",
        width: str | int = "stretch",
        bind: str | None = None,
        persist_state: Any = None,
    ) -> Any:
        user_key = to_key(key)
        callback = callback_for(on_change)
        labelled = common_props(label, help, disabled, label_visibility)
        choices = OptionIndex(options, format_func)
        check_index(index, len(choices))
        placeholder = wire_placeholder(placeholder)
        check_filter_mode(filter_mode, accept_new_options)
        has_state, state = state_value(user_key)
        if has_state and state is None:
            index = None
        serialize, deserialize, sanitize = choices.single_serde(index)
        url_codec = option_codec(choices.labels, list(choices.options))
        if accept_new_options:
            serialize, deserialize, sanitize = accept_typed_options(choices, serialize, deserialize)
        props: SelectboxProps = {
            **labelled,
            "options": choices.labels,
            "index": index,
            "placeholder": placeholder,
            "required": bool(required),
            "icon": icon,
            "accept_new_options": bool(accept_new_options),
            "filter_mode": filter_mode,
            "ignore_rerun": on_change == "ignore",
        }
        value, _ = register_widget(
            self,
            WidgetSpec(
                element={"kind": "selectbox", "props": props},
                user_key=user_key,
                id_parts=identity_parts(
                    user_key,
                    {
                        "label": label,
                        "options": choices.labels,
                        "index": index,
                        "help": help,
                        "placeholder": placeholder,
                        "accept_new_options": accept_new_options,
                        "filter_mode": filter_mode,
                        "required": required,
                        "icon": icon,
                    },
                    keyed=("accept_new_options",),
                ),
                default=None if index is None or not choices.options else choices.options[index],
                deserialize=deserialize,
                serialize=serialize,
                sanitize=sanitize,
                on_change=callback,
                args=args,
                kwargs=kwargs,
                bind=check_bind(bind, user_key),
                to_url=url_codec[0],
                from_url=url_codec[1],
            ),
        )
        return value

    def multiselect(
        self,
        label: str,
        options: Any,
        default: Any | None = None,
        format_func: Callable[[Any], Any] = str,
        key: Any = None,
        help: str | None = None,
        on_change: Callable[..., Any] | str | None = "rerun",
        args: tuple[Any, ...] | None = None,
        kwargs: dict[str, Any] | None = None,
        *,
        max_selections: int | None = None,
        placeholder: str | None = None,
        disabled: bool = False,
        label_visibility: str = "visible",
        accept_new_options: bool = False,
        filter_mode: str | None = "fuzzy",
        select_all: bool | int = 1000,
        width: str | int = "stretch",
        wrap: bool | None = None,
        bind: str | None = None,
        persist_state: Any = None,
    ) -> list[Any]:
        user_key = to_key(key)
        callback = callback_for(on_change)
        labelled = common_props(label, help, disabled, label_visibility)
        if max_selections is not None and (
            isinstance(max_selections, bool)
            or not isinstance(max_selections, int)
            or max_selections < 1
        ):
            raise StreamlitValueError(
                "max_selections",
                ["a positive integer"],
                detail="To disable `st.multiselect`, use `disabled=True`."
                if max_selections == 0 and not isinstance(max_selections, bool)
                else None,
            )
        choices = OptionIndex(options, format_func)
        default_indices = choices.default_indices(default)
        placeholder = wire_placeholder(placeholder)
        check_filter_mode(filter_mode, accept_new_options)
        serialize, deserialize, keep_options = choices.multi_serde(default_indices)
        if accept_new_options:
            serialize, deserialize, keep_options = accept_typed_multi(choices, deserialize)

        def sanitize(values: Any) -> tuple[Any, bool]:
            # 1.67 checks the count first (a default or a session-state value), then drops
            # values that are no longer options.
            count = len(to_list(values))
            if max_selections is not None and count > max_selections:
                raise StreamlitSelectionCountExceedsMaxError(count, max_selections)
            return keep_options(values)

        props: MultiselectProps = {
            **labelled,
            "options": choices.labels,
            "max_selections": max_selections,
            "placeholder": placeholder,
            "select_all": select_all is True
            or (
                not isinstance(select_all, bool)
                and isinstance(select_all, int)
                and len(choices) <= select_all
            ),
            "filter_mode": filter_mode,
            "accept_new_options": bool(accept_new_options),
            "ignore_rerun": on_change == "ignore",
        }
        value, _ = register_widget(
            self,
            WidgetSpec(
                element={"kind": "multiselect", "props": props},
                user_key=user_key,
                id_parts=identity_parts(
                    user_key,
                    {
                        "label": label,
                        "options": choices.labels,
                        "default": default_indices,
                        "help": help,
                        "max_selections": max_selections,
                        "placeholder": placeholder,
                        "accept_new_options": accept_new_options,
                        "filter_mode": filter_mode,
                    },
                    keyed=("max_selections", "accept_new_options"),
                ),
                default=[choices.options[i] for i in default_indices],
                deserialize=deserialize,
                serialize=serialize,
                sanitize=sanitize,
                on_change=callback,
                args=args,
                kwargs=kwargs,
                bind=check_bind(bind, user_key),
                to_url=options_codec(choices.labels, list(choices.options))[0],
                from_url=options_codec(choices.labels, list(choices.options))[1],
            ),
        )
        return value  # type: ignore[no-any-return]
