"""Agencies' datelines write months in short forms, without a dot ("Dakar, 3 jan (APS)", "Dakar, 16 fév (APS)") or
with one ("Paris, 21 sept. (AFP)", "Madrid, 3 jun. (EFE)"): the dateline's day is the brief's publication day, and the
weekday of its lead counts from it.

Every brief here is invented for the test.
"""

import datetime as dt

import pytest

import briefparse


@pytest.mark.parametrize(
    ("dateline", "weekday", "reference", "published", "date"),
    [
        ("3 jan", "mardi", dt.date(2024, 1, 5), "2024-01-03", "2024-01-02"),
        ("16 fév", "vendredi", dt.date(2024, 2, 16), "2024-02-16", "2024-02-16"),
        ("5 dec", "jeudi", dt.date(2024, 12, 6), "2024-12-05", "2024-12-05"),
    ],
)
def test_a_short_month_in_an_agency_dateline(dateline, weekday, reference, published, date):
    text = (
        f"Porta Nova, {dateline} (APS) – Le président Paul Marin a reçu {weekday} l'ambassadeur de Norland, "
        "Karl Vester, au palais de la République."
    )
    brief = briefparse.parse(text, reference_date=reference)
    assert (brief.published, brief.date) == (published, date)


@pytest.mark.parametrize(
    ("text", "reference", "published", "date"),
    [
        (
            "Porta Nova, 21 sept. (AFP) - Le ministre Paul Marin a reçu jeudi son homologue de Norland, Karl Vester.",
            dt.date(2025, 9, 25),
            "2025-09-21",
            "2025-09-18",
        ),
        (
            "Porta Nova, 3 jun. (EFE).- El ministro Pablo Marín recibió este martes a su homólogo de Norland, Karl "
            "Vester, en la cancillería.",
            dt.date(2025, 10, 5),
            "2025-06-03",
            "2025-06-03",
        ),
        (
            "Porta Nova, 3. Okt. (dpa) - Außenminister Paul Marin hat am Dienstag seinen Amtskollegen Karl Vester "
            "empfangen.",
            dt.date(2025, 10, 5),
            "2025-10-03",
            "2025-09-30",
        ),
    ],
)
def test_a_dotted_short_month_in_an_agency_dateline(text: str, reference: dt.date, published: str, date: str) -> None:
    brief = briefparse.parse(text, reference_date=reference)
    assert (brief.published, brief.date) == (published, date)
