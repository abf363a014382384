"""fragc's pytest plugin: ``fragc_site``, the URL of your app built by fragc and served.

Installed with fragc (the ``pytest11`` entry point), so a test just asks for it::

    # pyproject.toml
    [tool.pytest.ini_options]
    fragc_app = "app.py"            # relative to the rootdir; the default

    def test_title(page, fragc_site):           # `page`: pytest-playwright's fixture
        page.goto(fragc_site)
        expect(page.get_by_test_id("stApp")).to_have_attribute(
            "data-test-script-state", "notRunning", timeout=60_000
        )

``@pytest.mark.fragc_app("other/app.py")`` (relative to the test's file) picks another
app for one test. Each app is built once per session, into pytest's temporary folder,
and served on 127.0.0.1 until the session ends. A build with errors fails the test with
fragc's diagnostics.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from fragc.serve import SiteServer

DEFAULT_APP = "app.py"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addini(
        "fragc_app",
        "the Streamlit script the fragc_site fixture builds (relative to the rootdir)",
        default=DEFAULT_APP,
    )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "fragc_app(path): the app fragc_site builds for this test (relative to the test file)",
    )


class FragcSites:
    """Builds each app once and serves it; ``url(app)`` is where its page is."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._served: dict[Path, tuple[SiteServer, str]] = {}

    def url(self, app: Path) -> str:
        script = app.resolve()
        if script not in self._served:
            self._served[script] = self._build_and_serve(script)
        return self._served[script][1]

    def _build_and_serve(self, script: Path) -> tuple[SiteServer, str]:
        from fragc.diagnostics import format_text
        from fragc.errors import FragcError
        from fragc.serve import start_server
        from fragc.site.build import build_site

        site = self.root / f"site-{len(self._served)}"
        try:
            build_site(script, site)
        except FragcError as error:
            pytest.fail(
                f"fragc build {script} failed: {error.message}\n{format_text(error.diagnostics)}",
                pytrace=False,
            )
        return start_server(site)

    def close(self) -> None:
        for server, _url in self._served.values():
            server.shutdown()
            server.server_close()
        self._served.clear()


@pytest.fixture(scope="session")
def fragc_sites(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FragcSites]:
    """Every app the session's tests asked for, built and served once."""
    sites = FragcSites(tmp_path_factory.mktemp("fragc-sites"))
    yield sites
    sites.close()


@pytest.fixture
def fragc_site(request: pytest.FixtureRequest, fragc_sites: FragcSites) -> str:
    """The URL of the app (``fragc_app`` ini option or marker) built and served."""
    marker = request.node.get_closest_marker("fragc_app")
    if marker is not None:
        if len(marker.args) != 1:
            pytest.fail('use @pytest.mark.fragc_app("path/to/app.py")', pytrace=False)
        app = Path(request.node.path).parent / str(marker.args[0])
    else:
        app = Path(request.config.rootpath) / str(request.config.getini("fragc_app"))
    if not app.is_file():
        pytest.fail(
            f"fragc_site: no app at {app}; set `fragc_app` in the pytest configuration "
            'or mark the test with @pytest.mark.fragc_app("path/to/app.py")',
            pytrace=False,
        )
    return fragc_sites.url(app)
