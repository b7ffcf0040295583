"""A holder's name followed by "and the <Title>, <Name>": the second title opens another person's office, it is no
further item of the first office ("le Ministre des Affaires Etrangères, X et le Premier Ministre, Y"); and a
nationality adjective written in capitals after a title ("le Président Centrafricain, X") is no name.

Every brief and every person here is invented for the test; the countries are real.
"""

import datetime as dt

import pytest

import briefparse


def people(text: str) -> list[tuple[str | None, str | None]]:
    brief = briefparse.parse(text, reference_date=dt.date(2023, 5, 10))
    return [(p.name, p.affiliation) for p in brief.participants]


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Entretien à Kessel\n\n"
            "Le Ministre des Affaires Etrangères, Arvo Lindqvist et le Premier Ministre, Jonas Berkel se sont "
            "entretenus lundi à Kessel.\n",
            "Arvo Lindqvist",
            "Jonas Berkel",
        ),
        (
            "Talks in Kessel\n\n"
            "The Minister of Foreign Affairs, Trade and Industry, Arvo Lindqvist and the Prime Minister of Valdoria, "
            "Jonas Berkel held talks in Kessel on Monday.\n",
            "Arvo Lindqvist",
            "Jonas Berkel",
        ),
        (
            "Reunión en Kessel\n\n"
            "El Ministro de Relaciones Exteriores, Comercio y Culto, Arvo Lindqvist y el Primer Ministro de Valdoria, "
            "Jonas Berkel se reunieron el lunes en Kessel.\n",
            "Arvo Lindqvist",
            "Jonas Berkel",
        ),
    ],
)
def test_holder_before_another_title_takes_part(text: str, first: str, second: str) -> None:
    names = [name for name, _ in people(text)]
    assert first in names
    assert second in names


def test_capitalised_nationality_after_title_is_no_name_fr() -> None:
    text = (
        "Entretien à Genève\n\n"
        "En marge du sommet, le Ministre russe des Affaires Etrangères, Oleg Varenko et le Président Centrafricain, "
        "Jean-Marc Ngoubou se sont entretenus à Genève.\n"
    )
    found = dict(people(text))
    assert "Centrafricain" not in found
    assert "Oleg Varenko" in found
    assert found.get("Jean-Marc Ngoubou") == "Centrafrique"
