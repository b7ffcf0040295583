#!/usr/bin/env python3
"""briefparse's own speed: documents per second on one core, folder runs on every core, CLI start-up.

    python benchmarks/throughput.py              # ../shared/corpus, about 10 minutes
    python benchmarks/throughput.py --quick      # 1 000 briefs, fewer runs, about 2 minutes
    python benchmarks/throughput.py FOLDER [--briefs 10000] [--repeat 5]

1. Start-up: wall time of `briefparse --help` and of `briefparse samples/fr-entretien-ministres.txt` (a small
   brief of the project's), one untimed run, then the median of `--startup-runs`. When the environment stops
   Python from writing bytecode (PYTHONDONTWRITEBYTECODE, as on the project's machines), every start compiles
   briefparse's modules again, so both are also timed with a bytecode cache in a temporary folder
   (PYTHONPYCACHEPREFIX), which is what an installed briefparse has.
2. A folder run through the CLI, `briefparse DIR --format jsonl --jobs 1` and `--jobs 0` (every core), on
   `--briefs` text briefs replicated round-robin from FOLDER's .txt files into a temporary folder (500 to a
   sub-folder); wall time of the whole command (start-up, reading, writing the JSON Lines to a file), runs of
   both interleaved, the median; each run must print one record per brief and exit 0.
3. In one process pinned to one CPU, `briefparse.parse` on every text brief (.txt) and every saved page (.html)
   of each sub-folder (pages as bytes, briefs as str), no reference date: a warm-up pass, then `--repeat` timed
   passes, the median; "ALL" is the sum of the folders' passes of each round.

The targets of issue 7 are printed with each figure.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"
SMALL_BRIEF = ROOT / "samples" / "fr-entretien-ministres.txt"
TEXT_SUFFIXES = (".txt",)
HTML_SUFFIXES = (".html", ".htm")
TARGET_TEXT, AIM_TEXT = 750.0, 1000.0  # briefs per second on one core
TARGET_SCALING = 1.7  # --jobs 0 over --jobs 1 on 2 cores
TARGET_STARTUP = 0.3  # seconds


def _command() -> list[str]:
    """The `briefparse` console script of this interpreter's environment, else `python -m briefparse`."""
    script = Path(sys.executable).parent / "briefparse"
    if script.exists():
        return [str(script)]
    found = shutil.which("briefparse")
    return [found] if found else [sys.executable, "-m", "briefparse"]


def load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "?"


def _met(ok: bool, gap: str) -> str:
    return "met" if ok else f"NOT met ({gap})"


# ------------------------------------------------------------------ 3. one core, in process
def in_process(folder: Path, repeat: int, quick: bool) -> dict[str, float]:
    import briefparse

    groups: dict[str, list[str | bytes]] = {}
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        if path.suffix in TEXT_SUFFIXES:
            kind, data = "text", path.read_text(encoding="utf-8", errors="replace")
        elif path.suffix in HTML_SUFFIXES:
            kind, data = "html", path.read_bytes()
        else:
            continue
        group = path.parent.relative_to(folder).as_posix() if path.parent != folder else "."
        groups.setdefault(f"{kind} {group}", []).append(data)
    groups = dict(sorted(groups.items(), key=lambda item: (item[0].startswith("html"), item[0])))
    if quick:
        groups = {k: v[:: max(1, len(v) // 12)] for k, v in groups.items()}
    for kind in ("text", "html"):
        merged = [d for k, v in groups.items() if k.startswith(kind + " ") for d in v]
        if merged:
            groups[f"{kind} ALL"] = merged

    def one_pass(docs) -> tuple[float, float, int]:
        errors, start, cpu = 0, time.perf_counter(), time.process_time()
        for doc in docs:
            try:
                briefparse.parse(doc)
            except Exception:
                errors += 1
        return time.perf_counter() - start, time.process_time() - cpu, errors

    errors = {name: one_pass(docs)[2] for name, docs in groups.items() if not name.endswith(" ALL")}  # warm-up
    runs: dict[str, list[float]] = {name: [] for name in groups}
    cpus: dict[str, list[float]] = {name: [] for name in groups}
    for _ in range(repeat):
        for name, docs in groups.items():
            if not name.endswith(" ALL"):
                wall, cpu, _errors = one_pass(docs)
                runs[name].append(wall)
                cpus[name].append(cpu)
    for kind in ("text", "html"):  # a pass over every document is the sum of the folders' passes of that round
        if f"{kind} ALL" in groups:
            parts = [n for n in groups if n.startswith(kind + " ") and not n.endswith(" ALL")]
            runs[f"{kind} ALL"] = [sum(runs[n][r] for n in parts) for r in range(repeat)]
            cpus[f"{kind} ALL"] = [sum(cpus[n][r] for n in parts) for r in range(repeat)]
            errors[f"{kind} ALL"] = sum(errors[n] for n in parts)

    print(f"3. briefparse.parse on one core, median of {repeat} passes after a warm-up")
    print(
        "(docs/CPU-s: documents per second of this process's CPU time, which other load on the machine barely changes)"
    )
    print(
        f"| {'documents':<22} | {'n':>5} | {'KB/doc':>7} | {'docs/s':>8} | {'ms/doc':>7} | {'docs/CPU-s':>10} "
        f"| {'errors':>6} |"
    )
    print(f"|{'-' * 24}|{'-' * 6}:|{'-' * 8}:|{'-' * 9}:|{'-' * 8}:|{'-' * 11}:|{'-' * 7}:|")
    rates = {}
    for name in sorted(groups, key=lambda n: (n.startswith("html"), n.endswith(" ALL"), n)):
        docs = groups[name]
        median = statistics.median(runs[name])
        size = sum(len(d.encode() if isinstance(d, str) else d) for d in docs) / len(docs) / 1000
        rates[name] = len(docs) / median
        bold = "**" if name.endswith(" ALL") else ""
        per_cpu = len(docs) / statistics.median(cpus[name])
        print(
            f"| {bold + name + bold:<22} | {len(docs):>5} | {size:>7.1f} | {rates[name]:>8.1f} | "
            f"{1000 * median / len(docs):>7.2f} | {per_cpu:>10.1f} | {errors[name]:>6} |"
        )
    if "text ALL" in rates:
        rate = rates["text ALL"]
        print(
            f"text: {rate:.1f} briefs/s; target {TARGET_TEXT:g}/s (aim {AIM_TEXT:g}): "
            + _met(rate >= TARGET_TEXT, f"{TARGET_TEXT / rate:.1f}x short")
        )
    if "html ALL" in rates:
        print(
            f"html: {rates['html ALL']:.1f} pages/s; the target is 3x trafilatura + htmldate on the same pages, "
            "measured side by side by benchmarks/compare.py"
        )
    print()
    return rates


# ------------------------------------------------------------------ 2. folder runs
def replicate(folder: Path, root: Path, count: int) -> int:
    sources = sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix in TEXT_SUFFIXES)
    if not sources:
        return 0
    for n in range(count):
        source = sources[n % len(sources)]
        target = root / f"folder-{n // 500:03d}"
        target.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target / f"{n:06d}-{source.name}")
    return len(sources)


def folder_runs(folder: Path, count: int, repeat: int) -> None:
    command = _command()
    with tempfile.TemporaryDirectory(prefix="briefparse-throughput-") as temporary:
        root = Path(temporary)
        sources = replicate(folder, root / "briefs", count)
        if not sources:
            print(f"2. no .txt briefs in {folder}: no folder run\n")
            return
        runs: dict[str, list[float]] = {"1": [], "0": []}
        cpus: dict[str, list[float]] = {"1": [], "0": []}
        for _ in range(repeat):
            for jobs in runs:
                out = root / f"jobs-{jobs}.jsonl"
                with out.open("wb") as stream:
                    before = resource.getrusage(resource.RUSAGE_CHILDREN)
                    start = time.perf_counter()
                    done = subprocess.run(
                        [*command, str(root / "briefs"), "--format", "jsonl", "--jobs", jobs],
                        stdout=stream,
                        stderr=subprocess.PIPE,
                    )
                    runs[jobs].append(time.perf_counter() - start)
                    after = resource.getrusage(resource.RUSAGE_CHILDREN)
                    cpus[jobs].append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
                records = sum(1 for _ in out.open("rb"))
                if done.returncode or records != count:
                    tail = done.stderr.decode(errors="replace").strip().splitlines()[-3:]
                    sys.exit(f"--jobs {jobs}: exit {done.returncode}, {records} records for {count} briefs: {tail}")
    one, every = statistics.median(runs["1"]), statistics.median(runs["0"])
    print(f"2. CLI folder run, {count} briefs ({sources} corpus briefs replicated), median of {repeat} runs each")
    print("(CPU s: user + system time of the command and its worker processes)")
    print(f"| {'command':<44} | {'seconds':>8} | {'briefs/s':>8} | {'CPU s':>8} |")
    print(f"|{'-' * 46}|{'-' * 9}:|{'-' * 9}:|{'-' * 9}:|")
    for label, seconds, jobs in (("--jobs 1", one, "1"), (f"--jobs 0 ({os.cpu_count()} cores)", every, "0")):
        cpu = statistics.median(cpus[jobs])
        print(f"| {'briefparse DIR -f jsonl ' + label:<44} | {seconds:>8.2f} | {count / seconds:>8.1f} | {cpu:>8.2f} |")
    print(
        f"every core / one core: {one / every:.2f}x; target {TARGET_SCALING:g}x on 2 cores: "
        + _met(one / every >= TARGET_SCALING, f"{TARGET_SCALING / (one / every):.2f}x short")
        + f"; runs: --jobs 1 {[round(s, 2) for s in runs['1']]}, --jobs 0 {[round(s, 2) for s in runs['0']]}"
    )
    cpu_one, cpu_every = statistics.median(cpus["1"]), statistics.median(cpus["0"])
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    print(
        f"CPU time of --jobs 0 over --jobs 1: {cpu_every / cpu_one:.2f}x (the pool's own cost: worker start-up, "
        f"passing records); ceiling on {cores} idle cores, {cores} x {cpu_one:.1f} / {cpu_every:.1f} = "
        f"{cores * cpu_one / cpu_every:.2f}x (an estimate, not a measurement; load average now {load()})\n"
    )


# ------------------------------------------------------------------ 1. start-up
def startup(runs: int) -> None:
    command = _command()
    cases = {"briefparse --help": ["--help"], f"briefparse {SMALL_BRIEF.relative_to(ROOT)}": [str(SMALL_BRIEF)]}
    envs = {"environment as is": dict(os.environ)}
    cache = None
    if sys.flags.dont_write_bytecode or os.environ.get("PYTHONDONTWRITEBYTECODE"):
        cache = tempfile.TemporaryDirectory(prefix="briefparse-pycache-")
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        envs["with a bytecode cache"] = {**env, "PYTHONPYCACHEPREFIX": cache.name}
    print(f"1. CLI start-up, wall time of one command, median of {runs} runs after one untimed run")
    print(f"| {'command':<48} | {'environment':<22} | {'seconds':>8} | {'min':>6} | {'max':>6} |")
    print(f"|{'-' * 50}|{'-' * 24}|{'-' * 9}:|{'-' * 7}:|{'-' * 7}:|")
    worst: dict[str, float] = {}
    try:
        for label, args in cases.items():
            for env_name, env in envs.items():
                times = []
                for n in range(runs + 1):
                    start = time.perf_counter()
                    done = subprocess.run([*command, *args], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
                    if done.returncode:
                        sys.exit(f"{label}: exit {done.returncode}: {done.stderr.decode(errors='replace')[-300:]}")
                    if n:
                        times.append(time.perf_counter() - start)
                median = statistics.median(times)
                worst[env_name] = max(worst.get(env_name, 0.0), median)
                print(f"| {label:<48} | {env_name:<22} | {median:>8.3f} | {min(times):>6.3f} | {max(times):>6.3f} |")
    finally:
        if cache is not None:
            cache.cleanup()
    for env_name, seconds in worst.items():
        print(
            f"start-up, {env_name}: slowest median {seconds:.3f} s; target under {TARGET_STARTUP:g} s each: "
            + _met(seconds < TARGET_STARTUP, f"{seconds - TARGET_STARTUP:.3f} s over")
        )
    print()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT_CORPUS, help="default: %(default)s")
    parser.add_argument(
        "--briefs", type=int, default=None, help="briefs in the folder run (default 10000, --quick 1000)"
    )
    parser.add_argument("--repeat", type=int, default=None, help="timed passes in process (default 5, --quick 2)")
    parser.add_argument(
        "--folder-runs", type=int, default=None, help="runs of each folder command (default 3, --quick 1)"
    )
    parser.add_argument("--startup-runs", type=int, default=None, help="runs of each start-up (default 10, --quick 5)")
    parser.add_argument("--quick", action="store_true", help="a short run: fewer documents and runs")
    parser.add_argument(
        "--skip",
        action="append",
        default=[],
        choices=["process", "folder", "startup"],
        help="leave out a part (repeatable)",
    )
    args = parser.parse_args()
    if not args.folder.is_dir():
        print(f"not a folder: {args.folder}", file=sys.stderr)
        return 2
    quick = args.quick
    print(f"# briefparse throughput, {dt.date.today().isoformat()}")
    cpu = platform.machine()
    with contextlib.suppress(OSError):
        cpu = next(
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        )
    commit = (
        subprocess.run(
            ["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True, text=True
        ).stdout.strip()
        or "?"
    )
    dirty = subprocess.run(
        ["git", "-C", str(ROOT), "status", "--porcelain", "--", "src"], capture_output=True, text=True
    ).stdout.strip()
    print(
        f"machine: {cpu}, {os.cpu_count()} cores, {platform.system()} {platform.release()}, Python "
        f"{platform.python_version()}; load average {load()}; commit {commit}{', src/ modified' if dirty else ''}; "
        f"command: {' '.join(_command())}\n"
    )
    if "startup" not in args.skip:
        startup(args.startup_runs or (5 if quick else 10))
    if "folder" not in args.skip:
        folder_runs(args.folder, args.briefs or (1000 if quick else 10_000), args.folder_runs or (1 if quick else 3))
    if "process" not in args.skip:
        affinity = os.sched_getaffinity(0) if hasattr(os, "sched_getaffinity") else None
        if affinity:
            os.sched_setaffinity(0, {min(affinity)})
        try:
            in_process(args.folder, args.repeat or (2 if quick else 5), quick)
        finally:
            if affinity:
                os.sched_setaffinity(0, affinity)
    print(
        f"load average at the end: {load()} (other processes on the machine slow every figure, and a folder run "
        "on every core most)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
