"""Screenshots of each view of `briefparse report`, for the README: on samples/, and on a folder of 200 briefs
generated as the tests generate them (tests/synthetic.py) plus two inputs that cannot be parsed.

    python docs/screenshots.py            # writes docs/report-*.png

Needs Debian's chromium at /usr/bin/chromium (or BRIEFPARSE_CHROMIUM) and playwright (the dev extra).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from synthetic import write_briefs  # noqa: E402

CHROMIUM = os.environ.get("BRIEFPARSE_CHROMIUM", "/usr/bin/chromium")
DOCS = ROOT / "docs"


def build(folder: str, cwd: Path, out: Path, title: str) -> None:
    """The report of `folder` (named relative to `cwd`, as the page shows it) written to `out`."""
    command = [sys.executable, "-m", "briefparse", "report", folder, "--out", str(out), "--title", title, "-q"]
    subprocess.run(command, check=False, cwd=cwd)  # exit 1 when an input fails: the page is written all the same
    if not out.exists():
        raise SystemExit(f"no page written for {title}")


def shoot(page_path: Path, name: str, browser) -> None:
    """docs/report-NAME-VIEW.png for the timeline, the network, the table, a brief and (if any) the errors."""
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(page_path.as_uri())
    page.wait_for_selector("html[data-ready=true]")
    page.screenshot(path=DOCS / f"report-{name}-timeline.png", full_page=True)
    page.click("#tab-network")
    page.screenshot(path=DOCS / f"report-{name}-network.png", full_page=True)
    page.click("#tab-table")
    page.screenshot(path=DOCS / f"report-{name}-table.png")
    page.click("#tab-timeline")
    page.click("#timeline .mark >> nth=-1")
    page.wait_for_selector("#reader[open]")
    page.screenshot(path=DOCS / f"report-{name}-brief.png")
    page.click("#reader-close")
    if page.evaluate("JSON.parse(document.getElementById('briefparse-data').textContent).errors.length"):
        page.click("#tab-errors")
        page.screenshot(path=DOCS / f"report-{name}-errors.png")
    page.close()


def main() -> None:
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        samples = work / "samples.html"
        build("samples", ROOT, samples, "briefparse report: samples/")
        generated = write_briefs(work / "briefs", 200)
        (generated / "empty.txt").write_text("")
        (generated / "scan.txt").write_bytes(b"%PDF-1.7\n\x00\x01\x02binary")
        many = work / "generated.html"
        build(generated.name, work, many, "briefparse report: 200 generated briefs")
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM)
            shoot(samples, "samples", browser)
            shoot(many, "200", browser)
            browser.close()
    for path in sorted(DOCS.glob("report-*.png")):
        print(path.relative_to(ROOT), path.stat().st_size)


if __name__ == "__main__":
    main()
