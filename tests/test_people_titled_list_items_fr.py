"""A list whose items each open on a link and a title of address ("composée de M. X, ministre de A, de Mme Y,
ministre de B et de M. Z, ministre de C"): the link after a comma, or after "et" alone, brings in the next person,
not one more item of the role's portfolio. Every brief here is invented for the test."""

import datetime as dt

import briefparse

LEAD = "Le président Jean Kodjo a été reçu ce mercredi 3 mars 2021 au palais par son homologue Paul Amara. "


def roles(text: str) -> dict[str, str | None]:
    brief = briefparse.parse(LEAD + text, reference_date=dt.date(2021, 3, 3))
    return {p.name: p.role for p in brief.participants if p.name}


def test_items_after_a_comma_and_an_honorific() -> None:
    found = roles(
        "La délégation est composée de M. Ali Koné, ministre de la Défense, de Mme Awa Sidibé, ministre du "
        "Commerce, et de M. Moussa Diallo, ministre des Affaires étrangères."
    )
    assert found["Ali Koné"] == "ministre de la Défense"
    assert found["Awa Sidibé"] == "ministre du Commerce"
    assert found["Moussa Diallo"] == "ministre des Affaires étrangères"


def test_last_item_after_and_alone() -> None:
    found = roles(
        "L'entretien s'est déroulé en présence de M. Ali Koné, ministre de la Défense, de M. Issa Traoré, ministre "
        "de l’Administration territoriale et de M. Moussa Diallo, ministre des Affaires étrangères."
    )
    assert found["Issa Traoré"] == "ministre de l’Administration territoriale"
    assert found["Moussa Diallo"] == "ministre des Affaires étrangères"


def test_a_portfolio_of_several_items_stays_whole() -> None:
    found = roles(
        "L'entretien s'est déroulé en présence de Mme Awa Koné, ministre de l'Économie, des Finances et du Budget, "
        "et de M. Issa Traoré, conseiller."
    )
    assert found["Awa Koné"] == "ministre de l'Économie, des Finances et du Budget"
    assert found["Issa Traoré"] == "conseiller"
