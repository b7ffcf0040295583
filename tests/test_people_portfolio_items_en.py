"""English portfolios listed after a minister's title: the capitalised items of the list ("Job Creation", "Urban
Renewal") name the office, not people, whether or not a holder's name follows; a holder named after the list keeps
the whole list as the role.

The brief and its people are fictional, written for this test.
"""

import briefparse

VISIT = """Prime Minister of Valdoria visits Norland

Prime Minister Paul Marin, who is also Minister for Finance, Economic Growth, Job Creation and the Public Service, \
met President Karl Osten of Norland in Port Elan on Monday.

During his absence, Minister for Housing, Urban Renewal, Transport and Civil Aviation, Honourable Anna Berg will \
act as Prime Minister.
"""


def test_portfolio_items_are_no_people():
    brief = briefparse.parse(VISIT)
    names = [p.name for p in (*brief.participants, *brief.people_mentioned)]
    for item in ("Job Creation", "Urban Renewal", "Civil Aviation"):
        assert item not in names, names
    assert "Paul Marin" in [p.name for p in brief.participants]


def test_holder_after_the_list_takes_the_whole_portfolio():
    brief = briefparse.parse(VISIT)
    berg = next(p for p in brief.people_mentioned if p.name == "Anna Berg")
    assert berg.role == "Minister for Housing, Urban Renewal, Transport and Civil Aviation", berg.role
