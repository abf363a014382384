from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from .harness import AppHarness


@pytest.fixture
def make_app(tmp_path: Path) -> Iterator[Callable[[str], AppHarness]]:
    """Boot an app from source text (dedented) and run it once, as the page does at load."""
    made: list[AppHarness] = []

    def make(source: str) -> AppHarness:
        app = AppHarness(tmp_path, source)
        made.append(app)
        return app.run()

    yield make
    for app in made:
        app.close()
