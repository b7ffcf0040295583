"""A network on which a sentence only says a picture was posted ("posted a photograph of himself with the Prime
Minister on his Facebook account") published no words about the event: it is no source; one a verb of saying
or writing stands beside, in the same sentence, still is.

The briefs are invented for these tests.
"""

import pytest

from briefparse import parse


def source_name(text: str) -> str | None:
    """The name of the source parsed from a brief, None when it cites none."""
    found = parse(text).source
    return None if found is None else found.name


@pytest.mark.parametrize(
    "text",
    [
        "Envoy calls on Prime Minister\nKORVIK: Prime Minister Paul Marin received a courtesy call from Norlish "
        "Ambassador Ilse Varga at his office on Monday.\nThe meeting lasted about an hour.\nEarlier, businessman "
        "Jon Holt also visited Marin and later posted a photograph of himself with the Prime Minister on his "
        "Facebook account.",
        "Envoy calls on Prime Minister\nKORVIK: Prime Minister Paul Marin received Norlish Ambassador Ilse Varga "
        "at his office on Monday. The ambassador later shared photos of the meeting on Instagram.",
    ],
)
def test_a_picture_posted_names_no_source(text: str) -> None:
    assert source_name(text) is None


def test_words_posted_beside_a_picture_name_the_network() -> None:
    text = (
        "Envoy calls on Prime Minister\nKORVIK: Prime Minister Paul Marin received Norlish Ambassador Ilse Varga "
        "at his office on Monday. Marin posted a photo of the meeting on Facebook and wrote that the talks were "
        "useful."
    )
    assert source_name(text) == "Facebook"
