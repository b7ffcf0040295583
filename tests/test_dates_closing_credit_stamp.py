"""A dispatch that ends on its credit and date in brackets ("… (Reuters, 27.3.2017)", "(APA, 12.3.2019)"), as
Austrian sites print agency copy: the date is the day it was published.

The briefs are written for these tests (invented people, real countries).
"""

import briefparse


def test_a_closing_credit_and_date_dates_the_dispatch():
    brief = briefparse.parse(
        "Anruf aus Washington\n\nBerlin – US-Präsident Tom Briggs hat Bundeskanzlerin Clara Vogt am Montag "
        "angerufen. Er gratulierte ihr zum Wahlsieg. (Reuters, 27.3.2017)\n"
    )
    assert brief.published == "2017-03-27"


def test_a_date_in_brackets_inside_a_sentence_is_no_stamp():
    brief = briefparse.parse(
        "Treffen in Wien\n\nWien – Außenministerin Clara Vogt hat am Dienstag ihren Amtskollegen Luis Mendoza "
        "getroffen. Sie erinnerten an das Abkommen (Wien, 12.3.2019) und sprachen über Handel.\n"
    )
    assert brief.published is None
