"""Gatherings named by their body, their level or their number, state welcomes, and talks a comment tells of (briefs
written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest

import briefparse


def event_type(text: str) -> str:
    return briefparse.parse(text, reference_date=dt.date(2024, 3, 12)).event_type


@pytest.mark.parametrize(
    "text",
    [
        "Le ministre participe à la réunion du Conseil de la Ligue des lacs\n\nLe ministre valmorain des Affaires "
        "étrangères, Paul Ortega, a participé mardi à Kessel à la réunion du Conseil de la Ligue des lacs.",
        "Minister attends the meeting of the Lake Union Council\n\nValmoran Foreign Minister Paul Ortega took part on "
        "Tuesday in Kessel in the meeting of the Lake Union Council.",
    ],
    ids=["fr", "en"],
)
def test_a_meeting_of_a_body_of_several_members_is_a_gathering(text):
    assert event_type(text) == "conference"


@pytest.mark.parametrize(
    "text",
    [
        "Le président préside la réunion du Conseil de défense\n\nLe président valmorain Ines Marlow a présidé "
        "mardi à Kessel la réunion du Conseil de défense, a indiqué la présidence.",
        "Meeting of the National Security Council in Kessel\n\nThe meeting of the National Security Council was "
        "held on Tuesday in Kessel under Valmoran President Ines Marlow, the presidency said.",
    ],
    ids=["fr", "en"],
)
def test_a_meeting_of_a_cabinet_is_no_gathering_of_parties(text):
    assert event_type(text) == "meeting"


@pytest.mark.parametrize(
    "text",
    [
        "Une réunion quadrilatérale sur le lac Norhavn\n\nUne réunion quadrilatérale sur le lac Norhavn s'est tenue "
        "mardi à Kessel en présence du ministre valmorain Paul Ortega.",
        "La 12e réunion du comité de suivi du lac\n\nLa 12e réunion du comité de suivi du lac s'est tenue mardi à "
        "Kessel en présence du ministre valmorain Paul Ortega.",
    ],
    ids=["count-of-parties", "rank"],
)
def test_a_meeting_named_by_its_parties_or_its_number_is_a_gathering(text):
    assert event_type(text) == "conference"


@pytest.mark.parametrize(
    "text",
    [
        "Le président Marlow honoré à Kessel\n\nLe président valmorain Ines Marlow a reçu les honneurs mardi à "
        "Kessel, où il a été accueilli par son homologue Paul Ortega.",
        "President Marlow in Kessel\n\nValmoran President Ines Marlow was received with the highest honours by his "
        "counterpart Paul Ortega in Kessel on Tuesday.",
    ],
    ids=["fr", "en"],
)
def test_a_guest_received_with_honours_is_on_a_visit(text):
    assert event_type(text) == "visit"


def test_a_rank_of_visit_written_without_its_accent_frames_the_reception():
    text = (
        "Le roi du Norhavn accueille le président Marlow pour sa visite d'Etat\n\nLe roi du Norhavn accueille mardi "
        "le président valmorain Ines Marlow pour sa première visite d'Etat."
    )
    assert event_type(text) == "visit"


@pytest.mark.parametrize(
    "text",
    [
        "Valmora praises Marlow-Ortega talks as constructive\n\nThe talks between Valmoran President Ines Marlow and "
        "his Norhavn counterpart Paul Ortega were constructive, a Valmoran spokesman told reporters.",
        "Valmora praises Marlow-Ortega talks as constructive\n\nValmora calls the talks held on Monday by President "
        "Ines Marlow and his counterpart Paul Ortega constructive, a spokesman told reporters.",
    ],
    ids=["between", "held"],
)
def test_a_comment_on_talks_reports_the_talks(text):
    assert event_type(text) == "meeting"


@pytest.mark.parametrize(
    "text",
    [
        "Minister endorses a declaration at the Lake Union Foreign Ministers' Meeting\n\nOctober 3, 2024 - Kessel - "
        "Valmoran Foreign Minister Paul Ortega today took part in the virtual Lake Union Foreign Ministers' Meeting.",
        "Valmoran minister at the Lake Union Heads of Government Meeting\n\nValmoran Prime Minister Paul Ortega today "
        "took part in the Lake Union Heads of Government Meeting in Kessel.",
        "Valmoran Foreign Minister Paul Ortega attended the Lake Union Foreign Ministers Meeting in Kessel on Friday.",
    ],
    ids=["ministers", "heads", "ministers-without-apostrophe"],
)
def test_a_meeting_named_by_the_members_it_gathers_is_a_gathering(text):
    assert event_type(text) == "conference"


@pytest.mark.parametrize(
    "text",
    [
        "Ortega se reunió en Kessel con empresarios y preparó la Cumbre del Lago\n\nEl canciller valmorano Paul "
        "Ortega se reunió este martes en Kessel con empresarios y preparó la Cumbre del Lago.",
        "Ortega met business leaders in Kessel and prepared the Lake Summit\n\nValmoran Foreign Minister Paul Ortega "
        "met business leaders in Kessel on Tuesday and prepared the Lake Summit.",
    ],
    ids=["es", "en"],
)
def test_a_gathering_after_the_counterpart_of_a_meeting_verb_is_not_its_object(text):
    """The verb met the people its counterpart word joins; the summit is another verb's object."""
    assert event_type(text) == "meeting"


@pytest.mark.parametrize(
    "text",
    [
        "The foreign ministers of the two countries met in Kessel on Tuesday to discuss trade between Valdoria and "
        "Norland.",
        "Erstmals seit dem Streit sind die Außenminister der beiden Länder in Kessel zu einem Gespräch "
        "zusammengetroffen.",
        "Los cancilleres de ambos países se reunieron el martes en Kessel para hablar del comercio.",
        "Les ministres des Affaires étrangères des deux pays se sont réunis mardi à Kessel pour parler du commerce.",
    ],
    ids=["en", "de", "es", "fr"],
)
def test_the_members_of_two_countries_are_a_pair_who_meet(text):
    assert event_type(text) == "meeting"
