// What the worker needs to boot: the snapshot's file format and the byte counter.
import { test } from "node:test";
import assert from "node:assert/strict";
import { gzipSync } from "node:zlib";
import { decodeSnapshot, expandImage } from "../src/snapshot.js";
import { DownloadProgress, countedStream, formatBytes } from "../src/download_progress.js";

/** The format compiler/fragc/site/snapshot.py writes (before gzip). */
function encode(image, pageSize = 16) {
  const count = Math.ceil(image.length / pageSize);
  const bitmap = new Uint8Array(Math.ceil(count / 8));
  const pages = [];
  for (let i = 0; i < count; i++) {
    const page = image.subarray(i * pageSize, (i + 1) * pageSize);
    if (page.some((b) => b !== 0)) {
      bitmap[i >> 3] |= 1 << (i & 7);
      pages.push(page);
    }
  }
  const header = new Uint8Array(20);
  header.set(new TextEncoder().encode("FRGSNAP1"));
  const view = new DataView(header.buffer);
  view.setUint32(8, pageSize, true);
  view.setUint32(12, image.length, true);
  view.setUint32(16, count, true);
  return Buffer.concat([header, bitmap, ...pages]);
}

test("a snapshot's zero pages come back as zeros, the others as they were", async () => {
  const image = new Uint8Array(16 * 11);
  image.fill(7, 16, 32);
  image.fill(9, 16 * 9, 16 * 10 + 3);
  assert.deepEqual(expandImage(encode(image)), image);
  assert.deepEqual(await decodeSnapshot(new Uint8Array(gzipSync(encode(image)))), image);
});

test("a file that is not a snapshot is refused, so the worker falls back", () => {
  assert.throws(() => expandImage(new TextEncoder().encode("NOTASNAP".padEnd(40, "\0"))), /not a fragc memory snapshot/);
  const truncated = encode(new Uint8Array(64).fill(1)).subarray(0, 30);
  assert.throws(() => expandImage(truncated), /truncated/);
});

test("progress adds up the bytes of every boot download against the manifest's total", async () => {
  const reports = [];
  let clock = 0;
  const progress = new DownloadProgress(
    { "a.wasm": 10, "b.zip": 5, "ignored.js": 0 },
    new URL("http://site/app/"),
    (loaded, total) => reports.push([loaded, total]),
    () => clock,
  );
  assert.equal(progress.total, 15);
  progress.add("http://site/app/a.wasm", 4);
  clock = 50;
  progress.add("http://site/app/a.wasm", 4); // within 100 ms of the last report: quiet
  clock = 500;
  progress.add("http://site/elsewhere.js", 100); // not a boot download: not counted
  const body = new Response(new Uint8Array(5)).body;
  await new Response(countedStream(progress, "http://site/app/b.zip", body)).arrayBuffer();
  progress.done("http://site/app/a.wasm");
  assert.deepEqual(reports, [
    [4, 15],
    [13, 15],
    [15, 15],
  ]);
  assert.equal(formatBytes(4_100_000, 12_345_678), "4.1 of 12.3 MB");
});
