#!/usr/bin/env python3
"""What the gazetteer (briefparse.places) costs: data size, load time and memory, time per lookup.

    python benchmarks/places.py [--runs 5]

1. Data: the bytes of each shipped file, and its lines.
2. Load: in a fresh interpreter for each run (the languages already imported, as in a parse), the wall time of
   the first lookup, which reads both files, and the growth of the process's peak RSS; the median of `--runs`.
3. Lookups: in one process, after the load, the mean time of a lookup that its cache has not seen (each name
   of a list of cities, countries, regions, people's names and declined Russian forms, the cache cleared before
   each pass), and of one it has: the best and the median pass (the best is the cost; the rest is the machine's
   other load). Then the three slowest names, each at its best of five.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from importlib.resources import files
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

NAMES = {
    "fr": ["Luanda", "Angola", "Moyen-Orient", "Pékin", "Jean Dupont", "Nouakchott", "Palais de Carthage"],
    "en": ["New York", "Jackson", "Tom Jackson", "Indo-Pacific", "Islamabad", "Ministry of Foreign Affairs"],
    "de": ["Wien", "Nahen Osten", "Maria Schmidt", "Warschau", "Südafrika"],
    "es": ["Montevideo", "Sudáfrica", "Oriente Medio", "Ana García", "Palacio de la Moneda"],
    "ru": ["Москве", "Анголе", "Ближнем Востоке", "Сергея Лаврова", "Нижнем Новгороде", "Хельсинки"],
}

_LOAD = """
import json, resource, time
from briefparse.lang import get_language, supported_languages
for code in supported_languages():
    get_language(code).months
from briefparse import places
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
start = time.perf_counter()
places.lookup("Luanda", "fr")
seconds = time.perf_counter() - start
grown = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
print(json.dumps({"ms": seconds * 1000, "mb": grown / 1024}))
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    from briefparse import places

    for name in (places.PLACES_FILE, places.NAMES_FILE):
        data = files("briefparse").joinpath("data", name).read_bytes()
        print(f"{name}: {len(data) / 1e6:.2f} MB")
    loads = [
        json.loads(subprocess.run([sys.executable, "-c", _LOAD], capture_output=True, text=True, check=True).stdout)
        for _ in range(args.runs)
    ]
    load_ms = statistics.median(load["ms"] for load in loads)
    load_mb = statistics.median(load["mb"] for load in loads)
    print(f"load (first lookup), median of {args.runs} fresh processes: {load_ms:.0f} ms, peak RSS +{load_mb:.1f} MB")
    pairs = [(name, code) for code, names in NAMES.items() for name in names]
    for _, code in pairs:
        places.lookup("Luanda", code)  # each language's data loaded before the timing
    for label, clear in (("uncached", True), ("cached", False)):
        times = []
        for _ in range(20):
            if clear:
                places.places.cache_clear()
                places.place_key.cache_clear()
            start = time.perf_counter()
            for name, code in pairs:
                places.places(name, code)
            times.append((time.perf_counter() - start) / len(pairs))
        best, median = min(times) * 1e6, statistics.median(times) * 1e6
        print(f"lookup, {label}: {best:.1f} µs per name at best, {median:.1f} µs median, of 20 passes")
    slowest = []
    for name, code in pairs:
        times = []
        for _ in range(5):
            places.places.cache_clear()
            start = time.perf_counter()
            places.places(name, code)
            times.append(time.perf_counter() - start)
        slowest.append((min(times) * 1e6, name, code))
    print("slowest uncached:", ", ".join(f"{n} ({c}) {us:.0f} µs" for us, n, c in sorted(slowest, reverse=True)[:3]))


if __name__ == "__main__":
    main()
