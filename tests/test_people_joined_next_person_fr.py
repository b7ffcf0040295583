"""A role in apposition whose portfolio seems to go on with "et de" but brings in the next person: a given name and a
surname follow the link ("en présence de X, ministre des Affaires étrangères et de Paul Y, conseiller …"). The
office ends before "et", and the person after it is a party with a role of their own. A portfolio's item ("et de la
Décentralisation") or a place ("et de Sierra Leone") still goes on with the office.

Every brief here is invented for the test.
"""

import briefparse


def roles(text: str) -> dict[str | None, str | None]:
    return {p.name: p.role for p in briefparse.parse(text, reference_date="2024-05-10").participants}


def test_the_person_after_and_of_is_no_item_of_the_office():
    text = (
        "Le président Karl Venn a reçu lundi l'ambassadeur Tomas Ristic. L'audience s'est déroulée en présence de "
        "Marc Dorel, ministre des Affaires étrangères et de Pierre Lanval, conseiller diplomatique du Président."
    )
    found = roles(text)
    assert found["Marc Dorel"] == "ministre des Affaires étrangères"
    assert found["Pierre Lanval"] == "conseiller diplomatique du Président"


def test_an_elided_link_brings_in_the_next_person_too():
    text = (
        "Le président Karl Venn a reçu lundi l'ambassadeur Tomas Ristic, en présence de Marc Dorel, ministre de "
        "l'Intérieur et d'Ahmed Lanval, directeur de cabinet."
    )
    found = roles(text)
    assert found["Marc Dorel"] == "ministre de l'Intérieur"
    assert found["Ahmed Lanval"] == "directeur de cabinet"


def test_a_portfolio_item_after_and_of_stays_in_the_office():
    text = (
        "Le président Karl Venn a reçu lundi l'ambassadeur Tomas Ristic, en présence de Marc Dorel, ministre de "
        "l'Intérieur et de la Décentralisation."
    )
    assert roles(text)["Marc Dorel"] == "ministre de l'Intérieur et de la Décentralisation"


def test_a_place_after_and_of_stays_in_the_office():
    text = "Le président Karl Venn a reçu lundi Tomas Ristic, ambassadeur de Guinée et de Sierra Leone."
    assert roles(text)["Tomas Ristic"] == "ambassadeur de Guinée et de Sierra Leone"
