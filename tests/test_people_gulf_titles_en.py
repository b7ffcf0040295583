"""The Gulf's own spellings of the title "Sheikh" ("Shaikh", and a woman's "Sheikha", "Shaikha"), as Bahraini and
Emirati outlets write them, are titles of address: left out of the name, so that the headline's shorter form is
the same person.

Every brief and every person here is invented for the test.
"""

import pytest

import briefparse


@pytest.mark.parametrize("title", ["Shaikh", "Sheikh"])
def test_a_gulf_title_is_no_part_of_the_name(title: str) -> None:
    brief = briefparse.parse(
        "Hamad Bin Saqr receives call from Norland premier\n"
        f"Manama: His Highness {title} Hamad Bin Saqr Al Qasimi, Crown Prince of Lakeland, received on Thursday a "
        "telephone call from Norland Prime Minister Eirik Dahl.\n"
        "During the phone call, they discussed cooperation between the two countries.\n"
    )
    assert [p.name for p in brief.participants] == ["Hamad Bin Saqr Al Qasimi", "Eirik Dahl"]


def test_a_womans_gulf_title_is_no_part_of_the_name() -> None:
    brief = briefparse.parse(
        "Her Excellency Shaikha Noor bint Khalid Al Qasimi, President of the Lakeland Culture Authority, received "
        "Norland Ambassador Eirik Dahl at her office on Monday.\n"
        "They discussed cultural cooperation.\n"
    )
    assert "Noor bint Khalid Al Qasimi" in [p.name for p in brief.participants]
