"""At an English meeting or visit, whom a party greets there takes part (`Language.greeting_actives`): a later
sentence "X and his spouse Y greeted the Prime Minister", "President Z greeted him on this occasion" tells more of
the encounter, and its greeters are participants, as a "welcomed" sentence's are.

The briefs are written for these tests (invented people).
"""

import briefparse


def test_a_hosts_spouse_who_greets_the_guest_takes_part() -> None:
    text = (
        "Prime Minister Kamal Rashed on Saturday, March 11, 2023, paid a courtesy call on President Anwar Hossain at "
        "the presidential palace in Dhaka.\n\n"
        "The Prime Minister discussed various state-level issues during the meeting.\n\n"
        "President Anwar Hossain and his spouse Dr. Nasrin Akter greeted the Prime Minister with a bouquet of flowers "
        "on her arrival at the palace.\n"
    )
    brief = briefparse.parse(text)
    assert [p.name for p in brief.participants] == ["Kamal Rashed", "Anwar Hossain", "Nasrin Akter"]
    assert brief.people_mentioned == []


def test_a_president_who_greets_the_visitor_takes_part() -> None:
    text = (
        "On Friday, March 10, 2023, Prime Minister Kamal Rashed and Ukrainian President Petro Dovhal held talks in "
        "New Delhi.\n\n"
        "Dovhal was accorded a ceremonial reception at the presidential palace. President Ivan Sydor greeted him on "
        "this occasion.\n"
    )
    brief = briefparse.parse(text)
    assert "Ivan Sydor" in [p.name for p in brief.participants]
