"""An official residence known by its street address ("7, Lok Kalyan Marg", India's prime minister's) is the seat
the talks are placed at, though the guest's arrival city comes after it.

Every brief and every person here is invented for the test; the residence is real.
"""

import pytest

import briefparse
from briefparse.seats import seats


@pytest.mark.parametrize("venue", ["Lok Kalyan Marg", "7, Lok Kalyan Marg"])
def test_talks_at_the_prime_minister_s_residence_are_placed_there(venue: str) -> None:
    text = (
        f"Prime Minister Arun Mehta held talks with President Ali Demir at {venue} on Friday.\n"
        "The meeting was held soon after Demir arrived in New Delhi for a summit."
    )
    assert briefparse.parse(text).location == venue


def test_the_residence_is_india_s() -> None:
    assert [seat.country for seat in seats("Lok Kalyan Marg")] == ["IN"]
