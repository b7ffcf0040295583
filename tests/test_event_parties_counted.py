"""A meeting whose sentence puts three countries or more at it, by their names or by the nationality of the people
it names, is a gathering (briefs written for these tests, invented people, real countries)."""

from __future__ import annotations

import datetime as dt

import pytest

import briefparse


def event_type(text: str) -> str:
    return briefparse.parse(text, reference_date=dt.date(2024, 3, 12)).event_type


@pytest.mark.parametrize(
    "text",
    [
        "U.S. President Tom Harlow met with Japanese Prime Minister Kenji Arata and South Korean President Min-jun "
        "Seo at Camp David on Friday to discuss security.\n\nThe leaders pledged to consult each other regularly.",
        "Foreign Minister Ana Ruiz said on Friday that she had a useful meeting with Peruvian Foreign Minister Luis "
        "Prado, Chilean Foreign Minister Eva Soto, Brazilian Foreign Minister Joao Lima and US Secretary of State "
        "Mark Dalton.\n\nThey discussed the pandemic.",
        "Following the talks, the ministers adopted a joint text.\n\nThe Foreign Ministers of Kenya, Uganda, "
        "Rwanda, Burundi and Tanzania plus the Democratic Republic of the Congo held a meeting in Nairobi on "
        "Monday.\n\nThe meeting was opened by Vice-President Paul Otieno.",
        "Elle a rassemblé les ministres des Affaires étrangères du Tchad (Ali Brahim), du Mali (Sidi Keïta), du "
        "Niger (Moussa Adamou) et du Burkina Faso (Paul Ouédraogo), autour de leur homologue marocain, Karim "
        "Alaoui.\n\nLa rencontre a porté sur l'accès de la région à l'océan.",
    ],
    ids=["three-leaders-by-nationality", "four-ministers-by-nationality", "long-list-of-members", "fr-gathered"],
)
def test_a_meeting_of_three_countries_or_more_is_a_gathering(text):
    assert event_type(text) == "conference"


@pytest.mark.parametrize(
    "text",
    [
        "Foreign Minister Ravi Menon, who arrived in Italy from Greece on Monday, met US Secretary of State Mark "
        "Dalton and discussed the Afghan situation.\n\nThe two ministers agreed to stay in touch.",
        "Indian Foreign Minister Ravi Menon met Japanese Foreign Minister Aiko Sato and French Foreign Minister Paul "
        "Girard on the sidelines of the summit.\n\nHe discussed trade with each of them.",
        "President Ali Sow on Tuesday received the ambassadors of France, Germany and Italy.\n\nThey discussed "
        "cooperation.",
        "Les dirigeants russe et américain ont eu une rencontre dans la ville vietnamienne de Da Nang, au Vietnam."
        "\n\nIls ont approuvé une déclaration commune.",
    ],
    ids=["places-and-topics-are-no-parties", "sidelines", "envoys", "fr-pair-at-a-place"],
)
def test_a_meeting_of_two_stays_a_meeting_whatever_else_its_sentence_names(text):
    assert event_type(text) == "meeting"
