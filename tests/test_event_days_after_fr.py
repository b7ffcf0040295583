"""An event a span of days sets the reported one after ("Quelques jours après son arrivée à Lomé, …") is an earlier
occasion, not the event the brief reports."""

from __future__ import annotations

import pytest

import briefparse


@pytest.mark.parametrize("span", ["Quelques jours après", "Deux semaines après", "Une semaine après"])
def test_an_arrival_some_days_before_yields_to_the_audience_reported(span):
    text = (
        f"{span} son arrivée à Lomé, le nouvel ambassadeur d'Italie, Marco Bellini, a été reçu lundi en audience "
        "par le ministre des Affaires étrangères, Kodjo Adamah.\n"
        "Les deux hommes ont évoqué la coopération économique entre les deux pays.\n"
    )
    assert briefparse.parse(text, language="fr").event_type == "meeting"


def test_an_arrival_told_alone_is_still_the_visit():
    text = "Le nouvel ambassadeur d'Italie, Marco Bellini, est arrivé lundi à Lomé pour prendre ses fonctions.\n"
    assert briefparse.parse(text, language="fr").event_type == "visit"
