// The family table (src/families.js) against the protocol and the shim: every element and
// block kind has its renderer, every family module mirrors a shim module of the same name,
// and every action a renderer draws has its handler. (families.js itself refuses a kind or
// an action claimed by two families: importing it throws.)
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import schema from "../src/protocol.schema.json" with { type: "json" };
import { ELEMENT_KINDS, BLOCK_KINDS } from "../src/protocol_constants.js";
import { ACTIONS, BLOCKS, ELEMENTS, FAMILIES } from "../src/families.js";

const SRC = new URL("../src/", import.meta.url);
const SHIM = new URL("../../compiler/fragc/shim/", import.meta.url);

/** The kinds of a union in the schema (`Element` or `Block`), from each member's `kind`. @param {string} union */
function schemaKinds(union) {
  return schema.$defs[union].anyOf.map((member) => {
    const name = member.$ref.replace("#/$defs/", "");
    return schema.$defs[name].properties.kind.const;
  });
}

const sorted = (/** @type {Iterable<string>} */ items) => [...items].sort();

test("every element kind of the protocol has one renderer, and no renderer is for another kind", () => {
  assert.deepEqual(sorted(Object.keys(ELEMENTS)), sorted(schemaKinds("Element")));
  assert.deepEqual(sorted(ELEMENT_KINDS), sorted(schemaKinds("Element")));
});

test("every block kind of the protocol has one renderer, and no renderer is for another kind", () => {
  assert.deepEqual(sorted(Object.keys(BLOCKS)), sorted(schemaKinds("Block")));
  assert.deepEqual(sorted(BLOCK_KINDS), sorted(schemaKinds("Block")));
});

test("each family module is registered and named after the shim module it draws", async () => {
  const modules = [];
  // optional/: the families fragc build bundles only for apps that use them (a Python
  // family there may be a package: optional/grid/__init__.py).
  for (const folder of ["elements", "widgets", "optional"]) {
    for (const file of readdirSync(new URL(`${folder}/`, SRC)).filter((f) => f.endsWith(".js"))) {
      const family = (await import(new URL(`${folder}/${file}`, SRC).href)).default;
      const name = `${folder}/${file.replace(/\.js$/, "")}`;
      assert.ok([`${name}.py`, `${name}/__init__.py`].includes(family.python), `src/${folder}/${file}: ${family.python}`);
      assert.ok(existsSync(new URL(family.python, SHIM)), `compiler/fragc/shim/${family.python} exists`);
      modules.push(family);
    }
  }
  assert.deepEqual(sorted(modules.map((f) => f.python)), sorted(FAMILIES.map((f) => f.python)), "families.js lists every family module");
});

test("every action drawn has a handler, and every handler's action is drawn", () => {
  const drawn = new Set();
  /** @param {URL} folder */
  const scan = (folder) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (entry.isDirectory()) scan(new URL(`${entry.name}/`, folder));
      else if (entry.name.endsWith(".js")) {
        const text = readFileSync(new URL(entry.name, folder), "utf8");
        for (const m of text.matchAll(/"data-fragc-action":\s*(?:[^,\n]*?\?\s*)?"([a-z-]+)"/g)) drawn.add(m[1]);
        for (const m of text.matchAll(/data-fragc-action="([a-z-]+)"/g)) drawn.add(m[1]);
      }
    }
  };
  scan(SRC);
  assert.deepEqual(sorted(drawn), sorted(Object.keys(ACTIONS)));
});
