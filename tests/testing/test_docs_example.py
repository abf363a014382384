"""docs/testing.md's AppTest example runs as printed."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

from tests.conftest import REPO


def python_blocks(text: str) -> dict[str, str]:
    """Fenced python blocks of the page, by the file name their first line names."""
    blocks = re.findall(r"```python\n# (\S+)\n(.*?)```", text, flags=re.S)
    return dict(blocks)


def test_the_apptest_example(tmp_path: Path) -> None:
    blocks = python_blocks((REPO / "docs" / "testing.md").read_text(encoding="utf-8"))
    assert set(blocks) >= {"app.py", "test_app.py"}
    for name in ("app.py", "test_app.py"):
        (tmp_path / name).write_text(blocks[name], encoding="utf-8")
    spec = importlib.util.spec_from_file_location("docs_test_app", tmp_path / "test_app.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.test_greeting()
