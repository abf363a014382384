"""Small parts of the builder: titles, asset lookup."""

from __future__ import annotations

from pathlib import Path

import pytest

from fragc.errors import FragcError
from fragc.site.assets import Assets, locate_assets
from fragc.site.manifest import readable_title
from tests.site.conftest import make_fake_assets


@pytest.mark.parametrize(
    ("stem", "title"),
    [
        pytest.param("app", "App", id="one-word"),
        pytest.param("seed_counters", "Seed counters", id="snake"),
        pytest.param("live-clock", "Live clock", id="kebab"),
        pytest.param("my_App__v2", "My App v2", id="keeps-case"),
        pytest.param("_", "_", id="nothing-readable"),
    ],
)
def test_readable_title(stem: str, title: str) -> None:
    assert readable_title(stem) == title


def test_locate_assets_takes_the_first_complete_set(tmp_path: Path) -> None:
    incomplete = Assets(tmp_path / "a", tmp_path / "b", tmp_path / "c")
    complete = make_fake_assets(tmp_path / "complete")
    assert locate_assets([incomplete, complete]) == complete


def test_missing_assets_name_the_command_that_brings_them(tmp_path: Path) -> None:
    incomplete = Assets(tmp_path / "a", tmp_path / "b", tmp_path / "c")
    with pytest.raises(FragcError, match=r"fragc-runtime\.js.*pip install -e \.") as raised:
        locate_assets([incomplete])
    assert "npm run build" in raised.value.message
