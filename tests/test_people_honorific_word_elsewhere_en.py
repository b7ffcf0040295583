"""A word that is an honorific only inside a title of several words ("Sri" of "Dato' Sri") is no honorific where
that title does not stand: "Sri Lankan President X" is a country's adjective, the role and the name after it.

The briefs and their people are fictional, written for this test.
"""

import briefparse

OPENING = """COLOMBO, March 3 - Sri Lankan President Nimal Serasinghe held talks with visiting Maldivian Foreign \
Minister Aminath Rasheed on Tuesday.

Serasinghe said the two countries would deepen maritime cooperation.
"""

CLOSING = """Maldivian Foreign Minister Aminath Rasheed held talks with Sri Lankan President Nimal Serasinghe in \
Colombo on Tuesday.
"""

TITLED = """KUALA LUMPUR, May 2 - Prime Minister Dato' Sri Hamid Yusof received Tan Sri Rahman Karim at his office \
on Monday.
"""


def _people(text: str) -> dict[str, str | None]:
    return {p.name: p.role for p in briefparse.parse(text).participants}


def test_country_adjective_opening_the_sentence_keeps_the_name_and_role():
    people = _people(OPENING)
    assert people.get("Nimal Serasinghe") == "Sri Lankan President", people


def test_country_adjective_after_a_verb_keeps_the_name_and_role():
    people = _people(CLOSING)
    assert people.get("Nimal Serasinghe") == "Sri Lankan President", people


def test_the_whole_title_is_still_an_honorific():
    people = _people(TITLED)
    assert "Hamid Yusof" in people and "Rahman Karim" in people, people
