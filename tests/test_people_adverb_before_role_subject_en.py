"""A later English sentence that opens on an adverb phrase, then a bare role as the subject of its encounter ("Later
in the day, the foreign affairs minister met his Chilean counterpart Y"): the capitalised adverb is no one's name,
so the role's holder, who takes part, meets Y, one more of the day's talks.

Every brief and every person here is invented for the test.
"""

import pytest

import briefparse

_BRIEF = (
    "Holm meets his counterparts on forum sidelines\n\n"
    "Lakeland Foreign Affairs Minister Arvid Holm on Tuesday met his counterparts from Norland, Chile and Mexico on "
    "the sidelines of the Baltic forum here and discussed trade and energy.\n"
    "Holm met Norland Foreign Minister Eirik Dahl in the morning and the two reviewed bilateral ties.\n"
    "{opener} the foreign affairs minister met his Chilean counterpart Rosa Ibarra and discussed copper exports.\n"
    "He also met his Mexican counterpart Juan Ortega.\n"
)


@pytest.mark.parametrize("opener", ["Later in the day,", "Later,", "Afterwards,"])
def test_role_subject_after_an_adverb_takes_part(opener: str) -> None:
    brief = briefparse.parse(_BRIEF.format(opener=opener))
    names = [p.name for p in brief.participants]
    assert "Rosa Ibarra" in names
    assert "Rosa Ibarra" not in [p.name for p in brief.people_mentioned]
