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


def test_a_portfolio_of_several_nouns_stays_whole_after_the_name():
    brief = briefparse.parse(
        "Bundeskanzler Olaf Brenner empfing am Montag Maria Huber, Bundesministerin für Bildung, Wissenschaft und "
        "Forschung, im Kanzleramt in Berlin. Die beiden sprachen über die Hochschulen.\n"
    )
    assert _roles(brief)["Maria Huber"] == "Bundesministerin für Bildung, Wissenschaft und Forschung"


def test_a_portfolio_keeps_its_genitive_and_the_city_state_is_no_person():
    brief = briefparse.parse(
        "Am Dienstag traf Ministerin Anja Berger mit Katharina Feld, Senatorin für Wissenschaft, Forschung und "
        "Gleichstellung der Freien Hansestadt Hamburg, zu einem Gespräch zusammen.\n"
    )
    roles = _roles(brief)
    assert roles["Katharina Feld"] == (
        "Senatorin für Wissenschaft, Forschung und Gleichstellung der Freien Hansestadt Hamburg"
    )
    assert "Hansestadt Hamburg" not in roles


def test_names_after_a_one_noun_portfolio_are_not_its_items():
    brief = briefparse.parse(
        "Bundeskanzler Olaf Brenner empfing am Montag Maria Huber, Bundesministerin für Bildung, Peter Klein und "
        "Karl Adler im Kanzleramt in Berlin.\n"
    )
    assert _roles(brief)["Maria Huber"] == "Bundesministerin für Bildung"
