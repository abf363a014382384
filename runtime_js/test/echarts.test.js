// st.echarts_chart's page logic: the option drawn and Streamlit 1.67's selection state.
import { test } from "node:test";
import assert from "node:assert/strict";
import { chartOption, selectionState } from "../src/chunks/echarts.js";

const SPEC = { series: [{ type: "bar", id: "sales", name: "Sales", data: [1, 2, 3] }, { type: "graph", name: "" }] };

test("points and brushed data are grouped by series and data type, sorted, empty groups left out", () => {
  const state = selectionState(
    SPEC,
    [
      { seriesIndex: 1, dataType: "edge", dataIndex: [4] },
      { seriesIndex: 1, dataType: "node", dataIndex: [2, 0] },
      { seriesIndex: 0, dataIndex: [] },
    ],
    [{ brushIndex: 0, areas: [{ brushType: "lineX", coordRange: [0.5, 2.5] }, { brushType: "rect" }], selected: [{ seriesIndex: 0, dataIndex: [2, 1] }] }],
  );
  assert.deepEqual(state, {
    selection: {
      selected: [
        { series_index: 0, series_id: "sales", series_name: "Sales", data_type: "main", data_indices: [1, 2] },
        { series_index: 1, series_id: null, series_name: null, data_type: "node", data_indices: [0, 2] },
        { series_index: 1, series_id: null, series_name: null, data_type: "edge", data_indices: [4] },
      ],
      // A region ECharts describes only in pixels (no coordRange) is left out.
      areas: [{ brush_index: 0, brush_type: "lineX", coord_range: [0.5, 2.5] }],
    },
  });
});

for (const [props, aria, cursor] of [
  [{ spec: JSON.stringify(SPEC) }, { enabled: true }, "default"],
  [{ spec: JSON.stringify({ ...SPEC, aria: { enabled: false } }) }, { enabled: false }, "default"],
  [{ spec: JSON.stringify(SPEC), alt: "Sales", selection: true }, { enabled: true, label: { description: "Sales" } }, undefined],
]) {
  test(`option defaults: aria ${JSON.stringify(aria)}, cursor ${cursor}`, () => {
    const option = chartOption(props);
    assert.deepEqual(option.aria, aria);
    assert.equal(option.series[0].cursor, cursor);
  });
}

test("a tooltip's valueFormatter string is dropped (ECharts would call it)", () => {
  const spec = { tooltip: { valueFormatter: "%.2f", trigger: "axis" }, series: [{ type: "line", tooltip: [{ valueFormatter: "dollar" }] }] };
  const option = chartOption({ spec: JSON.stringify(spec) });
  assert.deepEqual(option.tooltip, { trigger: "axis" });
  assert.deepEqual(option.series[0].tooltip, [{}]);
});
