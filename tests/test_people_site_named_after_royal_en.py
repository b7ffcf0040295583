"""A site named after a royal ("King X International Airport", "Queen Y International Airport") is no party: a
role found there for someone unnamed is the site's own name, and a role closed by a facility's noun ("director of
King X International Airport") takes no name from the site.

Every person and country here is invented for the test.
"""

import datetime as dt

import pytest

import briefparse


@pytest.mark.parametrize(
    "text",
    [
        "Crown Prince Tomas Verlane, Crown Prince of Norland, is received by Crown Prince Elsa Margund, at King "
        "Omar International Airport in Valmora, on Monday.\n\nThe two leaders discussed trade.\n",
        "President Tomas Verlane arrived in Valmora on Monday.\n\nHe was welcomed by Prime Minister Elsa Margund, at "
        "Queen Lina International Airport.\n",
    ],
)
def test_en_airport_named_after_a_royal_is_no_party(text: str) -> None:
    brief = briefparse.parse(text, reference_date=dt.date(2021, 6, 23))
    assert [p.name for p in brief.participants] == ["Tomas Verlane", "Elsa Margund"]
    assert not any("Airport" in (p.role or "") for p in brief.participants)
