// @ts-check
/**
 * How the data grid writes numbers and dates (st.column_config's `format`), as Streamlit
 * 1.67's grid does:
 *
 * - numbers: a printf-style format ("%d", "%.2f", "$%.2f", "%.1f%%", "%e", "%,d"...) or a
 *   preset: "plain", "localized", "dollar", "euro", "yen", "rupee", "percent", "compact",
 *   "scientific", "engineering", "accounting", "bytes";
 * - dates and times: a Moment.js-style pattern ("YYYY-MM-DD HH:mm", "D MMM YYYY, h:mm a"...)
 *   or "localized", "distance", "relative", "calendar", "iso8601".
 */

/**
 * A printf number format applied to a number (the conversions Streamlit documents:
 * d i u f F e E g G x X o, flags `,` `+` ` ` `0` `-`, width and precision).
 * @param {string} format @param {number} value
 */
export function sprintf(format, value) {
  return format.replace(/%([-+ 0,']*)(\d+)?(?:\.(\d+))?([diufFeEgGxXos%])/g, (_m, flags, width, precision, conversion) => {
    if (conversion === "%") return "%";
    const digits = precision === undefined ? undefined : Number(precision);
    let text;
    switch (conversion) {
      case "d":
      case "i":
      case "u":
        text = String(Math.trunc(value));
        break;
      case "f":
      case "F":
        text = value.toFixed(digits ?? 6);
        break;
      case "e":
      case "E":
        text = value.toExponential(digits ?? 6).replace(/e([+-])(\d)$/, "e$10$2");
        if (conversion === "E") text = text.toUpperCase();
        break;
      case "g":
      case "G":
        text = String(Number(value.toPrecision(digits || 6)));
        break;
      case "x":
        text = Math.trunc(value).toString(16);
        break;
      case "X":
        text = Math.trunc(value).toString(16).toUpperCase();
        break;
      case "o":
        text = Math.trunc(value).toString(8);
        break;
      default:
        text = String(value);
    }
    if (flags.includes(",") || flags.includes("'")) {
      const [whole, fraction] = text.split(".");
      text = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",") + (fraction !== undefined ? `.${fraction}` : "");
    }
    if (flags.includes("+") && value >= 0) text = `+${text}`;
    else if (flags.includes(" ") && value >= 0) text = ` ${text}`;
    const size = Number(width ?? 0);
    if (text.length < size) {
      if (flags.includes("-")) text = text.padEnd(size);
      else if (flags.includes("0")) text = (text.startsWith("-") ? "-" : "") + text.replace("-", "").padStart(size - (text.startsWith("-") ? 1 : 0), "0");
      else text = text.padStart(size);
    }
    return text;
  });
}

const BYTES = ["B", "KB", "MB", "GB", "TB", "PB"];

/**
 * A number in a column's format (undefined format: the grid's default).
 * @param {number} value @param {string | undefined | null} format @param {boolean} [integer] the column holds integers
 */
export function formatNumber(value, format, integer = false) {
  if (!Number.isFinite(value)) return String(value);
  switch (format) {
    case undefined:
    case null:
    case "":
      if (integer || Number.isInteger(value)) return String(value);
      return Math.abs(value) >= 1e16 || (value !== 0 && Math.abs(value) < 1e-4) ? String(value) : String(Number(value.toFixed(4)));
    case "plain":
      return String(value);
    case "localized":
      return new Intl.NumberFormat(undefined, { maximumFractionDigits: 4 }).format(value);
    case "dollar":
      return new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" }).format(value);
    case "euro":
      return new Intl.NumberFormat("en-US", { style: "currency", currency: "EUR" }).format(value);
    case "yen":
      return new Intl.NumberFormat("en-US", { style: "currency", currency: "JPY" }).format(value);
    case "rupee":
      return new Intl.NumberFormat("en-US", { style: "currency", currency: "INR" }).format(value);
    case "percent":
      return new Intl.NumberFormat("en-US", { style: "percent", maximumFractionDigits: 2 }).format(value);
    case "compact":
      return new Intl.NumberFormat("en-US", { notation: "compact", maximumFractionDigits: 1 }).format(value);
    case "scientific":
      return new Intl.NumberFormat("en-US", { notation: "scientific", maximumFractionDigits: 4 }).format(value);
    case "engineering":
      return new Intl.NumberFormat("en-US", { notation: "engineering", maximumFractionDigits: 4 }).format(value);
    case "accounting": {
      const text = new Intl.NumberFormat("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(Math.abs(value));
      return value < 0 ? `(${text})` : text;
    }
    case "bytes": {
      let size = Math.abs(value);
      let unit = 0;
      while (size >= 1000 && unit < BYTES.length - 1) {
        size /= 1000;
        unit++;
      }
      return `${value < 0 ? "-" : ""}${unit === 0 ? size : Number(size.toFixed(1))}${BYTES[unit]}`;
    }
    default:
      return sprintf(format, value);
  }
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/** @param {number} n @param {number} width */
const pad = (n, width = 2) => String(n).padStart(width, "0");

/** @param {number} n */
function ordinal(n) {
  const rest = n % 100;
  if (rest >= 11 && rest <= 13) return `${n}th`;
  return `${n}${["th", "st", "nd", "rd"][n % 10] ?? "th"}`;
}

/**
 * Parts of an ISO date/time text (the grid's cells), read as wall-clock values.
 * @param {string} text
 * @returns {{ year: number, month: number, day: number, hour: number, minute: number, second: number, ms: number, hasDate: boolean } | null}
 */
export function parseIso(text) {
  const match = /^(?:(\d{4})-(\d{2})-(\d{2}))?[T ]?(?:(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,6}))?)?)?/.exec(String(text).trim());
  if (!match || (!match[1] && !match[4])) return null;
  return {
    year: Number(match[1] ?? 1970),
    month: Number(match[2] ?? 1),
    day: Number(match[3] ?? 1),
    hour: Number(match[4] ?? 0),
    minute: Number(match[5] ?? 0),
    second: Number(match[6] ?? 0),
    ms: Number((match[7] ?? "0").padEnd(3, "0").slice(0, 3)),
    hasDate: Boolean(match[1]),
  };
}

/** @param {string} text */
function toDate(text) {
  const p = parseIso(text);
  if (!p) return null;
  return new Date(p.year, p.month - 1, p.day, p.hour, p.minute, p.second, p.ms);
}

/**
 * A Moment.js-style pattern applied to a wall-clock date.
 * @param {Date} d @param {string} pattern
 */
export function formatPattern(d, pattern) {
  const tokens = /\[([^\]]*)]|YYYY|YY|MMMM|MMM|MM|Mo|M|DDDD|Do|DD|D|dddd|ddd|dd|d|HH|H|hh|h|mm|m|ss|s|SSS|SS|S|A|a|ZZ|Z|X|x/g;
  return pattern.replace(tokens, (token, literal) => {
    if (literal !== undefined) return literal;
    const h12 = d.getHours() % 12 || 12;
    switch (token) {
      case "YYYY": return String(d.getFullYear());
      case "YY": return pad(d.getFullYear() % 100);
      case "MMMM": return MONTHS[d.getMonth()];
      case "MMM": return MONTHS[d.getMonth()].slice(0, 3);
      case "MM": return pad(d.getMonth() + 1);
      case "Mo": return ordinal(d.getMonth() + 1);
      case "M": return String(d.getMonth() + 1);
      case "Do": return ordinal(d.getDate());
      case "DD": return pad(d.getDate());
      case "D": return String(d.getDate());
      case "dddd": return DAYS[d.getDay()];
      case "ddd": return DAYS[d.getDay()].slice(0, 3);
      case "dd": return DAYS[d.getDay()].slice(0, 2);
      case "d": return String(d.getDay());
      case "HH": return pad(d.getHours());
      case "H": return String(d.getHours());
      case "hh": return pad(h12);
      case "h": return String(h12);
      case "mm": return pad(d.getMinutes());
      case "m": return String(d.getMinutes());
      case "ss": return pad(d.getSeconds());
      case "s": return String(d.getSeconds());
      case "SSS": return pad(d.getMilliseconds(), 3);
      case "SS": return pad(Math.floor(d.getMilliseconds() / 10));
      case "S": return String(Math.floor(d.getMilliseconds() / 100));
      case "A": return d.getHours() < 12 ? "AM" : "PM";
      case "a": return d.getHours() < 12 ? "am" : "pm";
      case "X": return String(Math.floor(d.getTime() / 1000));
      case "x": return String(d.getTime());
      default: return "";
    }
  }); // prettier-ignore
}

/** "3 days ago", "in 2 hours". @param {Date} d */
function distance(d) {
  const seconds = (d.getTime() - Date.now()) / 1000;
  const units = /** @type {const} */ ([["year", 31536000], ["month", 2592000], ["week", 604800], ["day", 86400], ["hour", 3600], ["minute", 60], ["second", 1]]);
  const format = new Intl.RelativeTimeFormat("en", { numeric: "auto" });
  for (const [unit, size] of units) {
    if (Math.abs(seconds) >= size || unit === "second") return format.format(Math.round(seconds / size), unit);
  }
  return "";
}

/** Streamlit's default patterns by column type. */
const DEFAULTS = { date: "YYYY-MM-DD", time: "HH:mm:ss", datetime: "YYYY-MM-DD HH:mm:ss" };

/**
 * A date, time or datetime cell (ISO text) in a column's format.
 * @param {string} text @param {"date" | "time" | "datetime"} kind @param {string | undefined | null} format
 */
export function formatTemporal(text, kind, format) {
  const d = toDate(text);
  if (!d) return String(text);
  switch (format) {
    case "localized":
      if (kind === "date") return d.toLocaleDateString(undefined, { dateStyle: "medium" });
      if (kind === "time") return d.toLocaleTimeString(undefined, { timeStyle: "short" });
      return d.toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });
    case "distance":
    case "relative":
      return distance(d);
    case "calendar":
      return d.toLocaleDateString(undefined, { weekday: "long", hour: "numeric", minute: "2-digit" });
    case "iso8601":
      return kind === "time" ? formatPattern(d, "HH:mm:ss.SSS") : kind === "date" ? formatPattern(d, "YYYY-MM-DD") : formatPattern(d, "YYYY-MM-DDTHH:mm:ss.SSS");
    case undefined:
    case null:
    case "":
      return formatPattern(d, DEFAULTS[kind]);
    default:
      return formatPattern(d, format);
  }
}
