"""`.streamlit/secrets.toml` is bundled only for apps that read st.secrets (and they are warned)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from fragc.site.build import build_site

USES = "import streamlit as st\nst.write(st.secrets['k'])\n"
IGNORES = "import streamlit as st\nst.write('no secrets here')\n"


@pytest.mark.parametrize(
    ("source", "bundled"),
    [pytest.param(USES, True, id="uses-secrets"), pytest.param(IGNORES, False, id="no-secrets")],
)
def test_secrets_file_bundled_only_when_used(tmp_path: Path, source: str, bundled: bool) -> None:
    app = tmp_path / "app"
    (app / ".streamlit").mkdir(parents=True)
    (app / ".streamlit" / "secrets.toml").write_text('k = "v"\n', encoding="utf-8")
    (app / "app.py").write_text(source, encoding="utf-8")
    result = build_site(app / "app.py", tmp_path / "out")
    names = zipfile.ZipFile(tmp_path / "out" / result.manifest["bundle"]).namelist()
    assert ("app/.streamlit/secrets.toml" in names) is bundled
    assert any(w.code == "FRG040" for w in result.warnings) is bundled
