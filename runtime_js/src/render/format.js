// @ts-check
/**
 * The printf subset that `st.number_input(format=...)` accepts, formatted the way
 * Streamlit's frontend does it (sprintf-js): %d %i %u %f %F %e %E %g %G %s and %%,
 * with flags `-+ 0`, a width and a precision (`%0.2f`, `%.3e`, `%+d`, `%5d`).
 */

const SPEC = /%([-+ 0#]*)(\d+)?(?:\.(\d+))?([diufFeEgGs%])/g;

/**
 * @param {string} format e.g. "%0.2f"
 * @param {number} value
 * @returns {string}
 */
export function sprintf(format, value) {
  return format.replace(SPEC, (_match, flags, width, precision, conversion) => {
    if (conversion === "%") return "%";
    const digits = precision === undefined ? undefined : Number(precision);
    let body;
    switch (conversion) {
      case "d":
      case "i":
        body = String(Math.trunc(value));
        break;
      case "u":
        body = String(Math.trunc(value) >>> 0);
        break;
      case "f":
      case "F":
        body = value.toFixed(digits ?? 6);
        break;
      case "e":
      case "E":
        body = value.toExponential(digits ?? 6);
        if (conversion === "E") body = body.toUpperCase();
        break;
      case "g":
      case "G":
        body = digits ? String(Number(value.toPrecision(digits))) : String(value);
        if (conversion === "G") body = body.toUpperCase();
        break;
      default: // "s"
        body = String(value);
        if (digits !== undefined) body = body.slice(0, digits);
    }
    if (conversion !== "s" && value >= 0 && !body.startsWith("-")) {
      if (flags.includes("+")) body = `+${body}`;
      else if (flags.includes(" ")) body = ` ${body}`;
    }
    const pad = Number(width ?? 0) - body.length;
    if (pad <= 0) return body;
    if (flags.includes("-")) return body + " ".repeat(pad);
    if (flags.includes("0") && conversion !== "s") {
      const sign = /^[-+ ]/.test(body) ? body[0] : "";
      return sign + "0".repeat(pad) + body.slice(sign.length);
    }
    return " ".repeat(pad) + body;
  });
}

/** What an `<input type=number>` accepts as its value (the HTML "valid floating-point number"). */
const HTML_NUMBER = /^-?(?:\d+(?:\.\d+)?|\.\d+)(?:[eE][-+]?\d+)?$/;

/**
 * The text a number input shows: the value formatted with the widget's format when
 * the result is something the input can hold, else the plain number.
 * @param {number | null | undefined} value @param {string | null | undefined} format
 */
export function formatNumberInput(value, format) {
  if (value === null || value === undefined || !Number.isFinite(value)) return "";
  if (format) {
    const text = sprintf(format, value).trim();
    if (HTML_NUMBER.test(text)) return text;
  }
  return String(value);
}

/**
 * Round away binary noise after adding a step (0.1 + 0.2 → 0.3), to the number of
 * decimals of the step or the value, whichever has more.
 * @param {number} value @param {number} step @param {number} base
 */
export function roundToStep(value, step, base) {
  const decimals = Math.max(decimalsOf(step), decimalsOf(base));
  return Number(value.toFixed(Math.min(decimals, 15)));
}

/** @param {number} x */
function decimalsOf(x) {
  const text = String(x);
  if (text.includes("e-")) return Number(text.split("e-")[1]) + (text.split("e")[0].split(".")[1]?.length ?? 0);
  return text.split(".")[1]?.length ?? 0;
}
