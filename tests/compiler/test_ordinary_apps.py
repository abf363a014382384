"""No false alarms: ordinary apps (the seed's examples, a typical dashboard) are clean."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from fragc.analysis import analyze_app
from fragc.analysis.streamlit_api import STREAMLIT_NAMES
from fragc.diagnostics import format_text

FIXTURES = Path(__file__).parent / "fixtures" / "ordinary"


@pytest.mark.parametrize("name", sorted(p.name for p in FIXTURES.glob("*.py")))
def test_ordinary_app_has_no_diagnostics(tmp_path: Path, name: str) -> None:
    entry = tmp_path / "app.py"
    shutil.copy(FIXTURES / name, entry)
    result = analyze_app(entry, implemented=STREAMLIT_NAMES)
    assert format_text(result.diagnostics) == ""
    assert result.fragments, "every fixture defines at least one fragment"
