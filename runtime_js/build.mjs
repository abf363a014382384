// Build fragc's runtime into dist/: the page script, the worker, the stylesheet.
//
//   node build.mjs            minified, with external source maps
//   node build.mjs --dev      readable, inline source maps
//
// marked, DOMPurify and morphdom are bundled in (no CDN). Pyodide is not: the worker
// imports it at run time from the site's own pyodide/ folder (`../pyodide/pyodide.mjs`
// relative to the worker), because it must match the core files copied next to it.

import * as esbuild from "esbuild";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

const here = dirname(fileURLToPath(import.meta.url));
const dev = process.argv.includes("--dev");

/** @type {import("esbuild").BuildOptions} */
const common = {
  bundle: true,
  format: "esm",
  platform: "browser",
  target: ["es2022", "chrome100", "firefox100", "safari16"],
  minify: !dev,
  sourcemap: dev ? "inline" : true,
  legalComments: "eof",
  logLevel: "info",
  external: ["../pyodide/*"],
};

await Promise.all([
  esbuild.build({
    ...common,
    entryPoints: { "fragc-runtime": join(here, "src/main.js") },
    outdir: join(here, "dist"),
  }),
  esbuild.build({
    ...common,
    entryPoints: { "fragc-worker": join(here, "src/worker.js") },
    outdir: join(here, "dist"),
  }),
  esbuild.build({
    ...common,
    entryPoints: { "fragc-runtime": join(here, "src/styles.css") },
    outdir: join(here, "dist"),
    external: [],
  }),
]);
