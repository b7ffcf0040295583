"""Properties that hold for any input: evidence slices the text, dates are real dates, nothing but
BriefparseError escapes, and a folder run yields one record per input."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from handwritten import check_brief
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from briefparse.batch import Options, parse_many
from briefparse.document import load_document
from briefparse.inputs import collect_inputs
from briefparse.models import Brief, ErrorRecord

# Modest by default so that the suite stays quick; tests/fuzz/fuzz_parse.py --hypothesis N runs them at scale.
EXAMPLES = int(os.environ.get("BRIEFPARSE_EXAMPLES", "60"))
SETTINGS = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _words(text: str) -> list[str]:
    return text.split()


# Words that make the extractors work: names, roles, honorifics, dates, cues, places, punctuation.
VOCABULARY = [
    *_words("M. Mme Mr Mrs Dr. le la les de du des l' d' à au avec et a en the of and with in on by said"),
    *_words("ministre président ambassadeur homologue Minister President Ambassador counterpart Secretary-General"),
    *_words("Affaires étrangères Foreign Affairs Prime s'est entretenu rencontré met held talks visited reçu"),
    *_words("Jean Dupont Aïcha Benali-Roux Daniel Okafor Ingrid Solheim Kari van der Berg O'Neill Jr. II"),
    *_words("lundi mardi Monday Tuesday hier yesterday dernier last janvier mars March September sept. 1er 3rd"),
    *_words("2021 1999 12 31 29 02 12/05/2021 2022-03-04 03.04.21 Paris Vilnius Genève Norvanie ONU UN AFP"),
    *_words("selon according to a fait savoir reports Source : Publié le Posted (APS) – — - , . ; : ! ? « » “ ” ( )"),
    "\n",
    "\n\n",
    "…",
    "’",
    "http://example.org/a",
]

brief_like = st.lists(st.sampled_from(VOCABULARY), min_size=1, max_size=120).map(
    lambda words: "".join(w if w.startswith("\n") else " " + w for w in words)
)
any_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=400)
markup = st.recursive(
    st.text(st.characters(blacklist_characters="<>&", blacklist_categories=("Cs",)), max_size=40),
    lambda inner: (
        st.tuples(st.sampled_from(["p", "div", "h1", "li", "script", "nav", "article", "span"]), inner).map(
            lambda pair: f"<{pair[0]}>{pair[1]}</{pair[0]}>"
        )
        | st.lists(inner, max_size=4).map("".join)
    ),
    max_leaves=15,
).map(lambda body: f"<html><head><title>Minister meets ambassador</title></head><body>{body}</body></html>")


@SETTINGS
@given(any_text)
def test_any_text(text: str):
    check_brief(text)


@SETTINGS
@given(brief_like, st.sampled_from(["fr", "en", None]))
def test_brief_like_text_in_every_language(text: str, language: str | None):
    check_brief(text, language)


@SETTINGS
@given(st.binary(max_size=600))
def test_any_bytes(data: bytes):
    check_brief(data)


@SETTINGS
@given(brief_like, st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be"]))
def test_unicode_encodings_do_not_change_the_brief(text: str, encoding: str):
    if encoding in ("utf-16-le", "utf-16-be"):
        assume(len(text) >= 40)  # without a BOM, two characters could be anything; a line of text cannot
    expected = check_brief(text, "en")
    assert check_brief(text.encode(encoding), "en") == expected


@SETTINGS
@given(brief_like)
@example(" «\n ministre ministre rencontré 12/05/2021")  # a line of one quotation mark over a date line: no title
def test_legacy_encoding_never_breaks_the_properties(text: str):
    """A few accented bytes may be read as another 8-bit code page (that is a guess), but never crash."""
    try:
        data = text.encode("cp1252")
    except UnicodeEncodeError:
        assume(False)
    check_brief(data, "fr")


@SETTINGS
@given(markup)
@example("<h1><script><p></p></script></h1>")  # a script's text is no heading's
def test_any_page(page: str):
    brief = check_brief(page)
    if brief is not None:
        assert "<p>" not in load_document(page).text


@settings(max_examples=max(15, EXAMPLES // 4), deadline=None)
@given(st.lists(st.one_of(st.binary(max_size=200), brief_like.map(str.encode)), min_size=1, max_size=8))
def test_folder_run_has_one_record_per_input(contents: list[bytes]):
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        for number, data in enumerate(contents):
            (root / f"sub{number % 3}").mkdir(exist_ok=True)
            (root / f"sub{number % 3}" / f"{number}.txt").write_bytes(data)
        inputs = collect_inputs([root])
        records = list(parse_many(inputs, Options(), jobs=1))
    assert len(records) == len(inputs) == len(contents)
    assert all(isinstance(r, Brief | ErrorRecord) for r in records)
