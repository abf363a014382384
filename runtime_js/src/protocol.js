// @ts-check
/**
 * The page's side of fragc's protocol: the schema generated from
 * compiler/fragc/protocol/ (`make schema`), a validator for the subset of JSON Schema that the
 * generator writes, and the message texts that both the page and the worker show.
 *
 * The schema is the contract; this file never restates a message's fields. It is
 * checked at boot (the manifest, `boot:ready`) and on every message when the URL has
 * `?fragc-debug`, because validating each delta costs time a user should not pay.
 */

import schema from "./protocol.schema.json" with { type: "json" };
import { PROTOCOL_VERSION } from "./protocol_constants.js";
import { parseWorkerJson } from "./wire.js";

/**
 * The protocol this runtime speaks, from the generated constants rather than the schema
 * (both come from compiler/fragc/protocol/): a module that needs only the version (the
 * worker) then does not bundle the schema.
 */
export { PROTOCOL_VERSION };

/**
 * @typedef {{ [key: string]: any }} Schema
 * @typedef {{ path: string, message: string }} SchemaError
 */

/** @type {Schema} */
const SCHEMA = schema;

/**
 * Validate `value` against one of the schema's top-level entries.
 * @param {"manifest" | "pageToWorker" | "workerToPage" | string} entry a key of the
 *   schema (`manifest`, `pageToWorker`, `workerToPage`) or a `$defs` name (`BootReady`)
 * @param {unknown} value
 * @returns {SchemaError[]} empty when the value is valid
 */
export function validate(entry, value) {
  const node = entry in SCHEMA && entry !== "$defs" ? SCHEMA[entry] : SCHEMA.$defs?.[entry];
  if (!node) return [{ path: "", message: `the protocol schema has no entry "${entry}"` }];
  /** @type {SchemaError[]} */
  const errors = [];
  check(node, value, "", errors);
  return errors;
}

/** One line per error, for a console or an error box. */
export function formatErrors(/** @type {SchemaError[]} */ errors) {
  return errors.map((e) => `${e.path || "(top)"}: ${e.message}`).join("\n");
}

/**
 * @param {Schema} node
 * @param {unknown} value
 * @param {string} path a JSON pointer into the value, for the error text
 * @param {SchemaError[]} errors
 */
function check(node, value, path, errors) {
  if (node.$ref) {
    check(resolve(node.$ref), value, path, errors);
    return;
  }
  if (node.anyOf) {
    checkAnyOf(node.anyOf, value, path, errors);
    return;
  }
  if ("const" in node && !sameJson(node.const, value)) {
    errors.push({ path, message: `expected ${JSON.stringify(node.const)}, got ${brief(value)}` });
    return;
  }
  if (node.enum && !node.enum.some((/** @type {unknown} */ v) => sameJson(v, value))) {
    errors.push({
      path,
      message: `expected one of ${node.enum.map((/** @type {unknown} */ v) => JSON.stringify(v)).join(", ")}, got ${brief(value)}`,
    });
    return;
  }
  if (node.type && !hasType(node.type, value)) {
    errors.push({ path, message: `expected ${node.type}, got ${typeName(value)}` });
    return;
  }
  if (node.type === "array" && node.items && Array.isArray(value)) {
    value.forEach((item, i) => check(node.items, item, `${path}/${i}`, errors));
  }
  if (node.type === "object" && isObject(value)) {
    const object = /** @type {Record<string, unknown>} */ (value);
    for (const name of node.required ?? []) {
      if (!(name in object)) errors.push({ path, message: `missing required field "${name}"` });
    }
    for (const [name, sub] of Object.entries(node.properties ?? {})) {
      if (name in object) check(sub, object[name], `${path}/${name}`, errors);
    }
    const extra = node.additionalProperties;
    if (extra && typeof extra === "object" && Object.keys(extra).length > 0) {
      for (const [name, item] of Object.entries(object)) {
        if (!(node.properties && name in node.properties)) check(extra, item, `${path}/${name}`, errors);
      }
    }
  }
}

/**
 * anyOf: valid if one branch is. Otherwise report the errors of the branch the value
 * was meant for (its `type` picks the message, its `kind` the element or block), so a
 * bad `run:deltas` says which field of which delta is wrong instead of "matches none of
 * 40 elements".
 * @param {Schema[]} branches @param {unknown} value @param {string} path @param {SchemaError[]} errors
 */
function checkAnyOf(branches, value, path, errors) {
  /** @type {SchemaError[][]} */
  const failures = [];
  for (const branch of branches) {
    /** @type {SchemaError[]} */
    const branchErrors = [];
    check(branch, value, path, branchErrors);
    if (branchErrors.length === 0) return;
    failures.push(branchErrors);
  }
  for (const tag of TAGS) {
    if (!isObject(value) || !(tag in /** @type {object} */ (value))) continue;
    const tagged = branches.map((b) => resolveDeep(b).properties?.[tag]?.const);
    if (!tagged.some((t) => t !== undefined)) continue;
    const wanted = /** @type {Record<string, unknown>} */ (value)[tag];
    const index = tagged.indexOf(wanted);
    if (index >= 0) errors.push(...failures[index]);
    else errors.push({ path, message: `unknown ${tag === "type" ? "message type" : "kind"} ${JSON.stringify(wanted)}` });
    return;
  }
  errors.push({ path, message: `${brief(value)} matches none of the allowed shapes` });
}

/** The fields that tell the branches of an anyOf apart: a message's type, an element's kind. */
const TAGS = ["type", "kind"];

/** @param {string} ref */
function resolve(ref) {
  const prefix = "#/$defs/";
  const def = ref.startsWith(prefix) ? SCHEMA.$defs?.[ref.slice(prefix.length)] : undefined;
  if (!def) throw new Error(`protocol schema: unresolvable $ref ${ref}`);
  return def;
}

/** @param {Schema} node */
function resolveDeep(node) {
  return node.$ref ? resolve(node.$ref) : node;
}

/** @param {string} type @param {unknown} value */
function hasType(type, value) {
  switch (type) {
    case "object":
      return isObject(value);
    case "array":
      return Array.isArray(value);
    case "string":
      return typeof value === "string";
    case "boolean":
      return typeof value === "boolean";
    case "number":
      return typeof value === "number" && Number.isFinite(value);
    case "integer":
      return typeof value === "number" && Number.isInteger(value);
    case "null":
      return value === null;
    default:
      return true;
  }
}

/** @param {unknown} value */
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** @param {unknown} value */
function typeName(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value;
}

/** @param {unknown} a @param {unknown} b */
function sameJson(a, b) {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/** @param {unknown} value */
function brief(value) {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/**
 * The one text shown when a site and its runtime disagree about the protocol.
 * @param {{ fragc_version?: unknown, protocol_version?: unknown }} manifest
 * @param {number} [runtimeVersion]
 */
export function versionMismatchMessage(manifest, runtimeVersion = PROTOCOL_VERSION) {
  const built = manifest?.fragc_version ?? "an unknown fragc";
  return (
    `This site was built by fragc ${built} with protocol ${manifest?.protocol_version}, ` +
    `but its runtime speaks protocol ${runtimeVersion}; rebuild the site with \`fragc build\`.`
  );
}

/**
 * Parse one message text from the worker.
 * @param {string} text
 * @returns {{ ok: true, message: any } | { ok: false, error: string }}
 */
export function parseMessage(text) {
  try {
    const message = /** @type {any} */ (parseWorkerJson(text)); // JSON, plus Python's NaN and infinities
    if (!isObject(message) || typeof message.type !== "string") {
      return { ok: false, error: `a worker message without a "type": ${brief(message)}` };
    }
    return { ok: true, message };
  } catch (err) {
    return { ok: false, error: `a worker message that is not JSON (${String(err)}): ${text.slice(0, 80)}` };
  }
}
