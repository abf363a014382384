// The run scheduler: one request in flight, Streamlit's coalescing, the run state.
import { test } from "node:test";
import assert from "node:assert/strict";
import { Scheduler, coalesce } from "../src/scheduler.js";

/** A scheduler wired to plain arrays, and a widget store that tests can change. */
function setup() {
  const sent = [];
  const states = [];
  const events = [];
  const widgets = { current: /** @type {Record<string, unknown>} */ ({}) };
  const scheduler = new Scheduler({
    send: (request) => {
      sent.push(request);
      events.push("send");
    },
    setScriptState: (state) => {
      states.push(state);
      events.push(state);
    },
    widgetStates: () => ({ ...widgets.current }),
    queryString: () => "a=1",
    flush: () => events.push("flush"),
  });
  /** The worker runs what was sent: run:started, run:finished, session:idle. */
  const finish = (status = "finished") => {
    scheduler.onRunStarted();
    scheduler.onRunFinished(status);
    scheduler.onSessionIdle();
  };
  return { scheduler, sent, states, events, widgets, finish };
}

test("an event while idle is sent at once, and the state moves synchronously", () => {
  const { scheduler, sent, states, finish } = setup();
  scheduler.userEvent("F", { b: true });
  assert.deepEqual(states, ["rerunRequested"]);
  assert.equal(sent.length, 1);
  assert.deepEqual(sent[0], {
    type: "run:request",
    fragment_ids: ["F"],
    widget_states: {},
    trigger_values: { b: true },
    is_auto: false,
    query_string: "a=1",
  });
  finish("finished_fragment");
  assert.deepEqual(states, ["rerunRequested", "running", "notRunning"]);
});

test("a widget outside any fragment asks for a full run", () => {
  const { scheduler, sent } = setup();
  scheduler.userEvent(null);
  scheduler.onSessionIdle();
  scheduler.userEvent("");
  assert.deepEqual(sent.map((r) => r.fragment_ids), [[], []]);
});

test("requests while busy coalesce as in Streamlit: A, B, A, C, D → [A, B, C, D]", () => {
  const { scheduler, sent, widgets, finish } = setup();
  scheduler.userEvent("X");
  scheduler.userEvent("A");
  scheduler.userEvent("B");
  scheduler.userEvent("A");
  scheduler.userEvent("C", { "button-c": true });
  widgets.current = { d: 5 };
  scheduler.userEvent("D");
  assert.equal(sent.length, 1, "only one request in flight");
  finish("finished_fragment");
  assert.equal(sent.length, 2);
  assert.deepEqual(sent[1].fragment_ids, ["A", "B", "C", "D"]);
  assert.deepEqual(sent[1].trigger_values, { "button-c": true });
  assert.deepEqual(sent[1].widget_states, { d: 5 }, "widget values are read when the request is sent");
});

test("a full request empties the fragment queue and wins", () => {
  const { scheduler, sent, finish } = setup();
  scheduler.userEvent("X");
  scheduler.userEvent("A", { a: true });
  scheduler.userEvent(null);
  scheduler.userEvent("B", { b: true });
  finish("finished_fragment");
  assert.deepEqual(sent[1].fragment_ids, []);
  assert.deepEqual(sent[1].trigger_values, { a: true, b: true }, "no click is lost");
});

test("the state stays running across chained requests and ends notRunning after the DOM update", () => {
  const { scheduler, events, finish } = setup();
  scheduler.requestFullRun();
  scheduler.onRunStarted();
  scheduler.userEvent("A"); // clicked during the first run
  scheduler.onRunFinished("finished");
  scheduler.onSessionIdle(); // the queued request goes out at once
  finish("finished_fragment");
  assert.deepEqual(events, ["send", "running", "rerunRequested", "send", "running", "flush", "notRunning"]);
  assert.ok(!events.slice(0, -1).includes("notRunning"));
});

test("the first full run goes from initial to running without rerunRequested", () => {
  const { scheduler, states, finish } = setup();
  assert.equal(scheduler.state, "initial");
  scheduler.requestFullRun();
  assert.deepEqual(states, []);
  finish();
  assert.deepEqual(states, ["running", "notRunning"]);
});

test("a compile error ends in compilationError", () => {
  const { scheduler, states, finish } = setup();
  scheduler.requestFullRun();
  finish("compile_error");
  assert.equal(states.at(-1), "compilationError");
  scheduler.userEvent(null);
  finish("finished");
  assert.equal(states.at(-1), "notRunning");
});

test("timer ticks are auto requests and never pile up behind a slow run", () => {
  const { scheduler, sent, states, finish } = setup();
  scheduler.tick("T");
  assert.equal(states.at(-1), "running");
  scheduler.tick("T");
  scheduler.tick("T");
  scheduler.tick("T");
  finish("finished_fragment");
  finish("finished_fragment");
  assert.equal(sent.length, 2);
  assert.deepEqual(sent.map((r) => [r.fragment_ids, r.is_auto]), [[["T"], true], [["T"], true]]);
});

test("a user request merged with a tick is not auto", () => {
  const { scheduler, sent, finish } = setup();
  scheduler.userEvent("X");
  scheduler.tick("T");
  scheduler.userEvent("A");
  finish("finished_fragment");
  assert.deepEqual(sent[1].fragment_ids, ["T", "A"]);
  assert.equal(sent[1].is_auto, false);
});

test("abandon drops the queue and leaves the running state", () => {
  const { scheduler, sent, states } = setup();
  scheduler.userEvent("A");
  scheduler.userEvent("B");
  scheduler.abandon();
  assert.equal(states.at(-1), "notRunning");
  assert.equal(scheduler.pending, null);
  assert.equal(sent.length, 1);
});

test("coalesce keeps older triggers that the newer request does not carry", () => {
  const merged = coalesce(
    { full: false, fragmentIds: ["A"], triggers: { a: true, chat: "old" }, isAuto: false },
    { full: false, fragmentIds: ["A", "B"], triggers: { chat: "new" }, isAuto: true },
  );
  assert.deepEqual(merged, { full: false, fragmentIds: ["A", "B"], triggers: { a: true, chat: "new" }, isAuto: false });
});

test("a fragment request during a full run waits for it, then runs as a fragment run", () => {
  // Streamlit's st_fragment_mixed_execution_flow: the click neither aborts the full
  // run nor is lost; the worker cannot be preempted, so it simply queues.
  const { scheduler, sent, finish } = setup();
  scheduler.userEvent(null);
  scheduler.onRunStarted();
  scheduler.userEvent("F2", { b2: true });
  assert.equal(sent.length, 1);
  scheduler.onRunFinished("finished");
  scheduler.onSessionIdle();
  assert.deepEqual(sent[1].fragment_ids, ["F2"]);
  assert.deepEqual(sent[1].trigger_values, { b2: true });
  finish("finished_fragment");
  assert.equal(sent.length, 2);
});

test("a held event (files being read) leaves notRunning at once; a release with no run goes back", () => {
  const { scheduler, sent, states, finish } = setup();
  scheduler.requestFullRun();
  finish();
  assert.equal(scheduler.state, "notRunning");
  scheduler.hold();
  assert.equal(scheduler.state, "rerunRequested");
  scheduler.release();
  assert.equal(scheduler.state, "notRunning");
  assert.equal(sent.length, 1); // nothing was sent for the held event
  // A hold followed by the real event keeps the state off notRunning until the run ends.
  scheduler.hold();
  scheduler.userEvent("frag");
  assert.equal(scheduler.state, "rerunRequested");
  scheduler.release(); // busy: a release changes nothing
  assert.equal(scheduler.state, "rerunRequested");
  finish();
  assert.deepEqual(states.slice(-2), ["running", "notRunning"]);
});

// A pre-rendered page (prerender.js) takes events before Python is ready.
test("before Python is ready, events wait; the first run goes first with no values, then the event", () => {
  const { scheduler, sent, states, widgets, finish } = setup();
  scheduler.waitForBoot();
  widgets.current = { slider: 7 }; // the user moved a pre-rendered slider
  scheduler.userEvent("F");
  scheduler.userEvent(null, { button: true }); // and clicked a button outside the fragment
  assert.equal(sent.length, 0);
  assert.deepEqual(states, ["rerunRequested"]);

  scheduler.startFirstRun();
  assert.deepEqual(sent, [
    { type: "run:request", fragment_ids: [], widget_states: {}, trigger_values: {}, is_auto: false, query_string: "a=1" },
  ]);
  finish();
  assert.equal(sent.length, 2, "the held event follows the first run");
  assert.deepEqual(sent[1], {
    type: "run:request",
    fragment_ids: [],
    widget_states: { slider: 7 },
    trigger_values: { button: true },
    is_auto: false,
    query_string: "a=1",
  });
  finish();
  assert.equal(states.at(-1), "notRunning");
});

test("without a pre-render the first run is a plain full run and nothing follows", () => {
  const { scheduler, sent, states, finish } = setup();
  scheduler.startFirstRun();
  assert.deepEqual(sent.map((r) => [r.fragment_ids, r.widget_states]), [[[], {}]]);
  finish();
  assert.equal(sent.length, 1);
  assert.deepEqual(states, ["running", "notRunning"]);
});
