"""Audit every regular expression briefparse compiles for super-linear backtracking.

    python benchmarks/regex_audit.py            # every pattern, worst first
    python benchmarks/regex_audit.py --all      # also the patterns that scale linearly

How: `re._compile` is wrapped before briefparse is imported, and a few briefs in every language
(text and HTML) are parsed, so every pattern that the parser compiles (module constants, patterns
built from language data, patterns built inside functions) is recorded with the line that
compiled it. For each pattern, adversarial strings are built from the pattern's own alphabet: its
literal characters, members of its character classes, its literal words (month names, role
words…), each repeated, alone, in pairs and with a separator, so that partial matches pile up and a
failing character at the end forces backtracking. Each string is searched (`finditer`, the most
demanding way the parser uses a pattern) at two sizes, N and 4N: a linear pattern takes about 4×
longer, a quadratic one about 16×. A search that takes longer than --limit seconds is stopped (SIGALRM)
and reported as such.

Patterns that only ever run on a bounded window (a title, 160 characters before a name, the first
800 characters) are reported too, with their call site: whether the window bounds them is read off
that line. `benchmarks/scaling.py` runs the strings that matter through the whole parser.
"""

from __future__ import annotations

import argparse
import itertools
import re
import signal
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

_SEEN: dict[tuple[str, int], str] = {}
_original_compile = re._compile  # type: ignore[attr-defined]


def _recording_compile(pattern, flags):
    if isinstance(pattern, str) and (pattern, int(flags)) not in _SEEN:
        frame = sys._getframe(1)
        while frame and (
            frame.f_code.co_filename.endswith(("re/__init__.py", "re.py")) or "/re/" in frame.f_code.co_filename
        ):
            frame = frame.f_back
        where = "?"
        if frame is not None:
            filename = frame.f_code.co_filename
            if "briefparse" in filename:
                where = f"{filename.split('src/')[-1]}:{frame.f_lineno}"
        _SEEN[(pattern, int(flags))] = where
    return _original_compile(pattern, flags)


re._compile = _recording_compile  # type: ignore[attr-defined]

FR_BRIEF = """Entretien téléphonique entre les ministres des Affaires étrangères de Lusitanie et du Karvan

Lisbonne, le 12 mai 2021 (Agence Lusa) – Le ministre des Affaires étrangères, M. Henri Valmont, s'est entretenu
mardi par téléphone avec son homologue karvanaise, Mme Aïcha Benali-Roux, a fait savoir le ministère.
Selon le communiqué, les deux ministres ont passé en revue la coopération. Hier, le président a reçu l'ambassadeur.
Publié le 13/05/2021 à 10h30. Source : Agence Lusa
"""
EN_BRIEF = """Foreign Minister holds talks with the Ambassador of Norway

VILNIUS, March 3, 2022 (ELTA) - Foreign Minister Daniel Okafor met on Wednesday with the Ambassador of Norway,
Ingrid Solheim, at the Ministry in Vilnius, according to a statement. Last Monday, Mr. Okafor visited Oslo.
The two sides discussed energy cooperation, the ministry said. Posted 2022-03-04. By Staff Reporter
"""
HTML_PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Minister visits Oslo</title>
<meta property="og:title" content="Minister visits Oslo"><meta name="author" content="Jane Roe">
<meta property="article:published_time" content="2022-03-04T10:00:00Z">
<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Minister visits Oslo",
"datePublished": "2022-03-04", "author": {"name": "Jane Roe"}}</script></head>
<body><article><h1>Minister visits Oslo</h1><p class="byline">By Jane Roe</p><time datetime="2022-03-04">4 March</time>
<p>Foreign Minister Daniel Okafor met on Wednesday with Prime Minister Kari Berg in Oslo.</p></article></body></html>
"""

# Representatives of the character classes a pattern may use.
_POOL = "aeiouzAEIOUZ019_ .,;:!?'’\"«»“”()[]-–—/|&@#\n\téÉàÀçÇœßñЯяαΩ…•·©+*=<>%$§"
_CATEGORY_MEMBERS = {
    "CATEGORY_DIGIT": "19",
    "CATEGORY_NOT_DIGIT": "a ",
    "CATEGORY_SPACE": " \n",
    "CATEGORY_NOT_SPACE": "aA.",
    "CATEGORY_WORD": "aA1_é",
    "CATEGORY_NOT_WORD": " .-",
}


def _alphabet(pattern: str, flags: int) -> tuple[set[str], set[str]]:
    """The characters a pattern mentions and its literal words (two or more literal characters in a row)."""
    from re import _parser  # type: ignore[attr-defined]

    chars: set[str] = set()
    words: set[str] = set()

    def walk(items) -> None:
        run = ""
        for op, arg in items:
            name = str(op)
            if name == "LITERAL":
                chars.add(chr(arg))
                run += chr(arg)
                continue
            if len(run) >= 2:
                words.add(run)
            run = ""
            if name == "NOT_LITERAL":
                chars.update(c for c in _POOL[:12] if c != chr(arg))
            elif name == "IN":
                members = [(str(o), a) for o, a in arg]
                negated = any(o == "NEGATE" for o, _ in members)
                if negated:
                    compiled = _original_compile(_parser_to_class(members), flags)
                    chars.update(c for c in _POOL if compiled.fullmatch(c))
                    continue
                for o, a in members:
                    if o == "LITERAL":
                        chars.add(chr(a))
                    elif o == "RANGE":
                        low, high = a
                        chars.update({chr(low), chr(high), chr((low + high) // 2)})
                    elif o == "CATEGORY":
                        chars.update(_CATEGORY_MEMBERS.get(str(a), ""))
            elif name == "ANY":
                chars.update("a .")
            elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
                walk(arg[2])
            elif name == "SUBPATTERN":
                walk(arg[-1])
            elif name == "BRANCH":
                for branch in arg[1]:
                    walk(branch)
            elif name in ("ASSERT", "ASSERT_NOT"):
                walk(arg[1])
            elif name == "ATOMIC_GROUP":
                walk(arg)
            elif name == "GROUPREF_EXISTS":
                walk(arg[1])
                if arg[2]:
                    walk(arg[2])
        if len(run) >= 2:
            words.add(run)

    walk(_parser.parse(pattern, flags & ~re.VERBOSE if isinstance(flags, int) else flags))
    return chars, words


def _parser_to_class(members) -> str:
    """Rebuild a negated class as a pattern: cheaper than re-parsing the original source."""
    parts = []
    for o, a in members:
        if o == "NEGATE":
            continue
        if o == "LITERAL":
            parts.append(re.escape(chr(a)))
        elif o == "RANGE":
            parts.append(f"{re.escape(chr(a[0]))}-{re.escape(chr(a[1]))}")
        elif o == "CATEGORY":
            parts.append(
                {
                    "CATEGORY_DIGIT": r"\d",
                    "CATEGORY_NOT_DIGIT": r"\D",
                    "CATEGORY_SPACE": r"\s",
                    "CATEGORY_NOT_SPACE": r"\S",
                    "CATEGORY_WORD": r"\w",
                    "CATEGORY_NOT_WORD": r"\W",
                }.get(str(a), "")
            )
    return "[^" + "".join(parts) + "]"


def adversarial_strings(pattern: str, flags: int, size: int, *, normalised: bool) -> dict[str, str]:
    """Strings of about `size` characters, named, built from the pattern's alphabet.

    With `normalised`, each string is what the document text would hold (runs of spaces and blank
    lines collapsed by load.text.normalise), for patterns that only ever see the document text.
    """
    from briefparse.load.text import normalise

    chars, words = _alphabet(pattern, flags)
    chars.discard("")
    ordered = sorted(chars)[:40]
    word_list = sorted(words, key=lambda w: (-len(w), w))[:15]
    out: dict[str, str] = {}
    for c in ordered:
        out[f"{c!r}*n"] = c * size
    interesting = [c for c in ordered if c in "aA1 .-'’,\n(«"][:8] or ordered[:6]
    for a, b in itertools.permutations(interesting, 2):
        out[f"({a + b!r})*n"] = (a + b) * (size // 2)
    for word in word_list:
        for sep in (" ", "", "-"):
            unit = word + sep
            out[f"({unit!r})*n"] = unit * max(1, size // len(unit))
        out[f"Aa+({word!r})*n"] = "Aa " + (word.capitalize() + " ") * max(1, size // (len(word) + 1))
    out["'Word '*n"] = "Word " * (size // 5)
    out["'A. '*n"] = "A. " * (size // 3)
    if normalised:
        out = {name: normalise(text) for name, text in out.items()}
        return {name: text for name, text in out.items() if len(text) >= size // 2}
    return {name: text + "\x01" for name, text in out.items()}


class _Stop(Exception):
    pass


def _stop(_signum, _frame):
    raise _Stop


def _time(compiled: re.Pattern[str], text: str, limit: float) -> float:
    signal.setitimer(signal.ITIMER_REAL, limit)
    started = time.perf_counter()
    try:
        for _ in compiled.finditer(text):
            pass
    except _Stop:
        return float("inf")
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
    return time.perf_counter() - started


def collect_patterns() -> dict[tuple[str, int], str]:
    """Every pattern briefparse compiles while parsing a few briefs, with the line that compiled it."""
    import briefparse
    from briefparse.lang import supported_languages

    for code in supported_languages():
        for text in (FR_BRIEF, EN_BRIEF, HTML_PAGE):
            briefparse.parse(text, language=code)
    briefparse.parse(FR_BRIEF)
    briefparse.parse(HTML_PAGE.encode("cp1252"))
    return {key: where for key, where in _SEEN.items() if where != "?"}


#: below this, a search at 4N is too quick for its growth to mean anything
_MIN_LARGE = 0.02


def _on_document_text(where: str) -> bool:
    """Patterns of the extractors and the segmenter only ever see normalised document text."""
    return where.startswith(("briefparse/extract/", "briefparse/lang/", "briefparse/document.py"))


def audit(pattern: str, flags: int, where: str, size: int, limit: float) -> tuple[float, float, str]:
    """(seconds at N, seconds at 4N, string family) of the family that grows fastest."""
    compiled = _original_compile(pattern, flags)
    normalised = _on_document_text(where)
    small = adversarial_strings(pattern, flags, size, normalised=normalised)
    large = adversarial_strings(pattern, flags, 4 * size, normalised=normalised)
    worst = (0.0, 0.0, "")
    for name, text in small.items():
        if name not in large:
            continue
        t_small = _time(compiled, text, limit)
        if t_small == float("inf"):
            return t_small, t_small, name
        if t_small < 0.0003:
            continue
        t_small = min(t_small, _time(compiled, text, limit))  # the better of two: less noise
        t_large = _time(compiled, large[name], limit)
        if t_large == float("inf"):
            return t_small, t_large, name
        if t_large >= _MIN_LARGE and t_large / t_small > (worst[1] / worst[0] if worst[0] else 0):
            worst = (t_small, t_large, name)
    return worst


def _ratio(row: tuple[float, float, str]) -> float:
    t_small, t_large, _name = row
    if t_large == float("inf"):
        return float("inf")
    return t_large / t_small if t_small else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size", type=int, default=500, help="N: the small size (the large one is 4N)")
    parser.add_argument("--limit", type=float, default=2.0, help="seconds before a search is stopped")
    parser.add_argument("--all", action="store_true", help="list linear patterns too")
    args = parser.parse_args()
    signal.signal(signal.SIGALRM, _stop)
    patterns = collect_patterns()
    print(f"{len(patterns)} patterns compiled by briefparse; strings of {args.size} and {4 * args.size} characters")
    print("(patterns of extract/, lang/ and document.py get strings as normalise() leaves them)\n", flush=True)
    rows = [(audit(p, f, where, args.size, args.limit), p, where) for (p, f), where in patterns.items()]
    rows.sort(key=lambda r: -_ratio(r[0]))
    flagged = 0
    for row, pattern, where in rows:
        ratio = _ratio(row)
        superlinear = ratio > 8
        flagged += superlinear
        if not (args.all or superlinear):
            continue
        t_small, t_large, name = row
        shown = pattern if len(pattern) < 150 else pattern[:100] + " … " + pattern[-40:]
        verdict = "SUPER-LINEAR" if superlinear else "linear"
        large = "stopped" if t_large == float("inf") else f"{t_large:.4f}s"
        print(f"{verdict:12} x{ratio:5.1f}  {t_small:.4f}s → {large}  {where}  worst: {name[:50]}")
        print(f"             {shown!r}\n", flush=True)
    print(f"{flagged} of {len(rows)} patterns grow faster than linearly on their own adversarial strings")


if __name__ == "__main__":
    main()
