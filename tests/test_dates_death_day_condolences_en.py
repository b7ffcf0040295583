"""English words of a death ("passed away on August 31", "his demise on Monday") mark the death's day, as French
"décès" does: condolences about it are not dated by it. A quotation closes the clause of its death word ("\\"… the
passing of X,\\" Y tweeted on Tuesday"): the day after it is the tweet's."""

import datetime as dt

import briefparse


def test_the_day_a_death_verb_takes_does_not_date_the_condolences() -> None:
    text = (
        "Leaders condole former President Arlen Dovic\n\n"
        "Tributes poured in from abroad for former Valdorian President Arlen Dovic. He passed away on August 31 at "
        "a hospital in the capital.\n\n"
        "Prime Minister Tomas Brevik of Norway said he was deeply saddened and offered his condolences to the family.\n"
    )
    assert briefparse.parse(text, reference_date=dt.date(2020, 9, 3)).date is None


def test_the_day_after_a_quoted_passing_dates_the_tweet() -> None:
    text = (
        "President Lena Marovic has condoled the demise of former prime minister Arlen Dovic.\n"
        "Dovic died on Monday evening after a long illness. He was 84.\n"
        "He suffered a stroke on Sunday, doctors said.\n"
        '"I was saddened to learn of the passing of former Prime Minister Arlen Dovic," Marovic tweeted on Tuesday.\n'
        '"My condolences to his family," she said.\n'
    )
    assert str(briefparse.parse(text, reference_date=dt.date(2020, 9, 2)).date) == "2020-09-01"
