"""An agency of the register set off as a token at a credit position, on invented briefs: between bars after the
dateline's place ("NORDHAVEN | TASS | The …"), or in brackets before the desk's initials closing a paragraph
("… empfangen. (APA/red)"); a photo credit with a slash stays no source."""

import datetime as dt

import pytest

import briefparse

EN = (
    "The President of Valdoria, Tomas Berg, held talks with the Prime Minister of Ostmark, Lena Kraus, on Tuesday, "
    "discussing trade and energy.\n"
)
DE = (
    "Der Präsident von Valdoria, Tomas Berg, hat am Dienstag die Ministerpräsidentin von Ostmark, Lena Kraus, zu "
    "einem Arbeitsgespräch empfangen. Beide sprachen über Handel und Energie."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("NORDHAVEN | TASS | " + EN, "TASS"),
        (DE + " (APA/red)\n", "APA"),
        (DE + " (dpa/Red)\n", "dpa"),
    ],
)
def test_the_delimited_agency_is_the_source(text: str, expected: str) -> None:
    source = briefparse.parse(text, reference_date=dt.date(2024, 3, 6)).source
    assert source is not None and source.name == expected


def test_a_photo_credit_with_a_slash_is_no_source() -> None:
    source = briefparse.parse(EN + "(Photo: AFP/Getty)\n", reference_date=dt.date(2024, 3, 6)).source
    assert source is None
