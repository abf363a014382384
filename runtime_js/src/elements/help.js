// @ts-check
/**
 * st.help (`compiler/fragc/shim/elements/help.py`): Streamlit's `stHelp` box: the name (`stHelpName`), the type (`stHelpType`),
 * the value or signature (`stHelpValue`), the docstring (`stHelpDoc`), and a table of
 * the members (`stHelpMembersTable` > `stHelpMember` with `stHelpMemberDocName`,
 * `...DocType`, `...DocValue` or `...DocString`). All text, never HTML.
 */

import { h } from "../render/dom.js";

/**
 * @typedef {import("../protocol_types").HelpProps} HelpProps
 * @typedef {import("../family.js").Family} Family
 */

/** @param {HelpProps} p */
function help(p) {
  const members = Array.isArray(p.members) ? p.members : [];
  return h(
    "div",
    {
      "data-testid": "stHelp",
      class: "stHelp fragc-help-box",
      style: typeof p.width === "number" ? `width: ${p.width}px; max-width: 100%` : null,
    },
    h(
      "div",
      { class: "fragc-help-header" },
      p.name ? h("span", { "data-testid": "stHelpName", class: "fragc-help-name" }, String(p.name)) : null,
      h("span", { "data-testid": "stHelpType", class: "fragc-help-type" }, String(p.type ?? "")),
      p.value ? h("code", { "data-testid": "stHelpValue", class: "fragc-help-value" }, String(p.value)) : null,
    ),
    p.doc ? h("pre", { "data-testid": "stHelpDoc", class: "fragc-help-doc" }, String(p.doc)) : h("div", { "data-testid": "stHelpDoc", class: "fragc-help-doc fragc-muted" }, "No docs available"),
    members.length
      ? h(
          "div",
          { "data-testid": "stHelpMembersTable", class: "fragc-help-members" },
          members.map((m) =>
            h(
              "div",
              { "data-testid": "stHelpMember", class: "fragc-help-member" },
              h("div", { class: "fragc-help-member-head" },
                h("span", { "data-testid": "stHelpMemberDocName", class: "fragc-help-member-name" }, String(m.name ?? "")),
                h("span", { "data-testid": "stHelpMemberDocType", class: "fragc-help-member-type" }, String(m.type ?? "")),
              ),
              m.value
                ? h("code", { "data-testid": "stHelpMemberDocValue", class: "fragc-help-member-value" }, String(m.value))
                : m.doc
                  ? h("div", { "data-testid": "stHelpMemberDocString", class: "fragc-help-member-doc" }, String(m.doc))
                  : null,
            ),
          ),
        )
      : null,
  );
}

export default /** @satisfies {Family} */ ({
  python: "elements/help.py",
  elements: { help },
});
