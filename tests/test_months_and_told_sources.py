"""A month after a place preposition is a date ("in May"), never the event's place; a source written after the time
of its statement ("sagte Sprecher X am Freitagabend"), and an outlet someone spoke to ("сказал «Интерфаксу»").

Every brief here is invented for the test.
"""

import datetime as dt

import pytest

import briefparse


def parse(text: str) -> briefparse.Brief:
    return briefparse.parse(text, reference_date=dt.date(2024, 5, 20))


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Foreign Minister Lena Haverly met Ivo Marsk in May in Windhoek, her office said.", "Windhoek"),
        ("La ministre Odile Vantrin a reçu en Mai à Dakar son homologue Ivo Marsk.", "Dakar"),
        ("Foreign Minister Lena Haverly will travel to the region in May, her office said.", None),
    ],
)
def test_a_month_after_a_place_preposition_is_no_place(text, place):
    location = parse(text).location
    assert location == place
