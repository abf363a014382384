// Selection widgets' page logic: slider values and formats, button group toggling.
import { test } from "node:test";
import assert from "node:assert/strict";
import { formatMoment, formatNumber, formatTrack, isoToMicros, microsToIso, thumbsOf, valueOf } from "../src/widgets/slider.js";
import { toggled } from "../src/widgets/button_group.js";
import { placeholderText } from "../src/widgets/choice.js";

const DAY = 86_400_000_000;

for (const [dataType, iso, micros] of [
  ["date", "1970-01-02", DAY],
  ["datetime", "1970-01-01T00:00:01.500000", 1_500_000],
  ["time", "10:30:00", Date.UTC(2000, 0, 1, 10, 30) * 1000],
]) {
  test(`${dataType} ISO text <-> microseconds (${iso})`, () => {
    assert.equal(isoToMicros(iso, dataType), micros);
    assert.equal(microsToIso(micros, dataType), iso);
  });
}

for (const [format, expected] of [
  ["YYYY-MM-DD", "2024-03-05"],
  ["MMM D, YYYY", "Mar 5, 2024"],
  ["dddd Do MMMM", "Tuesday 5th March"],
  ["HH:mm", "14:07"],
  ["h:mm A", "2:07 PM"],
  ["[Day] D", "Day 5"],
]) {
  test(`moment format ${format}`, () => {
    assert.equal(formatMoment(Date.UTC(2024, 2, 5, 14, 7) * 1000, format), expected);
  });
}

for (const [value, format, expected] of [
  [7, "%d", "7"],
  [0.5, "%0.2f", "0.50"],
  [3, "%d%%", "3%"],
  [1234.5, "plain", "1234.5"],
  [1234.5, "dollar", "$1,234.50"],
  [-5, "accounting", "($5.00)"],
  [1500, "bytes", "1.5KB"],
]) {
  test(`number format ${format} of ${value}`, () => {
    assert.equal(formatNumber(value, format), expected);
  });
}

test("select_slider thumbs show option labels", () => {
  assert.equal(formatTrack(2, { options: ["red", "green", "blue"] }), "blue");
});

test("thumbs of a range stay ordered and inside the track", () => {
  const p = { data_type: "int", is_range: true, min: 0, max: 10 };
  assert.deepEqual(thumbsOf([8, 3], p, 0, 10), [3, 8]);
  assert.deepEqual(thumbsOf([-5, 50], p, 0, 10), [0, 10]);
  assert.deepEqual(valueOf([2, 9], p), [2, 9]);
});

test("float slider values lose binary noise", () => {
  assert.equal(valueOf([0.30000000000000004], { data_type: "float", step: 0.01, min: 0 }), 0.3);
});

test("date slider values travel as ISO text", () => {
  assert.equal(valueOf([DAY * 2], { data_type: "date" }), "1970-01-03");
});

for (const [name, props, current, index, expected] of [
  ["single: choose", { selection_mode: "single" }, null, 1, 1],
  ["single: the chosen one again clears", { selection_mode: "single" }, 1, 1, null],
  ["single required: stays", { selection_mode: "single", required: true }, 1, 1, 1],
  ["multi: adds in click order", { selection_mode: "multi" }, [2], 0, [2, 0]],
  ["multi: removes", { selection_mode: "multi" }, [2, 0], 2, [0]],
]) {
  test(`button group ${name}`, () => {
    assert.deepEqual(toggled(props, current, index), expected);
  });
}

for (const [props, multi, expected] of [
  [{ options: ["a"] }, false, "Choose an option"],
  [{ options: ["a"] }, true, "Choose options"],
  [{ options: [] }, false, "No options to select"],
  [{ options: ["a"], placeholder: "Pick" }, false, "Pick"],
  [{ options: ["a"], placeholder: " " }, false, ""],
]) {
  test(`placeholder ${JSON.stringify(props)} multi=${multi}`, () => {
    assert.equal(placeholderText(props, multi), expected);
  });
}

// ------------------------------------------------- the combobox list (render/listbox.js)

test("typing filters a combobox's options as its filter_mode says, ignoring case", async () => {
  const { filterOptions } = await import("../src/render/listbox.js");
  const labels = ["Red", "Green", "Blue", "Purple grey"];
  for (const [mode, typed, kept] of /** @type {[string | null, string | null, number[]][]} */ ([
    ["fuzzy", null, [0, 1, 2, 3]],
    ["fuzzy", "", [0, 1, 2, 3]],
    ["fuzzy", "gre", [1, 3]], // Green starts with it: first
    ["fuzzy", "gn", [1]], // an in-order subsequence
    ["fuzzy", "E", [0, 2, 1, 3]], // equal matches: the shorter label first
    ["fuzzy", "zz", []],
    ["contains", "gn", []],
    ["contains", "ue", [2]],
    ["prefix", "r", [0]],
    ["prefix", "gr", [1]],
    [null, "zz", [0, 1, 2, 3]], // no filtering
  ])) {
    assert.deepEqual(filterOptions(labels, typed, mode), kept, `${mode} ${typed}`);
  }
});

test("arrow keys move the active row, clamped at both ends", async () => {
  const { moveActive } = await import("../src/render/listbox.js");
  for (const [active, count, key, next] of /** @type {[number, number, string, number][]} */ ([
    [-1, 3, "ArrowDown", 0],
    [0, 3, "ArrowDown", 1],
    [2, 3, "ArrowDown", 2],
    [-1, 3, "ArrowUp", 2],
    [1, 3, "ArrowUp", 0],
    [0, 3, "ArrowUp", 0],
    [1, 3, "Home", 0],
    [1, 3, "End", 2],
    [0, 0, "ArrowDown", -1],
  ])) {
    assert.equal(moveActive(active, count, key), next, `${active} ${key}`);
  }
});
