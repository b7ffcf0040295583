"""A mutational fuzzer for the loader and the extractors; what breaks is kept as a regression test.

    python tests/fuzz/fuzz_parse.py                      # 3 000 inputs, seed 1
    python tests/fuzz/fuzz_parse.py -n 50000 --seed 7    # a longer run
    python tests/fuzz/fuzz_parse.py --hypothesis 20000   # the property tests at scale instead

Each input starts from a seed brief (tests/handwritten.py and samples/), is mutated a few times
(bytes flipped, inserted, deleted, repeated or spliced from another seed; words from the extractors'
vocabulary dropped in; re-encoded; wrapped in or cut out of HTML), and parsed with a forced language
or with detection. An input fails when parsing raises anything but BriefparseError, when the record
breaks a property (tests/handwritten.check_brief: evidence slices the text, dates are real, no
boilerplate point), or when it takes longer than --guard seconds. Every failure is written to
tests/fuzz/corpus/ as `<language>-<sha1>.bin`, which tests/test_fuzz_corpus.py replays on every run.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import signal
import sys
import time
import traceback
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parent.parent / "src"))

import handwritten  # noqa: E402

CORPUS = HERE / "corpus"
LANGUAGES = ("fr", "en", None)
VOCABULARY = (
    "M. Mme Mr Dr. le la l' d' à the of ministre Minister ambassadeur Ambassador homologue counterpart "
    "Jean Dupont Benali-Roux O'Neill Jr. van der lundi Monday hier yesterday dernier last janvier March "
    "1er 3rd 2021 12/05/2021 2022-03-04 selon according to a fait savoir reports Source : Publié Posted "
    "(APS) – — « » “ ” … ’ . , ; ! ? \n \n\n <p> </p> <div> <br> <script> <title> &amp; &#x27;"
)
WORDS = [word.encode() for word in VOCABULARY.split(" ")]
ENCODINGS = ("utf-16", "utf-16-le", "utf-8-sig", "cp1252", "latin-1")


class Guard(Exception):
    pass


def _expire(_signum, _frame):
    raise Guard


def seeds() -> list[bytes]:
    root = HERE.parent.parent
    found = [text.encode() for text in handwritten.ALL_BRIEFS.values()]
    found += [path.read_bytes() for path in sorted((root / "samples").glob("*")) if path.is_file()]
    return found


def mutate(data: bytes, pool: list[bytes], rng: random.Random) -> bytes:
    """One to four random edits."""
    out = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        kind = rng.randrange(10)
        at = rng.randint(0, len(out))
        if kind == 0 and out:
            out[rng.randrange(len(out))] = rng.randrange(256)
        elif kind == 1:
            out[at:at] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 8)))
        elif kind == 2 and out:
            end = min(len(out), at + rng.randint(1, 200))
            del out[at:end]
        elif kind == 3 and out:
            end = min(len(out), at + rng.randint(1, 30))
            out[at:at] = bytes(out[at:end]) * rng.randint(2, 200)
        elif kind == 4:
            other = rng.choice(pool)
            start = rng.randint(0, len(other))
            out[at:at] = other[start : start + rng.randint(1, 400)]
        elif kind == 5:
            out[at:at] = b" ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 12)))
        elif kind == 6:
            out = bytearray(b"<html><body><p>" + bytes(out) + b"</p></body></html>")
        elif kind == 7:
            text = bytes(out).decode("utf-8", "replace")
            out = bytearray(text.encode(rng.choice(ENCODINGS), "replace"))
        elif kind == 8:
            out = out[: rng.randint(0, len(out))]
        else:
            out[at:at] = rng.choice(WORDS) * rng.randint(50, 2000)
    return bytes(out)


def run_one(data: bytes, language: str | None, guard: float) -> str | None:
    """None when the input passes, else what went wrong."""
    signal.setitimer(signal.ITIMER_REAL, guard)
    try:
        handwritten.check_brief(data, language)
    except Guard:
        return f"took longer than {guard:g} s"
    except Exception:
        return traceback.format_exc(limit=-3)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
    return None


def keep(data: bytes, language: str | None) -> Path:
    CORPUS.mkdir(exist_ok=True)
    path = CORPUS / f"{language or 'auto'}-{hashlib.sha1(data).hexdigest()[:16]}.bin"
    path.write_bytes(data)
    return path


def fuzz(iterations: int, seed: int, guard: float) -> int:
    rng = random.Random(seed)
    pool = seeds()
    signal.signal(signal.SIGALRM, _expire)
    failures: dict[str, Path] = {}
    started = time.perf_counter()
    for number in range(1, iterations + 1):
        data = rng.choice(pool)
        for _ in range(rng.randint(1, 3)):
            data = mutate(data, pool, rng)
        data = data[:400_000]
        language = rng.choice(LANGUAGES)
        problem = run_one(data, language, guard)
        if problem:
            key = problem.strip().splitlines()[-1][:200]
            if key not in failures:
                failures[key] = keep(data, language)
                print(f"[{number}] {key}\n    kept as {failures[key].relative_to(HERE.parent.parent)}", flush=True)
        elif rng.random() < 0.05:
            pool.append(data)  # interesting inputs breed
        if number % 500 == 0 or number == iterations:
            seconds = time.perf_counter() - started
            print(f"{number} inputs, {len(failures)} distinct failures, {seconds:.0f} s", flush=True)
    return 1 if failures else 0


def hypothesis_at_scale(examples: int) -> int:
    """The property tests of tests/test_properties.py with many more examples each."""
    import os

    import pytest

    os.environ["BRIEFPARSE_EXAMPLES"] = str(examples)
    return pytest.main([str(HERE.parent / "test_properties.py"), "-q", "-p", "no:cacheprovider"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("-n", "--iterations", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--guard", type=float, default=20.0, help="seconds before an input counts as a hang")
    parser.add_argument("--hypothesis", type=int, metavar="EXAMPLES", help="run the property tests at this scale")
    args = parser.parse_args()
    if args.hypothesis:
        sys.exit(hypothesis_at_scale(args.hypothesis))
    sys.exit(fuzz(args.iterations, args.seed, args.guard))


if __name__ == "__main__":
    main()
