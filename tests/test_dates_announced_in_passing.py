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
