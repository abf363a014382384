// Python's JSON dialect on the page (wire.js): NaN and the infinities travel as numbers.
import { test } from "node:test";
import assert from "node:assert/strict";
import { parseWorkerJson, stringifyForPython } from "../src/wire.js";
import { parseMessage } from "../src/protocol.js";

// Text as Python's json.dumps writes it (allow_nan=True, the default).
const CASES = [
  ['{"v":NaN}', { v: NaN }],
  ['{"v":Infinity,"w":-Infinity}', { v: Infinity, w: -Infinity }],
  ['[1,NaN,[Infinity,{"x":-Infinity}]]', [1, NaN, [Infinity, { x: -Infinity }]]],
  ['{"s":"NaN and Infinity stay words in strings","v":NaN}', { s: "NaN and Infinity stay words in strings", v: NaN }],
  ['{"s":"a \\"quoted\\" NaN","v":-Infinity}', { s: 'a "quoted" NaN', v: -Infinity }],
  ['{"plain":1.5}', { plain: 1.5 }],
];

for (const [text, expected] of CASES) {
  test(`Python's ${text} reads as the numbers`, () => assert.deepEqual(parseWorkerJson(text), expected));
}

test("text that is not JSON in either dialect is still an error", () => {
  assert.throws(() => parseWorkerJson('{"v":NaN'), SyntaxError);
  assert.throws(() => parseWorkerJson("{v:1}"), SyntaxError);
});

test("the page's non-finite numbers go back as Python reads them", () => {
  const text = stringifyForPython({ widget_states: { a: NaN, b: Infinity, c: -Infinity, d: 2 }, s: "NaN" });
  assert.equal(text, '{"widget_states":{"a":NaN,"b":Infinity,"c":-Infinity,"d":2},"s":"NaN"}');
  assert.deepEqual(parseWorkerJson(text), { widget_states: { a: NaN, b: Infinity, c: -Infinity, d: 2 }, s: "NaN" });
  assert.equal(stringifyForPython({ a: 1 }), JSON.stringify({ a: 1 }));
});

test("a run:deltas message with NaN in its props is read whole", () => {
  const text =
    '{"type":"run:deltas","run_id":"r","deltas":[' +
    '{"path":[0,0],"fragment_id":null,"element":{"kind":"number_input","props":{"label":"n","min":null,"step":0.01},"widget":{"id":"w","value":NaN}}},' +
    '{"path":[0,1],"fragment_id":null,"element":{"kind":"markdown","props":{"body":"after"}}}]}';
  const parsed = parseMessage(text);
  assert.equal(parsed.ok, true);
  const deltas = /** @type {any} */ (parsed).message.deltas;
  assert.equal(deltas.length, 2);
  assert.ok(Number.isNaN(deltas[0].element.widget.value));
  assert.equal(deltas[1].element.props.body, "after");
});
