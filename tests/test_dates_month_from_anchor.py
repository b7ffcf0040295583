"""A day whose month is named from the day the brief was published, in the languages other than French ("el 11 del
corriente", "am 11. dieses Monats", "11 числа текущего месяца", "the 11th of this month"): the month is the
anchor's, or the one before or after it.

Every brief here is invented for the test.
"""

import datetime as dt

import pytest

import briefparse

REFERENCE = dt.date(2024, 3, 14)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "El canciller de Valdoria, Pablo Marín, recibió el 11 del corriente al embajador de Norlandia, Erik Lund."
            "\n\nAmbos abordaron la cooperación.",
            "2024-03-11",
        ),
        (
            "El canciller de Valdoria, Pablo Marín, se reunió el 28 del mes pasado con el embajador de Norlandia, Erik "
            "Lund.\n\nAmbos abordaron la cooperación.",
            "2024-02-28",
        ),
        (
            "Der valdorische Außenminister Paul Marin hat am 11. dieses Monats den Botschafter Norlands, Erik Lund, "
            "empfangen.\n\nSie sprachen über die Zusammenarbeit.",
            "2024-03-11",
        ),
        (
            "Министр иностранных дел Валдории Павел Марин 11 числа текущего месяца встретился с послом Норландии "
            "Эриком Лундом.\n\nСтороны обсудили сотрудничество.",
            "2024-03-11",
        ),
        (
            "Valdorian Foreign Minister Paul Marin met on the 11th of this month with the Norland ambassador, Erik "
            "Lund.\n\nThey discussed cooperation.",
            "2024-03-11",
        ),
    ],
)
def test_day_of_the_reference_month(text, expected):
    assert briefparse.parse(text, reference_date=REFERENCE).date == expected
