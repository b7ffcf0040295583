"""Event type of a brief that reports what was said at a gathering ("During a speech at the … Conference", "conveyed
during the plenary session of …"): the speaker took part in the gathering, which the brief reports; a press
conference or a gathering still ahead is no such place. Every brief here is invented for the test."""

import datetime as dt

import pytest

import briefparse


def event_type(text: str) -> str:
    return briefparse.parse(text, reference_date=dt.date(2022, 9, 27)).event_type


@pytest.mark.parametrize(
    "text",
    [
        (
            "Valdoria calls for stronger union\n\n"
            "Kessel: Valdorian Foreign Minister Paul Marin emphasized the importance of the union's collective efforts "
            "in the face of complex pressures. This was conveyed during the plenary session of the Lake Union Foreign "
            "Ministers' Meeting in Kessel on July 9.\n"
            '"We are at a crucial point," said Marin.'
        ),
        (
            "Minister Paul Marin says the Lake Union remains Valdoria's priority\n\n"
            "Marin says Valdoria would focus more on the cooperation with its neighbours.\n\n"
            "Valdoria said on Saturday that the Lake Union will remain its foreign policy priority and that it will "
            "contribute more to the region's growth.\n\n"
            "During a speech at the 2016 Conference on Valdorian Foreign Policy, Security Minister Paul Marin said "
            "Valdoria would focus more on its neighbours. He said the union had always been its major interest."
        ),
    ],
)
def test_what_is_said_at_a_gathering_reports_the_gathering(text: str) -> None:
    assert event_type(text) == "conference"


@pytest.mark.parametrize(
    "text",
    [
        (
            "Valdoria condemns attack\n\n"
            "A Foreign Ministry spokeswoman said Thursday that Valdoria strongly condemns the attack in Kessel.\n\n"
            '"Valdoria strongly condemns the attack," spokeswoman Ana Brook said at a regular press conference.'
        ),
        (
            "Valdoria condemns attack\n\n"
            "The Foreign Minister of Valdoria, Paul Marin, said ahead of the Lake Union summit that his country "
            "condemns the attack on the embassy in Kessel."
        ),
    ],
)
def test_a_press_conference_or_a_gathering_ahead_is_no_setting(text: str) -> None:
    assert event_type(text) == "statement"
