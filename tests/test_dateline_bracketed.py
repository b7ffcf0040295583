"""A dateline set in brackets before the story's first sentence, "(City, date) The minister …", gives the city.

The briefs are written for this test (invented people, real countries).
"""

import pytest

import briefparse

FRENCH = (
    "Coopération : le président reçoit une délégation\n\n"
    "(Niamey, 14 février 2022) le président de la République, Issa Karimou, a eu une séance de travail ce matin "
    "avec l'ambassadeur d'Italie, Marco Ferri, accompagné d'une délégation d'officiers. Les échanges ont porté sur "
    "la coopération militaire.\n"
)
ENGLISH = (
    "Minister meets envoy\n\n"
    "(Accra, 3 May 2023) The Minister for Trade, Kofi Mensah, held talks this morning with the ambassador of "
    "Brazil, Paulo Lima, on cooperation in agriculture.\n"
)


@pytest.mark.parametrize(("text", "city"), [(FRENCH, "Niamey"), (ENGLISH, "Accra")])
def test_a_bracketed_city_and_date_before_the_story_is_its_dateline(text: str, city: str) -> None:
    assert briefparse.parse(text).location == city


def test_a_bracketed_aside_on_a_line_of_its_own_is_no_dateline() -> None:
    text = "Réunion\n\n(Niamey, 14 février 2022)\n\nLe ministre Issa Karimou a eu une séance de travail ce matin.\n"
    assert briefparse.parse(text).location is None
