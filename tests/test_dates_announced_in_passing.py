"""A day a brief announces in passing, outside the sentences of its event ("le cinquantenaire, prévu le 6 janvier
2026"), dates neither the event nor the brief when the text gives no day it was written: the date stays unknown.

Every brief here is invented for the test.
"""

import briefparse


def test_a_day_announced_in_passing_dates_no_past_audience():
    text = (
        "Norland-Valdorie : vers un cinquantenaire en grande pompe\n"
        "En visite officielle à Porta Nova depuis le début du mois, l’ambassadeur de Norland, Karl Vester, a été reçu "
        "par le président Paul Marin. Au cœur des discussions : le cinquantenaire des relations diplomatiques entre "
        "les deux pays, prévu le 6 janvier 2026. « Nous prévoyons une série d’événements », a déclaré l’ambassadeur."
    )
    assert briefparse.parse(text).date is None


def test_a_visit_announced_for_a_day_is_dated_by_it():
    text = (
        "Le président Paul Marin attendu à Porta Nova\n"
        "Le président norlandais Paul Marin effectuera une visite officielle en Valdorie le 6 janvier 2026, à "
        "l’invitation de son homologue Léa Moreau."
    )
    assert briefparse.parse(text).date == "2026-01-06"


def test_a_gathering_announced_after_the_lead_s_arrival_does_not_date_it():
    text = (
        "La ministre valdorienne des Affaires étrangères, Anna Berg, a accueilli dans la soirée de ce mercredi 08 "
        "février 2023, à l'aéroport international de Porta Nova, son homologue de Norlandie, Erik Lund.\n\n"
        "Selon le ministère, Erik Lund est à Porta Nova dans le cadre du sommet des ministres des Affaires étrangères "
        "prévu le 9 février 2023.\n\n"
        "Les deux ministres prépareront les travaux de ce sommet."
    )
    assert briefparse.parse(text).date == "2023-02-08"


def test_a_visit_announced_on_the_day_the_lead_gives_is_dated_by_its_own_days():
    text = (
        "Le président valdorien Paul Marin a annoncé mercredi qu'il effectuera une visite d'État en Norlandie, les 23 "
        "et 24 octobre, rapporte le communiqué du Conseil des ministres.\n\n"
        "Le chef de l'État a informé le conseil de la visite qu'il effectuera à Norberg les 23 et 24 octobre 2017."
    )
    assert briefparse.parse(text).date == "2017-10-23"
