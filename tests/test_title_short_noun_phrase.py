"""A headline of two or three words that names no event ("Botschafterkonferenz in Valdstadt", "Hoher Besuch") is the
headline when the page has no longer one and the story under it takes up its matter; a rubric above it, or a line
whose words the story does not repeat, is none.

Every brief and every person here is invented for the test; the countries are invented.
"""

import briefparse

_STORY = (
    "Außenminister Paul Marin hat am Montag in Valdstadt die Botschafter von Norland zu einer Konferenz empfangen. "
    "Beide Seiten sprachen über den Besuch einer Delegation und den Handel.\n"
)


def test_a_short_headline_that_the_story_takes_up():
    assert briefparse.parse("Politik\n\nBotschafterkonferenz in Valdstadt\n\n" + _STORY).title == (
        "Botschafterkonferenz in Valdstadt"
    )
    assert briefparse.parse("Hoher Besuch\n\n" + _STORY).title == "Hoher Besuch"


def test_a_rubric_alone_is_no_headline():
    assert briefparse.parse("Aktuelle Meldungen\n\n" + _STORY).title is None


def test_a_name_alone_over_the_story_is_no_headline():
    assert briefparse.parse("Anna Berger\n\n" + _STORY).title is None
