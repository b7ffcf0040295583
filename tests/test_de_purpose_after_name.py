"""German briefs: "zu" before a common noun after a name opens what the person comes for ("Jan Weber zu Besuch in
Ghana"), no part of the name, while "zu" before a name's word stays the name's own ("Karl-Theodor zu Guttenberg");
and a headline's office that holds the story's shorter one and goes on is the role.

The briefs are written for this test (invented people, real countries and cities).
"""

import briefparse
from briefparse.analysis.names import find_names
from briefparse.lang import get_language


def _runs(text: str) -> list[tuple[str, ...]]:
    language = get_language("de")
    assert language is not None
    return [m.tokens for m in find_names(text, 0, len(text), language)]


def test_zu_before_a_common_noun_ends_the_name():
    assert _runs("Bundesminister Jan Weber zu Besuch in Ghana") == [("Jan", "Weber")]
    assert _runs("Lena Brandt zu Gesprächen in Paris") == [("Lena", "Brandt")]


def test_zu_before_a_name_word_stays_in_the_name():
    assert _runs("Minister Karl-Theodor zu Guttenberg besucht Ghana") == [("Karl-Theodor", "zu", "Guttenberg")]


def test_headline_name_before_zu_besuch_takes_part_with_its_role():
    brief = briefparse.parse(
        "Bundesminister Jan Weber zu Besuch in Ghana\n\n"
        "Berlin - Der Minister ist am Montag, 3. April 2017, nach Ghana gereist.\n"
    )
    assert [(p.name, p.role) for p in brief.participants] == [("Jan Weber", "Bundesminister")]


def test_headline_office_that_goes_on_is_kept_over_the_story_short_one():
    brief = briefparse.parse(
        "Bundesminister für wirtschaftliche Zusammenarbeit und Entwicklung, Jan Weber zu Besuch in Ghana\n\n"
        "Berlin - Bundesminister Jan Weber ist am Montag, 3. April 2017, nach Ghana gereist.\n"
    )
    assert [(p.name, p.role) for p in brief.participants] == [
        ("Jan Weber", "Bundesminister für wirtschaftliche Zusammenarbeit und Entwicklung")
    ]
