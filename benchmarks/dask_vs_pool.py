"""Briefs per second: the local process pool (`--jobs 0`) against `--engine dask` on a local cluster.

    python benchmarks/dask_vs_pool.py [--briefs 20000] [--workers 2]

Both runs go through the CLI, start-up included, on the samples replicated into a temporary folder;
the script checks that both wrote the same records.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import IO

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def replicate(root: Path, count: int) -> None:
    """`count` brief files under root, 500 to a folder, copied round-robin from samples/."""
    samples = sorted(SAMPLES.iterdir())
    for n in range(count):
        sample = samples[n % len(samples)]
        folder = root / f"folder-{n // 500:03d}"
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(sample, folder / f"{n:06d}-{sample.name}")


def timed(args: list[str], stdout: IO[bytes] | int) -> float:
    """Seconds that `briefparse ARGS` took; stops the benchmark if it failed."""
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "briefparse", *args], stdout=stdout, check=True)
    return time.perf_counter() - started


def main() -> None:
    """Replicate, run both engines, print briefs per second and check the records agree."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--briefs", type=int, default=20_000)
    parser.add_argument("--workers", type=int, default=2, help="Workers of the local Dask cluster.")
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="briefparse-bench-") as temporary:
        root = Path(temporary)
        replicate(root / "briefs", arguments.briefs)
        with (root / "pool.jsonl").open("wb") as stream:
            pool = timed([str(root / "briefs"), "--format", "jsonl", "--jobs", "0"], stream)
        dask = timed(
            [str(root / "briefs"), "--engine", "dask", "--jobs", str(arguments.workers), "--out", str(root / "dask")],
            subprocess.DEVNULL,
        )
        pool_records = (root / "pool.jsonl").read_text(encoding="utf-8").splitlines()
        dask_records = [
            line
            for part in sorted((root / "dask" / "briefs").glob("part-*.jsonl"))
            for line in part.read_text(encoding="utf-8").splitlines()
        ]
        same = len(pool_records) == arguments.briefs and [json.loads(r) for r in pool_records] == [
            json.loads(r) for r in dask_records
        ]
    for name, seconds in (("local pool, --jobs 0", pool), (f"dask, {arguments.workers}-worker LocalCluster", dask)):
        print(f"{name:30} {arguments.briefs / seconds:8.1f} briefs/s ({seconds:.1f} s for {arguments.briefs})")
    print(f"dask / pool: {pool / dask:.2f}; same records: {same}")


if __name__ == "__main__":
    main()
