// @ts-check
/**
 * st.map and st.pydeck_chart: deck.gl (core, layers, aggregation, geo and mesh layers,
 * and @deck.gl/json to read pydeck's JSON), bundled into `assets/fragc-deck.js`.
 *
 * Props (shim/optional/maps.py): `json` (the deck, pydeck's format), `tooltip` (JSON
 * text: `{html|text, style}` with `{field}` placeholders), `mapbox_token`, `width`,
 * `height`, `selection_mode` (null, "single-object", "multi-object"), `alt`.
 *
 * **The base map.** Streamlit draws its base map with MapLibre from CARTO's vector
 * styles, which needs CARTO's servers. fragc draws the same maps from CARTO's raster
 * tiles (the same styles, pre-drawn: positron, dark-matter, voyager), or Mapbox's raster
 * tiles for a `mapbox://` style with a token, in a deck.gl TileLayer under the app's
 * layers, without MapLibre in the bundle. A site never needs the network: when the tiles
 * cannot be loaded (offline, or blocked), the layers still draw on a plain background
 * and the chart says that the base map is unavailable. (`data-base-map` on the chart's
 * box: "loading", "loaded", "unavailable" or "none".)
 *
 * **Selections** (on_select): clicking an object of a pickable layer selects it (or
 * toggles it, "multi-object"); the selection is committed as Streamlit's
 * `{selection: {indices: {layerId: [...]}, objects: {layerId: [...]}}}` and the
 * selected objects are drawn in their colour, the others faded, as in Streamlit.
 */

import { Deck, MapView, OrbitView, OrthographicView, FirstPersonView, _GlobeView as GlobeView } from "@deck.gl/core";
import * as layers from "@deck.gl/layers";
import * as aggregationLayers from "@deck.gl/aggregation-layers";
import * as geoLayers from "@deck.gl/geo-layers";
import * as meshLayers from "@deck.gl/mesh-layers";
import { JSONConverter, JSONConfiguration } from "@deck.gl/json";
import DOMPurify from "dompurify";
import { injectStyle } from "./style.js";

/** @typedef {Record<string, any>} Props */
/** @typedef {import("../render/lazy.js").Host} Host */
/** @typedef {{ indices: Record<string, number[]>, objects: Record<string, any[]> }} Selection */

const STYLE = `
.fragc-deck { position: relative; width: 100%; overflow: hidden; border-radius: 0.5rem; background: var(--fragc-bg-secondary); }
.fragc-deck-note { position: absolute; left: 0.5rem; bottom: 0.5rem; z-index: 1; padding: 0.25rem 0.5rem; border-radius: 0.25rem;
  font-size: 0.75rem; color: var(--fragc-text-muted); background: var(--fragc-bg); opacity: 0.9; pointer-events: none; }
.fragc-deck-clear { position: absolute; right: 0.5rem; top: 0.5rem; z-index: 1; font: inherit; font-size: 0.8rem; cursor: pointer;
  border: 1px solid var(--fragc-border); border-radius: 0.25rem; background: var(--fragc-bg); color: var(--fragc-text); padding: 0.15rem 0.5rem; }
`;

const PRIMARY = [255, 75, 75, 160];
const GRAY_20 = [213, 218, 229];
export const EMPTY = { selection: { indices: {}, objects: {} } };

/**
 * The classes pydeck's JSON may name (`"@@type": "HexagonLayer"`): every layer and view.
 * @param {Record<string, unknown>[]} modules
 */
function classesOf(...modules) {
  /** @type {Record<string, any>} */
  const classes = {};
  for (const module of modules) {
    for (const [name, value] of Object.entries(module)) {
      if (typeof value === "function" && /^_?[A-Z]/.test(name) && /(Layer|View)$/.test(name)) classes[name] = value;
    }
  }
  return classes;
}

const configuration = new JSONConfiguration({
  classes: classesOf(layers, aggregationLayers, geoLayers, meshLayers, { MapView, OrbitView, OrthographicView, FirstPersonView, _GlobeView: GlobeView, GlobeView }),
});
const converter = new JSONConverter({ configuration });

/** Layer type → its colour accessors that show a selection (Streamlit's table). */
const SELECTABLE_COLORS = {
  ScatterplotLayer: ["getFillColor"],
  ColumnLayer: ["getFillColor"],
  GridCellLayer: ["getFillColor"],
  PolygonLayer: ["getFillColor"],
  SolidPolygonLayer: ["getFillColor"],
  GeoJsonLayer: ["getFillColor"],
  H3HexagonLayer: ["getFillColor"],
  H3ClusterLayer: ["getFillColor"],
  S2Layer: ["getFillColor"],
  GeohashLayer: ["getFillColor"],
  QuadkeyLayer: ["getFillColor"],
  PathLayer: ["getColor"],
  LineLayer: ["getColor"],
  TextLayer: ["getColor"],
  IconLayer: ["getColor"],
  PointCloudLayer: ["getColor"],
  TripsLayer: ["getColor"],
  SimpleMeshLayer: ["getColor"],
  ScenegraphLayer: ["getColor"],
  ArcLayer: ["getSourceColor", "getTargetColor"],
  GreatCircleLayer: ["getSourceColor", "getTargetColor"],
};

/**
 * The raster tiles for a map style (null: none can be drawn, with the reason).
 * @param {unknown} style @param {string | null} token @param {boolean} dark
 * @returns {{ url: string | null, reason: string }}
 */
export function tilesFor(style, token, dark) {
  const carto = (/** @type {string} */ name) => ({ url: `https://basemaps.cartocdn.com/${name}/{z}/{x}/{y}@2x.png`, reason: "" });
  if (style === undefined || style === null || style === "") return carto(dark ? "dark_all" : "light_all");
  const text = String(Array.isArray(style) ? style[0] : style);
  if (/positron|light/i.test(text) && !text.startsWith("mapbox://")) return carto("light_all");
  if (/dark-matter|dark/i.test(text) && !text.startsWith("mapbox://")) return carto("dark_all");
  if (/voyager|road/i.test(text) && !text.startsWith("mapbox://")) return carto("rastertiles/voyager");
  const mapbox = /^mapbox:\/\/styles\/([^/]+)\/([^/?]+)/.exec(text);
  if (mapbox) {
    if (!token) return { url: null, reason: "this map style needs a Mapbox token" };
    return { url: `https://api.mapbox.com/styles/v1/${mapbox[1]}/${mapbox[2]}/tiles/256/{z}/{x}/{y}@2x?access_token=${encodeURIComponent(token)}`, reason: "" };
  }
  return { url: null, reason: "fragc draws base maps from CARTO's or Mapbox's raster tiles, not this style" };
}

/** @param {Props} p */
function parseDeck(p) {
  const spec = typeof p.json === "string" && p.json ? JSON.parse(p.json) : {};
  return /** @type {Record<string, any>} */ (spec);
}

/**
 * A tooltip's text with `{field}` replaced by the picked object's value (HTML-escaped
 * in an `html` tooltip), as Streamlit does.
 * @param {any} object @param {string} template @param {boolean} html
 */
export function fillTemplate(object, template, html) {
  return template.replace(/{(.*?)}/g, (whole, key) => {
    /** @type {unknown} */
    let value;
    if (object && Object.hasOwn(object, key)) value = object[key];
    else if (object?.properties && Object.hasOwn(object.properties, key)) value = object.properties[key];
    else return whole;
    const text = String(value);
    return html ? text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`) : text;
  });
}

/** @param {HTMLElement} view @param {Props} props @param {Host} host */
export async function mount(view, props, host) {
  injectStyle("deck", STYLE);
  const chart = new DeckChart(view);
  chart.update(props, host);
  return chart;
}

class DeckChart {
  /** @param {HTMLElement} view */
  constructor(view) {
    this.view = view;
    this.box = document.createElement("div");
    this.box.className = "fragc-deck";
    this.note = document.createElement("div");
    this.note.className = "fragc-deck-note";
    this.note.setAttribute("data-testid", "stDeckGlJsonChartBaseMapNote");
    this.note.hidden = true;
    this.clear = document.createElement("button");
    this.clear.type = "button";
    this.clear.className = "fragc-deck-clear";
    this.clear.textContent = "Clear selection";
    this.clear.hidden = true;
    this.clear.addEventListener("click", () => this.commit({ indices: {}, objects: {} }));
    this.box.append(this.note, this.clear);
    view.replaceChildren(this.box);
    /** @type {Deck | null} */
    this.deck = null;
    /** @type {Props} */
    this.props = {};
    /** @type {Host | null} */
    this.host = null;
    /** @type {Selection} */
    this.selection = { indices: {}, objects: {} };
    this.specKey = "";
    this.tilesLoaded = 0;
    this.tilesFailed = 0;
  }

  /** @param {Props} props @param {Host} host */
  update(props, host) {
    this.props = props;
    this.host = host;
    const value = /** @type {any} */ (host.value);
    this.selection = value?.selection ? { indices: value.selection.indices ?? {}, objects: value.selection.objects ?? {} } : { indices: {}, objects: {} };
    const height = typeof props.height === "number" ? props.height : 500;
    this.box.style.height = `${height}px`;
    const spec = parseDeck(props);
    const key = JSON.stringify([props.json, props.mapbox_token, host.dark]);
    const converted = /** @type {Record<string, any>} */ (converter.convert(spec));
    const views = converted.views;
    const allMapViews = !views || (Array.isArray(views) ? views : [views]).every((v) => v instanceof MapView);
    const baseMap = allMapViews && spec.mapStyle !== "__MAP_STYLE__" ? tilesFor(spec.mapStyle, props.mapbox_token ?? null, host.dark) : null;
    /** @type {any[]} */
    const deckLayers = [];
    if (baseMap?.url) deckLayers.push(this.baseLayer(baseMap.url));
    // As in Streamlit: with selections, every layer is pickable unless the deck says which.
    const declaresPickable = (Array.isArray(spec.layers) ? spec.layers : []).some((layer) => layer && Object.hasOwn(layer, "pickable"));
    deckLayers.push(...this.appLayers(converted.layers ?? [], declaresPickable));
    if (baseMap && !baseMap.url) {
      this.showNote(`Base map unavailable: ${baseMap.reason}. The layers are drawn on a plain background.`);
      this.box.setAttribute("data-base-map", "unavailable");
    } else if (!baseMap) this.box.setAttribute("data-base-map", "none");
    const selecting = Boolean(props.selection_mode);
    this.clear.hidden = !(selecting && Object.keys(this.selection.indices).length > 0);
    /** @type {Record<string, any>} */
    const deckProps = {
      layers: deckLayers,
      views,
      parameters: converted.parameters,
      getTooltip: (/** @type {any} */ info) => this.tooltip(info),
      onClick: selecting ? (/** @type {any} */ info) => this.pick(info) : undefined,
      width: "100%",
      height: "100%",
    };
    if (!this.deck) {
      this.deck = new Deck({
        ...deckProps,
        parent: this.box,
        initialViewState: converted.initialViewState ?? { latitude: 0, longitude: 0, zoom: 1 },
        controller: views ? undefined : true,
      });
    } else {
      if (key !== this.specKey) deckProps.initialViewState = converted.initialViewState;
      this.deck.setProps(deckProps);
    }
    this.specKey = key;
  }

  /** The base map: raster tiles under the app's layers. @param {string} url */
  baseLayer(url) {
    this.tilesLoaded = 0;
    this.tilesFailed = 0;
    if (!this.box.hasAttribute("data-base-map")) this.box.setAttribute("data-base-map", "loading");
    return new geoLayers.TileLayer({
      id: "fragc-base-map",
      data: url,
      minZoom: 0,
      maxZoom: 19,
      tileSize: 256,
      pickable: false,
      getTileData: async (/** @type {any} */ tile) => {
        const response = await fetch(tile.url, { signal: tile.signal, mode: "cors" });
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        const bitmap = await createImageBitmap(await response.blob());
        this.tilesLoaded++;
        this.showNote("");
        this.box.setAttribute("data-base-map", "loaded");
        return bitmap;
      },
      onTileError: () => {
        this.tilesFailed++;
        if (this.tilesLoaded > 0) return;
        this.showNote("Base map unavailable (its tiles could not be loaded: no network?). The layers are drawn on a plain background.");
        this.box.setAttribute("data-base-map", "unavailable");
      },
      renderSubLayers: (/** @type {any} */ sub) => {
        const { boundingBox } = sub.tile;
        return new layers.BitmapLayer(sub, {
          data: undefined,
          image: sub.data,
          bounds: [boundingBox[0][0], boundingBox[0][1], boundingBox[1][0], boundingBox[1][1]],
        });
      },
    });
  }

  /** @param {string} text */
  showNote(text) {
    this.note.textContent = text;
    this.note.hidden = !text;
  }

  /**
   * The app's layers: "primary" colours resolved; with selections, every layer pickable
   * and the selected objects highlighted.
   * @param {any[]} list @param {boolean} declaresPickable
   */
  appLayers(list, declaresPickable) {
    const selecting = Boolean(this.props.selection_mode);
    const anySelected = Object.values(this.selection.indices).some((indices) => indices.length > 0);
    return list.map((layer) => {
      if (!layer || typeof layer.clone !== "function") return layer;
      /** @type {Record<string, any>} */
      const changes = {};
      if (layer.props.getFillColor === "primary") changes.getFillColor = PRIMARY;
      if (selecting) {
        if (!declaresPickable) changes.pickable = true;
        const id = String(layer.id);
        const chosen = this.selection.indices[id] ?? [];
        const accessors = /** @type {Record<string, string[]>} */ (SELECTABLE_COLORS)[layer.constructor.layerName] ?? [];
        for (const accessor of accessors) {
          const original = changes[accessor] ?? layer.props[accessor];
          if (anySelected && original !== undefined) {
            changes[accessor] = (/** @type {any} */ object, /** @type {any} */ info) => highlight(chosen.includes(info.index), resolveColor(original, object, info));
          }
          changes.updateTriggers = { ...(layer.props.updateTriggers ?? {}), [accessor]: [chosen, anySelected] };
        }
      }
      return Object.keys(changes).length ? layer.clone(changes) : layer;
    });
  }

  /** @param {any} info */
  tooltip(info) {
    if (!info?.object || !this.props.tooltip || info.layer?.id === "fragc-base-map") return null;
    const tooltip = JSON.parse(this.props.tooltip);
    if (typeof tooltip.html === "string") {
      return { ...tooltip, html: DOMPurify.sanitize(fillTemplate(info.object, tooltip.html, true)) };
    }
    if (typeof tooltip.text === "string") return { ...tooltip, text: fillTemplate(info.object, tooltip.text, false) };
    return null;
  }

  /** A click: Streamlit's single- and multi-object selection rules. @param {any} info */
  pick(info) {
    if (info.layer?.id === "fragc-base-map") return;
    const layerId = String(info.layer?.id ?? null);
    const index = info.index ?? -1;
    const current = this.selection;
    /** @type {Selection} */
    let next;
    if (index === -1) next = { indices: {}, objects: {} };
    else if (this.props.selection_mode === "single-object") {
      next = current.indices[layerId]?.[0] === index ? { indices: {}, objects: {} } : { indices: { [layerId]: [index] }, objects: { [layerId]: [info.object] } };
    } else {
      const chosen = new Map((current.indices[layerId] ?? []).map((i, n) => [i, current.objects[layerId]?.[n]]));
      if (chosen.has(index)) chosen.delete(index);
      else chosen.set(index, info.object);
      const indices = { ...current.indices };
      const objects = { ...current.objects };
      if (chosen.size === 0) {
        delete indices[layerId];
        delete objects[layerId];
      } else {
        indices[layerId] = [...chosen.keys()];
        objects[layerId] = [...chosen.values()];
      }
      next = { indices, objects };
    }
    if (JSON.stringify(next) !== JSON.stringify(current)) this.commit(next);
  }

  /** @param {Selection} selection */
  commit(selection) {
    this.selection = selection;
    this.host?.commit({ selection });
    // Show it at once; the rerun brings the same value back.
    this.update(this.props, { ...(/** @type {Host} */ (this.host)), value: { selection } });
  }

  resize() {
    this.deck?.redraw("resize");
  }

  destroy() {
    this.deck?.finalize();
    this.deck = null;
  }
}

/**
 * An accessor's colour for one object (a constant, a function, or a deck.gl expression
 * already converted to a function).
 * @param {any} original @param {any} object @param {any} info
 * @returns {number[] | null}
 */
function resolveColor(original, object, info) {
  const color = typeof original === "function" ? original(object, info) : original;
  return Array.isArray(color) ? color : null;
}

/** Selected: the object's colour, opaque; others: faded. @param {boolean} selected @param {number[] | null} color */
function highlight(selected, color) {
  if (!color) return selected ? [PRIMARY[0], PRIMARY[1], PRIMARY[2], 255] : [...GRAY_20, 102];
  const alpha = typeof color[3] === "number" ? color[3] : 255;
  return [color[0] ?? 0, color[1] ?? 0, color[2] ?? 0, selected ? Math.max(alpha, 255) : Math.min(alpha, 102)];
}
