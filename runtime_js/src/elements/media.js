// @ts-check
/**
 * st.audio, st.video and st.pdf (`compiler/fragc/shim/elements/media.py`).
 *
 * Markup as Streamlit's: `<audio data-testid="stAudio" controls>`, `<video
 * data-testid="stVideo" controls>` with one `<track data-testid="stVideoSubtitle">` per
 * subtitle, and for a YouTube link YouTube's embed player in an `<iframe
 * data-testid="stVideo">`. The bytes of bundled media are Blob URLs the page keeps for
 * the session (render/media_store.js).
 *
 * What Streamlit's players do with `start_time`, `end_time` and `loop` (seek to the
 * start once the media is loaded, stop or loop back at the end) is done by listeners on
 * the document: media events do not bubble but do go through the capture phase, so one
 * listener per event type serves every player, however often the page redraws.
 *
 * st.pdf shows the PDF in the browser's own viewer (an `<iframe>` on a Blob URL) inside
 * `stBidiComponentRegular` > `pdf-container`, the test ids of Streamlit's PDF component.
 */

import { h, cls } from "../render/dom.js";
import { mediaUrl, refUrl } from "../render/media_store.js";

/**
 * @typedef {import("../protocol_types").AudioProps} AudioProps
 * @typedef {import("../protocol_types").VideoProps} VideoProps
 * @typedef {import("../protocol_types").PdfProps} PdfProps
 * @typedef {import("../family.js").Family} Family
 */

/** @param {{ width: number | null }} p */
function widthStyle(p) {
  return typeof p.width === "number" && p.width > 0 ? `width: ${p.width}px; max-width: 100%` : "width: 100%";
}

/** @param {AudioProps} p */
function timing(p) {
  return {
    "data-start-time": Number(p.start_time) || 0,
    "data-end-time": typeof p.end_time === "number" ? p.end_time : null,
    "data-loop": p.loop ? "" : null,
  };
}

/** @param {AudioProps} p */
function audio(p) {
  startMediaEvents();
  return h("audio", {
    "data-testid": "stAudio",
    class: "stAudio fragc-audio",
    controls: true,
    src: mediaUrl(p) || null,
    autoplay: Boolean(p.autoplay),
    // Streamlit loops back to start_time itself (media_events.js), not with `loop`.
    "aria-label": typeof p.alt === "string" ? p.alt : null,
    style: widthStyle(p),
    ...timing(p),
  });
}

/** @param {VideoProps} p */
function video(p) {
  if (p.youtube) {
    const start = Number(p.start_time) || 0;
    const params = new URLSearchParams();
    if (start) params.set("start", String(start));
    if (typeof p.end_time === "number") params.set("end", String(p.end_time));
    if (p.loop) params.set("loop", "1");
    if (p.autoplay) params.set("autoplay", "1");
    if (p.muted) params.set("mute", "1");
    const query = params.toString();
    const src = `${p.src}${query ? `?${query}` : ""}`;
    return h("iframe", {
      "data-testid": "stVideo",
      class: "stVideo fragc-video fragc-video-embed",
      title: typeof p.alt === "string" ? p.alt : String(p.src),
      src,
      allow: "autoplay; encrypted-media",
      allowfullscreen: true,
      style: widthStyle(p),
    });
  }
  startMediaEvents();
  const tracks = Array.isArray(p.subtitles) ? p.subtitles : [];
  return h(
    "video",
    {
      "data-testid": "stVideo",
      class: "stVideo fragc-video",
      controls: true,
      src: mediaUrl(p) || null,
      autoplay: Boolean(p.autoplay),
      muted: Boolean(p.muted),
      playsinline: true,
      "aria-label": typeof p.alt === "string" ? p.alt : null,
      style: widthStyle(p),
      // `muted` as an attribute only sets the default; the property mutes now.
      props: { muted: Boolean(p.muted) },
      ...timing(p),
    },
    tracks.map((track, i) =>
      h("track", {
        "data-testid": "stVideoSubtitle",
        kind: "captions",
        label: String(track?.label ?? ""),
        src: refUrl(track?.media) || null,
        default: i === 0 ? true : null,
      }),
    ),
  );
}

/** @param {PdfProps} p */
function pdf(p) {
  const height = typeof p.height === "number" ? p.height : 500;
  const src = mediaUrl(p);
  return h(
    "div",
    { "data-testid": "stBidiComponentRegular", class: cls("stPdf", "fragc-pdf") },
    h(
      "div",
      { "data-testid": "pdf-container", class: "fragc-pdf-container", style: `height: ${height}px` },
      src
        ? h("iframe", {
            class: "fragc-pdf-frame",
            src,
            title: typeof p.alt === "string" ? p.alt : "PDF document",
            style: `height: ${height}px`,
          })
        : h("div", { "data-testid": "pdf-no-file-container", class: "fragc-pdf-empty" }, "No PDF file to show."),
    ),
  );
}

// ------------------------------------------------------------------ players

let started = false;

/** @param {EventTarget | null} target @returns {HTMLMediaElement | null} */
function player(target) {
  const el = /** @type {HTMLElement | null} */ (target);
  if (!el || (el.tagName !== "AUDIO" && el.tagName !== "VIDEO")) return null;
  return el.hasAttribute("data-start-time") ? /** @type {HTMLMediaElement} */ (el) : null;
}

/** @param {HTMLMediaElement} media */
const startOf = (media) => Number(media.getAttribute("data-start-time")) || 0;
/** @param {HTMLMediaElement} media */
const endOf = (media) => {
  const raw = media.getAttribute("data-end-time");
  return raw === null || raw === "" ? null : Number(raw);
};

/** Attach the listeners (once). */
function startMediaEvents() {
  if (started || typeof document === "undefined") return;
  started = true;
  document.addEventListener(
    "loadedmetadata",
    (event) => {
      const media = player(event.target);
      if (media && startOf(media) > 0) media.currentTime = startOf(media);
    },
    true,
  );
  document.addEventListener(
    "timeupdate",
    (event) => {
      const media = player(event.target);
      const end = media ? endOf(media) : null;
      if (!media || end === null || media.currentTime < end) return;
      if (media.hasAttribute("data-loop")) {
        media.currentTime = startOf(media);
        void media.play().catch(() => {});
      } else {
        media.pause();
      }
    },
    true,
  );
  document.addEventListener(
    "ended",
    (event) => {
      const media = player(event.target);
      if (!media || !media.hasAttribute("data-loop")) return;
      media.currentTime = startOf(media);
      void media.play().catch(() => {});
    },
    true,
  );
}

export default /** @satisfies {Family} */ ({
  python: "elements/media.py",
  elements: { audio, video, pdf },
});
