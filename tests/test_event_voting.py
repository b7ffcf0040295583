"""How the title and lead sentences vote for an event type (briefs written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest

import briefparse


def event_type(text: str) -> str:
    return briefparse.parse(text, reference_date=dt.date(2024, 3, 12)).event_type


@pytest.mark.parametrize(
    "text",
    [
        "Valmoran minister on relations with Norhavn\n\nForeign Minister Ana Lindqvist on Tuesday congratulated "
        "Norhavn on its elections when she met her counterpart Paul Ortega in Kessel.",
        "La ministre valmoraine sur les relations avec le Norhavn\n\nLa ministre valmoraine des Affaires "
        "étrangères, Ana Lindqvist, a déclaré mardi qu'elle avait rencontré son homologue Paul Ortega à Kessel.",
    ],
    ids=["en", "fr"],
)
def test_a_leading_said_does_not_outvote_the_meeting_it_reports(text):
    assert event_type(text) == "meeting"


@pytest.mark.parametrize(
    "text",
    [
        "Valmora and Norhavn leaders talk trade\n\nOn the sidelines of the Lake Forum in Kessel, Valmoran President "
        "Ines Marlow on Monday met Norhavn Prime Minister Tomas Berg to talk about trade.",
        "Les dirigeants du Valmora et du Norhavn parlent commerce\n\nEn marge du Sommet du Lac à Kessel, la "
        "présidente Ines Marlow s'est entretenue lundi avec le Premier ministre Tomas Berg.",
    ],
    ids=["en", "fr"],
)
def test_the_summit_around_a_bilateral_meeting_is_not_the_event(text):
    assert event_type(text) == "meeting"


def test_a_visit_only_offered_is_not_the_event():
    text = (
        "Prime Minister Ines Marlow on Sunday congratulated Paul Ortega on his election as President of Norhavn. "
        "She invited him to visit Valmora next spring, her office said."
    )
    assert event_type(text) == "statement"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Coastal League ministers in Kessel\n\nA meeting of the Coastal League's foreign ministers opened on "
            "Monday in Kessel under the chairmanship of Valmora's Ana Lindqvist.",
            "conference",
        ),
        (
            "Les ministres de la Ligue côtière à Kessel\n\nLa réunion des ministres des Affaires étrangères de "
            "la Ligue côtière s'est tenue lundi à Kessel sous la présidence de la Valmoraine Ana Lindqvist.",
            "conference",
        ),
        (
            "Valmora and Norhavn leaders meet in Kessel\n\nThe meeting of the two leaders, Ines Marlow and Tomas Berg, "
            "took place on Monday in Kessel.",
            "meeting",
        ),
    ],
    ids=["en", "fr", "two-leaders"],
)
def test_a_meeting_of_many_parties_members_is_a_conference(text, kind):
    assert event_type(text) == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Talks between Marlow and Berg on Sunday evening\n\nValmoran President Ines Marlow held talks with "
            "Norhavn Prime Minister Tomas Berg on Sunday evening. The two leaders talked again by phone late at "
            "night to discuss the fishing dispute.",
            "phone_call",
        ),
        (
            "Entretien Marlow-Berg dimanche soir\n\nLa présidente valmoraine Ines Marlow s'est entretenue dimanche "
            "avec le Premier ministre Tomas Berg. Les deux dirigeants se sont de nouveau entretenus par téléphone "
            "dans la nuit.",
            "phone_call",
        ),
        (
            "Marlow receives Berg in Kessel\n\nValmoran President Ines Marlow received Norhavn Prime Minister Tomas "
            "Berg in Kessel on Sunday. The two leaders had spoken by phone last year.",
            "meeting",
        ),
    ],
    ids=["en", "fr", "earlier-call"],
)
def test_talks_that_the_lead_says_were_by_phone_are_a_call(text, kind):
    assert event_type(text) == kind


@pytest.mark.parametrize(
    "text",
    [
        "Les ministres du Pacte du Lac à Kessel\n\nUne réunion ministérielle du Pacte du Lac s'est ouverte "
        "lundi à Kessel sous la présidence de la ministre valmoraine Ana Lindqvist.",
        "Los ministros del Pacto del Lago en Kessel\n\nUna reunión ministerial del Pacto del Lago comenzó el "
        "lunes en Kessel bajo la presidencia de la ministra valmorana Ana Lindqvist.",
    ],
    ids=["fr", "es"],
)
def test_the_longest_event_phrase_wins_whatever_its_type(text):
    assert event_type(text) == "conference"
