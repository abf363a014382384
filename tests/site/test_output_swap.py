"""The output swap never leaves OUTDIR without a site (issue 17.3, issue 14.3).

Each test kills a build (SIGKILL, in a forked child: no cleanup runs, as with a real
kill) at one step of writing and swapping, injected through ``output.checkpoint``,
then checks what is at OUTDIR and that the next build recovers and cleans up.
"""

from __future__ import annotations

import errno
import os
import signal
import sys
import warnings
import zipfile
from pathlib import Path

import pytest

from fragc.errors import FragcError
from fragc.site import build as build_module
from fragc.site import output
from fragc.site.assets import Assets
from fragc.site.build import build_site
from tests.conftest import WriteApp

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="kills a forked build (POSIX)")

OLD = 'import streamlit as st\nst.write("old site")\n'
NEW = 'import streamlit as st\nst.write("new site")\n'
BROKEN = "import streamlit as st\ndef broken(:\n    pass\n"

# Every step of each swap (one-step exchange, or two renames where the platform has
# none) -> what OUTDIR holds right after a kill there.
COMMON = [
    ("staging-created", "old"),
    ("assets-copied", "old"),
    ("site-written", "old"),
    ("before-swap", "old"),
]
STEPS = [
    *(pytest.param(step, True, held, id=f"exchange-{step}") for step, held in COMMON),
    pytest.param("exchanged", True, "new", id="exchange-exchanged"),
    *(pytest.param(step, False, held, id=f"renames-{step}") for step, held in COMMON),
    pytest.param("parked-old", False, "missing", id="renames-between-the-two-renames"),
    pytest.param("moved-in", False, "new", id="renames-renamed-in"),
]


def site_text(out: Path) -> str:
    """Which app the site at ``out`` holds ("old"/"new"), or "missing"."""
    if not (out / "fragc-build.json").is_file():
        return "missing"
    (bundle,) = out.glob("app.*.zip")  # content-hashed name
    with zipfile.ZipFile(bundle) as archive:
        source = archive.read("app/app.py").decode()
    return "new" if "new site" in source else "old"


def leftovers(parent: Path) -> list[str]:
    return sorted(p.name for p in parent.iterdir() if ".fragc-" in p.name)


def killed_build(app: Path, out: Path, assets: Assets, step: str, exchange: bool) -> int:
    """Build ``app`` into ``out`` in a child process killed at ``step``; its wait status."""
    with warnings.catch_warnings():  # 3.12+ warns about forking with threads; none run here
        warnings.simplefilter("ignore", DeprecationWarning)
        pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        try:

            def kill_at(reached: str) -> None:
                if reached == step:
                    os.kill(os.getpid(), signal.SIGKILL)

            output.checkpoint = kill_at
            build_module.checkpoint = kill_at
            if not exchange:
                output.exchange = lambda first, second: False
            sys.stderr = open(os.devnull, "w")  # noqa: SIM115 - the child exits below
            build_site(app, out, assets=assets)
        finally:
            os._exit(0)  # the step was never reached
    _, status = os.waitpid(pid, 0)
    return status


@pytest.mark.parametrize(("step", "exchange", "expected"), STEPS)
def test_a_build_killed_at_any_step_leaves_a_site(
    write_app: WriteApp,
    fake_assets: Assets,
    tmp_path: Path,
    step: str,
    exchange: bool,
    expected: str,
) -> None:
    if exchange:  # Linux and macOS have it; CI's file system must too, or this fails
        assert output.exchange(tmp_path / "a", tmp_path / "b") is False  # nothing to swap
        (tmp_path / "a").mkdir()
        (tmp_path / "b").mkdir()
        (tmp_path / "a" / "x").touch()
        assert output.exchange(tmp_path / "a", tmp_path / "b")
        assert (tmp_path / "b" / "x").exists()
    out = tmp_path / "out"
    build_site(write_app(OLD), out, assets=fake_assets)

    status = killed_build(write_app(NEW), out, fake_assets, step, exchange)
    assert os.WIFSIGNALED(status), "the build ended without reaching the step"
    assert os.WTERMSIG(status) == signal.SIGKILL
    assert site_text(out) == expected

    # The next build puts a parked site back first, even when it fails on the app...
    with pytest.raises(FragcError):
        build_site(write_app(BROKEN), out, assets=fake_assets)
    assert site_text(out) == ("old" if expected == "missing" else expected)
    # ...and a good one leaves only its own site.
    build_site(write_app(NEW), out, assets=fake_assets)
    assert site_text(out) == "new"
    assert leftovers(tmp_path) == []


def test_leftovers_of_other_outputs_are_not_touched(
    write_app: WriteApp, fake_assets: Assets, tmp_path: Path
) -> None:
    other = tmp_path / ".other.fragc-new-abc"
    other.mkdir()
    build_site(write_app(OLD), tmp_path / "out", assets=fake_assets)
    assert leftovers(tmp_path) == [".other.fragc-new-abc"]


def _enospc(*_args: object, **_kwargs: object) -> None:
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), "out/app.zip")


def _erofs(*_args: object, **_kwargs: object) -> str:
    raise OSError(errno.EROFS, os.strerror(errno.EROFS), "/srv/site")


@pytest.mark.parametrize(
    ("target", "name", "replacement", "message"),
    [
        pytest.param(
            build_module, "write_bundle", _enospc, "No space left on device", id="disk-full"
        ),
        pytest.param(output.tempfile, "mkdtemp", _erofs, "Read-only file system", id="read-only"),
    ],
)
def test_file_system_failures_keep_the_previous_site(
    write_app: WriteApp,
    fake_assets: Assets,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    target: object,
    name: str,
    replacement: object,
    message: str,
) -> None:
    out = tmp_path / "out"
    build_site(write_app(OLD), out, assets=fake_assets)
    monkeypatch.setattr(target, name, replacement)
    with pytest.raises(FragcError, match=f"cannot write the site to {out}: {message}") as raised:
        build_site(write_app(NEW), out, assets=fake_assets)
    assert raised.value.exit_code == 1
    assert site_text(out) == "old"
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize(
    ("outdir", "message"),
    [
        pytest.param("a-file/site", "a-file is a file, not a folder", id="parent-is-a-file"),
        pytest.param("x" * 300, "File name too long", id="name-too-long"),
        pytest.param("a-file/" + "x" * 300, "a-file is a file, not a folder", id="both"),
    ],
)
def test_outdirs_the_file_system_refuses_are_one_line_errors(
    write_app: WriteApp, fake_assets: Assets, tmp_path: Path, outdir: str, message: str
) -> None:
    (tmp_path / "a-file").write_text("not a folder", encoding="utf-8")
    with pytest.raises(FragcError, match=message) as raised:
        build_site(write_app(OLD), tmp_path / outdir, assets=fake_assets)
    assert raised.value.exit_code == 1
    assert "\n" not in raised.value.message
    assert leftovers(tmp_path) == []
