"""A gathering's noun ("Conferencias", "Congresos") opens a venue's or a body's name, never a person's: "en el
Palacio de Conferencias de X, a su homólogo" names no one but the two who met, and the venue is the place; nor
do the capitalised words right after one ("Sesión Solemne de Cabildo").

Every brief and every person here is invented for the test.
"""

import pytest

import briefparse


@pytest.mark.parametrize("venue", ["Palacio de Conferencias de Norvia", "Palacio de Congresos de Norvia"])
def test_a_gathering_noun_opens_no_name(venue: str) -> None:
    text = f"El Presidente Juan Ortega ha recibido, en el {venue}, a su homólogo, Pedro Lamas.\n"
    brief = briefparse.parse(text)
    assert [p.name for p in brief.participants] == ["Juan Ortega", "Pedro Lamas"]
    assert brief.location == venue


def test_the_words_after_a_gathering_noun_name_no_one() -> None:
    text = (
        "El Ayuntamiento de Norvia entregó en Sesión Solemne de Cabildo el reconocimiento al embajador de Valdoria, "
        "Pedro Lamas, en presencia del alcalde Juan Ortega.\n"
    )
    people = briefparse.parse(text)
    names = [p.name for p in (*people.participants, *people.people_mentioned)]
    assert not any(n and "Cabildo" in n for n in names)


def test_a_given_name_after_the_noun_is_the_gatherings_host() -> None:
    text = "Вчера в Ларске прошло Совещание Ивана Дорнова с членами правительства Валдории.\n"
    names = [p.name for p in briefparse.parse(text).participants]
    assert any(n and "Дорнов" in n for n in names)
