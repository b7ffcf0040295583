"""Roles the language writes in capitals ("PM", "CS", "FM") are roles only where the text writes them so: a time
("the 3 pm attack") or a measure ("5 cm") in lower case names no one, and never makes an unnamed participant.

Every brief and every person here is invented for the test.
"""

import datetime as dt

import briefparse
from briefparse.models import Brief


def _parse(text: str) -> Brief:
    return briefparse.parse(text, reference_date=dt.date(2024, 3, 12))


def test_en_a_time_written_pm_is_no_prime_minister():
    text = (
        "Interior Minister Jane Koro has condemned the attack witnessed today in Valdoria's capital.\n\n"
        "“I condemn in the strongest terms this cowardly act,” she said.\n\n"
        "The 3 pm attack at a hotel in the city centre left one person dead and 12 others injured."
    )
    record = _parse(text)
    assert [(p.name, p.role) for p in record.participants] == [("Jane Koro", "Interior Minister")]


def test_en_a_time_in_pm_after_the_event_adds_no_unnamed_participant():
    text = (
        "Norland's Prime Minister Paul Marin met the visiting Foreign Minister of Valdoria, Anna Rell, on Monday.\n\n"
        "The two sides discussed trade and energy until 6 pm last night, the ministry said."
    )
    names = [p.name for p in _parse(text).participants]
    assert None not in names
    assert {"Paul Marin", "Anna Rell"} <= set(names)


def test_en_the_abbreviated_title_in_capitals_is_still_a_role():
    record = _parse("PM Jane Koro met President Paul Marin of Valdoria on Monday in Norland.")
    assert ("Jane Koro", "PM") in [(p.name, p.role) for p in record.participants]
