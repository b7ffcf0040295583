"""A capitalised run that names the body or the territory of a long office, right after its role noun, a link and
maybe an article and adjectives ("Head of the Valdorian Permanent Mission", "governor of Upper Marlo province",
"Präsidentin des Internationalen Freundeskreises IFK"): no person, and the holder's role runs across it.

The briefs are written for these tests (invented people and places, real countries).
"""

import pytest

import briefparse


def _names(brief: briefparse.Brief) -> list[str | None]:
    return [p.name for p in brief.participants]


def _role_of(brief: briefparse.Brief, name: str) -> str | None:
    return next(p.role for p in brief.participants if p.name == name)


@pytest.mark.parametrize(
    ("text", "run", "holder", "role"),
    [
        (
            "Minister Tomas Keller met today at the Foreign Ministry with Ambassador to Chile Pavel Ostrov and the "
            "Head of the Serbian Permanent Mission to the Council of Europe, Ambassador Jelena Marek.\n",
            "Permanent Mission",
            "Jelena Marek",
            "Head of the Serbian Permanent Mission to the Council of Europe",
        ),
        (
            "President of the Republic of Azerbaijan Teymur Alibeyli has received a delegation led by governor of "
            "Upper Marlo province of the Arab Republic of Egypt Samir Haddad.\n",
            "Upper Marlo",
            "Samir Haddad",
            "governor of Upper Marlo province of the Arab Republic of Egypt",
        ),
    ],
    ids=["mission-after-a-nationality", "unit-noun-after-the-run"],
)
def test_a_body_or_a_unit_run_is_no_person_en(text: str, run: str, holder: str, role: str) -> None:
    brief = briefparse.parse(text)
    assert run not in _names(brief)
    assert _role_of(brief, holder) == role


def test_kingdom_after_an_adjective_en() -> None:
    brief = briefparse.parse(
        "The Amir received a phone call today from His Majesty King Karim Al Faisal, King of the sisterly "
        "Hashemite Kingdom of Jordan, during which they reviewed regional developments.\n"
    )
    assert "Hashemite Kingdom" not in _names(brief)


def test_body_with_initials_after_a_declined_adjective_de() -> None:
    brief = briefparse.parse(
        "Oberbürgermeister Karl Brenner begrüßte den Botschafter. Neben ihm begrüßten auch Anna Lindner, "
        "Präsidentin des Internationalen Freundeskreises IFK, den Botschafter im Rathaus.\n"
    )
    assert "Freundeskreises IFK" not in _names(brief)


def test_a_holder_after_a_body_noun_stays_a_person_en() -> None:
    brief = briefparse.parse(
        "The Minister of Foreign Affairs of the Kingdom of Bahrain Khalid Nasser received the Head of the "
        "Permanent Mission, Ambassador Lena Dorn.\n"
    )
    assert "Khalid Nasser" in _names(brief)
    assert "Lena Dorn" in _names(brief)
