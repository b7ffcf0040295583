"""One person's two titles joined by "und"/"and", the second with an adjective of its own before it.

The briefs are written for these tests (invented people, real countries).
"""

import briefparse


def _roles(text: str) -> dict[str | None, str | None]:
    return {p.name: p.role for p in briefparse.parse(text).participants}


def test_german_titles_joined_with_an_adjective_are_one_role():
    roles = _roles(
        "Außenminister und derzeitiger OSZE-Vorsitzender Jonas Brandt hat am Montag in Wien seinen peruanischen "
        "Amtskollegen Luis Mendoza getroffen. Sie sprachen über Handel.\n"
    )
    assert roles["Jonas Brandt"] == "Außenminister und derzeitiger OSZE-Vorsitzender"


def test_english_titles_joined_with_an_adjective_are_one_role():
    roles = _roles(
        "Foreign Minister and acting Prime Minister John Smith met his Peruvian counterpart Luis Mendoza in London "
        "on Monday. They discussed trade.\n"
    )
    assert roles["John Smith"] == "Foreign Minister and acting Prime Minister"


def test_a_possessive_after_the_joiner_keeps_the_titles_apart():
    roles = _roles("Der Präsident und sein Außenminister Paul Renard trafen am Montag in Berlin ein. Sie sprachen.\n")
    assert roles["Paul Renard"] == "Außenminister"
