// @ts-check
/**
 * The renderer: node tree → DOM, through morphdom.
 *
 * Each render builds fresh DOM only for nodes whose `version` differs from the one the
 * live DOM shows (`data-fragc-v`); an unchanged node becomes an empty placeholder that
 * the morph skips, so its live DOM (and any input being typed in) is left alone.
 * morphdom then patches the live DOM in place, keyed by `data-fragc-uid`: elements
 * keep their identity, a focused text input keeps what the user is typing, and the
 * delegated listeners on the app root (events.js) never need re-attaching.
 *
 * `data-stale` depends on the run state, not on the tree, so it is written in a
 * separate cheap pass (`updateStaleness`) after every render and state change.
 */

import morphdom from "morphdom";
import { h, cls, keyClass } from "./dom.js";
import * as elements from "./elements.js";
import * as inputs from "./inputs.js";
import * as blocks from "./blocks.js";
import * as dialogs from "./dialog.js";
import * as dates from "./dates.js";
import * as color from "./color.js";
import * as files from "./files.js";
import * as links from "./links.js";
import * as chat from "./chat.js";
import * as media from "./image.js";
import * as choice from "./choice.js";
import * as sliders from "./slider.js";
import { buttonGroup } from "./buttongroup.js";
import * as forms from "./form.js";
import { lacksSubmitButton } from "../forms.js";
import * as status from "./status.js";
import * as data from "./table.js";
import { vegaLiteChart } from "./chart.js";
import { ROOT_SIDEBAR, ROOT_EVENT, ROOT_BOTTOM } from "../tree.js";

/**
 * @typedef {import("../tree.js").AppTree} AppTree
 * @typedef {import("../tree.js").AppNode} AppNode
 * @typedef {import("../tree.js").BlockNode} BlockNode
 * @typedef {import("../tree.js").ElementNode} ElementNode
 * @typedef {import("../widgets.js").WidgetStore} WidgetStore
 * @typedef {Map<string, { version: string, tag: string }>} LiveIndex
 *
 * @typedef {object} Mounts where each root's DOM lives (chrome.js builds them)
 * @property {HTMLElement[]} roots one mount per root, index = root number
 * @property {HTMLElement} sidebar hidden while the sidebar root is empty
 * @property {HTMLElement} bottom hidden while the bottom root is empty
 *
 * @typedef {object} UiState page-only state of blocks, by node uid
 * @property {Map<number, number>} tabs the chosen tab of each st.tabs
 * @property {Map<number, boolean>} expanders whether each expander is open
 */

/** Element kinds drawn elsewhere (toasts float above the page): no slot in the flow. */
const OFF_FLOW = new Set(["toast"]);

/** @type {Record<string, (props: Record<string, any>) => HTMLElement>} */
const DISPLAY = {
  markdown: elements.markdown,
  heading: elements.heading,
  text: elements.text,
  code: elements.code,
  json: elements.json,
  alert: elements.alert,
  exception: elements.exception,
  metric: elements.metric,
  empty: elements.empty,
  divider: elements.divider,
  html: elements.html,
  progress: elements.progress,
  spinner: elements.spinner,
  badge: elements.badge,
  balloons: status.balloons,
  snow: status.snow,
  image: media.image,
  table: data.table,
  dataframe: data.dataframe,
  vega_lite_chart: vegaLiteChart,
};

/** @type {Record<string, (props: Record<string, any>, view: import("./inputs.js").WidgetView) => HTMLElement>} */
const WIDGETS = {
  button: inputs.button,
  checkbox: inputs.checkbox,
  text_input: inputs.textInput,
  text_area: inputs.textArea,
  number_input: inputs.numberInput,
  date_input: dates.dateInput,
  time_input: dates.timeInput,
  color_picker: color.colorPicker,
  file_uploader: files.fileUploader,
  download_button: files.downloadButton,
  link_button: links.linkButton,
  chat_input: chat.chatInput,
  radio: choice.radio,
  selectbox: choice.selectbox,
  multiselect: choice.multiselect,
  slider: sliders.slider,
  select_slider: sliders.selectSlider,
  button_group: buttonGroup,
  form_submit_button: forms.formSubmitButton,
};

/** Element kinds this renderer draws (for tests and the unknown-kind message). */
export const RENDERABLE_KINDS = new Set([...Object.keys(DISPLAY), ...Object.keys(WIDGETS), ...OFF_FLOW]);

export class Renderer {
  /**
   * @param {{ tree: AppTree, store: WidgetStore, mounts: Mounts, scriptState: () => string }} deps
   */
  constructor(deps) {
    this.tree = deps.tree;
    this.store = deps.store;
    this.mounts = deps.mounts;
    this.scriptState = deps.scriptState;
    /** @type {UiState} */
    this.ui = { tabs: new Map(), expanders: new Map() };
    /** Open/dismissed state of dialogs (render/dialog.js). */
    this.dialogs = new dialogs.DialogState();
  }

  /** Bring the DOM up to date with the tree. */
  render() {
    this.tree.roots.forEach((root, index) => {
      const mount = this.mounts.roots[index];
      if (!mount) return;
      const live = mount.firstElementChild;
      const fresh = this.#rootBlock(root, indexLive(mount));
      if (!live) {
        mount.append(fresh);
        return;
      }
      if (fresh.hasAttribute("data-fragc-skip")) return;
      morphdom(live, fresh, MORPH_OPTIONS);
    });
    this.mounts.sidebar.hidden = this.tree.roots[ROOT_SIDEBAR].children.length === 0;
    this.mounts.bottom.hidden = this.tree.roots[ROOT_BOTTOM].children.length === 0;
    this.updateStaleness();
    dialogs.afterRender(this.mounts.roots[ROOT_EVENT], this.tree, this.dialogs);
  }

  /** Write `data-stale` on every element container from the current run state. */
  updateStaleness() {
    const state = this.scriptState();
    /** @type {Map<string, AppNode>} */
    const nodes = new Map();
    this.tree.walk((node) => nodes.set(String(node.uid), node));
    for (const mount of this.mounts.roots) {
      for (const el of mount.querySelectorAll('[data-testid="stElementContainer"][data-fragc-uid]')) {
        const node = nodes.get(/** @type {string} */ (el.getAttribute("data-fragc-uid")));
        const stale = node ? String(this.tree.isStale(node, state)) : "false";
        if (el.getAttribute("data-stale") !== stale) el.setAttribute("data-stale", stale);
      }
    }
  }

  /**
   * A root renders as a vertical block, like Streamlit's main, sidebar, event and
   * bottom containers.
   * @param {BlockNode} root @param {LiveIndex} live
   */
  #rootBlock(root, live) {
    const attrs = nodeAttrs(root);
    const seen = live.get(String(root.uid));
    if (seen && seen.version === String(root.version)) return placeholder(root, seen.tag);
    const children = this.#children(root, live);
    return blocks.vertical({}, undefined, children, attrs);
  }

  /** @param {BlockNode} block @param {LiveIndex} live */
  #children(block, live) {
    /** @type {HTMLElement[]} */
    const out = [];
    for (const child of block.children) {
      if (child.type === "element" && OFF_FLOW.has(child.element.kind)) continue;
      out.push(this.#node(child, live));
    }
    return out;
  }

  /**
   * @param {AppNode} node @param {LiveIndex} live @param {boolean} [force] render even if unchanged
   * @returns {HTMLElement}
   */
  #node(node, live, force = false) {
    const seen = live.get(String(node.uid));
    if (!force && seen && seen.version === String(node.version)) return placeholder(node, seen.tag);
    return node.type === "element" ? this.#element(node) : this.#block(node, live);
  }

  /** @param {ElementNode} node */
  #element(node) {
    const { element } = node;
    let inner;
    try {
      inner = this.#elementBody(node);
    } catch (error) {
      // A renderer bug must not take the page down: show it where the element goes.
      console.error("fragc: rendering", element.kind, "failed", error);
      inner = elements.pageError(`fragc failed to render ${element.kind}: ${String(error)}`);
    }
    return h(
      "div",
      {
        ...nodeAttrs(node),
        "data-testid": "stElementContainer",
        class: cls("stElementContainer", "element-container", element.key && keyClass(element.key), `fragc-kind-${element.kind}`),
        "data-stale": String(this.tree.isStale(node, this.scriptState())),
      },
      inner,
    );
  }

  /** @param {ElementNode} node */
  #elementBody(node) {
    const { element } = node;
    const props = element.props ?? {};
    const display = DISPLAY[element.kind];
    if (display) return display(props);
    const widget = WIDGETS[element.kind];
    if (widget) {
      const id = element.widget?.id;
      const value = id !== undefined && this.store.has(id) ? this.store.get(id) : element.widget?.value;
      const forced = id !== undefined && this.store.takeForced(id);
      return widget(props, { uid: node.uid, value, forced });
    }
    return elements.pageError(`fragc cannot render ${element.kind} yet`);
  }

  /** @param {BlockNode} node @param {LiveIndex} live @returns {HTMLElement} */
  #block(node, live) {
    const { kind, props = {}, key } = node.block;
    const attrs = nodeAttrs(node);
    switch (kind) {
      case "vertical":
        return blocks.vertical(props, key, this.#children(node, live), attrs);
      case "horizontal":
        return blocks.horizontal(props, this.#children(node, live), attrs);
      case "column":
        return blocks.column(props, this.#children(node, live), attrs);
      case "tab": // a tab outside st.tabs (should not happen): draw its content
        return blocks.tabPanel(this.#children(node, live), attrs);
      case "tabs": {
        const tabNodes = node.children;
        const labels = Array.isArray(props.labels) ? props.labels.map(String) : [];
        const selected = this.#selectedTab(node, labels);
        /** @type {{ label: string, panel: HTMLElement }[]} */
        const tabs = tabNodes.map((child, i) => ({
          label: child.type === "block" && child.block.props?.label !== undefined ? String(child.block.props.label) : labels[i] ?? "",
          // Panels are always drawn: their `hidden` depends on the chosen tab, which
          // lives on this node, not theirs. Their content can still be skipped.
          panel:
            child.type === "block"
              ? blocks.tabPanel(this.#children(child, live), nodeAttrs(child))
              : this.#node(child, live, true),
        }));
        return blocks.tabs(props, tabs, selected, attrs, key);
      }
      case "expander": {
        const open = this.ui.expanders.get(node.uid) ?? Boolean(props.expanded);
        return blocks.expander(props, open, this.#children(node, live), attrs, key);
      }
      case "status":
        return status.statusBlock(props, this.ui, node.uid, this.#children(node, live), attrs);
      case "form":
        return forms.form(props, key, this.#children(node, live), attrs, lacksSubmitButton(node));
      case "popover":
        return blocks.popover(props, this.#children(node, live), attrs, key);
      case "chat_message":
        return chat.chatMessage(props, this.#children(node, live), attrs);
      case "dialog":
        return dialogs.dialog(node, this.dialogs.isOpen(node), () => this.#children(node, live), attrs);
      default:
        return blocks.unknown(kind, this.#children(node, live), attrs);
    }
  }

  /** @param {BlockNode} node @param {string[]} labels */
  #selectedTab(node, labels) {
    const count = node.children.length;
    let selected = this.ui.tabs.get(node.uid);
    if (selected === undefined) {
      const wanted = node.block.props?.default;
      selected = typeof wanted === "string" && labels.includes(wanted) ? labels.indexOf(wanted) : 0;
    }
    return Math.min(Math.max(selected, 0), Math.max(count - 1, 0));
  }
}

/** @param {AppNode} node */
function nodeAttrs(node) {
  return { "data-fragc-uid": node.uid, "data-fragc-v": node.version };
}

/** An unchanged node: same tag and key as the live element, skipped by the morph. @param {AppNode} node @param {string} tag */
function placeholder(node, tag) {
  return h(tag, { "data-fragc-uid": node.uid, "data-fragc-skip": true });
}

/** uid → the version and tag the live DOM shows. @param {HTMLElement} mount */
function indexLive(mount) {
  /** @type {LiveIndex} */
  const live = new Map();
  for (const el of mount.querySelectorAll("[data-fragc-uid]")) {
    live.set(/** @type {string} */ (el.getAttribute("data-fragc-uid")), {
      version: el.getAttribute("data-fragc-v") ?? "",
      tag: el.tagName.toLowerCase(),
    });
  }
  return live;
}

/** Text-like controls whose typed value must survive a re-render while focused. */
const EDITABLE = new Set(["text", "password", "number", "search", "email", "url", "tel"]);

/** @type {Parameters<typeof morphdom>[2]} */
const MORPH_OPTIONS = {
  getNodeKey(node) {
    return node.nodeType === 1 ? /** @type {Element} */ (node).getAttribute("data-fragc-uid") ?? undefined : undefined;
  },
  onBeforeElUpdated(fromEl, toEl) {
    if (toEl.hasAttribute("data-fragc-skip")) return false;
    if (fromEl === document.activeElement && !toEl.hasAttribute("data-fragc-force")) {
      const editable =
        fromEl.tagName === "TEXTAREA" || (fromEl.tagName === "INPUT" && EDITABLE.has(/** @type {HTMLInputElement} */ (fromEl).type));
      // Keep what the user is typing; Python's value wins only when it set it (set_value).
      if (editable) /** @type {HTMLInputElement} */ (toEl).value = /** @type {HTMLInputElement} */ (fromEl).value;
    }
    return true;
  },
};
