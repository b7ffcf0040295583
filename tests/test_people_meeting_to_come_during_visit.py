"""A brief that reports a meeting tells the guest's visit as its setting: someone the visit has still to bring
("… is on a four-day visit to India, during which she will also meet External Affairs Minister (EAM) X") is only
mentioned; a brief that reports the visit keeps the talks to come as its own."""

import briefparse


def test_a_meeting_to_come_during_the_visit_is_another_occasion():
    text = (
        "New Delhi, Oct 1 (ANI) - Norland Vice President Ana Lind on Thursday met Indian Vice President Ravi Rao in "
        "New Delhi. Lind is on a four-day visit to India during which she will also meet External Affairs Minister "
        "(EAM) Dev Shah.\n"
    )
    brief = briefparse.parse(text)
    assert [p.name for p in brief.participants] == ["Ana Lind", "Ravi Rao"]
    assert [p.name for p in brief.people_mentioned] == ["Dev Shah"]
