"""Build an app, open it in Chromium and save screenshots: light, dark and phone.

    python examples/gallery/screenshot.py                      # the gallery -> docs/gallery*.png
    python examples/gallery/screenshot.py path/to/app.py -o /tmp/shots

The screenshots are taken once Python is connected and every run has finished (the
same run-state attributes the browser tests wait on), never after a fixed sleep.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from playwright.sync_api import Browser, expect, sync_playwright

from fragc.serve import start_server
from fragc.site.build import build_site

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
DEBIAN_CHROMIUM = Path("/usr/bin/chromium")
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}
# file suffix, dark theme, phone viewport, whole page
SHOTS = [("", False, False, True), ("-dark", True, False, False), ("-phone", False, True, False)]


def launch(playwright) -> Browser:  # type: ignore[no-untyped-def]
    if Path(playwright.chromium.executable_path).exists():
        return playwright.chromium.launch()
    return playwright.chromium.launch(
        executable_path=str(DEBIAN_CHROMIUM),
        args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
    )


def shoot(browser: Browser, url: str, path: Path, *, dark: bool, phone: bool, full: bool) -> None:
    context = browser.new_context(
        viewport=PHONE if phone else DESKTOP,
        device_scale_factor=2 if phone else 1,
        color_scheme="dark" if dark else "light",
        is_mobile=phone,
        has_touch=phone,
    )
    page = context.new_page()
    page.goto(url)
    app = page.get_by_test_id("stApp")
    expect(app).to_have_attribute("data-test-connection-state", "CONNECTED", timeout=90_000)
    expect(app).to_have_attribute("data-test-script-state", "notRunning", timeout=90_000)
    if full:
        # The whole page in one viewport, so the fixed header and the sticky bottom bar
        # sit where a reader expects them (a full-page capture leaves them mid-page).
        height = page.evaluate("document.documentElement.scrollHeight")
        page.set_viewport_size({**DESKTOP, "height": height})
        expect(app).to_have_attribute("data-test-script-state", "notRunning")
    page.screenshot(path=str(path), animations="disabled")
    context.close()
    print(f"wrote {path}")  # noqa: T201 - a command-line tool


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("app", nargs="?", type=Path, default=HERE / "app.py")
    parser.add_argument("-o", "--out", type=Path, default=REPO / "docs")
    parser.add_argument("--name", default="gallery")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        build_site(args.app, site / args.name)
        (site / "index.html").write_text("<!doctype html><title>sites</title>\n")
        server, base_url = start_server(site)
        try:
            with sync_playwright() as playwright:
                browser = launch(playwright)
                url = f"{base_url}{args.name}/"
                for suffix, dark, phone, full in SHOTS:
                    path = args.out / f"{args.name}{suffix}.png"
                    shoot(browser, url, path, dark=dark, phone=phone, full=full)
                browser.close()
        finally:
            server.shutdown()
            server.server_close()


if __name__ == "__main__":
    main()
