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
import { copyFile, readFile } from "node:fs/promises";

const here = dirname(fileURLToPath(import.meta.url));
// src/chunks/<name>.js → dist/fragc-<name>.js: what render/lazy.js imports the first time a
// page shows an element drawn by that library (LAZY_KINDS names them).
const CHUNKS = ["vega", "plotly", "echarts", "graphviz", "deck", "grid", "mermaid"];
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

// KaTeX's stylesheet with its fonts as woff2 only (every browser fragc targets reads
// woff2): the .woff and .ttf copies would triple the site's font weight for nothing.
/** @type {import("esbuild").Plugin} */
const katexWoff2Only = {
  name: "katex-woff2-only",
  setup(build) {
    build.onLoad({ filter: /katex(\.min)?\.css$/ }, async (args) => ({
      contents: (await readFile(args.path, "utf8")).replace(/,\s*url\([^)]*\.(?:woff|ttf)\)\s*format\("(?:woff|truetype)"\)/g, ""),
      loader: "css",
    }));
  },
};

await Promise.all([
  esbuild.build({
    ...common,
    entryPoints: { "fragc-runtime": join(here, "src/main.js") },
    outdir: join(here, "dist"),
  }),
  // KaTeX and highlight.js: bundles of their own that the runtime imports the first
  // time a page shows math or code (render/latex.js, render/highlight.js).
  esbuild.build({
    ...common,
    entryPoints: {
      "fragc-katex": join(here, "node_modules/katex/dist/katex.mjs"),
      "fragc-highlight": join(here, "node_modules/highlight.js/es/common.js"),
      // `fragc dev` only: build events, the error overlay, reloads in place (main.js).
      "fragc-dev": join(here, "src/dev.js"),
    },
    outdir: join(here, "dist"),
  }),
  // The drawing libraries' chunks (render/lazy.js): one file each (a site only gets those
  // its app can use: fragc/site/build.py), so nothing shared between them: a library's
  // own dynamic imports (Mermaid's diagram types) are bundled in.
  esbuild.build({
    ...common,
    entryPoints: Object.fromEntries(CHUNKS.map((name) => [`fragc-${name}`, join(here, `src/chunks/${name}.js`)])),
    outdir: join(here, "dist"),
  }),
  esbuild.build({
    ...common,
    entryPoints: { "fragc-katex": join(here, "node_modules/katex/dist/katex.min.css") },
    outdir: join(here, "dist"),
    external: [],
    loader: { ".woff2": "file" },
    assetNames: "fonts/[name]-[hash]",
    plugins: [katexWoff2Only],
  }),
  esbuild.build({
    ...common,
    entryPoints: { "fragc-worker": join(here, "src/worker.js") },
    outdir: join(here, "dist"),
  }),
  // The same worker as a classic script, for single-file sites: Chromium starts no module
  // worker from a blob: URL on a file:// page (compiler/fragc/site/single_file.py).
  esbuild.build({
    ...common,
    format: "iife",
    entryPoints: { "fragc-worker-classic": join(here, "src/worker.js") },
    outdir: join(here, "dist"),
  }),
  esbuild.build({
    ...common,
    entryPoints: { "fragc-runtime": join(here, "src/styles.css") },
    outdir: join(here, "dist"),
    external: [],
    // The icon font (styles/icons.css) beside KaTeX's, under dist/fonts/.
    loader: { ".woff2": "file" },
    assetNames: "fonts/[name]-[hash]",
  }),
]);

// The document HTML frames load (elements/iframe.js): a file of its own, not a bundle.
await copyFile(join(here, "src/frame/fragc-frame.html"), join(here, "dist/fragc-frame.html"));
