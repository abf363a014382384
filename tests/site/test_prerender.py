"""The build-time pre-render (site/prerender.py): the first run in CPython, or one line saying why not.

The run happens in a child process through the same shim the browser runs; these tests
give it small apps and check what the page would get: the messages to replay, the page
config merged, and a readable reason whenever the pre-render cannot stand for the real
first run.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from fragc import protocol
from fragc.site import prerender as prerender_module
from fragc.site.build import BootOptions, build_site
from fragc.site.bundle import write_bundle
from fragc.site.page import favicon_href, render_index
from fragc.site.prerender import Prerender, prerender
from tests.conftest import REPO, WriteApp


def run(
    write_app: WriteApp, source: str, files: dict[str, str] | None = None, **kw: Any
) -> Prerender:
    script = write_app(source)
    for name, text in (files or {}).items():
        (script.parent / name).parent.mkdir(parents=True, exist_ok=True)
        (script.parent / name).write_text(text, encoding="utf-8")
    bundle = script.parent.parent / "app.zip"
    write_bundle(bundle, script.parent, [script, *(script.parent / n for n in files or {})])
    manifest: Any = {"entry": script.name, "title": "App"}
    return prerender(bundle, manifest, **kw)


def texts(result: Prerender) -> list[str]:
    """The markdown bodies the pre-render would paint, in order."""
    return [
        delta["element"]["props"]["body"]
        for message in result.messages
        if message["type"] == "run:deltas"
        for delta in message["deltas"]
        if delta.get("element", {}).get("kind") == "markdown"
    ]


def test_the_first_run_is_recorded_with_default_widget_values(write_app: WriteApp) -> None:
    result = run(
        write_app,
        """
        import streamlit as st
        st.set_page_config(page_title="Counters", layout="wide")
        st.set_page_config(page_icon="🧮")
        if st.button("Add"):
            st.write("clicked")
        name = st.text_input("Name", value="Ada")
        st.write(f"Hello {name}")
        st.toast("Saved")
        """,
    )
    assert result.ok, result.reason
    assert texts(result) == ["Hello Ada"]
    types = [message["type"] for message in result.messages]
    assert (types[0], types[-1]) == ("run:started", "run:finished")
    assert types.count("page:config") == 2
    assert {"session:idle", "boot:ready", "timer:set"}.isdisjoint(types)
    kinds = [
        delta.get("element", {}).get("kind")
        for message in result.messages
        if message["type"] == "run:deltas"
        for delta in message["deltas"]
    ]
    assert "toast" not in kinds  # one-shot: the real first run pops it up
    assert result.page_config() == {"title": "Counters", "layout": "wide", "icon": "🧮"}


@pytest.mark.parametrize(
    ("source", "reason"),
    [
        pytest.param(
            "import streamlit as st\nimport no_such_module_anywhere\n",
            "the build's Python has no module named 'no_such_module_anywhere'",
            id="missing-module",
        ),
        pytest.param(
            "import streamlit as st\nst.write('a')\nx = 1 / 0\n",
            "ZeroDivisionError: division by zero at app.py:3",
            id="exception",
        ),
        pytest.param(
            "import streamlit as st\n\n@st.fragment\ndef f():\n    raise ValueError('bad')\n\nf()\n",
            "ValueError: bad at app.py:5",
            id="exception-in-fragment",
        ),
        pytest.param(
            "import socket\nimport streamlit as st\ntry:\n"
            "    socket.create_connection(('127.0.0.1', 9))\nexcept OSError:\n    st.write('offline')\n",
            "the app tried network access",
            id="network-even-if-caught",
        ),
        pytest.param(
            "import urllib.request\nimport streamlit as st\n"
            "st.write(urllib.request.urlopen('http://127.0.0.1:9/').read())\n",
            "the app tried network access",
            id="network-urllib",
        ),
        pytest.param(
            "import streamlit as st\nst.write(st.secrets['token'])\n",
            "the app tried reading st.secrets (their values would be written into the page)",
            id="secrets",
        ),
    ],
)
def test_what_cannot_be_prerendered_says_why(write_app: WriteApp, source: str, reason: str) -> None:
    files = {".streamlit/secrets.toml": 'token = "s3cret"\n'} if "secrets" in source else None
    result = run(write_app, source, files)
    assert not result.ok
    assert result.reason == reason
    assert result.messages == []


def test_a_run_that_does_not_end_is_stopped(write_app: WriteApp) -> None:
    result = run(write_app, "import streamlit as st\nwhile True:\n    pass\n", timeout=1.5)
    assert result.reason == "the first run took longer than 1.5 s"


def test_too_large_an_output_is_left_out(
    write_app: WriteApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(prerender_module, "MAX_BYTES", 2048)
    result = run(write_app, "import streamlit as st\nst.write('x' * 5000)\n")
    assert result.reason.startswith("its output is 5 KB, more than the 2 KB")


def test_the_app_prints_do_not_disturb_the_result(write_app: WriteApp) -> None:
    result = run(
        write_app, "import streamlit as st\nprint('noise', flush=True)\nst.write('shown')\n"
    )
    assert result.ok, result.reason
    assert texts(result) == ["shown"]


def manifest_for(title: str = "App") -> protocol.Manifest:
    return {
        "fragc_version": "0.1.0",
        "protocol_version": protocol.PROTOCOL_VERSION,
        "pyodide_version": "314.0.7",
        "entry": "app.py",
        "title": title,
        "bundle": "app.0123456789ab.zip",
        "bundle_sha256": "0" * 64,
        "files": [],
        "fragments": [],
        "packages": [],
        "runtime": "assets/0123456789ab/",
    }


def test_the_page_carries_title_icon_layout_and_the_runs_messages() -> None:
    messages = [
        {"type": "page:config", "title": "My </title> app", "layout": "wide"},
        {"type": "page:config", "icon": "🧮"},
        {"type": "run:started", "run_id": "run-1", "fragment_ids": []},
        {"type": "run:finished", "run_id": "run-1", "status": "finished"},
    ]
    html = render_index(REPO / "templates", manifest_for(), Prerender(messages=messages))
    assert "<title>My &lt;/title&gt; app</title>" in html
    assert f'<link rel="shortcut icon" href="{favicon_href("🧮")}">' in html
    assert '<div id="root" data-fragc-layout="wide">' in html
    inline = html.split('id="fragc-prerender">')[1].split("</script>")[0]
    assert json.loads(inline) == {"messages": messages}
    assert 'src="assets/0123456789ab/fragc-runtime.js"' in html


def test_without_a_prerender_the_page_has_the_skeleton_only() -> None:
    html = render_index(REPO / "templates", manifest_for("Seed"))
    assert "fragc-prerender" not in html
    assert "<title>Seed</title>" in html
    assert '<link rel="shortcut icon" href="data:,">' in html


@pytest.mark.parametrize(
    ("icon", "href"),
    [
        pytest.param(None, "data:,", id="none"),
        pytest.param(":material/home:", "data:,", id="material"),
        pytest.param("data:image/png;base64,AAAA", "data:image/png;base64,AAAA", id="data-url"),
        pytest.param("https://example.com/i.png", "https://example.com/i.png", id="url"),
        pytest.param("🎈", "data:image/svg+xml,%3Csvg", id="emoji"),
    ],
)
def test_favicon_href_follows_the_runtime(icon: str | None, href: str) -> None:
    assert favicon_href(icon).startswith(href)


@pytest.mark.parametrize(
    ("boot", "source", "expected"),
    [
        pytest.param(
            BootOptions(), "import streamlit as st\nst.write('hi')\n", "pre-rendered", id="on"
        ),
        pytest.param(
            BootOptions(prerender=False),
            "import streamlit as st\nst.write('hi')\n",
            "",  # asked for: nothing to say
            id="off",
        ),
        pytest.param(
            BootOptions(),
            "import streamlit as st\nst.write(1 / 0)\n",
            "no pre-render: ZeroDivisionError: division by zero at app.py:2; the page shows a "
            "skeleton until Python runs",
            id="fails",
        ),
    ],
)
def test_the_build_says_in_one_line_and_never_fails(
    write_app: WriteApp, tmp_path: Path, boot: BootOptions, source: str, expected: str
) -> None:
    said: list[str] = []
    result = build_site(write_app(source), tmp_path / "out", progress=said.append, boot=boot)
    lines = [line for line in said if "pre-render" in line]
    assert len(lines) == (1 if expected else 0), said
    assert all(expected in line for line in lines)
    html = (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    assert ('id="fragc-prerender"' in html) is (expected == "pre-rendered")
    assert json.loads((tmp_path / "out" / "fragc-build.json").read_text())["prerender"] is (
        expected == "pre-rendered"
    )
    assert result.manifest["entry"] == "app.py"


def test_media_bytes_stay_out_of_the_page(write_app: WriteApp) -> None:
    # The real first run sends them; the page would otherwise download a video twice.
    result = run(
        write_app,
        """
        import streamlit as st
        st.audio(b"x" * 600_000)
        st.video(b"v", subtitles="WEBVTT")
        """,
    )
    assert result.ok, result.reason
    elements = [
        delta["element"]
        for message in result.messages
        if message["type"] == "run:deltas"
        for delta in message["deltas"]
        if delta.get("element", {}).get("kind") in ("audio", "video")
    ]
    refs = [elements[0]["props"]["media"], elements[1]["props"]["media"]]
    refs.append(elements[1]["props"]["subtitles"][0]["media"])
    assert all("data" not in ref and ref["id"] for ref in refs)
