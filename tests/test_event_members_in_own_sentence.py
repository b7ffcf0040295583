"""Event type on briefs invented for these tests (fictional people, real countries): the members that make a meeting
noun a gathering ("a meeting of ministers") stand in the noun's own sentence; a sentence that ends on the noun and a
next one that opens on the delegations tell a meeting of two parties, not a gathering of many."""

from __future__ import annotations

import pytest

from briefparse import parse


@pytest.mark.parametrize(
    "text",
    [
        "Valdivia, 5 sep (AGN).- Los Gobiernos de Chile y de Perú realizan hoy un encuentro de alto nivel.\n"
        "Las delegaciones ministeriales, presididas por los cancilleres Ana Ruiz y Pedro Soto, se reúnen en el "
        "Palacio de la Moneda.",
        "Dakar, 5 sept (APV) - Les gouvernements du Sénégal et du Mali tiennent aujourd'hui une rencontre de "
        "travail.\nLes délégations ministérielles, conduites par les ministres Awa Diop et Moussa Keita, se réunissent "
        "au palais.",
    ],
    ids=["es", "fr"],
)
def test_members_named_in_the_next_sentence_make_no_gathering(text: str) -> None:
    assert parse(text).event_type == "meeting"


def test_members_in_the_nouns_sentence_still_make_a_gathering() -> None:
    text = (
        "Valdivia, 5 sep (AGN).- Se celebra hoy un encuentro de los cancilleres de la región en el Palacio de la "
        "Moneda, con Ana Ruiz y Pedro Soto."
    )
    assert parse(text).event_type == "conference"
