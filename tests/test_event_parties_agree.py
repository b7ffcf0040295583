"""Event type: two parties who agreed met. A lead that names no event and opens on a verb of agreement whose subject
is two parties joined ("X, Minister of A, and Y, Minister of B, agreed yesterday …") or a pair ("the two ministers")
reports their meeting; one speaker who agrees with something made a statement. Every brief here is invented for the
test."""

import pytest

import briefparse


@pytest.mark.parametrize(
    "text",
    [
        (
            "The Minister for Foreign Affairs of Valdoria, Paul Marin, and the Minister for Foreign Affairs of "
            "Norland, Jean Valdor, agreed yesterday to continue exploring areas of shared interest, as migration.\n"
        ),
        "The two foreign ministers agreed on Monday to reopen the consulates closed since 2019.\n",
    ],
)
def test_two_parties_who_agreed_met(text: str) -> None:
    assert briefparse.parse(text).event_type == "meeting"


@pytest.mark.parametrize(
    "text",
    [
        "The Foreign Ministry said on Monday it agreed with the proposal of the commission.\n",
        "Valdorian Prime Minister Paul Marin agreed that the ceasefire must hold.\n",
    ],
)
def test_one_speaker_who_agrees_makes_a_statement(text: str) -> None:
    assert briefparse.parse(text).event_type == "statement"
