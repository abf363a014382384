// @ts-check
/**
 * The memory snapshot's file format (compiler/fragc/site/snapshot.py writes it): gzip of
 * the magic "FRGSNAP1", three little-endian u32 (page size, image length, page count), a
 * bitmap of the non-zero pages (bit i in byte i >> 3, LSB first), then those pages. The
 * worker decodes it into the memory image Pyodide's `_loadSnapshot` takes.
 */

const MAGIC = "FRGSNAP1";
export const SNAPSHOT_FORMAT = "fragc-snapshot-1";

/**
 * Inflate gzip bytes with the browser's own DecompressionStream.
 * @param {Uint8Array} gzipped
 * @returns {Promise<Uint8Array>}
 */
export async function gunzip(gzipped) {
  const stream = new Blob([/** @type {Uint8Array<ArrayBuffer>} */ (gzipped)]).stream().pipeThrough(/** @type {ReadableWritablePair<Uint8Array, Uint8Array>} */ (/** @type {unknown} */ (new DecompressionStream("gzip"))));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/**
 * The memory image from the decompressed file body.
 * @param {Uint8Array} body
 * @returns {Uint8Array}
 */
export function expandImage(body) {
  const magic = new TextDecoder().decode(body.subarray(0, 8));
  if (magic !== MAGIC) throw new Error("not a fragc memory snapshot (bad magic)");
  const view = new DataView(body.buffer, body.byteOffset, body.byteLength);
  const pageSize = view.getUint32(8, true);
  const length = view.getUint32(12, true);
  const count = view.getUint32(16, true);
  const bitmap = body.subarray(20, 20 + Math.ceil(count / 8));
  const image = new Uint8Array(length);
  let at = 20 + bitmap.length;
  for (let index = 0; index < count; index++) {
    if (!((bitmap[index >> 3] >> (index & 7)) & 1)) continue;
    const start = index * pageSize;
    const size = Math.min(pageSize, length - start);
    if (at + size > body.length) throw new Error("truncated fragc memory snapshot");
    image.set(body.subarray(at, at + size), start);
    at += size;
  }
  return image;
}

/**
 * Decode a snapshot file: the memory image.
 * @param {Uint8Array} file
 */
export async function decodeSnapshot(file) {
  return expandImage(await gunzip(file));
}

/**
 * Decode a snapshot while it downloads: the gzip stream is inflated as it arrives.
 * @param {ReadableStream<Uint8Array>} body the response body (already counted, if wanted)
 */
export async function decodeSnapshotStream(body) {
  const inflated = body.pipeThrough(/** @type {ReadableWritablePair<Uint8Array, Uint8Array>} */ (/** @type {unknown} */ (new DecompressionStream("gzip"))));
  return expandImage(new Uint8Array(await new Response(inflated).arrayBuffer()));
}
