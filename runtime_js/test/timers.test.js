// run_every timers: one per fragment, cleared by a full run, ticks go to a callback.
import { test } from "node:test";
import assert from "node:assert/strict";
import { Timers } from "../src/timers.js";

/** Timers on a fake clock. */
function setup() {
  const ticks = [];
  const intervals = new Map();
  let next = 1;
  const timers = new Timers({
    onTick: (id) => ticks.push(id),
    setInterval: (fn, ms) => {
      const handle = next++;
      intervals.set(handle, { fn, ms });
      return handle;
    },
    clearInterval: (handle) => intervals.delete(handle),
  });
  const fire = () => [...intervals.values()].forEach(({ fn }) => fn());
  return { timers, ticks, intervals, fire };
}

test("timer:set creates one interval in milliseconds", () => {
  const { timers, intervals, ticks, fire } = setup();
  timers.set("F", 1.5);
  assert.deepEqual([...intervals.values()].map((i) => i.ms), [1500]);
  fire();
  fire();
  assert.deepEqual(ticks, ["F", "F"]);
});

test("a second timer:set for the same fragment keeps the existing timer", () => {
  const { timers, intervals } = setup();
  timers.set("F", 1);
  timers.set("F", 1);
  timers.set("F", 2);
  assert.equal(intervals.size, 1);
  timers.set("G", 1);
  assert.equal(intervals.size, 2);
});

test("a full run clears every timer; the run sets them again", () => {
  const { timers, intervals, ticks, fire } = setup();
  timers.set("F", 1);
  timers.set("G", 2);
  timers.clearAll();
  assert.equal(intervals.size, 0);
  assert.equal(timers.size, 0);
  fire();
  assert.deepEqual(ticks, []);
  timers.set("F", 1);
  assert.ok(timers.has("F"));
  assert.equal(intervals.size, 1);
});

test("run_every=0 or a nonsense interval sets no timer", () => {
  const { timers, intervals } = setup();
  timers.set("F", 0);
  timers.set("G", Number.NaN);
  timers.set("H", -1);
  assert.equal(intervals.size, 0);
});

test("timer:clear stops only the named fragments' timers (unknown ids are fine)", () => {
  const { timers, intervals, ticks, fire } = setup();
  timers.set("F", 1);
  timers.set("G", 1);
  timers.clear(["F", "gone"]);
  assert.equal(intervals.size, 1);
  fire();
  assert.deepEqual(ticks, ["G"]);
  timers.set("F", 1);
  assert.equal(intervals.size, 2);
});

test("an interval longer than a browser timer waits is clamped to 2**31-1 ms", () => {
  const { timers, intervals } = setup();
  timers.set("F", 30 * 86400);
  timers.set("G", Number.POSITIVE_INFINITY);
  timers.set("H", 1e300);
  assert.deepEqual([...intervals.values()].map((i) => i.ms), [2 ** 31 - 1, 2 ** 31 - 1, 2 ** 31 - 1]);
});
