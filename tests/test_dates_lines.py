"""Date lines and event dates as real pages write them: stamps under the headline, announced visits, statements.

Every brief here is invented for the test.
"""

import datetime as dt

import briefparse

EN_TITLE = "Valdoran president holds talks with Lorenian leader\n\n"


def parse(text: str, reference: dt.date | None = None) -> briefparse.Brief:
    return briefparse.parse(text, reference_date=reference)


def test_a_time_stamp_under_the_headline_is_the_page_s_own_date_not_a_widget():
    text = (
        f"{EN_TITLE}09:15, May 09, 2019\n\n"
        "VALDORA, May 8 (VNA) -- President Anna Kowalczyk held talks Wednesday with Lorenian President Peter Hlinka "
        "in the Palace of Nations.\n\nThe two leaders discussed trade and energy."
    )
    brief = parse(text)
    assert brief.published == "2019-05-09"
    assert brief.date == "2019-05-08"


def test_a_date_line_with_dashes_between_day_month_and_year_is_the_publication_date():
    text = (
        "Le président valdorien reçoit le ministre lorenais\n12 - Juin - 2023\n"
        "Le président Hédi Marzouki a reçu hier au palais le ministre lorenais des Affaires étrangères, Paolo Verdani."
    )
    brief = parse(text)
    assert brief.published == "2023-06-12"
    assert brief.date == "2023-06-11"
