"""A capitalised run that ends in a company's legal form ("Valdor Media GmbH") is a company, not a person; a film's
"Premiere" is no premier's role.

Every brief and every person here is invented for the test; the countries are real.
"""

import briefparse

BRIEF = (
    "Magdeburg - Ministerpräsident Paul Marin wird vom 16. bis 18. Oktober 2025 nach Tallinn reisen. Neben der "
    "Teilnahme an der Premiere des von der Valdor Media GmbH produzierten Films wird Marin auch mit "
    "Ministerpräsidentin Eva Roth zusammentreffen."
)


def test_a_company_and_a_premiere_are_no_participants():
    participants = briefparse.parse(BRIEF).participants
    assert {p.name for p in participants} == {"Paul Marin", "Eva Roth"}
    assert all("Premiere" not in (p.role or "") for p in participants)
