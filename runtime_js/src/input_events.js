// @ts-check
/**
 * Events of the input and media widgets: date, time, colour, file uploader, download
 * and link buttons, chat input. Delegated on the app root like events.js (which calls
 * `attachInputWidgetEvents` and lends its `widgetNode` and `commit`); each control is
 * found by its `data-fragc-action` (render/input_parts.js ACTIONS).
 *
 * A widget with `ignore_rerun` (Streamlit's `on_change="ignore"`) only commits (events.js's
 * `commit` knows): its new value travels with the next run something else starts.
 *
 * Files are read asynchronously (FileReader), so an upload cannot start its run inside
 * the event handler. The contract still wants the run state off `notRunning` at once:
 * the handler marks the app `rerunRequested` and the commit after reading starts the
 * run (or, when nothing changed, the scheduler's own state is written back).
 */

import { ACTIONS } from "./render/input_parts.js";
import { dateWireValue, datesOf, timeWireValue } from "./render/dates.js";
import { nativeColor } from "./render/color.js";
import { acceptsFile, bytesOf, filesOf } from "./render/files.js";
import { attachments, drafts } from "./render/chat.js";

/**
 * @typedef {import("./tree.js").ElementNode} ElementNode
 * @typedef {import("./render/files.js").WireFile} WireFile
 *
 * @typedef {object} InputEventDeps
 * @property {import("./tree.js").AppTree} tree
 * @property {import("./widgets.js").WidgetStore} store
 * @property {import("./scheduler.js").Scheduler} scheduler
 * @property {(el: Element) => ElementNode | null} widgetNode the widget node holding a control
 * @property {(node: ElementNode, value: unknown) => boolean} commit store a value; run unless
 *   the widget is in a form or ignores changes (events.js)
 * @property {() => void} render redraw the page (after a page-only change)
 */

const MB = 1024 * 1024;

/** @param {HTMLElement} app the `stApp` element @param {InputEventDeps} deps */
export function attachInputWidgetEvents(app, deps) {
  const { tree, store, scheduler, widgetNode, commit } = deps;

  /** @param {ElementNode} node */
  const widgetId = (node) => /** @type {string} */ (node.element.widget?.id);


  /** A one-shot value (click, chat message): a run of the widget's fragment carries it. @param {ElementNode} node @param {unknown} value */
  function trigger(node, value) {
    scheduler.userEvent(node.fragmentId, { [widgetId(node)]: value });
  }

  // ------------------------------------------------------------------ change

  app.addEventListener("change", (event) => {
    const input = /** @type {HTMLInputElement} */ (event.target);
    const action = input.getAttribute?.("data-fragc-action");
    if (action === ACTIONS.date) changeDate(input);
    else if (action === ACTIONS.time) changeTime(input);
    else if (action === ACTIONS.color) changeColor(input);
    else if (action === ACTIONS.upload) void upload(input, [...(input.files ?? [])]);
    else if (action === ACTIONS.chatAttach) void attach(input);
  });

  /** @param {HTMLInputElement} input */
  function changeDate(input) {
    const node = widgetNode(input);
    if (!node) return;
    const props = node.element.props ?? {};
    const field = input.closest('[data-testid="stDateInput"]');
    const controls = /** @type {HTMLInputElement[]} */ ([...(field?.querySelectorAll("input[type=date]") ?? [])]);
    const value = dateWireValue(
      controls.map((c) => c.value),
      props,
    );
    // Not a value the widget takes (out of bounds, end before start): nothing to commit.
    // While the user is still typing in the field (a year "2" is 0002 on the way to
    // 2024) the field keeps it; leaving the field puts the committed value back.
    if (value === null) {
      if (!controls.includes(/** @type {HTMLInputElement} */ (document.activeElement))) revertDate(node, controls);
      return;
    }
    commit(node, value);
  }

  /** @param {ElementNode} node @param {HTMLInputElement[]} controls */
  function revertDate(node, controls) {
    const committed = datesOf(store.get(widgetId(node)));
    controls.forEach((c, i) => (c.value = committed[i] ?? ""));
  }

  /** @param {HTMLInputElement} input */
  function changeTime(input) {
    const node = widgetNode(input);
    if (!node) return;
    const props = node.element.props ?? {};
    const step = typeof props.step === "number" ? props.step : 900;
    const value = input.value === "" ? null : timeWireValue(input.value, step);
    if (value === null && !props.clearable) {
      if (document.activeElement !== input) revertTime(node, input);
      return;
    }
    commit(node, value);
  }

  /** @param {ElementNode} node @param {HTMLInputElement} input */
  function revertTime(node, input) {
    const committed = store.get(widgetId(node));
    input.value = typeof committed === "string" ? committed : "";
  }

  // Leaving a date or time field with a value it does not take shows the committed one.
  app.addEventListener("focusout", (event) => {
    const input = /** @type {HTMLInputElement} */ (event.target);
    const action = input.getAttribute?.("data-fragc-action");
    if (action !== ACTIONS.date && action !== ACTIONS.time) return;
    const field = input.closest('[data-testid="stDateInput"], [data-testid="stTimeInput"]');
    const next = /** @type {Node | null} */ (event.relatedTarget);
    if (next && field?.contains(next)) return; // from the start of a range to its end
    const node = widgetNode(input);
    if (!node) return;
    const props = node.element.props ?? {};
    if (action === ACTIONS.time) {
      const step = typeof props.step === "number" ? props.step : 900;
      const value = input.value === "" ? null : timeWireValue(input.value, step);
      if (value === null && !props.clearable) revertTime(node, input);
      return;
    }
    const controls = /** @type {HTMLInputElement[]} */ ([...(field?.querySelectorAll("input[type=date]") ?? [])]);
    if (dateWireValue(controls.map((c) => c.value), props) === null) revertDate(node, controls);
  });

  /** @param {HTMLInputElement} input */
  function changeColor(input) {
    const node = widgetNode(input);
    if (!node) return;
    const committed = store.get(widgetId(node));
    // The same colour as the committed one (maybe spelled "#0FA") is no change.
    if (nativeColor(committed) === input.value.toLowerCase()) return;
    commit(node, input.value);
    const shown = input.parentElement?.querySelector(".fragc-color-value");
    if (shown) shown.textContent = input.value;
  }

  // ------------------------------------------------------------------ files

  /**
   * Read the chosen (or dropped) files and commit them with the ones already there.
   * @param {Element} control an element of the uploader @param {File[]} chosen
   */
  async function upload(control, chosen) {
    const node = widgetNode(control);
    if (!node || chosen.length === 0) return;
    const uid = node.uid;
    const props = node.element.props ?? {};
    const limit = (Number(props.max_upload_size_mb) || 200) * MB;
    const wanted = props.multiple ? chosen : chosen.slice(0, 1);
    const refused = wanted.filter((f) => f.size > limit || !acceptsFile(f, props.type));
    const accepted = wanted.filter((f) => !refused.includes(f));
    showUploadError(control, refused, limit);
    if (control instanceof HTMLInputElement) control.value = ""; // choosing the same file again is a new upload
    if (accepted.length === 0) return;
    // A run follows unless the widget is in a form (submit runs it) or ignores changes.
    const runs = !node.element.widget?.form_id && !props.ignore_rerun;
    if (runs) scheduler.hold();
    let read;
    try {
      read = await Promise.all(accepted.map(readFile));
    } catch (error) {
      console.error("fragc: reading an uploaded file failed", error);
      if (runs) scheduler.release();
      return;
    }
    // The tree may have changed while reading: commit to the node as it is now.
    const current = tree.find(uid);
    if (!current || current.type !== "element" || !current.element.widget) {
      if (runs) scheduler.release();
      return;
    }
    const before = filesOf(store.get(widgetId(current)));
    const files = props.multiple ? [...before, ...read] : read;
    if (!commit(current, files) && runs) scheduler.release();
  }

  /** @param {Element} control @param {File[]} refused @param {number} limit */
  function showUploadError(control, refused, limit) {
    const box = /** @type {HTMLElement | null} */ (
      control.closest('[data-testid="stFileUploader"]')?.querySelector('[data-testid="stFileUploaderError"]') ?? null
    );
    if (!box) return;
    box.hidden = refused.length === 0;
    box.textContent = refused
      .map((f) => (f.size > limit ? `${f.name}: file must be ${limit / MB}MB or smaller.` : `${f.name}: file type not allowed.`))
      .join(" ");
  }

  /** @param {HTMLElement} button */
  function removeFile(button) {
    const node = widgetNode(button);
    if (!node) return;
    const fileId = button.getAttribute("data-fragc-file-id");
    const files = filesOf(store.get(widgetId(node))).filter((f) => f.file_id !== fileId);
    commit(node, files);
  }

  // Dropping files on a dropzone uploads them, as choosing them does.
  app.addEventListener("dragover", (event) => {
    const zone = /** @type {Element} */ (event.target).closest?.("[data-fragc-dropzone]");
    if (!zone || zone.querySelector("input:disabled")) return;
    event.preventDefault();
    zone.setAttribute("data-drag-active", "");
  });
  app.addEventListener("dragleave", (event) => {
    /** @type {Element} */ (event.target).closest?.("[data-fragc-dropzone]")?.removeAttribute("data-drag-active");
  });
  app.addEventListener("drop", (event) => {
    const zone = /** @type {Element} */ (event.target).closest?.("[data-fragc-dropzone]");
    if (!zone) return;
    event.preventDefault();
    zone.removeAttribute("data-drag-active");
    const input = zone.querySelector("input[type=file]");
    if (input && !(/** @type {HTMLInputElement} */ (input).disabled)) void upload(input, [...(event.dataTransfer?.files ?? [])]);
  });

  // ------------------------------------------------------------------ clicks

  app.addEventListener("click", (event) => {
    const control = /** @type {HTMLElement | null} */ (/** @type {Element} */ (event.target).closest?.("[data-fragc-action]"));
    if (!control) return;
    const action = control.getAttribute("data-fragc-action");
    if (control.hasAttribute("disabled") || control.getAttribute("aria-disabled") === "true") {
      if (action === ACTIONS.link) event.preventDefault();
      return;
    }
    if (action === ACTIONS.download) download(control);
    else if (action === ACTIONS.link) clickLink(control);
    else if (action === ACTIONS.removeFile) removeFile(control);
    else if (action === ACTIONS.chatSubmit) submitChat(control);
    else if (action === ACTIONS.chatRemoveFile) removeAttachment(control);
  });

  /** Save the button's file through a Blob URL; the click is a trigger unless ignored. @param {HTMLElement} button */
  function download(button) {
    const node = widgetNode(button);
    if (!node) return;
    const props = node.element.props ?? {};
    const blob = new Blob([bytesOf(String(props.data ?? ""))], { type: String(props.mime || "application/octet-stream") });
    const url = URL.createObjectURL(blob);
    const link = document.createElement("a");
    link.href = url;
    link.download = String(props.file_name || "streamlit_download");
    link.rel = "noopener";
    document.body.append(link);
    link.click();
    link.remove();
    // The browser has the file once the download started; free the bytes a little later.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    if (!props.ignore_rerun) trigger(node, true);
  }

  /** The link opens in a new tab by itself; a link button with on_click also runs. @param {HTMLElement} link */
  function clickLink(link) {
    const node = widgetNode(link);
    if (node && !node.element.props?.ignore_rerun) trigger(node, true);
  }

  // ------------------------------------------------------------------ chat

  /** @param {Element} el */
  const chatParts = (el) => {
    const root = el.closest('[data-testid="stChatInput"]');
    return {
      textarea: /** @type {HTMLTextAreaElement | null} */ (root?.querySelector("textarea") ?? null),
      send: /** @type {HTMLButtonElement | null} */ (root?.querySelector('[data-testid="stChatInputSubmitButton"]') ?? null),
      count: root?.querySelector('[data-testid="stChatInputInstructions"]') ?? null,
    };
  };

  app.addEventListener("input", (event) => {
    const textarea = /** @type {HTMLTextAreaElement} */ (event.target);
    if (textarea.getAttribute?.("data-fragc-action") !== ACTIONS.chat) return;
    const node = widgetNode(textarea);
    if (!node) return;
    drafts.set(node.uid, textarea.value);
    syncChatControls(textarea, node);
  });

  /** @param {Element} el @param {ElementNode} node */
  function syncChatControls(el, node) {
    const { textarea, send, count } = chatParts(el);
    const text = textarea?.value ?? "";
    const files = attachments.get(node.uid) ?? [];
    if (send) send.disabled = Boolean(node.element.props?.disabled) || (text.trim() === "" && files.length === 0);
    const max = node.element.props?.max_chars;
    if (count && typeof max === "number") count.textContent = `${text.length}/${max}`;
  }

  app.addEventListener("keydown", (event) => {
    const textarea = /** @type {HTMLTextAreaElement} */ (event.target);
    if (textarea.getAttribute?.("data-fragc-action") !== ACTIONS.chat) return;
    // Enter sends; Shift+Enter is a new line (as in Streamlit's chat input).
    if (event.key !== "Enter" || event.shiftKey || event.isComposing) return;
    event.preventDefault();
    submitChat(textarea);
  });

  /** @param {Element} el */
  function submitChat(el) {
    const node = widgetNode(el);
    const { textarea } = chatParts(el);
    if (!node || !textarea || textarea.disabled) return;
    const props = node.element.props ?? {};
    const files = attachments.get(node.uid) ?? [];
    const text = textarea.value;
    if (text.trim() === "" && files.length === 0) return;
    const acceptsFiles = props.accept_file === true || props.accept_file === "multiple" || props.accept_file === "directory";
    textarea.value = "";
    drafts.delete(node.uid);
    attachments.delete(node.uid);
    syncChatControls(textarea, node);
    if (props.submit_mode === "disable") textarea.disabled = true; // the rerun's redraw enables it again
    trigger(node, acceptsFiles ? { text, files } : text);
  }

  /** @param {HTMLInputElement} input */
  async function attach(input) {
    const node = widgetNode(input);
    const chosen = [...(input.files ?? [])];
    input.value = "";
    if (!node || chosen.length === 0) return;
    const props = node.element.props ?? {};
    const limit = (Number(props.max_upload_size_mb) || 200) * MB;
    const accepted = chosen.filter((f) => f.size <= limit && acceptsFile(f, props.file_type));
    const read = await Promise.all(accepted.map(readFile));
    const multiple = props.accept_file === "multiple" || props.accept_file === "directory";
    attachments.set(node.uid, multiple ? [...(attachments.get(node.uid) ?? []), ...read] : read.slice(0, 1));
    tree.touchUi(node.uid);
    deps.render();
  }

  /** @param {HTMLElement} button */
  function removeAttachment(button) {
    const node = widgetNode(button);
    if (!node) return;
    const fileId = button.getAttribute("data-fragc-file-id");
    attachments.set(
      node.uid,
      (attachments.get(node.uid) ?? []).filter((f) => f.file_id !== fileId),
    );
    tree.touchUi(node.uid);
    deps.render();
  }
}

let nextFileId = 0;

/** A file as the widget value carries it (bytes in base64). @param {File} file @returns {Promise<WireFile>} */
function readFile(file) {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(reader.error);
    reader.onload = () => {
      const url = String(reader.result ?? "");
      nextFileId += 1;
      resolve({
        // A fresh id per upload, as Streamlit's file manager gives: the same file
        // chosen again is a new upload (and a changed value).
        file_id: `${Date.now().toString(36)}-${nextFileId}`,
        name: file.webkitRelativePath || file.name,
        type: file.type || "application/octet-stream",
        size: file.size,
        data: url.slice(url.indexOf(",") + 1),
      });
    };
    reader.readAsDataURL(file);
  });
}
