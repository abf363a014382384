"""streamlit.components.v1, st.iframe and the runtime idioms in CPython (issue 10).

The iframes' props (what components.html/iframe and st.iframe send), a declared
component as a widget (its render args, its value, a rerun it starts, bytes, keys,
errors), and the ``streamlit.*`` submodules apps import.
"""

from __future__ import annotations

import base64
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from fragc.page_model import Node
from tests.shim.harness import AppHarness

MakeApp = Callable[[str], AppHarness]


def of_kind(app: AppHarness, kind: str) -> list[Node]:
    return [n for n in app.page.elements() if n.kind == kind]


FRAMES = [
    # (call, src, srcdoc, width, height, scrolling)
    ("components.html('<b>x</b>')", None, "<b>x</b>", "stretch", 150, False),
    (
        "components.html('<b>x</b>', width=300, height=80, scrolling=True)",
        None,
        "<b>x</b>",
        300,
        80,
        True,
    ),
    (
        "components.iframe('https://example.com', height=90)",
        "https://example.com",
        None,
        "stretch",
        90,
        False,
    ),
    ("st.components.v1.html('<i>y</i>')", None, "<i>y</i>", "stretch", 150, False),
    ("st.iframe('<p>html</p>')", None, "<p>html</p>", "stretch", "content", True),
    ("st.iframe('https://example.com')", "https://example.com", None, "stretch", 400, True),
    (
        "st.iframe('/app/static/x.html', width='content')",
        "/app/static/x.html",
        None,
        "stretch",
        400,
        True,
    ),
    ("st.iframe('<p>h</p>', width=200, height='stretch')", None, "<p>h</p>", 200, "stretch", True),
]


@pytest.mark.parametrize(("call", "src", "srcdoc", "width", "height", "scrolling"), FRAMES)
def test_iframes(
    make_app: MakeApp, call: str, src: Any, srcdoc: Any, width: Any, height: Any, scrolling: bool
) -> None:
    app = make_app(
        f"import streamlit as st\nimport streamlit.components.v1 as components\n{call}\n"
    )
    assert app.exceptions() == []
    (frame,) = of_kind(app, "iframe")
    props = frame.props
    assert (props["src"], props["srcdoc"], props["width"], props["height"], props["scrolling"]) == (
        src,
        srcdoc,
        width,
        height,
        scrolling,
    )


def test_iframe_of_bundled_files(make_app: MakeApp, tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text("<h1>Report</h1>")
    (tmp_path / "doc.pdf").write_bytes(b"%PDF-1.4")
    app = make_app(
        f"""
        from pathlib import Path
        import streamlit as st
        st.iframe(Path({str(tmp_path / "page.html")!r}), alt="The report")
        st.iframe(Path({str(tmp_path / "doc.pdf")!r}))
        """
    )
    html, pdf = of_kind(app, "iframe")
    assert (html.props["srcdoc"], html.props["alt"], html.props["height"]) == (
        "<h1>Report</h1>",
        "The report",
        "content",
    )
    assert pdf.props["srcdoc"] is None
    assert pdf.props["media"]["mime"] == "application/pdf"
    assert base64.b64decode(pdf.props["media"]["data"]) == b"%PDF-1.4"
    assert pdf.props["height"] == 400  # a file the browser shows cannot be measured


@pytest.mark.parametrize(
    ("call", "error"),
    [
        (
            "components.html('x', tab_index=-2)",
            "Invalid `tab_index` value. Supported values: None, -1, a non-negative integer.",
        ),
        (
            "st.iframe('x', tab_index=True)",
            "Invalid `tab_index` type. Expected one of: int. Provided type: bool.",
        ),
        (
            "st.iframe(__import__('pathlib').Path('missing.html'))",
            "Unable to read file 'missing.html'",
        ),
    ],
)
def test_iframe_errors(make_app: MakeApp, call: str, error: str) -> None:
    app = make_app(
        f"import streamlit as st\nimport streamlit.components.v1 as components\n{call}\n"
    )
    (shown,) = app.exceptions()
    assert error in shown


# -- declare_component ---------------------------------------------------------------------

COMPONENT_APP = """
from pathlib import Path
import streamlit as st
import streamlit.components.v1 as components

greet = components.declare_component("greet", path=Path(__file__).parent / "front")
value = greet(name="Ada", blob=b"\\x01\\x02", default=0, key="g")
st.write(f"value: {value!r}")
st.write(f"repr: {greet}")
"""


@pytest.fixture
def component_app(tmp_path: Path) -> Any:
    (tmp_path / "front").mkdir()
    (tmp_path / "front" / "index.html").write_text("<p>component</p>")
    app = AppHarness(tmp_path, COMPONENT_APP).run()
    yield app
    app.close()


def test_component_render_args_and_default(component_app: AppHarness) -> None:
    (node,) = of_kind(component_app, "custom_component")
    props = node.props
    assert props["component_name"] == "app.greet"
    assert props["path"] == "front"
    assert props["url"] is None
    # Streamlit sends key and default with the args; bytes go separately.
    assert props["args"] == {"name": "Ada", "default": 0, "key": "g"}
    assert props["bytes_args"] == {"blob": base64.b64encode(b"\x01\x02").decode()}
    assert node.key == "g"
    assert component_app.texts()[0] == "value: 0"  # nothing set yet: the default


@pytest.mark.parametrize(
    ("sent", "shown"),
    [
        (5, "value: 5"),
        ({"picked": [1, 2]}, "value: {'picked': [1, 2]}"),
        ({"__fragc_bytes__": base64.b64encode(b"\x00\xff").decode()}, "value: b'\\x00\\xff'"),
    ],
)
def test_component_value_comes_back(component_app: AppHarness, sent: Any, shown: str) -> None:
    (node,) = of_kind(component_app, "custom_component")
    assert node.widget is not None
    component_app.request(values={node.widget["id"]: sent})
    assert component_app.texts()[0] == shown


def test_component_in_a_fragment_reruns_the_fragment(tmp_path: Path) -> None:
    (tmp_path / "front").mkdir()
    (tmp_path / "front" / "index.html").write_text("x")
    app = AppHarness(
        tmp_path,
        """
        import streamlit as st
        import streamlit.components.v1 as components
        from pathlib import Path
        comp = components.declare_component("c", path=Path(__file__).parent / "front")
        st.session_state.full = st.session_state.get("full", 0) + 1

        @st.fragment
        def part():
            st.write(f"in fragment: {comp(key='c')!r}, full runs {st.session_state.full}")

        part()
        """,
    ).run()
    (node,) = of_kind(app, "custom_component")
    assert node.fragment_id is not None
    assert node.widget is not None
    app.request([node.fragment_id], values={node.widget["id"]: "hi"})
    assert app.texts() == ["in fragment: 'hi', full runs 1"]
    app.close()


@pytest.mark.parametrize(
    ("code", "error"),
    [
        ('components.declare_component("x", path="nowhere")', "No such component directory: '"),
        ('components.declare_component("x")', "Either 'path' or 'url' must be set."),
        (
            'components.declare_component("x", url="http://localhost:3001")("positional")',
            "Argument 'positional' needs a label",
        ),
        (
            'import pandas as pd\ncomponents.declare_component("x", url="http://h")(df=pd.DataFrame())',
            "The component argument `df` is a DataFrame",
        ),
        (
            'components.declare_component("x", url="http://h")(f=object())',
            "Could not convert component args to JSON",
        ),
    ],
)
def test_component_errors(make_app: MakeApp, code: str, error: str) -> None:
    app = make_app(
        f"import streamlit as st\nimport streamlit.components.v1 as components\n{code}\n"
    )
    (shown,) = app.exceptions()
    assert error in shown


def test_dev_server_component_keeps_its_url(make_app: MakeApp) -> None:
    app = make_app(
        "import streamlit.components.v1 as components\n"
        'components.declare_component("dev", url="http://localhost:3001")(label="x")\n'
    )
    (node,) = of_kind(app, "custom_component")
    assert (node.props["url"], node.props["path"]) == ("http://localhost:3001", None)


# -- runtime idioms and submodules ---------------------------------------------------------

IDIOMS = [
    ("from streamlit import runtime\nst.write(runtime.exists())", "`True`"),
    ("st.write(st.runtime.exists())", "`True`"),
    ("import streamlit.runtime as rt\nst.write(rt.Runtime.exists())", "`True`"),
    (
        "from streamlit.runtime.scriptrunner import get_script_run_ctx\n"
        "ctx = get_script_run_ctx()\n"
        "st.write(len(ctx.session_id), ctx.query_string == '', ctx.main_script_path.endswith('app.py'), ctx.user_info == {})",
        "`36` `True` `True` `True`",
    ),
    (
        "from streamlit.runtime.scriptrunner_utils.script_run_context import get_script_run_ctx\n"
        "st.write(get_script_run_ctx().session_id == get_script_run_ctx().session_id)",
        "`True`",
    ),
    (
        "import threading\nfrom streamlit.runtime.scriptrunner import add_script_run_ctx\n"
        "t = threading.Thread(target=print)\nst.write(add_script_run_ctx(t) is t)",
        "`True`",
    ),
    (
        "from streamlit.delta_generator import DeltaGenerator\n"
        "st.write(isinstance(st.sidebar, DeltaGenerator), isinstance(st.container(), DeltaGenerator))",
        "`True` `True`",
    ),
    ("from streamlit.logger import get_logger\nst.write(get_logger('x').name)", "x"),
    (
        "from streamlit.errors import StreamlitAPIException\n"
        "try:\n    st.columns(0)\nexcept StreamlitAPIException:\n    st.write('caught')",
        "caught",
    ),
    (
        "from streamlit.elements.image import image_to_url\n"
        "st.write(image_to_url(b'\\x89PNG\\r\\n\\x1a\\n', 100, False, 'RGB', 'auto', 'id')[:22])",
        "data:image/png;base64,",
    ),
    (
        "from streamlit.version import STREAMLIT_VERSION_STRING\nst.write(STREAMLIT_VERSION_STRING)",
        "1.67.0",
    ),
    (
        "from streamlit.runtime.uploaded_file_manager import UploadedFile\nst.write(UploadedFile.__name__)",
        "UploadedFile",
    ),
    ("from streamlit import type_util\nst.write(type_util.is_type(1, 'builtins.int'))", "`True`"),
    ("st.write(st.__version__)", "1.67.0"),
    (
        "from streamlit.navigation.page import StreamlitPage\n"
        "def home(): pass\n"
        "st.write(isinstance(st.navigation([home]), StreamlitPage))",
        "`True`",
    ),
]


@pytest.mark.parametrize(("code", "shown"), IDIOMS)
def test_runtime_idioms(make_app: MakeApp, code: str, shown: str) -> None:
    app = make_app("import streamlit as st\n" + code + "\n")
    assert app.exceptions() == []
    assert app.texts() == [shown]


def test_the_old_rerun_exception_reruns(make_app: MakeApp) -> None:
    app = make_app(
        """
        import streamlit as st
        from streamlit.runtime.scriptrunner import RerunData, RerunException
        st.session_state.n = st.session_state.get("n", 0) + 1
        if st.session_state.n < 3:
            raise RerunException(RerunData())
        st.write(f"runs: {st.session_state.n}")
        """
    )
    assert app.texts() == ["runs: 3"]


@pytest.mark.parametrize(
    ("code", "error"),
    [
        (
            "from streamlit.web import cli as stcli\nstcli.main()",
            "StreamlitAPIException: `streamlit.web.cli.main()` starts a Streamlit server",
        ),
        ("import streamlit.proto", "ModuleNotFoundError: fragc does not provide `streamlit.proto`"),
        ("st.runtime.get_instance().no_such()", "AttributeError"),
    ],
)
def test_what_cannot_work_says_so(make_app: MakeApp, code: str, error: str) -> None:
    app = make_app("import streamlit as st\n" + code + "\n")
    (shown,) = app.exceptions()
    assert shown.startswith(error)


def test_main_guard_idiom_runs_the_app(make_app: MakeApp) -> None:
    app = make_app(
        """
        import sys
        import streamlit as st
        from streamlit import runtime
        from streamlit.web import cli as stcli

        def main():
            st.write("app body")

        if __name__ == "__main__":
            if runtime.exists():
                main()
            else:
                sys.argv = ["streamlit", "run", sys.argv[0]]
                sys.exit(stcli.main())
        """
    )
    assert app.texts() == ["app body"]


def test_state_types_for_helper_libraries(make_app: MakeApp) -> None:
    app = make_app(
        """
        import streamlit as st
        from streamlit.runtime.state import (
            SafeSessionState, SessionStateProxy, WidgetArgs, WidgetCallback, WidgetKwargs,
        )
        st.write(isinstance(st.session_state, SessionStateProxy), SafeSessionState.__name__)
        """
    )
    assert app.exceptions() == []
    assert app.texts() == ["`True` SessionState"]
