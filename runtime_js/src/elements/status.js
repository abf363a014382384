// @ts-check
/**
 * Progress and status (`compiler/fragc/shim/elements/status.py`): st.progress,
 * st.spinner (with its clock), st.status (a block), st.balloons and st.snow.
 *
 * These change while the script runs: the worker posts `run:deltas` before every
 * `time.sleep` and every 50 ms, and page.js draws each batch on the next frame, so a
 * bar moves and a spinner shows mid-run. A spinner's clock (`show_time`) ticks on the
 * page, since Python is busy: this module keeps one interval while any clock is shown.
 */

import { h, cls } from "../render/dom.js";
import { markdownToHtml } from "../render/markdown.js";
import { watch } from "../render/enhance.js";
import { vertical } from "./layout.js";

/**
 * @typedef {import("../protocol_types").ProgressProps} ProgressProps
 * @typedef {import("../protocol_types").SpinnerProps} SpinnerProps
 * @typedef {import("../protocol_types").EffectProps} EffectProps
 * @typedef {import("../protocol_types").StatusProps} StatusProps
 * @typedef {import("../family.js").BlockView} BlockView
 * @typedef {import("../family.js").Family} Family
 */

/** @param {ProgressProps} p */
function progress(p) {
  watch();
  const value = Math.min(Math.max(Number(p.value) || 0, 0), 100);
  return h(
    "div",
    { "data-testid": "stProgress", class: "stProgress" },
    p.text
      ? h("div", { "data-testid": "stMarkdownContainer", class: "fragc-progress-text", html: markdownToHtml(String(p.text), { inline: true }) })
      : null,
    h(
      "div",
      { role: "progressbar", "aria-valuemin": 0, "aria-valuemax": 100, "aria-valuenow": value, class: "fragc-progress-track" },
      h("div", { class: "fragc-progress-bar", style: `width: ${value}%` }),
    ),
  );
}

/**
 * Streamlit's spinner clock text: "(1.2 seconds)", "(1 minute, 5.0 seconds)", ...
 * @param {number} seconds
 */
export function formatElapsed(seconds) {
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = seconds % 60;
  const plural = (/** @type {number} */ n, /** @type {string} */ unit) => `${n} ${unit}${n === 1 ? "" : "s"}`;
  const secondsText = rest === 0 ? "" : `, ${rest.toFixed(1)} seconds`;
  if (hours === 0 && minutes === 0) return `(${rest.toFixed(1)} seconds)`;
  if (hours === 0) return `(${plural(minutes, "minute")}${secondsText})`;
  return `(${plural(hours, "hour")}${minutes === 0 ? "" : `, ${plural(minutes, "minute")}`}${secondsText})`;
}

/** @param {SpinnerProps} p */
function spinner(p) {
  watch();
  return h(
    "div",
    {
      // A page waiting for its own packages (fragc/shim/page_packages.py): fragc's line, not the app's.
      "data-testid": p.packages ? "fragcPagePackages" : "stSpinner",
      class: cls("stSpinner", p.cache && "stCacheSpinner"),
      ...(p.packages ? { "data-fragc-packages": p.packages.join(" ") } : {}),
    },
    h("span", { "data-testid": "stSpinnerIcon", class: "fragc-spinner-icon", "aria-hidden": "true" }),
    h(
      "div",
      { class: "fragc-spinner-text" },
      h("div", { role: "status", html: markdownToHtml(String(p.text ?? ""), { inline: true }) }),
      p.show_time ? h("span", { class: "fragc-spinner-time", "data-started": Date.now() }, formatElapsed(0)) : null,
    ),
  );
}

/** @type {ReturnType<typeof setInterval> | null} */
let clock = null;

/** Start the spinner clocks found under `root` (one interval for the whole page). @param {ParentNode} root */
export function tickSpinners(root) {
  if (clock !== null) return;
  const found = root.querySelector?.(".fragc-spinner-time[data-started]") ?? (root instanceof Element && root.matches(".fragc-spinner-time[data-started]"));
  if (!found) return;
  clock = setInterval(() => {
    const clocks = document.querySelectorAll(".fragc-spinner-time[data-started]");
    if (!clocks.length && clock !== null) {
      clearInterval(clock);
      clock = null;
      return;
    }
    const now = Date.now();
    for (const el of clocks) {
      const text = formatElapsed((now - Number(el.getAttribute("data-started"))) / 1000);
      if (el.textContent !== text) el.textContent = text;
    }
  }, 100);
}

/** Test id, class and Material Symbols ligature (Streamlit 1.67's `:material/check:`,
 * `:material/error:`; the spinner is drawn) of the status icon, per state.
 * @type {Record<string, [string, string, string]>} */
const STATUS_ICONS = {
  running: ["stExpanderIconSpinner", "fragc-spinner-icon", ""],
  complete: ["stExpanderIconCheck", "fragc-status-check fragc-material-icon", "check"],
  error: ["stExpanderIconError", "fragc-status-error fragc-material-icon", "error"],
};

/** The `expanded` Python sent last, per status block: a new value wins over the user's choice. */
const sentExpanded = new Map();

/**
 * st.status: an expander whose icon tells the state. It shares the expanders' page
 * state (`ui.expanders`) and their `expander` action (elements/layout.js).
 * @param {StatusProps} props @param {BlockView} view
 */
function status(props, view) {
  watch();
  const { ui, attrs } = view;
  const uid = view.node.uid;
  if (typeof props.expanded === "boolean" && sentExpanded.get(uid) !== props.expanded) {
    sentExpanded.set(uid, props.expanded);
    ui.expanders.set(uid, props.expanded);
  }
  const open = ui.expanders.get(uid) ?? Boolean(props.expanded);
  const state = STATUS_ICONS[props.state] ? props.state : "running";
  const [testid, iconClass, ligature] = STATUS_ICONS[state];
  const type = ["compact", "step"].includes(props.type) ? props.type : "default";
  return h(
    "div",
    { ...attrs, "data-testid": "stExpander", class: cls("stExpander", "fragc-status", `fragc-expander-${type}`, `fragc-status-${state}`) },
    h(
      "details",
      { open, "data-fragc-action": "expander" },
      h(
        "summary",
        { class: "fragc-expander-summary" },
        ligature
          ? h("span", { "data-testid": testid, class: cls("fragc-status-icon", iconClass), translate: "no", "aria-hidden": "true" }, ligature)
          : h("span", { "data-testid": testid, class: cls("fragc-status-icon", iconClass), "aria-label": state, role: "img" }),
        h("div", { "data-testid": "stMarkdownContainer", class: "fragc-expander-label", html: markdownToHtml(String(props.label ?? ""), { inline: true }) }),
        // Streamlit's status has no arrow of its own: fragc's carries no test id.
        h("span", { class: "fragc-expander-toggle", "aria-hidden": "true" }),
      ),
      h("div", { "data-testid": "stExpanderDetails", class: "fragc-expander-details" }, vertical({}, undefined, view.children(), {})),
    ),
  );
}

const BALLOONS = ["🎈", "🎈", "🎈", "🎉", "🎈", "🎊"];

/**
 * A burst drawn over the page (position: fixed) that plays once and then hides; the
 * `effect` number from Python keys the element so a new call replays it.
 * @param {"balloons" | "snow"} kind @param {EffectProps} p
 */
function effect(kind, p) {
  const count = kind === "balloons" ? 24 : 36;
  const pieces = [];
  for (let i = 0; i < count; i += 1) {
    // Spread evenly with a fixed jitter: the same call draws the same picture.
    const left = ((i * 37) % 100) + ((i * 7) % 5) / 10;
    const delay = ((i * 13) % 20) / 10;
    const size = kind === "balloons" ? 2 + ((i * 11) % 10) / 10 : 0.8 + ((i * 17) % 10) / 10;
    pieces.push(
      h(
        "span",
        {
          class: `fragc-${kind}-piece`,
          style: `left: ${left}%; animation-delay: ${delay}s; font-size: ${size}rem;`,
          "aria-hidden": "true",
        },
        kind === "balloons" ? BALLOONS[i % BALLOONS.length] : "❄",
      ),
    );
  }
  const testid = kind === "balloons" ? "stBalloons" : "stSnow";
  return h(
    "div",
    { "data-testid": testid, class: `fragc-effect fragc-${kind}`, "data-fragc-uid": `effect-${Number(p.effect) || 0}` },
    pieces,
  );
}

/** @param {EffectProps} p */
function balloons(p) {
  return effect("balloons", p);
}

/** @param {EffectProps} p */
function snow(p) {
  return effect("snow", p);
}

export default /** @satisfies {Family} */ ({
  python: "elements/status.py",
  elements: { progress, spinner, balloons, snow },
  blocks: { status },
});
