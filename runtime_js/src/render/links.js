// @ts-check
/**
 * st.link_button: an `<a>` drawn as a button that opens its URL in a new tab. With
 * `on_click="ignore"` (the default) it is no widget and a click starts no run; with
 * "rerun" or a callback the click is also a trigger (input_events.js).
 */

import { h, cls } from "./dom.js";
import { ACTIONS, buttonContent, buttonKind } from "./input_parts.js";

/**
 * @typedef {Record<string, any>} Props
 * @typedef {import("./inputs.js").WidgetView} WidgetView
 */

/** @param {Props} p @param {WidgetView} _view */
export function linkButton(p, _view) {
  const kind = buttonKind(p.type);
  const disabled = Boolean(p.disabled);
  return h(
    "div",
    { "data-testid": "stLinkButton", class: cls("stLinkButton", p.use_container_width && "fragc-stretch") },
    h(
      "a",
      {
        // A disabled link has no href: nothing to follow, and it leaves the tab order.
        href: disabled ? null : String(p.url ?? ""),
        target: "_blank",
        rel: "noreferrer noopener",
        role: disabled ? "link" : null,
        "aria-disabled": disabled ? "true" : null,
        "data-testid": `stBaseLinkButton-${kind}`,
        kind,
        class: cls("fragc-button", `fragc-button-${kind}`, "fragc-link-button", disabled && "fragc-link-disabled"),
        title: p.help ? String(p.help) : null,
        "data-fragc-action": ACTIONS.link,
      },
      buttonContent(p),
    ),
  );
}
