"""A release signed on its last line by the body that issues it, with its particulars after it, each set apart by a
comma or a slash (its place, its date, its acronym: "Botschaft von Valdorien, Berlin, 25. September 2012", "Bureau
de la Presse/MAEV"), names that body. A sentence's clause after a comma, with a date in it, is no particular.

Every brief here is invented for the test.
"""

import datetime as dt

import briefparse

DE_BODY = (
    "Botschafter von Valdorien besucht Sachsen\n\n"
    "Der Botschafter von Valdorien, Jan Olsen, hat am Montag Ministerpräsidentin Lena Marin in Dresden getroffen.\n\n"
    "Beide sprachen über die Zusammenarbeit in Wissenschaft und Kultur.\n\n"
)
FR_BODY = (
    "Le ministre Paul Marin reçoit l'ambassadeur de Norland\n\n"
    "Le ministre des Affaires étrangères, Paul Marin, a reçu ce lundi l'ambassadeur de Norland, Jan Olsen.\n\n"
    "Les deux personnalités ont évoqué la coopération bilatérale.\n\n"
)
DAY = dt.date(2024, 5, 20)


def test_an_embassy_signing_with_its_place_and_date() -> None:
    text = DE_BODY + "Botschaft von Valdorien, Berlin, 25. September 2012\n"
    source = briefparse.parse(text, reference_date=DAY).source
    assert source is not None and source.name == "Botschaft von Valdorien"


def test_a_press_office_signing_with_its_ministry_acronym() -> None:
    text = FR_BODY + "Bureau de l'Information et de la Presse/MAEV\n"
    source = briefparse.parse(text, reference_date=DAY).source
    assert source is not None and source.name == "Bureau de l'Information et de la Presse"


def test_a_clause_after_a_comma_is_no_particular() -> None:
    text = DE_BODY + (
        "Botschafter Jan Olsen traf den Präsidenten der Republik Norland , S.E. Hr. Paul Berg am 04. März 2020 im "
        "State House zu einem Gespräch über die Beziehungen\n"
    )
    source = briefparse.parse(text, reference_date=DAY).source
    assert source is None or "Olsen" not in source.name
