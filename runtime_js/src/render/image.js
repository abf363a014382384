// @ts-check
/**
 * st.image: one or more images (`images: [{ src, caption, alt }]`; older deltas carry a
 * single `src` / `caption`). `src` is a URL or a `data:` URL Python built from bytes.
 * Markup as Streamlit's: `stImage` > `stImageContainer` > `img`, then `stImageCaption`;
 * several images sit side by side in one element.
 */

import { h, cls } from "./dom.js";
import { markdownToHtml } from "./markdown.js";

/** @typedef {Record<string, any>} Props @typedef {{ src: string, caption?: string | null, alt?: string | null }} Img */

/** @param {Props} p @returns {Img[]} */
function imagesOf(p) {
  if (Array.isArray(p.images)) return p.images;
  return [{ src: String(p.src ?? ""), caption: p.caption ?? null, alt: p.alt ?? null }];
}

/** @param {Props} p */
export function image(p) {
  const width = typeof p.width === "number" && p.width > 0 ? p.width : null;
  const items = imagesOf(p).map((img) => {
    const picture = h("img", {
      src: String(img.src ?? ""),
      // No alt given: Streamlit leaves the attribute out (no accessible name); "" is decorative.
      alt: typeof img.alt === "string" ? img.alt : null,
      class: "fragc-image",
      style: width ? `width: ${width}px; max-width: 100%` : null,
    });
    const linked = p.link ? h("a", { href: String(p.link), target: "_blank", rel: "noreferrer noopener", "data-testid": "stImageLink" }, picture) : picture;
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
