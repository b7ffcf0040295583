#!/usr/bin/env python3
"""Pages per second on saved web pages: briefparse against trafilatura + htmldate.

    pip install -e '.[bench]'
    python benchmarks/html_vs_peers.py [FOLDER_OF_HTML_PAGES] [--repeat 5]

Both sides get the same bytes, in one process, one page after the other:

- briefparse: `briefparse.parse(page)`: metadata, main text AND every extractor (date, people,
  source, points, event) on that text;
- peers: `trafilatura.bare_extraction(page, with_metadata=True)` (metadata and main text) plus
  `htmldate.find_date(page, original_date=True)` (publication date), what a user would run to get
  the page's text, title, authors, site name and date.

Each side is warmed up on every page once, then both are timed over the whole folder, in turn,
`--repeat` times; the table reports each side's median run. Exceptions count as processed pages (both sides are fed the
same inputs) and are reported.
"""

from __future__ import annotations

import argparse
import contextlib
import statistics
import sys
import time
from pathlib import Path

DEFAULT_FOLDER = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "peer-html"


def _briefparse():
    import briefparse

    def run(page: bytes) -> None:
        briefparse.parse(page)

    return run


def _peers():
    try:
        from htmldate import find_date
        from trafilatura import bare_extraction
    except ImportError:
        sys.exit("trafilatura and htmldate are needed: pip install -e '.[bench]'")

    def run(page: bytes) -> None:
        bare_extraction(page, with_metadata=True)
        find_date(page, original_date=True)

    return run


def _warm_up(run, pages: list[bytes]) -> int:
    """Run every page once (imports, caches, compiled patterns); the number of pages that raised."""
    errors = 0
    for page in pages:
        try:
            run(page)
        except Exception:
            errors += 1
    return errors


def _timed(run, pages: list[bytes]) -> float:
    start = time.perf_counter()
    for page in pages:
        with contextlib.suppress(Exception):
            run(page)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT_FOLDER)
    parser.add_argument("--repeat", type=int, default=5, help="timed runs per side (median reported)")
    args = parser.parse_args()
    pages = [path.read_bytes() for path in sorted(args.folder.rglob("*.htm*"))]
    if not pages:
        print(f"no .html pages in {args.folder}", file=sys.stderr)
        return 2
    size = sum(map(len, pages)) / 1e6
    print(f"{len(pages)} pages, {size:.1f} MB, median of {args.repeat} runs after a warm-up\n")
    sides = {"briefparse.parse": _briefparse(), "trafilatura + htmldate": _peers()}
    errors = {name: _warm_up(run, pages) for name, run in sides.items()}
    runs: dict[str, list[float]] = {name: [] for name in sides}
    for _ in range(args.repeat):  # interleaved, so a busy machine slows both sides alike
        for name, run in sides.items():
            runs[name].append(_timed(run, pages))
    rows = []
    for name in sides:
        median = statistics.median(runs[name])
        rows.append((name, median, len(pages) / median, errors[name]))
    print(f"| {'tool':<24} | {'seconds':>8} | {'pages/s':>8} | {'ms/page':>8} | {'errors':>6} |")
    print(f"|{'-' * 26}|{'-' * 10}|{'-' * 10}|{'-' * 10}|{'-' * 8}|")
    for name, median, rate, failed in rows:
        print(f"| {name:<24} | {median:>8.2f} | {rate:>8.1f} | {1000 / rate:>8.1f} | {failed:>6} |")
    print(f"\nbriefparse is {rows[0][2] / rows[1][2]:.2f}x the peers' speed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
