#!/usr/bin/env python3
"""briefparse against the tools a user would glue together instead: accuracy, speed and memory, one run.

    pip install -e '.[compare]'
    python benchmarks/compare.py                 # ../shared/corpus, about 10 minutes on 2 cores
    python benchmarks/compare.py --quick         # ~24 text and ~24 HTML cases, 2 timed passes, no memory: ~1 minute
    python benchmarks/compare.py FOLDER          # any folder of cases (<id>.txt or <id>.html + <id>.json gold)

Every tool gets the same inputs (text briefs as str, saved pages as bytes, as ../shared/eval/score.py feeds
briefparse) and its output is turned into a record with briefparse's field names, then scored with the
scorer's own `score_case` and `aggregate`, imported from ../shared/eval/score.py (`--scorer` for another copy):

- briefparse: `briefparse.parse(input, reference_date=...)`, every field;
- py3langid: `classify(text)` for `language` (saved pages: the text trafilatura extracted);
- dateparser: `search_dates(text, languages=[py3langid's code], settings={"RELATIVE_BASE": reference date})`,
  the first date found is `date` (dateparser's own language detection when it does not know py3langid's code);
- spaCy `fr_core_news_sm` (the default pipeline, `--spacy-ner-only` for NER alone): PER entities are
  `participants`, a name dropped when its words are part of an earlier one; it runs on every text brief (a
  stack needs names for every brief, so that is its cost) and is scored on the French cases;
- lead-5: the first five sentences after the first line are `summary_points`;
- first line: the first non-empty line is `title`;
- htmldate: `find_date(page, original_date=True)` is `published`;
- trafilatura: `bare_extraction(page, with_metadata=True)`: `title`, `authors` (its `author`, split on ';'),
  `site_name` (its `sitename`) and `published` (its `date`).

A row compares tools on the same cases; a tool has a cell only for the fields it gives. Speed: the scoring pass
is the warm-up, then every tool makes `--repeat` timed passes over its inputs, interleaved (a busy moment slows
every tool alike), on one core (the process is pinned to one CPU); the table shows each tool's median.
"text stack" is py3langid + dateparser + spaCy + lead-5 + first line, "HTML stack" trafilatura + htmldate (the
issue's peers): their time per pass is the sum of their parts' medians. Memory: each tool runs once more in a
child process of its own (import, model load, one pass); the table shows its peak resident set above that of a
child that only loaded the inputs, and the import + load time.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import importlib.metadata
import json
import logging
import os
import platform
import re
import resource
import statistics
import subprocess
import sys
import time
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"
DEFAULT_SCORER = ROOT.parent / "shared" / "eval" / "score.py"
QUICK_CASES = 24  # per kind (text, HTML) with --quick
TEXT_STACK = ("py3langid", "dateparser", "spaCy", "lead-5", "first line")
HTML_STACK = ("trafilatura", "htmldate")
TARGETS = {"text": 50.0, "html": 3.0}  # issue 7: briefparse / stack, documents per second


@dataclass
class Case:
    path: Path
    gold: dict
    data: str | bytes  # what the tools get
    text: str  # what the scorer checks points against (score.py reads the input the same way)
    reference: dt.date | None

    @property
    def kind(self) -> str:
        return "html" if self.path.suffix == ".html" else "text"


def load_scorer(path: Path):
    if not path.exists():
        sys.exit(f"scorer not found: {path} (give --scorer PATH)")
    sys.path.insert(0, str(path.parent))
    import score  # the scorer's own rules, never rewritten here

    return score


def load_cases(scorer, folder: Path, quick: bool) -> list[Case]:
    cases = []
    for inp, _gold_path, gold in scorer.load_cases([folder]):
        ref = gold.get("reference_date")
        data = inp.read_bytes() if inp.suffix == ".html" else inp.read_text(encoding="utf-8")
        text = inp.read_text(encoding="utf-8", errors="replace")
        cases.append(Case(inp, gold, data, text, dt.date.fromisoformat(ref) if ref else None))
    if quick:  # an even spread over the folders, the same every run
        picked = []
        for kind in ("text", "html"):
            of_kind = [c for c in cases if c.kind == kind]
            step = max(1, -(-len(of_kind) // QUICK_CASES))
            picked += of_kind[::step]
        cases = picked
    return cases


# ------------------------------------------------------------------ the tools
class Tool:
    """One tool: `setup` imports and loads it, `run` handles one input, `pred` turns an output into fields."""

    name = ""
    kinds: tuple[str, ...] = ()
    fields: frozenset[str] = frozenset()  # the aggregate keys it gives
    scored_on = "all"  # "all" or "fr": the cases its fields are scored on

    def setup(self, options) -> None:
        pass

    def inputs(self, cases: list[Case], kind: str, context: dict) -> list:
        return [c.data for c in cases]

    def run(self, item) -> Any:
        raise NotImplementedError

    def pred(self, out) -> dict:
        raise NotImplementedError


class Briefparse(Tool):
    name, kinds = "briefparse", ("text", "html")
    fields = frozenset({"*"})

    def setup(self, options) -> None:
        import briefparse

        self.parse = briefparse.parse

    def inputs(self, cases, kind, context):
        return [(c.data, c.reference) for c in cases]

    def run(self, item):
        data, reference = item
        return self.parse(data, reference_date=reference)

    def pred(self, out):
        return out.model_dump(mode="json")


class Langid(Tool):
    name, kinds = "py3langid", ("text", "html")
    fields = frozenset({"language"})

    def setup(self, options) -> None:
        import py3langid

        self.classify = py3langid.classify

    def inputs(self, cases, kind, context):
        if kind == "html":  # a page's language is that of the text trafilatura extracts from it
            return list(context["html_texts"])
        return [c.data for c in cases]

    def run(self, item):
        return self.classify(item)[0] if item else None

    def pred(self, out):
        return {"language": out}


class Dateparser(Tool):
    name, kinds = "dateparser", ("text",)
    fields = frozenset({"date"})

    def setup(self, options) -> None:
        from dateparser.search import search_dates

        self.search_dates = search_dates

    def inputs(self, cases, kind, context):
        out = []
        for c, lang in zip(cases, context["langs"], strict=True):
            settings = {"RELATIVE_BASE": dt.datetime.combine(c.reference, dt.time())} if c.reference else None
            out.append((c.data, lang, settings))
        return out

    def run(self, item):
        text, lang, settings = item
        try:
            found = self.search_dates(text, languages=[lang] if lang else None, settings=settings)
        except ValueError:  # a language dateparser does not know: let it detect one
            found = self.search_dates(text, settings=settings)
        return found[0][1].date().isoformat() if found else None

    def pred(self, out):
        return {"date": out}


class Spacy(Tool):
    name, kinds = "spaCy", ("text",)
    fields = frozenset({"participants_f1", "participants_p", "participants_r"})
    scored_on = "fr"

    def setup(self, options) -> None:
        import spacy

        nlp = spacy.load("fr_core_news_sm")
        if options.spacy_ner_only:
            nlp = spacy.load("fr_core_news_sm", disable=[p for p in nlp.pipe_names if p != "ner"])
        self.nlp = nlp

    def run(self, item):
        names: list[str] = []
        for ent in self.nlp(item).ents:
            if ent.label_ != "PER":
                continue
            words = set(ent.text.split())
            if not any(words <= set(n.split()) for n in names):
                names.append(ent.text)
        return names

    def pred(self, out):
        return {"participants": [{"name": n} for n in out]}


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


SENTENCE_END = re.compile(r"(?<=[.!?…])[\"»”’)\]]*\s+")


class Lead5(Tool):
    name, kinds = "lead-5", ("text",)
    fields = frozenset({"key_points@5", "grounded"})

    def run(self, item):
        lines = _lines(item)
        body = lines[1:] if len(lines) > 1 else lines  # the first line is the title
        sentences = [s for line in body for s in SENTENCE_END.split(line) if s.strip()]
        return sentences[:5]

    def pred(self, out):
        return {"summary_points": out}


class FirstLine(Tool):
    name, kinds = "first line", ("text",)
    fields = frozenset({"title"})

    def run(self, item):
        lines = _lines(item)
        return lines[0] if lines else None

    def pred(self, out):
        return {"title": out}


class Htmldate(Tool):
    name, kinds = "htmldate", ("html",)
    fields = frozenset({"published"})

    def setup(self, options) -> None:
        from htmldate import find_date

        self.find_date = find_date

    def run(self, item):
        return self.find_date(item, original_date=True)

    def pred(self, out):
        return {"published": out}


class Trafilatura(Tool):
    name, kinds = "trafilatura", ("html",)
    fields = frozenset({"title", "authors", "site_name", "published"})

    def setup(self, options) -> None:
        from trafilatura import bare_extraction

        self.bare_extraction = bare_extraction

    def run(self, item):
        doc = self.bare_extraction(item, with_metadata=True)
        if doc is None:
            return None
        doc = doc if isinstance(doc, dict) else doc.as_dict()
        return {k: doc.get(k) for k in ("title", "author", "sitename", "date", "text")}

    def pred(self, out):
        if not out:
            return {}
        authors = [a.strip() for a in (out["author"] or "").split(";") if a.strip()]
        return {"title": out["title"], "authors": authors, "site_name": out["sitename"], "published": out["date"]}


TOOLS: dict[str, Tool] = {
    t.name: t for t in (Briefparse(), Langid(), Dateparser(), Spacy(), Lead5(), FirstLine(), Htmldate(), Trafilatura())
}
TIMED = {("py3langid", "html"): False}  # language of extracted text: scored, not a page rate


def _quiet() -> None:
    logging.disable(logging.CRITICAL)
    warnings.filterwarnings("ignore")


def _pin_one_core() -> str:
    if hasattr(os, "sched_setaffinity"):
        cpu = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {cpu})
        return f"pinned to CPU {cpu}"
    return "not pinned (no sched_setaffinity)"


def _context(outputs: dict) -> dict:
    """What one tool's inputs take from another's outputs (the stack's own plumbing, timed where it runs)."""
    context: dict = {}
    if ("py3langid", "text") in outputs:
        context["langs"] = outputs[("py3langid", "text")]
    if ("trafilatura", "html") in outputs:
        context["html_texts"] = [(o or {}).get("text") or "" for o in outputs[("trafilatura", "html")]]
    return context


def _jobs(names: list[str]) -> list[tuple[str, str]]:
    """(tool, kind) in the order their inputs can be built."""
    order = ["briefparse", "py3langid", "dateparser", "spaCy", "lead-5", "first line", "trafilatura", "htmldate"]
    jobs = [(n, k) for n in order if n in names for k in TOOLS[n].kinds if k == "text"]
    jobs += [(n, "html") for n in order if n in names and "html" in TOOLS[n].kinds and n != "py3langid"]
    if "py3langid" in names and "trafilatura" in names:
        jobs.append(("py3langid", "html"))
    return jobs


def _one_pass(tool: Tool, inputs: list) -> tuple[list, int]:
    outs, errors = [], 0
    for item in inputs:
        try:
            outs.append(tool.run(item))
        except Exception:
            outs.append(None)
            errors += 1
    return outs, errors


def _timed_pass(tool: Tool, inputs: list) -> float:
    start = time.perf_counter()
    for item in inputs:
        with contextlib.suppress(Exception):
            tool.run(item)
    return time.perf_counter() - start


# ------------------------------------------------------------------ memory, in a child per tool
def probe(options) -> int:
    """Child: load the inputs, then (unless 'inputs') set the tool(s) up and make one pass; print JSON."""
    _quiet()
    _pin_one_core()
    scorer = load_scorer(options.scorer)
    cases = load_cases(scorer, options.folder, options.quick)
    context = json.loads(sys.stdin.read() or "{}")
    name, kind = options.probe.split(":")
    of_kind = [c for c in cases if c.kind == kind]
    names = {"text stack": TEXT_STACK, "HTML stack": HTML_STACK, "inputs": ()}.get(name, (name,))
    start = time.perf_counter()
    tools = [TOOLS[n] for n in names]
    for tool in tools:
        tool.setup(options)
    loaded = time.perf_counter()
    for tool in tools:
        _one_pass(tool, tool.inputs(of_kind, kind, context))
    print(json.dumps({"load_s": loaded - start, "pass_s": time.perf_counter() - loaded, "maxrss_kib": _peak_kib()}))
    return 0


def _peak_kib() -> int:
    """Peak resident set of this process. VmHWM, since ru_maxrss keeps the parent's peak across fork + exec."""
    with contextlib.suppress(OSError):
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak // 1024 if sys.platform == "darwin" else peak


def run_probe(options, name: str, kind: str, context: dict) -> dict:
    argv = [sys.executable, __file__, str(options.folder), "--probe", f"{name}:{kind}", "--scorer", str(options.scorer)]
    argv += ["--quick"] * options.quick + ["--spacy-ner-only"] * options.spacy_ner_only
    done = subprocess.run(argv, input=json.dumps(context), capture_output=True, text=True)
    if done.returncode:
        return {"error": done.stderr.strip().splitlines()[-1:] or ["?"]}
    return json.loads(done.stdout)


# ------------------------------------------------------------------ the run
def _versions() -> str:
    out = []
    for package in ("briefparse", "py3langid", "dateparser", "spacy", "fr-core-news-sm", "htmldate", "trafilatura"):
        try:
            out.append(f"{package} {importlib.metadata.version(package)}")
        except importlib.metadata.PackageNotFoundError:
            out.append(f"{package} missing")
    git = ["git", "-C", str(ROOT)]
    with contextlib.suppress(Exception):
        commit = subprocess.run([*git, "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
        dirty = subprocess.run([*git, "status", "--porcelain", "--", "src"], capture_output=True, text=True).stdout
        out[0] += f" (commit {commit}{', src/ modified' if dirty.strip() else ''})"
    return ", ".join(out)


def _machine() -> str:
    cpu = platform.processor() or platform.machine()
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    system = f"{platform.system()} {platform.release()}"
    return f"{cpu}, {os.cpu_count()} cores, {system}, Python {platform.python_version()}"


def _load() -> str:
    with contextlib.suppress(OSError, AttributeError):
        return "load average " + " ".join(f"{x:.2f}" for x in os.getloadavg())
    return "load average unknown"


def _fmt(value: float | None, digits: int = 3) -> str:
    return "—" if value is None else f"{value:.{digits}f}"


ROWS = [  # (aggregate key, case set)
    ("date", "text"),
    ("published", "text"),
    ("published", "html"),
    ("title", "text"),
    ("title", "html"),
    ("authors", "html"),
    ("site_name", "html"),
    ("language", "text"),
    ("language", "html"),
    ("participants_f1", "fr"),
    ("participants_p", "fr"),
    ("participants_r", "fr"),
    ("participants_f1", "text"),
    ("roles", "text"),
    ("source", "text"),
    ("event_type", "text"),
    ("location", "text"),
    ("key_points@5", "text"),
    ("grounded", "text"),
]
SUBSET_LABEL = {"text": "text", "html": "HTML", "fr": "French text"}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT_CORPUS, help="cases (default: %(default)s)")
    parser.add_argument("--repeat", type=int, default=None, help="timed passes per tool (default 5, --quick 2)")
    parser.add_argument("--quick", action="store_true", help=f"about {QUICK_CASES} text and HTML cases, 2 passes")
    parser.add_argument("--scorer", type=Path, default=DEFAULT_SCORER, help="score.py (default: %(default)s)")
    parser.add_argument("--spacy-ner-only", action="store_true", help="spaCy with its other components disabled")
    parser.add_argument(
        "--no-memory", action="store_true", help="skip the child runs that measure memory (--quick skips them too)"
    )
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write every figure to FILE")
    parser.add_argument("--probe", help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.probe:
        return probe(options)
    repeat = options.repeat or (2 if options.quick else 5)
    _quiet()
    pinned = _pin_one_core()
    load_before = _load()
    scorer = load_scorer(options.scorer)
    cases = load_cases(scorer, options.folder, options.quick)
    if not cases:
        print(f"no cases in {options.folder}", file=sys.stderr)
        return 2
    by_kind = {k: [c for c in cases if c.kind == k] for k in ("text", "html")}
    try:
        for tool in TOOLS.values():
            tool.setup(options)
    except (ImportError, OSError) as error:
        sys.exit(f"{error}\nthe compared tools are needed: pip install -e '.[compare]'")

    # Scoring pass, which is also the warm-up.
    outputs: dict[tuple[str, str], list] = {}
    errors: dict[tuple[str, str], int] = {}
    inputs: dict[tuple[str, str], list] = {}
    for name, kind in _jobs(list(TOOLS)):
        if not by_kind[kind]:
            continue
        tool = TOOLS[name]
        inputs[name, kind] = tool.inputs(by_kind[kind], kind, _context(outputs))
        outputs[name, kind], errors[name, kind] = _one_pass(tool, inputs[name, kind])

    index = {id(c): i for i, c in enumerate(cases)}
    preds: dict[str, list[dict | None]] = {name: [None] * len(cases) for name in TOOLS}
    for (name, kind), outs in outputs.items():
        for case, out in zip(by_kind[kind], outs, strict=True):
            i = index[id(case)]
            fields = TOOLS[name].pred(out) if out is not None else {}
            preds[name][i] = {**(preds[name][i] or {}), **fields}
    subsets = {
        "text": [i for i, c in enumerate(cases) if c.kind == "text"],
        "html": [i for i, c in enumerate(cases) if c.kind == "html"],
        "fr": [i for i, c in enumerate(cases) if c.kind == "text" and c.gold.get("language") == "fr"],
    }
    results = {
        name: [scorer.score_case(c.gold, preds[name][i] or {}, c.text) for i, c in enumerate(cases)] for name in TOOLS
    }

    # Timed passes, interleaved.
    timed = [job for job in inputs if TIMED.get(job, True)]
    runs: dict[tuple[str, str], list[float]] = {job: [] for job in timed}
    for _ in range(repeat):
        for job in timed:
            runs[job].append(_timed_pass(TOOLS[job[0]], inputs[job]))
    median = {job: statistics.median(r) for job, r in runs.items()}
    for kind, stack in (("text", TEXT_STACK), ("html", HTML_STACK)):
        if all((n, kind) in median for n in stack):
            median[f"{kind} stack", kind] = sum(median[n, kind] for n in stack)

    memory: dict[tuple[str, str], dict] = {}
    if not (options.no_memory or options.quick):
        context = _context(outputs)
        for kind in ("text", "html"):
            if not by_kind[kind]:
                continue
            ctx = {"langs": context.get("langs")} if kind == "text" else {}
            memory["inputs", kind] = run_probe(options, "inputs", kind, ctx)
            names = [n for n in TOOLS if kind in TOOLS[n].kinds and TIMED.get((n, kind), True)]
            names.append("text stack" if kind == "text" else "HTML stack")
            for name in names:
                memory[name, kind] = run_probe(options, name, kind, ctx)

    # The table.
    columns = [*TOOLS, "text stack", "HTML stack"]
    stack_key = {"text stack": ("text stack", "text"), "HTML stack": ("html stack", "html")}
    lines = [f"| field | cases | n | {' | '.join(columns)} |", "|---|---|--:|" + "--:|" * len(columns)]
    behind = []
    for field, subset in ROWS:
        rows = [results["briefparse"][i] for i in subsets[subset]]
        mine = scorer.aggregate(rows).get(field) if rows else None
        if mine is None:
            continue
        cells = []
        for name in columns:
            tool = TOOLS.get(name)
            gives = tool is not None and ("*" in tool.fields or field in tool.fields)
            if (
                not gives
                or (tool.scored_on == "fr" and subset != "fr")
                or not all(preds[name][i] is not None for i in subsets[subset])
            ):
                cells.append("—")
                continue
            value = scorer.aggregate([results[name][i] for i in subsets[subset]]).get(field, (0.0, 0))[0]
            cells.append(_fmt(value))
            if name != "briefparse" and value > mine[0] + 1e-9:
                behind.append(f"{field} ({SUBSET_LABEL[subset]}): briefparse {mine[0]:.3f} < {name} {value:.3f}")
        lines.append(f"| {field} | {SUBSET_LABEL[subset]} | {mine[1]} | {' | '.join(cells)} |")

    def speed_cells(kind: str) -> list[str]:
        cells = []
        for name in columns:
            key = stack_key.get(name, (name, kind))
            if key[1] != kind or key not in median:
                cells.append("—")
            else:
                cells.append(f"{len(by_kind[kind]) / median[key]:.1f}" if median[key] else "—")
        return cells

    def memory_cells(kind: str, what: str) -> list[str]:
        base = memory.get(("inputs", kind), {})
        cells = []
        for name in columns:
            m = memory.get((name, kind))
            if name in ("text stack", "HTML stack") and (name == "text stack") != (kind == "text"):
                m = None
            if not m or "error" in m or "error" in base:
                cells.append("—" if not m else "error")
            elif what == "rss":
                extra = (m["maxrss_kib"] - base["maxrss_kib"]) / 1024
                cells.append(f"{extra:.1f}" if extra >= 0.05 else "≈0")
            else:
                cells.append(f"{m['load_s']:.2f}")
        return cells

    for kind, label in (("text", "text briefs"), ("html", "HTML pages")):
        if not by_kind[kind]:
            continue
        n = len(by_kind[kind])
        lines.append(f"| docs/s, median of {repeat} | {label} | {n} | {' | '.join(speed_cells(kind))} |")
        if memory:
            lines.append(f"| peak RSS MiB | {label} | {n} | {' | '.join(memory_cells(kind, 'rss'))} |")
            lines.append(f"| import + load s | {label} | {n} | {' | '.join(memory_cells(kind, 'load'))} |")

    print(f"# briefparse compared, {dt.date.today().isoformat()}")
    print(f"machine: {_machine()}; {pinned}; {load_before} at the start, {_load()} at the end")
    print(f"versions: {_versions()}")
    print(
        f"cases: {len(by_kind['text'])} text ({len(subsets['fr'])} French), {len(by_kind['html'])} HTML, "
        f"from {options.folder}{' (--quick)' if options.quick else ''}; spaCy pipeline: "
        f"{'NER only' if options.spacy_ner_only else 'default'}\n"
    )
    print("\n".join(lines))
    if not memory:
        print("\nmemory not measured (--quick or --no-memory)")
    failed = {f"{n} {k}": e for (n, k), e in errors.items() if e}
    if failed:
        print(f"\ninputs that raised (scored as empty, timed as processed): {failed}")
    print(
        "n: what the scorer counts for the field: cases; gold names (participants_f1, _r); briefparse's names "
        "(participants_p); gold roles (roles); briefparse's points (grounded)"
    )
    if memory:
        base = {
            k: round(memory["inputs", k].get("maxrss_kib", 0) / 1024, 1)
            for k in ("text", "html")
            if ("inputs", k) in memory
        }
        print(f"peak RSS is above a child that only loaded the inputs ({base} MiB)")
    print()
    verdicts = []
    for kind, stack in (("text", "text stack"), ("html", "html stack")):
        if ("briefparse", kind) in median and (stack, kind) in median:
            ratio = median[stack, kind] / median["briefparse", kind]
            target = TARGETS[kind]
            verdict = "met" if ratio >= target else f"NOT met, {target / ratio:.1f}x short"
            verdicts.append(
                f"{kind}: briefparse is {ratio:.2f}x the {stack}'s documents per second (target {target:g}x: {verdict})"
            )
    verdicts.append(
        "accuracy: briefparse at or above every tool on every shared field: "
        + ("met" if not behind else "NOT met: " + "; ".join(behind))
    )
    if options.quick:
        verdicts.append("(--quick: a sample of the cases and 2 passes; run without --quick for the figures to quote)")
    print("\n".join(verdicts))
    if options.json:
        options.json.write_text(
            json.dumps(
                {
                    "table": lines,
                    "verdicts": verdicts,
                    "errors": failed,
                    "seconds": {f"{n} {k}": r for (n, k), r in runs.items()},
                    "memory": {f"{n} {k}": m for (n, k), m in memory.items()},
                },
                indent=1,
            ),
            encoding="utf-8",
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
