"""German "Amt" names a venue only within a name: after an adjective of the name ("im Auswärtigen Amt"), before its
genitive ("im Amt der Landesregierung") or closing a compound ("im Landratsamt"); alone it is an office held ("seit
April im Amt") and no place (briefs written for these tests, invented names)."""

from __future__ import annotations

import datetime as dt

import pytest

import briefparse


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (
            "Kessel empfängt Außenminister von Varland\n\nAußenminister Tomas Brandt empfängt heute seinen "
            "varländischen Kollegen Jan Lind in Berlin. Nach einem Gespräch im Auswärtigen Amt wollen beide "
            "Minister vor die Presse treten.",
            "Auswärtigen Amt",
        ),
        (
            "Landrat Tomas Brandt empfing am Montag den Botschafter von Varland, Jan Lind, im Landratsamt zu einem "
            "Gespräch über die Zusammenarbeit.",
            "Landratsamt",
        ),
    ],
    ids=["adjective", "compound"],
)
def test_an_office_in_a_name_is_the_venue(text: str, venue: str) -> None:
    assert briefparse.parse(text, reference_date=dt.date(2024, 5, 6)).location == venue


def test_the_office_held_is_no_place() -> None:
    text = (
        "Außenminister Tomas Brandt empfing am Montag in Berlin seinen varländischen Kollegen Jan Lind. Lind ist seit "
        "April im Amt. Die beiden sprachen über die Zusammenarbeit."
    )
    assert briefparse.parse(text, reference_date=dt.date(2024, 5, 6)).location == "Berlin"
