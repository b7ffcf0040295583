"""A German sentence opened by a pronoun for what was said, its verb of saying before its subject ("Das meldete die
Agentur", "Dies bestätigte das Ministerium"): the subject is the source; a personal pronoun there is none.

The briefs are written for these tests.
"""

import pytest

import briefparse

EVENT = "Der valdorische Präsident Jan Marin hat am Montag in Kessel seinen Amtskollegen Pier Lont empfangen."


@pytest.mark.parametrize(
    ("telling", "source"),
    [
        ("Das meldete die staatliche Nachrichtenagentur.", "staatliche Nachrichtenagentur"),
        ("Dies bestätigte das valdorische Außenministerium am Dienstag.", "valdorische Außenministerium"),
    ],
)
def test_subject_after_a_fronted_pronoun_is_the_source(telling: str, source: str) -> None:
    brief = briefparse.parse(f"{EVENT} {telling}", reference_date="2025-06-03")
    assert brief.source is not None
    assert brief.source.name == source


def test_personal_pronoun_after_a_fronted_pronoun_is_no_source() -> None:
    brief = briefparse.parse(f"{EVENT} Das sagte er nach dem Treffen.", reference_date="2025-06-03")
    assert brief.source is None
