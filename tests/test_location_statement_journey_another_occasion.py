"""A statement that names its speaker's journey on another occasion, one still to come or gone by ("his visit to
Beijing next week", "I visited the Philippines earlier this month", "sa visite à Rabat la semaine prochaine"): the
journey's place is not where the statement was made. A journey the statement reports keeps its place.

Every brief and every person here is invented for the test; the countries and the cities are real.
"""

import datetime as dt

import pytest

import briefparse


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "President Halvard Rune expressed his condolences on Thursday to the people of Peru after the floods that "
            "killed dozens of people.\n\n"
            "\"Our thoughts are with the families of the victims,\" Rune said in a statement.\n\n"
            "His office said Rune will take the opportunity of his visit to Lima next week to renew his condolences.\n",
            id="en-visit-next-week",
        ),
        pytest.param(
            "Minister Benedikt's statement on the floods in Nepal\n\n"
            "Minister Orla Benedikt expressed her condolences on Thursday to the people of Nepal after the floods.\n\n"
            "Speaking today she said: \"The loss of life is tragic. I visited Nepal earlier this month and saw the "
            "courage of its people.\"\n",
            id="en-visit-earlier-this-month",
        ),
        pytest.param(
            "Le ministre Paul Verlaine-Diop a présenté jeudi ses condoléances au peuple marocain après le séisme.\n\n"
            "« Nos pensées vont aux familles des victimes », a déclaré le ministre dans un communiqué.\n\n"
            "Il renouvellera ses condoléances lors de sa visite à Rabat la semaine prochaine.\n",
            id="fr-visite-la-semaine-prochaine",
        ),
    ],
)
def test_a_statement_naming_a_journey_of_another_time_has_no_place(text: str) -> None:
    record = briefparse.parse(text, reference_date=dt.date(2021, 3, 12))
    assert record.event_type == "statement"
    assert record.location is None
