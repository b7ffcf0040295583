"""The subject of a meeting word read as the members of a group: members that open the sentence stay its subject
however long their group's name, and members named by their article alone are the ones the brief tells of (briefs
written for these tests, invented people, real places)."""

from __future__ import annotations

import datetime as dt

import pytest

import briefparse


def event_type(text: str) -> str:
    return briefparse.parse(text, reference_date=dt.date(2024, 3, 12)).event_type


@pytest.mark.parametrize(
    "text",
    [
        "Les ministres des Affaires étrangères de la Confédération des États du Sahel (AES) qui étaient, dimanche, "
        "en réunion à Niamey ont eu « une convergence de vues » sur les négociations à venir.",
        "Les chefs d’État et de gouvernement de la Communauté économique des États d’Afrique de l’Ouest (CEDEAO) "
        "ont tenu une visioconférence le 23 avril pour évoquer la situation sanitaire.\n\nIls ont choisi un "
        "coordinateur.",
    ],
    ids=["fr-meeting-of-members-with-long-group-name", "fr-video-link-of-members-with-long-group-name"],
)
def test_members_opening_the_sentence_gather_however_long_their_group_name(text):
    assert event_type(text) == "conference"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Au cours de la conversation, les dirigeants ont discuté de la situation dans la région.\n\nLe "
            "président a souligné la nécessité d'un cessez-le-feu.",
            "phone_call",
        ),
        (
            "Durante la comunicación, que se extendió por 45 minutos, los jefes de Estado dialogaron sobre la "
            "integración regional.\n\nTambién repasaron los convenios firmados en enero.",
            "phone_call",
        ),
        (
            "The leaders of Kenya and Djibouti, Peter Mwangi and Omar Farah Ali respectively, held talks at State "
            "House in Nairobi on Wednesday.\n\nThe talks focused on regional integration.",
            "meeting",
        ),
    ],
    ids=["fr-article-alone-after-a-call", "es-article-alone-after-a-call", "a-pair-by-its-two-people"],
)
def test_members_told_of_before_are_not_a_gathering(text, expected):
    assert event_type(text) == expected


def test_group_name_before_members_still_gathers():
    assert event_type("CARICOM leaders met on Friday in Kingston.\n\nThey reviewed the agenda.") == "conference"
