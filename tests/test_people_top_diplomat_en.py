"""A foreign minister called a country's "top diplomat" holds that role, before the name or in apposition to it.

The briefs and their people are fictional, written for this test.
"""

import briefparse

CALL = """AMMAN — Foreign Minister Omar Haddad received a phone call from his Egyptian counterpart on Sunday. During \
the call, Egypt's top diplomat, Karim Fathy, discussed the situation in Gaza with Haddad.
"""

TALKS = """BEIJING — China's top diplomat Wang Liqun held talks with visiting Brazilian Foreign Minister Paulo Mendes \
on Monday. Wang said the two countries are good partners.
"""


def _roles(text: str) -> dict[str, str | None]:
    return {p.name: p.role for p in briefparse.parse(text).participants}


def test_top_diplomat_in_apposition_is_the_role():
    assert _roles(CALL).get("Karim Fathy") == "Egypt's top diplomat"


def test_top_diplomat_before_the_name_is_the_role():
    assert _roles(TALKS).get("Wang Liqun") == "China's top diplomat"
