// The URL schemes an app's link or image may use (render/sanitize.js safeUrl).
import { test } from "node:test";
import assert from "node:assert/strict";
import { safeUrl } from "../src/render/sanitize.js";

const LINKS = [
  ["https://streamlit.io", true],
  ["http://example.com/a?b#c", true],
  ["mailto:a@b.c", true],
  ["tel:+123", true],
  ["page.html", true],
  ["/abs/path", true],
  ["./rel", true],
  ["?q=1", true],
  ["#anchor", true],
  ["//host/path", true],
  ["javascript:alert(1)", false],
  ["JavaScript:alert(1)", false],
  [" javascript:alert(1)", false],
  ["java\tscript:alert(1)", false],
  ["java\nscript:alert(1)", false],
  ["\u0000javascript:alert(1)", false],
  ["vbscript:msgbox(1)", false],
  ["data:text/html,<script>alert(1)</script>", false],
  ["data:image/png;base64,AAAA", false], // not a link target
  ["file:///etc/passwd", false],
  ["blob:https://x/1", false],
  [42, false],
  [null, false],
];

for (const [url, safe] of LINKS) {
  test(`link ${JSON.stringify(url)} is ${safe ? "kept" : "dropped"}`, () => {
    assert.equal(safeUrl(url), safe ? url : null);
  });
}

const MEDIA = [
  ["data:image/png;base64,AAAA", true],
  ["data:image/svg+xml,<svg/>", true], // an <img> never runs an SVG's script
  ["data:audio/wav;base64,AAAA", true],
  ["blob:http://x/1", true],
  ["https://x/y.png", true],
  ["media/x.png", true],
  ["data:text/html,<script>alert(1)</script>", false],
  ["javascript:alert(1)", false],
];

for (const [url, safe] of MEDIA) {
  test(`image source ${JSON.stringify(url).slice(0, 40)} is ${safe ? "kept" : "dropped"}`, () => {
    assert.equal(safeUrl(url, "media"), safe ? url : null);
  });
}
