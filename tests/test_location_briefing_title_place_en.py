"""Location of a ministry's briefing page, on briefs invented for these tests (fictional people, real countries and
cities): the city a page's title or date line prints with the date it closes on ("Briefing by Spokesperson X,
Moscow, October 4, 2017", "Briefing by X (Moscow, May 15, 2024)", "Friday, November 23, 2018, 7:17 p.m. Rome,
Italian Republic") is where the statement was given, and a country it tells of a visit to gives way to that city
when the city is in it. A page with no such line keeps no city of its own."""

from __future__ import annotations

import pytest

from briefparse import parse

_CONTENTS = (
    "Table of contents\n\n"
    "  1. Minister of Foreign Affairs of Peru Tomas Quiroga to visit Russia\n"
    "  2. The situation in Syria\n"
    "  3. Floods in Ukraine\n\n"
    "Minister of Foreign Affairs of Peru Tomas Quiroga to visit Russia\n\n"
    "On October 6, Minister of Foreign Affairs of Peru Tomas Quiroga will be in Russia on a working visit. "
    "We hope the talks will give new impetus to our relations."
)


@pytest.mark.parametrize(
    "head",
    [
        "Briefing by Foreign Ministry Spokesperson Ines Marlow, Moscow, October 4, 2017",
        "Briefing by Foreign Ministry Spokesperson Ines Marlow, Moscow, October 4, 2017:",
        "Briefing by Foreign Ministry Spokesperson Ines Marlow (Moscow, October 4, 2017)",
    ],
)
def test_a_briefing_title_prints_its_city(head: str) -> None:
    brief = parse(f"{head}\n\n{_CONTENTS}")
    assert brief.location == "Moscow"


@pytest.mark.parametrize(
    ("line", "city"),
    [
        ("Friday, November 23, 2018, 7:17 p.m. Rome, Italian Republic", "Rome"),
        # a city whose name opens like the half of the day ("Am…") is no "a.m."
        ("Friday, November 23, 2018, 10:30 Amman", "Amman"),
    ],
)
def test_a_date_line_closes_on_its_city(line: str, city: str) -> None:
    text = (
        "Press Conference by Foreign Minister Ines Marlow\n\n"
        f"{line}\n\n"
        "Minister Marlow answered questions on the floods in Ukraine and on the situation in Syria. "
        "She said the government would send aid to Ukraine."
    )
    assert parse(text).location == city


def test_a_visit_told_under_no_printed_city_keeps_its_country() -> None:
    text = (
        "Briefing by Foreign Ministry Spokesperson Ines Marlow\n\n"
        "On October 6, Minister of Foreign Affairs of Peru Tomas Quiroga will be in Russia on a working visit. "
        "We hope the talks will give new impetus to our relations."
    )
    assert parse(text).location != "Moscow"
