"""A seat of government the register knows by its name alone ("à Baabda", "au Sérail") is where the event's
sentence places it, though the gazetteer knows no town of that name and its first word may be a common one ("at
the Grand Serail"): it comes before a country a later sentence names for another occasion. The briefs are
invented for the test."""

import datetime as dt

import briefparse


def test_a_registered_seat_comes_before_a_later_country_fr():
    brief = briefparse.parse(
        "Dorval reçoit Kessel\n\n"
        "Le président de la République, Paul Dorval, a reçu hier à Baabda l'ambassadeur de Norlande, Jean Kessel, "
        "avec qui il a fait un tour d'horizon. Il a ensuite été informé des travaux de la conférence tenue en "
        "Malaisie.\n",
        reference_date=dt.date(2025, 3, 5),
    )
    assert brief.location == "Baabda"


def test_a_registered_seat_comes_before_a_later_country_en():
    brief = briefparse.parse(
        "Dorval receives Kessel\n\n"
        "President Paul Dorval received Norland's ambassador Jean Kessel at Baabda on Tuesday. He was later briefed "
        "on the conference held in Malaysia.\n",
        reference_date=dt.date(2025, 3, 5),
    )
    assert brief.location == "Baabda"


def test_a_registered_seat_opening_on_a_common_word_is_a_place_en():
    brief = briefparse.parse(
        "Dorval holds talks\n\n"
        "Prime Minister Paul Dorval received Norland's ambassador Jean Kessel at the Grand Serail on Friday.\n",
        reference_date=dt.date(2025, 3, 5),
    )
    assert brief.location == "Grand Serail"
