// @ts-check
/**
 * What an element family module exports: its renderers, its DOM event handlers and its
 * value handling, as the shim's family module holds the Python side (`elements/text.js`
 * draws what `compiler/fragc/shim/elements/text.py` sends). families.js registers them.
 *
 * A family module's default export is a `Family`:
 *
 *     export default /** @satisfies {Family} *\/ ({
 *       python: "widgets/checkbox.py",
 *       elements: { checkbox },                  // kind → renderer (typed props)
 *       actions: { checkbox: { change: onChange } },  // data-fragc-action → DOM event → handler
 *     });
 *
 * Renderers build DOM from typed props (`protocol_types.d.ts`, generated from
 * `compiler/fragc/protocol/elements.py`) and mark their controls with
 * `data-fragc-action`; they attach no listener, so a re-render never loses one.
 * events.js listens once per DOM event type on the app root and hands each event to the
 * family that registered its control's action. Nothing here runs: types only.
 *
 * @typedef {import("./protocol_types").ElementKind} ElementKind
 * @typedef {import("./protocol_types").BlockKind} BlockKind
 * @typedef {import("./tree.js").AppTree} AppTree
 * @typedef {import("./tree.js").AppNode} AppNode
 * @typedef {import("./tree.js").BlockNode} BlockNode
 * @typedef {import("./tree.js").ElementNode} ElementNode
 * @typedef {import("./widget_store.js").WidgetStore} WidgetStore
 * @typedef {import("./scheduler.js").Scheduler} Scheduler
 * @typedef {import("./render/index.js").Renderer} Renderer
 * @typedef {import("./render/dom.js").Child} Child
 * @typedef {Record<string, string | number>} NodeAttrs the node's `data-fragc-uid` and `data-fragc-v`
 *
 * @typedef {object} ElementView what an element's renderer gets besides its props
 * @property {number} uid the node's uid: stable ids for labels and controls
 * @property {unknown} value a widget's value (a form's unsubmitted edit, else the committed
 *   one); undefined for other elements
 * @property {boolean} forced Python set the value: an input being edited adopts it
 * @property {number} [root] the root the element is drawn in (protocol_constants' ROOT_*)
 */

/**
 * @template {ElementKind} K
 * @typedef {(props: import("./protocol_types").ElementProps<K>, view: ElementView) => HTMLElement} ElementRenderer
 */

/**
 * Renderers by element kind. `null`: the kind takes its slot but draws nothing in the
 * page's flow (a toast floats above the page, shown when its delta arrives).
 * @typedef {{ [K in ElementKind]?: ElementRenderer<K> | null }} ElementRenderers
 */

/**
 * @typedef {object} UiState page-only state of blocks, by node uid
 * @property {Map<number | string, number>} tabs the chosen tab of each st.tabs (a keyed one by `key:<its key>`)
 * @property {Map<number | string, boolean>} expanders whether each expander (and st.status) is open (a keyed expander by `key:<its key>`)
 * @property {import("./elements/dialog.js").DialogState} dialogs open or dismissed dialogs
 */

/**
 * @typedef {object} BlockView what a block's renderer gets besides its props
 * @property {BlockNode} node
 * @property {string | undefined} key the user key (its `st-key-` class)
 * @property {NodeAttrs} attrs for the block's outermost element (the morph's key)
 * @property {() => HTMLElement[]} children its children, rendered (unchanged ones skipped)
 * @property {(child: AppNode) => HTMLElement} child one child rendered even if unchanged
 * @property {UiState} ui
 * @property {unknown} value a block that is a widget (tabs, an expander or a popover with
 *   `on_change`): its value (the user's, else Python's); undefined for other blocks
 */

/**
 * @template {BlockKind} K
 * @typedef {(props: import("./protocol_types").BlockProps<K>, view: BlockView) => HTMLElement} BlockRenderer
 */

/** @typedef {{ [K in BlockKind]?: BlockRenderer<K> }} BlockRenderers */

/**
 * @typedef {object} EventContext what an event handler can use (events.js builds it)
 * @property {HTMLElement} app the `stApp` element
 * @property {AppTree} tree
 * @property {WidgetStore} store
 * @property {Scheduler} scheduler
 * @property {Renderer} renderer
 * @property {(el: Element) => { uid: number, node: AppNode } | null} locate the node holding an element
 * @property {(el: Element) => ElementNode | null} widgetNode the widget node holding a control
 * @property {(node: ElementNode) => unknown} value what the widget shows now
 * @property {(node: ElementNode, value: unknown) => boolean} commit store a value and run,
 *   unless it is unchanged, the widget is in a form (its form holds the value until a
 *   submit) or ignores changes (`ignore_rerun`); false when unchanged
 * @property {(node: ElementNode, value: unknown) => void} commitAndShow commit, and redraw
 *   the widget at once (a tag or a pressed button shows the change before any run)
 * @property {(node: ElementNode, value: unknown) => void} trigger a one-shot value (a click,
 *   a chat message): a run of the widget's fragment carries it
 * @property {() => void} render redraw the page (after a page-only change)
 */

/**
 * The DOM events families handle, with their event objects. `click`, `keydown`,
 * `focusin`, `focusout`, `change`, `input` and the drag events go to the nearest element with a
 * `data-fragc-action`; `toggle` and `beforetoggle` (which do not bubble) only to their
 * target's own.
 * @typedef {{
 *   click: MouseEvent, change: Event, input: Event, keydown: KeyboardEvent, focusin: FocusEvent, focusout: FocusEvent,
 *   toggle: Event, beforetoggle: Event, dragover: DragEvent, dragleave: DragEvent, drop: DragEvent
 * }} DomEvents
 */

/**
 * @typedef {{ [T in keyof DomEvents]?: (control: HTMLElement, event: DomEvents[T], ctx: EventContext) => void }} ActionHandlers
 */

/**
 * @typedef {object} Family
 * @property {string} python the shim's module of the family (`compiler/fragc/shim/...`)
 * @property {ElementRenderers} [elements]
 * @property {BlockRenderers} [blocks]
 * @property {Record<string, ActionHandlers>} [actions] `data-fragc-action` → its handlers;
 *   an action belongs to one family (families.js checks)
 * @property {{ keydown?: (event: KeyboardEvent, ctx: EventContext) => void }} [document]
 *   listeners on the document (Escape closes the open dialog, wherever the focus is)
 * @property {{ message?: (event: MessageEvent, ctx: EventContext) => void }} [window]
 *   listeners on the window (what the page's frames post: st.iframe's size, the custom
 *   component protocol)
 * @property {(renderer: Renderer, drawn: Element[]) => void} [afterRender] after a render
 *   that changed the page (a dialog that opened takes the focus); `drawn`: the live
 *   elements redrawn, the only places where something of the family can have appeared
 *   or changed (search those, not the page: a render costs what changed)
 */

export {};
