"""A site named after a day ("l'hôtel 2 Février", "le stade du 26 Mars", "boulevard du 30 Juin") holds no day of the
story: the day and month right after a facility's or a venue's noun are its name. A day told apart from such a noun
stays a day. Briefs invented for the test; the names are fictional."""

from __future__ import annotations

import briefparse

_SUMMIT = (
    "Session ordinaire de la Conférence des chefs d'Etat de l'Union du Golfe de Guinée\n\n"
    "Les sommets se suivent à l'hôtel 2 Février de Lomé. La conférence des chefs d'Etat s'est ouverte le samedi "
    "14 mars 2020 dans la grande salle de l'hôtel 2 Février, sous la présidence du président Marc Adjovi."
)

_STADIUM = (
    "Le président Karim Sylla inaugure le stade rénové\n\n"
    "Le stade du 26 Mars a rouvert ses portes. Le président de la Transition, Karim Sylla, a présidé mardi "
    "4 janvier 2022 la cérémonie, en présence du Premier ministre Oumar Dembélé."
)

_DAY = "Le président Karim Sylla a reçu le 2 février 2021 au Palais son homologue Marc Adjovi."


def test_a_hotel_named_after_a_day_dates_nothing() -> None:
    assert briefparse.parse(_SUMMIT).date == "2020-03-14"


def test_a_stadium_named_after_a_day_dates_nothing() -> None:
    assert briefparse.parse(_STADIUM).date == "2022-01-04"


def test_a_day_before_a_venue_stays_a_day() -> None:
    assert briefparse.parse(_DAY).date == "2021-02-02"
