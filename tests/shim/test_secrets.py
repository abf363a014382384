"""st.secrets reads the app's .streamlit/secrets.toml, with Streamlit's error texts."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from fragc.shim.secrets import Secrets

HINT = "Did you forget to add it to secrets.toml"


@pytest.fixture
def in_app_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)  # the worker's cwd is the app's directory
    return tmp_path


def write_secrets(app_dir: Path, text: str) -> None:
    (app_dir / ".streamlit").mkdir()
    (app_dir / ".streamlit" / "secrets.toml").write_text(text, encoding="utf-8")


def test_values_by_key_and_attribute(in_app_dir: Path) -> None:
    write_secrets(in_app_dir, 'api_key = "k1"\n[db]\nuser = "ann"\n')
    secrets = Secrets()
    assert secrets["api_key"] == "k1"
    assert secrets.db.user == "ann"
    assert secrets["db"]["user"] == "ann"
    assert "api_key" in secrets
    assert secrets.to_dict()["db"] == {"user": "ann"}


@pytest.mark.parametrize(
    ("read", "error", "text"),
    [
        pytest.param(lambda s: s["nope"], KeyError, 'st.secrets has no key "nope". ', id="key"),
        pytest.param(
            lambda s: s.nope, AttributeError, 'st.secrets has no attribute "nope". ', id="attribute"
        ),
    ],
)
def test_missing_entries_are_streamlits_errors(in_app_dir: Path, read, error, text) -> None:
    write_secrets(in_app_dir, "a = 1\n")
    with pytest.raises(error) as raised:
        read(Secrets())
    message = str(raised.value).strip("'\"")
    assert message.startswith(text)
    assert HINT in message


def test_no_file_says_where_it_looked(in_app_dir: Path) -> None:
    with pytest.raises(FileNotFoundError, match="No secrets found. Valid paths"):
        Secrets()["a"]
    assert os.getcwd() == str(in_app_dir)


def test_app_reads_secrets_through_st(
    make_app, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    write_secrets(tmp_path, 'greeting = "hello"\n')
    app = make_app(
        """
        import streamlit as st
        st.write(st.secrets.greeting)
        """
    )
    assert app.texts() == ["hello"]
