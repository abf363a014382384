// @ts-check
/**
 * st.chat_input and st.chat_message (`compiler/fragc/shim/widgets/chat.py`).
 *
 * A chat input is a `<textarea>` named by its placeholder (as in Streamlit) and a send
 * button; Enter sends, Shift+Enter starts a new line. A message is a trigger: the run it
 * starts carries the text (or `{ text, files }`), the page keeps nothing. What the user
 * has typed but not sent lives in `drafts` (by node uid), so a rerun that redraws the
 * input does not wipe it; files attached to a message wait in `attachments`. Text the
 * app put into the field through `st.session_state` arrives once as `set_text`.
 *
 * A chat message is a block: an avatar, then the message's elements in a vertical block.
 */

import { h, cls } from "../render/dom.js";
import { acceptsFile, formatBytes, readFile } from "./files.js";

/**
 * @typedef {import("../protocol_types").ChatInputProps} ChatInputProps
 * @typedef {import("../protocol_types").ChatMessageProps} ChatMessageProps
 * @typedef {import("../family.js").ElementNode} ElementNode
 * @typedef {import("../family.js").ElementView} ElementView
 * @typedef {import("../family.js").BlockView} BlockView
 * @typedef {import("../family.js").EventContext} EventContext
 * @typedef {import("../family.js").Family} Family
 * @typedef {import("./files.js").WireFile} WireFile
 */

const MB = 1024 * 1024;

/** Unsent text of each chat input, by node uid. @type {Map<number, string>} */
const drafts = new Map();
/** Files attached to the unsent message of each chat input, by node uid. @type {Map<number, WireFile[]>} */
const attachments = new Map();
/** The props objects whose `set_text` was already put in the field (each delta once). */
const applied = new WeakSet();

/** @param {ChatInputProps} p @param {ElementView} view */
function chatInput(p, view) {
  if (typeof p.set_text === "string" && !applied.has(p)) {
    applied.add(p);
    drafts.set(view.uid, p.set_text);
  }
  const text = drafts.get(view.uid) ?? "";
  const files = attachments.get(view.uid) ?? [];
  const disabled = Boolean(p.disabled);
  const placeholder = String(p.placeholder ?? "");
  const maxChars = typeof p.max_chars === "number" && p.max_chars > 0 ? p.max_chars : null;
  const acceptsFiles = p.accept_file === true || p.accept_file === "multiple" || p.accept_file === "directory";
  return h(
    "div",
    { "data-testid": "stChatInput", class: cls("stChatInput", p.position === "inline" && "fragc-chat-inline") },
    files.length
      ? h(
          "div",
          { "data-testid": "stFileChips", class: "fragc-file-chips" },
          files.map((file) =>
            h(
              "div",
              { "data-testid": "stFileChip", class: "fragc-file-chip" },
              h("span", { "data-testid": "stFileChipName", class: "fragc-file-name" }, file.name),
              h("small", { class: "fragc-file-size" }, formatBytes(Number(file.size) || 0)),
              h(
                "button",
                {
                  type: "button",
                  "data-testid": "stFileChipDeleteBtn",
                  class: "fragc-file-remove",
                  "aria-label": `Remove ${file.name}`,
                  "data-fragc-action": "chat-file-remove",
                  "data-fragc-file-id": file.file_id,
                },
                "×",
              ),
            ),
          ),
        )
      : null,
    h(
      "div",
      { class: cls("fragc-chat-root", disabled && "fragc-disabled") },
      acceptsFiles
        ? h(
            "label",
            {
              "data-testid": "stChatInputFileUploadButton",
              class: "fragc-chat-attach",
              title: "Upload file",
            },
            h("span", { "aria-hidden": "true", html: PAPERCLIP }),
            h("input", {
              type: "file",
              class: "fragc-visually-hidden",
              "aria-label": "Upload file",
              accept: Array.isArray(p.file_type) && p.file_type.length ? p.file_type.join(",") : null,
              multiple: p.accept_file === "multiple" || p.accept_file === "directory",
              webkitdirectory: p.accept_file === "directory" ? true : null,
              disabled,
              "data-fragc-action": "chat-attach",
            }),
          )
        : null,
      h("textarea", {
        "data-testid": "stChatInputTextArea",
        "aria-label": placeholder,
        placeholder,
        rows: 1,
        maxlength: maxChars,
        disabled,
        "data-fragc-action": "chat-input",
        "data-fragc-force": typeof p.set_text === "string",
        props: { value: text },
      }),
      h(
        "button",
        {
          type: "button",
          "data-testid": "stChatInputSubmitButton",
          class: "fragc-chat-send",
          "aria-label": "Send message",
          disabled: disabled || (text.trim() === "" && files.length === 0),
          "data-fragc-action": "chat-submit",
        },
        h("span", { "aria-hidden": "true" }, "➤"),
      ),
    ),
    maxChars
      ? h(
          "div",
          { "data-testid": "stChatInputInstructions", class: "fragc-chat-count", "aria-live": "polite" },
          `${text.length}/${maxChars}`,
        )
      : null,
  );
}

/**
 * Streamlit's built-in avatars, drawn as inline SVG (Material "face" and "smart_toy"
 * look-alikes) so they do not depend on an emoji font. Constant markup, never user text.
 */
/** @type {Record<string, string>} */
const PRESET_AVATARS = {
  user:
    '<svg viewBox="0 0 24 24" width="20" height="20" fill="currentColor" aria-hidden="true">' +
    '<circle cx="12" cy="8" r="4"/><path d="M4 20c0-4 3.6-6.5 8-6.5s8 2.5 8 6.5z"/></svg>',
  assistant:
    '<svg viewBox="0 0 24 24" width="20" height="20" fill="currentColor" aria-hidden="true">' +
    '<rect x="11" y="2" width="2" height="3"/><rect x="4" y="5" width="16" height="13" rx="3"/>' +
    '<circle cx="9" cy="11" r="1.6" fill="#fff"/><circle cx="15" cy="11" r="1.6" fill="#fff"/>' +
    '<rect x="8" y="14" width="8" height="1.6" rx="0.8" fill="#fff"/><rect x="2" y="9" width="2" height="5" rx="1"/>' +
    '<rect x="20" y="9" width="2" height="5" rx="1"/></svg>',
};

/** A paperclip for the attach button (inline SVG, constant markup). */
const PAPERCLIP =
  '<svg viewBox="0 0 24 24" width="18" height="18" fill="none" stroke="currentColor" stroke-width="2" ' +
  'stroke-linecap="round" stroke-linejoin="round" aria-hidden="true"><path d="M21 11.5l-8.5 8.5a5 5 0 0 1-7-7' +
  'L14 4.5a3.3 3.3 0 0 1 4.7 4.7L10 17.8a1.7 1.7 0 0 1-2.4-2.4l8-8"/></svg>';

/** @param {ChatMessageProps} props */
function avatar(props) {
  const value = String(props.avatar ?? "");
  if (props.avatar_type === "image" && value) {
    return h("img", { "data-testid": "stChatMessageAvatarImage", class: "fragc-chat-avatar", src: value, alt: "" });
  }
  if (props.avatar_type === "emoji" && value) {
    return h("div", { "data-testid": "stChatMessageAvatarCustom", class: "fragc-chat-avatar", "aria-hidden": "true" }, value);
  }
  if (value === "user" || value === "assistant") {
    const testId = value === "user" ? "stChatMessageAvatarUser" : "stChatMessageAvatarAssistant";
    return h(
      "div",
      {
        "data-testid": testId,
        class: cls("fragc-chat-avatar", `fragc-chat-avatar-${value}`),
        "aria-hidden": "true",
      },
      // Streamlit draws these as Material icons (stIconMaterial); fragc as inline SVG.
      h("span", { "data-testid": "stIconMaterial", class: "fragc-chat-avatar-icon", html: PRESET_AVATARS[value] }),
    );
  }
  // A Material icon or no avatar: the name's first letter, as Streamlit falls back to.
  const name = String(props.name ?? "");
  const letter = value.startsWith(":material/") ? "•" : name.slice(0, 1).toUpperCase();
  return h("div", { "data-testid": "stChatMessageAvatarCustom", class: "fragc-chat-avatar", "aria-hidden": "true" }, letter);
}

/** @param {ChatMessageProps} props @param {BlockView} view */
function chatMessage(props, { attrs, children }) {
  const name = String(props.name ?? "");
  const width = typeof props.width === "number" ? `max-width: ${props.width}px` : null;
  return h(
    "div",
    {
      ...attrs,
      "data-testid": "stChatMessage",
      class: cls("stChatMessage", props.width === "content" && "fragc-chat-content-width"),
      style: width,
    },
    avatar(props),
    h(
      "div",
      // As Streamlit 1.67: the content is the group a screen reader announces by sender.
      { "data-testid": "stChatMessageContent", class: "fragc-chat-content", role: "group", "aria-label": `Chat message from ${name}` },
      h("div", { "data-testid": "stVerticalBlock", class: "stVerticalBlock" }, children()),
    ),
  );
}


/** @param {Element} el */
function chatParts(el) {
  const root = el.closest('[data-testid="stChatInput"]');
  return {
    textarea: /** @type {HTMLTextAreaElement | null} */ (root?.querySelector("textarea") ?? null),
    send: /** @type {HTMLButtonElement | null} */ (root?.querySelector('[data-testid="stChatInputSubmitButton"]') ?? null),
    count: root?.querySelector('[data-testid="stChatInputInstructions"]') ?? null,
  };
}

/** Typing: keep the draft, enable the send button. @param {HTMLElement} control @param {Event} _event @param {EventContext} ctx */
function onType(control, _event, ctx) {
  const textarea = /** @type {HTMLTextAreaElement} */ (control);
  const node = ctx.widgetNode(textarea);
  if (!node) return;
  drafts.set(node.uid, textarea.value);
  syncChatControls(textarea, node);
}

/** @param {Element} el @param {ElementNode} node */
function syncChatControls(el, node) {
  const { textarea, send, count } = chatParts(el);
  const text = textarea?.value ?? "";
  const files = attachments.get(node.uid) ?? [];
  const props = /** @type {ChatInputProps} */ (node.element.props);
  if (send) send.disabled = Boolean(props.disabled) || (text.trim() === "" && files.length === 0);
  const max = props.max_chars;
  if (count && typeof max === "number") count.textContent = `${text.length}/${max}`;
}

/** Enter sends; Shift+Enter is a new line (as in Streamlit's chat input). @param {HTMLElement} textarea @param {KeyboardEvent} event @param {EventContext} ctx */
function onKey(textarea, event, ctx) {
  if (event.key !== "Enter" || event.shiftKey || event.isComposing) return;
  event.preventDefault();
  submitChat(textarea, ctx);
}

/** Send the message: a trigger carrying the text (and the files). @param {Element} el @param {EventContext} ctx */
function submitChat(el, ctx) {
  const node = ctx.widgetNode(el);
  const { textarea } = chatParts(el);
  if (!node || node.element.kind !== "chat_input" || !textarea || textarea.disabled) return;
  const props = node.element.props;
  const files = attachments.get(node.uid) ?? [];
  const text = textarea.value;
  if (text.trim() === "" && files.length === 0) return;
  const acceptsFiles = props.accept_file === true || props.accept_file === "multiple" || props.accept_file === "directory";
  textarea.value = "";
  drafts.delete(node.uid);
  attachments.delete(node.uid);
  syncChatControls(textarea, node);
  if (props.submit_mode === "disable") textarea.disabled = true; // the rerun's redraw enables it again
  ctx.trigger(node, acceptsFiles ? { text, files } : text);
}

/** Files chosen for the message. @param {HTMLElement} control @param {Event} _event @param {EventContext} ctx */
async function attach(control, _event, ctx) {
  const input = /** @type {HTMLInputElement} */ (control);
  const node = ctx.widgetNode(input);
  const chosen = [...(input.files ?? [])];
  input.value = "";
  if (!node || node.element.kind !== "chat_input" || chosen.length === 0) return;
  const props = node.element.props;
  const limit = (Number(props.max_upload_size_mb) || 200) * MB;
  const accepted = chosen.filter((f) => f.size <= limit && acceptsFile(f, props.file_type));
  const read = await Promise.all(accepted.map(readFile));
  const multiple = props.accept_file === "multiple" || props.accept_file === "directory";
  attachments.set(node.uid, multiple ? [...(attachments.get(node.uid) ?? []), ...read] : read.slice(0, 1));
  ctx.tree.touchUi(node.uid);
  ctx.render();
}

/** An attached file's ×. @param {HTMLElement} button @param {MouseEvent} _event @param {EventContext} ctx */
function removeAttachment(button, _event, ctx) {
  const node = ctx.widgetNode(button);
  if (!node) return;
  const fileId = button.getAttribute("data-fragc-file-id");
  attachments.set(
    node.uid,
    (attachments.get(node.uid) ?? []).filter((f) => f.file_id !== fileId),
  );
  ctx.tree.touchUi(node.uid);
  ctx.render();
}

export default /** @satisfies {Family} */ ({
  python: "widgets/chat.py",
  elements: { chat_input: chatInput },
  blocks: { chat_message: chatMessage },
  actions: {
    "chat-input": { input: onType, keydown: onKey },
    "chat-submit": { click: (button, _event, ctx) => submitChat(button, ctx) },
    "chat-attach": { change: attach },
    "chat-file-remove": { click: removeAttachment },
  },
});
