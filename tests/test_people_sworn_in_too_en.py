"""A swearing-in whose later sentence names more who took the oath, an adverb inside the passive ("were also
sworn in") and their party after the list ("X, Y and Z of A, and W of B") (briefs written for these tests)."""

from __future__ import annotations

import datetime as dt

import briefparse

_BRIEF = (
    "Tomas Varga has been sworn in as the country's new prime minister.\n\n"
    "President Lena Morrow administered the oath of office to Varga at a ceremony at the Grey Palace on Monday.\n\n"
    "Varga then administered the oath to two deputy prime ministers, Ilse Brandt and Oskar Lind.\n\n"
    "Anna Holt, Piet Kamara and Rui Senna of GUP, and Mark Olsen of the Labour Front were also sworn in as "
    "ministers. They have not been given portfolios yet."
)


def test_those_also_sworn_in_take_part() -> None:
    brief = briefparse.parse(_BRIEF, reference_date=dt.date(2024, 3, 5))
    names = {p.name for p in brief.participants}
    assert {"Tomas Varga", "Lena Morrow", "Anna Holt", "Piet Kamara", "Rui Senna"} <= names
    assert brief.event_type == "other"


def test_an_adverb_inside_the_passive_oath_is_the_swearing_in() -> None:
    brief = briefparse.parse(
        "Anna Holt was officially sworn into office as Minister of Health on Monday, before President Lena Morrow.",
        reference_date=dt.date(2024, 3, 5),
    )
    assert brief.event_type == "other"
    assert {p.name for p in brief.participants} == {"Anna Holt", "Lena Morrow"}


def test_a_party_after_a_list_is_no_item_of_it() -> None:
    brief = briefparse.parse(_BRIEF, reference_date=dt.date(2024, 3, 5))
    assert "GUP" not in {p.name for p in (*brief.participants, *brief.people_mentioned)}
