"""Someone who only relays the event ("Foreign Secretary Y told the Herald that A and B held talks") does not take
part, also when the brief opens on a standfirst that names no one and the two who took part are named only in the
sentence after it.

The briefs and their people are fictional, written for this test.
"""

from briefparse import parse

STANDFIRST = "The two leaders spoke directly for the first time in months amid a dispute over fishing rights.\n"
LEAD = (
    "Prime Minister Tomas Berg and his Valdorian counterpart Ines Marlow held a telephone conversation on "
    "Saturday.\n"
)
RELAY = "Foreign Secretary Karl Osten told the Herald that Berg and Marlow held talks on Saturday.\n"


def _names(text: str) -> tuple[set[str], set[str]]:
    brief = parse(text, reference_date="2020-08-15")
    return {p.name for p in brief.participants}, {p.name for p in brief.people_mentioned}


def test_relay_after_a_standfirst_is_mentioned() -> None:
    taking_part, mentioned = _names("Berg, Marlow hold phone talks\n" + STANDFIRST + LEAD + RELAY)
    assert taking_part == {"Tomas Berg", "Ines Marlow"}, taking_part
    assert "Karl Osten" in mentioned, mentioned


def test_relay_after_the_lead_is_mentioned() -> None:
    taking_part, mentioned = _names("Berg, Marlow hold phone talks\n" + LEAD + RELAY)
    assert "Karl Osten" not in taking_part and "Karl Osten" in mentioned, (taking_part, mentioned)
