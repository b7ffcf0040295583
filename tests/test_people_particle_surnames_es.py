"""Spanish names: surnames that open on a link with a capital and an article ("De la Vega", "De los Santos"), written
after a title or alone: the person's name, and someone speaking rather than a source ("fuente" is a source's noun,
"Fuente" a surname); a given name that is a country's name ("Kenia") closing no role of a further mention.

Every brief and every person here is invented for the test; the countries are real or invented.
"""

import datetime as dt

import briefparse


def parse(text: str) -> briefparse.Brief:
    return briefparse.parse(text, reference_date=dt.date(2024, 3, 4))


def test_es_a_surname_opening_on_de_la_after_a_title_is_the_name():
    brief = parse(
        "Lima, 4 mar. El canciller de Valdoria, Paul Marin, se reunió hoy con el canciller De la Vega en la sede "
        "de la cancillería para repasar la agenda bilateral."
    )
    found = {p.name: p.role for p in brief.participants}
    assert found.get("De la Vega") == "canciller"
    assert "Paul Marin" in found


def test_es_a_minister_whose_surname_is_fuente_speaking_is_no_source():
    brief = parse(
        "Ciudad de México. El canciller Luis de la Fuente inauguró este lunes la reunión anual de embajadores de "
        "Norland en la cancillería.\n\n"
        "De la Fuente también afirmó que el país ejerce una diplomacia firme y respetuosa.\n\n"
        "De la Fuente destacó que la protección de los connacionales es una prioridad."
    )
    assert brief.source is None


def test_es_a_given_name_that_is_a_country_does_not_end_a_further_role():
    brief = parse(
        "México. La secretaria de Gobernación, Rosa Icela Rodríguez, se reunió hoy con la presidenta de la Cámara de "
        "Diputados de Valdoria, Kenia López Rabadán. En su intervención la diputada panista Kenia López Rabadán "
        "agradeció el trabajo del cuerpo diplomático."
    )
    found = {p.name: p.role for p in brief.participants}
    assert found.get("Kenia López Rabadán") == "presidenta de la Cámara de Diputados de Valdoria"
