"""A hotel named after someone or something in French ("l'hôtel George V", "l'Hôtel Paul Okemba"), as English and
Spanish name theirs: the name is the hotel's, no participant's, and the hotel with its name is where they met.

The briefs are written for this test (invented people, real cities).
"""

import pytest

import briefparse

BRIEF = (
    "Le président Jean Mbarga s'est entretenu vendredi avec son homologue Luc Ndong. L'entretien s'est déroulé {}, "
    "où résidait le président Ndong."
)


@pytest.mark.parametrize(
    ("venue", "location"),
    [
        ("à l'hôtel George V", "hôtel George V"),
        ("à l'Hôtel Paul Okemba", "Hôtel Paul Okemba"),
    ],
)
def test_the_name_after_a_hotel_is_the_hotels(venue: str, location: str) -> None:
    brief = briefparse.parse(BRIEF.format(venue))
    assert [p.name for p in brief.participants] == ["Jean Mbarga", "Luc Ndong"]
    assert brief.location == location
