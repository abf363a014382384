// The printf subset of st.number_input(format=...), as Streamlit's frontend shows it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { sprintf, formatNumberInput, roundToStep } from "../src/render/format.js";

test("integer conversions truncate", () => {
  assert.equal(sprintf("%d", 7), "7");
  assert.equal(sprintf("%i", 7.9), "7");
  assert.equal(sprintf("%d", -7.9), "-7");
  assert.equal(sprintf("%u", 3), "3");
});

test("fixed, exponent and general conversions", () => {
  assert.equal(sprintf("%0.2f", 1.5), "1.50");
  assert.equal(sprintf("%.3f", 2), "2.000");
  assert.equal(sprintf("%f", 1), "1.000000");
  assert.equal(sprintf("%.2e", 1234.5), "1.23e+3");
  assert.equal(sprintf("%g", 0.5), "0.5");
  assert.equal(sprintf("%.3g", 3.14159), "3.14");
});

test("flags, width and literal text", () => {
  assert.equal(sprintf("%+d", 5), "+5");
  assert.equal(sprintf("%+d", -5), "-5");
  assert.equal(sprintf("%05d", 42), "00042");
  assert.equal(sprintf("%05d", -42), "-0042");
  assert.equal(sprintf("%5d", 42), "   42");
  assert.equal(sprintf("%-5d|", 42), "42   |");
  assert.equal(sprintf("$%.2f", 3), "$3.00");
  assert.equal(sprintf("%d%%", 50), "50%");
});

test("a number input shows the formatted value when the input can hold it", () => {
  assert.equal(formatNumberInput(7, "%d"), "7");
  assert.equal(formatNumberInput(1.5, "%0.2f"), "1.50");
  assert.equal(formatNumberInput(3, "$%d"), "3", "a currency sign cannot go into <input type=number>");
  assert.equal(formatNumberInput(null, "%d"), "");
  assert.equal(formatNumberInput(2.5, null), "2.5");
});

test("stepping rounds away binary noise", () => {
  assert.equal(roundToStep(0.1 + 0.2, 0.1, 0.1), 0.3);
  assert.equal(roundToStep(1.01 + 0.01, 0.01, 1.01), 1.02);
  assert.equal(roundToStep(5 + 1, 1, 5), 6);
});
