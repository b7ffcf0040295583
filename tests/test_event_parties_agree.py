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


@pytest.mark.parametrize(
    "text",
    [
        "Le ministre valdorien de la Réconciliation, Paul Marin, et l'ambassadeur de Norlandie, Jean Valdor, ont "
        "évoqué, lundi à Kessel, la coopération entre les deux pays.\n",
        "Les deux ministres ont passé en revue mardi les relations entre la Valdorie et la Norlandie.\n",
    ],
)
def test_two_parties_who_went_over_a_matter_together_met(text: str) -> None:
    assert briefparse.parse(text).event_type == "meeting"


def test_one_speaker_who_evokes_a_matter_makes_a_statement() -> None:
    text = "Le ministre valdorien de la Réconciliation, Paul Marin, a évoqué lundi la coopération avec la Norlandie.\n"
    assert briefparse.parse(text).event_type == "statement"
