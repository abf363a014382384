"""What ``fragc.testing.AppTest`` shows of a page: Streamlit 1.67's ``element_tree`` API over fragc's.

Streamlit's ``streamlit.testing.v1.element_tree`` wraps the protobuf messages of a run;
these classes wrap the nodes of fragc's page model (:mod:`fragc.page_model`) with the
same names, properties and interactions: ``at.button[0].click()``,
``at.text_input(key="name").input("x")``, ``at.selectbox[0].select("b")``, ... followed
by ``.run()``. A widget's ``value`` is what Python holds for it (read from the session,
as Streamlit's AppTest reads its session state) unless the test set a new one.

Properties an element does not define are read from its props (``at.button[0].label``,
``at.metric[0].delta``), as Streamlit reads them from the proto.
"""

from __future__ import annotations

import base64
import builtins
import textwrap
from collections.abc import Iterator, Sequence
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any, Generic, NoReturn, TypeVar, overload

from fragc.page_model import Node as PageNode

if TYPE_CHECKING:
    from fragc.testing.app_test import AppTest

__all__ = [
    "AppTestError",
    "Block",
    "BlockList",
    "Button",
    "ButtonGroup",
    "Caption",
    "ChatInput",
    "ChatMessage",
    "Checkbox",
    "Code",
    "ColorPicker",
    "Column",
    "Dataframe",
    "DateInput",
    "Divider",
    "DownloadButton",
    "Element",
    "ElementList",
    "ElementTree",
    "Error",
    "Exception",
    "Expander",
    "Feedback",
    "FileUploader",
    "Header",
    "Html",
    "Image",
    "Info",
    "InitialValue",
    "Json",
    "Latex",
    "LinkButton",
    "Markdown",
    "Metric",
    "Multiselect",
    "NumberInput",
    "Progress",
    "Radio",
    "SelectSlider",
    "Selectbox",
    "Slider",
    "Status",
    "Subheader",
    "Success",
    "Tab",
    "Table",
    "Text",
    "TextArea",
    "TextInput",
    "TimeInput",
    "Title",
    "Toast",
    "Toggle",
    "UnknownElement",
    "Warning",
    "Widget",
    "WidgetList",
]


class AppTestError(Exception):
    """A test asked for something a user could not do (as Streamlit's ``AppTestError``)."""


class InitialValue:
    """Marks a widget whose value the test has not set since the last run."""

    def __repr__(self) -> str:
        return "InitialValue()"


# ---------------------------------------------------------------------------- elements


class Element:
    """An element of the page. ``value`` is its content; other props read as attributes."""

    type: str = "unknown"

    def __init__(self, node: PageNode, root: ElementTree) -> None:
        self.node = node
        self.proto = node.props  # Streamlit tests sometimes read `.proto.<field>`
        self.root = root
        self.key: str | None = node.key

    def __iter__(self) -> Iterator[Element]:
        yield self

    @property
    def value(self) -> Any:
        return self.node.props.get("body")

    def __getattr__(self, name: str) -> Any:
        if name in ("set_value", "click"):

            def unsupported(*_args: object, **_kwargs: object) -> NoReturn:
                self._raise_unsupported_interaction(name)

            return unsupported
        props = self.__dict__.get("node")
        if props is not None and name in props.props:
            return props.props[name]
        raise AttributeError(f"{type(self).__name__} has no attribute {name!r}")

    def _raise_unsupported_interaction(self, method: str) -> NoReturn:
        key_part = f" (key={self.key!r})" if self.key else ""
        raise AppTestError(
            f"{method}() is not supported for {self.type}{key_part}. "
            "AppTest can inspect this element but does not implement "
            "interactions for it. Set its value through at.session_state if it "
            "has a key, or use a Playwright e2e test."
        )

    def run(self, *, timeout: float | None = None) -> AppTest:
        """Run the app again with the values set on its widgets."""
        return self.root.run(timeout=timeout)

    def __repr__(self) -> str:
        fields = {"key": self.key} if self.key else {}
        fields.update(self._repr_fields())
        inner = ", ".join(f"{k}={v!r}" for k, v in fields.items())
        return f"{type(self).__name__}({inner})"

    def _repr_fields(self) -> dict[str, Any]:
        label = self.node.props.get("label")
        return {"label": label} if label else {}


class UnknownElement(Element):
    """An element ``fragc.testing`` has no class for: its kind as ``type``, its props."""

    def __init__(self, node: PageNode, root: ElementTree) -> None:
        super().__init__(node, root)
        self.type = _UNKNOWN_TYPES.get(node.kind, node.kind)

    @property
    def value(self) -> Any:
        props = self.node.props
        for name in ("body", "value", "label", "text"):
            if name in props:
                return props[name]
        return None


# Streamlit's node type for the elements fragc draws under another name.
_UNKNOWN_TYPES = {"vega_lite_chart": "arrow_vega_lite_chart", "spinner": "spinner"}


class Markdown(Element):
    type = "markdown"

    @property
    def value(self) -> str:
        return str(self.node.props.get("body", ""))

    @property
    def allow_html(self) -> bool:
        return bool(self.node.props.get("unsafe_allow_html", False))

    @property
    def is_caption(self) -> bool:
        return self.node.props.get("variant") == "caption"


class Caption(Markdown):
    type = "caption"


class Latex(Markdown):
    type = "latex"


class Divider(Markdown):
    type = "divider"

    @property
    def value(self) -> str:
        return "---"  # what Streamlit's st.divider sends as its markdown body


class Text(Element):
    type = "text"

    @property
    def value(self) -> str:
        return str(self.node.props.get("body", ""))


class Code(Element):
    type = "code"

    @property
    def value(self) -> str:
        return str(self.node.props.get("body", ""))

    @property
    def language(self) -> str:
        return str(self.node.props.get("language") or "")

    @property
    def show_line_numbers(self) -> bool:
        return bool(self.node.props.get("line_numbers", False))


class Json(Element):
    type = "json"

    @property
    def value(self) -> str:
        return str(self.node.props.get("body", ""))


class Html(Element):
    type = "html"

    @property
    def value(self) -> str:
        return str(self.node.props.get("body", ""))


class HeadingBase(Element):
    @property
    def value(self) -> str:
        return str(self.node.props.get("body", ""))

    @property
    def tag(self) -> str:
        return f"h{self.node.props.get('level', 1)}"

    @property
    def icon(self) -> str:
        return str(self.node.props.get("icon") or "")


class Title(HeadingBase):
    type = "title"


class Header(HeadingBase):
    type = "header"


class Subheader(HeadingBase):
    type = "subheader"


class AlertBase(Element):
    @property
    def value(self) -> str:
        return str(self.node.props.get("body", ""))

    @property
    def icon(self) -> str:
        return str(self.node.props.get("icon") or "")


class Error(AlertBase):
    type = "error"


class Warning(AlertBase):  # noqa: A001 - Streamlit's name
    type = "warning"


class Info(AlertBase):
    type = "info"


class Success(AlertBase):
    type = "success"


class Exception(Element):  # noqa: A001 - Streamlit's name
    """``st.exception`` and the app's own uncaught errors."""

    type = "exception"

    @property
    def value(self) -> str:
        return self.message

    @property
    def message(self) -> str:
        return str(self.node.props.get("message", ""))

    @property
    def stack_trace(self) -> list[str]:
        return [str(line) for line in self.node.props.get("traceback") or []]

    @property
    def is_markdown(self) -> bool:
        return False

    @property
    def is_warning(self) -> bool:
        return False

    def _repr_fields(self) -> dict[str, Any]:
        return {"message": self.message}


class Toast(Element):
    type = "toast"

    @property
    def value(self) -> str:
        return str(self.node.props.get("body", ""))

    @property
    def icon(self) -> str:
        return str(self.node.props.get("icon") or "")


class Metric(Element):
    type = "metric"

    @property
    def value(self) -> str:
        return str(self.node.props.get("value", ""))

    @property
    def delta(self) -> str:
        delta = self.node.props.get("delta")
        return "" if delta is None else str(delta)


class Progress(Element):
    type = "progress"

    @property
    def value(self) -> int:
        return int(self.node.props.get("value", 0))

    @property
    def text(self) -> str:
        return str(self.node.props.get("text") or "")


class Image(Element):
    type = "image"

    @property
    def value(self) -> list[str]:
        return [str(image.get("src", "")) for image in self.node.props.get("images", [])]

    @property
    def captions(self) -> list[str]:
        return [str(image.get("caption") or "") for image in self.node.props.get("images", [])]


class LinkButton(Element):
    """Read-only: AppTest does not open URLs."""

    type = "link_button"

    @property
    def value(self) -> str:
        return str(self.node.props.get("label", ""))

    def _raise_unsupported_interaction(self, method: str) -> NoReturn:
        key_part = f" (key={self.key!r})" if self.key else ""
        raise AppTestError(
            f"{method}() is not supported for link_button{key_part}. "
            "AppTest does not open URLs or trigger on_click. "
            "Use a Playwright e2e test."
        )


class _Tabular(Element):
    @property
    def value(self) -> Any:
        """The table as a pandas DataFrame (pandas must be installed, as for Streamlit)."""
        import pandas as pd

        props = self.node.props
        frame = pd.DataFrame(props.get("rows") or [], columns=props.get("columns") or [])
        index = props.get("index")
        if index is not None:
            frame.index = pd.Index(index, name=props.get("index_name"))
        return frame


class Dataframe(_Tabular):
    type = "dataframe"

    @property
    def editing_mode(self) -> str:
        return "read_only"


class Table(_Tabular):
    type = "table"


# ----------------------------------------------------------------------------- widgets


class Widget(Element):
    """An element the user changes. ``set_value`` stages a value for the next ``run()``."""

    def __init__(self, node: PageNode, root: ElementTree) -> None:
        super().__init__(node, root)
        assert node.widget is not None
        self.id: str = str(node.widget["id"])
        self.form_id: str = str(node.widget.get("form_id") or "")
        self._value: Any = InitialValue()

    @property
    def disabled(self) -> bool:
        return bool(self.node.props.get("disabled", False))

    @property
    def label(self) -> str:
        return str(self.node.props.get("label", ""))

    @property
    def help(self) -> str:
        return str(self.node.props.get("help") or "")

    def _assert_can_interact(self) -> None:
        if self.disabled:
            key_part = f" (key={self.key!r})" if self.key else ""
            raise AppTestError(
                f"Cannot update a disabled {self.type} widget{key_part}. "
                "A browser user cannot interact with a disabled widget."
            )

    def set_value(self, v: Any) -> Any:
        """Stage a value; ``run()`` sends it as the page would."""
        self._assert_can_interact()
        self._value = v
        return self

    @property
    def is_trigger(self) -> bool:
        """A one-shot value (a click, a chat message): the protocol's ``widget.trigger``."""
        return bool((self.node.widget or {}).get("trigger"))

    @property
    def has_pending_value(self) -> bool:
        return not isinstance(self._value, InitialValue)

    @property
    def value(self) -> Any:
        if self.has_pending_value:
            return self._value
        return self.root.widget_value(self.id)

    def page_value(self) -> Any:
        """The staged value as the page sends it (the protocol's JSON form)."""
        return self.root.serialize(self.id, self._value)

    def _raise_unsupported_interaction(self, method: str) -> NoReturn:
        key_part = f" (key={self.key!r})" if self.key else ""
        raise AppTestError(
            f"{method}() is not supported for {self.type}{key_part}. "
            "Use set_value() or one of this widget's typed interaction methods."
        )

    def _repr_fields(self) -> dict[str, Any]:
        fields: dict[str, Any] = {}
        if self.has_pending_value:
            fields["_value"] = self._value
        if self.label:
            fields["label"] = self.label
        if self.form_id:
            fields["form_id"] = self.form_id
        return fields


class Button(Widget):
    """``st.button`` and ``st.form_submit_button``: ``click()`` then ``run()``."""

    type = "button"

    def __init__(self, node: PageNode, root: ElementTree) -> None:
        super().__init__(node, root)
        self._value = False

    @property
    def has_pending_value(self) -> bool:
        return bool(self._value)

    @property
    def value(self) -> bool:
        if self._value:
            return True
        return bool(self.root.widget_value(self.id))

    def page_value(self) -> Any:
        return True

    def click(self) -> Button:
        return self.set_value(True)  # type: ignore[no-any-return]


class DownloadButton(Button):
    type = "download_button"


class Checkbox(Widget):
    type = "checkbox"

    def check(self) -> Checkbox:
        return self.set_value(True)  # type: ignore[no-any-return]

    def uncheck(self) -> Checkbox:
        return self.set_value(False)  # type: ignore[no-any-return]


class Toggle(Checkbox):
    type = "toggle"


class ColorPicker(Widget):
    type = "color_picker"

    def pick(self, v: str) -> ColorPicker:
        """Set the colour as a hex string; the ``#`` may be left out."""
        return self.set_value(v if v.startswith("#") else f"#{v}")  # type: ignore[no-any-return]


class TextInput(Widget):
    type = "text_input"

    @property
    def max_chars(self) -> int:
        return int(self.node.props.get("max_chars") or 0)

    @property
    def placeholder(self) -> str:
        return str(self.node.props.get("placeholder") or "")

    def input(self, v: str) -> Any:
        """Type ``v``, unless it is longer than ``max_chars`` allows (then nothing changes)."""
        if self.max_chars and len(v) > self.max_chars:
            return self
        return self.set_value(v)


class TextArea(TextInput):
    type = "text_area"


class NumberInput(Widget):
    type = "number_input"

    @property
    def min(self) -> int | float | None:
        return self.node.props.get("min")

    @property
    def max(self) -> int | float | None:
        return self.node.props.get("max")

    @property
    def step(self) -> int | float:
        return self.node.props.get("step") or 1

    def increment(self) -> NumberInput:
        """As if the user clicked "+"."""
        if self.value is None:
            return self
        top = self.max if self.max is not None else float("inf")
        return self.set_value(min(self.value + self.step, top))  # type: ignore[no-any-return]

    def decrement(self) -> NumberInput:
        """As if the user clicked "-"."""
        if self.value is None:
            return self
        bottom = self.min if self.min is not None else float("-inf")
        return self.set_value(max(self.value - self.step, bottom))  # type: ignore[no-any-return]


class _Options(Widget):
    """Widgets holding options: ``options`` are the labels the user sees."""

    @property
    def options(self) -> list[str]:
        return [str(option) for option in self.node.props.get("options", [])]

    def _option_value(self, index: int) -> Any:
        """The Python value of the option at ``index`` (the app's own object)."""
        return self.root.deserialize(self.id, index)


class Radio(_Options):
    type = "radio"

    @property
    def index(self) -> int | None:
        return self.root.serialize(self.id, self.value) if self.value is not None else None

    @property
    def horizontal(self) -> bool:
        return bool(self.node.props.get("horizontal", False))


class Selectbox(Radio):
    type = "selectbox"

    def select(self, v: Any) -> Selectbox:
        return self.set_value(v)  # type: ignore[no-any-return]

    def select_index(self, index: int | None) -> Selectbox:
        if index is None:
            return self.set_value(None)  # type: ignore[no-any-return]
        return self.set_value(self._option_value(index))  # type: ignore[no-any-return]


class Multiselect(_Options):
    type = "multiselect"

    @property
    def max_selections(self) -> int:
        return int(self.node.props.get("max_selections") or 0)

    @property
    def indices(self) -> Sequence[int]:
        return list(self.root.serialize(self.id, self.value))

    @property
    def values(self) -> Sequence[str]:
        return [self.options[i] for i in self.indices]

    def select(self, v: Any) -> Multiselect:
        current = list(self.value)
        if v in current:
            return self
        return self.set_value([*current, v])  # type: ignore[no-any-return]

    def unselect(self, v: Any) -> Multiselect:
        current = list(self.value)
        if v not in current:
            return self
        return self.set_value([item for item in current if item != v])  # type: ignore[no-any-return]


class SelectSlider(_Options):
    type = "select_slider"

    def set_range(self, lower: Any, upper: Any) -> SelectSlider:
        return self.set_value([lower, upper])  # type: ignore[no-any-return]


class Slider(Widget):
    type = "slider"

    @property
    def min(self) -> Any:
        return self.node.props.get("min")

    @property
    def max(self) -> Any:
        return self.node.props.get("max")

    @property
    def step(self) -> Any:
        return self.node.props.get("step")

    def set_range(self, lower: Any, upper: Any) -> Slider:
        return self.set_value([lower, upper])  # type: ignore[no-any-return]


class ButtonGroup(_Options):
    """``st.pills`` and ``st.segmented_control``."""

    type = "button_group"

    @property
    def _is_single_select(self) -> bool:
        return bool(self.node.props.get("selection_mode", "single") == "single")

    @property
    def indices(self) -> Sequence[int]:
        raw = self.root.serialize(self.id, self.value)
        if raw is None:
            return []
        return [raw] if isinstance(raw, int) else list(raw)

    @property
    def formatted_values(self) -> Sequence[str]:
        return [self.options[i] for i in self.indices]

    def select(self, v: Any) -> ButtonGroup:
        if self._is_single_select:
            return self.set_value(v)  # type: ignore[no-any-return]
        current = list(self.value or [])
        if v in current:
            return self
        return self.set_value([*current, v])  # type: ignore[no-any-return]

    def unselect(self, v: Any) -> ButtonGroup:
        if self._is_single_select:
            return self.set_value(None) if self.value == v else self
        current = list(self.value or [])
        if v not in current:
            return self
        return self.set_value([item for item in current if item != v])  # type: ignore[no-any-return]


class Feedback(Widget):
    """``st.feedback``: the selected index (0-based) or None."""

    type = "feedback"


class DateInput(Widget):
    type = "date_input"

    @property
    def min(self) -> date:
        return date.fromisoformat(str(self.node.props["min"]))

    @property
    def max(self) -> date:
        return date.fromisoformat(str(self.node.props["max"]))

    @property
    def is_range(self) -> bool:
        return bool(self.node.props.get("is_range", False))

    @property
    def value(self) -> Any:
        if self.has_pending_value and isinstance(self._value, list):
            return tuple(self._value)
        return super().value


class TimeInput(Widget):
    type = "time_input"

    @property
    def step(self) -> int:
        return int(self.node.props.get("step") or 900)

    @property
    def value(self) -> time | None:
        if self.has_pending_value:
            staged = self._value
            return staged.time() if isinstance(staged, datetime) else staged
        return self.root.widget_value(self.id)  # type: ignore[no-any-return]

    def set_value(self, v: time | datetime | None) -> TimeInput:
        return super().set_value(v)  # type: ignore[no-any-return]

    def increment(self) -> TimeInput:
        if self.value is None:
            return self
        moved = datetime.combine(date.today(), self.value) + timedelta(seconds=self.step)
        return self.set_value(moved.time())

    def decrement(self) -> TimeInput:
        if self.value is None:
            return self
        moved = datetime.combine(date.today(), self.value) - timedelta(seconds=self.step)
        return self.set_value(moved.time())


class ChatInput(Widget):
    """``st.chat_input``: ``set_value("hi")`` then ``run()`` submits the message."""

    type = "chat_input"

    def __init__(self, node: PageNode, root: ElementTree) -> None:
        super().__init__(node, root)
        self._value = None

    @property
    def has_pending_value(self) -> bool:
        return self._value is not None

    @property
    def value(self) -> Any:
        if self._value is not None:
            return self._value
        return self.root.widget_value(self.id)

    @property
    def placeholder(self) -> str:
        return str(self.node.props.get("placeholder") or "")

    def page_value(self) -> Any:
        return self._value


class FileUploader(Widget):
    """``st.file_uploader``: ``upload(name, content, mime)`` or ``set_value`` of such tuples."""

    type = "file_uploader"

    @property
    def accept_multiple_files(self) -> bool:
        return bool(self.node.props.get("multiple", False))

    def set_value(self, v: Any) -> FileUploader:
        """``None``, one ``(name, content, mime_type)`` tuple, or a list of them."""
        if v is None:
            files: list[tuple[str, bytes, str]] = []
        elif isinstance(v, tuple):
            files = [v]
        else:
            files = list(v)
        return super().set_value(files)  # type: ignore[no-any-return]

    def upload(
        self, name: str, content: bytes, mime_type: str = "application/octet-stream"
    ) -> FileUploader:
        staged = list(self._value) if self.has_pending_value and self.accept_multiple_files else []
        return self.set_value([*staged, (name, content, mime_type)])

    def clear(self) -> FileUploader:
        return self.set_value(None)

    @property
    def value(self) -> Any:
        if self.has_pending_value:
            return self._value
        return self.root.widget_value(self.id)

    def page_value(self) -> Any:
        return [
            {
                "file_id": f"apptest-{index}-{name}",
                "name": name,
                "type": mime_type,
                "size": len(content),
                "data": base64.b64encode(content).decode("ascii"),
            }
            for index, (name, content, mime_type) in enumerate(self._value)
        ]


# ------------------------------------------------------------------------------ lists

El = TypeVar("El", bound=Element)
W = TypeVar("W", bound=Widget)
B = TypeVar("B", bound="Block")


class ElementList(Generic[El]):
    """Elements of one type in page order: by index, or ``(key=...)``."""

    def __init__(self, els: Sequence[El]) -> None:
        self._list: Sequence[El] = els

    def __len__(self) -> int:
        return len(self._list)

    @property
    def len(self) -> int:
        return len(self)

    @overload
    def __getitem__(self, idx: int) -> El: ...

    @overload
    def __getitem__(self, idx: slice) -> ElementList[El]: ...

    def __getitem__(self, idx: int | slice) -> El | ElementList[El]:
        if isinstance(idx, slice):
            return ElementList(self._list[idx])
        return self._list[idx]

    def __iter__(self) -> Iterator[El]:
        yield from self._list

    def __call__(self, key: str) -> El:
        for element in self._list:
            if element.key == key:
                return element
        raise KeyError(key)

    @property
    def values(self) -> Sequence[Any]:
        return [element.value for element in self._list]

    def __eq__(self, other: object) -> bool:
        if isinstance(other, ElementList):
            return list(self._list) == list(other._list)
        return list(self._list) == other

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"{type(self).__name__}({list(self._list)!r})"


class WidgetList(ElementList[W], Generic[W]):
    """An ``ElementList`` of widgets."""


class BlockList(Generic[B]):
    def __init__(self, els: Sequence[B]) -> None:
        self._list: list[B] = list(els)

    def __len__(self) -> int:
        return len(self._list)

    @property
    def len(self) -> int:
        return len(self)

    @overload
    def __getitem__(self, idx: int) -> B: ...

    @overload
    def __getitem__(self, idx: slice) -> BlockList[B]: ...

    def __getitem__(self, idx: int | slice) -> B | BlockList[B]:
        if isinstance(idx, slice):
            return BlockList(self._list[idx])
        return self._list[idx]

    def __iter__(self) -> Iterator[B]:
        return iter(self._list)

    def __call__(self, key: str) -> B:
        for block in self._list:
            if block.key == key:
                return block
        raise KeyError(key)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._list!r})"


# ------------------------------------------------------------------------------ blocks


class Block:
    """A container; queried like ``AppTest`` itself (``block.button``, ``block.markdown``...)."""

    type: str = "container"

    def __init__(self, node: PageNode | None, root: ElementTree) -> None:
        self.node = node
        self.proto = node.props if node is not None else {}
        self.root = root
        self.children: dict[int, Element | Block] = {}

    @property
    def key(self) -> str | None:
        if self.node is None:
            return None
        if self.node.kind == "form":
            return str(self.node.props.get("form_id"))
        return self.node.key

    def __len__(self) -> int:
        return len(self.children)

    def __iter__(self) -> Iterator[Element | Block]:
        yield self
        for index in self.children:
            yield from self.children[index]

    def __getitem__(self, k: int) -> Element | Block:
        return self.children[k]

    def __getattr__(self, name: str) -> Any:
        node = self.__dict__.get("node")
        if node is not None and name in node.props:
            return node.props[name]
        raise AttributeError(f"{type(self).__name__} has no attribute {name!r}")

    def get(self, element_type: str) -> Sequence[Element | Block]:
        """Every node of this type inside this block (an AppTest collection name works too)."""
        if element_type in _BLOCK_QUERIES:
            return list(getattr(self, _BLOCK_QUERIES[element_type]))
        return [node for node in self if node is not self and node.type == element_type]

    def get_by_key(self, key: str) -> Element | Block:
        matches = [node for node in self if node is not self and node.key == key]
        if len(matches) == 1:
            return matches[0]
        if not matches:
            raise KeyError(key)
        raise AppTestError(
            f"Multiple elements have key {key!r}. "
            "Scope the query to a container or use a typed collection."
        )

    def _of(self, cls: builtins.type[Any]) -> list[Any]:
        return [node for node in self if node is not self and isinstance(node, cls)]

    # Typed collections, as Streamlit's Block has them.
    @property
    def button(self) -> WidgetList[Button]:
        return WidgetList([b for b in self._of(Button) if type(b) is Button])

    @property
    def form_submit_button(self) -> WidgetList[Button]:
        return WidgetList([b for b in self.button if b.form_id])

    @property
    def download_button(self) -> WidgetList[DownloadButton]:
        return WidgetList(self._of(DownloadButton))

    @property
    def button_group(self) -> WidgetList[ButtonGroup]:
        return WidgetList(self._of(ButtonGroup))

    @property
    def pills(self) -> WidgetList[ButtonGroup]:
        return WidgetList([b for b in self.button_group if b.node.props.get("style") == "pills"])

    @property
    def segmented_control(self) -> WidgetList[ButtonGroup]:
        return WidgetList(
            [b for b in self.button_group if b.node.props.get("style") == "segmented_control"]
        )

    @property
    def feedback(self) -> WidgetList[Feedback]:
        return WidgetList(self._of(Feedback))

    @property
    def caption(self) -> ElementList[Caption]:
        return ElementList(self._of(Caption))

    @property
    def chat_input(self) -> WidgetList[ChatInput]:
        return WidgetList(self._of(ChatInput))

    @property
    def chat_message(self) -> BlockList[ChatMessage]:
        return BlockList(self._of(ChatMessage))

    @property
    def checkbox(self) -> WidgetList[Checkbox]:
        return WidgetList([c for c in self._of(Checkbox) if type(c) is Checkbox])

    @property
    def code(self) -> ElementList[Code]:
        return ElementList(self._of(Code))

    @property
    def color_picker(self) -> WidgetList[ColorPicker]:
        return WidgetList(self._of(ColorPicker))

    @property
    def columns(self) -> BlockList[Column]:
        return BlockList(self._of(Column))

    @property
    def container(self) -> BlockList[Block]:
        """``st.container`` blocks (a fragment's too), not the row ``st.columns`` draws."""
        return BlockList(
            [
                b
                for b in self._of(Block)
                if b.type in ("container", "flex_container")
                and not any(isinstance(child, Column) for child in b.children.values())
            ]
        )

    @property
    def dataframe(self) -> ElementList[Dataframe]:
        return ElementList(self._of(Dataframe))

    @property
    def data_editor(self) -> ElementList[Dataframe]:
        return ElementList([d for d in self.dataframe if d.editing_mode != "read_only"])

    @property
    def date_input(self) -> WidgetList[DateInput]:
        return WidgetList(self._of(DateInput))

    @property
    def divider(self) -> ElementList[Divider]:
        return ElementList(self._of(Divider))

    @property
    def error(self) -> ElementList[Error]:
        return ElementList(self._of(Error))

    @property
    def exception(self) -> ElementList[Exception]:
        return ElementList(self._of(Exception))

    @property
    def expander(self) -> BlockList[Expander]:
        return BlockList(self._of(Expander))

    @property
    def file_uploader(self) -> WidgetList[FileUploader]:
        return WidgetList(self._of(FileUploader))

    @property
    def form(self) -> BlockList[Block]:
        return BlockList([b for b in self._of(Block) if b.type == "form"])

    @property
    def header(self) -> ElementList[Header]:
        return ElementList(self._of(Header))

    @property
    def html(self) -> ElementList[Html]:
        return ElementList(self._of(Html))

    @property
    def image(self) -> ElementList[Image]:
        return ElementList(self._of(Image))

    @property
    def info(self) -> ElementList[Info]:
        return ElementList(self._of(Info))

    @property
    def json(self) -> ElementList[Json]:
        return ElementList(self._of(Json))

    @property
    def latex(self) -> ElementList[Latex]:
        return ElementList(self._of(Latex))

    @property
    def link_button(self) -> ElementList[LinkButton]:
        return ElementList(self._of(LinkButton))

    @property
    def markdown(self) -> ElementList[Markdown]:
        return ElementList([m for m in self._of(Markdown) if type(m) is Markdown])

    @property
    def metric(self) -> ElementList[Metric]:
        return ElementList(self._of(Metric))

    @property
    def multiselect(self) -> WidgetList[Multiselect]:
        return WidgetList(self._of(Multiselect))

    @property
    def number_input(self) -> WidgetList[NumberInput]:
        return WidgetList(self._of(NumberInput))

    @property
    def progress(self) -> ElementList[Progress]:
        return ElementList(self._of(Progress))

    @property
    def radio(self) -> WidgetList[Radio]:
        return WidgetList([r for r in self._of(Radio) if type(r) is Radio])

    @property
    def select_slider(self) -> WidgetList[SelectSlider]:
        return WidgetList(self._of(SelectSlider))

    @property
    def selectbox(self) -> WidgetList[Selectbox]:
        return WidgetList(self._of(Selectbox))

    @property
    def slider(self) -> WidgetList[Slider]:
        return WidgetList(self._of(Slider))

    @property
    def status(self) -> BlockList[Status]:
        return BlockList(self._of(Status))

    @property
    def subheader(self) -> ElementList[Subheader]:
        return ElementList(self._of(Subheader))

    @property
    def success(self) -> ElementList[Success]:
        return ElementList(self._of(Success))

    @property
    def table(self) -> ElementList[Table]:
        return ElementList(self._of(Table))

    @property
    def tabs(self) -> BlockList[Tab]:
        return BlockList(self._of(Tab))

    @property
    def text(self) -> ElementList[Text]:
        return ElementList(self._of(Text))

    @property
    def text_area(self) -> WidgetList[TextArea]:
        return WidgetList(self._of(TextArea))

    @property
    def text_input(self) -> WidgetList[TextInput]:
        return WidgetList([t for t in self._of(TextInput) if type(t) is TextInput])

    @property
    def time_input(self) -> WidgetList[TimeInput]:
        return WidgetList(self._of(TimeInput))

    @property
    def title(self) -> ElementList[Title]:
        return ElementList(self._of(Title))

    @property
    def toast(self) -> ElementList[Toast]:
        return ElementList(self._of(Toast))

    @property
    def toggle(self) -> WidgetList[Toggle]:
        return WidgetList(self._of(Toggle))

    @property
    def warning(self) -> ElementList[Warning]:
        return ElementList(self._of(Warning))

    def run(self, *, timeout: float | None = None) -> AppTest:
        return self.root.run(timeout=timeout)

    def __repr__(self) -> str:
        lines = [f"{index}: {child!r}" for index, child in self.children.items()]
        inner = textwrap.indent(",\n".join(lines), "    ")
        return f"{type(self).__name__}(type={self.type!r}, children={{\n{inner}\n}})"


# `at.get(name)` for the collections that filter rather than match a node type.
_BLOCK_QUERIES = {
    "pills": "pills",
    "segmented_control": "segmented_control",
    "container": "container",
    "form": "form",
    "form_submit_button": "form_submit_button",
    "data_editor": "data_editor",
    "columns": "columns",
    "column": "columns",
    "tabs": "tabs",
    "tab": "tabs",
    "expander": "expander",
    "status": "status",
    "chat_message": "chat_message",
}


class SpecialBlock(Block):
    """The main body, the sidebar, the event area (toasts, dialogs), the bottom bar."""

    def __init__(self, root: ElementTree, type: str) -> None:  # noqa: A002 - Streamlit's name
        super().__init__(None, root)
        self.type = type


class Column(Block):
    type = "column"

    @property
    def weight(self) -> float:
        return float(self.proto.get("weight", 1))

    @property
    def gap(self) -> str | None:
        return self.proto.get("gap")


class Tab(Block):
    type = "tab"

    @property
    def label(self) -> str:
        return str(self.proto.get("label", ""))


class Expander(Block):
    type = "expander"

    @property
    def label(self) -> str:
        return str(self.proto.get("label", ""))

    @property
    def icon(self) -> str:
        return str(self.proto.get("icon") or "")


class Status(Expander):
    type = "status"

    @property
    def state(self) -> str:
        return str(self.proto.get("state", "running"))


class ChatMessage(Block):
    type = "chat_message"

    @property
    def name(self) -> str:
        return str(self.proto.get("name", ""))

    @property
    def avatar(self) -> str:
        return str(self.proto.get("avatar") or "")


# Block kinds -> class and the type name Streamlit's tree gives them.
_BLOCKS: dict[str, tuple[type[Block], str]] = {
    # Streamlit 1.67 draws st.container, a fragment's output and the row of st.columns
    # as flex containers.
    "vertical": (Block, "flex_container"),
    "horizontal": (Block, "flex_container"),
    "column": (Column, "column"),
    "tabs": (Block, "tab_container"),
    "tab": (Tab, "tab"),
    "expander": (Expander, "expander"),
    "status": (Status, "status"),
    "form": (Block, "form"),
    "chat_message": (ChatMessage, "chat_message"),
    "popover": (Block, "popover"),
    "dialog": (Block, "dialog"),
}


def _element_class(node: PageNode) -> type[Element]:
    props = node.props
    kind = node.kind
    if kind == "markdown":
        return {"caption": Caption, "latex": Latex}.get(str(props.get("variant")), Markdown)
    if kind == "heading":
        return {1: Title, 2: Header}.get(int(props.get("level", 3)), Subheader)
    if kind == "alert":
        variants: dict[str, type[Element]] = {
            "error": Error,
            "warning": Warning,
            "info": Info,
            "success": Success,
        }
        return variants.get(str(props.get("variant")), UnknownElement)
    if kind == "checkbox":
        return Toggle if props.get("toggle") else Checkbox
    if kind == "button_group":
        return ButtonGroup if props.get("style") in ("pills", "segmented_control") else Feedback
    if kind == "link_button" or node.widget is None:
        return _ELEMENTS.get(kind, UnknownElement)
    return _WIDGETS.get(kind, UnknownElement)


_ELEMENTS: dict[str, type[Element]] = {
    "divider": Divider,
    "text": Text,
    "code": Code,
    "json": Json,
    "html": Html,
    "metric": Metric,
    "exception": Exception,
    "toast": Toast,
    "progress": Progress,
    "image": Image,
    "table": Table,
    "dataframe": Dataframe,
    "link_button": LinkButton,
}

_WIDGETS: dict[str, type[Element]] = {
    "button": Button,
    "form_submit_button": Button,
    "download_button": DownloadButton,
    "radio": Radio,
    "selectbox": Selectbox,
    "multiselect": Multiselect,
    "slider": Slider,
    "select_slider": SelectSlider,
    "text_input": TextInput,
    "text_area": TextArea,
    "number_input": NumberInput,
    "date_input": DateInput,
    "time_input": TimeInput,
    "color_picker": ColorPicker,
    "chat_input": ChatInput,
    "file_uploader": FileUploader,
}


# ------------------------------------------------------------------------------ the tree


class ElementTree(Block):
    """The page after a run: ``main`` (0), ``sidebar`` (1), the event area (2), the bottom (3)."""

    type = "root"

    def __init__(self, app: AppTest) -> None:
        super().__init__(None, self)
        self._app = app

    @classmethod
    def from_page(cls, roots: Sequence[PageNode], app: AppTest) -> ElementTree:
        tree = cls(app)
        for index, (root, name) in enumerate(
            zip(roots, ("main", "sidebar", "event", "bottom"), strict=False)
        ):
            special = SpecialBlock(tree, name)
            tree._fill(special, root)
            tree.children[index] = special
        return tree

    def _fill(self, block: Block, node: PageNode) -> None:
        for index, child in enumerate(node.children):
            if child.is_block:
                cls, type_name = _BLOCKS.get(child.kind, (Block, child.kind))
                inner = cls(child, self)
                inner.type = type_name
                self._fill(inner, child)
                block.children[index] = inner
            elif child.kind not in ("empty", "spinner"):
                block.children[index] = _element_class(child)(child, self)

    @property
    def main(self) -> Block:
        return self.children[0]  # type: ignore[return-value]

    @property
    def sidebar(self) -> Block:
        return self.children[1]  # type: ignore[return-value]

    # What the widgets ask of the app: Python's values and its serde.
    def widget_value(self, widget_id: str) -> Any:
        return self._app._session.widget_value(widget_id)

    def serialize(self, widget_id: str, value: Any) -> Any:
        return self._app._session.serialize(widget_id, value)

    def deserialize(self, widget_id: str, raw: Any) -> Any:
        return self._app._session.deserialize(widget_id, raw)

    def widgets(self) -> list[Widget]:
        return [node for node in self if isinstance(node, Widget)]

    def run(self, *, timeout: float | None = None) -> AppTest:
        return self._app.run(timeout=timeout)

    def __repr__(self) -> str:
        return repr(self.children)
