"""A phone call is between the people its call sentences name: once two named people take part there, one named
only in a sentence of another encounter (the talks a party held on an earlier trip, the talks a call asked about)
is mentioned. The people of a second call the brief tells still take part.

Every brief and every person here is invented for the test.
"""

import briefparse

_EARLIER_TALKS = (
    "Norwegian Foreign Minister Ivar Dornsen and his Finnish counterpart, recently appointed Petri Lanninen, had "
    "their first telephone conversation, Oslo reports.\n\n"
    "The diplomats stated their readiness to continue to work together on bilateral relations.\n\n"
    "The previous ministerial meeting took place in mid-February. Then Dornsen paid a visit to Helsinki. During the "
    "trip, he held talks with Mikko Saarivaara, who served as head of Finnish diplomacy before Lanninen.\n"
)
_ASKED_ABOUT = (
    "Wien (OTS). Kanzler Florian Haberstock hat heute mit dem slowakischen Präsidenten Marek Dobrovsky "
    "telefoniert.\n\n"
    "Dobrovsky rief Haberstock kurz vor 18 Uhr persönlich an.\n\n"
    "Haberstock hatte zuvor mit der EU-Kommissarin Helena Vintersdorf in Rom eine gemeinsame Linie besprochen.\n"
)
_TWO_CALLS = (
    "Norwegian Prime Minister Ivar Dornsen held a phone call with Finnish President Petri Lanninen on Monday. "
    "Later on Monday, Dornsen also held a phone call with Estonian Prime Minister Kaja Tammsaar.\n"
)


def _names(people: list) -> list[str | None]:
    return [p.name for p in people]


def test_talks_on_an_earlier_trip_are_mentioned():
    brief = briefparse.parse(_EARLIER_TALKS)
    assert brief.event_type == "phone_call"
    assert "Mikko Saarivaara" not in _names(brief.participants)
    assert {"Ivar Dornsen", "Petri Lanninen"} <= set(_names(brief.participants))


def test_earlier_talks_told_after_a_call_are_mentioned_de():
    brief = briefparse.parse(_ASKED_ABOUT)
    assert brief.event_type == "phone_call"
    assert "Helena Vintersdorf" not in _names(brief.participants)
    assert {"Florian Haberstock", "Marek Dobrovsky"} <= set(_names(brief.participants))


def test_a_second_call_keeps_its_parties():
    names = _names(briefparse.parse(_TWO_CALLS).participants)
    assert {"Ivar Dornsen", "Petri Lanninen", "Kaja Tammsaar"} <= set(names)
