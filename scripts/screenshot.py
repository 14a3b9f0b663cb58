"""Take docs/screenshot.png: the network page of the bundled graph in headless Chromium.

    .venv/bin/python scripts/screenshot.py [PAGE] [PNG]     (default: output/graph.html docs/screenshot.png)

`make screenshot` builds the graph first. The page is opened from file:// with the network cut
off (as the browser tests do), the link with the most evidence is clicked so that its card shows,
and the window is saved as a PNG. Needs Debian's Chromium (/usr/bin/chromium, or $KG_CHROMIUM)
and the Playwright Python package (the `test` extra).
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

CHROMIUM = os.environ.get("KG_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"]

PICK_EDGE = """() => {
  const v = kgView, box = document.getElementById('kg-network').getBoundingClientRect();
  const order = v.data.edges.map((e, i) => i).sort((a, b) => v.data.evidence[b].length - v.data.evidence[a].length);
  for (const i of order) {
    const e = v.data.edges[i];
    const p = v.network.getPositions([e.from, e.to]);
    const dom = v.network.canvasToDOM({x: (p[e.from].x + p[e.to].x) / 2, y: (p[e.from].y + p[e.to].y) / 2});
    if (e.smooth === false && v.network.getEdgeAt(dom) === e.id && v.network.getNodeAt(dom) === undefined) {
      return {x: box.left + dom.x, y: box.top + dom.y};
    }
  }
  return null;
}"""


def main(argv: list[str]) -> int:
    page_path = Path(argv[1] if len(argv) > 1 else "output/graph.html").resolve()
    png = Path(argv[2] if len(argv) > 2 else "docs/screenshot.png")
    if not page_path.is_file():
        print(f"screenshot: no page at {page_path} (run `make graph` first)", file=sys.stderr)
        return 2
    if not Path(CHROMIUM).is_file():
        print(f"screenshot: no Chromium at {CHROMIUM} (apt-get install -y chromium)", file=sys.stderr)
        return 2
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        context = browser.new_context(viewport={"width": 1440, "height": 900}, device_scale_factor=1)
        context.route("**/*", lambda route: route.continue_() if route.request.url.startswith("file:") else route.abort())
        page = context.new_page()
        page.goto(page_path.as_uri())
        page.wait_for_selector("body[data-kg-ready]", state="attached", timeout=30000)
        spot = page.evaluate(PICK_EDGE)
        if spot:
            page.mouse.click(spot["x"], spot["y"])
            page.wait_for_selector("#kg-card .kg-edge-card")
            page.mouse.move(spot["x"] + 400, spot["y"] + 400)  # off the link: no hover tip in the picture
        page.wait_for_timeout(300)
        png.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(png))
        browser.close()
    print(f"screenshot: wrote {png}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
