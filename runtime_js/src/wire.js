// @ts-check
/**
 * The JSON dialect between the page and Python: JSON plus `NaN`, `Infinity` and
 * `-Infinity`, as Python's `json` module writes and reads them.
 *
 * Streamlit carries numbers as protobuf doubles, so its frontend receives a NaN or an
 * infinity as the number itself (`st.number_input(value=float("nan"))` shows an empty
 * field; `st.json` shows `NaN`). fragc does the same over JSON: Python writes its
 * non-finite floats as those words (protocol.encode), the page reads them back as the
 * numbers (`parseWorkerJson`), and the page's own numbers go back the same way
 * (`stringifyForPython`), so a widget whose value is NaN keeps it across runs.
 *
 * `JSON.parse` reads every message that holds no such number; only one that does takes
 * the slower path, where the three words (outside strings) become placeholders that a
 * reviver turns back into numbers.
 */

// A placeholder no app string can be: a NUL, and a token fresh for each page.
const MARK = `\u0000fragc-${Math.random().toString(36).slice(2)}:`;
const WORDS = /"(?:[^"\\]|\\.)*"|-?Infinity|NaN/g;
/** @type {Record<string, number>} */
const VALUES = { NaN, Infinity, "-Infinity": -Infinity };

/**
 * Read a message Python wrote. Throws SyntaxError like JSON.parse when it is not
 * JSON in this dialect either.
 * @param {string} text
 * @returns {unknown}
 */
export function parseWorkerJson(text) {
  try {
    return JSON.parse(text);
  } catch (error) {
    if (!/NaN|Infinity/.test(text)) throw error;
  }
  const marked = text.replace(WORDS, (token) => (token.startsWith('"') ? token : JSON.stringify(MARK + token)));
  return JSON.parse(marked, (_key, value) =>
    typeof value === "string" && value.startsWith(MARK) ? VALUES[value.slice(MARK.length)] : value,
  );
}

/**
 * JSON text for Python: like JSON.stringify, but NaN and the infinities stay numbers
 * (JSON.stringify would write `null`).
 * @param {unknown} value
 * @returns {string}
 */
export function stringifyForPython(value) {
  let special = false;
  const text = JSON.stringify(value, (_key, item) => {
    if (typeof item === "number" && !Number.isFinite(item)) {
      special = true;
      return MARK + String(item);
    }
    return item;
  });
  if (!special) return text;
  return text.replace(/"\\u0000fragc-[a-z0-9]+:(NaN|-?Infinity)"/g, (whole, word) =>
    JSON.parse(whole) === MARK + word ? word : whole,
  );
}
