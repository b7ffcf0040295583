"""A range of days near a line's start ("The summit, scheduled for June 15-16 at …", "held May 2-3 in …") is the
gathering's days, not a dateline: the dash that runs on to the range's last day is no dateline's dash, so the date
does not become the day the brief was published.

Every brief and every person here is invented for the test.
"""

import datetime as dt

import pytest

import briefparse
from briefparse.analysis.dateline import is_dateline_date
from briefparse.lang.en import LANGUAGE as EN


@pytest.mark.parametrize(
    "sentence",
    [
        "The forum, which is being held May 2-3 in Lirnau, hosts more than 20 events.",
        "The summit, scheduled for May 2–3 at a lakeside resort, will gather 90 delegations.",
    ],
)
def test_range_of_days_is_no_publication_day(sentence: str) -> None:
    text = f"Minister Ana Valdor spoke at the forum on Monday.\n\n{sentence}"
    assert briefparse.parse(text, reference_date=dt.date(2019, 5, 8)).published is None


def test_dateline_dash_still_reads() -> None:
    assert is_dateline_date("LIRNAU, ", " - The minister arrived on Monday.", EN)
    assert not is_dateline_date("The forum, which is being held ", "-3 in Lirnau, hosts events.", EN)
