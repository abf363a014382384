// Generated from compiler/fragc/protocol/ by `make schema`; do not edit.
// The page's JSDoc types import these: /** @type {import("./protocol_types").Element} */.

/**
 * What the page needs to drive a widget: its id and the value Python holds.
 *
 * ``value`` is JSON: bool for checkboxes, str|None for text, number|None for number
 * inputs, a list of option indexes for multiselect, an ISO string for dates. The page
 * stores it as the widget's committed value and sends it back in every ``run:request``.
 */
export interface WidgetInfo {
  id: string;
  value: unknown;
  /** A one-shot value (a click, a chat message): the page never stores it; the run the event causes carries it in `trigger_values`, for that run only. */
  trigger?: boolean;
  form_id?: string;
  /** Inside a form: the serialized default, which clear_on_submit restores after a submit. */
  default?: unknown;
  /** True when Python set the value through st.session_state: the page must replace what it holds (Streamlit's ``set_value``). */
  set_value?: boolean;
}

/** What every element carries besides its kind and props. */
export interface ElementBase {
  /** the user key: the element container gets class st-key-<key> */
  key?: string;
  /** present exactly for widgets */
  widget?: WidgetInfo;
}

/** What every block carries besides its kind and props. */
export interface BlockBase {
  /** the user key (a keyed container, a form's key) */
  key?: string;
  /** tabs (value: the chosen label), an expander or a popover (value: open) with on_change */
  widget?: WidgetInfo;
}

/** What every labelled widget carries (``widgets/registry.py`` ``common_props``). */
export interface LabelledProps {
  label: string;
  help: string | null;
  disabled: boolean;
  /** "visible" | "hidden" | "collapsed" */
  label_visibility: string;
}

/** A table as the page draws it (``shim/dataframes.py`` ``frame_json``). */
export interface TableData {
  /** the labels */
  columns: string[];
  /** row-major JSON cells */
  rows: unknown[][];
  /** Per column: "int" | "float" | "bool" | "str" | "datetime" | "date" | "time" | "timedelta" | "category" | "ordered" | "object" | "empty". */
  dtypes: string[];
  /** None: the index is hidden */
  index: unknown[] | null;
  index_name: string | null;
  index_dtype: string;
}

/** A chart's table: labels and row-major cells (``elements/charts.py``). */
export interface ChartData {
  columns: string[];
  rows: unknown[][];
}

/** st.markdown, st.caption and st.latex (whose body is "$$\n...\n$$"). */
export interface MarkdownProps {
  body: string;
  variant: "default" | "caption" | "latex";
  help: string | null;
  unsafe_allow_html?: boolean;
  /** "#" links on the headings inside */
  anchors?: boolean;
  /** "left" | "center" | "right" | "justify" */
  text_alignment?: string;
  /** False: one line, ellipsized */
  wrap?: boolean;
}

export interface MarkdownElement extends ElementBase {
  kind: "markdown";
  props: MarkdownProps;
}

/** st.title, st.header, st.subheader. */
export interface HeadingProps {
  body: string;
  /** 1..6 */
  level: number;
  /** the id | None: slug the text | False: no link */
  anchor: string | boolean | null;
  help: string | null;
  icon: string;
  /** None | "auto" (the page picks the colour) | a colour */
  divider: string | null;
  text_alignment: string;
  wrap: boolean;
}

export interface HeadingElement extends ElementBase {
  kind: "heading";
  props: HeadingProps;
}

/** st.text: preformatted, not markdown. */
export interface TextProps {
  body: string;
  help: string | null;
  text_alignment: string;
  wrap: boolean;
  /** "content" (Streamlit's default), "stretch" or pixels */
  width?: string | number;
}

export interface TextElement extends ElementBase {
  kind: "text";
  props: TextProps;
}

/** st.code, highlighted by the page. */
export interface CodeProps {
  body: string;
  /** "plaintext" when none */
  language: string;
  line_numbers: boolean;
  wrap_lines: boolean;
  /** pixels (scrolls), or None: as tall as the code */
  height: number | null;
}

export interface CodeElement extends ElementBase {
  kind: "code";
  props: CodeProps;
}

/** st.json. */
export interface JsonProps {
  /** the value as JSON text */
  body: string;
  expanded: boolean;
  max_expand_depth: number | null;
}

export interface JsonElement extends ElementBase {
  kind: "json";
  props: JsonProps;
}

/** st.divider. */
export interface DividerProps {
}

export interface DividerElement extends ElementBase {
  kind: "divider";
  props: DividerProps;
}

/** st.badge. */
export interface BadgeProps {
  label: string;
  /** "" for none */
  icon: string;
  color: string;
  help: string | null;
}

export interface BadgeElement extends ElementBase {
  kind: "badge";
  props: BadgeProps;
}

/** st.html (the page sanitises it with DOMPurify unless unsafe_allow_javascript). */
export interface HtmlProps {
  body: string;
  unsafe_allow_javascript: boolean;
}

export interface HtmlElement extends ElementBase {
  kind: "html";
  props: HtmlProps;
}

/** st.info, st.success, st.warning, st.error. */
export interface AlertProps {
  variant: "info" | "success" | "warning" | "error";
  body: string;
  icon: string | null;
  title: string | null;
}

export interface AlertElement extends ElementBase {
  kind: "alert";
  props: AlertProps;
}

/** st.exception, and an exception the script left uncaught. */
export interface ExceptionProps {
  /** the exception class's name */
  type: string;
  message: string;
  /** the user's frames ("File ..., line N, in f" and the source line) */
  traceback: string[];
  file: string | null;
  line: number | null;
}

export interface ExceptionElement extends ElementBase {
  kind: "exception";
  props: ExceptionProps;
}

/**
 * st.toast (written to ROOT_EVENT; container.toast into the container): the page
 * shows it when its delta arrives, floating above the page, wherever its slot is.
 */
export interface ToastProps {
  body: string;
  icon: string | null;
  /** seconds; None: until closed */
  duration: number | null;
}

export interface ToastElement extends ElementBase {
  kind: "toast";
  props: ToastProps;
}

/** st.metric. Python decides the delta's colour and arrow, as Streamlit does. */
export interface MetricProps {
  label: string;
  value: string;
  delta: string | null;
  /** as the app passed it */
  delta_color: string;
  /** the delta's colour: "green" | "red" | "gray" | a palette colour */
  color: string;
  /** the delta's arrow */
  direction: "up" | "down" | "none";
  delta_description: string | null;
  help: string | null;
  icon: string | null;
  label_visibility: string;
  border: boolean;
  chart_data: number[];
  /** "line" | "bar" | "area" */
  chart_type: string;
  /** st.metric(format=...): applied by the page, as Streamlit's, to a value or delta the app gave as a number (a string is shown as it is). */
  format?: string | null;
  value_is_number?: boolean;
  delta_is_number?: boolean;
}

export interface MetricElement extends ElementBase {
  kind: "metric";
  props: MetricProps;
}

/** st.progress. */
export interface ProgressProps {
  /** 0..100 */
  value: number;
  text: string | null;
}

export interface ProgressElement extends ElementBase {
  kind: "progress";
  props: ProgressProps;
}

/**
 * st.spinner: written at its container's next slot without taking it (Streamlit's
 * transient element), replaced by an "empty" when its block ends.
 */
export interface SpinnerProps {
  text: string;
  /** the page shows a clock */
  show_time: boolean;
  /** a cached function's spinner */
  cache: boolean;
  /** The packages a page is waiting for before its first run (shim/page_packages.py): the page marks that spinner as fragc's own (`fragcPagePackages`). */
  packages?: string[];
}

export interface SpinnerElement extends ElementBase {
  kind: "spinner";
  props: SpinnerProps;
}

/** st.balloons and st.snow. */
export interface EffectProps {
  /** new for every call: the page replays the animation */
  effect: number;
}

export interface BalloonsElement extends ElementBase {
  kind: "balloons";
  props: EffectProps;
}

export interface SnowElement extends ElementBase {
  kind: "snow";
  props: EffectProps;
}

/** st.status: an expander whose icon shows the state. */
export interface StatusProps {
  label: string;
  /** None: keep what the user chose (status.update()) */
  expanded: boolean | null;
  /** "running" | "complete" | "error" */
  state: string;
  /** "default" | "compact" | "step" */
  type: string;
}

export interface StatusBlock extends BlockBase {
  kind: "status";
  props: StatusProps;
}

/** st.empty (a placeholder each write replaces), and what ends a spinner. */
export interface EmptyProps {
}

export interface EmptyElement extends ElementBase {
  kind: "empty";
  props: EmptyProps;
}

/** st.container, and the container of every fragment. */
export interface VerticalProps {
  border: boolean;
  /** pixels (the content scrolls), or None */
  height: number | null;
  stretch_height: boolean;
  width: string | number;
  horizontal: boolean;
  wrap: boolean;
  /** "left" | "center" | "right" | "distribute" */
  horizontal_alignment: string;
  /** "top" | "center" | "bottom" | "distribute" */
  vertical_alignment: string;
  gap: string | number | null;
  autoscroll: boolean | null;
  /** A fragment's container: the fragment's manifest id (`file:qualname`). */
  fragment?: string;
}

export interface VerticalBlock extends BlockBase {
  kind: "vertical";
  props: VerticalProps;
}

/** The row holding st.columns. */
export interface HorizontalProps {
  gap: string | number | null;
  vertical_alignment: string;
  width: string | number;
  wrap: boolean;
}

export interface HorizontalBlock extends BlockBase {
  kind: "horizontal";
  props: HorizontalProps;
}

/** One of st.columns. */
export interface ColumnProps {
  /** its share of the row (the weights of a row add up to 1) */
  weight: number;
  gap: string | number | null;
  vertical_alignment: string;
  border: boolean;
}

export interface ColumnBlock extends BlockBase {
  kind: "column";
  props: ColumnProps;
}

/** st.tabs; its children are "tab" blocks. */
export interface TabsProps {
  labels: string[];
  default: string | null;
  default_index: number;
  width: string | number;
  height: number | null;
}

export interface TabsBlock extends BlockBase {
  kind: "tabs";
  props: TabsProps;
}

/** One tab of st.tabs. */
export interface TabProps {
  label: string;
}

export interface TabBlock extends BlockBase {
  kind: "tab";
  props: TabProps;
}

/** st.expander (open or closed is page state once drawn). */
export interface ExpanderProps {
  label: string;
  expanded: boolean;
  icon: string | null;
  /** "default" | "compact" | "step" */
  type: string;
  width: string | number;
}

export interface ExpanderBlock extends BlockBase {
  kind: "expander";
  props: ExpanderProps;
}

/** st.popover. */
export interface PopoverProps {
  label: string;
  /** "primary" | "secondary" | "tertiary" */
  type: string;
  help: string | null;
  icon: string | null;
  disabled: boolean;
  use_container_width: boolean;
  width: string | number;
  wrap: boolean | null;
}

export interface PopoverBlock extends BlockBase {
  kind: "popover";
  props: PopoverProps;
}

/** st.dialog's modal, in ROOT_EVENT (open or dismissed is page state). */
export interface DialogProps {
  title: string;
  /** "small" | "medium" | "large" */
  width: string;
  /** the app's width in pixels (`width` stays "small") */
  pixel_width?: number;
  /** "left" | "center" | "right" */
  position: string;
  dismissible: boolean;
  icon: string | null;
  is_open: boolean;
  /** With on_dismiss: dismissing sends this id as a trigger, a run of the block's fragment. */
  dismiss_widget_id?: string;
}

export interface DialogBlock extends BlockBase {
  kind: "dialog";
  props: DialogProps;
}

export interface ImageItem {
  /** a URL, or a data: URL Python built from the bytes */
  src: string;
  caption: string | null;
  /** None: no alt attribute; "": a decorative image */
  alt: string | null;
}

/** st.image: one or more images side by side. */
export interface ImageProps {
  images: ImageItem[];
  /** pixels */
  width: number | null;
  stretch: boolean;
  /** one image only */
  link: string | null;
}

export interface ImageElement extends ElementBase {
  kind: "image";
  props: ImageProps;
}

/** st.table: every cell shown, markdown in cells. */
export interface TableProps extends TableData {
  /** "all" | "none" | "horizontal" */
  border: string;
  hide_header: boolean;
  width: string | number;
  height: string | number;
  alt: string | null;
}

export interface TableElement extends ElementBase {
  kind: "table";
  props: TableProps;
}

/** st.dataframe: a scrolling, sortable grid. */
export interface DataframeProps extends TableData {
  width: string | number;
  /** "auto" | "content" | "stretch" | pixels */
  height: string | number;
  row_height: number | null;
  /** what an empty cell shows */
  placeholder: string | null;
  alt: string | null;
}

export interface DataframeElement extends ElementBase {
  kind: "dataframe";
  props: DataframeProps;
}

/** st.vega_lite_chart, st.altair_chart and the built-in charts (drawn by vega-embed). */
export interface VegaLiteChartProps {
  /** the Vega-Lite spec as JSON text, its data taken out */
  spec: string;
  data: ChartData | null;
  datasets: Record<string, ChartData>;
  width: string | number | null;
  height: string | number;
  /** "streamlit" | None */
  theme: string | null;
  use_container_width: boolean | null;
  /** st.line_chart and the like */
  builtin: boolean;
  /** canvas for many points */
  renderer: "svg" | "canvas";
  alt: string | null;
  /** With on_select (a widget): the selection parameters whose state is its value. */
  selection?: string[];
}

export interface VegaLiteChartElement extends ElementBase {
  kind: "vega_lite_chart";
  props: VegaLiteChartProps;
}

/** st.plotly_chart (``optional/plotly.py``); a widget with ``on_select``. */
export interface PlotlyChartProps {
  /** Plotly's JSON of the figure (the "streamlit" template's placeholder colours) */
  spec: string;
  /** plotly.js's config as JSON text */
  config: string;
  /** "streamlit" | None */
  theme: string | null;
  /** "stretch" | pixels ("content" resolved by Python) */
  width: string | number;
  /** pixels ("content" resolved by Python) | "stretch" */
  height: string | number;
  /** of "box", "lasso", "points"; empty: no selections */
  selection_mode: string[];
  alt: string | null;
}

export interface PlotlyChartElement extends ElementBase {
  kind: "plotly_chart";
  props: PlotlyChartProps;
}

/** st.echarts_chart (``optional/echarts.py``); a widget with ``on_select``. */
export interface EChartsChartProps {
  /** the option's JSON */
  spec: string;
  theme: string | null;
  renderer: "canvas" | "svg";
  /** as plotly_chart's */
  width: string | number;
  height: string | number;
  /** on_select is on */
  selection: boolean;
  alt: string | null;
}

export interface EChartsChartElement extends ElementBase {
  kind: "echarts_chart";
  props: EChartsChartProps;
}

/** st.graphviz_chart (``optional/graphviz.py``), laid out by Graphviz's wasm in the page. */
export interface GraphvizChartProps {
  /** DOT */
  spec: string;
  /** "dot", "neato", ... */
  engine: string;
  /** the picture's box gets the id st-graphviz-chart-<element_id> */
  element_id: string;
  width: string | number;
  height: string | number;
  alt: string | null;
}

export interface GraphvizChartElement extends ElementBase {
  kind: "graphviz_chart";
  props: GraphvizChartProps;
}

/** st.map and st.pydeck_chart (``optional/maps.py``), drawn by deck.gl. */
export interface DeckGlJsonChartProps {
  /** pydeck's JSON of the deck */
  json: string;
  /** JSON text: {html|text, style} */
  tooltip: string | null;
  mapbox_token: string | null;
  width: string | number;
  height: string | number;
  /** "single-object" | "multi-object"; None: no selections */
  selection_mode: string | null;
  alt: string | null;
}

export interface DeckGlJsonChartElement extends ElementBase {
  kind: "deck_gl_json_chart";
  props: DeckGlJsonChartProps;
}

/**
 * st.data_editor, and st.dataframe with column types or selections (``optional/grid``).
 *
 * ``index`` is always sent; ``column_config["_index"]["hidden"]`` hides it.
 */
export interface DataGridProps extends TableData {
  /** each column's (and "_index"'s) Streamlit ColumnDataKind */
  data_kinds: Record<string, string>;
  /** by column name (st.column_config's dicts) */
  column_config: Record<string, Record<string, unknown>>;
  column_order: string[] | null;
  editing: "read_only" | "fixed" | "dynamic" | "add" | "delete";
  disabled: boolean;
  /** st.dataframe's; empty: no selections */
  selection_mode: string[];
  /** a ButtonColumn's column -> the widget its clicks trigger */
  button_widgets: Record<string, string>;
  width: string | number;
  /** "auto" | "content" | "stretch" | pixels */
  height: string | number;
  row_height: number | null;
  placeholder: string | null;
  alt: string | null;
  /** data_editor(on_change="ignore") */
  ignore_rerun: boolean;
}

export interface DataGridElement extends ElementBase {
  kind: "data_grid";
  props: DataGridProps;
}

/** st.button: a trigger widget (its value is True only in the run its click causes). */
export interface ButtonProps {
  label: string;
  help: string | null;
  /** "primary" | "secondary" | "tertiary" */
  type: string;
  icon: string | null;
  /** "left" | "right" */
  icon_position?: string;
  disabled: boolean;
  use_container_width: boolean;
  /** The normalized keyboard shortcut ("ctrl+j"): shown in a <kbd>, a press clicks. */
  shortcut?: string | null;
}

export interface ButtonElement extends ElementBase {
  kind: "button";
  props: ButtonProps;
}

/** st.download_button: the page saves the file; the click is a trigger unless ignored. */
export interface DownloadButtonProps {
  label: string;
  help: string | null;
  type: string;
  icon: string | null;
  /** "left" | "right" */
  icon_position: string;
  disabled: boolean;
  use_container_width: boolean;
  ignore_rerun: boolean;
  shortcut?: string | null;
  /** the file's bytes in base64 */
  data: string;
  mime: string;
  file_name: string;
}

export interface DownloadButtonElement extends ElementBase {
  kind: "download_button";
  props: DownloadButtonProps;
}

/** st.link_button: opens its URL; a widget (the click a trigger) only with on_click. */
export interface LinkButtonProps {
  label: string;
  url: string;
  help: string | null;
  type: string;
  icon: string | null;
  icon_position: string;
  disabled: boolean;
  use_container_width: boolean;
  ignore_rerun: boolean;
  shortcut?: string | null;
}

export interface LinkButtonElement extends ElementBase {
  kind: "link_button";
  props: LinkButtonProps;
}

/** st.form: its widgets commit together when a submit button of the form is clicked. */
export interface FormProps {
  form_id: string;
  clear_on_submit: boolean;
  enter_to_submit: boolean;
  border: boolean;
}

export interface FormBlock extends BlockBase {
  kind: "form";
  props: FormProps;
}

/** st.form_submit_button: a trigger; its click submits the form. */
export interface FormSubmitButtonProps {
  label: string;
  help: string | null;
  type: string;
  icon: string | null;
  icon_position: string;
  disabled: boolean;
  use_container_width: boolean;
}

export interface FormSubmitButtonElement extends ElementBase {
  kind: "form_submit_button";
  props: FormSubmitButtonProps;
}

/** st.checkbox and st.toggle; value: bool. */
export interface CheckboxProps extends LabelledProps {
  /** draw a switch */
  toggle: boolean;
  /** on_change="ignore": a change runs nothing */
  ignore_rerun?: boolean;
}

export interface CheckboxElement extends ElementBase {
  kind: "checkbox";
  props: CheckboxProps;
}

/** st.text_input; value: str | None. Committed on Enter or when it loses the focus. */
export interface TextInputProps extends LabelledProps {
  max_chars: number | null;
  /** "default" | "password" | "email" | "url" | "phone" | "search" */
  type: string;
  placeholder: string | null;
  autocomplete: string;
  icon: string | null;
  /** on_change="ignore": a commit runs nothing */
  ignore_rerun?: boolean;
}

export interface TextInputElement extends ElementBase {
  kind: "text_input";
  props: TextInputProps;
}

/** st.text_area; value: str | None. Committed on Ctrl/Cmd+Enter or on leaving it. */
export interface TextAreaProps extends LabelledProps {
  max_chars: number | null;
  placeholder: string | null;
  height: number | string | null;
  ignore_rerun?: boolean;
}

export interface TextAreaElement extends ElementBase {
  kind: "text_area";
  props: TextAreaProps;
}

/** st.number_input; value: a number or None. */
export interface NumberInputProps extends LabelledProps {
  min: number | null;
  max: number | null;
  step: number;
  /** printf style, e.g. "%0.2f" */
  format: string;
  is_int: boolean;
  placeholder: string | null;
  icon: string | null;
  /** on_change="ignore": a commit runs nothing */
  ignore_rerun?: boolean;
}

export interface NumberInputElement extends ElementBase {
  kind: "number_input";
  props: NumberInputProps;
}

/** st.radio; value: an option index or None. */
export interface RadioProps extends LabelledProps {
  options: string[];
  captions: string[] | null;
  horizontal: boolean;
  index: number | null;
  ignore_rerun: boolean;
}

export interface RadioElement extends ElementBase {
  kind: "radio";
  props: RadioProps;
}

/**
 * st.selectbox; value: an option index or None (with accept_new_options, also
 * {"new": text} for text the user typed that is no option).
 */
export interface SelectboxProps extends LabelledProps {
  options: string[];
  index: number | null;
  /** None: the page's own text */
  placeholder: string | null;
  required: boolean;
  icon: string | null;
  accept_new_options?: boolean;
  /** How typing filters the list: "fuzzy" (in-order subsequence, best first), "contains", "prefix", or None (no typing); absent: "fuzzy". */
  filter_mode?: string | null;
  ignore_rerun: boolean;
}

export interface SelectboxElement extends ElementBase {
  kind: "selectbox";
  props: SelectboxProps;
}

/**
 * st.multiselect; value: a list of option indexes (with accept_new_options, also
 * {"new": text} items for text the user typed that is no option).
 */
export interface MultiselectProps extends LabelledProps {
  options: string[];
  max_selections: number | null;
  placeholder: string | null;
  /** offer "select all" */
  select_all: boolean;
  /** as SelectboxProps' */
  filter_mode?: string | null;
  accept_new_options?: boolean;
  ignore_rerun: boolean;
}

export interface MultiselectElement extends ElementBase {
  kind: "multiselect";
  props: MultiselectProps;
}

/**
 * st.slider; value: a number (or [low, high]); ISO text for dates and times.
 *
 * Dates and times travel on the track as microseconds since 1970 (wall clock).
 */
export interface SliderProps extends LabelledProps {
  /** "int" | "float" | "date" | "time" | "datetime" */
  data_type: string;
  min: number;
  max: number;
  step: number;
  format: string;
  is_range: boolean;
  ignore_rerun: boolean;
}

export interface SliderElement extends ElementBase {
  kind: "slider";
  props: SliderProps;
}

/** st.select_slider; value: an option index, or [low, high] indexes. */
export interface SelectSliderProps extends LabelledProps {
  options: string[];
  is_range: boolean;
  ignore_rerun: boolean;
}

export interface SelectSliderElement extends ElementBase {
  kind: "select_slider";
  props: SelectSliderProps;
}

/** st.date_input; value: a list of ISO dates ([] none, one, or two for a range). */
export interface DateInputProps extends LabelledProps {
  is_range: boolean;
  /** ISO date */
  min: string;
  max: string;
  format: string;
  required: boolean;
  clearable: boolean;
  ignore_rerun: boolean;
}

export interface DateInputElement extends ElementBase {
  kind: "date_input";
  props: DateInputProps;
}

/** st.time_input; value: "HH:MM" (or "HH:MM:SS" for steps below a minute) or None. */
export interface TimeInputProps extends LabelledProps {
  /** seconds */
  step: number;
  format: string;
  required: boolean;
  clearable: boolean;
  ignore_rerun: boolean;
}

export interface TimeInputElement extends ElementBase {
  kind: "time_input";
  props: TimeInputProps;
}

/** st.color_picker; value: a hex string. */
export interface ColorPickerProps extends LabelledProps {
  ignore_rerun: boolean;
}

export interface ColorPickerElement extends ElementBase {
  kind: "color_picker";
  props: ColorPickerProps;
}

/**
 * st.file_uploader; value: [{file_id, name, type, size, data}] (data: base64, sent by
 * the page, left out by Python).
 */
export interface FileUploaderProps extends LabelledProps {
  /** the accepted types (".csv", "image/*", ...) */
  type: string[] | null;
  multiple: boolean;
  directory: boolean;
  max_upload_size_mb: number;
  ignore_rerun: boolean;
}

export interface FileUploaderElement extends ElementBase {
  kind: "file_uploader";
  props: FileUploaderProps;
}

/**
 * st.pills, st.segmented_control and st.feedback; value: an option index or None
 * (single), a list of indexes (multi).
 */
export interface ButtonGroupProps extends LabelledProps {
  /** "pills" | "segmented_control" | "thumbs" | "faces" | "stars" */
  style: string;
  /** "single" | "multi" */
  selection_mode: string;
  /** feedback draws its own */
  options?: string[];
  required?: boolean;
  ignore_rerun: boolean;
}

export interface ButtonGroupElement extends ElementBase {
  kind: "button_group";
  props: ButtonGroupProps;
}

/** st.chat_message: an avatar, then the message's elements. */
export interface ChatMessageProps {
  name: string;
  avatar: string;
  /** "icon" | "emoji" | "image" */
  avatar_type: string;
  width: string | number;
}

export interface ChatMessageBlock extends BlockBase {
  kind: "chat_message";
  props: ChatMessageProps;
}

/** st.chat_input: a trigger; its value is the text, or {text, files} with accept_file. */
export interface ChatInputProps {
  placeholder: string;
  max_chars: number | null;
  disabled: boolean;
  /** True | False | "multiple" | "directory" */
  accept_file: boolean | string;
  file_type: string[];
  max_upload_size_mb: number;
  /** "submit" | "disable" | "stop" */
  submit_mode: string;
  position: "bottom" | "inline";
  /** text the app put in the field (once) */
  set_text: string | null;
}

export interface ChatInputElement extends ElementBase {
  kind: "chat_input";
  props: ChatInputProps;
}

/** Bytes the page shows (shim/media_files.py): sent once per session, then named only. */
export interface MediaRef {
  /** content hash */
  id: string;
  mime: string;
  size: number;
  /** base64: only the first time this session sends these bytes */
  data?: string;
}

export interface SubtitleTrack {
  label: string;
  /** text/vtt */
  media: MediaRef;
}

/** st.audio: a URL (`src`) or bytes (`media`); times in whole seconds. */
export interface AudioProps {
  src: string | null;
  media: MediaRef | null;
  start_time: number;
  end_time: number | null;
  loop: boolean;
  autoplay: boolean;
  alt: string | null;
  /** pixels; None: stretch */
  width: number | null;
}

export interface AudioElement extends ElementBase {
  kind: "audio";
  props: AudioProps;
}

/** st.video; a YouTube link is YouTube's embed URL in `src` (`youtube`). */
export interface VideoProps extends AudioProps {
  youtube: boolean;
  muted: boolean;
  subtitles: SubtitleTrack[];
}

export interface VideoElement extends ElementBase {
  kind: "video";
  props: VideoProps;
}

/** st.pdf, shown in the browser's PDF viewer. */
export interface PdfProps {
  src: string | null;
  media: MediaRef | null;
  height: number | null;
  alt: string | null;
}

export interface PdfElement extends ElementBase {
  kind: "pdf";
  props: PdfProps;
}

/** st.iframe, components.v1.html and components.v1.iframe: a URL, HTML or a file. */
export interface IframeProps {
  src: string | null;
  srcdoc: string | null;
  /** a bundled file the browser shows (a PDF, an image) */
  media: MediaRef | null;
  /** "stretch" | "content" | pixels */
  width: string | number;
  /** "content" (measured) | "stretch" | pixels */
  height: string | number;
  scrolling: boolean;
  tab_index: number | null;
  alt: string | null;
}

export interface IframeElement extends ElementBase {
  kind: "iframe";
  props: IframeProps;
}

/** st.space: a size name ("stretch", "xxsmall".."xxlarge") or pixels. */
export interface SpaceProps {
  size: string | number;
  /** the size name's rem */
  rem: number | null;
}

export interface SpaceElement extends ElementBase {
  kind: "space";
  props: SpaceProps;
}

/** st.skeleton; `delay_ms`: `with st.skeleton():` shows it only after that long. */
export interface SkeletonProps {
  height: number | null;
  stretch_height: boolean;
  width: number | null;
  delay_ms?: number;
}

export interface SkeletonElement extends ElementBase {
  kind: "skeleton";
  props: SkeletonProps;
}

export interface HelpMember {
  name: string;
  type: string;
  value: string | null;
  doc: string | null;
}

/** st.help: the object's name as written, its type, docstring, value and members. */
export interface HelpProps {
  name: string | null;
  type: string;
  doc: string | null;
  value: string | null;
  members: HelpMember[];
  width: number | null;
}

export interface HelpElement extends ElementBase {
  kind: "help";
  props: HelpProps;
}

/** st.grid: each child is a cell (an element, or a "grid_cell" block). */
export interface GridProps {
  /** None: "auto" */
  columns: number | null;
  /** pixels; None: "auto" */
  min_column_width: number | null;
  wrap: boolean;
  row_gap: string | number | null;
  column_gap: string | number | null;
  /** "top" | "center" | "bottom" */
  vertical_alignment: string;
  border: boolean;
  /** pixels; None: "content" */
  row_height: number | null;
  width: string | number;
  height: number | null;
  dense: boolean;
}

export interface GridBlock extends BlockBase {
  kind: "grid";
  props: GridProps;
}

/** grid.cell(): one cell holding its elements, spanning tracks. */
export interface GridCellProps {
  /** or "all" */
  column_span: number | string;
  row_span: number;
}

export interface GridCellBlock extends BlockBase {
  kind: "grid_cell";
  props: GridCellProps;
}

/**
 * A declare_component instance; value: what the frontend set (JSON; bytes as
 * {"__fragc_bytes__": base64}).
 */
export interface CustomComponentProps {
  component_name: string;
  /** the folder as the manifest's `components` names it */
  path: string | null;
  /** a development server (the page says it cannot reach it) */
  url: string | null;
  args: Record<string, unknown>;
  /** name -> base64 */
  bytes_args: Record<string, string>;
  tab_index: number | null;
}

export interface CustomComponentElement extends ElementBase {
  kind: "custom_component";
  props: CustomComponentProps;
}

/** st.camera_input; value: [] or one file {file_id, name, type, size, data}. */
export interface CameraInputProps extends LabelledProps {
  resolution_height: number | null;
  width: string | number;
  ignore_rerun: boolean;
}

export interface CameraInputElement extends ElementBase {
  kind: "camera_input";
  props: CameraInputProps;
}

/** st.audio_input; value: as st.camera_input's (a WAV). */
export interface AudioInputProps extends LabelledProps {
  sample_rate: number | null;
  width: string | number;
  ignore_rerun: boolean;
}

export interface AudioInputElement extends ElementBase {
  kind: "audio_input";
  props: AudioInputProps;
}

/** st.datetime_input; value: [] or ["YYYY-MM-DDTHH:MM"]. */
export interface DatetimeInputProps extends LabelledProps {
  min: string;
  max: string;
  /** seconds */
  step: number;
  format: string;
  required: boolean;
  clearable: boolean;
  width: string | number;
  ignore_rerun: boolean;
}

export interface DatetimeInputElement extends ElementBase {
  kind: "datetime_input";
  props: DatetimeInputProps;
}

/** st.menu_button; a trigger: the picked option's index. */
export interface MenuButtonProps {
  label: string;
  options: string[];
  help: string | null;
  /** "primary" | "secondary" | "tertiary" */
  type: string;
  icon: string | null;
  disabled: boolean;
  width: string | number;
  wrap: boolean | null;
}

export interface MenuButtonElement extends ElementBase {
  kind: "menu_button";
  props: MenuButtonProps;
}

/** st.pagination; value: the page (from 1). */
export interface PaginationProps {
  num_pages: number;
  default: number;
  max_visible_pages: number | null;
  disabled: boolean;
  width: string | number;
  ignore_rerun: boolean;
}

export interface PaginationElement extends ElementBase {
  kind: "pagination";
  props: PaginationProps;
}

/** st.page_link: a link to a page of the app (run in place) or to another site. */
export interface PageLinkProps {
  label: string;
  /** the app page's URL path ("" the default page); unused when external */
  url_path: string;
  external: boolean;
  /** an external link's address ("" for a page of the app) */
  url: string;
  /** what the page's URL carries after "?" ("" none) */
  query_string: string;
  icon: string | null;
  icon_position: string;
  help: string | null;
  disabled: boolean;
  use_container_width: boolean;
}

export interface PageLinkElement extends ElementBase {
  kind: "page_link";
  props: PageLinkProps;
}


/** Every element, by its kind. */
export type Element =
  | MarkdownElement
  | HeadingElement
  | TextElement
  | CodeElement
  | JsonElement
  | DividerElement
  | BadgeElement
  | HtmlElement
  | AlertElement
  | ExceptionElement
  | ToastElement
  | MetricElement
  | ProgressElement
  | SpinnerElement
  | BalloonsElement
  | SnowElement
  | EmptyElement
  | ImageElement
  | TableElement
  | DataframeElement
  | VegaLiteChartElement
  | PlotlyChartElement
  | EChartsChartElement
  | GraphvizChartElement
  | DeckGlJsonChartElement
  | DataGridElement
  | ButtonElement
  | DownloadButtonElement
  | LinkButtonElement
  | FormSubmitButtonElement
  | CheckboxElement
  | TextInputElement
  | TextAreaElement
  | NumberInputElement
  | RadioElement
  | SelectboxElement
  | MultiselectElement
  | SliderElement
  | SelectSliderElement
  | DateInputElement
  | TimeInputElement
  | ColorPickerElement
  | FileUploaderElement
  | ButtonGroupElement
  | ChatInputElement
  | AudioElement
  | VideoElement
  | PdfElement
  | IframeElement
  | SpaceElement
  | SkeletonElement
  | HelpElement
  | CustomComponentElement
  | CameraInputElement
  | AudioInputElement
  | DatetimeInputElement
  | MenuButtonElement
  | PaginationElement
  | PageLinkElement;
/** Every block, by its kind. */
export type Block =
  | VerticalBlock
  | HorizontalBlock
  | ColumnBlock
  | TabsBlock
  | TabBlock
  | ExpanderBlock
  | PopoverBlock
  | StatusBlock
  | DialogBlock
  | FormBlock
  | ChatMessageBlock
  | GridBlock
  | GridCellBlock;
export type ElementKind = Element["kind"];
export type BlockKind = Block["kind"];
/** The props of one element kind: `ElementProps<"markdown">` is `MarkdownProps`. */
export type ElementProps<K extends ElementKind> = Extract<Element, { kind: K }>["props"];
/** The props of one block kind. */
export type BlockProps<K extends BlockKind> = Extract<Block, { kind: K }>["props"];

/**
 * One slot of the page: ``path`` = [root, index, index, ...].
 *
 * Exactly one of ``element`` and ``block`` is present. ``fragment_id`` is the id
 * of the fragment that was running when Python wrote the delta (None outside
 * fragments); the page uses it to prune after a fragment run.
 */
export interface Delta {
  path: number[];
  fragment_id: string | null;
  element?: Element;
  block?: Block;
}

/**
 * A function the compiler found decorated as a fragment (or a dialog).
 *
 * ``id`` is static (``file:qualname``); the runtime id of each *call* of the
 * function is Streamlit's md5 of qualname + delta path, and run messages carry
 * both.
 */
export interface ManifestFragment {
  id: string;
  qualname: string;
  file: string;
  line: number;
  kind: "fragment" | "dialog";
  /** as written, e.g. "st.fragment(run_every=2)" */
  decorator: string;
  /** seconds, when the argument is a literal */
  run_every: number | null;
}

export interface ManifestFile {
  /** relative to the app's directory, as the app sees it */
  path: string;
  sha256: string;
}

/** The Pyodide memory snapshot the worker starts Python from (site/snapshot.py). */
export interface ManifestSnapshot {
  /** relative to index.html */
  url: string;
  /** gzip of: header, zero-page bitmap, non-zero pages */
  format: "fragc-snapshot-1";
  /** the file's size */
  bytes: number;
  /** the memory image's size once decoded */
  image_bytes: number;
}

export interface Manifest {
  fragc_version: string;
  protocol_version: number;
  pyodide_version: string;
  /** the app script, relative path */
  entry: string;
  /** the page title before set_page_config runs */
  title: string;
  /** URL (relative to index.html) of the zip holding the app + shim */
  bundle: string;
  bundle_sha256: string;
  files: ManifestFile[];
  fragments: ManifestFragment[];
  /** Pyodide package names to load at boot (wheels in the site) */
  packages: string[];
  /** The site's pyodide-lock.json (URL relative to index.html), or None when `packages` is empty; `cdn_packages` are those the page downloads from Pyodide's CDN, not the site. fragc always writes both; NotRequired keeps older manifests valid. */
  package_lock?: string | null;
  cdn_packages?: string[];
  /** A multipage app: page script (relative to the entry's folder, POSIX) -> the packages only that page imports, which the worker loads (from `package_lock`) before the page's first run instead of at boot. Absent: every package loads at boot. */
  page_packages?: Record<string, string[]>;
  /** Content-hashed folders (URLs relative to index.html, ending in "/"): the runtime's files and Pyodide's. Older manifests: "assets/" and "pyodide/". */
  runtime?: string;
  pyodide?: string;
  snapshot?: ManifestSnapshot | null;
  /** What the worker downloads while booting, URL (relative to index.html) -> bytes, for the page's progress line ("12.1 of 15.3 MB"). */
  downloads?: Record<string, number>;
  /** Only in a site `fragc dev` serves (the page then follows its builds). */
  dev?: ManifestDev;
  /** Custom component frontends the build copied into the site: the folder's path as declare_component(path=...) names it (relative to the app, POSIX; a package's: "site-packages/<path>") -> the URL of its copy (relative to index.html, ending in "/"). `fragc build` always writes it. */
  components?: Record<string, string>;
  /** The entry script calls st.navigation: the app's pages are the ones it lists, and a pages/ folder beside it is not the navigation (as in Streamlit), from the first run. `fragc build` always writes it. */
  navigation?: boolean;
}

/** What the page of a ``fragc dev`` site needs to follow the builds. */
export interface ManifestDev {
  /** URL (relative to index.html) of the server-sent build events */
  events: string;
  /** the build this page was written by */
  build_id: number;
  /** package -> wheel URL (relative to index.html, or absolute) */
  package_files: Record<string, string>;
}

/** What a worker the page restarted (after a Stop or a crash) gets from the one before. */
export interface BootRestore {
  /** the JSON text of the last ``session:state``, as it came */
  session_state: string;
}

export interface BootStart {
  type: "boot:start";
  protocol_version: number;
  manifest: Manifest;
  /** absolute URL of the directory holding index.html */
  base_url: string;
  restore?: BootRestore;
}

/**
 * What the browser tells Python about itself with each ``run:request`` (``st.context``).
 *
 * ``timezone_offset`` is JavaScript's ``Date.getTimezoneOffset()`` (minutes, positive
 * west of UTC); ``url`` has no query string or hash; ``color_scheme`` is the theme the
 * page shows ("light"|"dark").
 */
export interface ClientContext {
  cookies?: Record<string, string>;
  timezone?: string;
  timezone_offset?: number;
  locale?: string;
  url?: string;
  color_scheme?: string;
  is_embedded?: boolean;
}

/**
 * Run the script (``fragment_ids`` empty) or the listed fragments, in order.
 *
 * ``widget_states`` holds every committed widget value the page knows;
 * ``trigger_values`` the one-shot values (a button click is ``true``, a chat
 * message its text) that hold for this run only.
 */
export interface RunRequest {
  type: "run:request";
  fragment_ids: string[];
  widget_states: Record<string, unknown>;
  trigger_values: Record<string, unknown>;
  /** a run_every tick */
  is_auto: boolean;
  query_string: string;
  /** what st.context reads */
  context?: ClientContext;
  /** A multipage app's page the address bar shows: its URL path under the site's base ("" for the entry script). Absent: the page of the previous run. */
  page?: string;
}

export interface BootProgress {
  type: "boot:progress";
  /** the stage, e.g. "Loading Python…" */
  message: string;
  /** bytes of the boot downloads received so far */
  loaded?: number;
  /** bytes of all boot downloads (the manifest's `downloads`) */
  total?: number;
}

export interface BootError {
  type: "boot:error";
  message: string;
  detail: string;
}

export interface BootReady {
  type: "boot:ready";
  protocol_version: number;
  fragc_version: string;
  python_version: string;
}

export interface RunStarted {
  type: "run:started";
  run_id: string;
  /** empty for a full run */
  fragment_ids: string[];
}

export interface RunDeltas {
  type: "run:deltas";
  run_id: string;
  deltas: Delta[];
}

export interface RunFinished {
  type: "run:finished";
  run_id: string;
  status: RunStatus;
}

/** Python has handled a ``run:request`` completely (reruns included). */
export interface SessionIdle {
  type: "session:idle";
}

export interface SkippedState {
  key: string;
  /** the value's Python type name */
  type: string;
  reason: "not JSON" | "too large";
}

/**
 * Sent before ``session:idle`` when it changed: the session state entries a restarted
 * worker gets back (shim/state_saving.py), and those it would not.
 */
export interface SessionStateSaved {
  type: "session:state";
  /** JSON text of an object; the page keeps it as text */
  state: string;
  skipped: SkippedState[];
}

/** A ``run_every`` fragment was called: rerun it every ``interval`` seconds. */
export interface TimerSet {
  type: "timer:set";
  fragment_id: string;
  interval: number;
}

/**
 * Stop the ``run_every`` timers of these fragments: a fragment run of their parent no
 * longer calls them (Streamlit 1.67's ``stop_auto_rerun``).
 */
export interface TimerClear {
  type: "timer:clear";
  fragment_ids: string[];
}

export interface PageConfig {
  type: "page:config";
  title?: string;
  icon?: string;
  layout?: "centered" | "wide";
  initial_sidebar_state?: "auto" | "expanded" | "collapsed" | "locked";
  /** pixels (set_page_config(initial_sidebar_state=N)) */
  sidebar_width?: number;
}

export interface NavPage {
  /** "" for the entry script (the default page) */
  url_path: string;
  label: string;
  icon: string;
  /** st.navigation's section header (a dict's key) */
  section?: string;
  /** st.Page(visibility="hidden"): listed nowhere, reachable */
  hidden?: boolean;
  /** st.Page("https://..."): a link out */
  external_url?: string;
  help?: string;
}

/**
 * A multipage app's pages and the one this run showed (sent after each full run).
 *
 * The page draws the navigation from it and, when ``current`` is not the page its
 * address bar shows (``st.switch_page``, an unknown path), moves the address bar.
 */
export interface PageNav {
  type: "page:nav";
  pages: NavPage[];
  current: string;
  position: "sidebar" | "top" | "hidden";
  /** st.navigation(expanded=True): never "View more" */
  expanded?: boolean;
  /** st.navigation(expanded=N): N links before "View more" */
  visible_items?: number;
  /** the address named no page: the default page ran */
  not_found?: boolean;
}

/** st.logo (sent by each full run that calls it; a full run that does not clears it). */
export interface PageLogo {
  type: "page:logo";
  /** a URL the page can show (data: for the app's own files) */
  image: string;
  /** shown instead when the sidebar is collapsed or absent */
  icon_image?: string;
  /** where a click on the logo goes (a new tab) */
  link?: string;
  size: "small" | "medium" | "large";
}

export interface PageQueryString {
  type: "page:query_string";
  query_string: string;
}

/**
 * A new build of the app: unpack it into the running worker and recompile the script.
 *
 * Python keeps running (session state, imported packages): the app's files that
 * changed are replaced, its modules among them are forgotten, and the page then
 * requests a full run, as Streamlit's "run on save" does.
 */
export interface DevReload {
  type: "dev:reload";
  build_id: number;
  /** absolute URL of the new app.zip */
  bundle_url: string;
  manifest: Manifest;
  /** the app files of the build the worker runs now */
  previous_files: string[];
  /** absolute URLs of wheels to install first (new packages) */
  install: string[];
}

/** The answer to ``dev:reload``: the worker runs the new build, or says why not. */
export interface DevReloaded {
  type: "dev:reloaded";
  build_id: number;
  ok: boolean;
  /** empty when ok */
  error: string;
  changed_files: string[];
}

export type RunStatus = "finished" | "finished_fragment" | "early_for_rerun" | "compile_error";
export type PageToWorker =
  | BootStart
  | RunRequest
  | DevReload;
export type WorkerToPage =
  | BootProgress
  | BootError
  | BootReady
  | RunStarted
  | RunDeltas
  | RunFinished
  | SessionIdle
  | SessionStateSaved
  | TimerSet
  | TimerClear
  | PageConfig
  | PageQueryString
  | PageNav
  | PageLogo
  | DevReloaded;
