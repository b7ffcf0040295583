"""A weekday with its day of the month in brackets after it ("am Samstag (2. März)", "am Montag (24.10.)",
"dimanche (22 mai)") names one day, whose weekday fixes the year when the text gives none.

The briefs are written for this test (invented people, real places).
"""

import datetime as dt

import pytest

import briefparse

GERMAN_WORDS = (
    "Kanzler empfängt Staatsgast\n\n"
    "Bundeskanzler Arno Velden hat am Samstag (2. März) im Vatikan den Gast aus Malta, Premier Luka Borg, "
    "begrüßt. Die beiden sprachen über die Lage im Mittelmeer.\n"
)
GERMAN_FIGURES = (
    "Botschafter überreicht Beglaubigungsschreiben\n\n"
    "Präsidentin Mira Kovač hat nach dem Ende der Audienz am Montag (24.10.) die Beglaubigungsschreiben des neuen "
    "Botschafters Tomas Lind entgegengenommen.\n"
)
FRENCH_WORDS = (
    "Premier entretien pour la nouvelle ministre\n\n"
    "La ministre des Affaires étrangères, Claire Dumont, s'est entretenue dimanche (22 mai) par téléphone avec son "
    "homologue belge, Pieter Claes.\n"
)


@pytest.mark.parametrize(
    ("text", "month", "day", "weekday"),
    [(GERMAN_WORDS, 3, 2, 5), (GERMAN_FIGURES, 10, 24, 0), (FRENCH_WORDS, 5, 22, 6)],
)
def test_a_day_in_brackets_after_its_weekday_takes_the_year_the_weekday_gives(
    text: str, month: int, day: int, weekday: int
) -> None:
    found = briefparse.parse(text).date
    assert found is not None
    value = dt.date.fromisoformat(str(found))
    assert (value.month, value.day, value.weekday()) == (month, day, weekday)


def test_a_day_in_figures_without_a_weekday_or_a_cue_is_still_no_date() -> None:
    text = "Treffen in Wien\n\nDie Ministerin Mira Kovač traf den Gast Tomas Lind (Nummer 24.10.) zu einem Gespräch.\n"
    assert briefparse.parse(text).date is None


def test_the_bracket_that_closes_such_a_day_makes_no_dateline() -> None:
    text = (
        "Leaders meet ahead of summit\n\n"
        "Prime Minister Arun Mehra, on Friday (September 8), held a bilateral meeting with his counterpart Lina "
        "Faris ahead of the regional summit.\n"
    )
    brief = briefparse.parse(text)
    assert brief.published is None
    assert brief.date is not None
    assert str(brief.date)[5:] == "09-08"
