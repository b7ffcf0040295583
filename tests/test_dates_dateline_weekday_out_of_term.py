"""A yearless dateline and a weekday in its sentence fix no year when the officeholders that sentence names were
never all in office in a year that puts the dateline's day on that weekday: the weekday is then another day than
the dateline's (the day before, as agencies often write), and the text alone cannot tell the year.

Every brief here is invented for the test; the officeholders are real people of the register.
"""

import briefparse


def test_a_weekday_that_cannot_fall_on_the_dateline_day_in_the_named_terms_gives_no_date() -> None:
    # 31 May is a Wednesday in 2017 and 2023, years in which Pompeo was not Secretary of State
    text = (
        "Valdora, May 31 (LNA) Russian Foreign Minister Sergey Lavrov and US Secretary of State Mike Pompeo "
        "discussed the situation in Lirnau in a phone conversation on Wednesday, the Russian Foreign Ministry said.\n\n"
        "The two ministers agreed to stay in touch."
    )
    brief = briefparse.parse(text)
    assert brief.date is None
    assert brief.published is None


def test_a_weekday_that_falls_on_the_dateline_day_in_the_named_terms_fixes_the_year() -> None:
    # 10 June is a Saturday in 2017, when Lavrov and Tillerson were both in office
    text = (
        "Valdora, June 10 (LNA) Russian Foreign Minister Sergey Lavrov and US Secretary of State Rex Tillerson "
        "discussed the situation in Lirnau in a phone conversation on Saturday, the Russian Foreign Ministry said.\n\n"
        "The two ministers agreed to stay in touch."
    )
    assert briefparse.parse(text).date == "2017-06-10"
