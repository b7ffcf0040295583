"""People on briefs invented for these tests (fictional people, real countries): a verb of heading a delegation, its
noun a few words away in either order ("is leading his country's delegation", "Российскую делегацию возглавляет X"),
names a party, as a representation cue does; one who "is not attending" stays out."""

from __future__ import annotations

import pytest

from briefparse import parse


@pytest.mark.parametrize(
    ("text", "leader"),
    [
        (
            "The summit opened on Thursday in Arusha with President John Mwale of Kenya. "
            "Foreign Minister Pavel Orlov is leading his country's delegation.",
            "Pavel Orlov",
        ),
        (
            "The talks were held in Islamabad on Monday. The Foreign Minister of Ruritania Pavel Orlov and the "
            "Foreign Minister of Elbonia Ivan Petrov led their respective delegations in the talks.",
            "Pavel Orlov",
        ),
        (
            "Саммит СНГ открылся в четверг в Минске с участием президента Белоруссии Ивана Петрова. "
            "Российскую делегацию возглавляет министр иностранных дел Павел Орлов.",
            "Павел Орлов",
        ),
        (
            "Саммит СНГ открылся в четверг в Минске с участием президента Белоруссии Ивана Петрова. "
            "Министр иностранных дел Павел Орлов возглавил российскую делегацию.",
            "Павел Орлов",
        ),
        (
            "La cumbre se inauguró el jueves en Asunción con el presidente paraguayo, Carlos Benítez. "
            "El canciller Jorge Quintana encabeza la delegación chilena.",
            "Jorge Quintana",
        ),
    ],
    ids=["en-possessive", "en-respective", "ru-noun-first", "ru-verb-first", "es"],
)
def test_the_head_of_a_delegation_takes_part(text: str, leader: str) -> None:
    assert leader in [p.name for p in parse(text).participants]


def test_a_leader_not_attending_stays_out() -> None:
    text = (
        "The summit opened on Thursday in Arusha with President John Mwale of Kenya. Foreign Minister Pavel Orlov "
        "is leading his country's delegation as its President Ivan Petrov is not attending the event."
    )
    brief = parse(text)
    assert "Pavel Orlov" in [p.name for p in brief.participants]
    assert "Ivan Petrov" not in [p.name for p in brief.participants]
