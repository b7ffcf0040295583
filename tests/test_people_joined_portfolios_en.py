"""Two capitalised portfolios an office joiner joins before a role noun ("Foreign Affairs and Trade Minister X")
are one office: the role is the whole phrase. Two people's joint ("President X and Prime Minister Y") and two
countries' ("Kenya and Uganda Trade Ministers") are not.

The briefs and their people are fictional, written for this test.
"""

import briefparse

PORTFOLIOS = """KUALA LUMPUR, May 2 -- Foreign Affairs and Trade Minister Datuk Seri Ahmad Rizal received a courtesy \
call from Chile's Ambassador to Malaysia Rodrigo Fuentes at Wisma Putra today.
"""

TWO_PEOPLE = """OTTAWA, June 3 -- President Daniel Ortega Brown and Prime Minister Claire Dubois met on Monday in \
Ottawa.
"""


def _roles(text: str) -> dict[str, str | None]:
    return {p.name: p.role for p in briefparse.parse(text).participants}


def test_portfolios_joined_by_and_make_one_role():
    roles = _roles(PORTFOLIOS)
    assert roles.get("Ahmad Rizal") == "Foreign Affairs and Trade Minister", roles


def test_two_people_joined_by_and_keep_their_own_roles():
    roles = _roles(TWO_PEOPLE)
    assert roles.get("Claire Dubois") == "Prime Minister", roles
