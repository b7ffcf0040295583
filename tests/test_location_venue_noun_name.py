"""A name a venue's noun opens ("dans l'hôtel Intercontinental Varna Bay Resort", "at the Hotel Marlow Crown") is the
venue's own, even where the people extractor takes it for a person's: it does not cut the venue short at its noun.

The briefs are written for this test (invented people and hotels, real cities).
"""

import briefparse


def test_a_hotel_name_is_no_person_cutting_the_venue() -> None:
    text = (
        "Les dirigeants kessois et varnien ont eu samedi matin une conversation dans les couloirs du sommet régional"
        " au Vietnam. À la suite d'une brève discussion, MM. Dubrovin et Kalder ont approuvé une déclaration"
        " conjointe.\n\nLes Présidents kessois et varnien ont eu une conversation lors du deuxième jour du sommet dans"
        " la ville vietnamienne de Da Nang, a annoncé samedi le correspondant de l'agence présent sur les lieux.\n\n"
        "Des médias précisent que leur courte rencontre a eu lieu dans l'hôtel Intercontinental Da Nang Sun Peninsula"
        " Resort, avant la cérémonie de prise de photos.\n"
    )
    location = briefparse.parse(text, language="fr").location
    assert location is not None and "Da Nang" in location
