"""Files that never ship: secrets, version control, earlier sites (issue 14.4, issue 17.4)."""

from __future__ import annotations

from pathlib import Path, PurePosixPath

import pytest

from fragc.analysis import AppAnalysis
from fragc.analysis.never_bundled import secret_file
from tests.compiler.conftest import Analyze

PRIVATE_PEM = "-----BEGIN RSA PRIVATE KEY-----\nMIIEow...\n-----END RSA PRIVATE KEY-----\n"
PUBLIC_PEM = "-----BEGIN CERTIFICATE-----\nMIIDdz...\n-----END CERTIFICATE-----\n"

SECRET_FILES = [
    pytest.param(".env", "", True, id="dotenv"),
    pytest.param("config/.env.local", "", True, id="dotenv-local"),
    pytest.param(".env.production", "", True, id="dotenv-production"),
    pytest.param(".env.example", "", False, id="dotenv-example"),
    pytest.param(".env.sample", "", False, id="dotenv-sample"),
    pytest.param(".streamlit/secrets.toml", "", True, id="streamlit-secrets"),
    pytest.param("pages/.streamlit/secrets.toml", "", True, id="nested-streamlit-secrets"),
    pytest.param(".streamlit/config.toml", "", False, id="streamlit-config"),
    pytest.param("secrets.toml", "", False, id="secrets-toml-elsewhere"),
    pytest.param("id_rsa", "", True, id="ssh-rsa"),
    pytest.param("keys/id_ed25519", "", True, id="ssh-ed25519"),
    pytest.param("id_rsa.pub", "", False, id="ssh-public-key"),
    pytest.param("server.pem", PRIVATE_PEM, True, id="pem-private"),
    pytest.param("ca.pem", PUBLIC_PEM, False, id="pem-certificate"),
    pytest.param("tls.key", PRIVATE_PEM, True, id="key-private"),
    pytest.param("cert.p12", "", True, id="pkcs12"),
    pytest.param("cert.PFX", "", True, id="pfx-upper-case"),
    pytest.param("app.jks", "", True, id="java-keystore"),
    pytest.param(".netrc", "", True, id="netrc"),
    pytest.param(".pypirc", "", True, id="pypirc"),
    pytest.param(".npmrc", "", True, id="npmrc"),
    pytest.param(".pgpass", "", True, id="pgpass"),
    pytest.param(".aws/credentials", "", True, id="aws-credentials"),
    pytest.param("credentials", "", False, id="credentials-elsewhere"),
    pytest.param("data/environment.csv", "", False, id="ordinary-data"),
]


@pytest.mark.parametrize(("relative", "text", "secret"), SECRET_FILES)
def test_secret_files(tmp_path: Path, relative: str, text: str, secret: bool) -> None:
    path = tmp_path / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    assert secret_file(PurePosixPath(relative), path) is secret


ALL_FILES = """
[tool.fragc]
include = ["**/*"]
"""

TREE = {
    "pyproject.toml": ALL_FILES,
    "data/a.csv": "1",
    "ca.pem": PUBLIC_PEM,
    ".env": "OPENAI_API_KEY=sk-...",
    ".streamlit/secrets.toml": 'k = "v"',
    ".git/config": "[core]",
    ".git/objects/ab/cdef": "blob",
    "id_rsa": PRIVATE_PEM,
    "dist/fragc-build.json": "{}",
    "dist/app.zip": "zip",
    "dist/assets/fragc-runtime.js": "js",
    ".dist.fragc-new-x1y2/app.zip": "half-written",
    ".dist.fragc-old-z3/dist/app.zip": "parked",
}


def bundled(analysis: AppAnalysis) -> list[str]:
    return sorted(p.relative_to(analysis.app_dir.resolve()).as_posix() for p in analysis.data_files)


def test_include_everything_skips_secrets_vcs_and_sites_and_says_so(analyze: Analyze) -> None:
    analysis = analyze("print('hi')\n", files=TREE)
    assert bundled(analysis) == ["app.py", "ca.pem", "data/a.csv", "pyproject.toml"]
    (skipped,) = [d for d in analysis.diagnostics if d.code == "FRG074"]
    assert (Path(skipped.file).name, skipped.line, skipped.col) == ("pyproject.toml", 2, 12)
    assert skipped.severity == "warning"
    assert skipped.message == (
        "include pattern '**/*' matched files fragc never bundles, left out: "
        ".dist.fragc-new-x1y2/ (a site fragc built), "
        ".dist.fragc-old-z3/ (a site fragc built), "
        ".env (holds secrets), "
        ".git/ (2 files, version control), "
        ".streamlit/secrets.toml (holds secrets), "
        "dist/ (3 files, a site fragc built), "
        "id_rsa (holds secrets)"
    )
    assert not [d for d in analysis.diagnostics if d.code == "FRG072"]


def test_include_says_which_links_point_outside(analyze: Analyze, app_dir: Path) -> None:
    (app_dir.parent / "outside.csv").write_text("x", encoding="utf-8")
    (app_dir / "data").mkdir()
    (app_dir / "data" / "link.csv").symlink_to(app_dir.parent / "outside.csv")
    analysis = analyze(
        "print('hi')\n", files={"pyproject.toml": '[tool.fragc]\ninclude = ["data/*"]\n'}
    )
    assert bundled(analysis) == []
    assert [d.message for d in analysis.diagnostics if d.code == "FRG074"] == [
        "include pattern 'data/*' matched files fragc never bundles, left out: "
        "data/link.csv (a link to a file outside the app's folder)"
    ]


def test_secrets_toml_ships_when_the_app_reads_st_secrets(analyze: Analyze) -> None:
    analysis = analyze("import streamlit as st\nst.write(st.secrets['k'])\n", files=TREE)
    assert ".streamlit/secrets.toml" in bundled(analysis)
    assert ".env" not in bundled(analysis)
    assert [d.code for d in analysis.diagnostics if d.code in ("FRG040", "FRG074")] == [
        "FRG040",
        "FRG074",
    ]


@pytest.mark.parametrize(
    ("source", "message"),
    [
        pytest.param(
            'text = open(".env").read()\n',
            "open() reads .env, but fragc never bundles .env (holds secrets): "
            "the read fails in the browser",
            id="read-dotenv",
        ),
        pytest.param(
            'from pathlib import Path\nkey = Path("id_rsa").read_text()\n',
            "Path.read_text() reads id_rsa, but fragc never bundles id_rsa (holds secrets): "
            "the read fails in the browser",
            id="read-key",
        ),
        pytest.param(
            'import pandas as pd\ndf = pd.read_csv("dist/")\n',
            "pd.read_csv() reads dist, but fragc never bundles dist/ (3 files, a site fragc "
            "built): the read fails in the browser",
            id="read-site-folder",
        ),
    ],
)
def test_reads_of_never_bundled_files_are_reported(
    analyze: Analyze, source: str, message: str
) -> None:
    files = {k: v for k, v in TREE.items() if k != "pyproject.toml"}
    analysis = analyze(source, files=files)
    assert [d.message for d in analysis.diagnostics if d.code == "FRG074"] == [message]
    assert bundled(analysis) == []


def test_guarded_read_of_dotenv_is_quiet(analyze: Analyze) -> None:
    source = 'try:\n    text = open(".env").read()\nexcept FileNotFoundError:\n    text = ""\n'
    analysis = analyze(source, files={".env": "K=v"})
    assert [d for d in analysis.diagnostics if d.code == "FRG074"] == []
    assert bundled(analysis) == []
