"""A roll call of names each followed by its country in brackets ("les présidents X (Angola), Y (Tchad) et Z
(Gabon)", "sus homólogos X (Colombia), Y (Bolivia)"): each person's affiliation is the country written after the
name, not left empty because the list's role ("présidents", "homólogos") names no country.

Every brief and every person here is invented for the test.
"""

import pytest

import briefparse

_FR = (
    "Le sommet de la CEEAC s'est ouvert samedi à Libreville.\n\n"
    "Outre Paul Ondo Mba, le chef de l'Etat du pays hôte, on note la présence des présidents Marc Lendu (Angola), "
    "Jules Bakama (Tchad) et Alain Moukani (Burundi).\n"
)
_ES = (
    "El canciller peruano Marcos Villegas recibió este lunes en Lima a sus homólogos Lucía Brenner (Colombia), "
    "Tomás Aranda (Bolivia), Julio Ferrán (Ecuador) y Ana Sotelo (Venezuela).\n"
)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (_FR, "fr", {"Marc Lendu": "Angola", "Jules Bakama": "Tchad", "Alain Moukani": "Burundi"}),
        (
            _ES,
            "es",
            {
                "Lucía Brenner": "Colombia",
                "Tomás Aranda": "Bolivia",
                "Julio Ferrán": "Ecuador",
                "Ana Sotelo": "Venezuela",
            },
        ),
    ],
)
def test_each_item_takes_its_bracketed_country(text: str, language: str, expected: dict[str, str]) -> None:
    brief = briefparse.parse(text, language=language)
    got = {p.name: p.affiliation for p in brief.participants}
    assert {name: got.get(name) for name in expected} == expected


def test_a_party_in_brackets_is_no_affiliation() -> None:
    brief = briefparse.parse(
        "Bundeskanzlerin Petra Lindner (CDU) hat am Montag in Berlin den Ministerpräsidenten Jonas Falk (SPD) "
        "empfangen.\n",
        language="de",
    )
    assert "SPD" not in {p.affiliation for p in brief.participants}
