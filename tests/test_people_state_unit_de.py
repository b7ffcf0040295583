"""German: a state's noun closing a role's complement right before the holder's name, with no comma ("den
Bundespräsidenten der Schweizer Eidgenossenschaft X Y", "den Außenminister der Russischen Föderation X Y"), is
the unit's, not the name's first word.

The briefs are written for these tests (invented people, real countries).
"""

import briefparse


def test_the_confederation_noun_is_no_part_of_the_name():
    brief = briefparse.parse(
        "Am Donnerstag empfängt Bundespräsident Karl Brenner den Bundespräsidenten der Schweizer Eidgenossenschaft "
        "Luca Ferrari zu einem offiziellen Besuch.\n"
    )
    assert "Luca Ferrari" in {p.name for p in brief.participants}


def test_the_federation_noun_is_no_part_of_the_name():
    brief = briefparse.parse(
        "Bundeskanzlerin Lea Brandt empfing am Montag den Außenminister der Russischen Föderation Iwan Sorokin "
        "im Kanzleramt.\n"
    )
    assert "Iwan Sorokin" in {p.name for p in brief.participants}
