"""Event type on briefs invented for these tests (fictional people, real places): an honour conferred, a funeral
attended and a building opened are ceremonies, 'other' events; "conferred with" a person is still a meeting, and a
funeral only named in a call's condolences leaves it a call."""

from __future__ import annotations

import pytest

from briefparse import parse


@pytest.mark.parametrize(
    "text",
    [
        "President Tomas Berg confers national order on Omar Kessling\n\nPresident Tomas Berg has conferred the "
        "Order of the Golden Lion on Prime Minister Omar Kessling. The award was presented at a ceremony held "
        "yesterday in Male.",
        "President Ines Marlow was Saturday conferred with the Grand Cross of the Order of Merit, the country's "
        "highest civilian award. President Omar Kessling said the honour reflects the ties between the two nations.",
        "Prime Minister Tomas Berg on Tuesday attended the state funeral of former President Jan Holt in Accra. "
        "Leaders from thirty countries took part in the funeral.",
        "President Ines Marlow on Monday opened the renovated building of the embassy in Lisbon. At a brief "
        "ceremony, she congratulated the ambassador and the staff.",
    ],
    ids=["conferred-the-order", "was-weekday-conferred-with", "attended-state-funeral", "opened-renovated-building"],
)
def test_a_ceremony_of_honour_mourning_or_opening_is_other(text: str) -> None:
    assert parse(text).event_type == "other"


def test_conferring_with_a_person_is_a_meeting() -> None:
    text = "Foreign Minister Tomas Berg conferred with his counterpart Omar Kessling in Vienna on Monday."
    assert parse(text).event_type == "meeting"


def test_a_funeral_named_in_a_call_leaves_it_a_call() -> None:
    text = (
        "President Tomas Berg held a telephone conversation with President Omar Kessling on Monday and offered his "
        "condolences on the death of former President Jan Holt, whose funeral will be held on Friday."
    )
    assert parse(text).event_type == "phone_call"
