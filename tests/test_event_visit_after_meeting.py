"""Event type on briefs invented for these tests (fictional people): a brief whose first event sentence reports a
meeting as done, and whose next sentences tell of the guest's visit (an arrival "for a two-day visit", "est en visite
en France"), reports the talks held during that visit: a meeting, as the corpus types them. A brief that opens on the
arrival stays a visit."""

from __future__ import annotations

import pytest

from briefparse import parse


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Foreign Minister Aron Velk on Thursday welcomed his Norlandian counterpart Iva Berg at the Ministry of "
            "Foreign Affairs in Valmora.\n\nBerg arrived in Valmora yesterday for a two-day visit at Velk's "
            "invitation. According to the ministry, it is the Norlandian foreign minister's first bilateral visit to "
            "the country.\n\nThe two ministers later led delegation-level talks.",
            "en",
        ),
        (
            "NORLANDE : LE PRÉSIDENT PAUL MARIN REÇU AU PALAIS DE L'ÉLYSÉE, CE MARDI\n\nLe président de la "
            "République est en visite en France. Paul Marin a été l'hôte ce mardi du président français Jean "
            "Dorval.\n\nLes deux dirigeants ont passé en revue l'agenda bilatéral.",
            "fr",
        ),
        (
            "Prime Minister Aron Velk on Tuesday met former premier Iva Berg soon after returning from his two day "
            "visit to Nepal.\n\nThe prime minister went directly to the residence of Berg to brief him on the Nepal "
            "visit.\n\nEarlier today, Velk left for the country after ending his two day visit to Nepal.",
            "en",
        ),
    ],
    ids=["welcomed-then-arrival", "received-title-then-on-a-visit", "met-after-a-visit"],
)
def test_a_visit_told_after_the_meeting_is_its_occasion(text: str, language: str) -> None:
    assert parse(text, language=language).event_type == "meeting"


def test_a_brief_opening_on_the_arrival_stays_a_visit() -> None:
    text = (
        "President Aron Velk arrived in Valmora on Monday for a two-day state visit.\n\nHe was welcomed at the "
        "airport by Prime Minister Iva Berg.\n\nVelk later met his counterpart at the presidential palace."
    )
    assert parse(text, language="en").event_type == "visit"
