"""examples/deploy/github-pages.yml: its build steps, run on a checkout, give a site (issue 13, point 2).

The workflow is read as GitHub reads it; its `run:` steps run in order in a clone of a
repository holding an app, with the job's `env`, in a fresh venv with no Node.js. The
one difference: `FRAGC` (what pip installs, a knob of the workflow) names the wheel
this session built, as fragc is not taken from an index here. Publishing (the Pages
actions) is not run; the artifact they would upload is checked instead.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.conftest import REPO
from tests.release.conftest import Dists, clean_env, run

WORKFLOW = REPO / "examples" / "deploy" / "github-pages.yml"
OFFICIAL_PAGES_ACTIONS = {
    "actions/checkout",
    "actions/setup-python",
    "actions/configure-pages",
    "actions/upload-pages-artifact",
    "actions/deploy-pages",
}


@pytest.fixture(scope="module")
def workflow() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    return data


def uses(step: dict[str, Any]) -> str:
    return str(step.get("uses", "")).split("@")[0]


def test_the_workflow_publishes_with_the_official_pages_actions(workflow: dict[str, Any]) -> None:
    jobs = workflow["jobs"]
    steps = [step for job in jobs.values() for step in job["steps"]]
    assert {uses(step) for step in steps if "uses" in step} == OFFICIAL_PAGES_ACTIONS
    assert workflow["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}
    assert jobs["deploy"]["needs"] == "build"
    assert jobs["deploy"]["environment"]["name"] == "github-pages"
    build = jobs["build"]
    (upload,) = [step for step in build["steps"] if uses(step) == "actions/upload-pages-artifact"]
    assert upload["with"]["path"] == build["env"]["SITE"], "the artifact is the folder fragc writes"


def test_the_build_steps_make_the_site_on_a_checkout(
    workflow: dict[str, Any], dists: Dists, no_node: str, tmp_path: Path
) -> None:
    # The user's repository: an app at its root, committed; then a clone of it.
    origin = tmp_path / "origin"
    origin.mkdir()
    shutil.copy(REPO / "examples" / "seed_counters" / "app.py", origin / "app.py")
    git = ["git", "-c", "user.name=fragc tests", "-c", "user.email=tests@fragc.invalid"]
    run([*git, "init", "-q", "-b", "main"], cwd=origin)
    run([*git, "add", "app.py"], cwd=origin)
    run([*git, "commit", "-q", "-m", "The app"], cwd=origin)
    workspace = tmp_path / "workspace"
    run(["git", "clone", "-q", str(origin), str(workspace)])  # actions/checkout

    venv = tmp_path / "runner-python"  # actions/setup-python: a Python of its own
    run([sys.executable, "-m", "venv", str(venv)])
    build = workflow["jobs"]["build"]
    job_env = {key: str(value) for key, value in build["env"].items()}
    job_env["FRAGC"] = str(dists.wheel)
    env = clean_env(
        f"{venv / 'bin'}:{no_node}",
        **job_env,
        GITHUB_WORKSPACE=str(workspace),
        XDG_CACHE_HOME=str(tmp_path / "cache"),
    )
    for step in build["steps"]:
        if "run" not in step:
            continue
        result = subprocess.run(
            ["bash", "-e", "-c", step["run"]],
            cwd=workspace,
            env=env,
            capture_output=True,
            text=True,
            timeout=600,
        )
        assert result.returncode == 0, (
            f"step {step.get('name')!r} failed:\n{result.stdout}\n{result.stderr}"
        )

    site = workspace / build["env"]["SITE"]
    for pattern in (  # content-hashed names: app.<hash>.zip, assets/<hash>/, pyodide/<hash>/
        "index.html",
        ".nojekyll",
        "app.*.zip",
        "assets/*/fragc-runtime.js",
        "pyodide/*/pyodide.asm.wasm",
    ):
        assert len(list(site.glob(pattern))) == 1, pattern
    page = (site / "index.html").read_text(encoding="utf-8")
    urls = re.findall(r'(?:src|href)="([^"]*)"', page)
    assert urls, "the page loads its runtime"
    assert all(
        "://" not in url and not url.startswith("/") for url in urls if not url.startswith("data:")
    ), f"a Pages site lives under /REPOSITORY/: every URL must be relative, got {urls}"
    assert sum(path.stat().st_size for path in site.rglob("*") if path.is_file()) < 1_000_000_000
