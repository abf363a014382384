// Streamlit's markdown extras as fragc's page renders them (render/markdown.js), and the
// spinner clock text (render/status.js). DOMPurify needs a DOM, so these check the HTML
// before sanitising (markdownHtml); the browser tests check what sanitising leaves.
import { test } from "node:test";
import assert from "node:assert/strict";
import { markdownHtml, slugify } from "../src/render/markdown.js";
import { formatElapsed } from "../src/elements/status.js";

const html = (/** @type {string} */ body) => markdownHtml(body, { unsafe: true, inline: true });

const CASES = [
  [":red[a **b**]", '<span class="stMarkdownColoredText fragc-fg-red">a <strong>b</strong></span>'],
  [":grey[g]", '<span class="stMarkdownColoredText fragc-fg-gray">g</span>'],
  [":blue-background[c]", '<span class="stMarkdownColoredBackground fragc-bg-blue">c</span>'],
  [":green-badge[d]", '<span class="stMarkdownBadge fragc-badge fragc-bg-green fragc-fg-green">d</span>'],
  [":small[e]", '<span class="fragc-small">e</span>'],
  [":red[[link](https://a.b)]", '<span class="stMarkdownColoredText fragc-fg-red"><a href="https://a.b">link</a></span>'],
  [':color[w]{foreground="#d50000" background="url(x)"}', '<span class="stMarkdownColoredText" style="color: #d50000">w</span>'],
  [":pink[not a colour]", ":pink[not a colour]"],
  [":smile: :+1: :nope: 12:30:45", "😄 👍 :nope: 12:30:45"],
  ["a -> b <- c <-> d -- e >= f <= g ~= h", "a → b ← c ↔ d — e ≥ f ≤ g ≈ h"],
  ["`x -> y`", "<code>x -&gt; y</code>"],
  ["$a^2$ costs $5 and $10", '<span class="fragc-math" data-display="false" data-tex="a^2">a^2</span> costs $5 and $10'],
  ["$ a$", "$ a$"],
];

for (const [body, expected] of CASES) {
  test(`markdown ${body}`, () => assert.equal(html(body), expected));
}

test("material icons keep their name as text", () => {
  assert.match(html(":material/home:"), /data-testid="stIconMaterial"[^>]*data-icon="home"[^>]*>home<\/span>/);
});

test("headings get a slugged id and a # link unless anchors are off", () => {
  const withLink = markdownHtml("## My Title!", { unsafe: true });
  assert.match(withLink, /^<h2 id="my-title"><span data-heading-text="">My Title!<\/span>/);
  assert.match(withLink, /<a href="#my-title" class="fragc-heading-anchor" aria-label="Link to heading"><\/a>/);
  assert.doesNotMatch(markdownHtml("## My Title!", { unsafe: true, anchors: false }), /<a /);
});

test("display math and fenced code become placeholders for KaTeX and highlight.js", () => {
  assert.equal(markdownHtml("$$\n\\frac12\n$$", { unsafe: true }), '<div class="fragc-math" data-display="true" data-tex="\\frac12">\\frac12</div>');
  assert.match(markdownHtml("```py\nx = 1\n```", { unsafe: true }), /<code class="language-py" data-fragc-highlight="py">x = 1<\/code>/);
});

test("raw HTML is escaped unless the app allows it", () => {
  assert.equal(html("<b>x</b>"), "<b>x</b>");
});

test("slugs", () => {
  assert.equal(slugify("Hello World!"), "hello-world");
  assert.equal(slugify("FooBar baz2"), "foo-bar-baz-2"); // words as lodash splits them
  assert.equal(slugify("Ünïcode ça"), "ünïcode-ça");
  assert.match(slugify("!!!"), /^[0-9a-f]+$/);
  assert.equal(slugify(""), "");
});

test("spinner clock text, as Streamlit writes it", () => {
  assert.equal(formatElapsed(0), "(0.0 seconds)");
  assert.equal(formatElapsed(1.25), "(1.3 seconds)");
  assert.equal(formatElapsed(60), "(1 minute)");
  assert.equal(formatElapsed(61.25), "(1 minute, 1.3 seconds)");
  assert.equal(formatElapsed(3725.5), "(1 hour, 2 minutes, 5.5 seconds)");
});
