"""A headline opened by a scene before its colon ("X at Y Palace: …", "X im Schloss Bellevue: …") names no speaker:
the guest and the place where the event happens, not someone whose remark is the news. The brief stays the event it
reports, and its host keeps taking part.

Every brief and every person here is invented for the test.
"""

import pytest

import briefparse


@pytest.mark.parametrize(
    ("text", "event", "host"),
    [
        (
            "Walker at Nordheim Palace: Larin and Dorn hail a new friendship\n\n"
            "Finnish President Tom Walker was welcomed by President Piotr Larin at the Nordheim Palace on Monday for "
            'talks. "Our friendship has never been closer," Larin said after the meeting with Walker and Prime '
            "Minister Ivan Dorn.\n"
            "The two presidents discussed trade and energy.\n",
            "meeting",
            "Piotr Larin",
        ),
        (
            "Walker im Schloss Bellevue: Freundschaft in Ehren\n\n"
            "Der finnische Präsident Tom Walker ist von Bundespräsident Piotr Larin im Schloss Bellevue herzlich "
            "empfangen worden. „Die Freundschaft ist eng“, sagte Larin nach dem Treffen.\n"
            "Die beiden Präsidenten sprachen über Handel und Energie.\n",
            "meeting",
            "Piotr Larin",
        ),
    ],
    ids=["person-at-a-palace", "person-at-a-seat-of-power"],
)
def test_a_scene_before_the_colon_is_no_speaker(text: str, event: str, host: str) -> None:
    brief = briefparse.parse(text)
    assert brief.event_type == event
    names = [p.name for p in brief.participants]
    assert "Tom Walker" in names
    assert host in names
