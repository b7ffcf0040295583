"""Event type on briefs invented for these tests (fictional people, real countries): the adjective and the nouns
South Asian English writes a call with ("telephonic talks", "a phone discussion", "discussed over phone") name the
phone, and the talks the lead reports are that call."""

from __future__ import annotations

import pytest

from briefparse import parse


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Ravi Anand on Tuesday discussed with his Nepalese counterpart Hari Thapa the flood situation "
        "in the border districts.\n\nThe two leaders agreed to set up a joint relief cell, a statement said.\n\n"
        "During their telephonic talks, they also reviewed the progress of the power line project.",
        "Foreign Minister Ravi Anand and his Bhutanese counterpart Tashi Dorji discussed over phone on Friday the "
        "reopening of the border trade posts. They agreed to stay in close touch.",
        "The phone discussion between Prime Minister Ravi Anand and President Amal Perera covered fisheries and "
        "trade. The two leaders reviewed the joint projects.",
    ],
)
def test_south_asian_wordings_of_a_call_are_a_call(text: str) -> None:
    assert parse(text).event_type == "phone_call"
