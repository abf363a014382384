// @ts-check
/**
 * st.form and st.form_submit_button (`compiler/fragc/shim/widgets/form.py`), as
 * Streamlit's WidgetStateManager keeps forms.
 *
 * A widget inside `st.form` does not run anything when the user changes it: its new
 * value waits in the form's buffer (the widget store's `FormBuffers`) and is what the
 * widget shows, but `run:request`s carry the last *submitted* value. A submit (a click
 * on one of the form's submit buttons, or Enter in one of its text or number inputs
 * when `enter_to_submit` and the first submit button is enabled) moves the buffer into
 * the store and sends ONE run carrying the clicked button's trigger, for the button's
 * fragment (a form inside a fragment submits as a fragment run). With
 * `clear_on_submit` the form's widgets then show their defaults again: the defaults go
 * into the buffer, so Python keeps seeing the submitted values until the next submit,
 * exactly as in Streamlit.
 *
 * The `form` block is `stForm` around its children; without a submit button it shows
 * Streamlit's "Missing Submit Button" error in place.
 */

import { h, cls } from "../render/dom.js";
import { buttonContent, buttonKind, withHelp } from "../render/parts.js";
import { vertical } from "../elements/layout.js";
import { alert } from "../elements/alerts.js";

/**
 * @typedef {import("../protocol_types").FormProps} FormProps
 * @typedef {import("../protocol_types").FormSubmitButtonProps} FormSubmitButtonProps
 * @typedef {import("../family.js").AppTree} AppTree
 * @typedef {import("../family.js").AppNode} AppNode
 * @typedef {import("../family.js").BlockNode} BlockNode
 * @typedef {import("../family.js").ElementNode} ElementNode
 * @typedef {import("../family.js").BlockView} BlockView
 * @typedef {import("../family.js").EventContext} EventContext
 * @typedef {import("../family.js").Family} Family
 *
 * @typedef {object} FormParts what the tree holds of one form
 * @property {BlockNode | null} block the `form` block
 * @property {ElementNode[]} widgets its value widgets (submit buttons excluded)
 * @property {ElementNode[]} submitButtons in page order; the first one is Enter's
 */

/** Streamlit's text (its frontend's MISSING_SUBMIT_BUTTON_WARNING), shown as an error. */
const MISSING_SUBMIT_BUTTON =
  "**Missing Submit Button**\n\nThis form has no submit button, which means that user interactions will never " +
  "be sent to your Streamlit app.\n\nTo create a submit button, use the `st.form_submit_button()` function.\n\n" +
  "For more information, refer to the [documentation for forms](https://docs.streamlit.io/develop/api-reference/execution-flow/st.form).";

/** @param {FormProps} props @param {BlockView} view */
function form(props, { node, key, attrs, children }) {
  return h(
    "div",
    {
      ...attrs,
      "data-testid": "stForm",
      class: cls("stForm", props.border !== false && "fragc-form-bordered"),
      "data-fragc-form": String(props.form_id ?? ""),
      // Read by the inputs' InputInstructions (render/parts.js): no "Press Enter to
      // submit form" where Enter submits nothing.
      "data-fragc-enter-submits": String(props.enter_to_submit !== false && firstSubmitEnabled(node)),
    },
    vertical({}, key, children(), {}),
    lacksSubmitButton(node)
      ? h(
          "div",
          { "data-testid": "stElementContainer", class: "stElementContainer element-container", "data-stale": "false" },
          alert({ variant: "error", body: MISSING_SUBMIT_BUTTON }),
        )
      : null,
  );
}

/** @param {FormSubmitButtonProps} p */
function formSubmitButton(p) {
  const kind = buttonKind(p.type);
  return h(
    "div",
    { "data-testid": "stFormSubmitButton", class: cls("stFormSubmitButton", p.use_container_width && "fragc-stretch") },
    withHelp(p.help, h(
      "button",
      {
        type: "button",
        "data-testid": `stBaseButton-${kind}FormSubmit`,
        kind: `${kind}FormSubmit`,
        class: cls("fragc-button", `fragc-button-${kind}`),
        disabled: Boolean(p.disabled),
        "data-fragc-action": "form-submit",
      },
      buttonContent(p),
    )),
  );
}

/**
 * Find a form's block, widgets and submit buttons in the tree.
 * @param {AppTree} tree @param {string} formId
 * @returns {FormParts}
 */
export function formParts(tree, formId) {
  /** @type {FormParts} */
  const parts = { block: null, widgets: [], submitButtons: [] };
  tree.walk((node) => {
    if (node.type === "block") {
      if (node.block.kind === "form" && node.block.props.form_id === formId) parts.block = node;
      return;
    }
    const widget = node.element.widget;
    if (!widget || widget.form_id !== formId) return;
    if (node.element.kind === "form_submit_button") parts.submitButtons.push(node);
    else parts.widgets.push(node);
  });
  return parts;
}

/** Is the form's first submit button (in page order) there and enabled? @param {BlockNode} block */
function firstSubmitEnabled(block) {
  /** @param {AppNode} node @returns {ElementNode | null} */
  const first = (node) => {
    if (node.type === "element") return node.element.kind === "form_submit_button" ? node : null;
    for (const child of node.children) {
      const found = first(child);
      if (found) return found;
    }
    return null;
  };
  const button = first(block);
  return Boolean(button && button.element.kind === "form_submit_button" && !button.element.props.disabled);
}

/** Does a form block hold no submit button? (Streamlit then warns.) @param {BlockNode} block */
export function lacksSubmitButton(block) {
  /** @param {AppNode} node @returns {boolean} */
  const holds = (node) =>
    node.type === "element" ? node.element.kind === "form_submit_button" : node.children.some(holds);
  return !block.children.some(holds);
}

/**
 * Enter in one of the form's inputs submits it (Streamlit's allowFormEnterToSubmit).
 * @param {FormParts} parts
 */
export function enterSubmits(parts) {
  const form = parts.block?.block;
  if (form?.kind === "form" && form.props.enter_to_submit === false) return false;
  const first = parts.submitButtons[0]?.element;
  return first?.kind === "form_submit_button" && !first.props.disabled;
}

/** @typedef {Pick<EventContext, "tree" | "store" | "scheduler" | "render">} SubmitDeps */

/**
 * Submit a form: commit its buffer, send one run with the button's trigger, then
 * (clear_on_submit) show the defaults again.
 * @param {SubmitDeps} deps @param {string} formId
 * @param {ElementNode | null} button the clicked submit button; null: the first one (Enter)
 * @returns {boolean} whether a run was requested
 */
export function submitForm(deps, formId, button) {
  const { tree, store, scheduler } = deps;
  const parts = formParts(tree, formId);
  const clicked = button ?? parts.submitButtons[0];
  const triggerId = clicked?.element.widget?.id;
  if (!clicked || triggerId === undefined) return false;
  store.submitForm(formId);
  scheduler.userEvent(clicked.fragmentId, { [triggerId]: true });
  const form = parts.block?.block;
  if (form?.kind === "form" && form.props.clear_on_submit) {
    /** @type {[string, unknown][]} */
    const defaults = [];
    for (const node of parts.widgets) {
      const widget = /** @type {NonNullable<ElementNode["element"]["widget"]>} */ (node.element.widget);
      if ("default" in widget) defaults.push([widget.id, widget.default]);
      tree.touchUi(node.uid);
    }
    store.stageForm(formId, defaults);
    deps.render();
  }
  return true;
}

/** A click on a submit button. @param {HTMLElement} button @param {MouseEvent} _event @param {EventContext} ctx */
function onSubmitClick(button, _event, ctx) {
  const node = ctx.widgetNode(button);
  const formId = node?.element.widget?.form_id;
  if (node && formId) submitForm(ctx, formId, node);
}

/**
 * Enter in a form's text or number input (after that input committed its value, see
 * text_input.js and number_input.js): submit the form with its first submit button,
 * when the form allows it.
 * @param {Element} input @param {EventContext} ctx
 */
export function submitOnEnter(input, ctx) {
  const formId = ctx.widgetNode(input)?.element.widget?.form_id;
  if (formId && enterSubmits(formParts(ctx.tree, formId))) submitForm(ctx, formId, null);
}

export default /** @satisfies {Family} */ ({
  python: "widgets/form.py",
  elements: { form_submit_button: formSubmitButton },
  blocks: { form },
  actions: { "form-submit": { click: onSubmitClick } },
});
