// @ts-check
/**
 * st.camera_input and st.audio_input (`compiler/fragc/shim/widgets/capture.py`), drawn
 * as Streamlit draws them, and their browser side.
 *
 * Camera: `stCameraInput` > label, then either the live camera (`stCameraInputWebcam
 * Component` > `stCameraInputWebcamStyledBox` > `<video>`) and a "Take Photo" button
 * (`stCameraInputButton`), or the photo taken and a "Clear photo" button. Audio:
 * `stAudioInput` > label, a record button (`stAudioInputActionButton`, "Record" /
 * "Stop recording"), the time (`stAudioInputWaveformTimeCode`), then the recording in an
 * `<audio>` player and a "Clear recording" button.
 *
 * The photo (a JPEG from the live video) or the recording (`MediaRecorder`, turned into
 * a 16-bit mono WAV at the widget's `sample_rate`, as Streamlit records) is the widget's
 * committed value: a one-file list, the bytes in base64, as an upload. Streams start
 * when the camera's `<video>` is on the page (after a render) and stop when it goes (a
 * photo taken, the widget gone); a device the browser refuses (no permission, no
 * camera) becomes a message in place of the widget's controls. What the streams, the
 * recorder and the refusals are is page state, by node uid (`captures`).
 */

import { h, cls } from "../render/dom.js";
import { labelRow } from "../render/parts.js";

/**
 * @typedef {import("../protocol_types").CameraInputProps} CameraInputProps
 * @typedef {import("../protocol_types").AudioInputProps} AudioInputProps
 * @typedef {import("../family.js").ElementView} ElementView
 * @typedef {import("../family.js").EventContext} EventContext
 * @typedef {import("../family.js").Family} Family
 * @typedef {import("../render/index.js").Renderer} Renderer
 *
 * @typedef {object} Capture page state of one capture widget
 * @property {MediaStream | null} stream
 * @property {string | null} error what the browser said when it refused the device
 * @property {MediaRecorder | null} recorder
 * @property {number} startedAt when the recording started (ms)
 * @property {boolean} busy a photo or a recording being encoded, a device being opened
 */

/** @type {Map<number, Capture>} */
const captures = new Map();

/** @param {number} uid @returns {Capture} */
function captureOf(uid) {
  let state = captures.get(uid);
  if (!state) {
    state = { stream: null, error: null, recorder: null, startedAt: 0, busy: false };
    captures.set(uid, state);
  }
  return state;
}

/** The one file the widget holds, with its bytes. @param {unknown} value */
function capturedFile(value) {
  const file = Array.isArray(value) ? value[0] : null;
  return file && typeof file === "object" && typeof file.data === "string" ? file : null;
}

/** "This app would like to use your camera/microphone." as Streamlit words it. @param {string} device @param {string} detail */
function refused(device, detail) {
  return h(
    "div",
    { "data-testid": "stCaptureRefused", class: "fragc-capture-refused", role: "alert" },
    h("p", {}, `This app would like to use your ${device}.`),
    h("small", {}, `${detail} Allow access to the ${device} in your browser's site settings, then reload the page.`),
  );
}

/** @param {{ width: string | number }} p */
function widthStyle(p) {
  return typeof p.width === "number" ? `width: ${p.width}px; max-width: 100%` : null;
}

/** @param {CameraInputProps} p @param {ElementView} view */
function cameraInput(p, view) {
  const id = `fragc-camera-${view.uid}`;
  const photo = capturedFile(view.value);
  const state = captureOf(view.uid);
  const disabled = Boolean(p.disabled);
  let body;
  if (photo) {
    body = [
      h(
        "div",
        { "data-testid": "stCameraInputWebcamStyledBox", class: "fragc-camera-box" },
        h("img", { class: "fragc-camera-photo", src: `data:${photo.type};base64,${photo.data}`, alt: "Photo taken" }),
      ),
      h(
        "button",
        {
          type: "button",
          "data-testid": "stCameraInputButton",
          class: "fragc-capture-button",
          disabled: disabled || state.busy,
          "data-fragc-action": "camera-clear",
        },
        "Clear photo",
      ),
    ];
  } else if (state.error !== null) {
    body = refused("camera", state.error);
  } else {
    body = [
      h(
        "div",
        { "data-testid": "stCameraInputWebcamStyledBox", class: "fragc-camera-box" },
        h("video", {
          id,
          class: "fragc-camera-video",
          autoplay: true,
          playsinline: true,
          muted: true,
          "aria-label": String(p.label ?? ""),
          "data-fragc-camera": view.uid,
          "data-fragc-resolution": typeof p.resolution_height === "number" ? p.resolution_height : null,
        }),
      ),
      h(
        "button",
        {
          type: "button",
          "data-testid": "stCameraInputButton",
          class: "fragc-capture-button",
          disabled: disabled || state.busy || !state.stream,
          "data-fragc-action": "camera-take",
        },
        state.busy ? "Uploading..." : "Take Photo",
      ),
    ];
  }
  return h(
    "div",
    { "data-testid": "stCameraInput", class: cls("stCameraInput", disabled && "fragc-disabled"), style: widthStyle(p) },
    labelRow(p, id),
    h("div", { "data-testid": "stCameraInputWebcamComponent", class: "fragc-camera" }, body),
  );
}

/** mm:ss, as Streamlit's time code. @param {number} ms */
export function timeCode(ms) {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  const pad = (/** @type {number} */ n) => String(n).padStart(2, "0");
  return seconds < 3600
    ? `${pad(Math.floor(seconds / 60))}:${pad(seconds % 60)}`
    : `${pad(Math.floor(seconds / 3600))}:${pad(Math.floor(seconds / 60) % 60)}:${pad(seconds % 60)}`;
}

/** @param {AudioInputProps} p @param {ElementView} view */
function audioInput(p, view) {
  const id = `fragc-audio-${view.uid}`;
  const recording = capturedFile(view.value);
  const state = captureOf(view.uid);
  const active = state.recorder !== null;
  const disabled = Boolean(p.disabled) || state.busy;
  const label = active ? "Stop recording" : "Record";
  return h(
    "div",
    { "data-testid": "stAudioInput", class: cls("stAudioInput", Boolean(p.disabled) && "fragc-disabled"), style: widthStyle(p) },
    labelRow(p, id),
    h(
      "div",
      { class: cls("fragc-audio-input", active && "fragc-recording") },
      h(
        "button",
        {
          id,
          type: "button",
          "data-testid": "stAudioInputActionButton",
          class: "fragc-icon-button fragc-record-button",
          "aria-label": label,
          title: label,
          disabled,
          "data-fragc-action": "audio-record",
        },
        h("span", { class: active ? "fragc-stop-icon" : "fragc-mic-icon", "aria-hidden": "true" }),
      ),
      recording && !active
        ? h("audio", {
            class: "fragc-audio-recording",
            controls: true,
            src: `data:${recording.type};base64,${recording.data}`,
            "aria-label": "Recording",
          })
        : h("div", { "data-testid": "stAudioInputWaveSurfer", class: "fragc-audio-wave" }),
      h(
        "span",
        { "data-testid": "stAudioInputWaveformTimeCode", class: "fragc-audio-time", "data-fragc-since": active ? state.startedAt : null },
        active ? timeCode(Date.now() - state.startedAt) : "00:00",
      ),
      recording && !active
        ? h(
            "button",
            {
              type: "button",
              class: "fragc-icon-button fragc-clear-recording",
              "aria-label": "Clear recording",
              title: "Clear recording",
              disabled,
              "data-fragc-action": "audio-clear",
            },
            "×",
          )
        : null,
    ),
    state.error !== null ? refused("microphone", state.error) : null,
  );
}

let nextId = 0;

/** A fresh file id (a new capture is a new value, as a new upload). */
function fileId() {
  nextId += 1;
  return `${Date.now().toString(36)}-capture-${nextId}`;
}

/** @param {Blob} blob @returns {Promise<string>} */
function base64Of(blob) {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(reader.error);
    reader.onload = () => {
      const url = String(reader.result ?? "");
      resolve(url.slice(url.indexOf(",") + 1));
    };
    reader.readAsDataURL(blob);
  });
}

/** What the browser said, in words a user can act on. @param {unknown} error */
export function refusalText(error) {
  const name = error && typeof error === "object" ? String(/** @type {any} */ (error).name ?? "") : "";
  if (name === "NotAllowedError" || name === "SecurityError") return "The browser refused access.";
  if (name === "NotFoundError" || name === "OverconstrainedError") return "No such device was found.";
  if (name === "NotReadableError") return "The device is in use by another program.";
  if (typeof navigator === "undefined" || !navigator.mediaDevices) return "This page cannot use media devices (it needs https or localhost).";
  return `The device could not be opened (${name || String(error)}).`;
}

/** 16-bit PCM mono WAV of one channel of samples. @param {Float32Array} samples @param {number} rate */
export function encodeWav(samples, rate) {
  const buffer = new ArrayBuffer(44 + samples.length * 2);
  const view = new DataView(buffer);
  const text = (/** @type {number} */ at, /** @type {string} */ s) => {
    for (let i = 0; i < s.length; i++) view.setUint8(at + i, s.charCodeAt(i));
  };
  text(0, "RIFF");
  view.setUint32(4, 36 + samples.length * 2, true);
  text(8, "WAVE");
  text(12, "fmt ");
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, 1, true); // mono
  view.setUint32(24, rate, true);
  view.setUint32(28, rate * 2, true);
  view.setUint16(32, 2, true);
  view.setUint16(34, 16, true);
  text(36, "data");
  view.setUint32(40, samples.length * 2, true);
  for (let i = 0; i < samples.length; i++) {
    const s = Math.max(-1, Math.min(1, samples[i]));
    view.setInt16(44 + i * 2, s < 0 ? s * 0x8000 : s * 0x7fff, true);
  }
  return new Blob([buffer], { type: "audio/wav" });
}

/** A recording (any format the browser recorded) as a WAV at `rate` (null: its own). @param {Blob} recorded @param {number | null} rate */
async function toWav(recorded, rate) {
  const context = new AudioContext();
  let decoded;
  try {
    decoded = await context.decodeAudioData(await recorded.arrayBuffer());
  } finally {
    void context.close();
  }
  const target = rate ?? decoded.sampleRate;
  const length = Math.max(1, Math.ceil(decoded.duration * target));
  const offline = new OfflineAudioContext(1, length, target);
  const source = offline.createBufferSource();
  source.buffer = decoded;
  source.connect(offline.destination);
  source.start();
  const rendered = await offline.startRendering();
  return encodeWav(rendered.getChannelData(0), target);
}


// ------------------------------------------------------------------ the browser side

/** Redraw one widget after a page-only change. @param {Renderer} renderer @param {number} uid */
function redraw(renderer, uid) {
  renderer.tree.touchUi(uid);
  renderer.render();
}

/** Commit a captured file (the run state left notRunning when the capture began). @param {EventContext} ctx @param {number} uid @param {Blob} blob @param {string} name */
async function commitFile(ctx, uid, blob, name) {
  const data = await base64Of(blob);
  const node = ctx.tree.find(uid);
  if (!node || node.type !== "element" || !node.element.widget) {
    ctx.scheduler.release();
    return;
  }
  const file = { file_id: fileId(), name, type: blob.type, size: blob.size, data };
  if (!ctx.commit(node, [file])) ctx.scheduler.release();
}

/** Whether committing this widget starts a run (not in a form, not `on_change="ignore"`). @param {import("../tree.js").ElementNode} node */
function runs(node) {
  return !node.element.widget?.form_id && !(/** @type {{ ignore_rerun?: boolean }} */ (node.element.props).ignore_rerun);
}

/** @param {Renderer} renderer @param {HTMLVideoElement} video */
async function startCamera(renderer, video) {
  const uid = Number(video.getAttribute("data-fragc-camera"));
  const state = captureOf(uid);
  if (state.stream) {
    if (video.srcObject !== state.stream) video.srcObject = state.stream;
    return;
  }
  if (state.error !== null || state.busy) return;
  state.busy = true;
  const height = Number(video.getAttribute("data-fragc-resolution")) || null;
  try {
    if (!navigator.mediaDevices?.getUserMedia) throw new Error("no media devices");
    state.stream = await navigator.mediaDevices.getUserMedia({ video: height ? { height: { ideal: height } } : true, audio: false });
  } catch (error) {
    state.error = refusalText(error);
  }
  state.busy = false;
  redraw(renderer, uid); // enables "Take Photo"; the next afterRender gives the video its stream
}

/** @param {number} uid */
function stopStream(uid) {
  const state = captures.get(uid);
  if (!state?.stream) return;
  for (const track of state.stream.getTracks()) track.stop();
  state.stream = null;
}

/**
 * After a render: cameras drawn get their stream; cameras gone from the page stop.
 * @param {Renderer} renderer @param {Element[]} drawn
 */
function followCameras(renderer, drawn) {
  const videos = /** @type {HTMLVideoElement[]} */ (drawn.flatMap((el) => [...el.querySelectorAll("video[data-fragc-camera]")]));
  for (const video of videos) void startCamera(renderer, video);
  for (const [uid, state] of captures) {
    if (state.stream && !state.recorder && !document.querySelector(`video[data-fragc-camera="${uid}"]`)) stopStream(uid);
  }
}

/** "Take Photo": the live video's frame as a JPEG. @param {HTMLElement} button @param {MouseEvent} _event @param {EventContext} ctx */
async function takePhoto(button, _event, ctx) {
  const node = ctx.widgetNode(button);
  const video = /** @type {HTMLVideoElement | null} */ (
    button.closest('[data-testid="stCameraInput"]')?.querySelector("video[data-fragc-camera]") ?? null
  );
  if (!node || !video || !video.videoWidth) return;
  const canvas = document.createElement("canvas");
  canvas.width = video.videoWidth;
  canvas.height = video.videoHeight;
  canvas.getContext("2d")?.drawImage(video, 0, 0);
  if (runs(node)) ctx.scheduler.hold();
  const blob = await new Promise((resolve) => canvas.toBlob(resolve, "image/jpeg", 0.92));
  if (!blob) {
    ctx.scheduler.release();
    return;
  }
  stopStream(node.uid);
  const stamp = new Date().toISOString().replaceAll(":", "_");
  await commitFile(ctx, node.uid, /** @type {Blob} */ (blob), `camera-input-${stamp}.jpg`);
}

/** "Clear photo" / "Clear recording": the value is None again. @param {HTMLElement} button @param {MouseEvent} _event @param {EventContext} ctx */
function clearCapture(button, _event, ctx) {
  const node = ctx.widgetNode(button);
  if (node) ctx.commit(node, []);
}

/** The recording's clock (only the text changes), while something records. */
let clock = /** @type {ReturnType<typeof setInterval> | null} */ (null);

function tickClocks() {
  const codes = document.querySelectorAll("[data-fragc-since]");
  if (codes.length === 0 && clock !== null) {
    clearInterval(clock);
    clock = null;
  }
  for (const code of codes) code.textContent = timeCode(Date.now() - Number(code.getAttribute("data-fragc-since")));
}

/** "Record" / "Stop recording". @param {HTMLElement} button @param {MouseEvent} _event @param {EventContext} ctx */
async function toggleRecording(button, _event, ctx) {
  const node = ctx.widgetNode(button);
  if (!node) return;
  const uid = node.uid;
  const state = captureOf(uid);
  if (state.recorder) {
    state.recorder.stop();
    return;
  }
  /** @type {Blob[]} */
  const chunks = [];
  try {
    if (!navigator.mediaDevices?.getUserMedia) throw new Error("no media devices");
    state.stream = await navigator.mediaDevices.getUserMedia({ audio: true });
  } catch (error) {
    state.error = refusalText(error);
    redraw(ctx.renderer, uid);
    return;
  }
  state.error = null;
  const recorder = new MediaRecorder(state.stream);
  recorder.ondataavailable = (event) => {
    if (event.data.size) chunks.push(event.data);
  };
  recorder.onstop = async () => {
    stopStream(uid);
    state.recorder = null;
    state.busy = true;
    redraw(ctx.renderer, uid);
    const current = ctx.tree.find(uid);
    if (!current || current.type !== "element") return;
    const props = /** @type {AudioInputProps} */ (current.element.props);
    if (runs(current)) ctx.scheduler.hold();
    try {
      const wav = await toWav(new Blob(chunks, { type: recorder.mimeType }), props.sample_rate ?? null);
      const stamp = new Date().toISOString().slice(0, 16).replaceAll(":", "-");
      state.busy = false;
      await commitFile(ctx, uid, wav, `${stamp}_audio.wav`);
    } catch (error) {
      console.error("fragc: encoding the recording failed", error);
      state.busy = false;
      ctx.scheduler.release();
    }
    redraw(ctx.renderer, uid);
  };
  state.recorder = recorder;
  state.startedAt = Date.now();
  recorder.start(250);
  clock ??= setInterval(tickClocks, 250);
  redraw(ctx.renderer, uid);
}

export default /** @satisfies {Family} */ ({
  python: "widgets/capture.py",
  elements: { camera_input: cameraInput, audio_input: audioInput },
  actions: {
    "camera-take": { click: (b, e, ctx) => void takePhoto(b, e, ctx) },
    "camera-clear": { click: clearCapture },
    "audio-record": { click: (b, e, ctx) => void toggleRecording(b, e, ctx) },
    "audio-clear": { click: clearCapture },
  },
  afterRender: followCameras,
});
