"""Event type on German briefs invented for these tests (fictional people and places): a yearly reception where a
host greets a corps or a host of guests ("Neujahrsempfang", "Jahresempfang") is a gathering, told in the headline or
in the lead. A meeting told at such a reception ("Beim Jahresempfang traf X mit Y zusammen") stays the meeting."""

from __future__ import annotations

import datetime as dt

import pytest

import briefparse


@pytest.mark.parametrize(
    "text",
    [
        "Jahresempfang des Konsularischen Korps in Kessel\n\nEinmal im Jahr versammeln sich die Vertreter des "
        "Konsularischen Korps in Kessel. Rund 60 Konsulinnen und Konsuln nahmen am Jahresempfang im Schloss Wendau "
        "teil.",
        "Am 12. Jänner lud Bundespräsident Ivo Marquardt zu einem Neujahrsempfang für das Diplomatische Corps in die "
        "Hofburg von Kessel. Bei der Begrüßung hob er die Bedeutung dieses alljährlichen Treffens hervor.",
        "Neujahrsempfang des diplomatischen Corps\n\nBundespräsidentin Lene Harbig hat heute am traditionellen "
        "Neujahrsempfang im Bundeshaus die Vertreter des diplomatischen Corps begrüßt.",
    ],
    ids=["yearly-headline", "new-year-lead", "new-year-headline-and-lead"],
)
def test_a_yearly_reception_is_a_gathering(text: str) -> None:
    assert briefparse.parse(text, reference_date=dt.date(2024, 1, 12), language="de").event_type == "conference"


def test_a_meeting_at_the_reception_stays_the_meeting() -> None:
    text = (
        "Minister Rohde trifft Botschafterin Alma Nerud\n\nBeim Jahresempfang der Handelskammer in Kessel traf "
        "Minister Paul Rohde am Dienstag mit der Botschafterin von Valdoria, Alma Nerud, zusammen."
    )
    assert briefparse.parse(text, reference_date=dt.date(2024, 1, 12), language="de").event_type == "meeting"
