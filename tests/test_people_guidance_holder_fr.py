"""Whose instructions, vision or patronage an act follows is named, not present: « conformément aux instructions du
Président X », « s'inscrit dans la vision du président de la République, X », « sous le haut patronage du Chef de
l'Etat, X » make X mentioned, as « sur instruction du » and « au nom du » already do.

Every brief here is invented for the test.
"""

import pytest

import briefparse


@pytest.mark.parametrize(
    "text",
    [
        "Le ministre de la Santé, Paul Kabila, a reçu mardi à Port-Norland une délégation de l'OMS conduite par Mme "
        "Lina Okoro, conformément aux instructions du Président de la République, Ibrahim Sawadi.",
        "Le ministre de l'Agriculture, Paul Kabila, a reçu lundi l'ambassadeur du Japon, Taro Suzuki. Cette rencontre "
        "s'inscrit dans la vision du Président de la République, Ibrahim Sawadi, de renforcer la coopération.",
        "Placée sous le haut patronage du Chef de l'Etat, Ibrahim Sawadi, la cérémonie a été présidée lundi par le "
        "Premier ministre, Paul Kabila, en présence du ministre de la Culture, Jean Ouedrago.",
    ],
)
def test_holder_of_the_guidance_is_mentioned(text: str) -> None:
    brief = briefparse.parse(text)
    assert "Paul Kabila" in [p.name for p in brief.participants]
    assert "Ibrahim Sawadi" not in [p.name for p in brief.participants]
    assert "Ibrahim Sawadi" in [p.name for p in brief.people_mentioned]
