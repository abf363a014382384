// @ts-check
/**
 * st.file_uploader and st.download_button.
 *
 * A file uploader is a labelled native `<input type=file>` inside Streamlit's dropzone
 * (`stFileUploaderDropzone`), and one chip per uploaded file (`stFileChip`) with its
 * remove button. Its committed value is the list of files Python receives:
 * `{ file_id, name, type, size, data }` with the bytes in base64 (input_events.js
 * reads them when files are chosen or dropped).
 *
 * A download button is a `<button>`; input_events.js turns its props (base64 data,
 * MIME type, file name) into a Blob URL when it is clicked.
 */

import { h, cls } from "./dom.js";
import { ACTIONS, buttonContent, buttonKind, formatBytes, labelRow } from "./input_parts.js";

/**
 * @typedef {Record<string, any>} Props
 * @typedef {import("./inputs.js").WidgetView} WidgetView
 * @typedef {{ file_id: string, name: string, type: string, size: number, data?: string }} WireFile
 */

/** The committed files. @param {unknown} value @returns {WireFile[]} */
export function filesOf(value) {
  return Array.isArray(value) ? value.filter((f) => f && typeof f === "object" && typeof f.file_id === "string") : [];
}

/** What the dropzone says it accepts: "CSV, TXT" from [".csv", ".txt"]. @param {unknown} types */
function acceptedText(types) {
  if (!Array.isArray(types) || types.length === 0) return "";
  return types.map((t) => String(t).replace(/^\./, "").toUpperCase()).join(", ");
}

/** @param {Props} p @param {WidgetView} view */
export function fileUploader(p, view) {
  const id = `fragc-file-${view.uid}`;
  const files = filesOf(view.value);
  const disabled = Boolean(p.disabled);
  const accept = Array.isArray(p.type) && p.type.length ? p.type.join(",") : null;
  const limit = `Limit ${Number(p.max_upload_size_mb) || 200}MB per file`;
  const types = acceptedText(p.type);
  return h(
    "div",
    { "data-testid": "stFileUploader", class: "stFileUploader" },
    labelRow(p, id),
    h(
      "section",
      {
        "data-testid": "stFileUploaderDropzone",
        class: cls("fragc-dropzone", disabled && "fragc-disabled"),
        "data-fragc-dropzone": "",
      },
      h(
        "div",
        { "data-testid": "stFileUploaderDropzoneInstructions", class: "fragc-dropzone-text" },
        h("span", {}, "Drag and drop files here"),
        h("small", {}, types ? `${limit} • ${types}` : limit),
      ),
      h("input", {
        id,
        type: "file",
        "data-testid": "stFileUploaderDropzoneInput",
        class: "fragc-file-input",
        accept,
        multiple: Boolean(p.multiple),
        webkitdirectory: p.directory ? true : null,
        disabled,
        "data-fragc-action": ACTIONS.upload,
      }),
    ),
    h("div", { class: "fragc-upload-error", role: "alert", "data-testid": "stFileUploaderError", hidden: true }),
    files.length
      ? h(
          "div",
          { "data-testid": "stFileChips", class: "fragc-file-chips" },
          files.map((file) =>
            h(
              "div",
              { "data-testid": "stFileChip", class: "fragc-file-chip" },
              h("span", { "data-testid": "stFileChipName", class: "fragc-file-name", title: file.name }, file.name),
              h("small", { class: "fragc-file-size" }, formatBytes(Number(file.size) || 0)),
              h(
                "button",
                {
                  type: "button",
                  "data-testid": "stFileChipDeleteBtn",
                  class: "fragc-file-remove",
                  "aria-label": `Remove ${file.name}`,
                  disabled,
                  "data-fragc-action": ACTIONS.removeFile,
                  "data-fragc-file-id": file.file_id,
                },
                "×",
              ),
            ),
          ),
        )
      : null,
  );
}

/** @param {Props} p @param {WidgetView} _view */
export function downloadButton(p, _view) {
  const kind = buttonKind(p.type);
  return h(
    "div",
    { "data-testid": "stDownloadButton", class: cls("stDownloadButton", p.use_container_width && "fragc-stretch") },
    h(
      "button",
      {
        type: "button",
        "data-testid": `stBaseButton-${kind}`,
        kind,
        class: cls("fragc-button", `fragc-button-${kind}`),
        disabled: Boolean(p.disabled),
        title: p.help ? String(p.help) : null,
        "data-fragc-action": ACTIONS.download,
      },
      buttonContent(p),
    ),
  );
}

/** The bytes of base64 text. @param {string} base64 */
export function bytesOf(base64) {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * Does a file match the accepted types (MIME types, "image/*" wildcards, extensions)?
 * The browser's `accept` filters the picker; dropped files are checked here.
 * @param {{ name: string, type: string }} file @param {unknown} types
 */
export function acceptsFile(file, types) {
  if (!Array.isArray(types) || types.length === 0) return true;
  const name = file.name.toLowerCase();
  const mime = (file.type || "").toLowerCase();
  return types.some((raw) => {
    const t = String(raw).toLowerCase();
    if (t.startsWith(".")) return name.endsWith(t);
    if (t.endsWith("/*")) return mime.startsWith(t.slice(0, -1));
    return mime === t;
  });
}
