"""A person who "also attended the meeting" attends the encounter the brief reports: one more participant, not a
separate encounter of their own, which "also attended a dinner in another city" still is.

The briefs and their people are fictional, written for this test.
"""

import briefparse

LEAD = """KUALA LUMPUR, May 2 -- Foreign Minister Ahmad Rizal received a courtesy call from Chile's Ambassador to \
Malaysia Rodrigo Fuentes at Wisma Putra today. """


def _people(text: str) -> tuple[list[str], list[str]]:
    brief = briefparse.parse(text)
    return [p.name for p in brief.participants], [p.name for p in brief.people_mentioned]


def test_also_attended_the_meeting_takes_part():
    taking_part, _ = _people(LEAD + "Finance Minister Lim Wei Han also attended the meeting.")
    assert "Lim Wei Han" in taking_part, taking_part


def test_apposition_then_also_attended_the_meeting_takes_part():
    taking_part, _ = _people(LEAD + "The Minister of Agriculture, Lim Wei Han, also attended the meeting.")
    assert "Lim Wei Han" in taking_part, taking_part


def test_also_attended_another_occasion_is_mentioned():
    taking_part, mentioned = _people(LEAD + "Finance Minister Lim Wei Han also attended a dinner in Penang on Friday.")
    assert "Lim Wei Han" not in taking_part and "Lim Wei Han" in mentioned, (taking_part, mentioned)
