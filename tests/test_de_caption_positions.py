"""German briefs: a photo caption that places the pictured counted from a side ("(2.v.l.)", "v.l.n.r.") is a
caption, and the story's own words for a role win over it.

The briefs are written for these tests (invented people, real countries).
"""

import briefparse


def _role_of(brief: briefparse.Brief, name: str) -> str | None:
    person = next(p for p in brief.participants if p.name == name)
    return person.role


def test_the_story_role_replaces_a_caption_role_placed_by_position():
    brief = briefparse.parse(
        "Parlamentspräsident aus Estland zu Gast im Landtag\n\n"
        "Landtagspräsidentin Eva Roth (2.v.l.) führt Parlamentspräsident Mart Kask (r.) durch den Plenarsaal.\n"
        "Der Präsident des Parlaments der Republik Estland, Mart Kask, besucht am Montag, 6. Mai 2024, den Landtag. "
        "Landtagspräsidentin Eva Roth empfängt den Gast zu einem Gespräch.\n"
    )
    assert _role_of(brief, "Mart Kask") == "Präsident des Parlaments der Republik Estland"


def test_a_row_and_position_also_marks_the_caption():
    brief = briefparse.parse(
        "Botschafter besucht Landtag\n\n"
        "Botschafter Jan Novak (1. Reihe, r.) mit Landtagspräsidentin Eva Roth (1. Reihe, l.)\n"
        "Der Botschafter der Tschechischen Republik, Jan Novak, besuchte am Dienstag, 7. Mai 2024, den Landtag. "
        "Landtagspräsidentin Eva Roth empfing ihn zu einem Gespräch.\n"
    )
    assert _role_of(brief, "Jan Novak") == "Botschafter der Tschechischen Republik"
