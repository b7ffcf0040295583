"""A headline or a caption writes an office as its capitals ("PM", "FM") and the story spells it out ("Prime
Minister", "Foreign Minister"): the role is the office written in full, even where the story uses the capitals
again further on.

The briefs are written for these tests (invented people, real countries).
"""

import briefparse


def _roles(text: str) -> dict[str | None, str | None]:
    return {p.name: p.role for p in briefparse.parse(text).participants}


def test_headline_capitals_give_way_to_the_story_office() -> None:
    roles = _roles(
        "PM Ravi Kumar holds talks with Nepal PM Hari Thapa\n\n"
        "New Delhi: Prime Minister Ravi Kumar on Tuesday held talks with Nepalese Prime Minister Hari Thapa "
        "at Hyderabad House.\n\n"
        "PM Kumar said the two leaders discussed trade, energy and connectivity.\n"
    )
    assert roles.get("Ravi Kumar") == "Prime Minister"
    assert roles.get("Hari Thapa") == "Nepalese Prime Minister"


def test_a_foreign_minister_spelled_out_after_the_capitals() -> None:
    roles = _roles(
        "FM Anna Lind meets Kenyan counterpart\n\n"
        "Nairobi: Foreign Minister Anna Lind of Sweden met Kenyan Foreign Minister Paul Otieno on Monday.\n\n"
        "FM Lind thanked her host for the welcome.\n"
    )
    assert (roles.get("Anna Lind") or "").startswith("Foreign Minister")


def test_capitals_that_are_not_the_office_stay_out() -> None:
    roles = _roles(
        "Nairobi: UN envoy Maria Costa met Foreign Minister Paul Otieno on Monday. Costa, the UN Special Envoy, "
        "thanked the minister.\n"
    )
    assert roles.get("Paul Otieno") == "Foreign Minister"
