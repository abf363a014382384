// @ts-check
/**
 * st.form (a `form` block: `stForm` around its children) and st.form_submit_button
 * (`stFormSubmitButton` > `<button>`). A form without a submit button shows Streamlit's
 * "Missing Submit Button" error in place. What a submit does: forms.js.
 */

import { h, cls } from "./dom.js";
import { vertical } from "./blocks.js";
import { alert } from "./elements.js";
import { buttonContent, buttonKind } from "./input_parts.js";

/**
 * @typedef {Record<string, any>} Props
 * @typedef {import("./dom.js").Child} Child
 * @typedef {Record<string, string | number>} NodeAttrs
 * @typedef {import("./inputs.js").WidgetView} WidgetView
 */

export const SUBMIT_ACTION = "form-submit";

/** Streamlit's text (its frontend's MISSING_SUBMIT_BUTTON_WARNING), shown as an error. */
export const MISSING_SUBMIT_BUTTON =
  "**Missing Submit Button**\n\nThis form has no submit button, which means that user interactions will never " +
  "be sent to your Streamlit app.\n\nTo create a submit button, use the `st.form_submit_button()` function.\n\n" +
  "For more information, refer to the [documentation for forms](https://docs.streamlit.io/develop/api-reference/execution-flow/st.form).";

/**
 * @param {Props} props form_id, clear_on_submit, enter_to_submit, border
 * @param {string | undefined} key the form's key (its `st-key-` class)
 * @param {Child[]} children @param {NodeAttrs} attrs
 * @param {boolean} missingSubmit no submit button inside
 */
export function form(props, key, children, attrs, missingSubmit) {
  return h(
    "div",
    {
      ...attrs,
      "data-testid": "stForm",
      class: cls("stForm", props.border !== false && "fragc-form-bordered"),
      "data-fragc-form": String(props.form_id ?? ""),
    },
    vertical({}, key, children, {}),
    missingSubmit
      ? h(
          "div",
          { "data-testid": "stElementContainer", class: "stElementContainer element-container", "data-stale": "false" },
          alert({ variant: "error", body: MISSING_SUBMIT_BUTTON }),
        )
      : null,
  );
}

/** @param {Props} p @param {WidgetView} _view */
export function formSubmitButton(p, _view) {
  const kind = buttonKind(p.type);
  return h(
    "div",
    { "data-testid": "stFormSubmitButton", class: cls("stFormSubmitButton", p.use_container_width && "fragc-stretch") },
    h(
      "button",
      {
        type: "button",
        "data-testid": `stBaseButton-${kind}FormSubmit`,
        kind: `${kind}FormSubmit`,
        class: cls("fragc-button", `fragc-button-${kind}`),
        disabled: Boolean(p.disabled),
        title: p.help ? String(p.help) : null,
        "data-fragc-action": SUBMIT_ACTION,
      },
      buttonContent(p),
    ),
  );
}
