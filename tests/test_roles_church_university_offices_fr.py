"""French offices of churches and universities are role nouns, before or after the name: an archbishop ("Mgr X,
archevêque de Paris", "l'archevêque d'Alger, X"), a rector ("la rectrice X").

The briefs are written for these tests (invented people, real cities).
"""

import pytest

import briefparse


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        (
            "Audience au palais\n"
            "Le président Jonas Kelber a reçu, mercredi 3 mars 2021 à Alger, l'archevêque d'Alger, Paul Otterway.\n",
            {"Paul Otterway": "archevêque d'Alger", "Jonas Kelber": "président"},
        ),
        (
            "Obsèques à Paris\n"
            "La messe du 3 mars 2021 a été célébrée par Mgr Paul Otterway, archevêque de Paris, en présence du "
            "président Jonas Kelber.\n",
            {"Paul Otterway": "archevêque de Paris"},
        ),
        (
            "Visite à Québec\n"
            "Le 3 mars 2021, la délégation s'est rendue à l'Université Laval pour y rencontrer la rectrice Clara "
            "Vendel.\n",
            {"Clara Vendel": "rectrice"},
        ),
    ],
    ids=["archbishop-after-article", "archbishop-after-name", "rector-before-name"],
)
def test_a_church_or_university_office_is_its_holders_role(text: str, roles: dict[str, str]) -> None:
    brief = briefparse.parse(text)
    for name, role in roles.items():
        assert next(p for p in brief.participants if p.name == name).role == role
