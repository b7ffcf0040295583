"""German briefs: the story's own words for a role over its headline's.

The briefs are written for these tests (invented people, real countries).
"""

import briefparse


def _role_of(brief: briefparse.Brief, name: str) -> str | None:
    person = next(p for p in brief.participants if p.name == name)
    return person.role


def test_the_story_role_replaces_the_headline_shorthand():
    brief = briefparse.parse(
        "Zu den Gesprächen des Außenministers Chiles, Tomás Ibarra, mit der Außenministerin Perus, Ana Quispe\n\n"
        "Am 3. Mai führte der Außenminister der Republik Chile, Tomás Ibarra, in Lima ein Treffen mit der "
        "Außenministerin der Republik Peru, Ana Quispe, durch.\n"
    )
    assert _role_of(brief, "Ana Quispe") == "Außenministerin der Republik Peru"


def test_a_headline_role_stays_when_the_story_only_says_counterpart():
    brief = briefparse.parse(
        "Außenminister Jonas Brandt trifft Außenminister Pedro Alves\n\n"
        "Außenminister Jonas Brandt hat am Dienstag in Lissabon seinen Amtskollegen Pedro Alves getroffen. "
        "Die beiden sprachen über Energiepolitik.\n"
    )
    assert "Außenminister" in (_role_of(brief, "Pedro Alves") or "")

