"""`briefparse report` at scale: build time, page size, and the time until the page is usable in headless
Chromium, for 1 000 and 10 000 briefs.

The briefs are the samples' records (parsed once, with their text) varied: each copy gets a date spread over
two years, an event type, participants and a place drawn from pools of invented names, and a path of its own;
the text and its evidence spans are the sample's, so every highlight stays valid.

    python benchmarks/report_scale.py                   # 1 000 and 10 000 briefs, medians of 3
    python benchmarks/report_scale.py --counts 500 --runs 1

"Usable" is the time from asking Chromium to open the file until the page's script has drawn the first view
and the table (it sets `data-ready` on the page's root element): JSON parsed, filters, timeline and table drawn.
The network is drawn when its tab is first shown; its time is measured apart (the default 40 people).
Needs Debian's chromium at /usr/bin/chromium (or BRIEFPARSE_CHROMIUM) and playwright (the dev extra).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import get_args

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from synthetic import COUNTRIES, people  # noqa: E402

from briefparse.batch import Options, parse_input  # noqa: E402
from briefparse.inputs import collect_inputs  # noqa: E402
from briefparse.models import Brief, EventType  # noqa: E402
from briefparse.report import build_page  # noqa: E402

CHROMIUM = os.environ.get("BRIEFPARSE_CHROMIUM", "/usr/bin/chromium")


def sample_briefs() -> list[Brief]:
    records = [parse_input(item, Options(with_text=True)) for item in collect_inputs([ROOT / "samples"])]
    return [record for record in records if isinstance(record, Brief)]


def varied(samples: list[Brief], count: int, copies: int = 1) -> list[Brief]:
    """`count` briefs made from the samples, each with its own date, type, people, place and path; with
    `copies` > 1 the text is the sample's that many times over (the spans point into the first), to weigh
    longer briefs."""
    pool = people(count=288, seed=11)
    types = get_args(EventType)
    start = dt.date(2023, 1, 1)
    briefs = []
    for number in range(count):
        sample = samples[number % len(samples)]
        participants = []
        for position, participant in enumerate(sample.participants):
            name, country, _role = pool[(number * 7 + position * 131) % len(pool)]
            participants.append(participant.model_copy(update={"name": name, "affiliation": COUNTRIES[country][0]}))
        dated = number % 10 != 3
        briefs.append(
            sample.model_copy(
                update={
                    "path": f"synthetic/{number:05d}-{Path(sample.path or 'stdin').name}",
                    "date": (start + dt.timedelta(days=(number * 7919) % 730)).isoformat() if dated else None,
                    "event_type": types[number % len(types)],
                    "location": COUNTRIES[number % len(COUNTRIES)][2],
                    "participants": participants,
                    "text": "\n\n".join([sample.text or ""] * copies),
                }
            )
        )
    return briefs


def open_times(path: Path, runs: int) -> tuple[list[float], list[float]]:
    """Seconds until the page is usable, and until the network tab is drawn, for each run (a new page each)."""
    from playwright.sync_api import sync_playwright

    usable, network = [], []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM)
        for _ in range(runs):
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            errors: list[str] = []
            page.on("pageerror", lambda error, errors=errors: errors.append(str(error)))
            started = time.perf_counter()
            page.goto(path.as_uri(), timeout=120_000)
            page.wait_for_selector("html[data-ready=true]", timeout=120_000)
            usable.append(time.perf_counter() - started)
            started = time.perf_counter()
            page.click("#tab-network")
            page.wait_for_selector("#network .node", timeout=120_000)
            network.append(time.perf_counter() - started)
            assert not errors, errors
            page.close()
        browser.close()
    return usable, network


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--counts", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--copies", type=int, nargs="+", default=[1, 2],
                        help="each brief's text is the sample's this many times over (2: about the length of the "
                        "real briefs of ../shared/corpus, about 1 400 bytes)")  # fmt: skip
    args = parser.parse_args()
    samples = sample_briefs()
    print("| briefs | text bytes per brief | build s | page MB | page bytes per brief | usable in Chromium s "
          "| network tab s |")  # fmt: skip
    print("|--:|--:|--:|--:|--:|--:|--:|")
    with tempfile.TemporaryDirectory() as folder:
        for count, copies in [(count, copies) for copies in args.copies for count in args.counts]:
            briefs = varied(samples, count, copies)
            text = statistics.mean(len((brief.text or "").encode()) for brief in briefs)
            builds = []
            for _ in range(args.runs):
                started = time.perf_counter()
                page = build_page(briefs, f"{count} briefs")
                builds.append(time.perf_counter() - started)
            path = Path(folder) / f"report-{count}-{copies}.html"
            path.write_text(page, encoding="utf-8")
            size = path.stat().st_size
            usable, network = open_times(path, args.runs)
            print(
                f"| {count:,} | {text:,.0f} | {statistics.median(builds):.2f} | {size / 1e6:.1f} | "
                f"{size / count:,.0f} | {statistics.median(usable):.2f} | {statistics.median(network):.2f} |"
            )


if __name__ == "__main__":
    main()
