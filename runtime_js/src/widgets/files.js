// @ts-check
/**
 * st.file_uploader (`compiler/fragc/shim/widgets/files.py`): a labelled native
 * `<input type=file>` inside Streamlit's dropzone (`stFileUploaderDropzone`), and one
 * chip per uploaded file (`stFileChip`) with its remove button. Its committed value is
 * the list of files Python receives: `{ file_id, name, type, size, data }` with the
 * bytes in base64, read here when files are chosen or dropped.
 *
 * Files are read asynchronously (FileReader), so an upload cannot start its run inside
 * the event handler. The contract still wants the run state off `notRunning` at once:
 * the handler marks the app `rerunRequested` and the commit after reading starts the
 * run (or, when nothing changed, the scheduler's own state is written back).
 */

import { h, cls } from "../render/dom.js";
import { labelRow } from "../render/parts.js";

/**
 * @typedef {import("../protocol_types").FileUploaderProps} FileUploaderProps
 * @typedef {import("../family.js").ElementView} ElementView
 * @typedef {import("../family.js").EventContext} EventContext
 * @typedef {import("../family.js").Family} Family
 * @typedef {{ file_id: string, name: string, type: string, size: number, data?: string }} WireFile
 */

const MB = 1024 * 1024;

/** Material's upload icon (no icon font here). */
const UPLOAD_SVG =
  '<svg viewBox="0 0 24 24" width="1.25em" height="1.25em" aria-hidden="true" focusable="false"><path fill="currentColor" d="M5 20h14v-2H5v2zm0-10h4v6h6v-6h4l-7-7-7 7z"/></svg>';

/** The committed files. @param {unknown} value @returns {WireFile[]} */
export function filesOf(value) {
  return Array.isArray(value) ? value.filter((f) => f && typeof f === "object" && typeof f.file_id === "string") : [];
}

/** Human-readable size, as Streamlit's file chips show it (1.2KB, 3.0MB). @param {number} bytes */
export function formatBytes(bytes) {
  const units = ["B", "KB", "MB", "GB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toFixed(1)}${units[unit]}`;
}

/** What the dropzone says it accepts: "CSV, TXT" from [".csv", ".txt"]. @param {unknown} types */
function acceptedText(types) {
  if (!Array.isArray(types) || types.length === 0) return "";
  return types.map((t) => String(t).replace(/^\./, "").toUpperCase()).join(", ");
}

/** @param {FileUploaderProps} p @param {ElementView} view */
function fileUploader(p, view) {
  const id = `fragc-file-${view.uid}`;
  const files = filesOf(view.value);
  const disabled = Boolean(p.disabled);
  const accept = Array.isArray(p.type) && p.type.length ? p.type.join(",") : null;
  const limit = `${Number(p.max_upload_size_mb) || 200}MB per file`;
  const types = acceptedText(p.type);
  return h(
    "div",
    { "data-testid": "stFileUploader", class: "stFileUploader" },
    labelRow(p, id),
    // Streamlit 1.67's dropzone: the file input hidden inside it, an "Upload" button that
    // opens the browser's picker, the size limit (and the types).
    h(
      "section",
      {
        "data-testid": "stFileUploaderDropzone",
        role: "presentation",
        tabindex: -1,
        "aria-label": String(p.label ?? ""),
        "aria-disabled": String(disabled),
        class: cls("fragc-dropzone", disabled && "fragc-disabled"),
        "data-fragc-action": "file-dropzone",
      },
      h("input", {
        id,
        type: "file",
        "data-testid": "stFileUploaderDropzoneInput",
        "aria-label": "file upload",
        tabindex: -1,
        class: "fragc-file-input",
        accept,
        multiple: Boolean(p.multiple),
        webkitdirectory: p.directory ? true : null,
        disabled,
        "data-fragc-action": "file-upload",
      }),
      h(
        "span",
        {},
        h(
          "button",
          {
            type: "button",
            kind: "secondary",
            "data-testid": "stBaseButton-secondary",
            class: "fragc-button fragc-button-secondary",
            disabled,
            "data-fragc-action": "file-browse",
          },
          h("span", { "data-testid": "stIconMaterial", class: "fragc-upload-icon", "aria-hidden": "true", html: UPLOAD_SVG }),
          h("div", { "data-testid": "stMarkdownContainer", class: "fragc-button-label" }, "Upload"),
        ),
      ),
      h(
        "div",
        { "data-testid": "stFileUploaderDropzoneInstructions", class: "fragc-dropzone-text" },
        h("div", {}, h("span", {}, types ? `${limit} • ${types}` : limit)),
      ),
    ),
    // A refusal's message; Streamlit's test id only while there is one (showUploadError).
    h("div", { class: "fragc-upload-error", hidden: true }),
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
                  "data-fragc-action": "file-remove",
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

/**
 * Read the chosen (or dropped) files and commit them with the ones already there.
 * @param {Element} control an element of the uploader @param {File[]} chosen @param {EventContext} ctx
 */
async function upload(control, chosen, ctx) {
  const { scheduler, tree } = ctx;
  const node = ctx.widgetNode(control);
  if (!node || node.element.kind !== "file_uploader" || chosen.length === 0) return;
  const uid = node.uid;
  const props = node.element.props;
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
  const before = filesOf(ctx.value(current));
  const files = props.multiple ? [...before, ...read] : read;
  if (!ctx.commit(current, files) && runs) scheduler.release();
}

/** @param {Element} control @param {File[]} refused @param {number} limit */
function showUploadError(control, refused, limit) {
  const box = /** @type {HTMLElement | null} */ (
    control.closest('[data-testid="stFileUploader"]')?.querySelector(".fragc-upload-error") ?? null
  );
  if (!box) return;
  box.hidden = refused.length === 0;
  if (box.hidden) {
    box.removeAttribute("data-testid");
    box.removeAttribute("role");
  } else {
    box.setAttribute("data-testid", "stFileUploaderError");
    box.setAttribute("role", "alert");
  }
  box.textContent = refused
    .map((f) => (f.size > limit ? `${f.name}: file must be ${limit / MB}MB or smaller.` : `${f.name}: file type not allowed.`))
    .join(" ");
}

/** A chip's ×. @param {HTMLElement} button @param {MouseEvent} _event @param {EventContext} ctx */
function removeFile(button, _event, ctx) {
  const node = ctx.widgetNode(button);
  if (!node) return;
  const fileId = button.getAttribute("data-fragc-file-id");
  const files = filesOf(ctx.value(node)).filter((f) => f.file_id !== fileId);
  ctx.commit(node, files);
}

/** The dropzone of a control inside it. @param {Element} control */
const zoneOf = (control) => control.closest('[data-fragc-action="file-dropzone"]');

/** Dragging files over a dropzone. @param {HTMLElement} control @param {DragEvent} event */
function onDragOver(control, event) {
  const zone = zoneOf(control);
  if (!zone || zone.querySelector("input:disabled")) return;
  event.preventDefault();
  zone.setAttribute("data-drag-active", "");
}

/** @param {HTMLElement} control */
function onDragLeave(control) {
  zoneOf(control)?.removeAttribute("data-drag-active");
}

/** Dropping files on a dropzone uploads them, as choosing them does. @param {HTMLElement} control @param {DragEvent} event @param {EventContext} ctx */
function onDrop(control, event, ctx) {
  const zone = zoneOf(control);
  if (!zone) return;
  event.preventDefault();
  zone.removeAttribute("data-drag-active");
  const input = /** @type {HTMLInputElement | null} */ (zone.querySelector("input[type=file]"));
  if (input && !input.disabled) void upload(input, [...(event.dataTransfer?.files ?? [])], ctx);
}

/** The "Upload" button opens the browser's picker. @param {HTMLElement} button */
function onBrowse(button) {
  /** @type {HTMLInputElement | null | undefined} */ (zoneOf(button)?.querySelector("input[type=file]"))?.click();
}

/** Files chosen in the browser's picker. @param {HTMLElement} control @param {Event} _event @param {EventContext} ctx */
function onChoose(control, _event, ctx) {
  void upload(control, [...(/** @type {HTMLInputElement} */ (control).files ?? [])], ctx);
}

/** What a drop on the dropzone or on its input does. */
const DRAG = { dragover: onDragOver, dragleave: onDragLeave, drop: onDrop };

let nextFileId = 0;

/** A file as the widget value carries it (bytes in base64). @param {File} file @returns {Promise<WireFile>} */
export function readFile(file) {
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

export default /** @satisfies {Family} */ ({
  python: "widgets/files.py",
  elements: { file_uploader: fileUploader },
  actions: {
    "file-upload": { change: onChoose, ...DRAG },
    "file-dropzone": DRAG,
    "file-remove": { click: removeFile },
    "file-browse": { click: onBrowse },
  },
});
