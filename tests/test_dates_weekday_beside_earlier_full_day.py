"""A weekday alone in the lead ("arrivés dimanche soir") beside the same weekday written in full for an earlier
occasion ("qui avaient rencontré X dimanche 4 mai"): the lead's weekday is the latest one before the brief's day,
not the earlier occasion's.

Every brief here is invented for the test.
"""

import datetime as dt

import briefparse

_LEAD = (
    "Le ministre valdorien de l'Intérieur, Paul Marin, et son homologue lorénienne, Ana Ortega, sont arrivés dimanche "
    "soir à Porta Nova pour une visite de deux jours.\n\n"
    "Le ministre norlandais de l'Intérieur, Karl Berg, a accueilli les deux hôtes à l'aéroport.\n\n"
)


def test_the_lead_weekday_is_not_the_earlier_occasions_day():
    text = _LEAD + (
        "Cette visite intervient une semaine après celle du Premier ministre valdorien, qui avait rencontré le "
        "président norlandais dimanche 4 mai."
    )
    brief = briefparse.parse(text, reference_date=dt.date(2025, 5, 12))
    assert brief.date == "2025-05-11"


def test_a_full_day_of_the_story_still_names_its_weekday():
    text = _LEAD + "Les deux ministres ont été reçus par le chef de l'Etat dimanche 11 mai, peu après leur arrivée."
    brief = briefparse.parse(text, reference_date=dt.date(2025, 5, 20))
    assert brief.date == "2025-05-11"
