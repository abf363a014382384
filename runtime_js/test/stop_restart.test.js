// Stopping a run and restarting Python (issue 14): the scheduler's part and the worker host.
import { test } from "node:test";
import assert from "node:assert/strict";
import { Scheduler } from "../src/scheduler.js";
import { SIGINT, WorkerHost } from "../src/worker_host.js";

function scheduler() {
  const sent = [];
  const states = [];
  const widgets = { current: /** @type {Record<string, unknown>} */ ({ w: 1 }) };
  const s = new Scheduler({
    send: (request) => sent.push(request),
    setScriptState: (state) => states.push(state),
    widgetStates: () => ({ ...widgets.current }),
    queryString: () => "",
  });
  return { s, sent, states, widgets };
}

test("Stop drops what was queued behind the run, clicks included", () => {
  const { s, sent } = scheduler();
  s.userEvent("F");
  s.userEvent("G", { b: true });
  s.dropPending();
  s.onSessionIdle();
  assert.equal(sent.length, 1);
  assert.equal(s.state, "notRunning");
});

test("a restart holds events until Python is ready, then sends one full run with the page's values", () => {
  const { s, sent, states, widgets } = scheduler();
  s.userEvent("F"); // the run that is stopped
  s.restartBegins();
  assert.equal(s.state, "running");
  widgets.current = { w: 2 };
  s.userEvent("G", { click: true }); // made while the new Python boots
  assert.equal(sent.length, 1, "nothing is sent to a Python that is not ready");
  s.resumeAfterRestart();
  assert.equal(sent.length, 2);
  assert.deepEqual(sent[1].fragment_ids, [], "a full run: the new Python knows no fragment yet");
  assert.deepEqual(sent[1].widget_states, { w: 2 }, "with the values the page holds, unlike a first boot");
  assert.deepEqual(sent[1].trigger_values, { click: true }, "the click made meanwhile is kept");
  s.onRunStarted();
  s.onRunFinished("finished");
  s.onSessionIdle();
  assert.equal(states.at(-1), "notRunning");
});

/** A stand-in for a Worker: records what it is sent and whether it was terminated. */
class FakeWorker {
  constructor() {
    this.posted = [];
    this.terminated = false;
    this.onmessage = null;
    this.onerror = null;
    this.onmessageerror = null;
  }
  postMessage(message) {
    this.posted.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  /** The worker posts a message to the page. */
  say(text) {
    this.onmessage?.({ data: text });
  }
}

function host({ isolated }) {
  const workers = [];
  const received = [];
  const h = new WorkerHost({
    url: new URL("http://x/fragc-worker.js"),
    create: () => {
      const worker = new FakeWorker();
      workers.push(worker);
      return /** @type {any} */ (worker);
    },
    onMessage: (text) => received.push(text),
    onError: () => {},
    isolated,
  });
  return { h, workers, received };
}

test("on an isolated page the host shares an interrupt buffer and Stop writes SIGINT into it", () => {
  const { h, workers } = host({ isolated: true });
  h.start();
  const [{ buffer }] = workers[0].posted;
  assert.ok(buffer instanceof Int32Array && buffer.buffer instanceof SharedArrayBuffer);
  assert.equal(h.interrupt(), true);
  assert.equal(Atomics.load(buffer, 0), SIGINT);
  h.clearInterrupt();
  assert.equal(Atomics.load(buffer, 0), 0);
});

test("without isolation there is no buffer: Stop has to restart Python", () => {
  const { h, workers } = host({ isolated: false });
  h.start();
  assert.deepEqual(workers[0].posted, []);
  assert.equal(h.interrupt(), false);
});

test("a restart ends the old worker, and nothing it posts late reaches the page", () => {
  const { h, workers, received } = host({ isolated: true });
  h.start();
  workers[0].say("before");
  h.restart();
  assert.equal(workers[0].terminated, true);
  assert.equal(workers.length, 2);
  assert.equal(workers[1].posted[0].type, "interrupt:buffer", "the new worker gets the same buffer");
  workers[0].say("late");
  workers[1].say("after");
  assert.deepEqual(received, ["before", "after"]);
  h.post("hello");
  assert.deepEqual(workers[1].posted.slice(1), ["hello"]);
  assert.equal(h.restarts, 1);
});

test("fragc dev's client hears the current worker through the host", () => {
  const { h, workers } = host({ isolated: false });
  const heard = [];
  h.addEventListener("message", (event) => heard.push(/** @type {MessageEvent} */ (event).data));
  h.start();
  workers[0].say("one");
  h.restart();
  workers[1].say("two");
  assert.deepEqual(heard, ["one", "two"]);
});
