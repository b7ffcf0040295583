"""The full forms of French honorifics that West African outlets put before a minister's name ("Maître Sidiki
Kaba", a lawyer, as "Me" abbreviates it; "le Docteur X", as "Dr" does) are no part of the name.

Every brief here is invented for the test.
"""

import pytest

import briefparse


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Le ministre des Affaires étrangères, Maître Paul Marin, a conduit la délégation mardi.", "Paul Marin"),
        ("Le président Karl Vester a reçu mardi le Docteur Léa Moreau, directrice de l'hôpital.", "Léa Moreau"),
    ],
)
def test_the_honorific_is_left_out_of_the_name(text, name):
    assert name in [p.name for p in briefparse.parse(text).participants]
