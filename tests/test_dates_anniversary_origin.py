"""A full date an anniversary counts from ("à l'occasion du 58e anniversaire de la proclamation de la République du 1er
novembre 1954", "the 70th anniversary of the treaty signed on 28 April 1952") is the origin, no event's day, when its
year and the count do not pass the present year; a date a count would put in the future ("son 62e anniversaire, 4
avril 2022") is the celebration's own, and so is one under a count too small to tell ("5e anniversaire").

Every brief here is invented for the test.
"""

import datetime as dt

import briefparse


def test_the_origin_of_an_anniversary_is_no_event_day_fr() -> None:
    text = (
        "58e anniversaire de la République : le président Marin reçoit les vœux de ses homologues\n\n"
        "Le président de la Valdorie, Paul Marin, a reçu des messages de félicitations de plusieurs chefs d'Etat à "
        "l'occasion du 58e anniversaire de la proclamation de la République du 1er novembre 1954.\n"
        "Le président norlandais Erik Solberg a salué dans son message les relations d'amitié entre les deux pays."
    )
    assert briefparse.parse(text).date is None


def test_the_origin_of_an_anniversary_is_no_event_day_en() -> None:
    text = (
        "Marin attends ceremony for treaty anniversary\n\n"
        "Valdorian President Paul Marin attended a ceremony marking the 70th anniversary of the Norburg Treaty "
        "signed on 28 April 1952, together with Norland's Prime Minister Erik Solberg."
    )
    assert briefparse.parse(text).date is None


def test_a_date_a_count_would_put_in_the_future_is_the_celebration() -> None:
    text = (
        "La Norlandie félicite la Valdorie\n\n"
        "Le président norlandais Erik Solberg félicite la Valdorie à l'occasion de son 62e anniversaire, le mardi 4 "
        "avril 2023, dans un message adressé au président Paul Marin."
    )
    assert briefparse.parse(text, reference_date=dt.date(2023, 4, 5)).date == "2023-04-04"


def test_a_small_count_leaves_the_day_to_the_celebration() -> None:
    text = (
        "Le Forum de Norbourg fête ses cinq ans\n\n"
        "Le ministre valdorien Paul Marin a ouvert la cérémonie du 5e anniversaire du Forum de Norbourg, le 12 mars "
        "2020, en présence de son homologue norlandais Erik Solberg."
    )
    assert briefparse.parse(text).date == "2020-03-12"
