"""An address written from its smallest part, items set off by commas after a place the gazetteer does not know
whole ("in Demak Jaya, Jalan Bako, Kuching"), is placed at the city that closes it; a list of cities is no address."""

import briefparse


def test_the_city_closing_an_address_is_the_place():
    text = (
        "Prime Minister Razak Hamid paid a courtesy call on Governor Zainal Arif at the official residence in "
        "Demak Jaya, Jalan Bako, Kuching, April 1, 2021.\n"
    )
    assert briefparse.parse(text).location == "Kuching"


def test_a_list_of_cities_keeps_the_first():
    text = "Prime Minister Razak Hamid met Governor Zainal Arif in Penang, Ipoh and Kuching on April 1, 2021.\n"
    assert briefparse.parse(text).location == "Penang"
