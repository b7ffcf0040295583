"""A message sent has no place of its own but the one its phrase says it was issued in, further on in its sentence
("in a congratulatory message issued by his adviser, X, in Abuja on Friday", "dans un message lancé ce lundi à
Libreville"); a place the message only speaks of stays out."""

import briefparse


def test_the_city_a_message_was_issued_in_en() -> None:
    text = (
        "President Mark Tallis has congratulated the newly elected President Louis Ferrand of Valdoria on his "
        "victory.\n"
        "In a congratulatory message issued by Mr Peter Odum, the Special Adviser to the President on Media, in "
        "Abuja on Friday, Tallis commended the people of Valdoria.\n"
    )
    assert briefparse.parse(text, reference_date="2019-01-26").location == "Abuja"


def test_the_city_a_message_was_issued_in_fr() -> None:
    text = (
        "Le président Marc Tavernier a adressé, dans un message lancé ce lundi à Libreville, à son homologue Louis "
        "Ferrand ses chaleureuses félicitations suite à son élection.\n"
    )
    assert briefparse.parse(text, reference_date="2012-05-08").location == "Libreville"


def test_a_place_the_message_speaks_of_is_not_its_place() -> None:
    text = (
        "Le président Marc Tavernier a adressé un message de condoléances à son homologue Louis Ferrand après "
        "l'attentat commis à Kaboul.\n"
    )
    assert briefparse.parse(text, reference_date="2012-05-08").location is None
