"""The founding of the parties' relations, told as background ("Diplomatic relations between Valdoria and Lorenia
were established on May 4, 1979", "Valdoria and Lorenia established diplomatic relations on …"), is an earlier
occasion: its day does not date a brief that gives no day of its own.

Every brief here is invented for the test.
"""

import pytest

import briefparse


@pytest.mark.parametrize(
    "founding",
    [
        "Diplomatic relations between Valdoria and Lorenia were established on May 4, 1979.",
        "Valdoria and Lorenia established diplomatic relations on May 4, 1979.",
    ],
)
def test_the_founding_day_of_relations_does_not_date_the_meeting(founding: str) -> None:
    text = (
        "Valdorian envoy presents credentials in Porta Nova\n\n"
        "Valdorian Ambassador to Lorenia Paul Marin has presented his credentials to the President of Lorenia, "
        "Ana Ortega, at the Lorenian presidential palace.\n\n"
        "President Ortega welcomed Ambassador Marin and expressed hope that relations between the two countries "
        f"would grow further.\n\n{founding} Ambassador Marin is the fourth Valdorian Ambassador to Lorenia.\n"
    )
    assert briefparse.parse(text).date is None


def test_a_day_of_the_event_still_dates_it() -> None:
    text = (
        "PORTA NOVA, March 12, 2024 - Valdorian Ambassador to Lorenia Paul Marin presented his credentials today to "
        "the President of Lorenia, Ana Ortega.\n\n"
        "Diplomatic relations between Valdoria and Lorenia were established on May 4, 1979.\n"
    )
    assert briefparse.parse(text).date == "2024-03-12"
