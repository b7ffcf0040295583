"""An institution's seat set right after the city at a spot ("in Suva at the Tonga High Commission", "at the Norland
Embassy") is where in the city the event was held."""

import briefparse


def test_seat_after_the_city_in_the_lead():
    text = (
        "Suva, Fiji, 15 May 2025 - Prime Minister Tom Rarua met with Tonga Prime Minister Sione Vaka yesterday in "
        "Suva at the Tonga High Commission ahead of the forum.\n"
    )
    assert briefparse.parse(text).location == "Tonga High Commission"


def test_seat_after_the_city_under_a_caption_naming_the_city():
    text = (
        "Prime Minister Tom Rarua meets with Tonga Prime Minister in Fiji ahead of Forum Meeting\n\n"
        "Prime Minister the Honourable Tom Rarua meets with Tonga Prime Minister the Honourable Sione Vaka in Suva "
        "this week ahead of the upcoming Forum Meeting.\n\n"
        "Suva, Fiji, 15 May 2025 - Prime Minister the Honourable Tom Rarua met with Tonga Prime Minister the "
        "Honourable Sione Vaka yesterday in Suva at the Tonga High Commission ahead of the upcoming Forum Meeting."
        "\n\nThe two leaders discussed shipping and labour mobility.\n"
    )
    assert briefparse.parse(text).location == "Tonga High Commission"


def test_a_plain_place_after_the_city_is_no_seat():
    text = (
        "Suva, Fiji, 15 May 2025 - Prime Minister Tom Rarua met with Tonga Prime Minister Sione Vaka yesterday in "
        "Suva at the end of the forum.\n"
    )
    assert briefparse.parse(text).location == "Suva"
