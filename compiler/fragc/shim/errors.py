"""Streamlit's exception types, with its exact message texts.

Apps catch these by name (``except StreamlitAPIException``), and users compare
their text with what ``streamlit run`` prints, so names and texts are Streamlit's.
"""

from __future__ import annotations

DOCS_FORMS = "https://docs.streamlit.io/develop/api-reference/execution-flow/st.form"
DOCS_SESSION_STATE_INIT = (
    "https://docs.streamlit.io/develop/concepts/architecture/session-state#initialization"
)


class StreamlitAPIException(Exception):
    """A call that breaks one of Streamlit's rules (shown as ``StreamlitAPIException: ...``)."""


class DuplicateWidgetID(StreamlitAPIException):
    pass


class StreamlitDuplicateElementKey(DuplicateWidgetID):
    def __init__(self, key: str) -> None:
        super().__init__(
            f"There are multiple elements with the same `key='{key}'`. To fix this, please make "
            "sure that the `key` argument is unique for each element you create."
        )


class StreamlitDuplicateElementId(DuplicateWidgetID):
    def __init__(self, element_type: str) -> None:
        super().__init__(
            f"There are multiple `{element_type}` elements with the same auto-generated ID. When "
            "this element is created, it is assigned an internal ID based on the element type and "
            "provided parameters. Multiple elements with the same type and parameters will cause "
            "this error.\n\nTo fix this error, please pass a unique `key` argument to the "
            f"`{element_type}` element."
        )


class StreamlitValueAssignmentNotAllowedError(StreamlitAPIException):
    def __init__(self, key: str) -> None:
        super().__init__(
            f"Values for the widget with `key` '{key}' cannot be set using `st.session_state`."
        )


class StreamlitFragmentWidgetsNotAllowedOutsideError(StreamlitAPIException):
    def __init__(self) -> None:
        super().__init__("Fragments cannot write widgets to outside containers.")


def sidebar_in_fragment_error() -> StreamlitAPIException:
    # Streamlit raises a plain StreamlitAPIException here; users see that name.
    return StreamlitAPIException(
        "Calling `st.sidebar` in a function wrapped with `st.fragment` is not supported. To "
        "write elements to the sidebar with a fragment, call your fragment function inside a "
        "`with st.sidebar` context manager."
    )


class StreamlitBadTimeStringError(StreamlitAPIException):
    pass


class StreamlitInvalidLayoutContextError(StreamlitAPIException):
    """A command used where the layout forbids it (1.67: nested dialogs, scope="fragment")."""


class StreamlitMissingRequiredParameterError(StreamlitAPIException):
    def __init__(self, parameter: str, *, detail: str | None = None) -> None:
        message = f"The `{parameter}` parameter is required."
        super().__init__(f"{message} {detail}" if detail else message)


class StreamlitValueError(StreamlitAPIException):
    """A parameter outside its known set of values (1.67's text, options joined by ", ")."""

    def __init__(
        self, parameter: str, valid_values: list[str], *, detail: str | None = None
    ) -> None:
        message = f"Invalid `{parameter}` value. Supported values: {', '.join(valid_values)}."
        super().__init__(f"{message} {detail}" if detail else message)


class StreamlitMixedNumericTypesError(StreamlitAPIException):
    pass


class StreamlitValueBelowMinError(StreamlitAPIException):
    def __init__(self, value: object, min_value: object) -> None:
        super().__init__(f"The `value` {value} is less than the `min_value` {min_value}.")


class StreamlitValueAboveMaxError(StreamlitAPIException):
    def __init__(self, value: object, max_value: object) -> None:
        # 1.67's text (1.40 had "greater than than").
        super().__init__(f"The `value` {value} is greater than the `max_value` {max_value}.")


class FragcNotImplementedError(StreamlitAPIException, AttributeError):
    """A Streamlit API fragc does not provide (yet): named clearly, never an AttributeError."""


class FragmentHandledException(Exception):
    """Raised after a fragment rendered its own exception: the runner must not render it again."""

    def __init__(self, original: BaseException) -> None:
        # Streamlit raises FragmentHandledException(e): its text is the original's text.
        super().__init__(original)
        self.original = original


class RerunException(BaseException):
    """``st.rerun()``: unwinds the run (BaseException so ``except Exception`` cannot eat it)."""

    def __init__(self, fragment_id_queue: list[str] | None, *, scope: str) -> None:
        super().__init__(scope)
        self.fragment_id_queue = fragment_id_queue or []
        self.scope = scope


class SwitchPageException(BaseException):
    """``st.switch_page()``: ends the run; the next full run shows the page at ``url_path``."""

    def __init__(self, url_path: str) -> None:
        super().__init__(url_path)
        self.url_path = url_path


class StopException(BaseException):
    """``st.stop()``: ends the current run quietly."""


class CachedWidgetWarning(StreamlitAPIException, Warning):
    """A widget made while a cached function computes: Streamlit 1.67 shows this with
    ``st.exception`` just before the widget (``elements/lib/policies.py``)."""

    def __init__(self) -> None:
        super().__init__(
            """
Your script uses a widget command in a cached function
(function decorated with `@st.cache_data` or `@st.cache_resource`).
This code will only be called when we detect a cache "miss",
which can lead to unexpected results.

To fix this, move all widget commands outside the cached function.
"""
        )
