"""German briefs: a plural title before a list of names gives each name its role, even when a caption named them first.

The briefs are written for these tests (invented people, real countries).
"""

import briefparse


def _roles(brief: briefparse.Brief) -> dict[str, str | None]:
    return {p.name: p.role for p in brief.participants}


def test_a_plural_title_reaches_every_name_after_a_caption_named_them():
    brief = briefparse.parse(
        "Landtagspräsidenten beraten gemeinsam\n\n"
        "Erich Walder, Petra Lindner und Hanna Obrist © Landtag\n\n"
        "Am Montag trafen sich die Landtagspräsidenten Hanna Obrist (Tirol), Erich Walder (Vorarlberg) und "
        "Petra Lindner (Salzburg) zu einem Arbeitsgespräch. Sie sprachen über die Zusammenarbeit der Landtage.\n"
    )
    roles = _roles(brief)
    assert roles["Erich Walder"] == "Landtagspräsidenten"
    assert roles["Petra Lindner"] == "Landtagspräsidenten"

