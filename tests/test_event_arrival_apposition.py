"""Event type on briefs invented for these tests (fictional people, real countries): an arrival told in an apposition
about the subject ("X, arrivé mardi à Dakar, sera reçu par Y", "X, who arrived in Accra on Tuesday, was received by
Y") is the occasion of the meeting the sentence's verb reports. An arrival the sentence itself reports, or one for a
visit named by its rank, stays a visit."""

from __future__ import annotations

import pytest

from briefparse import parse


@pytest.mark.parametrize(
    "text",
    [
        "Le président valdorien Marc Ternier, arrivé mardi à Dakar en provenance de Bamako, sera reçu en audience par "
        "son homologue sénégalais, a-t-on appris de source officielle.",
        "Le ministre Paul Varenne, arrivé lundi à Rabat, a été reçu par le roi.",
        "President Marc Ternier, who arrived in Accra on Tuesday, was received by his Ghanaian counterpart at the "
        "Jubilee House.",
    ],
)
def test_an_arrival_in_apposition_leaves_the_meeting(text: str) -> None:
    assert parse(text).event_type == "meeting"


@pytest.mark.parametrize(
    "text",
    [
        "Le ministre Paul Varenne est arrivé lundi à Rabat, où il entame une visite de trois jours.",
        "Le président Marc Ternier, arrivé mardi à Dakar pour une visite officielle de trois jours, a été accueilli "
        "à l'aéroport par le Premier ministre.",
        "President Marc Ternier arrived in Accra on Tuesday for a three-day state visit.",
    ],
)
def test_an_arrival_the_sentence_reports_stays_a_visit(text: str) -> None:
    assert parse(text).event_type == "visit"
