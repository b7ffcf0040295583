"""German event type: a greeting told by a verb-final perfect participle ("hat … begrüßt") is a meeting when the
object before it is a person, a statement when it is a thing; after a determiner, a capital names no one."""

from __future__ import annotations

import pytest

from briefparse import parse


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Berlin - Staatssekretärin Lena Hofmann hat am Montag den kenianischen Botschafter im Ministerium "
            "begrüßt. Sie lobte die Zusammenarbeit beider Länder.",
            "meeting",
        ),
        (
            "Berlin - Staatssekretärin Lena Hofmann hat am Montag die Einigung der Parteien begrüßt. Sie lobte "
            "die Zusammenarbeit beider Länder.",
            "statement",
        ),
        (
            "Berlin - Staatssekretärin Lena Hofmann begrüßt die Einigung der Parteien. Sie lobte die "
            "Zusammenarbeit beider Länder.",
            "statement",
        ),
        (
            "Berlin - Staatssekretärin Lena Hofmann begrüßte die Einigung der Parteien. Sie lobte die "
            "Zusammenarbeit beider Länder.",
            "statement",
        ),
    ],
)
def test_greeting_participle(text: str, expected: str) -> None:
    assert parse(text, language="de").event_type == expected
