"""Event type on briefs invented for these tests (fictional people, real countries): a verb of inauguration whose
object is a gathering ("inaugurated the Young Leaders Forum", "inauguró la reunión de cancilleres") reports that
gathering, a conference, even when a host or a theme with a colon follows; opening a building stays a ceremony."""

from __future__ import annotations

import pytest

from briefparse import parse


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Minister inaugurates Young Leaders Forum in Pune\n\nThe minister of state Arjun Velkar inaugurated the "
            'two-day "Policy Dialogue and Young Leaders Forum" on the theme "Ports and Roads: What Comes Next" hosted '
            "jointly by the Deccan Institute and the Council of Eastern Studies at Pune on March 3. In his inaugural "
            "address, he congratulated the Deccan Institute for organising the event.",
            "en",
        ),
        (
            "Quito, Ecuador.- La ministra de Relaciones Exteriores de Ecuador, Marta Ibarguren, inauguró ayer la "
            "reunión de cancilleres de la Cumbre Andina, en la ciudad de Cuenca.\n\nIbarguren dio la bienvenida a "
            "las delegaciones de nueve países.",
            "es",
        ),
    ],
    ids=["en-forum-with-host-and-theme", "es-meeting-of-foreign-ministers"],
)
def test_an_inaugurated_gathering_is_a_conference(text: str, language: str) -> None:
    brief = parse(text)
    assert brief.language == language
    assert brief.event_type == "conference"


def test_an_inaugurated_building_stays_a_ceremony() -> None:
    text = "Health Minister Arjun Velkar inaugurated the new district hospital in Pune on Monday."
    assert parse(text).event_type == "other"
