"""What never ships: `.streamlit/secrets.toml` unless the app reads st.secrets (then with a
warning), other secrets, and earlier sites in the app's folder (issue 14.4, issue 17.4)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from fragc.site.assets import Assets
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


def test_builds_into_the_app_folder_never_bundle_earlier_sites(
    tmp_path: Path, fake_assets: Assets
) -> None:
    app = tmp_path / "app"
    app.mkdir()
    (app / "app.py").write_text(IGNORES, encoding="utf-8")
    (app / "data.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    (app / ".env").write_text("KEY=sk-live\n", encoding="utf-8")
    (app / "pyproject.toml").write_text('[tool.fragc]\ninclude = ["**/*"]\n', encoding="utf-8")
    sizes = []
    for _ in range(3):
        result = build_site(app / "app.py", app / "dist", assets=fake_assets)
        bundle = app / "dist" / result.manifest["bundle"]
        names = zipfile.ZipFile(bundle).namelist()
        assert sorted(n for n in names if n.startswith("app/")) == [
            "app/app.py",
            "app/data.csv",
            "app/pyproject.toml",
        ]
        sizes.append(bundle.stat().st_size)
    assert sizes[0] == sizes[1] == sizes[2]
