"""A headline that drops the article ("X lays wreath at ...") names the wreath laid as the lead's "laid a wreath"
does: the ceremony of honour is the news, 'other', not the visit told around it (English briefs written for these
tests, invented people, real places)."""

from __future__ import annotations

import datetime as dt

import pytest

import briefparse

_BODY = (
    "Warsaw, May 14 : Prime Minister Tamsin Varga on Tuesday laid a wreath at the Tomb of the Unknown Soldier in "
    "central Warsaw.\n\n"
    "In a two-day visit, the Prime Minister had two engagements besides her talks with President Oskar Lindell.\n\n"
    "Varga stood for a few minutes before the flame and then took the salute of the guard of honour.\n"
)


@pytest.mark.parametrize(
    "title",
    [
        "Prime Minister Varga lays wreath at the Tomb of the Unknown Soldier in Warsaw",
        "Varga Lays Wreath At Tomb Of The Unknown Soldier",
    ],
    ids=["lower-case", "title-case"],
)
def test_a_headline_wreath_without_article_is_other(title):
    brief = briefparse.parse(f"{title}\n\n{_BODY}", reference_date=dt.date(2024, 5, 14))
    assert brief.event_type == "other"


def test_a_visit_headline_stays_a_visit():
    """Control: a headline about the visit, the wreath told in passing later, stays a visit."""
    text = (
        "Prime Minister Varga arrives in Warsaw on two-day visit\n\n"
        "Prime Minister Tamsin Varga arrived in Warsaw on Tuesday on a two-day official visit to Poland. She was "
        "welcomed at the airport by Foreign Minister Oskar Lindell.\n\n"
        "During the visit, Varga will hold talks with President Anna Kowal and will lay wreath at a war memorial.\n"
    )
    assert briefparse.parse(text, reference_date=dt.date(2024, 5, 14)).event_type == "visit"
