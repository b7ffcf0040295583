"""A German role noun that reads alike in both numbers is plural after the plural article ("die Botschafter"), and
the list of names after it shares it: each item's country after a word ("aus der Republik Irak, Y") or each name in
brackets after its country ("von Norwegen (X), Estland (Y)"), with that country. A feminine singular ("die
Botschafterin") shares nothing.

Every brief and every person here is invented for the test; the countries are real or invented.
"""

import briefparse


def _roles(text: str) -> dict[str, str | None]:
    return {p.name: p.role for p in briefparse.parse(text).participants}


def test_ambassadors_listed_with_their_countries_share_the_role():
    roles = _roles(
        "Akkreditierung\n\nAm Montag empfing Bundespräsident Paul Marin die Botschafter von Norland, Jan Ostrik, aus "
        "der Republik Irak, Lea Brunn, und aus Estland, Karl Tamm. Die Botschafter überreichten ihre "
        "Beglaubigungsschreiben.\n"
    )
    assert roles["Lea Brunn"] == "Botschafter"
    assert roles["Karl Tamm"] == "Botschafter"


def test_ministers_in_brackets_after_their_countries_share_the_role():
    roles = _roles(
        "Treffen in Wien\n\nDie Außenminister von Norwegen (Jan Ostrik), Estland (Lea Brunn) und Lettland (Karl "
        "Tamm) trafen am Dienstag in Wien zu einem Gespräch zusammen. Sie sprachen über die Zusammenarbeit.\n"
    )
    assert roles["Jan Ostrik"] == "Außenminister von Norwegen"
    assert roles["Lea Brunn"] == "Außenminister von Estland"  # each with its own country, as the first
    assert roles["Karl Tamm"] == "Außenminister von Lettland"


def test_a_feminine_singular_shares_nothing():
    roles = _roles(
        "Besuch\n\nDie Botschafterin von Norland, Lea Brunn, und Jan Ostrik trafen am Montag in Berlin zusammen.\n"
    )
    assert roles.get("Jan Ostrik") is None
