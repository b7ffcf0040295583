"""A French brief's speaker is no source: a role after an elided article ("selon l’ambassadrice du Niger, « … »"),
and a name whose phrase ends where it says to whom it spoke ("déclare Paul Marin face à la presse").

The briefs are made up for these tests.
"""

import pytest

from briefparse import parse


@pytest.mark.parametrize("article", ["l’", "l'"])
def test_a_role_after_an_elided_article_is_a_speaker(article):
    text = (
        "Trois ambassadeurs chez le président\n"
        "Trois nouveaux ambassadeurs ont présenté, hier, leurs lettres de créance au président Paul Marin. Il s’agit "
        "de Léa Moreau, ambassadrice de Norland, et de Karl Vester, ambassadeur de Lorenia.\n"
        f"Selon {article}ambassadrice de Norland, « la coopération sera multisectorielle ». Pour sa part, "
        "l’ambassadeur de Lorenia a salué l’accueil reçu."
    )
    assert parse(text).source is None


def test_a_speaker_ends_where_the_press_he_spoke_to_begins():
    text = (
        "Audience au palais\n"
        "Le président Paul Marin a reçu hier l’ambassadeur de Norland, Karl Vester, au palais de Porta Nova. "
        "« Je lui ai remis un message d’amitié », déclare Karl Vestre face à la presse."
    )
    assert parse(text).source is None
