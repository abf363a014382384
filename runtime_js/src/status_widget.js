// @ts-check
/**
 * The status area in the header (`stStatusWidget`, as Streamlit's): "Running..." while a
 * run is in progress, with a Stop button once it has lasted longer than a moment, and
 * what became of a stop or a restart.
 *
 * Streamlit 1.67 draws a running icon (`stStatusWidgetRunningIcon`, named "Running...")
 * and a header button "Stop" (`stBaseButton-header`). It cannot stop a script that
 * never calls Streamlit; fragc can (page.js): the area says so when it had to restart
 * Python to do it, and what of the session state did not survive.
 */

import { h } from "./render/dom.js";

/** How long a run goes before the Stop button shows: quick runs do not flash it. */
export const STOP_DELAY_MS = 500;

/**
 * @typedef {{ key: string, type: string, reason: string }} Skipped
 * @typedef {"idle" | "running" | "stopping" | "restarting"} Phase
 */

export class StatusWidget {
  /**
   * @param {HTMLElement} el the chrome's `stStatusWidget`
   * @param {{ onStop: () => void, canStop: () => boolean, delayMs?: number }} deps
   *   canStop: a run is in flight in Python (not only asked for, as on a pre-rendered page
   *   whose Python is still starting)
   */
  constructor(el, { onStop, canStop, delayMs = STOP_DELAY_MS }) {
    this.el = el;
    this.canStop = canStop;
    this.delayMs = delayMs;
    /** @type {Phase} */
    this.phase = "idle";
    /** @type {ReturnType<typeof setTimeout> | null} */
    this.timer = null;
    /** A stop or restart notice, shown until the next run the user asks for. @type {HTMLElement | null} */
    this.notice = null;
    this.#draw("", false);
    el.addEventListener("click", (event) => {
      const target = /** @type {Element} */ (event.target);
      if (target.closest?.('[data-fragc-stop]')) onStop();
    });
  }

  /** The scheduler's state changed. @param {boolean} busy */
  setBusy(busy) {
    if (this.phase === "stopping" || this.phase === "restarting") return;
    if (busy === (this.phase === "running")) return;
    this.phase = busy ? "running" : "idle";
    this.#cancelTimer();
    if (busy) {
      this.#draw("Running...", false);
      this.#offerStop();
    } else {
      this.#draw("", false);
    }
  }

  /** Stop was pressed: the page is ending the run. */
  stopping() {
    this.phase = "stopping";
    this.#cancelTimer();
    this.#draw("Stopping...", false);
  }

  /** Python is starting again. @param {string} [stage] the worker's boot stage */
  restarting(stage = "") {
    this.phase = "restarting";
    this.#cancelTimer();
    this.#draw(`Restarting Python${stage ? `: ${stage}` : "..."}`, false);
  }

  /**
   * The stop or restart is over. The notice says what happened and stays until the
   * next run the user asks for (`clearNotice`).
   * @param {{ text: string, skipped?: Skipped[] }} notice
   */
  settled({ text, skipped = [] }) {
    this.phase = "idle";
    this.#cancelTimer();
    this.#draw("", false);
    const lost = skipped.map((s) => `${s.key} (${s.type}, ${s.reason})`).join(", ");
    this.notice = h(
      "span",
      { "data-testid": "stRunStopped", class: "fragc-run-stopped", role: "status" },
      text,
      lost ? h("span", { class: "fragc-run-stopped-lost" }, ` Not kept: ${lost}.`) : null,
    );
    this.el.append(this.notice);
    this.el.setAttribute("data-testid", "stStatusWidget");
  }

  /** Back to following the run state (a restarted Python is ready, or gone). */
  reset() {
    this.phase = "idle";
    this.#cancelTimer();
    this.#draw("", false);
  }

  clearNotice() {
    this.notice?.remove();
    this.notice = null;
    if (this.phase === "idle") this.el.removeAttribute("data-testid");
  }

  /** Show Stop once a run has gone on for the delay (checked again while none is in flight). */
  #offerStop() {
    this.timer = setTimeout(() => {
      this.timer = null;
      if (this.phase !== "running") return;
      if (this.canStop()) this.#draw("Running...", true);
      else this.#offerStop();
    }, this.delayMs);
  }

  #cancelTimer() {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  /** @param {string} text @param {boolean} withStop */
  #draw(text, withStop) {
    for (const child of [...this.el.children]) if (child !== this.notice) child.remove();
    this.el.classList.toggle("fragc-status-busy", text !== "");
    // Streamlit draws stStatusWidget only while there is something to say.
    if (text || this.notice) this.el.setAttribute("data-testid", "stStatusWidget");
    else this.el.removeAttribute("data-testid");
    if (!text) return;
    const parts = [
      h("div", { "data-testid": "stStatusWidgetRunningIcon", class: "fragc-status-icon-running", role: "img", "aria-label": text }),
      h("span", { class: "fragc-status-text" }, text),
    ];
    if (withStop) {
      parts.push(h("button", { type: "button", kind: "header", "data-testid": "stBaseButton-header", class: "fragc-status-stop", "data-fragc-stop": "" }, "Stop"));
    }
    this.el.prepend(...parts);
  }
}
