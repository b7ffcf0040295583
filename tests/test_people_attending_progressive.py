"""People on briefs invented for these tests (fictional people, real countries): the progressive of attending ("X is
among those attending the summit", "X and Y are attending the summit") names parties far from the lead, as a
representation cue does."""

from __future__ import annotations

import pytest

from briefparse import parse

_BODY = """Regional bloc summit opens in Nairobi

The 12th summit of the regional bloc opens in Nairobi on Sunday under the theme of trade.

Apart from heads of state, officials of the commission and invited guests are also attending the opening ceremony.

Highlights of the summit will include the election of a new bureau. The summit brings together heads of state from \
twenty member states.

For two days, the leaders will deliberate on the report of the executive council and on the budget.

The reports they are expected to consider include those submitted by Tanzanian President John Mrema, who also chairs \
the peace council, on the state of peace and security.

"""


@pytest.mark.parametrize(
    ("closing", "names"),
    [
        ("Ghana's President Kofi Mensah is among those attending the summit.\n", ["Kofi Mensah"]),
        (
            "Kenyan President Paul Kamau and Ugandan Prime Minister Ruth Nabirye are attending the summit.\n",
            ["Paul Kamau", "Ruth Nabirye"],
        ),
    ],
    ids=["among-those-attending", "are-attending"],
)
def test_attendees_in_the_progressive_take_part(closing: str, names: list[str]) -> None:
    found = [p.name for p in parse(_BODY + closing).participants]
    for name in names:
        assert name in found
