"""An English encounter still to come told with "also" inside its future ("X is also scheduled to meet Y", "are also
expected to meet"): Y is only mentioned, as with "X is scheduled to meet Y".

Every brief and every person here is invented for the test.
"""

import pytest

import briefparse

_LEAD = (
    "Larin meets Norland's foreign minister\n\n"
    "Lakeland President Piotr Larin on Monday received Norland Foreign Minister Tom Walker, who is on a two-day "
    "visit to Lakeland.\n"
    "The two sides discussed trade and energy.\n"
)


@pytest.mark.parametrize(
    "later",
    [
        "Walker is also scheduled to meet with Prime Minister Ivan Dorn and Speaker Anna Berg.",
        "Walker and his delegation are also expected to meet Prime Minister Ivan Dorn and Speaker Anna Berg.",
    ],
    ids=["is-also-scheduled", "are-also-expected"],
)
def test_a_further_encounter_to_come_is_not_the_event(later: str) -> None:
    brief = briefparse.parse(_LEAD + later + "\n")
    names = [p.name for p in brief.participants]
    assert names == ["Piotr Larin", "Tom Walker"]
    assert {"Ivan Dorn", "Anna Berg"} <= {p.name for p in brief.people_mentioned}

