"""The props of every element and block kind: one ``TypedDict`` per kind.

A delta carries an element (``{kind, props, key?, widget?}``) or a block (``{kind, props,
key?}``). Each kind's props are typed here once; the shim builds them through these types
(mypy checks every call), the JSON schema and the page's TypeScript definitions
(``runtime_js/src/protocol_types.d.ts``) are generated from them, and the page's renderers
read them typed. The sections follow the shim's families (``fragc/shim/elements/*.py``,
``fragc/shim/widgets/*.py``), which are also the page's (``runtime_js/src/elements/*.js``,
``runtime_js/src/widgets/*.js``).

Adding a kind: its ``...Props`` (fields the page reads; ``NotRequired`` where a call may
leave one out), its ``...Element`` (or ``...Block``) naming the kind, and a line in the
``Element`` (``Block``) union at the bottom. ``make schema`` regenerates the page's files.

Conventions: sizes are what Python was given (``width``: "stretch" | "content" | pixels;
``gap``: a size name "xxsmall".."xxlarge", pixels, or None for no gap); ``help`` is the
tooltip text or None; a widget's ``ignore_rerun`` is ``on_change="ignore"`` (the page
commits the value without starting a run). This module is stdlib only, like the rest of
``fragc.protocol``: the shim imports it inside Pyodide.
"""

from __future__ import annotations

from typing import Any, Literal, NotRequired, TypedDict, Union


class WidgetInfo(TypedDict):
    """What the page needs to drive a widget: its id and the value Python holds.

    ``value`` is JSON: bool for checkboxes, str|None for text, number|None for number
    inputs, a list of option indexes for multiselect, an ISO string for dates. The page
    stores it as the widget's committed value and sends it back in every ``run:request``.
    """

    id: str
    value: Any
    # A one-shot value (a click, a chat message): the page never stores it; the run the
    # event causes carries it in `trigger_values`, for that run only.
    trigger: NotRequired[bool]
    form_id: NotRequired[str]
    # Inside a form: the serialized default, which clear_on_submit restores after a submit.
    default: NotRequired[Any]
    # True when Python set the value through st.session_state: the page must replace what
    # it holds (Streamlit's ``set_value``).
    set_value: NotRequired[bool]


class ElementBase(TypedDict):
    """What every element carries besides its kind and props."""

    key: NotRequired[str]  # the user key: the element container gets class st-key-<key>
    widget: NotRequired[WidgetInfo]  # present exactly for widgets


class BlockBase(TypedDict):
    """What every block carries besides its kind and props."""

    key: NotRequired[str]  # the user key (a keyed container, a form's key)
    # tabs (value: the chosen label), an expander or a popover (value: open) with on_change
    widget: NotRequired[WidgetInfo]


class LabelledProps(TypedDict):
    """What every labelled widget carries (``widgets/registry.py`` ``common_props``)."""

    label: str
    help: str | None
    disabled: bool
    label_visibility: str  # "visible" | "hidden" | "collapsed"


class TableData(TypedDict):
    """A table as the page draws it (``shim/dataframes.py`` ``frame_json``)."""

    columns: list[str]  # the labels
    rows: list[list[Any]]  # row-major JSON cells
    # Per column: "int" | "float" | "bool" | "str" | "datetime" | "date" | "time" |
    # "timedelta" | "category" | "ordered" | "object" | "empty".
    dtypes: list[str]
    index: list[Any] | None  # None: the index is hidden
    index_name: str | None
    index_dtype: str


class ChartData(TypedDict):
    """A chart's table: labels and row-major cells (``elements/charts.py``)."""

    columns: list[str]
    rows: list[list[Any]]


# ------------------------------------------------------------ elements/text.py


class MarkdownProps(TypedDict):
    """st.markdown, st.caption and st.latex (whose body is "$$\\n...\\n$$")."""

    body: str
    variant: Literal["default", "caption", "latex"]
    help: str | None
    unsafe_allow_html: NotRequired[bool]
    anchors: NotRequired[bool]  # "#" links on the headings inside
    text_alignment: NotRequired[str]  # "left" | "center" | "right" | "justify"
    wrap: NotRequired[bool]  # False: one line, ellipsized


class MarkdownElement(ElementBase):
    kind: Literal["markdown"]
    props: MarkdownProps


class HeadingProps(TypedDict):
    """st.title, st.header, st.subheader."""

    body: str
    level: int  # 1..6
    anchor: str | bool | None  # the id | None: slug the text | False: no link
    help: str | None
    icon: str
    divider: str | None  # None | "auto" (the page picks the colour) | a colour
    text_alignment: str
    wrap: bool


class HeadingElement(ElementBase):
    kind: Literal["heading"]
    props: HeadingProps


class TextProps(TypedDict):
    """st.text: preformatted, not markdown."""

    body: str
    help: str | None
    text_alignment: str
    wrap: bool
    width: NotRequired[str | int]  # "content" (Streamlit's default), "stretch" or pixels


class TextElement(ElementBase):
    kind: Literal["text"]
    props: TextProps


class CodeProps(TypedDict):
    """st.code, highlighted by the page."""

    body: str
    language: str  # "plaintext" when none
    line_numbers: bool
    wrap_lines: bool
    height: int | None  # pixels (scrolls), or None: as tall as the code


class CodeElement(ElementBase):
    kind: Literal["code"]
    props: CodeProps


class JsonProps(TypedDict):
    """st.json."""

    body: str  # the value as JSON text
    expanded: bool
    max_expand_depth: int | None


class JsonElement(ElementBase):
    kind: Literal["json"]
    props: JsonProps


class DividerProps(TypedDict):
    """st.divider."""


class DividerElement(ElementBase):
    kind: Literal["divider"]
    props: DividerProps


class BadgeProps(TypedDict):
    """st.badge."""

    label: str
    icon: str  # "" for none
    color: str
    help: str | None


class BadgeElement(ElementBase):
    kind: Literal["badge"]
    props: BadgeProps


class HtmlProps(TypedDict):
    """st.html (the page sanitises it with DOMPurify unless unsafe_allow_javascript)."""

    body: str
    unsafe_allow_javascript: bool


class HtmlElement(ElementBase):
    kind: Literal["html"]
    props: HtmlProps


# ---------------------------------------------------------- elements/alerts.py


class AlertProps(TypedDict):
    """st.info, st.success, st.warning, st.error."""

    variant: Literal["info", "success", "warning", "error"]
    body: str
    icon: str | None
    title: str | None


class AlertElement(ElementBase):
    kind: Literal["alert"]
    props: AlertProps


class ExceptionProps(TypedDict):
    """st.exception, and an exception the script left uncaught."""

    type: str  # the exception class's name
    message: str
    traceback: list[str]  # the user's frames ("File ..., line N, in f" and the source line)
    file: str | None
    line: int | None


class ExceptionElement(ElementBase):
    kind: Literal["exception"]
    props: ExceptionProps


class ToastProps(TypedDict):
    """st.toast (written to ROOT_EVENT; container.toast into the container): the page
    shows it when its delta arrives, floating above the page, wherever its slot is."""

    body: str
    icon: str | None
    duration: int | None  # seconds; None: until closed


class ToastElement(ElementBase):
    kind: Literal["toast"]
    props: ToastProps


# ---------------------------------------------------------- elements/metric.py


class MetricProps(TypedDict):
    """st.metric. Python decides the delta's colour and arrow, as Streamlit does."""

    label: str
    value: str
    delta: str | None
    delta_color: str  # as the app passed it
    color: str  # the delta's colour: "green" | "red" | "gray" | a palette colour
    direction: Literal["up", "down", "none"]  # the delta's arrow
    delta_description: str | None
    help: str | None
    icon: str | None
    label_visibility: str
    border: bool
    chart_data: list[float]
    chart_type: str  # "line" | "bar" | "area"
    # st.metric(format=...): applied by the page, as Streamlit's, to a value or delta the
    # app gave as a number (a string is shown as it is).
    format: NotRequired[str | None]
    value_is_number: NotRequired[bool]
    delta_is_number: NotRequired[bool]


class MetricElement(ElementBase):
    kind: Literal["metric"]
    props: MetricProps


# ---------------------------------------------------------- elements/status.py


class ProgressProps(TypedDict):
    """st.progress."""

    value: int  # 0..100
    text: str | None


class ProgressElement(ElementBase):
    kind: Literal["progress"]
    props: ProgressProps


class SpinnerProps(TypedDict):
    """st.spinner: written at its container's next slot without taking it (Streamlit's
    transient element), replaced by an "empty" when its block ends."""

    text: str
    show_time: bool  # the page shows a clock
    cache: bool  # a cached function's spinner
    # The packages a page is waiting for before its first run (shim/page_packages.py):
    # the page marks that spinner as fragc's own (`fragcPagePackages`).
    packages: NotRequired[list[str]]


class SpinnerElement(ElementBase):
    kind: Literal["spinner"]
    props: SpinnerProps


class EffectProps(TypedDict):
    """st.balloons and st.snow."""

    effect: int  # new for every call: the page replays the animation


class BalloonsElement(ElementBase):
    kind: Literal["balloons"]
    props: EffectProps


class SnowElement(ElementBase):
    kind: Literal["snow"]
    props: EffectProps


class StatusProps(TypedDict):
    """st.status: an expander whose icon shows the state."""

    label: str
    expanded: bool | None  # None: keep what the user chose (status.update())
    state: str  # "running" | "complete" | "error"
    type: str  # "default" | "compact" | "step"


class StatusBlock(BlockBase):
    kind: Literal["status"]
    props: StatusProps


# ---------------------------------------------------------- elements/layout.py


class EmptyProps(TypedDict):
    """st.empty (a placeholder each write replaces), and what ends a spinner."""


class EmptyElement(ElementBase):
    kind: Literal["empty"]
    props: EmptyProps


class VerticalProps(TypedDict):
    """st.container, and the container of every fragment."""

    border: bool
    height: int | None  # pixels (the content scrolls), or None
    stretch_height: bool
    width: str | int
    horizontal: bool
    wrap: bool
    horizontal_alignment: str  # "left" | "center" | "right" | "distribute"
    vertical_alignment: str  # "top" | "center" | "bottom" | "distribute"
    gap: str | int | None
    autoscroll: bool | None
    # A fragment's container: the fragment's manifest id (`file:qualname`).
    fragment: NotRequired[str]


class VerticalBlock(BlockBase):
    kind: Literal["vertical"]
    props: VerticalProps


class HorizontalProps(TypedDict):
    """The row holding st.columns."""

    gap: str | int | None
    vertical_alignment: str
    width: str | int
    wrap: bool


class HorizontalBlock(BlockBase):
    kind: Literal["horizontal"]
    props: HorizontalProps


class ColumnProps(TypedDict):
    """One of st.columns."""

    weight: float  # its share of the row (the weights of a row add up to 1)
    gap: str | int | None
    vertical_alignment: str
    border: bool


class ColumnBlock(BlockBase):
    kind: Literal["column"]
    props: ColumnProps


class TabsProps(TypedDict):
    """st.tabs; its children are "tab" blocks."""

    labels: list[str]
    default: str | None
    default_index: int
    width: str | int
    height: int | None


class TabsBlock(BlockBase):
    kind: Literal["tabs"]
    props: TabsProps


class TabProps(TypedDict):
    """One tab of st.tabs."""

    label: str


class TabBlock(BlockBase):
    kind: Literal["tab"]
    props: TabProps


class ExpanderProps(TypedDict):
    """st.expander (open or closed is page state once drawn)."""

    label: str
    expanded: bool
    icon: str | None
    type: str  # "default" | "compact" | "step"
    width: str | int


class ExpanderBlock(BlockBase):
    kind: Literal["expander"]
    props: ExpanderProps


class PopoverProps(TypedDict):
    """st.popover."""

    label: str
    type: str  # "primary" | "secondary" | "tertiary"
    help: str | None
    icon: str | None
    disabled: bool
    use_container_width: bool
    width: str | int
    wrap: bool | None


class PopoverBlock(BlockBase):
    kind: Literal["popover"]
    props: PopoverProps


# ---------------------------------------------------------- elements/dialog.py


class DialogProps(TypedDict):
    """st.dialog's modal, in ROOT_EVENT (open or dismissed is page state)."""

    title: str
    width: str  # "small" | "medium" | "large"
    pixel_width: NotRequired[int]  # the app's width in pixels (`width` stays "small")
    position: str  # "left" | "center" | "right"
    dismissible: bool
    icon: str | None
    is_open: bool
    # With on_dismiss: dismissing sends this id as a trigger, a run of the block's fragment.
    dismiss_widget_id: NotRequired[str]


class DialogBlock(BlockBase):
    kind: Literal["dialog"]
    props: DialogProps


# ----------------------------------------------------------- elements/image.py


class ImageItem(TypedDict):
    src: str  # a URL, or a data: URL Python built from the bytes
    caption: str | None
    alt: str | None  # None: no alt attribute; "": a decorative image


class ImageProps(TypedDict):
    """st.image: one or more images side by side."""

    images: list[ImageItem]
    width: int | None  # pixels
    stretch: bool
    link: str | None  # one image only


class ImageElement(ElementBase):
    kind: Literal["image"]
    props: ImageProps


# ------------------------------------------------------------ elements/data.py


class TableProps(TableData):
    """st.table: every cell shown, markdown in cells."""

    border: str  # "all" | "none" | "horizontal"
    hide_header: bool
    width: str | int
    height: str | int
    alt: str | None


class TableElement(ElementBase):
    kind: Literal["table"]
    props: TableProps


class DataframeProps(TableData):
    """st.dataframe: a scrolling, sortable grid."""

    width: str | int
    height: str | int  # "auto" | "content" | "stretch" | pixels
    row_height: int | None
    placeholder: str | None  # what an empty cell shows
    alt: str | None


class DataframeElement(ElementBase):
    kind: Literal["dataframe"]
    props: DataframeProps


# ---------------------------------------------------------- elements/charts.py


class VegaLiteChartProps(TypedDict):
    """st.vega_lite_chart, st.altair_chart and the built-in charts (drawn by vega-embed)."""

    spec: str  # the Vega-Lite spec as JSON text, its data taken out
    data: ChartData | None
    datasets: dict[str, ChartData]
    width: str | int | None
    height: str | int
    theme: str | None  # "streamlit" | None
    use_container_width: bool | None
    builtin: bool  # st.line_chart and the like
    renderer: Literal["svg", "canvas"]  # canvas for many points
    alt: str | None
    # With on_select (a widget): the selection parameters whose state is its value.
    selection: NotRequired[list[str]]


class VegaLiteChartElement(ElementBase):
    kind: Literal["vega_lite_chart"]
    props: VegaLiteChartProps


# --------------------------------------- shim/optional/ (bundled for the apps that use them)
# Drawn by chunks loaded on first use (runtime_js/src/chunks/, render/lazy.js).


class PlotlyChartProps(TypedDict):
    """st.plotly_chart (``optional/plotly.py``); a widget with ``on_select``."""

    spec: str  # Plotly's JSON of the figure (the "streamlit" template's placeholder colours)
    config: str  # plotly.js's config as JSON text
    theme: str | None  # "streamlit" | None
    width: str | int  # "stretch" | pixels ("content" resolved by Python)
    height: str | int  # pixels ("content" resolved by Python) | "stretch"
    selection_mode: list[str]  # of "box", "lasso", "points"; empty: no selections
    alt: str | None


class PlotlyChartElement(ElementBase):
    kind: Literal["plotly_chart"]
    props: PlotlyChartProps


class EChartsChartProps(TypedDict):
    """st.echarts_chart (``optional/echarts.py``); a widget with ``on_select``."""

    spec: str  # the option's JSON
    theme: str | None
    renderer: Literal["canvas", "svg"]
    width: str | int  # as plotly_chart's
    height: str | int
    selection: bool  # on_select is on
    alt: str | None


class EChartsChartElement(ElementBase):
    kind: Literal["echarts_chart"]
    props: EChartsChartProps


class GraphvizChartProps(TypedDict):
    """st.graphviz_chart (``optional/graphviz.py``), laid out by Graphviz's wasm in the page."""

    spec: str  # DOT
    engine: str  # "dot", "neato", ...
    element_id: str  # the picture's box gets the id st-graphviz-chart-<element_id>
    width: str | int
    height: str | int
    alt: str | None


class GraphvizChartElement(ElementBase):
    kind: Literal["graphviz_chart"]
    props: GraphvizChartProps


class DeckGlJsonChartProps(TypedDict):
    """st.map and st.pydeck_chart (``optional/maps.py``), drawn by deck.gl."""

    json: str  # pydeck's JSON of the deck
    tooltip: str | None  # JSON text: {html|text, style}
    mapbox_token: str | None
    width: str | int
    height: str | int
    selection_mode: str | None  # "single-object" | "multi-object"; None: no selections
    alt: str | None


class DeckGlJsonChartElement(ElementBase):
    kind: Literal["deck_gl_json_chart"]
    props: DeckGlJsonChartProps


class DataGridProps(TableData):
    """st.data_editor, and st.dataframe with column types or selections (``optional/grid``).

    ``index`` is always sent; ``column_config["_index"]["hidden"]`` hides it.
    """

    data_kinds: dict[str, str]  # each column's (and "_index"'s) Streamlit ColumnDataKind
    column_config: dict[str, dict[str, Any]]  # by column name (st.column_config's dicts)
    column_order: list[str] | None
    editing: Literal["read_only", "fixed", "dynamic", "add", "delete"]
    disabled: bool
    selection_mode: list[str]  # st.dataframe's; empty: no selections
    button_widgets: dict[str, str]  # a ButtonColumn's column -> the widget its clicks trigger
    width: str | int
    height: str | int  # "auto" | "content" | "stretch" | pixels
    row_height: int | None
    placeholder: str | None
    alt: str | None
    ignore_rerun: bool  # data_editor(on_change="ignore")


class DataGridElement(ElementBase):
    kind: Literal["data_grid"]
    props: DataGridProps


# ------------------------------------------------------------ widgets/button.py


class ButtonProps(TypedDict):
    """st.button: a trigger widget (its value is True only in the run its click causes)."""

    label: str
    help: str | None
    type: str  # "primary" | "secondary" | "tertiary"
    icon: str | None
    icon_position: NotRequired[str]  # "left" | "right"
    disabled: bool
    use_container_width: bool
    # The normalized keyboard shortcut ("ctrl+j"): shown in a <kbd>, a press clicks.
    shortcut: NotRequired[str | None]


class ButtonElement(ElementBase):
    kind: Literal["button"]
    props: ButtonProps


class DownloadButtonProps(TypedDict):
    """st.download_button: the page saves the file; the click is a trigger unless ignored."""

    label: str
    help: str | None
    type: str
    icon: str | None
    icon_position: str  # "left" | "right"
    disabled: bool
    use_container_width: bool
    ignore_rerun: bool
    shortcut: NotRequired[str | None]
    data: str  # the file's bytes in base64
    mime: str
    file_name: str


class DownloadButtonElement(ElementBase):
    kind: Literal["download_button"]
    props: DownloadButtonProps


class LinkButtonProps(TypedDict):
    """st.link_button: opens its URL; a widget (the click a trigger) only with on_click."""

    label: str
    url: str
    help: str | None
    type: str
    icon: str | None
    icon_position: str
    disabled: bool
    use_container_width: bool
    ignore_rerun: bool
    shortcut: NotRequired[str | None]


class LinkButtonElement(ElementBase):
    kind: Literal["link_button"]
    props: LinkButtonProps


# -------------------------------------------------------------- widgets/form.py


class FormProps(TypedDict):
    """st.form: its widgets commit together when a submit button of the form is clicked."""

    form_id: str
    clear_on_submit: bool
    enter_to_submit: bool
    border: bool


class FormBlock(BlockBase):
    kind: Literal["form"]
    props: FormProps


class FormSubmitButtonProps(TypedDict):
    """st.form_submit_button: a trigger; its click submits the form."""

    label: str
    help: str | None
    type: str
    icon: str | None
    icon_position: str
    disabled: bool
    use_container_width: bool


class FormSubmitButtonElement(ElementBase):
    kind: Literal["form_submit_button"]
    props: FormSubmitButtonProps


# ---------------------------------------------------------- widgets/checkbox.py


class CheckboxProps(LabelledProps):
    """st.checkbox and st.toggle; value: bool."""

    toggle: bool  # draw a switch
    ignore_rerun: NotRequired[bool]  # on_change="ignore": a change runs nothing


class CheckboxElement(ElementBase):
    kind: Literal["checkbox"]
    props: CheckboxProps


# -------------------------------------------------------- widgets/text_input.py


class TextInputProps(LabelledProps):
    """st.text_input; value: str | None. Committed on Enter or when it loses the focus."""

    max_chars: int | None
    type: str  # "default" | "password" | "email" | "url" | "phone" | "search"
    placeholder: str | None
    autocomplete: str
    icon: str | None
    ignore_rerun: NotRequired[bool]  # on_change="ignore": a commit runs nothing


class TextInputElement(ElementBase):
    kind: Literal["text_input"]
    props: TextInputProps


class TextAreaProps(LabelledProps):
    """st.text_area; value: str | None. Committed on Ctrl/Cmd+Enter or on leaving it."""

    max_chars: int | None
    placeholder: str | None
    height: int | str | None
    ignore_rerun: NotRequired[bool]


class TextAreaElement(ElementBase):
    kind: Literal["text_area"]
    props: TextAreaProps


# ------------------------------------------------------ widgets/number_input.py


class NumberInputProps(LabelledProps):
    """st.number_input; value: a number or None."""

    min: float | None
    max: float | None
    step: float
    format: str  # printf style, e.g. "%0.2f"
    is_int: bool
    placeholder: str | None
    icon: str | None
    ignore_rerun: NotRequired[bool]  # on_change="ignore": a commit runs nothing


class NumberInputElement(ElementBase):
    kind: Literal["number_input"]
    props: NumberInputProps


# ------------------------------------------------------------ widgets/choice.py
# Option widgets send option INDEXES; their props carry the formatted labels.


class RadioProps(LabelledProps):
    """st.radio; value: an option index or None."""

    options: list[str]
    captions: list[str] | None
    horizontal: bool
    index: int | None
    ignore_rerun: bool


class RadioElement(ElementBase):
    kind: Literal["radio"]
    props: RadioProps


class SelectboxProps(LabelledProps):
    """st.selectbox; value: an option index or None (with accept_new_options, also
    {"new": text} for text the user typed that is no option)."""

    options: list[str]
    index: int | None
    placeholder: str | None  # None: the page's own text
    required: bool
    icon: str | None
    accept_new_options: NotRequired[bool]
    # How typing filters the list: "fuzzy" (in-order subsequence, best first), "contains",
    # "prefix", or None (no typing); absent: "fuzzy".
    filter_mode: NotRequired[str | None]
    ignore_rerun: bool


class SelectboxElement(ElementBase):
    kind: Literal["selectbox"]
    props: SelectboxProps


class MultiselectProps(LabelledProps):
    """st.multiselect; value: a list of option indexes (with accept_new_options, also
    {"new": text} items for text the user typed that is no option)."""

    options: list[str]
    max_selections: int | None
    placeholder: str | None
    select_all: bool  # offer "select all"
    filter_mode: NotRequired[str | None]  # as SelectboxProps'
    accept_new_options: NotRequired[bool]
    ignore_rerun: bool


class MultiselectElement(ElementBase):
    kind: Literal["multiselect"]
    props: MultiselectProps


# ------------------------------------------------------------ widgets/slider.py


class SliderProps(LabelledProps):
    """st.slider; value: a number (or [low, high]); ISO text for dates and times.

    Dates and times travel on the track as microseconds since 1970 (wall clock)."""

    data_type: str  # "int" | "float" | "date" | "time" | "datetime"
    min: float
    max: float
    step: float
    format: str
    is_range: bool
    ignore_rerun: bool


class SliderElement(ElementBase):
    kind: Literal["slider"]
    props: SliderProps


class SelectSliderProps(LabelledProps):
    """st.select_slider; value: an option index, or [low, high] indexes."""

    options: list[str]
    is_range: bool
    ignore_rerun: bool


class SelectSliderElement(ElementBase):
    kind: Literal["select_slider"]
    props: SelectSliderProps


# ------------------------------------------------------------- widgets/dates.py


class DateInputProps(LabelledProps):
    """st.date_input; value: a list of ISO dates ([] none, one, or two for a range)."""

    is_range: bool
    min: str  # ISO date
    max: str
    format: str
    required: bool
    clearable: bool
    ignore_rerun: bool


class DateInputElement(ElementBase):
    kind: Literal["date_input"]
    props: DateInputProps


class TimeInputProps(LabelledProps):
    """st.time_input; value: "HH:MM" (or "HH:MM:SS" for steps below a minute) or None."""

    step: int  # seconds
    format: str
    required: bool
    clearable: bool
    ignore_rerun: bool


class TimeInputElement(ElementBase):
    kind: Literal["time_input"]
    props: TimeInputProps


# ------------------------------------------------------------- widgets/color.py


class ColorPickerProps(LabelledProps):
    """st.color_picker; value: a hex string."""

    ignore_rerun: bool


class ColorPickerElement(ElementBase):
    kind: Literal["color_picker"]
    props: ColorPickerProps


# ------------------------------------------------------------- widgets/files.py


class FileUploaderProps(LabelledProps):
    """st.file_uploader; value: [{file_id, name, type, size, data}] (data: base64, sent by
    the page, left out by Python)."""

    type: list[str] | None  # the accepted types (".csv", "image/*", ...)
    multiple: bool
    directory: bool
    max_upload_size_mb: int
    ignore_rerun: bool


class FileUploaderElement(ElementBase):
    kind: Literal["file_uploader"]
    props: FileUploaderProps


# ------------------------------------------------------ widgets/button_group.py


class ButtonGroupProps(LabelledProps):
    """st.pills, st.segmented_control and st.feedback; value: an option index or None
    (single), a list of indexes (multi)."""

    style: str  # "pills" | "segmented_control" | "thumbs" | "faces" | "stars"
    selection_mode: str  # "single" | "multi"
    options: NotRequired[list[str]]  # feedback draws its own
    required: NotRequired[bool]
    ignore_rerun: bool


class ButtonGroupElement(ElementBase):
    kind: Literal["button_group"]
    props: ButtonGroupProps


# -------------------------------------------------------------- widgets/chat.py


class ChatMessageProps(TypedDict):
    """st.chat_message: an avatar, then the message's elements."""

    name: str
    avatar: str
    avatar_type: str  # "icon" | "emoji" | "image"
    width: str | int


class ChatMessageBlock(BlockBase):
    kind: Literal["chat_message"]
    props: ChatMessageProps


class ChatInputProps(TypedDict):
    """st.chat_input: a trigger; its value is the text, or {text, files} with accept_file."""

    placeholder: str
    max_chars: int | None
    disabled: bool
    accept_file: bool | str  # True | False | "multiple" | "directory"
    file_type: list[str]
    max_upload_size_mb: int
    submit_mode: str  # "submit" | "disable" | "stop"
    position: Literal["bottom", "inline"]
    set_text: str | None  # text the app put in the field (once)


class ChatInputElement(ElementBase):
    kind: Literal["chat_input"]
    props: ChatInputProps


# ----------------------------------------------------------- elements/media.py


class MediaRef(TypedDict):
    """Bytes the page shows (shim/media_files.py): sent once per session, then named only."""

    id: str  # content hash
    mime: str
    size: int
    data: NotRequired[str]  # base64: only the first time this session sends these bytes


class SubtitleTrack(TypedDict):
    label: str
    media: MediaRef  # text/vtt


class AudioProps(TypedDict):
    """st.audio: a URL (`src`) or bytes (`media`); times in whole seconds."""

    src: str | None
    media: MediaRef | None
    start_time: int
    end_time: int | None
    loop: bool
    autoplay: bool
    alt: str | None
    width: int | None  # pixels; None: stretch


class AudioElement(ElementBase):
    kind: Literal["audio"]
    props: AudioProps


class VideoProps(AudioProps):
    """st.video; a YouTube link is YouTube's embed URL in `src` (`youtube`)."""

    youtube: bool
    muted: bool
    subtitles: list[SubtitleTrack]


class VideoElement(ElementBase):
    kind: Literal["video"]
    props: VideoProps


class PdfProps(TypedDict):
    """st.pdf, shown in the browser's PDF viewer."""

    src: str | None
    media: MediaRef | None
    height: int | None
    alt: str | None


class PdfElement(ElementBase):
    kind: Literal["pdf"]
    props: PdfProps


# ---------------------------------------------------------- elements/iframe.py


class IframeProps(TypedDict):
    """st.iframe, components.v1.html and components.v1.iframe: a URL, HTML or a file."""

    src: str | None
    srcdoc: str | None
    media: MediaRef | None  # a bundled file the browser shows (a PDF, an image)
    width: str | int  # "stretch" | "content" | pixels
    height: str | int  # "content" (measured) | "stretch" | pixels
    scrolling: bool
    tab_index: int | None
    alt: str | None


class IframeElement(ElementBase):
    kind: Literal["iframe"]
    props: IframeProps


# ---------------------------------------------------- elements/placeholders.py


class SpaceProps(TypedDict):
    """st.space: a size name ("stretch", "xxsmall".."xxlarge") or pixels."""

    size: str | int
    rem: float | None  # the size name's rem


class SpaceElement(ElementBase):
    kind: Literal["space"]
    props: SpaceProps


class SkeletonProps(TypedDict):
    """st.skeleton; `delay_ms`: `with st.skeleton():` shows it only after that long."""

    height: int | None
    stretch_height: bool
    width: int | None
    delay_ms: NotRequired[int]


class SkeletonElement(ElementBase):
    kind: Literal["skeleton"]
    props: SkeletonProps


# ------------------------------------------------------------ elements/help.py


class HelpMember(TypedDict):
    name: str
    type: str
    value: str | None
    doc: str | None


class HelpProps(TypedDict):
    """st.help: the object's name as written, its type, docstring, value and members."""

    name: str | None
    type: str
    doc: str | None
    value: str | None
    members: list[HelpMember]
    width: int | None


class HelpElement(ElementBase):
    kind: Literal["help"]
    props: HelpProps


# ------------------------------------------------------------ elements/grid.py


class GridProps(TypedDict):
    """st.grid: each child is a cell (an element, or a "grid_cell" block)."""

    columns: int | None  # None: "auto"
    min_column_width: int | None  # pixels; None: "auto"
    wrap: bool
    row_gap: str | int | None
    column_gap: str | int | None
    vertical_alignment: str  # "top" | "center" | "bottom"
    border: bool
    row_height: int | None  # pixels; None: "content"
    width: str | int
    height: int | None
    dense: bool


class GridBlock(BlockBase):
    kind: Literal["grid"]
    props: GridProps


class GridCellProps(TypedDict):
    """grid.cell(): one cell holding its elements, spanning tracks."""

    column_span: int | str  # or "all"
    row_span: int


class GridCellBlock(BlockBase):
    kind: Literal["grid_cell"]
    props: GridCellProps


# ---------------------------------------------------- widgets/custom_component.py


class CustomComponentProps(TypedDict):
    """A declare_component instance; value: what the frontend set (JSON; bytes as
    {"__fragc_bytes__": base64})."""

    component_name: str
    path: str | None  # the folder as the manifest's `components` names it
    url: str | None  # a development server (the page says it cannot reach it)
    args: dict[str, Any]
    bytes_args: dict[str, str]  # name -> base64
    tab_index: int | None


class CustomComponentElement(ElementBase):
    kind: Literal["custom_component"]
    props: CustomComponentProps


# ------------------------------------------------------------ widgets/capture.py


class CameraInputProps(LabelledProps):
    """st.camera_input; value: [] or one file {file_id, name, type, size, data}."""

    resolution_height: int | None
    width: str | int
    ignore_rerun: bool


class CameraInputElement(ElementBase):
    kind: Literal["camera_input"]
    props: CameraInputProps


class AudioInputProps(LabelledProps):
    """st.audio_input; value: as st.camera_input's (a WAV)."""

    sample_rate: int | None
    width: str | int
    ignore_rerun: bool


class AudioInputElement(ElementBase):
    kind: Literal["audio_input"]
    props: AudioInputProps


# ----------------------------------------------------- widgets/datetime_input.py


class DatetimeInputProps(LabelledProps):
    """st.datetime_input; value: [] or ["YYYY-MM-DDTHH:MM"]."""

    min: str
    max: str
    step: int  # seconds
    format: str
    required: bool
    clearable: bool
    width: str | int
    ignore_rerun: bool


class DatetimeInputElement(ElementBase):
    kind: Literal["datetime_input"]
    props: DatetimeInputProps


# -------------------------------------------------------- widgets/menu_button.py


class MenuButtonProps(TypedDict):
    """st.menu_button; a trigger: the picked option's index."""

    label: str
    options: list[str]
    help: str | None
    type: str  # "primary" | "secondary" | "tertiary"
    icon: str | None
    disabled: bool
    width: str | int
    wrap: bool | None


class MenuButtonElement(ElementBase):
    kind: Literal["menu_button"]
    props: MenuButtonProps


# --------------------------------------------------------- widgets/pagination.py


class PaginationProps(TypedDict):
    """st.pagination; value: the page (from 1)."""

    num_pages: int
    default: int
    max_visible_pages: int | None
    disabled: bool
    width: str | int
    ignore_rerun: bool


class PaginationElement(ElementBase):
    kind: Literal["pagination"]
    props: PaginationProps


# ------------------------------------------------------- elements/page_link.py


class PageLinkProps(TypedDict):
    """st.page_link: a link to a page of the app (run in place) or to another site."""

    label: str
    url_path: str  # the app page's URL path ("" the default page); unused when external
    external: bool
    url: str  # an external link's address ("" for a page of the app)
    query_string: str  # what the page's URL carries after "?" ("" none)
    icon: str | None
    icon_position: str
    help: str | None
    disabled: bool
    use_container_width: bool


class PageLinkElement(ElementBase):
    kind: Literal["page_link"]
    props: PageLinkProps


# ---------------------------------------------------------------- the unions
# Union[...] rather than `|`: runtime values the generators walk (fragc.protocol.codegen).

Element = Union[  # noqa: UP007
    MarkdownElement,
    HeadingElement,
    TextElement,
    CodeElement,
    JsonElement,
    DividerElement,
    BadgeElement,
    HtmlElement,
    AlertElement,
    ExceptionElement,
    ToastElement,
    MetricElement,
    ProgressElement,
    SpinnerElement,
    BalloonsElement,
    SnowElement,
    EmptyElement,
    ImageElement,
    TableElement,
    DataframeElement,
    VegaLiteChartElement,
    PlotlyChartElement,
    EChartsChartElement,
    GraphvizChartElement,
    DeckGlJsonChartElement,
    DataGridElement,
    ButtonElement,
    DownloadButtonElement,
    LinkButtonElement,
    FormSubmitButtonElement,
    CheckboxElement,
    TextInputElement,
    TextAreaElement,
    NumberInputElement,
    RadioElement,
    SelectboxElement,
    MultiselectElement,
    SliderElement,
    SelectSliderElement,
    DateInputElement,
    TimeInputElement,
    ColorPickerElement,
    FileUploaderElement,
    ButtonGroupElement,
    ChatInputElement,
    AudioElement,
    VideoElement,
    PdfElement,
    IframeElement,
    SpaceElement,
    SkeletonElement,
    HelpElement,
    CustomComponentElement,
    CameraInputElement,
    AudioInputElement,
    DatetimeInputElement,
    MenuButtonElement,
    PaginationElement,
    PageLinkElement,
]

Block = Union[  # noqa: UP007
    VerticalBlock,
    HorizontalBlock,
    ColumnBlock,
    TabsBlock,
    TabBlock,
    ExpanderBlock,
    PopoverBlock,
    StatusBlock,
    DialogBlock,
    FormBlock,
    ChatMessageBlock,
    GridBlock,
    GridCellBlock,
]
