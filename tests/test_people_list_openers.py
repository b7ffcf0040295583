"""A sentence that opens on a list of whom the event counts ("Il s'agit de X, Y et Z", "Se trata de X, Y y Z",
"Entre ellos, X", "Il y a aussi X") names participants, its first name too: the verb before "de" is no noun whose
thing the name would complete.

Every brief here is invented for the test.
"""

import pytest

import briefparse


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Trois dirigeants ont été reçus à Porta Nova le 26 novembre 2019. Il s’agit de Karl Vester, Léa Moreau et "
            "Anna Berg, respectivement président de la Commission, secrétaire générale de l’OIF et secrétaire générale "
            "du Commonwealth.",
            {"Karl Vester", "Léa Moreau", "Anna Berg"},
        ),
        (
            "Trois dirigeants ont été reçus à Porta Nova le 26 novembre 2019. Il s'agissait de Karl Vester, Léa Moreau "
            "et Anna Berg.",
            {"Karl Vester", "Léa Moreau", "Anna Berg"},
        ),
        (
            "Tres dirigentes fueron recibidos en Porta Nova el 26 de noviembre de 2019. Se trata de Karl Vester, Lea "
            "Moreno y Ana Berg.",
            {"Karl Vester", "Lea Moreno", "Ana Berg"},
        ),
        (
            "La Valdorie et la Norlandie ont conclu mardi à Porta Nova six accords de coopération.\n\nCes accords ont "
            "été signés sous la supervision des deux chefs d’Etat Paul Marin et Karl Vester.\n\nD’autres accords "
            "concernent le transport routier.\n\nLe ministre des Affaires étrangères, Léa Moreau, a conduit la "
            "délégation valdorienne comprenant entre autres ministres Anna Berg (Défense), Marc Tellier (Intérieur), "
            "Jean Dufort (Justice).\n\nIl y a aussi Luc Bonnet (Culture), Pierre Lamy (Santé), Anne Vidal (Élevage).",
            {"Léa Moreau", "Luc Bonnet", "Pierre Lamy", "Anne Vidal"},
        ),
        (
            "El presidente de Valdoria, Pablo Marín Soto, recibió este martes en el Palacio Nacional a una delegación "
            "de empresarios de Norlandia.\n\nEntre ellos, el presidente de la Cámara de Comercio, Juan Roux Vidal, y "
            "la directora de la Agencia de Inversiones, Ana Lamas Ruiz.",
            {"Pablo Marín Soto", "Juan Roux Vidal", "Ana Lamas Ruiz"},
        ),
    ],
)
def test_the_first_name_of_the_list_takes_part(text, names):
    assert names <= {p.name for p in briefparse.parse(text).participants}


def test_a_name_completing_a_noun_is_still_no_participant():
    text = "Le gouvernement de Karl Vester a adopté mardi un projet de loi. Il s’agit du texte sur la santé."
    assert "Karl Vester" not in {p.name for p in briefparse.parse(text).participants}
