"""A swearing-in or a handover of office is neither a meeting nor a statement: 'other' (briefs written for these
tests)."""

from __future__ import annotations

import datetime as dt

import pytest

import briefparse


@pytest.mark.parametrize(
    "text",
    [
        "Les nouveaux ministres valdoriens ont prêté serment mardi à Kessel devant le président Paul Marin.",
        "La cérémonie de passation de charges entre les gouverneurs sortant et entrant de la région de Kessel, Ana "
        "Lindqvist et Paul Marin, s'est tenue mardi.",
        "Ana Lindqvist was sworn in as Valdoria's foreign minister on Tuesday in Kessel.",
        "President Paul Marin swore in twelve newly appointed ambassadors of Valdoria on Tuesday in Kessel.",
        "Ana Lindqvist wurde am Dienstag in Kessel als Außenministerin Valdorias vereidigt.",
        "Анна Линдквист во вторник принесла присягу в Кесселе как министр иностранных дел Вальдории.",
    ],
    ids=["fr-pretent-serment", "fr-passation", "en-sworn-in", "en-swore-in", "de-vereidigt", "ru-prisyagu"],
)
def test_a_swearing_in_or_handover_is_other(text):
    assert briefparse.parse(text, reference_date=dt.date(2024, 3, 12)).event_type == "other"


def test_a_meeting_after_the_swearing_in_stays_a_meeting():
    text = (
        "Foreign Minister Ana Lindqvist met her Norland counterpart Paul Marin on Tuesday in Kessel.\n\n"
        "Lindqvist, who was sworn in last week, discussed trade with Marin."
    )
    assert briefparse.parse(text, reference_date=dt.date(2024, 3, 12)).event_type == "meeting"


@pytest.mark.parametrize(
    "text",
    [
        "Paul Marin reçoit le serment du nouveau gouvernement\n\nLes ministres du gouvernement valdorien ont prêté "
        "serment mardi à Kessel devant le président Paul Marin.",
        "Paul Marin receives the oath of the new cabinet\n\nThe ministers of the Valdorian cabinet were sworn in on "
        "Tuesday in Kessel before President Paul Marin.",
    ],
    ids=["fr-recoit-le-serment", "en-receives-the-oath"],
)
def test_an_oath_received_is_no_meeting(text):
    assert briefparse.parse(text, reference_date=dt.date(2024, 3, 12)).event_type == "other"


@pytest.mark.parametrize(
    "text",
    [
        "Newly appointed ministers subscribed to the oath of office before President Paul Marin at a ceremony in "
        "Kessel on Friday. The President congratulated them.",
        "President Paul Marin administered the oaths to three new ministers in Kessel on Friday and congratulated "
        "them.",
        "The newly appointed ministers took oath on Friday in Kessel in a ceremony officiated by President Paul Marin.",
    ],
    ids=["en-subscribed-to-the-oath", "en-administered-the-oaths", "en-took-oath"],
)
def test_the_oath_told_as_such_is_a_swearing_in(text):
    assert briefparse.parse(text, reference_date=dt.date(2024, 3, 15)).event_type == "other"


@pytest.mark.parametrize(
    "verb",
    ["has sworn into office", "has sworn in", "has sworn-in", "began swearing in"],
)
def test_the_swearer_in_the_perfect_or_the_gerund_leads(verb):
    text = (
        "President swears in new ministers\n\n"
        f"President Paul Marin {verb} 12 of his 14 nominees for the various ministerial portfolios.\n\n"
        "The swearing-in ceremony took place on Friday, March 8, 2024 at the Kessel House in Valmora.\n\n"
        "Addressing the gathering, President Marin urged the new ministers to serve the country."
    )
    brief = briefparse.parse(text)
    assert brief.event_type == "other"
    assert brief.summary_points[0].startswith(f"President Paul Marin {verb}")
