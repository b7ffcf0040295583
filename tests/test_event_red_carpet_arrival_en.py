"""Event type on briefs invented for these tests (fictional people, real countries): a red-carpet welcome is a state
guest's arrival, a visit, as an official welcome is; a reception at the airbase the guest lands at is that arrival
too, however long the guest's titles between the verb and the airbase."""

from __future__ import annotations

from briefparse import parse


def test_a_headline_red_carpet_welcome_is_a_visit() -> None:
    text = (
        "Japanese premier reaches Fiji to red-carpet welcome\n\n"
        "President Ines Marlow receives Tomas Berg, the prime minister of Japan, at the Nausori Airbase.\n"
        "SUVA: Tomas Berg, the prime minister of Japan, arrived here on Thursday for a three-day visit.\n"
        "President Ines Marlow received her guest, who was given a bouquet by a child."
    )
    assert parse(text, reference_date="2018-03-23").event_type == "visit"


def test_a_lead_reception_at_the_state_house_outranks_a_headline_welcome() -> None:
    """English golds type a lead that reports the host's reception of the guest as a meeting, the visit's words
    around it notwithstanding (`Language.reception_over_visit`)."""
    text = (
        "Japanese premier reaches Fiji to red-carpet welcome\n\n"
        "President Ines Marlow received Tomas Berg, the prime minister of Japan, at the State House on Thursday.\n"
        "Berg arrived in Suva for a three-day visit.\n"
        "The two leaders later discussed fisheries."
    )
    assert parse(text, reference_date="2018-03-23").event_type == "meeting"


def test_a_reception_at_an_airbase_past_long_titles_is_an_arrival() -> None:
    text = (
        "President Ines Marlow received Tomas Berg, the President of the Democratic Socialist Republic of Sri Lanka, "
        "at the Nausori Airbase on Thursday."
    )
    assert parse(text, reference_date="2018-03-23").event_type == "visit"


def test_a_reception_at_a_palace_stays_a_meeting() -> None:
    text = (
        "President Ines Marlow received Tomas Berg, the President of the Democratic Socialist Republic of Sri Lanka, "
        "at the State House on Thursday."
    )
    assert parse(text, reference_date="2018-03-23").event_type == "meeting"
