"""A sporting event's name ends on "Games" or "Olympics" ("the Tokyo 2020 Olympic Games", "a safe Sochi Olympics"), a
person's never: the leaders who discuss it take part, the event does not.

Every brief here is invented for the test.
"""

import pytest

import briefparse


@pytest.mark.parametrize(
    "topic",
    [
        "They are believed to have discussed the Porta Nova 2030 Olympic Games, which closed on Sunday.",
        "The two also discussed a safe Porta Nova Olympics.",
        "The two also discussed the coming Valdorian Games.",
    ],
)
def test_a_sporting_event_is_no_participant(topic: str) -> None:
    text = (
        "Valdoria's Prime Minister Paul Marin and Lorenian President Ana Ortega held talks over the phone on "
        f"Tuesday, according to the government.\n\n{topic}\n"
    )
    brief = briefparse.parse(text)
    assert [p.name for p in brief.participants] == ["Paul Marin", "Ana Ortega"]
