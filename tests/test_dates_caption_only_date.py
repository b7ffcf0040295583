"""A photo caption's date yields to any date the story writes; when it is the only one the page writes and every
weekday the story names falls on it, the picture was taken on the story's day, which it dates (never as the page's
own stamp). A weekday of another day makes the picture another occasion's.

Every brief here is invented for the test.
"""

import briefparse

CAPTION = (
    "Valdorian Prime Minister Jan Novak (L) is greeted by Lorenian Prime Minister Erik Lund (R) upon his arrival "
    "at the presidential palace in Lirno, Friday, May 3, 2024. Photo: AP\n\n"
)


def test_a_caption_s_date_dates_the_story_that_writes_no_other_and_names_its_weekday():
    text = CAPTION + (
        "LIRNO: Prime Minister Jan Novak on Friday afternoon met his Lorenian counterpart Erik Lund at the "
        "presidential palace. The two leaders discussed trade and energy."
    )
    brief = briefparse.parse(text)
    assert (brief.date, brief.published) == ("2024-05-03", None)


def test_a_caption_s_date_dates_a_story_that_names_no_day():
    text = CAPTION + "Prime Minister Jan Novak met his Lorenian counterpart Erik Lund at the presidential palace."
    assert briefparse.parse(text).date == "2024-05-03"


def test_a_caption_of_another_weekday_dates_nothing():
    text = CAPTION + (
        "LIRNO: Prime Minister Jan Novak held a phone call with his Lorenian counterpart Erik Lund on Tuesday."
    )
    assert briefparse.parse(text).date is None


def test_a_caption_s_date_yields_to_the_story_s_own():
    text = CAPTION + (
        "LIRNO, June 12, 2024: Prime Minister Jan Novak met his Lorenian counterpart Erik Lund at the palace."
    )
    assert briefparse.parse(text).date == "2024-06-12"
