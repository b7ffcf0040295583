"""A byline closed by the agency and a colon may run on into the story's first sentence on the same line ("Valdor 24 –
WAM: His Highness …", "By Jan Lind - Trend:The minister …"): the agency is credited as a byline's, and is the
brief's source; a colon that opens no sentence in capitals after it credits nothing.

Every brief here is invented for the test.
"""

import pytest

import briefparse
from briefparse.agencies import find_credits


@pytest.mark.parametrize(
    ("line", "written"),
    [
        ("Valdor 24 – WAM: His Highness Sheikh Omar Lind received the visiting ministers on Monday.", "WAM"),
        ("By Jan Lind - Trend:The foreign minister received his Norland counterpart on Monday.", "Trend"),
    ],
    ids=["outlet-then-agency", "writer-then-agency-glued"],
)
def test_the_agency_before_the_colon_is_the_byline_s(line: str, written: str):
    credits = [(line[c.start : c.end], c.shape) for c in find_credits(line + "\n")]
    assert (written, "byline") in credits
    brief = briefparse.parse("Ministers received\n\n" + line + "\n\nThe talks dealt with the ferry line.")
    assert brief.source is not None
    assert brief.source.name == written


def test_a_colon_before_small_letters_credits_nothing():
    assert find_credits("Valdor 24 – WAM: details to follow later.\n") == []
