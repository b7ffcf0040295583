"""The sender of a message or greetings that a few words in small letters part from the link to the sender ("a
written message from", "greetings and good wishes from"), on briefs invented for these tests (fictional people and
places): only mentioned, as after "message from"."""

from __future__ import annotations

import datetime as dt

import briefparse

REF = dt.date(2024, 5, 6)


def sides(text: str) -> tuple[list[str | None], list[str | None]]:
    """The participants' names and the names of those only mentioned."""
    brief = briefparse.parse(text, reference_date=REF)
    return [p.name for p in brief.participants], [p.name for p in brief.people_mentioned]


def test_greetings_and_wishes_from_a_president() -> None:
    text = (
        "Norland's Foreign Minister Paul Marin paid a courtesy call on Valdorian Prime Minister Anna Berg in Belvar "
        "on Monday. During the call, Minister Marin conveyed greetings and good wishes from President Karl Osten to "
        "the Prime Minister and the people of Valdoria."
    )
    taking_part, mentioned = sides(text)
    assert taking_part == ["Paul Marin", "Anna Berg"]
    assert mentioned == ["Karl Osten"]


def test_letter_of_appointment_from_a_minister() -> None:
    text = (
        "Prime Minister Anna Berg received the new envoys Paul Marin and Lena Dorn in Belvar on Monday. Dorn had "
        "received her letter of appointment from Foreign Minister Karl Osten a day earlier."
    )
    taking_part, mentioned = sides(text)
    assert "Karl Osten" not in taking_part
    assert "Karl Osten" in mentioned


def test_written_message_from_a_president_in_french() -> None:
    text = (
        "Le président de la République, Paul Marin, a reçu lundi à Belvar un message écrit de son homologue "
        "Karl Osten, président de la Valdorie. Le message a été remis par M. Jean Dorn, envoyé spécial du président "
        "valdorien, au cours d'une audience."
    )
    taking_part, mentioned = sides(text)
    assert "Karl Osten" not in taking_part
    assert "Karl Osten" in mentioned
    assert "Paul Marin" in taking_part


def test_message_to_an_addressee_keeps_the_addressee() -> None:
    text = (
        "Norland's President Paul Marin received Valdorian envoy Lena Dorn in Belvar on Monday. Dorn handed over a "
        "written message to President Marin from her country's leader."
    )
    taking_part, _mentioned = sides(text)
    assert "Paul Marin" in taking_part
    assert "Lena Dorn" in taking_part
