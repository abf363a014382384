// @ts-check
/**
 * Media bytes Python sent once per session (fragc/shim/media_files.py), as Blob URLs.
 *
 * A media reference is `{ id, mime, size, data? }`: the first delta of a session that
 * shows some bytes carries them (`data`, base64), later ones only name them. The page
 * keeps each as a Blob URL for the rest of the session. `remember` runs when a delta is
 * applied (page.js), not when it is drawn: a later delta may replace the element before
 * the next frame, and the bytes must not be lost with it.
 */

/** @typedef {{ id: string, mime: string, size?: number, data?: string }} MediaRef */

/** @type {Map<string, string>} id → Blob URL */
const urls = new Map();

/** Decode base64 to bytes. @param {string} text */
export function base64Bytes(text) {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** @param {unknown} ref @returns {ref is MediaRef} */
function isRef(ref) {
  return Boolean(ref) && typeof ref === "object" && typeof (/** @type {any} */ (ref).id) === "string";
}

/** Keep the bytes a reference carries (no-op for a bare reference). @param {unknown} ref */
export function rememberRef(ref) {
  if (!isRef(ref) || typeof ref.data !== "string" || urls.has(ref.id)) return;
  const blob = new Blob([base64Bytes(ref.data)], { type: ref.mime || "application/octet-stream" });
  urls.set(ref.id, URL.createObjectURL(blob));
}

/**
 * Keep every media reference an element carries: `props.media` and the subtitle
 * tracks' `media`. @param {{ props?: Record<string, any> } | undefined} element
 */
export function rememberMedia(element) {
  const props = element?.props;
  if (!props) return;
  rememberRef(props.media);
  if (Array.isArray(props.subtitles)) for (const track of props.subtitles) rememberRef(track?.media);
}

/** The URL to show: the element's own URL, else its bytes' Blob URL ("" when unknown). @param {Record<string, any>} props */
export function mediaUrl(props) {
  if (typeof props.src === "string" && props.src) return props.src;
  return refUrl(props.media);
}

/** @param {unknown} ref */
export function refUrl(ref) {
  return isRef(ref) ? (urls.get(ref.id) ?? "") : "";
}
