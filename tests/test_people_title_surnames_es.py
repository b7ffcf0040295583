"""A surname that is a sole title's word ("Rey", "Reina"): after two name words it closes the name, since the title
of those who go by one name stands before the name it titles ("el rey Felipe").

The briefs are written for these tests.
"""

import briefparse

SURNAME_REINA = """Beijing, 13 may (EFE).- El canciller de China, Zhou Ming, ofreció una rueda de prensa conjunta \
junto a sus homólogos: Clara Ibáñez, canciller de Colombia, y Martín Osvaldo Reina, canciller de Honduras.

Los tres ministros firmaron una declaración sobre cooperación regional.
"""

SURNAME_REY = """Lima, 3 jun (ANDINA).- El ministro Raúl Méndez Tapia, acompañado por la viceministra Sofía Lagos Rey, \
se reunió este martes con el director general de la FAO, Qu Dongming, en Roma.

Durante la reunión abordaron la seguridad alimentaria de la región andina.
"""

SURNAME_REINA_AFTER_GIVEN_NAME = """Madrid, 4 jun (EFE).- La presidenta de Chile, Marta Solís, y el canciller \
hondureño, Enrique Reina, fueron recibidos este miércoles por el presidente del Gobierno español, Tomás Ferrer.

Los tres abordaron la cooperación entre Europa y América Latina.
"""

TITLE_BEFORE_NAME = """Madrid, 3 jun (EFE).- El rey Felipe VI recibió este martes en el Palacio de la Zarzuela al \
presidente de Guatemala, Bernardo Salazar Ruiz.

Ambos repasaron las relaciones bilaterales y la cooperación al desarrollo.
"""


def _people(text: str) -> list[tuple[str | None, str | None]]:
    brief = briefparse.parse(text, reference_date="2025-06-03")
    return [(p.name, p.role) for p in brief.participants]


def test_reina_closing_two_name_words_is_a_surname() -> None:
    people = _people(SURNAME_REINA)
    assert ("Martín Osvaldo Reina", "canciller de Honduras") in people
    assert all(name for name, _ in people)  # no unnamed "Reina" beside the person


def test_rey_closing_two_name_words_is_a_surname() -> None:
    assert "Sofía Lagos Rey" in [name for name, _ in _people(SURNAME_REY)]


def test_title_before_a_name_stays_a_title() -> None:
    assert ("Felipe VI", "rey") in _people(TITLE_BEFORE_NAME)


def test_reina_after_a_lone_given_name_is_a_surname() -> None:
    people = _people(SURNAME_REINA_AFTER_GIVEN_NAME)
    assert ("Enrique Reina", "canciller hondureño") in people
    assert all(name for name, _ in people)  # neither "Reina" as a role nor an unnamed canciller
