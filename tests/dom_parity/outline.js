// The DOM outline that tests/dom_parity compares: one function, evaluated by Playwright in
// the page (`page.evaluate(OUTLINE_JS)`), the same for the recorder (real Streamlit) and for
// the test (a fragc site). It keeps what a browser test can see and select on, and drops
// what no test should depend on. What it keeps and why is in tests/dom_parity/README.md.
() => {
  // Attributes browser tests read (Streamlit's own e2e tests and users' tests).
  const ATTRIBUTES = [
    "aria-expanded",
    "aria-selected",
    "aria-checked",
    "aria-disabled",
    "disabled",
    "data-baseweb",
    "data-test-scroll-behavior",
    "open",
  ];
  // Controls a test reaches by role although they carry neither a test id nor a role.
  const IMPLICIT_ROLES = {
    BUTTON: "button",
    SELECT: "combobox",
    TEXTAREA: "textbox",
    SUMMARY: "summary",
    DETAILS: "group",
    H1: "heading",
    H2: "heading",
    H3: "heading",
    H4: "heading",
    H5: "heading",
    H6: "heading",
    HR: "separator",
    A: "link",
    DIALOG: "dialog",
    PROGRESS: "progressbar",
    TABLE: "table",
  };
  const INPUT_ROLES = {
    checkbox: "checkbox",
    radio: "radio",
    range: "slider",
    number: "spinbutton",
    button: "button",
    submit: "button",
    file: "button",
  };
  const ROOTS = [
    ["main", '[data-testid="stMainBlockContainer"]'],
    ["bottom", '[data-testid="stBottom"]'],
    ["toasts", '[data-testid="stToastContainer"]'],
    ["sidebar", '[data-testid="stSidebar"]'],
    ["header", '[data-testid="stHeader"]'],
  ];
  // What floats above the page: Streamlit draws it in layers at the end of <body> (a
  // popover's body, a dialog, a tooltip), another page may draw it in place. Where it sits
  // is no test's business (a test finds it from the page), so the outline lists it as its
  // own root wherever it is: the parts of <body> outside the app, and these test ids and
  // native popovers (the browser's top layer) inside.
  const LAYERS = ['[data-testid="stPopoverBody"]', '[data-testid="stDialog"]', '[data-testid="stTooltipContent"]', "[popover]"];
  // Roots are outlined once each: main does not descend into bottom, toasts or a layer.
  const OWN_ROOTS = new Set([...ROOTS.slice(1).map(([, selector]) => selector), ...LAYERS]);

  const squash = (text) => (text || "").replace(/\s+/g, " ").trim().slice(0, 200);

  const roleOf = (el) => {
    const explicit = el.getAttribute("role");
    if (explicit) return explicit;
    if (el.tagName === "INPUT") {
      const type = (el.getAttribute("type") || "text").toLowerCase();
      if (type === "hidden") return null;
      return INPUT_ROLES[type] || "textbox";
    }
    if (el.tagName === "A" && !el.hasAttribute("href")) return null;
    return IMPLICIT_ROLES[el.tagName] || null;
  };

  // Visible text without what is hidden from assistive technology (icon ligatures).
  const spokenText = (el) => {
    let text = "";
    for (const child of el.childNodes) {
      // Adjacent text nodes are one run of text (React may split one string in several).
      if (child.nodeType === Node.TEXT_NODE) text += child.textContent;
      else if (child.nodeType === Node.ELEMENT_NODE) {
        if (child.getAttribute("aria-hidden") === "true") continue;
        if (["SCRIPT", "STYLE", "SVG", "svg"].includes(child.tagName)) continue;
        text += ` ${spokenText(child)}`;
      }
    }
    return text;
  };

  // An approximation of the accessible name good enough for get_by_role(name=) and
  // get_by_label: aria-labelledby, aria-label, a <label>, then the content for roles
  // that take their name from it.
  const NAME_FROM_CONTENT = new Set([
    "button", "tab", "option", "link", "heading", "summary", "radio", "checkbox", "switch", "menuitem",
  ]);
  const nameOf = (el, role) => {
    const labelledBy = el.getAttribute("aria-labelledby");
    if (labelledBy) {
      const parts = labelledBy
        .split(/\s+/)
        .map((id) => document.getElementById(id))
        .filter(Boolean)
        .map((ref) => squash(spokenText(ref)));
      if (parts.length) return squash(parts.join(" "));
    }
    const label = el.getAttribute("aria-label");
    if (label && label.trim()) return squash(label);
    if (["INPUT", "SELECT", "TEXTAREA"].includes(el.tagName)) {
      const labels = el.labels ? [...el.labels] : [];
      if (labels.length) return squash(labels.map((l) => spokenText(l)).join(" "));
      const placeholder = el.getAttribute("placeholder");
      if (placeholder) return squash(placeholder);
    }
    if (role && NAME_FROM_CONTENT.has(role)) return squash(spokenText(el));
    const title = el.getAttribute("title");
    return title ? squash(title) : null;
  };

  const isKept = (el) =>
    el.hasAttribute("data-testid") || roleOf(el) !== null || el.tagName === "INPUT" || el.tagName === "LABEL";

  // Visible as Playwright's to_be_visible() sees it: an element without a box of its own
  // (display: contents) is visible when something inside it is.
  const visible = (el) => {
    if (getComputedStyle(el).display === "contents") return [...el.children].some(visible);
    return el.checkVisibility();
  };

  const outline = (el, skip) => {
    const children = [];
    for (const child of el.children) {
      if (skip && [...OWN_ROOTS].some((selector) => child.matches(selector))) continue;
      children.push(...outline(child, skip));
    }
    if (!isKept(el)) return children;
    const role = roleOf(el);
    const node = {};
    const testid = el.getAttribute("data-testid");
    if (testid) node.testid = testid;
    // The tag only where nothing else says what the element is: a test finds a part by
    // its test id and a control by its role, whichever element draws it.
    if (!testid) node.tag = el.tagName.toLowerCase();
    if (role) node.role = role;
    const name = role ? nameOf(el, role) : null;
    if (name) node.name = name;
    const attributes = {};
    for (const attribute of ATTRIBUTES) {
      if (el.hasAttribute(attribute)) attributes[attribute] = el.getAttribute(attribute);
    }
    if (Object.keys(attributes).length) node.attributes = attributes;
    if (["INPUT", "TEXTAREA", "SELECT"].includes(el.tagName)) {
      node.value = el.type === "checkbox" || el.type === "radio" ? String(el.checked) : el.value;
    }
    if (!visible(el)) node.hidden = true;
    if (children.length) node.children = children;
    else if (testid !== "stIconMaterial" && !["INPUT", "TEXTAREA", "SELECT"].includes(el.tagName)) {
      // An icon's text is a ligature's name (keyboard_arrow_down): drawing, not text.
      const text = squash(spokenText(el));
      if (text && text !== name) node.text = text;
    }
    return [node];
  };

  const result = {};
  for (const [key, selector] of ROOTS) {
    const root = document.querySelector(selector);
    const nodes = [];
    if (root) {
      // The sidebar's own element is what a test collapses and expands: keep it.
      if (key === "sidebar") nodes.push(...outline(root, true));
      else for (const child of root.children) nodes.push(...outline(child, key === "main"));
    }
    result[key] = nodes;
  }
  const app = document.querySelector('[data-testid="stApp"]');
  const layers = [];
  for (const child of document.body.children) {
    if (child.contains(app) || ["SCRIPT", "STYLE", "TEMPLATE"].includes(child.tagName)) continue;
    // Streamlit's empty portal host is where layers go, not one of them.
    if (child.getAttribute("data-testid") === "portal") for (const inner of child.children) layers.push(...outline(inner, false));
    else layers.push(...outline(child, false));
  }
  for (const layer of app ? app.querySelectorAll(LAYERS.join(",")) : []) {
    // One not shown is as absent as Streamlit's closed popover, which it does not draw.
    if (LAYERS.some((selector) => layer.parentElement.closest(selector)) || !visible(layer)) continue;
    layers.push(...outline(layer, false));
  }
  result.layers = layers;
  // Where the keyboard is: the focused control, described as its outline line would be.
  const active = document.activeElement;
  if (active && active !== document.body && isKept(active)) {
    const role = roleOf(active);
    result.focus = [{
      ...(active.getAttribute("data-testid") ? { testid: active.getAttribute("data-testid") } : { tag: active.tagName.toLowerCase() }),
      ...(role ? { role } : {}),
      ...(role && nameOf(active, role) ? { name: nameOf(active, role) } : {}),
    }];
  } else result.focus = [];
  return result;
};
