// Pure helpers of the input widgets (render/dates.js, color.js, files.js, input_parts.js).
import { test } from "node:test";
import assert from "node:assert/strict";

import { dateWireValue, timeWireValue, datesOf } from "../src/widgets/dates.js";
import { nativeColor } from "../src/widgets/color.js";
import { acceptsFile, filesOf, formatBytes } from "../src/widgets/files.js";

const bounds = { min: "2024-01-01", max: "2024-12-31" };

for (const [name, parts, props, expected] of [
  ["single date", ["2024-05-17"], bounds, ["2024-05-17"]],
  ["single below min", ["2023-12-31"], bounds, null],
  ["single above max", ["2025-01-01"], bounds, null],
  ["single emptied, not clearable", [""], bounds, null],
  ["single emptied, clearable", [""], { ...bounds, clearable: true }, []],
  ["range both", ["2024-02-01", "2024-02-09"], { ...bounds, is_range: true }, ["2024-02-01", "2024-02-09"]],
  ["range start only", ["2024-02-01", ""], { ...bounds, is_range: true }, ["2024-02-01"]],
  ["range end only", ["", "2024-02-09"], { ...bounds, is_range: true }, null],
  ["range reversed", ["2024-02-09", "2024-02-01"], { ...bounds, is_range: true }, null],
  ["range end out of bounds", ["2024-02-09", "2025-02-01"], { ...bounds, is_range: true }, null],
  ["range cleared", ["", ""], { ...bounds, is_range: true, clearable: true }, []],
]) {
  test(`dateWireValue: ${name}`, () => assert.deepEqual(dateWireValue(parts, props), expected));
}

test("datesOf takes lists and lone strings", () => {
  assert.deepEqual(datesOf(["2024-01-01"]), ["2024-01-01"]);
  assert.deepEqual(datesOf("2024-01-01"), ["2024-01-01"]);
  assert.deepEqual(datesOf(null), []);
});

for (const [raw, step, expected] of [
  ["08:45", 900, "08:45"],
  ["08:45:30", 900, "08:45"],
  ["08:45", 30, "08:45:00"],
  ["08:45:30", 30, "08:45:30"],
  ["8:45", 60, null],
  ["", 60, null],
]) {
  test(`timeWireValue(${JSON.stringify(raw)}, ${step})`, () => assert.equal(timeWireValue(raw, step), expected));
}

for (const [value, expected] of [
  ["#0FA", "#00ffaa"],
  ["#00FFAA", "#00ffaa"],
  ["abcdef", "#abcdef"],
  ["red", "#000000"],
  [null, "#000000"],
]) {
  test(`nativeColor(${JSON.stringify(value)})`, () => assert.equal(nativeColor(value), expected));
}

for (const [file, types, expected] of [
  [{ name: "a.CSV", type: "text/csv" }, [".csv"], true],
  [{ name: "a.txt", type: "text/plain" }, [".csv"], false],
  [{ name: "p.png", type: "image/png" }, ["image/*"], true],
  [{ name: "p.png", type: "image/png" }, ["image/jpeg"], false],
  [{ name: "x", type: "" }, [], true],
]) {
  test(`acceptsFile(${file.name}, ${types})`, () => assert.equal(acceptsFile(file, types), expected));
}

test("filesOf keeps only file records", () => {
  assert.deepEqual(filesOf([{ file_id: "1", name: "a" }, null, { name: "b" }]), [{ file_id: "1", name: "a" }]);
  assert.deepEqual(filesOf(null), []);
});

test("formatBytes", () => {
  assert.equal(formatBytes(5), "5.0B");
  assert.equal(formatBytes(2048), "2.0KB");
  assert.equal(formatBytes(3 * 1024 * 1024), "3.0MB");
});
