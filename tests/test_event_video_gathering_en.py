"""Event type of a video link among three parties or more, on briefs invented for these tests (fictional people,
real countries): the countries its subject names ("Leaders of A, B, C and D participated in the video conference"),
a count of countries in its subject ("The top diplomats of five countries held a video conference") or the people its
sentence names in full ("was held between A B and C D, with the participation of E F and G H") make it a gathering,
a conference, and the talks told after it are that gathering's. Held by video, it has no place. A video link between
two leaders, even when a spokesman who announces it is named too, stays a call."""

from __future__ import annotations

import pytest

from briefparse import parse


@pytest.mark.parametrize(
    "lead",
    [
        "Leaders of Norway, Chile, Kenya, Fiji and Peru participated in the video conference on Monday, which was "
        "opened by the host.",
        "The top diplomats of five countries including Chile and Kenya held a video conference on Monday to discuss "
        "trade and the response to the drought.",
        "A video conference was held on Monday, May 4, between Chilean Foreign Minister Ana Velarde and Kenyan "
        "Foreign Minister Otieno Kamau, with the mediation and participation of envoys Lars Brekke, Sione Vaka and "
        "Tomas Rudd.",
    ],
)
def test_a_video_link_among_many_parties_is_a_gathering(lead: str) -> None:
    text = (
        f"{lead}\n\n"
        "The participants discussed the drought in the region and agreed to meet again next month. The remarks "
        "appeared to be aimed at Peru.\n\n"
        "The ministry said in a press release that the talks were useful."
    )
    brief = parse(text, reference_date="2023-05-06")
    assert brief.event_type == "conference"
    assert brief.location is None


def test_a_video_link_between_two_leaders_stays_a_call() -> None:
    text = (
        "A video conference between Chilean President Ana Velarde and her Kenyan counterpart Otieno Kamau will be "
        "held on Tuesday, presidential spokesman Lars Brekke announced on Monday.\n\n"
        "The two leaders are expected to discuss trade and the drought."
    )
    assert parse(text, reference_date="2023-05-06").event_type == "phone_call"
