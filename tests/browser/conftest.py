"""Browser tests: the pages opened in Debian's Chromium, headless, driven by Playwright.

No browser is downloaded: Playwright drives the system's ``/usr/bin/chromium`` (``.ci/run``
installs it when it is missing). Without it these tests FAIL, saying what to install: a page that
was never opened in a browser is not proven.

Every page is opened from ``file://`` with the network cut: any request that is not ``file:`` is
aborted, and every request made is recorded so a test can check that none was attempted.
"""
from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/, for view_graphs

CHROMIUM = Path(os.environ.get("KG_CHROMIUM", "/usr/bin/chromium"))  # Debian's; override for another system
LAUNCH_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"]
VIEWPORT = {"width": 1400, "height": 900}


@pytest.fixture(scope="module")
def browser():
    """One headless Chromium per test module."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:  # pragma: no cover - the test extra installs it
        pytest.fail("the Playwright Python package is missing: .venv/bin/pip install -e '.[test]'", pytrace=False)
    if not CHROMIUM.is_file():
        pytest.fail(
            f"Chromium is not installed at {CHROMIUM}; the browser tests need it: "
            "apt-get update && apt-get install -y chromium (.ci/run does this)",
            pytrace=False,
        )
    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS, headless=True)
        try:
            yield instance
        finally:
            instance.close()


@dataclass
class OpenedPage:
    page: object
    requests: list[str] = field(default_factory=list)
    blocked: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    def remote_requests(self) -> list[str]:
        return [url for url in self.requests if not url.startswith("file:")]


@pytest.fixture
def open_page(browser):
    """``open_page(path)``: the page at ``path`` loaded from file:// with the network cut off,
    after its script has run (``body[data-kg-ready]``)."""
    contexts = []

    def opener(path: Path, wait: bool = True) -> OpenedPage:
        context = browser.new_context(viewport=VIEWPORT, java_script_enabled=True)
        contexts.append(context)
        opened = OpenedPage(context.new_page())

        def route(route):
            if route.request.url.startswith("file:"):
                route.continue_()
            else:
                opened.blocked.append(route.request.url)
                route.abort()

        context.route("**/*", route)
        page = opened.page
        page.on("request", lambda request: opened.requests.append(request.url))
        page.on("console", lambda msg: opened.errors.append(f"console.{msg.type}: {msg.text}") if msg.type in ("error", "warning") else None)
        page.on("pageerror", lambda error: opened.errors.append(f"page error: {error}"))

        def dialog(d):
            opened.dialogs.append(f"{d.type}: {d.message}")
            d.dismiss()

        page.on("dialog", dialog)
        page.goto(Path(path).resolve().as_uri())
        if wait:
            page.wait_for_selector("body[data-kg-ready]", state="attached", timeout=30000)
        return opened

    yield opener
    for context in contexts:
        context.close()
