"""A later sentence that opens on a phrase holding a journey, with no comma after it, and tells a meeting in the
future ("Nach dem Besuch der Gedenkstätte wird X mit Y zusammenkommen"): after an event that took place, Y is a party
to a meeting still to come, mentioned only; told in the past ("… traf X auch Y"), the meeting continues the event.

The briefs and their people are fictional, written for this test.
"""

from briefparse import parse


def _names(text: str, reference_date: str) -> tuple[set[str], set[str]]:
    brief = parse(text, reference_date=reference_date)
    return {p.name for p in brief.participants}, {p.name for p in brief.people_mentioned}


def test_meeting_after_a_fronted_visit_is_to_come() -> None:
    text = (
        "Wendt empfängt Berg\n\n"
        "Berlin - Bundesaußenminister Lukas Wendt (SPD) hat am Samstag seinen valdorischen Kollegen Tomas Berg in "
        "Berlin empfangen.\n\n"
        "Die beiden Minister sprachen über die Lage im Hafen von Nordmark. Nach dem Besuch der Gedenkstätte wird "
        "Berg mit Bundeskanzlerin Mira Falk (CDU) zusammenkommen.\n"
    )
    taking_part, mentioned = _names(text, "2014-11-08")
    assert taking_part == {"Lukas Wendt", "Tomas Berg"}, taking_part
    assert "Mira Falk" in mentioned, mentioned


def test_meeting_told_in_the_past_after_a_fronted_visit_still_continues() -> None:
    text = (
        "Wendt empfängt Berg\n\n"
        "Berlin - Bundesaußenminister Lukas Wendt (SPD) hat am Samstag seinen valdorischen Kollegen Tomas Berg in "
        "Berlin empfangen.\n\n"
        "Die beiden Minister sprachen über die Lage im Hafen von Nordmark. Nach dem Besuch der Gedenkstätte traf "
        "Berg auch Bundeskanzlerin Mira Falk (CDU).\n"
    )
    taking_part, _ = _names(text, "2014-11-08")
    assert {"Lukas Wendt", "Tomas Berg", "Mira Falk"} <= taking_part, taking_part
