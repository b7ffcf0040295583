"""The recent past of a journey told by "venir de" and the infinitive ("X vient d'arriver à Kessel", "vient
d'atterrir", "vient de quitter"): an arrival or a departure, a visit, whose traveller takes part."""

import briefparse


def test_just_arrived_is_a_visit_with_the_traveller():
    brief = briefparse.parse(
        "Le président valdorien Jean Amon vient d’arriver à Kinshasa pour une visite d'amitié.\n\n"
        "À son arrivée, il a été accueilli par Marc Doru, directeur de cabinet du chef de l'Etat.\n"
    )
    assert brief.event_type == "visit"
    assert {"Jean Amon", "Marc Doru"} <= {p.name for p in brief.participants}


def test_just_landed_is_a_visit():
    brief = briefparse.parse("Le Premier ministre Paul Kessel venait d'atterrir à Dakar, où il a été accueilli.\n")
    assert brief.event_type == "visit"


def test_just_left_a_city_is_a_visit_but_not_an_office():
    left = briefparse.parse("Le président Jean Amon vient de quitter Dakar pour Bamako, où il est attendu.\n")
    assert left.event_type == "visit"
    resigned = briefparse.parse("Le ministre Paul Kessel vient de quitter ses fonctions, a indiqué Jean Amon.\n")
    assert resigned.event_type != "visit"
