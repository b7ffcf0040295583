"""A later sentence whose first event word is told in a tense before the story's tells another, earlier occasion:
its people are mentioned, not parties ("X had paid Y a courtesy visit in March", "X had last visited Z ahead of the
visit of Y"). Not "had" as the verb itself ("had their first telephone conversation"), nor the visit's own welcome
at the airport told in that tense.

Every brief here is invented for the test.
"""

import pytest

import briefparse


@pytest.mark.parametrize(
    "text",
    [
        "President Paul Marin met Norland's ambassador Karl Vester on Tuesday in Porta Nova. The two discussed trade "
        "and energy. Vester had paid Prime Minister Jan Olsen a courtesy visit in March.",
        "Norland's Foreign Minister Karl Vester has arrived in Porta Nova for a three-day visit. Foreign Secretary "
        "Paul Marin welcomed Vester at the airport. Vester had last visited Valdoria ahead of the visit of President "
        "Jan Olsen in 2019.",
    ],
)
def test_people_of_an_earlier_occasion_are_mentioned(text):
    brief = briefparse.parse(text)
    assert {"Karl Vester", "Paul Marin"} <= {p.name for p in brief.participants}
    assert "Jan Olsen" not in {p.name for p in brief.participants}
    assert "Jan Olsen" in {p.name for p in brief.people_mentioned}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Norland's Foreign Minister Karl Vester arrived in Porta Nova on Sunday for a two-day visit and held talks "
            "with Foreign Minister Paul Marin. Foreign Secretary Jan Olsen had welcomed the visiting minister at the "
            "airport.",
            {"Karl Vester", "Paul Marin", "Jan Olsen"},
        ),
        (
            "Foreign Minister Paul Marin and his Norland counterpart, newly appointed Karl Vester, had their first "
            "telephone conversation, Porta Nova reports.",
            {"Karl Vester", "Paul Marin"},
        ),
    ],
)
def test_the_event_told_in_that_tense_keeps_its_people(text, names):
    brief = briefparse.parse(text)
    assert names <= {p.name for p in brief.participants}
