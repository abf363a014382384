// @ts-check
/**
 * st.chat_input and st.chat_message.
 *
 * A chat input is a `<textarea>` named by its placeholder (as in Streamlit) and a send
 * button; Enter sends, Shift+Enter starts a new line (input_events.js). What the user
 * has typed but not sent lives in `drafts` (by node uid), so a rerun that redraws the
 * input does not wipe it; files attached to a message wait in `attachments`. Text the
 * app put into the field through `st.session_state` arrives once as `set_text`.
 *
 * A chat message is a block: an avatar, then the message's elements in a vertical block.
 */

import { h, cls } from "./dom.js";
import { ACTIONS, formatBytes } from "./input_parts.js";

/**
 * @typedef {Record<string, any>} Props
 * @typedef {import("./inputs.js").WidgetView} WidgetView
 * @typedef {import("./files.js").WireFile} WireFile
 */

/** Unsent text of each chat input, by node uid. @type {Map<number, string>} */
export const drafts = new Map();
/** Files attached to the unsent message of each chat input, by node uid. @type {Map<number, WireFile[]>} */
export const attachments = new Map();
/** The props objects whose `set_text` was already put in the field (each delta once). */
const applied = new WeakSet();

/** @param {Props} p @param {WidgetView} view */
export function chatInput(p, view) {
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
                  "data-fragc-action": ACTIONS.chatRemoveFile,
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
              "data-fragc-action": ACTIONS.chatAttach,
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
        "data-fragc-action": ACTIONS.chat,
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
          "data-fragc-action": ACTIONS.chatSubmit,
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

/** @param {Props} props */
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
        html: PRESET_AVATARS[value],
      },
    );
  }
  // A Material icon or no avatar: the name's first letter, as Streamlit falls back to.
  const name = String(props.name ?? "");
  const letter = value.startsWith(":material/") ? "•" : name.slice(0, 1).toUpperCase();
  return h("div", { "data-testid": "stChatMessageAvatarCustom", class: "fragc-chat-avatar", "aria-hidden": "true" }, letter);
}

/**
 * @param {Props} props @param {import("./dom.js").Child[]} children
 * @param {Record<string, string | number>} attrs the node attributes (uid, version)
 */
export function chatMessage(props, children, attrs) {
  const name = String(props.name ?? "");
  const width = typeof props.width === "number" ? `max-width: ${props.width}px` : null;
  return h(
    "div",
    {
      ...attrs,
      "data-testid": "stChatMessage",
      class: cls("stChatMessage", props.width === "content" && "fragc-chat-content-width"),
      "aria-label": `Chat message from ${name}`,
      style: width,
    },
    avatar(props),
    h(
      "div",
      { "data-testid": "stChatMessageContent", class: "fragc-chat-content" },
      h("div", { "data-testid": "stVerticalBlock", class: "stVerticalBlock" }, children),
    ),
  );
}
