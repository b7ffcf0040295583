"""Event type on German briefs invented for these tests (fictional people, real countries): the adjective
"telefonisch" in every ending ("ein telefonisches Arbeitsgespräch", "telefonischer Austausch") and "zum
Telefonhörer greifen" tell a phone call, even where a meeting or a trip that did not take place is named beside
them."""

from __future__ import annotations

from briefparse import parse


def test_a_telephone_working_talk_is_a_phone_call() -> None:
    text = (
        "Berger und Vogel - Telefonisches Arbeitsgespräch\n\n"
        "Wegen der Pandemie musste Außenministerin Anna Berger auf ein Arbeitsgespräch vor Ort verzichten.\n\n"
        "VADUZ - Außenministerin Anna Berger sprach am Mittwoch mit dem österreichischen Außenminister Karl Vogel. "
        "Thema des Gesprächs waren die Maßnahmen beider Länder."
    )
    brief = parse(text, language="de")
    assert brief.event_type == "phone_call"
    assert brief.location is None


def test_picking_up_the_receiver_instead_of_a_trip_is_a_phone_call() -> None:
    text = (
        "Statt Reise nach China: Bundesrat Karl Vogel hat mit seinem Amtskollegen gesprochen\n\n"
        "Nachdem Bundesrat Karl Vogel wegen einer Panne nicht nach China reisen konnte, griff er zum Telefonhörer.\n\n"
        "Statt eines persönlichen Besuchs in China griff Bundesrat Karl Vogel zum Telefonhörer. Das Gespräch mit "
        "seinem Amtskollegen Li Wei sei gut verlaufen."
    )
    assert parse(text, language="de").event_type == "phone_call"


def test_a_working_talk_on_site_stays_a_meeting() -> None:
    text = (
        "Außenministerin Anna Berger empfing am Mittwoch in Vaduz den österreichischen Außenminister Karl Vogel "
        "zu einem Arbeitsgespräch."
    )
    assert parse(text, language="de").event_type == "meeting"
