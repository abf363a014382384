"""st.form and st.form_submit_button: widgets that commit together.

A form is a block (kind "form"); every widget written inside it carries the form's id,
so the page only stores its value and runs nothing until a submit button of the form
is clicked (or Enter is pressed in one of its text inputs). The submit then sends one
run with the button's trigger: a full run, or a fragment run when the form lives in a
fragment. What the page does is in ``runtime_js/src/widgets/form.js``; Python's side is
Streamlit 1.67's rules and errors.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fragc.shim import context
from fragc.shim.dg_base import DeltaGeneratorBase
from fragc.shim.errors import StreamlitDuplicateElementKey, StreamlitInvalidLayoutContextError
from fragc.shim.widgets.input_common import FORM_DOCS_INFO, StreamlitValueError, callback_for
from fragc.shim.widgets.registry import WidgetSpec, register_widget, to_key

BUTTON_TYPES = ("primary", "secondary", "tertiary")


def submitter_key(form_id: str, label: str) -> str:
    """The key Streamlit gives a submit button without one (it shows in st.session_state)."""
    return f"FormSubmitter:{form_id}-{label}"


class FormMixin(DeltaGeneratorBase):
    def form(
        self,
        key: str,
        clear_on_submit: bool = False,
        *,
        enter_to_submit: bool = True,
        border: bool = True,
        width: str | int = "stretch",
        height: str | int = "content",
    ) -> Any:
        if self._active()._form_id:
            raise StreamlitInvalidLayoutContextError("Forms cannot be nested in other forms.")
        form_id = str(key)  # a form is identified by its key alone
        ctx = context.get_ctx()
        if ctx is not None:
            if form_id in ctx.form_ids_this_run:
                raise StreamlitDuplicateElementKey(form_id)
            # Also what makes `st.session_state[key] = ...` after the form an error.
            ctx.form_ids_this_run.add(form_id)
        return self._block(
            {
                "kind": "form",
                "props": {
                    "form_id": form_id,
                    "clear_on_submit": bool(clear_on_submit),
                    "enter_to_submit": bool(enter_to_submit),
                    "border": bool(border),
                },
            },
            key=form_id,
        )

    def form_submit_button(
        self,
        label: str = "Submit",
        help: str | None = None,
        on_click: Callable[..., Any] | None = None,
        args: tuple[Any, ...] | None = None,
        kwargs: dict[str, Any] | None = None,
        *,
        key: Any = None,
        type: str = "secondary",
        icon: str | None = None,
        icon_position: str = "left",
        disabled: bool = False,
        use_container_width: bool | None = None,
        width: str | int = "content",
        shortcut: str | None = None,
        wrap: bool | None = None,
    ) -> bool:
        if use_container_width is not None:
            width = "stretch" if use_container_width else "content"
        if type not in BUTTON_TYPES:
            raise StreamlitValueError("type", ["'primary'", "'secondary'", "'tertiary'"])
        if icon_position is not None and icon_position not in ("left", "right"):
            raise StreamlitValueError("icon_position", ["'left'", "'right'"])
        label = "" if label is None else str(label)
        form_id = self._active()._form_id
        user_key = to_key(key) or submitter_key(form_id, label)
        callback = callback_for(on_click, param_name="on_click", modes=())
        if not form_id:
            raise StreamlitInvalidLayoutContextError(
                f"`st.form_submit_button()` must be used inside an `st.form()`.{FORM_DOCS_INFO}"
            )
        value, _ = register_widget(
            self,
            WidgetSpec(
                element={
                    "kind": "form_submit_button",
                    "props": {
                        "label": label,
                        "help": help,
                        "type": type,
                        "icon": icon,
                        "icon_position": icon_position or "left",
                        "disabled": bool(disabled),
                        "use_container_width": width == "stretch",
                    },
                },
                user_key=user_key,
                # 1.67: the key (always present here) is the button's whole identity.
                id_parts={},
                default=False,
                deserialize=bool,
                on_change=callback,
                args=args,
                kwargs=kwargs,
                is_trigger=True,
                reset_value=False,
                callback_allowed_in_form=True,
            ),
        )
        return bool(value)
