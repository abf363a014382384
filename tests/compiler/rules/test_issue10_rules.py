"""Issue 10's diagnostics as tables: FRG031 for ``streamlit.*`` submodules fragc does not
provide, FRG035 (server-only names), FRG036 (a component on a development server), FRG073
(a component folder that is not there); the component folders and data files found.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.compiler.conftest import Analyze, findings_of


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("import streamlit.components.v1 as components", []),
        ("from streamlit import runtime\nruntime.exists()", []),
        ("from streamlit.runtime.scriptrunner import get_script_run_ctx, add_script_run_ctx", []),
        (
            "from streamlit.runtime.scriptrunner_utils.script_run_context import get_script_run_ctx",
            [],
        ),
        ("from streamlit.delta_generator import DeltaGenerator", []),
        ("from streamlit.web import cli as stcli", []),
        ("from streamlit.connections import BaseConnection", []),
        ("from streamlit import components, logger, errors", []),
        (
            "import streamlit.source_util",
            [(1, 8, "fragc does not provide the module streamlit.source_util")],
        ),
        (
            "from streamlit.proto.Delta_pb2 import Delta",
            [(1, 1, "fragc does not provide the module streamlit.proto.Delta_pb2")],
        ),
        (
            "from streamlit import proto",
            [(1, 23, "fragc does not provide the module streamlit.proto")],
        ),
        ("try:\n    import streamlit.source_util\nexcept ImportError:\n    pass", []),
        ("import streamlit_extras.add_vertical_space", []),
    ],
)
def test_submodule_imports(
    analyze: Analyze, source: str, expected: list[tuple[int, int, str]]
) -> None:
    assert findings_of(analyze, "FRG031")(source) == expected


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        (
            "import streamlit as st\nst.login('google')",
            [
                (
                    2,
                    1,
                    "st.login needs Streamlit's server (an OpenID Connect redirect and a signed cookie)",
                )
            ],
        ),
        (
            "from streamlit import logout",
            [(1, 23, "st.logout needs Streamlit's server (it clears the sign-in cookie)")],
        ),
        (
            "import streamlit as st\napp = st.App('main.py')",
            [
                (
                    2,
                    7,
                    "st.App runs a script on Streamlit's ASGI server, which a static site does not have",
                )
            ],
        ),
        (
            "import streamlit as st\nst.connection('snowflake')",
            [
                (
                    2,
                    1,
                    "st.connection to snowflake needs a server: Snowflake's connector talks to Snowflake over sockets, which a page in the browser does not have",
                )
            ],
        ),
        (
            "import streamlit as st\nst.connection('wh', type='snowflake-callers-rights')",
            [
                (
                    2,
                    1,
                    "st.connection to snowflake-callers-rights needs a server: Snowflake's connector talks to Snowflake over sockets, which a page in the browser does not have",
                )
            ],
        ),
        (
            "import streamlit as st\nst.connection('db', type='sql', url='mysql://u@h/db')",
            [
                (
                    2,
                    1,
                    "st.connection to a database server cannot work in a static site: a page in the browser cannot open sockets",
                )
            ],
        ),
        ("import streamlit as st\nst.connection('db', type='sql', url='sqlite:///data.db')", []),
        ("import streamlit as st\nst.user.is_logged_in", []),
        ("import streamlit as st\nif hasattr(st, 'login'):\n    st.login()", []),
    ],
)
def test_server_only_names(
    analyze: Analyze, source: str, expected: list[tuple[int, int, str]]
) -> None:
    assert findings_of(analyze, "FRG035")(source) == expected


COMPONENT_TEMPLATE = """
import os
import streamlit.components.v1 as components

_RELEASE = True
if not _RELEASE:
    _component = components.declare_component("my_component", url="http://localhost:3001")
else:
    parent_dir = os.path.dirname(os.path.abspath(__file__))
    build_dir = os.path.join(parent_dir, "frontend/build")
    _component = components.declare_component("my_component", path=build_dir)
"""


def test_component_template(analyze: Analyze, app_dir: Path) -> None:
    (app_dir / "frontend" / "build").mkdir(parents=True)
    (app_dir / "frontend" / "build" / "index.html").write_text("<p>built</p>")
    result = analyze(COMPONENT_TEMPLATE)
    assert result.components == {"frontend/build": (app_dir / "frontend" / "build").resolve()}
    assert [(d.code, d.severity, d.line) for d in result.diagnostics] == [("FRG036", "warning", 6)]


@pytest.mark.parametrize(
    ("made", "message"),
    [
        (None, "the component folder frontend does not exist"),
        ("empty", "the component folder frontend has no index.html"),
    ],
)
def test_missing_component_folder(
    analyze: Analyze, app_dir: Path, made: str | None, message: str
) -> None:
    if made:
        (app_dir / "frontend").mkdir()
    result = analyze(
        "from pathlib import Path\nfrom streamlit.components.v1 import declare_component\n"
        "c = declare_component('c', path=Path(__file__).parent / 'frontend')\n"
    )
    assert [(d.code, d.line, d.col, d.message) for d in result.diagnostics] == [
        ("FRG073", 3, 5, message)
    ]
    assert result.components == {}


def test_component_in_a_local_package(analyze: Analyze, app_dir: Path) -> None:
    (app_dir / "widgets" / "front").mkdir(parents=True)
    (app_dir / "widgets" / "front" / "index.html").write_text("x")
    result = analyze(
        "import widgets.picker",
        files={
            "widgets/__init__.py": "",
            "widgets/picker.py": """
                from pathlib import Path
                import streamlit as st
                picker = st.components.v1.declare_component("picker", path=Path(__file__).parent / "front")
            """,
        },
    )
    assert list(result.components) == ["widgets/front"]


@pytest.mark.parametrize(
    ("source", "files", "bundled"),
    [
        ("import streamlit as st\nst.pdf('doc.pdf')", ["doc.pdf"], ["doc.pdf"]),
        (
            "import streamlit as st\nfrom pathlib import Path\nst.iframe(Path('page.html'))",
            ["page.html"],
            ["page.html"],
        ),
        ("import streamlit as st\nst.iframe('page.html')", ["page.html"], []),  # a string is HTML
        (
            "import streamlit as st\nst.video('v.mp4', subtitles='en.vtt')",
            ["v.mp4", "en.vtt"],
            ["en.vtt", "v.mp4"],
        ),
        (
            "import streamlit as st\nst.video('v.mp4', subtitles={'EN': 'en.srt', 'X': 'WEBVTT'})",
            ["v.mp4", "en.srt"],
            ["en.srt", "v.mp4"],
        ),
        (
            "import streamlit as st\nst.connection('db', type='sql', url='sqlite:///shop.db')",
            ["shop.db"],
            ["shop.db"],
        ),
        (
            "import streamlit as st\nst.connection('db', type='sql', url='sqlite:///new.db')",
            [],
            [],
        ),  # created
    ],
)
def test_data_files_of_media_and_frames(
    analyze: Analyze, app_dir: Path, source: str, files: list[str], bundled: list[str]
) -> None:
    for name in files:
        (app_dir / name).write_bytes(b"x")
    result = analyze(source)
    assert sorted(p.name for p in result.data_files) == bundled
    assert [d.code for d in result.diagnostics if d.code.startswith("FRG07")] == []


def test_sql_connection_implies_sqlalchemy_and_pandas(analyze: Analyze) -> None:
    result = analyze("import streamlit as st\nconn = st.connection('sql')\n")
    assert {"sqlalchemy", "pandas"} <= set(result.external_modules)
    assert not {"sqlalchemy", "pandas"} & set(
        analyze("import streamlit as st\nst.connection('x', type=MyConn)\n").external_modules
    )
