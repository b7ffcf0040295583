"""A statement under a page's stamp whose dispatch line names the day before ("10:15, January 30" over "PORTA NOVA,
Jan. 29 (Xinhua) -- Valdora congratulates …") was issued on the dispatch's day: the page was stamped after it.

Every brief here is invented for the test.
"""

import briefparse

_FRENCH = (
    "Message de félicitations du président valdorien\n\n"
    "le 08/05/2012 11:54:03\n\n"
    "PORTA NOVA, 7 mai (Xinhua) -- Le président valdorien Paul Marend a adressé un message de félicitations à son "
    "homologue Jean Dubal, à la suite de son élection à la tête de la Nordie.\n\n"
    "« Votre victoire honore la démocratie nordienne », écrit le chef de l'État valdorien."
)

_ENGLISH = (
    "Valdora congratulates Dubal on re-election\n\n"
    "10:15, January 30, 2024\n\n"
    "PORTA NOVA, Jan. 29 (Xinhua) -- Valdora congratulates Jean Dubal on his re-election as president of Nordia, a "
    "foreign ministry spokesperson said.\n\n"
    "Valdora hopes to deepen its trade ties with Nordia, the spokesperson added."
)


def test_a_french_dispatch_of_the_day_before_the_stamp_dates_the_message():
    brief = briefparse.parse(_FRENCH)
    assert brief.event_type == "statement"
    assert brief.date == "2012-05-07"
    assert brief.published == "2012-05-08"


def test_an_english_dispatch_of_the_day_before_the_stamp_dates_the_statement():
    brief = briefparse.parse(_ENGLISH)
    assert brief.event_type == "statement"
    assert brief.date == "2024-01-29"
    assert brief.published == "2024-01-30"


def test_a_dispatch_of_the_stamp_s_own_day_keeps_that_day():
    brief = briefparse.parse(_ENGLISH.replace("Jan. 29", "Jan. 30"))
    assert brief.date == "2024-01-30"
