"""A venue the event's sentence names gives way to a hall of it that a later sentence says the event was held in
("в Кремле … Церемония проходит в Александровском зале Большого Кремлевского дворца"); a room a language gives way to
its city ("im Kabinettssaal des Kanzleramts") leaves the venue as it was.

The briefs are written for these tests (invented people, real places).
"""

import briefparse


def test_a_hall_of_the_venue_is_the_more_precise_place_ru():
    brief = briefparse.parse(
        "Президент Иван Петров принял в Кремле верительные грамоты у двенадцати послов. Церемония проходит в "
        "Георгиевском зале Большого Кремлевского дворца.\n"
    )
    assert brief.location == "Георгиевском зале Большого Кремлевского дворца"


def test_a_room_given_way_to_its_city_keeps_the_venue_de():
    brief = briefparse.parse(
        "Bundeskanzler Karl Brenner empfing heute den Präsidenten Tomas Novak im Kanzleramt. Das Treffen fand im "
        "Kabinettssaal des Kanzleramts statt.\n"
    )
    assert brief.location == "Kanzleramt"
