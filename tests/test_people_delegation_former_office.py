"""People on briefs invented for these tests (fictional people, real countries): a delegation's member named with an
office once held ("former Senate chairman X") still takes part; "former" qualifies the title, it does not make the
sentence tell an earlier occasion. A sentence that tells an earlier occasion stays out."""

from __future__ import annotations

from briefparse import parse

_LEAD = (
    "ISLAMABAD - A delegation led by party chairman Kamran Baig called on Prime Minister Tariq Hameed in Islamabad "
    "on Thursday.\n\n"
)


def test_member_with_a_former_office_takes_part() -> None:
    text = _LEAD + (
        "The delegation included Senator Noreen Javed, former Senate chairman Fahim Aslam and Asad Qamar.\n\n"
        "During the meeting, the political situation of the country was discussed."
    )
    names = [p.name for p in parse(text).participants]
    assert {"Noreen Javed", "Fahim Aslam", "Asad Qamar"} <= set(names)


def test_an_earlier_occasion_stays_background() -> None:
    text = _LEAD + (
        "Last year the delegation included Senator Noreen Javed.\n\n"
        "During the meeting, the political situation of the country was discussed."
    )
    names = [p.name for p in parse(text).participants]
    assert "Noreen Javed" not in names
