"""A day a participle of an incident's happening opens ("l'incident survenu le 9 mars dernier", "the attack
perpetrated on March 9", "el ataque ocurrido el 9 de marzo") is the incident's: a meeting, call or visit that came
after it is dated by another day, here the dateline's.

Every brief here is invented for the test.
"""

import pytest

import briefparse


@pytest.mark.parametrize(
    "text",
    [
        "Porta Nova, 15 mars 2024 (AVP) - Le président valdorien Paul Marin a reçu l'ambassadeur de Norlandie, Erik "
        "Lund, à la suite de l'incident survenu le 9 mars dernier à la frontière.\n\nLes deux hommes ont évoqué la "
        "sécurité de la frontière.",
        "Porta Nova, 15 mars 2024 (AVP) - Le président valdorien Paul Marin s'est entretenu au téléphone avec son "
        "homologue norlandais Erik Lund après l'attentat perpétré le 9 mars contre l'ambassade.\n\nLes deux hommes "
        "ont condamné l'attentat.",
        "PORTA NOVA, March 15, 2024 (AVP) - Valdorian President Paul Marin received the Norland ambassador, Erik "
        "Lund, after the attack perpetrated on March 9 against the embassy.\n\nThey discussed security.",
        "Porta Nova, 15 de marzo de 2024 (AVP).- El presidente de Valdoria, Pablo Marín, recibió al embajador de "
        "Norlandia, Erik Lund, tras el ataque ocurrido el 9 de marzo contra la embajada.\n\nAmbos abordaron la "
        "seguridad.",
    ],
)
def test_incident_day_is_not_the_meeting_day(text):
    brief = briefparse.parse(text)
    assert brief.date == brief.published == "2024-03-15"


def test_incident_itself_keeps_its_day():
    """A brief about the incident, not a meeting after it, is dated by it."""
    text = (
        "Porta Nova, 15 mars 2024 (AVP) - L'explosion survenue le 9 mars dans le port de Porta Nova a fait trois "
        "blessés, selon un bilan publié vendredi.\n\nL'enquête se poursuit."
    )
    assert briefparse.parse(text).date != "2024-03-15"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Le ministre valdorien des Affaires étrangères, Paul Marin, a félicité son homologue norlandais, Erik "
            "Lund, pour sa nomination. Cette conversation téléphonique, survenue le vendredi 12 avril 2024, a permis "
            "aux deux ministres de réaffirmer leur amitié.",
            "2024-04-12",
        ),
        (
            "Le président valdorien Paul Marin a reçu l'ambassadeur de Norlandie, Erik Lund. L'entretien, survenu le "
            "mardi 9 avril 2024 au palais, a porté sur la coopération.",
            "2024-04-09",
        ),
    ],
)
def test_participle_of_the_event_itself_dates_it(text, day):
    """The participle follows the phrase of the brief's own call or meeting ("Cette conversation téléphonique,
    survenue le …"): it tells when that event took place."""
    assert briefparse.parse(text).date == day
