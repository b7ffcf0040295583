"""German: a name with particles ("Karl van der Brenner") right before the next person's title: its surname is no
part of that title ("Bundeskanzler X", not "Brenner Bundeskanzler X").

The briefs are written for these tests (invented people, real countries).
"""

import briefparse


def test_a_surname_after_particles_is_no_part_of_the_next_title():
    brief = briefparse.parse(
        "Wien. Zwei Tage nach seiner Wiederwahl hat Bundespräsident Karl van der Brenner Bundeskanzler Otto Lenz "
        "zu einem Gedankenaustausch getroffen. Sie sprachen über die Teuerung.\n"
    )
    roles = {p.name: p.role for p in brief.participants}
    assert roles.get("Otto Lenz") == "Bundeskanzler"


def test_an_article_and_a_nationality_still_open_a_title():
    brief = briefparse.parse(
        "Der Präsident der Kommission Karl Brenner traf am Montag in Rom den deutschen Bundeskanzler Otto Lenz.\n"
    )
    roles = {p.name: p.role for p in brief.participants}
    assert roles.get("Otto Lenz") == "deutschen Bundeskanzler"
