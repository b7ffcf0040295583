"""People on briefs invented for these tests (fictional people, real countries): a country after a name whose own
name has several words ("Jean Tsamba de la Guinée Equatoriale", "Marc Oyono de la Sierra Leone") or goes on in small
letters where the capitalised run stops ("Alain Koffi de Côte d'ivoire", "Pierre Ndong de Sao Tome et Principe") is
what the person is of, no part of the name."""

from __future__ import annotations

import pytest

from briefparse import parse

_LEAD = "Sommet de la CEMAC à Malabo\n\nLe sommet des chefs d'Etat s'est ouvert lundi 3 mars 2014 à Malabo en présence "


@pytest.mark.parametrize(
    ("listed", "names"),
    [
        (
            "des présidents Paul Abena du Cameroun, Jean Tsamba de la Guinée Equatoriale et Marc Oyono de la Sierra "
            "Leone.",
            ["Paul Abena", "Jean Tsamba", "Marc Oyono"],
        ),
        ("des présidents Luc Bamba de la Guinée Bissau et Jean Koné de la Côte d’Ivoire.", ["Luc Bamba", "Jean Koné"]),
        (
            "des présidents Alain Koffi de Côte d'ivoire et Pierre Ndong de Sao Tome et Principe.",
            ["Alain Koffi", "Pierre Ndong"],
        ),
    ],
    ids=["two-capitalised-words", "article-and-two-words", "run-stops-in-small-letters"],
)
def test_country_of_several_words_after_a_name(listed: str, names: list[str]) -> None:
    found = [p.name for p in parse(_LEAD + listed + "\n").participants]
    assert found == names


def test_family_name_particle_is_kept() -> None:
    """A particle that no country's name follows stays in the name ("Manuel Serra da Costa")."""
    text = _LEAD + "du président Manuel Serra da Costa et de son homologue Paul Abena du Cameroun.\n"
    found = [p.name for p in parse(text).participants]
    assert "Manuel Serra da Costa" in found
