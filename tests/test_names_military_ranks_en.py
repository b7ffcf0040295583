"""A military rank before a name is no part of it: "Prime Minister Commodore X" and "Air Commodore Y" name X and Y,
as "Admiral", "Brigadier" and "Colonel" already do.

Every person here is invented for the test; the countries are real.
"""

import datetime as dt

import pytest

import briefparse


@pytest.mark.parametrize("rank", ["Commodore", "Air Commodore", "Rear Admiral", "Brigadier"])
def test_en_rank_before_a_name_is_left_out(rank: str) -> None:
    text = (
        f"SUVA, March 3, 2021. The Prime Minister of Fiji, {rank} Tomas Verlane Odari, met today with the "
        "Ambassador of Chile, Elsa Margund, at the Government Buildings.\n\nThe two discussed maritime cooperation.\n"
    )
    brief = briefparse.parse(text, reference_date=dt.date(2021, 3, 3))
    names = [p.name for p in brief.participants]
    assert "Tomas Verlane Odari" in names
    assert not any(name and "Commodore" in name for name in names)
