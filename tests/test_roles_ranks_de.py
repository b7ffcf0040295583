"""German ranks of diplomats and officials named "-rat", which no council bears ("Botschaftsrat X", "Handelsrätin
X"), and delegates ("Handelsdelegierter des …") are roles.

Every brief and every person here is invented for the test; the countries are real.
"""

import briefparse

BRIEF = (
    "Chur - Die österreichische Botschafterin Eva Roth hat heute den Kanton Graubünden besucht. Sie wurde begleitet "
    "von Botschaftsrat Florian Weber und von Handelsrätin Karla Lenz, Handelsdelegierte des Österreichischen "
    "Wirtschaftszentrums in Zürich. Empfangen wurde die Botschafterin von Regierungspräsident Paul Marin."
)


def test_ranks_named_rat_and_delegates_are_roles():
    roles = {p.name: p.role for p in briefparse.parse(BRIEF).participants}
    assert roles.get("Florian Weber") == "Botschaftsrat"
    assert roles.get("Karla Lenz") == (
        "Handelsrätin, Handelsdelegierte des Österreichischen Wirtschaftszentrums in Zürich"
    )
