"""Participants on briefs invented for these tests (fictional people): the leaders whose meeting still to come a call
or talks that took place prepare ("to discuss an upcoming meeting between their leaders, X and Y", "zur Vorbereitung
eines möglichen Treffens von X und Y") are not parties to the call, though a later sentence of the lead speaks in the
future; nor are the hosts of a later stop that a sentence after a past reception announces."""

from __future__ import annotations

import datetime as dt

import briefparse


def parties(text: str) -> list[str | None]:
    return [p.name for p in briefparse.parse(text, reference_date=dt.date(2024, 8, 17)).participants]


def test_the_leaders_of_a_meeting_to_come_are_not_parties_to_the_talks() -> None:
    text = (
        "Foreign Minister Pavel Orlov and his counterpart Jan Vester held talks in Moscow on Thursday to discuss the "
        "issues of an upcoming meeting between their two leaders, Tomas Brandt and Julio Pardo.\n"
        "Orlov congratulated Vester on his recent appointment.\n"
        "« I am convinced that today's meeting will be very productive », Orlov said."
    )
    assert parties(text) == ["Pavel Orlov", "Jan Vester"]


def test_two_words_between_the_word_of_preparing_and_the_meeting() -> None:
    text = (
        "Außenminister Mark Olson hat seinen Amtskollegen Pjotr Lanin angerufen, um über Schritte zur Vorbereitung "
        "eines möglichen Treffens von Präsident Tomas Brandt und Kremlchef Julio Pardo zu reden."
    )
    assert parties(text) == ["Mark Olson", "Pjotr Lanin"]


def test_the_hosts_of_a_later_stop_announced_after_a_reception_are_not_parties() -> None:
    text = (
        "El presidente Tomas Brandt recibió este viernes en el Palacio Nacional al presidente Julio Pardo.\n"
        "Pardo tendrá una audiencia con el jefe de Estado.\n"
        "Más tarde, el presidente Pardo será recibido en el Congreso por el presidente del Senado, Ramón Ortega."
    )
    assert "Ramón Ortega" not in parties(text)
