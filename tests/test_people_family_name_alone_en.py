"""A family name that opens a name of three words and stands alone elsewhere after "for" or "of" ("Prime Minister
Pham Minh Chau …; a welcome ceremony for Pham") is the person's own, not a province the title holds: the name
stays whole. A province the gazetteer knows, or a word after "Governor of", is still read as a place.

The briefs and their people are fictional, written for this test.
"""

import briefparse

CEREMONY = """BEIJING, Oct. 9 -- Chinese Premier Zhao Lei on Monday held talks with Vietnamese Prime Minister Pham \
Minh Chau in Beijing.

Prior to the talks, Zhao held a welcome ceremony for Pham at the Great Hall of the People.
"""

VISIT = """SEOUL, May 4 -- Foreign Minister Lee Dong-hun met Mongolian President Batbold Erdene Ochir on Friday.

Lee welcomed the visit of Batbold and said the two countries would expand trade.
"""


def _people(text: str) -> dict[str, str | None]:
    return {p.name: p.role for p in briefparse.parse(text).participants}


def test_family_name_alone_after_for_keeps_the_whole_name():
    people = _people(CEREMONY)
    assert people.get("Pham Minh Chau") == "Vietnamese Prime Minister", people


def test_family_name_alone_after_of_keeps_the_whole_name():
    people = _people(VISIT)
    assert people.get("Batbold Erdene Ochir") == "Mongolian President", people
