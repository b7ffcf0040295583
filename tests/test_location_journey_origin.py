"""Location: where a journey comes from is not the event's place. A place a visit's noun reaches past a
preposition of origin ("visits from India") is where the visitors come from; a place that locates the noun an
origin's preposition governs ("a flight from Valmora air base in Pretoria") is where the journey started. A place the
origin names itself leaves the next one the event's ("arrived from Pretoria in Windhoek"). Every brief here is
invented for the test; the cities are real, for the gazetteer to know them."""

import briefparse


def test_visits_from_a_country_do_not_take_the_visitors_country() -> None:
    text = (
        "Norland to host two delegations\n\n"
        "Kessel is set to welcome two foreign delegations, marking the first high-level visits from India and the "
        "United States since the new government took office.\n\n"
        "In addition, Washington has announced that its envoy Paul Marin will come in August."
    )
    assert briefparse.parse(text).location is None


def test_the_air_base_a_flight_left_from_is_no_place_of_the_visit() -> None:
    text = (
        "President Paul Marin arrived yesterday after a two-hour flight from Valmora air-force base in Pretoria, "
        "for a state visit.\n"
    )
    brief = briefparse.parse(text)
    assert brief.event_type == "visit"
    assert brief.location is None


def test_a_named_origin_leaves_the_next_place_to_the_visit() -> None:
    text = "President Paul Marin arrived from Pretoria in Windhoek on Monday for a three-day state visit.\n"
    brief = briefparse.parse(text)
    assert brief.event_type == "visit"
    assert brief.location == "Windhoek"


def test_a_visit_to_a_country_keeps_its_place() -> None:
    text = "Valdorian President Paul Marin visits India from Monday, his first trip abroad this year.\n"
    assert briefparse.parse(text).location == "India"


def test_french_depuis_sets_the_origin_aside() -> None:
    text = (
        "Le président Paul Marin est arrivé lundi à Dakar depuis la base aérienne de Valmora à Pretoria, "
        "pour une visite officielle de trois jours.\n"
    )
    assert briefparse.parse(text).location == "Dakar"
