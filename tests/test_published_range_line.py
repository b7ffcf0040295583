"""A line that holds a range of days written first day first ("22. und 23. Februar 2024", "22-23 février 2024") gives
a gathering's days, not the day the brief was published, however little else stands on its line.

Every brief here is invented for the test.
"""

import briefparse


def test_a_range_of_days_on_its_own_line_is_no_publication_date_de() -> None:
    text = (
        "Besuch aus Norland\n\n"
        "22. und 23. Februar 2024\n\n"
        "VALDORF. Der Präsident des Landtags, Paul Marin, empfängt am Donnerstag und Freitag eine Delegation aus "
        "Norland."
    )
    brief = briefparse.parse(text)
    assert brief.published is None
    assert brief.date == "2024-02-22"


def test_a_range_of_days_on_its_own_line_is_no_publication_date_fr() -> None:
    text = (
        "Visite de Norland\n\n"
        "22-23 février 2024\n\n"
        "VALDORF. Le président du Parlement, Paul Marin, reçoit jeudi une délégation de Norland."
    )
    assert briefparse.parse(text).published is None


def test_a_single_day_on_its_own_line_stays_the_publication_date() -> None:
    text = (
        "Besuch aus Norland\n\n"
        "22. Februar 2024\n\n"
        "VALDORF. Der Präsident des Landtags, Paul Marin, hat am Donnerstag eine Delegation aus Norland empfangen."
    )
    assert briefparse.parse(text).published == "2024-02-22"
