"""A role in apposition whose possessor is a country's name of several words ("Paul Marin, the Republic of
Finland’s acting deputy prime minister, held talks …"): the role is the name's.

Every brief here is invented for the test.
"""

import briefparse


def test_a_role_after_a_long_possessor_in_apposition_is_the_name_s():
    brief = briefparse.parse(
        "Paul Marin, the Republic of Finland’s acting deputy prime minister, held talks with Jon Ostrik, the "
        "Chilean ambassador, in Helsinki on Sunday.\n"
    )
    roles = {p.name: p.role for p in brief.participants}
    assert roles.get("Paul Marin") == "Republic of Finland’s acting deputy prime minister"
    assert None not in roles
