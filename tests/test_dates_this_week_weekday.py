"""A weekday after a demonstrative ("ce jeudi", "este jueves") names a day of the anchor's own week: the nearer of
the last and the coming such day. On a page dated a Wednesday, "ce jeudi" is the next day, not the Thursday six
days gone, even when no future marker says so ("il compte rencontrer … ce jeudi"). A day a few days back keeps its
place ("a reçu ce lundi" on a Wednesday), and so do a weekday marked as past and one after a far demonstrative
("ese jueves", "that Thursday": a day the story told).
The briefs are invented for the test.
"""

import briefparse


def test_demonstrative_weekday_days_ahead_is_the_coming_one_fr():
    text = (
        "Le président Marin va recevoir les anciens ministres\n"
        "25 - Mars - 2020\n"
        "Le président valdorien Paul Marin poursuit ses consultations. Après les syndicats ce mardi, il compte "
        "rencontrer les anciens ministres ce jeudi au palais d'Arden."
    )
    assert briefparse.parse(text).date == "2020-03-26"  # not 2020-03-19


def test_demonstrative_weekday_days_ahead_is_the_coming_one_es():
    text = (
        "El presidente Marín recibirá a los exministros\n"
        "Publicado el 25 de marzo de 2020\n"
        "El presidente valdorio Pablo Marín recibe este jueves a los exministros en el palacio de Arden, según "
        "la presidencia."
    )
    assert briefparse.parse(text).date == "2020-03-26"


def test_demonstrative_weekday_a_few_days_back_stays_back():
    text = (
        "Le président Marin a reçu les syndicats\n"
        "25 - Mars - 2020\n"
        "Le président valdorien Paul Marin a reçu ce lundi les syndicats au palais d'Arden."
    )
    assert briefparse.parse(text).date == "2020-03-23"


def test_weekday_marked_as_past_stays_back():
    text = (
        "Le président Marin a reçu les syndicats\n"
        "25 - Mars - 2020\n"
        "Le président valdorien Paul Marin a reçu jeudi dernier les syndicats au palais d'Arden."
    )
    assert briefparse.parse(text).date == "2020-03-19"


def test_far_demonstrative_weekday_stays_back():
    text = (
        "El presidente Marín y los sindicatos\n"
        "Publicado el 25 de marzo de 2020\n"
        "El presidente valdorio Pablo Marín recibe a los sindicatos en Arden. Ese jueves los exministros le "
        "entregaron su informe."
    )
    assert briefparse.parse(text).date != "2020-03-26"
