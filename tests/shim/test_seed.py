"""The seed document's two apps (the shipped examples), as a user clicks through them."""

from __future__ import annotations

from pathlib import Path

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
SEED_COUNTERS = (EXAMPLES / "seed_counters" / "app.py").read_text(encoding="utf-8")


def test_fragment_click_reruns_only_the_fragment(make_app):
    app = make_app(SEED_COUNTERS)
    assert app.texts()[1:] == [
        "Fragment says it ran 1 times.",
        "Full script says it ran 1 times.",
        "Full script sees that fragment ran 1 times.",
    ]
    app.click("Rerun fragment")
    app.click("Rerun fragment")
    assert app.texts()[1:] == [
        "Fragment says it ran 3 times.",
        "Full script says it ran 1 times.",
        "Full script sees that fragment ran 1 times.",
    ]
    app.click("Rerun full script")
    assert app.texts()[1:] == [
        "Fragment says it ran 4 times.",
        "Full script says it ran 2 times.",
        "Full script sees that fragment ran 4 times.",
    ]


def test_experimental_fragment_warns_above_the_fragment(make_app):
    app = make_app(SEED_COUNTERS)
    warning = app.page.elements("alert")[0]
    assert warning.props["variant"] == "warning"
    assert warning.props["body"].startswith("Please replace `st.experimental_fragment`")
    assert warning.fragment_id is None


SEED_RERUN = (EXAMPLES / "seed_rerun" / "app.py").read_text(encoding="utf-8")


def test_rerun_from_fragment_updates_the_header_every_five_clicks(make_app):
    app = make_app(SEED_RERUN)
    for _ in range(4):
        app.click("Plus one!")
    assert "Multiples of five clicks: 0" in app.texts()
    app.click("Plus one!")
    assert "Multiples of five clicks: 1" in app.texts()
    assert app.statuses()[-2:] == ["early_for_rerun", "finished"]


def test_toast_shows_total_clicks(make_app):
    app = make_app(SEED_RERUN)
    app.click("Plus one!")
    app.click("Check click count")
    assert [n.props["body"] for n in app.page.elements("toast")] == ["## Total clicks: 1"]
