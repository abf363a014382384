// Generated from compiler/fragc/protocol/ by `make schema`; do not edit.
// @ts-check

/** The protocol this runtime speaks (fragc.protocol.PROTOCOL_VERSION). */
export const PROTOCOL_VERSION = 1;

/** The root containers, numbered as in Streamlit: a delta path starts with one. */
export const ROOT_MAIN = 0;
export const ROOT_SIDEBAR = 1;
export const ROOT_EVENT = 2;
export const ROOT_BOTTOM = 3;
export const ROOT_COUNT = 4;

/** @type {readonly import("./protocol_types").ElementKind[]} */
export const ELEMENT_KINDS = Object.freeze(["markdown", "heading", "text", "code", "json", "divider", "badge", "html", "alert", "exception", "toast", "metric", "progress", "spinner", "balloons", "snow", "empty", "image", "table", "dataframe", "vega_lite_chart", "plotly_chart", "echarts_chart", "graphviz_chart", "deck_gl_json_chart", "data_grid", "button", "download_button", "link_button", "form_submit_button", "checkbox", "text_input", "text_area", "number_input", "radio", "selectbox", "multiselect", "slider", "select_slider", "date_input", "time_input", "color_picker", "file_uploader", "button_group", "chat_input", "audio", "video", "pdf", "iframe", "space", "skeleton", "help", "custom_component", "camera_input", "audio_input", "datetime_input", "menu_button", "pagination", "page_link"]);

/** @type {readonly import("./protocol_types").BlockKind[]} */
export const BLOCK_KINDS = Object.freeze(["vertical", "horizontal", "column", "tabs", "tab", "expander", "popover", "status", "dialog", "form", "chat_message", "grid", "grid_cell"]);
