// Pure helpers of issue 10's page side: pagination's visible pages (Streamlit's rule),
// the date-time and typed-selectbox wire values, the WAV encoder, the recording clock,
// what a refused device says, and a component's render key.
import { test } from "node:test";
import assert from "node:assert/strict";

import { visiblePages } from "../src/widgets/pagination.js";
import { datetimeWireValue, datetimeOf } from "../src/widgets/datetime_input.js";
import { typedText, typedValue } from "../src/widgets/choice.js";
import { timeCode, encodeWav, refusalText } from "../src/widgets/capture.js";
import { renderKey } from "../src/widgets/custom_component.js";

// Expected rows come from Streamlit 1.67's own function (Pagination.tsx, its bundle),
// which agrees with ours on all 6045 cases of 1..30 pages and 0..12 visible.
for (const [current, total, visible, shown] of [
  [1, 10, 7, "1 2 3 4 5 … 10"],
  [5, 12, 7, "1 … 4 5 6 … 12"],
  [12, 12, 7, "1 … 8 9 10 11 12"],
  [6, 12, 5, "1 … 6 … 12"],
  [2, 20, 3, "1 2 3 … 20"],
  [10, 20, 3, "1 … 10 … 20"],
  [4, 5, 7, "1 2 3 4 5"],
  [3, 9, 2, "3 … 9"],
  [3, 9, 0, ""],
]) {
  test(`visiblePages(${current}, ${total}, ${visible})`, () => {
    const text = visiblePages(current, total, visible)
      .map((item) => (item.type === "page" ? String(item.page) : "…"))
      .join(" ");
    assert.equal(text, shown);
  });
}

const bounds = { min: "2024-01-01T00:00", max: "2024-12-31T18:00" };
for (const [name, text, props, expected] of [
  ["a date-time", "2024-06-02T14:15", bounds, ["2024-06-02T14:15"]],
  ["seconds dropped", "2024-06-02T14:15:30", bounds, ["2024-06-02T14:15"]],
  ["below min", "2023-12-31T23:59", bounds, null],
  ["above max", "2024-12-31T18:01", bounds, null],
  ["emptied, not clearable", "", bounds, null],
  ["emptied, clearable", "", { ...bounds, clearable: true }, []],
  ["garbage", "tomorrow", bounds, null],
]) {
  test(`datetimeWireValue: ${name}`, () => assert.deepEqual(datetimeWireValue(text, props), expected));
}

test("datetimeOf reads the wire value", () => {
  assert.equal(datetimeOf(["2024-01-01T10:00"]), "2024-01-01T10:00");
  assert.equal(datetimeOf([]), "");
});

test("a typed selectbox: options by index, new text as {new}", () => {
  const labels = ["apple", "banana"];
  assert.equal(typedValue("banana", labels), 1);
  assert.deepEqual(typedValue("cherry", labels), { new: "cherry" });
  assert.equal(typedValue("", labels), null);
  assert.equal(typedText(1, labels), "banana");
  assert.equal(typedText({ new: "kiwi" }, labels), "kiwi");
  assert.equal(typedText(null, labels), "");
});

test("encodeWav writes a 16-bit mono PCM WAV", async () => {
  const blob = encodeWav(new Float32Array([0, 1, -1, 0.5]), 16000);
  const bytes = new DataView(await blob.arrayBuffer());
  const text = (/** @type {number} */ at) => String.fromCharCode(...new Uint8Array(bytes.buffer, at, 4));
  assert.equal(blob.type, "audio/wav");
  assert.equal(text(0), "RIFF");
  assert.equal(text(8), "WAVE");
  assert.equal(bytes.getUint16(22, true), 1); // channels
  assert.equal(bytes.getUint32(24, true), 16000); // sample rate
  assert.equal(bytes.getUint16(34, true), 16); // bits
  assert.equal(bytes.getUint32(40, true), 8); // 4 samples * 2 bytes
  assert.deepEqual([0, 1, 2, 3].map((i) => bytes.getInt16(44 + i * 2, true)), [0, 32767, -32768, 16383]);
});

test("the recording clock reads as Streamlit's", () => {
  assert.equal(timeCode(0), "00:00");
  assert.equal(timeCode(61_500), "01:01");
  assert.equal(timeCode(3_600_000 + 62_000), "01:01:02");
});

test("a refused device is explained", () => {
  assert.equal(refusalText({ name: "NotAllowedError" }), "The browser refused access.");
  assert.equal(refusalText({ name: "NotFoundError" }), "No such device was found.");
  assert.equal(refusalText({ name: "NotReadableError" }), "The device is in use by another program.");
});

test("a component's render key changes with its args, and only then", () => {
  const a = renderKey({ args: { name: "Ada" }, bytes_args: {} });
  assert.equal(a, renderKey({ args: { name: "Ada" }, bytes_args: {} }));
  assert.notEqual(a, renderKey({ args: { name: "Grace" }, bytes_args: {} }));
  assert.notEqual(a, renderKey({ args: { name: "Ada" }, bytes_args: { b: "AQ==" } }));
});
