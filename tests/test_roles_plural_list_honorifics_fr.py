"""A plural role before a list of names gives each of them its office with the complement the plural had, also when
each name comes after its honorific (« les trois membres du Haut Conseil (HCT), Madame X, Monsieur Y et M. Z »): the
honorific before a name is the name's own, so the comma or « et » before it still sets it apart as the next item.

Every brief here is invented for the test.
"""

import briefparse


def _roles(text: str) -> dict[str | None, str | None]:
    return {p.name: p.role for p in briefparse.parse(text).participants}


def test_honorifics_before_each_listed_name() -> None:
    roles = _roles(
        "Port-au-Prince, le 12 mars 2024.- Le Premier ministre, Paul Verdan, a eu, le mardi 12 mars, une séance de "
        "travail avec les trois membres du Haut Conseil de la Transition (HCT), Madame Anne H. Rolland, Monsieur Luc "
        "Saint-Denis et M. Marc Brévin."
    )
    for name in ("Luc Saint-Denis", "Marc Brévin"):
        assert roles[name] == "membre du Haut Conseil de la Transition (HCT)"


def test_bare_names_share_the_complement() -> None:
    roles = _roles(
        "Le ministre de l'Intérieur, Paul Verdan, a reçu lundi les trois vice-présidents du Sénat, Anne Rolland, Luc "
        "Saint-Denis et Marc Brévin."
    )
    assert roles["Luc Saint-Denis"] == "vice-président du Sénat"


def test_an_item_with_its_own_country_keeps_it() -> None:
    roles = _roles(
        "Le ministre des Affaires étrangères, Paul Verdan, a reçu lundi les ambassadeurs du Chili, Anne Rolland, et du "
        "Royaume de Suède, Luc Saint-Denis."
    )
    assert roles["Luc Saint-Denis"] == "ambassadeur du Royaume de Suède"
