"""A dispatch's credit that the page glued before the headline on its line (a dateline with its date, an agency, a
credit with its date in brackets) is no part of the headline; a place alone before a dash is.

Every brief here is invented for the test.
"""

import briefparse


def test_a_dateline_with_its_date_before_the_headline_is_left_out():
    text = (
        "VALDORIA, May 4 - Foreign Minister of Valdoria met with the Minister of Foreign Affairs of Norland\n\n"
        "On May 4, 2023, the Minister of Foreign Affairs of Valdoria Paul Marin held a meeting with the Minister of "
        "Foreign Affairs of Norland Jon Ostrik.\n"
    )
    assert briefparse.parse(text).title == (
        "Foreign Minister of Valdoria met with the Minister of Foreign Affairs of Norland"
    )


def test_an_agency_of_the_register_before_the_headline_is_left_out():
    text = (
        "AMI - Le ministre des affaires étrangères s’entretient avec l’ambassadeur de Valdorie\n\n"
        "Le ministre des affaires étrangères, M. Paul Marin, s’est entretenu lundi à Nouakchott avec l’ambassadeur "
        "de Valdorie, M. Jon Ostrik.\n"
    )
    assert briefparse.parse(text).title == (
        "Le ministre des affaires étrangères s’entretient avec l’ambassadeur de Valdorie"
    )


def test_a_bracketed_credit_with_its_date_before_the_headline_is_left_out():
    text = (
        "[Staatskanzlei - 14.06.2019] Ministerpräsident Marin empfängt den Botschafter von Norland\n"
        "Die Sprecherin der Staatskanzlei teilt mit:\n"
        "Ministerpräsident Paul Marin empfängt am 19. Juni 2019 den Botschafter von Norland, Jon Ostrik, zu einem "
        "Gespräch in der Staatskanzlei.\n"
    )
    assert briefparse.parse(text).title == "Ministerpräsident Marin empfängt den Botschafter von Norland"


def test_a_place_alone_before_a_dash_stays_in_the_headline():
    text = (
        "VALDORIE- Primature : le Premier ministre reçoit l’ambassadeur de Norland\n\n"
        "Le Premier ministre Paul Marin a reçu lundi l’ambassadeur de Norland, M. Jon Ostrik, à la Primature.\n"
    )
    assert briefparse.parse(text).title == (
        "VALDORIE- Primature : le Premier ministre reçoit l’ambassadeur de Norland"
    )
