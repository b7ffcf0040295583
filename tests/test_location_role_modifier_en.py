"""Location on briefs invented for these tests (fictional people, real countries): a country after an article or a
possessive and right before a role noun ("to his Fiji counterpart") says whose the role is, not where the event was;
a building's name ("Government Buildings", "the Union Buildings") is a venue; a city that opens the name of a body
called after it ("the Shanghai Cooperation Organisation Summit") is not where that body's gathering met."""

from __future__ import annotations

import pytest

from briefparse import parse


def test_a_country_before_a_role_noun_is_no_place() -> None:
    text = (
        "Vanuatu's Prime Minister Tom Kalo paid a courtesy visit to his Fiji counterpart Ana Veiqa at Government "
        "Buildings this morning.\n\n"
        "The two leaders later toured the harbour of Suva, where a new wharf is being built."
    )
    assert parse(text).location == "Government Buildings"


@pytest.mark.parametrize("article", ["his", "the"])
def test_a_country_qualifying_a_role_leaves_the_dateline(article: str) -> None:
    text = (
        "NAIROBI, March 3 - The Minister of Trade, Ruth Kamau, on Tuesday paid a courtesy call to "
        f"{article} Ghana High Commissioner, Kofi Mensah. They discussed the export of tea and cocoa."
    )
    assert parse(text).location == "NAIROBI"


def test_a_country_where_the_call_was_paid_stays_the_place() -> None:
    text = (
        "The Minister of Trade, Ruth Kamau, on Tuesday travelled to Ghana, where she met President Kofi Mensah. "
        "They discussed the export of tea and cocoa."
    )
    assert parse(text).location == "Ghana"


@pytest.mark.parametrize("gathering", ["Shanghai Cooperation Organisation (SCO) Summit", "Lima Group meeting"])
def test_a_body_called_after_a_city_does_not_place_its_gathering(gathering: str) -> None:
    text = (
        f"Bishkek: Prime Minister Ravi Menon on Thursday met President Lena Volkova on the sidelines of the "
        f"{gathering}. The two leaders discussed trade."
    )
    assert parse(text).location == "Bishkek"


def test_a_forum_called_after_its_city_still_places_the_meeting() -> None:
    text = (
        "NEW DELHI: Prime Minister Ravi Menon on Thursday met President Lena Volkova on the sidelines of the "
        "Antalya Diplomacy Forum. The two leaders discussed trade."
    )
    assert parse(text).location == "Antalya"
