"""A country set off by a colon at the head of a line in small letters ("Niger : le président félicite …") is a
kicker, what the story is about, not a dateline: a message that says where it was sent from nowhere has no place.

The brief is written for this test (invented people, real countries).
"""

import briefparse

BRIEF = (
    "Niger : Issa Karimou félicite le nouveau président de la Commission\n\n"
    "Dans un message daté de ce lundi, le chef de l'Etat nigérien, Issa Karimou, félicite Paul Ndiaye pour son "
    "élection à la tête de la Commission. « Votre élection me donne le plaisir de vous adresser mes félicitations », "
    "écrit le président.\n"
)


def test_a_country_kicker_with_a_colon_is_no_dateline() -> None:
    brief = briefparse.parse(BRIEF)
    assert brief.event_type == "statement"
    assert brief.location is None
