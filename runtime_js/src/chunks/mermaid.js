// @ts-check
/**
 * Mermaid diagrams: st.mermaid_chart and any ```mermaid fence in Markdown, drawn with
 * Mermaid (bundled into `assets/fragc-mermaid.js`) as Streamlit 1.67 draws them: an
 * `<img>` of the SVG (its text cannot run script; Mermaid runs with `securityLevel:
 * "strict"`), named by the diagram's `%% stAlt:` line, its accTitle/accDescr, or its
 * type; a syntax error shows as "Mermaid diagram error: ..." (`stMermaidError`).
 */

import mermaid from "mermaid";
import { injectStyle } from "./style.js";

/** @typedef {Record<string, any>} Props */
/** @typedef {import("../render/lazy.js").Host} Host */

const STYLE = `
.stMermaidChart img { max-width: 100%; height: auto; display: block; }
.fragc-mermaid-error { color: var(--fragc-error-text); background: var(--fragc-error-bg); border-radius: 0.5rem; padding: 0.75rem 1rem; }
`;

const TYPES = {
  graph: "flowchart", flowchart: "flowchart", sequencediagram: "sequence diagram", classdiagram: "class diagram",
  statediagram: "state diagram", erdiagram: "entity relationship diagram", journey: "user journey diagram",
  gantt: "Gantt chart", pie: "pie chart", quadrantchart: "quadrant chart", requirementdiagram: "requirement diagram",
  gitgraph: "Git graph", mindmap: "mindmap", timeline: "timeline", sankey: "Sankey diagram", packet: "packet diagram",
  block: "block diagram", architecture: "architecture diagram", kanban: "Kanban board", xychart: "XY chart",
  radar: "radar chart", treemap: "treemap",
}; // prettier-ignore

/** The diagram's accessible name (Streamlit's rules). @param {string} source */
export function altText(source) {
  const marker = /^\s*%%\s*stAlt\s*:[^\S\n]*(.+)$/m.exec(source);
  if (marker) return marker[1].trim();
  const title = /^\s*accTitle\s*:\s*(.+)$/m.exec(source)?.[1]?.trim();
  const description = (/^\s*accDescr\s*:\s*(.+)$/m.exec(source)?.[1] ?? /^\s*accDescr\s*\{([^}]*)\}/m.exec(source)?.[1]?.replace(/\s+/g, " "))?.trim();
  if (title && description) return `${title}: ${description}`;
  if (title || description) return /** @type {string} */ (title || description);
  const first = source.trim().split("\n")[0].trim().toLowerCase();
  const type = Object.entries(TYPES).find(([key]) => first.startsWith(key));
  return `Mermaid ${type ? type[1] : "diagram"}`;
}

let counter = 0;
let configuredDark = /** @type {boolean | null} */ (null);

/** @param {boolean} dark */
function configure(dark) {
  if (configuredDark === dark) return;
  configuredDark = dark;
  mermaid.initialize({
    startOnLoad: false,
    securityLevel: "strict",
    suppressErrorRendering: true,
    theme: dark ? "dark" : "default",
    fontFamily: '"Source Sans 3", "Source Sans Pro", sans-serif',
    htmlLabels: false,
    flowchart: { htmlLabels: false },
  });
}

/** @param {HTMLElement} view @param {Props} props @param {Host} host */
export async function mount(view, props, host) {
  injectStyle("mermaid", STYLE);
  /** @type {string | null} */
  let url = null;
  const draw = async (/** @type {Props} */ p, /** @type {Host} */ h) => {
    configure(h.dark);
    const source = String(p.source ?? "");
    try {
      const { svg } = await mermaid.render(`fragc-mermaid-${++counter}`, source);
      const next = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml;charset=utf-8" }));
      const image = document.createElement("img");
      image.src = next;
      image.alt = altText(source);
      view.replaceChildren(image);
      if (url) URL.revokeObjectURL(url);
      url = next;
    } catch (error) {
      const box = document.createElement("div");
      box.className = "fragc-mermaid-error";
      box.setAttribute("role", "alert");
      box.setAttribute("data-testid", "stMermaidError");
      box.textContent = `Mermaid diagram error: ${error instanceof Error ? error.message : String(error)}`;
      view.replaceChildren(box);
    }
  };
  await draw(props, host);
  return {
    update: draw,
    destroy() {
      if (url) URL.revokeObjectURL(url);
    },
  };
}
