"""Browser tests: build an app once per session, serve it, drive it in Chromium.

* ``sites``: builds ``examples/<name>/app.py`` (or ``tests/e2e/apps/<name>/app.py``) on
  first use into ``<tmp>/sites/<name>/`` and serves ``<tmp>/sites/`` on 127.0.0.1, so
  every app is reached under a sub-path (``/<name>/``), as on GitHub Pages.
* ``page``: a fresh browser context whose test fails on any response >= 400, any
  request to a non-local host (aborted and recorded) and any uncaught page error.
* ``app(name)``: navigates to the app and returns the page once Python is connected
  and the first run has finished.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import (
    Browser,
    BrowserContext,
    Error,
    Page,
    Playwright,
    Response,
    Route,
    expect,
    sync_playwright,
)

from fragc.diagnostics import format_text
from fragc.errors import FragcError
from fragc.serve import start_server
from fragc.site.build import BootOptions, build_site
from tests.conftest import REPO
from tests.e2e.browser import BOOT_TIMEOUT_MS, STEP_TIMEOUT_MS, wait_for_run, watch_csp

APP_FOLDERS = (
    REPO / "examples",
    Path(__file__).resolve().parent / "apps",
    REPO / "tests" / "dom_parity" / "apps",
)
LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1"}
DEBIAN_CHROMIUM = Path("/usr/bin/chromium")
# Without the background-networking flags Chromium keeps calling Google's hosts, which
# this machine's closed network refuses.
DEBIAN_CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
]
# Chromium's fake camera and microphone (st.camera_input, st.audio_input). Access is still
# asked for: a test grants it with the context's `permissions` (test_capture.py), and a
# context without them sees the browser refuse, as a visitor who says no. (The fake *UI*
# flag would accept every request and leave the refusal untestable.)
MEDIA_ARGS = ["--use-fake-device-for-media-stream"]

expect.set_options(timeout=STEP_TIMEOUT_MS)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    here = Path(__file__).resolve().parent
    for item in items:
        if here in Path(str(item.path)).resolve().parents:
            item.add_marker(pytest.mark.e2e)


class Sites:
    """Builds apps on demand (once each) into one served folder."""

    def __init__(self, root: Path) -> None:
        self.root = root
        # The server wants a site at its root; this one just lists the apps.
        (root / "index.html").write_text("<!doctype html><title>fragc test sites</title>\n")
        self.server, self.base_url = start_server(root)
        self.built: set[str] = set()

    def url(self, name: str, *, prerender: bool = True) -> str:
        """The app's URL; ``prerender=False``: the same app built with ``--no-prerender``."""
        folder = name if prerender else f"{name}--no-prerender"
        if folder not in self.built:
            self._build(name, folder, BootOptions(prerender=prerender))
            self.built.add(folder)
        return f"{self.base_url}{folder}/"

    def _build(self, name: str, folder: str, boot: BootOptions) -> None:
        script = next(
            (
                folder / name / "app.py"
                for folder in APP_FOLDERS
                if (folder / name / "app.py").is_file()
            ),
            None,
        )
        if script is None:
            pytest.fail(f"no app named {name!r} in {', '.join(map(str, APP_FOLDERS))}")
        try:
            build_site(script, self.root / folder, boot=boot)
        except FragcError as error:
            pytest.fail(
                f"fragc build {script} failed: {error.message}\n{format_text(error.diagnostics)}"
            )

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture(scope="session")
def sites(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Sites]:
    served = Sites(tmp_path_factory.mktemp("sites"))
    yield served
    served.close()


def launch_chromium(playwright: Playwright) -> Browser:
    """Playwright's own Chromium when it was downloaded, else Debian's."""
    if Path(playwright.chromium.executable_path).exists():
        return playwright.chromium.launch(args=MEDIA_ARGS)
    if not DEBIAN_CHROMIUM.exists():
        pytest.fail("no Chromium: run `make setup` (installs Debian's chromium)")
    return playwright.chromium.launch(
        executable_path=str(DEBIAN_CHROMIUM), args=[*DEBIAN_CHROMIUM_ARGS, *MEDIA_ARGS]
    )


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        chromium = launch_chromium(playwright)
        yield chromium
        chromium.close()


class NetworkGuard:
    """Records what a static, offline site must never do."""

    def __init__(self, context: BrowserContext) -> None:
        self.problems: list[str] = []
        context.route("**/*", self._route)
        context.on("response", self._response)

    def _route(self, route: Route) -> None:
        url = route.request.url
        # file: a site opened from disk (tests/e2e/test_file_protocol.py); chrome and
        # chrome-extension: the browser's own PDF viewer (st.pdf), never the network.
        if (
            urlsplit(url).scheme in ("data", "blob", "file", "chrome", "chrome-extension")
            or urlsplit(url).hostname in LOCAL_HOSTS
        ):
            route.fallback()
        else:
            self.problems.append(f"request to a non-local host: {url}")
            route.abort()

    def _response(self, response: Response) -> None:
        if response.status >= 400:
            self.problems.append(f"HTTP {response.status} for {response.url}")


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context()
    guard = NetworkGuard(context)
    # The page's Content-Security-Policy (site/csp.py) must never refuse anything in a
    # test app: a refusal is either a sanitiser that let something through or a runtime
    # that needs what the policy does not allow.
    watch_csp(context, lambda text: guard.problems.append(f"CSP refusal: {text}"))
    new_page = context.new_page()
    new_page.on("pageerror", lambda error: guard.problems.append(f"uncaught page error: {error}"))
    yield new_page
    try:
        context.close()
    except Error:  # the browser went away: the test has failed already
        pass
    if guard.problems:
        pytest.fail("the page misbehaved:\n  " + "\n  ".join(guard.problems))


@pytest.fixture
def app(page: Page, sites: Sites) -> Callable[[str], Page]:
    """``app(name)``: open the app and wait until Python is connected and the first run is done."""

    def open_app(name: str) -> Page:
        page.goto(sites.url(name))
        root = page.get_by_test_id("stApp")
        expect(root).to_have_attribute(
            "data-test-connection-state", "CONNECTED", timeout=BOOT_TIMEOUT_MS
        )
        wait_for_run(page, timeout=BOOT_TIMEOUT_MS)
        return page

    return open_app
