// @ts-check
/**
 * The buttons (`compiler/fragc/shim/widgets/button.py`): st.button, st.download_button
 * and st.link_button. A click is a trigger (`widget.trigger`): a one-shot `true` that
 * the run it starts carries, never a stored value.
 *
 * A download button's props carry the file (base64 data, MIME type, file name); the
 * click saves it through a Blob URL, so no server is needed, and is a trigger unless
 * `on_click="ignore"`. A link button is an `<a>` that opens its URL in a new tab; only
 * with `on_click` (then it is a widget) does its click also run the app.
 */

import { h, cls } from "../render/dom.js";
import { safeUrl } from "../render/sanitize.js";
import { buttonContent, buttonKind, withHelp, pressedShortcut } from "../render/parts.js";

/**
 * @typedef {import("../protocol_types").ButtonProps} ButtonProps
 * @typedef {import("../protocol_types").DownloadButtonProps} DownloadButtonProps
 * @typedef {import("../protocol_types").LinkButtonProps} LinkButtonProps
 * @typedef {import("../family.js").EventContext} EventContext
 * @typedef {import("../family.js").Family} Family
 */

/** @param {ButtonProps} p */
function button(p) {
  const type = buttonKind(p.type);
  return h(
    "div",
    { "data-testid": "stButton", class: cls("stButton", p.use_container_width && "fragc-stretch") },
    withHelp(p.help, h(
      "button",
      {
        type: "button",
        "data-testid": `stBaseButton-${type}`,
        kind: type,
        class: cls("fragc-button", `fragc-button-${type}`),
        disabled: Boolean(p.disabled),
        "data-fragc-action": "trigger",
        "data-fragc-shortcut": p.shortcut || null,
      },
      buttonContent(p),
    )),
  );
}

/** @param {DownloadButtonProps} p */
function downloadButton(p) {
  const kind = buttonKind(p.type);
  return h(
    "div",
    { "data-testid": "stDownloadButton", class: cls("stDownloadButton", p.use_container_width && "fragc-stretch") },
    withHelp(p.help, h(
      "button",
      {
        type: "button",
        "data-testid": `stBaseButton-${kind}`,
        kind,
        class: cls("fragc-button", `fragc-button-${kind}`),
        disabled: Boolean(p.disabled),
        "data-fragc-action": "download",
        "data-fragc-shortcut": p.shortcut || null,
      },
      buttonContent(p),
    )),
  );
}

/** @param {LinkButtonProps} p */
function linkButton(p) {
  const kind = buttonKind(p.type);
  // A URL of an unsafe scheme (javascript:...) leads nowhere, as Streamlit's "#" does.
  const url = safeUrl(p.url);
  const disabled = Boolean(p.disabled);
  return h(
    "div",
    { "data-testid": "stLinkButton", class: cls("stLinkButton", p.use_container_width && "fragc-stretch") },
    withHelp(p.help, h(
      "a",
      {
        // A disabled link has no href: nothing to follow, and it leaves the tab order.
        href: disabled ? null : url ?? "#",
        target: "_blank",
        rel: "noreferrer noopener",
        role: disabled ? "link" : null,
        "aria-disabled": disabled ? "true" : null,
        "data-testid": `stBaseLinkButton-${kind}`,
        kind,
        class: cls("fragc-button", `fragc-button-${kind}`, "fragc-link-button", disabled && "fragc-link-disabled"),
        "data-fragc-action": "link-button",
        "data-fragc-shortcut": disabled ? null : p.shortcut || null,
      },
      buttonContent(p),
    )),
  );
}

/** @param {HTMLElement} control @param {MouseEvent} _event @param {EventContext} ctx */
function onClick(control, _event, ctx) {
  const node = ctx.widgetNode(control);
  if (node) ctx.trigger(node, true);
}

/** Save the button's file through a Blob URL; the click is a trigger unless ignored. @param {HTMLElement} button @param {MouseEvent} _event @param {EventContext} ctx */
function onDownload(button, _event, ctx) {
  const node = ctx.widgetNode(button);
  if (!node || node.element.kind !== "download_button") return;
  const props = node.element.props;
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
  if (!props.ignore_rerun) ctx.trigger(node, true);
}

/** The link opens in a new tab by itself; a link button with on_click also runs. @param {HTMLElement} link @param {MouseEvent} _event @param {EventContext} ctx */
function onLink(link, _event, ctx) {
  const node = ctx.widgetNode(link);
  if (node && node.element.kind === "link_button" && !node.element.props.ignore_rerun) ctx.trigger(node, true);
}

/**
 * A button's keyboard shortcut clicks it, as Streamlit's: not while the user types in a
 * field unless a Ctrl/Cmd/Alt combination, never for a disabled button.
 * @param {KeyboardEvent} event @param {EventContext} ctx
 */
function onShortcutKey(event, ctx) {
  if (event.repeat || event.defaultPrevented) return;
  const pressed = pressedShortcut(event);
  if (!pressed) return;
  const target = /** @type {HTMLElement} */ (event.target);
  const typing = target?.closest?.("input, textarea, select, [contenteditable]");
  if (typing && !(event.ctrlKey || event.metaKey || event.altKey)) return;
  const control = /** @type {HTMLElement | null} */ (
    ctx.app.querySelector(`[data-fragc-shortcut="${CSS.escape(pressed)}"]:not([disabled])`)
  );
  if (!control) return;
  event.preventDefault();
  control.click();
}

/** The bytes of base64 text. @param {string} base64 */
function bytesOf(base64) {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export default /** @satisfies {Family} */ ({
  python: "widgets/button.py",
  elements: { button, download_button: downloadButton, link_button: linkButton },
  actions: {
    trigger: { click: onClick },
    download: { click: onDownload },
    "link-button": { click: onLink },
  },
  document: { keydown: onShortcutKey },
});
