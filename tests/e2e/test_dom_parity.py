"""The DOM of a fragc site against Streamlit 1.67's, app by app (tests/dom_parity).

Each case's app is built by fragc and driven with the steps Streamlit's recording took
(tests/dom_parity/record.py); after the first run and after each step the page's outline
(tests/dom_parity/outline.js) is compared with the golden recorded under ``streamlit run``.

The differences that remain are written down in ``tests/dom_parity/accepted/<app>.diff``
(each explained in docs/differences.md), and the test requires fragc's differences to be
exactly those: a new difference fails, and so does a fixed one until its lines leave the
file. ``FRAGC_ACCEPT_DOM=1 pytest tests/e2e/test_dom_parity.py`` rewrites the files after a
change (review their diff like code).
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Page

from tests.dom_parity.cases import CASES, HERE, OUTLINE_JS, Case, golden_path, run_step
from tests.dom_parity.compare import diff
from tests.e2e.browser import wait_for_run

ACCEPTED = HERE / "accepted"


def accepted_path(app: str) -> Path:
    return ACCEPTED / f"{app}.diff"


def differences(
    page: Page, expected: dict[str, Any], after: str, roots: tuple[str, ...]
) -> list[str]:
    """fragc's outline against the golden, once the page has settled on it.

    fragc updates the page when the run ends, so one take right after wait_for_run is the
    page a test sees; taken again until two agree, it cannot catch a half-drawn page either.
    """
    outline = page.evaluate(OUTLINE_JS)
    while (again := page.evaluate(OUTLINE_JS)) != outline:
        outline = again
    found = diff(expected, outline, roots)
    return [f"## after {after}", *found[2:]] if found else []


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.app)
def test_dom_matches_streamlit(case: Case, app: Callable[[str], Page]) -> None:
    golden = json.loads(golden_path(case.app).read_text(encoding="utf-8"))
    states = golden["states"]
    assert [state["after"] for state in states] == ["first run", *(s.label for s in case.steps)], (
        "the golden was recorded with other steps: rerun tests/dom_parity/record.py"
    )
    page = app(case.app)
    found = differences(page, states[0]["outline"], "first run", case.roots)
    for step, state in zip(case.steps, states[1:], strict=True):
        run_step(page, step)
        wait_for_run(page)
        found += differences(page, state["outline"], step.label, case.roots)
    text = "\n".join(found) + "\n" if found else ""
    path = accepted_path(case.app)
    if os.environ.get("FRAGC_ACCEPT_DOM") == "1":
        ACCEPTED.mkdir(exist_ok=True)
        if text:
            path.write_text(text, encoding="utf-8")
        else:
            path.unlink(missing_ok=True)
    accepted = path.read_text(encoding="utf-8") if path.exists() else ""
    assert text == accepted, (
        f"fragc's DOM differs from Streamlit {golden['streamlit']}'s other than {path.name} "
        f"says.\nNow (- Streamlit, + fragc):\n{text}"
    )
