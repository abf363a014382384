"""The Python page model replays the golden delta sequences; runtime_js/test/page_model.test.js
replays the same files through the page's own tree.js and widgets.js.

Each fixture (``fixtures/*.json``) is a list of steps: ``start`` a run, apply a ``delta``
(``"error": true`` when the page must refuse it), ``commit`` a user's value (``changed``:
whether the page takes it as a change), ``finish`` a run with a status, and ``expect``
the page's outline (one line per root, :func:`fragc.page_model.outline_of`) and, when
given, the committed widget values.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from fragc.page_model import DeltaError, PageModel

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def replay(steps: list[dict[str, Any]]) -> None:
    page = PageModel()
    for number, step in enumerate(steps, 1):
        where = f"step {number}: {json.dumps(step)}"
        if "start" in step:
            page.start_run(step["start"]["run_id"], step["start"]["fragment_ids"])
        elif "delta" in step:
            try:
                page.apply(step["delta"])
                refused = False
            except DeltaError:
                refused = True
            assert refused == step.get("error", False), where
        elif "commit" in step:
            changed = page.commit(step["commit"]["id"], step["commit"]["value"])
            assert changed == step["changed"], where
        elif "finish" in step:
            page.finish_run(step["finish"])
        elif "expect" in step:
            assert page.outline() == step["expect"]["outline"], where
            if "widget_values" in step["expect"]:
                assert page.widget_values == step["expect"]["widget_values"], where
        else:
            pytest.fail(f"unknown {where}")


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("*.json")), ids=lambda path: path.stem)
def test_page_model_replays_the_golden_sequence(fixture: Path) -> None:
    replay(json.loads(fixture.read_text(encoding="utf-8"))["steps"])


def test_there_are_fixtures_for_both_replayers() -> None:
    assert len(list(FIXTURES.glob("*.json"))) >= 9
