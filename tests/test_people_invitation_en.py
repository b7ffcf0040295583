"""Who a guest's journey answers ("arrived on a visit at the invitation of X") is only mentioned, unless the brief
tells X receiving the guest; who a gathering held "at the invitation of X" answers hosts it and takes part.

Every brief and every person here is invented for the test.
"""

import briefparse
from briefparse.models import Brief


def _names(brief: Brief) -> list[str | None]:
    return [p.name for p in brief.participants]


def test_the_inviter_of_a_journey_is_mentioned() -> None:
    brief = briefparse.parse(
        "Walker arrives in Nordheim\n\n"
        "Norland President Tom Walker arrived in Nordheim on Monday on a two-day visit at the invitation of Lakeland "
        "President Piotr Larin.\n"
        "He was received at the airport by Foreign Minister Ivan Dorn.\n"
    )
    assert "Piotr Larin" not in _names(brief)
    assert "Piotr Larin" in [p.name for p in brief.people_mentioned]
    assert {"Tom Walker", "Ivan Dorn"} <= set(_names(brief))


def test_the_inviter_who_receives_the_guest_takes_part() -> None:
    brief = briefparse.parse(
        "Walker arrives in Nordheim\n\n"
        "Norland President Tom Walker arrived in Nordheim on Monday on a two-day visit at the invitation of Lakeland "
        "President Piotr Larin.\n"
        "Larin received Walker at the airport.\n"
    )
    assert {"Tom Walker", "Piotr Larin"} <= set(_names(brief))


def test_the_inviter_of_a_gathering_hosts_it() -> None:
    brief = briefparse.parse(
        "Three foreign ministers meet in Nordheim\n\n"
        "The third trilateral meeting of foreign ministers was held in Nordheim with the participation of Norland "
        "Foreign Minister Tom Walker and Westmark Foreign Minister Anna Berg at the invitation of Lakeland Foreign "
        "Minister Piotr Larin.\n"
        "The ministers discussed trade and transport.\n"
    )
    assert {"Tom Walker", "Anna Berg", "Piotr Larin"} <= set(_names(brief))
