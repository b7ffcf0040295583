"""Parse time and peak memory against input size, for ordinary briefs and for adversarial strings.

    python benchmarks/scaling.py                 # 10 KB, 100 KB, 1 MB, 10 MB and the adversarial strings
    python benchmarks/scaling.py --limit 120     # stop any one parse after 120 s (default 60)
    python benchmarks/scaling.py --quick         # 10 KB and 100 KB only
    python benchmarks/scaling.py --only people   # only the adversarial strings whose name says "people"

The whole parser runs on the bytes (decoding included); a second table times loading and segmenting
alone (load/, document.py), which must stay linear whatever the extractors do.

Ordinary input is a stream of invented briefs (French and English, several paragraphs each, with
people, roles, dates and sources), cut to size: what a big scraped page or a concatenated dump
looks like. Each parse runs twice: once for the time, once under tracemalloc for the peak memory
(tracemalloc slows Python down, so the two are not measured together). "x" is how much longer the
parse took than at the previous size: linear growth is about 10× per row, quadratic 100×. A parse
that passes --limit is stopped (SIGALRM, which also interrupts a running regex) and shown as "> limit".

The adversarial strings come from benchmarks/regex_audit.py: runs of one pattern's own alphabet
that make a backtracking pattern, or a loop over every pair of matches, grow faster than the input.
"""

from __future__ import annotations

import argparse
import gc
import signal
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

import briefparse  # noqa: E402

FR = """Le ministre des Affaires étrangères, M. Henri Valmont{n}, s'est entretenu le {d} mai 2021 à Lisbonne \
avec son homologue karvanaise, Mme Aïcha Benali{n}, a fait savoir le ministère. Les deux ministres ont passé en \
revue la coopération bilatérale, selon un communiqué publié mardi. Ils ont évoqué la préparation du sommet régional \
et la situation humanitaire dans la région des Grands Lacs.

"""
EN = """Foreign Minister Daniel Okafor{n} met on {d} March 2022 with the Ambassador of Norvania, Ingrid Solheim{n}, \
at the Ministry in Vilnius, according to a statement. The two sides discussed energy cooperation and the agenda of \
the upcoming regional summit. Minister Okafor thanked Ambassador Solheim for her country's steady support, the \
ministry said on Monday.

"""
SIZES = {"10 KB": 10_000, "100 KB": 100_000, "1 MB": 1_000_000, "10 MB": 10_000_000}


def ordinary(size: int) -> str:
    """Invented briefs, alternating languages, cut at `size` characters (at a paragraph end)."""
    parts, total, number = ["Le ministre reçoit son homologue : compte rendu des entretiens de la semaine\n\n"], 0, 0
    while total < size:
        number += 1
        part = (FR if number % 2 else EN).format(n=number, d=number % 28 + 1)
        parts.append(part)
        total += len(part)
    return "".join(parts)[:size]


def adversarial(size: int) -> dict[str, str]:
    """Strings that made some pattern or loop super-linear at some point (see benchmarks/regex_audit.py)."""
    return {
        "capital run 'AAAA…'": "A" * size,
        "end marks '.....x'": "." * size + "x",
        "initials 'A. A. …'": "A. " * (size // 3),
        "dash capitals 'A-A-…'": "A-" * (size // 2),
        "short sentences 'Aa1 Bb1 met Cc1. …'": "".join(f"Aa{i} Bb{i} met Cc{i}. " for i in range(size // 20)),
        "dates in one line '1 janvier 2020, …'": "1 janvier 2020, " * (size // 16),
        "one long line of sentences": "The minister met the ambassador in Vilnius and they discussed energy. "
        * (size // 70),
        "10 000 capitalised words": " ".join(f"Word{chr(65 + i % 26)}" for i in range(size // 6)),
        "honorifics 'M. Mr. Mme …'": "M. Mr. Mme Mrs. Dr. " * (size // 20),
        "one first name, many people 'Henri Valmont1 … Henri'": "".join(
            f"Le ministre Henri Valmont{i} a reçu Mme Aïcha Benali{i}. Henri a remercié Aïcha.\n\n"
            for i in range(size // 80)
        ),
        "one surname, many people 'Henri1 Kim … Kim'": "".join(
            f"Le ministre Henri{i} Kim a reçu Mme Aïcha{i} Benali. Kim a remercié Benali.\n\n"
            for i in range(size // 75)
        ),
    }


class _Limit(Exception):
    pass


def _stop(_signum, _frame):
    raise _Limit


def parse(text: str, language: str | None) -> str:
    """The whole parser on the bytes of `text`; what came out, in a few words."""
    data = text.encode()
    brief = briefparse.parse(data, language=language, max_bytes=len(data) + 1)
    return f"{len(brief.participants)} participants, date {brief.date}"


def load(text: str, language: str | None) -> str:
    """Decoding, normalising, paragraphs and sentences only (load/, document.py): no extractor."""
    from briefparse.document import load_document

    data = text.encode()
    document = load_document(data, language=language, max_bytes=len(data) + 1)
    return f"{len(document.paragraphs)} paragraphs, {len(document.sentences)} sentences"


def measure(text: str, language: str | None, limit: float, step=parse) -> tuple[float | None, int | None, str]:
    """(seconds, peak bytes, outcome) of one step; None when it passed the limit."""
    gc.collect()
    signal.setitimer(signal.ITIMER_REAL, limit)
    started = time.perf_counter()
    try:
        outcome = step(text, language)
    except _Limit:
        return None, None, f"stopped after {limit:g} s"
    except briefparse.BriefparseError as error:
        outcome = f"refused: {error}"
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
    seconds = time.perf_counter() - started
    tracemalloc.start()
    signal.setitimer(signal.ITIMER_REAL, max(limit, seconds * 10))
    try:
        step(text, language)
        peak = tracemalloc.get_traced_memory()[1]
    except (_Limit, briefparse.BriefparseError):
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        tracemalloc.stop()
    return seconds, peak, outcome


def table(title: str, rows: list[tuple[str, str, str | None]], limit: float, step=parse) -> None:
    print(f"\n{title}")
    print(f"  {'input':44} {'size':>8} {'time':>10} {'x':>6} {'peak memory':>12}  outcome")
    previous: float | None = None
    stopped = False
    for label, text, language in rows:
        size = len(text.encode())
        if stopped:
            print(f"  {label:44} {_size(size):>8} {'skipped':>10}")
            continue
        seconds, peak, outcome = measure(text, language, limit, step)
        if seconds is None:
            print(f"  {label:44} {_size(size):>8} {'> ' + format(limit, 'g') + ' s':>10} {'':>6} {'':>12}  {outcome}")
            stopped = True  # the larger sizes would only take longer
            continue
        growth = f"{seconds / previous:5.1f}" if previous else ""
        print(f"  {label:44} {_size(size):>8} {seconds:9.3f}s {growth:>6} {peak / 1e6:10.1f}MB  {outcome[:60]}")
        previous = seconds
        sys.stdout.flush()


def _size(size: int) -> str:
    return f"{size / 1e6:.1f} MB" if size >= 1e6 else f"{size / 1e3:.0f} KB"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=float, default=60.0, help="seconds before a parse is stopped")
    parser.add_argument("--quick", action="store_true", help="only 10 KB and 100 KB")
    parser.add_argument("--adversarial-sizes", default="10000,100000,1000000", help="comma-separated sizes")
    parser.add_argument("--only", metavar="WORDS", help="only the adversarial strings whose name holds WORDS")
    args = parser.parse_args()
    signal.signal(signal.SIGALRM, _stop)
    briefparse.parse(ordinary(3000))  # imports, language data, compiled patterns
    sizes = dict(list(SIZES.items())[:2]) if args.quick else SIZES
    python = sys.version.split()[0]
    print(f"briefparse {briefparse.__version__}, Python {python}; a parse is stopped after {args.limit:g} s")
    if not args.only:
        rows = [(f"briefs, {label}", ordinary(size), None) for label, size in sizes.items()]
        table("Ordinary briefs (language detected)", rows, args.limit)
        loading = "The same, loading and segmenting only (decode, normalise, paragraphs, sentences)"
        table(loading, rows, args.limit, load)
    adversarial_sizes = [int(s) for s in args.adversarial_sizes.split(",")]
    if args.quick:
        adversarial_sizes = adversarial_sizes[:2]
    for name in [n for n in adversarial(10) if not args.only or args.only in n]:
        for language in ("en", "fr"):
            rows = [(f"{name} [{language}]", adversarial(size)[name], language) for size in adversarial_sizes]
            table(f"Adversarial: {name}, language forced to {language}", rows, args.limit)


if __name__ == "__main__":
    main()
