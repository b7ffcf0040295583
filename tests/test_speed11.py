"""Speed without a change of answer: the shortcuts of session 11 answer as the plain computation they replace."""

from __future__ import annotations

import re

from briefparse.analysis import Analysis
from briefparse.analysis.names import NameMatch
from briefparse.document import load_document
from briefparse.extract.people import _QUOTED_REACH, _quoted_elsewhere


def _plainly_quoted(text: str, tokens: tuple[str, ...]) -> bool:
    """The rule as first written: one pattern compiled per run, with the quotation marks around it."""
    words = r"\s+".join(re.escape(t) for t in tokens)
    marks = rf"[^«»\"“”„\n]{{0,{_QUOTED_REACH}}}"
    if re.search(rf"[«\"“„]{marks}(?<!\w){words}(?!\w){marks}[»\"”“]", text) is None:
        return False
    last = rf"(?<!\w){re.escape(tokens[-1])}(?!\w)"
    return len(re.findall(last, text)) == len(re.findall(rf"(?<!\w){words}(?!\w)", text))


def test_a_run_in_short_quotes_is_told_as_the_plain_pattern_tells_it():
    texts = [
        "Valdoria\n\nPaul Marin handed over the book “Una Historia Compartida” on Monday.",
        "Valdoria\n\nPaul Marin handed over the book “Una Historia\nCompartida” on Monday.",
        "Valdoria\n\nThe book « Una Historia Compartida » came out. Historia is read.",
        'Valdoria\n\nThe long title "a story told many times of Una Historia Compartida" came out.',
        'Valdoria\n\nThe title "Una Historia Compartida, a story told many times again" came out.',
        "Valdoria\n\n„Una Historia Compartida“ and „Una Una Historia Compartida“ came out.",
        "Valdoria\n\nThe book Una Historia Compartida came out; “a quote” later.",
        "Valdoria\n\nThe book »Una Historia Compartida« came out.",
    ]
    runs = [("Una", "Historia", "Compartida"), ("Historia", "Compartida"), ("Una", "Una"), ("Paul", "Marin")]
    for text in texts:
        analysis = Analysis(load_document(text, language="en"))
        for tokens in runs:
            match = NameMatch(0, 0, tokens)
            assert _quoted_elsewhere(analysis, match) == _plainly_quoted(text, tokens), (text, tokens)
