// @ts-check
/**
 * st.image (`compiler/fragc/shim/elements/image.py`): one or more images (`images:
 * [{ src, caption, alt }]`). `src` is a URL or a `data:` URL Python built from bytes.
 * Markup as Streamlit's: `stImage` > `stImageContainer` > `img`, then `stImageCaption`;
 * several images sit side by side in one element.
 */

import { h, cls } from "../render/dom.js";
import { markdownToHtml } from "../render/markdown.js";
import { safeUrl } from "../render/sanitize.js";

/**
 * @typedef {import("../protocol_types").ImageProps} ImageProps
 * @typedef {import("../family.js").Family} Family
 */

/** @param {ImageProps} p */
function image(p) {
  const width = typeof p.width === "number" && p.width > 0 ? p.width : null;
  const items = p.images.map((img) => {
    const picture = h("img", {
      src: safeUrl(String(img.src ?? ""), "media") ?? "",
      // No alt given: Streamlit leaves the attribute out (no accessible name); "" is decorative.
      alt: typeof img.alt === "string" ? img.alt : null,
      class: "fragc-image",
      style: width ? `width: ${width}px; max-width: 100%` : null,
    });
    const link = p.link ? safeUrl(String(p.link)) : null;
    const linked = link ? h("a", { href: link, target: "_blank", rel: "noreferrer noopener", "data-testid": "stImageLink" }, picture) : picture;
    return h(
      "div",
      { "data-testid": "stImage", class: cls("stImage", p.stretch && "fragc-image-stretch") },
      h("div", { "data-testid": "stImageContainer", class: "fragc-image-container" }, linked),
      img.caption
        ? h("div", { "data-testid": "stImageCaption", class: "fragc-caption", html: markdownToHtml(String(img.caption), { inline: true }) })
        : null,
    );
  });
  return items.length === 1 ? items[0] : h("div", { "data-testid": "stImages", class: "fragc-images" }, items);
}

export default /** @satisfies {Family} */ ({
  python: "elements/image.py",
  elements: { image },
});
