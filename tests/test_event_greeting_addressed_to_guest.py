"""Event type on briefs invented for these tests (fictional people, real countries): after a sentence that tells a
meeting, a verb of greeting or thanks whose object is a person ("He congratulated X on his appointment", "a félicité
son hôte") is what was said to the guest at that meeting: it does not make the brief a statement."""

from __future__ import annotations

import pytest

from briefparse import parse


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Tomas Berg has thanked Japan for its support to Fiji's development.\n"
        "Berg received a courtesy call from Japan's Ambassador to Fiji, Ines Marlow yesterday.\n"
        "He congratulated Marlow on her new appointment and reaffirmed support for the partnership.\n"
        "Berg says relations between the two countries span trade, health and education.",
        "Le Premier ministre Paul Marin a salué l'appui du Japon au développement du Sénégal.\n"
        "M. Marin a reçu hier en audience l'ambassadeur du Japon au Sénégal, Jan Keller.\n"
        "Il a félicité M. Keller pour sa nomination et réaffirmé le soutien du gouvernement au partenariat.\n"
        "Selon M. Marin, les relations entre les deux pays couvrent le commerce et la santé.",
    ],
    ids=["en", "fr"],
)
def test_congratulating_the_guest_is_said_at_the_meeting(text: str) -> None:
    assert parse(text).event_type == "meeting"


def test_congratulations_told_alone_stay_a_statement() -> None:
    text = (
        "Prime Minister Tomas Berg congratulated Ines Marlow on her election as President of Chile.\n"
        "Berg said he looked forward to working with her."
    )
    assert parse(text).event_type == "statement"
