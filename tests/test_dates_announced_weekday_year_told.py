"""A day whose weekday fixes its year, announced ("devrait recevoir, ce lundi 24 juin") in a brief with no
publication date: of the agreeing years, the one the text sets it in (a year it writes, "nommés en août 2018"),
as for a day told as done, not the latest before today.

Every brief here is invented for the test.
"""

import briefparse


def test_an_announced_weekday_takes_the_year_after_the_one_the_text_writes():
    text = (
        "Le président Paul Marin va recevoir des ambassadeurs\n"
        "Le président Paul Marin devrait recevoir, ce lundi 24 juin, les ambassadeurs nommés en août 2018.\n"
        "D'après le site Valdora Info, ils seront reçus afin de leur remettre leurs lettres de créance."
    )
    assert briefparse.parse(text).date == "2019-06-24"
