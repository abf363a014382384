"""fragc as users install it: an sdist and a wheel, each in a fresh venv with no Node.js.

Built once per session and shared: ``dists`` (the sdist, made from this checkout with
Node.js; the wheel, made from that sdist without it, as ``python -m build`` does) and
``installed(kind)`` (a venv holding fragc from one of them). The venvs see the
system's site-packages for fragc's own dependencies (libcst, jinja2, packaging), so
nothing but fragc is installed; the tests check fragc itself comes from the venv. pip
reaches the configured package index (PyPI) for what a user's pip would fetch too: the
build backend of the isolated wheel build, and the GitHub workflow's dependencies.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import REPO

NODE_TOOLS = {"node", "nodejs", "npm", "npx", "corepack"}


@dataclass(frozen=True)
class Dists:
    sdist: Path
    wheel: Path


def path_without_node(folder: Path) -> str:
    """A folder of links to every program on PATH except Node.js's."""
    folder.mkdir(parents=True, exist_ok=True)
    seen: set[str] = set()
    for directory in os.environ.get("PATH", "").split(os.pathsep):
        if not os.path.isdir(directory):
            continue
        for entry in os.scandir(directory):
            if entry.name in seen or entry.name in NODE_TOOLS:
                continue
            if entry.is_file() and os.access(entry.path, os.X_OK):
                seen.add(entry.name)
                (folder / entry.name).symlink_to(entry.path)
    assert shutil.which("node", path=str(folder)) is None
    return str(folder)


@pytest.fixture(scope="session")
def no_node(tmp_path_factory: pytest.TempPathFactory) -> str:
    return path_without_node(tmp_path_factory.mktemp("no-node") / "bin")


def clean_env(path: str, **extra: str) -> dict[str, str]:
    """This process's environment without the checkout on PYTHONPATH, PATH replaced."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    return {**env, "PATH": path, **extra}


def run(args: list[str], **kwargs: object) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(args, capture_output=True, text=True, timeout=600, **kwargs)  # type: ignore[call-overload]
    assert result.returncode == 0, f"{' '.join(args)} failed:\n{result.stdout}\n{result.stderr}"
    return result  # type: ignore[no-any-return]


@pytest.fixture(scope="session")
def dists(tmp_path_factory: pytest.TempPathFactory, no_node: str) -> Dists:
    out = tmp_path_factory.mktemp("dists")
    # The sdist: this checkout's sources and its runtime built with Node.js.
    run(
        [
            sys.executable,
            "-c",
            f"from setuptools import build_meta; build_meta.build_sdist({str(out)!r})",
        ],
        cwd=REPO,
        env=clean_env(os.environ["PATH"]),
    )
    (sdist,) = out.glob("fragc-*.tar.gz")
    # The wheel, from the sdist, with no Node.js anywhere.
    run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(out), str(sdist)],
        cwd=out,
        env=clean_env(no_node),
    )
    (wheel,) = out.glob("fragc-*.whl")
    return Dists(sdist=sdist, wheel=wheel)


@dataclass(frozen=True)
class Venv:
    root: Path
    path: str  # PATH for commands run "in" the venv: its bin/, then no Node.js

    @property
    def bin(self) -> Path:
        return self.root / "bin"

    def run(self, *args: str, cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            list(args),
            cwd=cwd,
            env=clean_env(self.path, **env),
            capture_output=True,
            text=True,
            timeout=600,
        )


@pytest.fixture(scope="session")
def installed(
    dists: Dists, no_node: str, tmp_path_factory: pytest.TempPathFactory
) -> Callable[[str], Venv]:
    """``installed("wheel")`` / ``installed("sdist")``: a venv with fragc installed from it."""
    made: dict[str, Venv] = {}

    def make(kind: str) -> Venv:
        if kind not in made:
            root = tmp_path_factory.mktemp(f"venv-{kind}")
            run(
                [sys.executable, "-m", "venv", "--without-pip", "--system-site-packages", str(root)]
            )
            artifact = dists.wheel if kind == "wheel" else dists.sdist
            run(
                [
                    sys.executable,
                    "-m",
                    "pip",
                    "--python",
                    str(root / "bin" / "python"),
                    "install",
                    "--no-deps",
                    "--ignore-installed",
                    "--quiet",
                    str(artifact),
                ],
                env=clean_env(no_node),
            )
            made[kind] = Venv(root=root, path=f"{root / 'bin'}{os.pathsep}{no_node}")
        return made[kind]

    return make
