"""A weekday and a range of days without a year ("weilten am 7. und 8. Februar … begrüssten am Montagmorgen"): the
weekday may name either day of the range, so it fixes no year; a single day still takes the weekday's year.

Every brief here is invented for the test.
"""

import datetime as dt

import briefparse


def test_a_weekday_beside_a_range_fixes_no_year() -> None:
    text = (
        "Gäste aus Norland in Valdorien\n\n"
        "Die Präsidenten von Norland, Karl Vester und Paul Horn, weilten am 7. und 8. Februar zu einem offiziellen "
        "Besuch in Valdorien. Fürst Tim Marin begrüsste am Montagmorgen die Staatsgäste auf Schloss Valburg."
    )
    assert briefparse.parse(text).date is None


def test_a_weekday_beside_one_day_fixes_its_year() -> None:
    text = (
        "Gäste aus Norland in Valdorien\n\n"
        "Der Präsident von Norland, Karl Vester, weilte am 7. Februar zu einem offiziellen Besuch in Valdorien. "
        "Fürst Tim Marin begrüsste am Montagmorgen den Staatsgast auf Schloss Valburg."
    )
    date = briefparse.parse(text).date
    assert date is not None and date.endswith("-02-07")
    assert dt.date.fromisoformat(date).weekday() == 0
