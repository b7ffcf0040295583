"""French participants of a journey still to come, on briefs invented for these tests (fictional people and
countries): the meetings its programme lists, told in the future or by an infinitive, are its own."""

from __future__ import annotations

import datetime as dt

import briefparse

REF = dt.date(2024, 5, 6)


def taking_part(text: str) -> set[str | None]:
    """The names of whom the parser has take part."""
    return {p.name for p in briefparse.parse(text, reference_date=REF).participants}


PROGRAMME = (
    "Kessel, le 4 mai – Le Premier ministre de Valdoria, Paul Marin, entame une mission en Norland dès lundi. "
    "Il sera au palais présidentiel pour rencontrer le président de Norland, Jean Dufort. "
    "Dès mardi, il se rendra à Kessel, au siège de la société Norlux, pour rencontrer le patron Marc Olin. "
    "Sa visite se poursuivra par des entretiens avec Eva Brun, Première ministre de Norland. "
    "Il rencontrera également la présidente de la Banque de Norland, Anne Leroy, et le maire de Port-Norland, "
    "Luc Verdal."
)
INTENDED = (
    "Le Premier ministre de Valdoria, Paul Marin, effectuera du 20 au 25 mai une mission en Norland. "
    "À Port-Norland, il entend notamment rencontrer le président de Norland, Jean Dufort, de même que le "
    "Premier ministre de Norland, Luc Verdal."
)
NOT_COMING = (
    "Une délégation emmenée par la Première ministre Anne Moreau se rendra la semaine prochaine en Norland. "
    "Mme Moreau sera accompagnée par le ministre des Finances, Paul Marin. "
    "Ils se rendront à Kessel et à Port-Norland du 5 au 7 février, a précisé le ministère. "
    "Les deux membres du gouvernement visiteront également un projet de la coopération. "
    "Ce déplacement avait été annoncé par Mme Moreau le 22 janvier, à l'issue d'un entretien avec le président "
    "de Norland, Jean Dufort. "
    "Le ministre de la Défense, Luc Verdal, ne sera par contre pas du voyage, selon son entourage."
)
ANNOUNCED = (
    "La question d'une monnaie commune sera au menu du sommet, où les chefs d'État se rendront cette semaine. "
    "Le président de Valdoria, Paul Marin, est arrivé lundi à Kessel dans le cadre d'une visite d'État en Norland. "
    "Les dirigeants de Valdoria et de Norland se réuniront à Kessel, a affirmé la ministre valdorienne des "
    "Affaires étrangères, Anne Leroy."
)


def test_later_meetings_of_a_journey_to_come_take_part() -> None:
    assert {"Jean Dufort", "Marc Olin", "Eva Brun", "Anne Leroy", "Luc Verdal"} <= taking_part(PROGRAMME)


def test_whom_a_traveller_intends_to_meet_takes_part() -> None:
    assert {"Paul Marin", "Jean Dufort", "Luc Verdal"} <= taking_part(INTENDED)


def test_one_not_of_the_journey_to_come_stays_out() -> None:
    assert "Luc Verdal" not in taking_part(NOT_COMING)


def test_who_announces_a_meeting_to_come_stays_out() -> None:
    assert "Anne Leroy" not in taking_part(ANNOUNCED)


BY_A_MODAL = (
    "Le premier ministre doit se rendre à Kessel dimanche et lundi, accompagné d'une vaste délégation.\n\n"
    "« Notre relation est singulière. » Ainsi s'exprimait, à propos de la Norland, le premier ministre valdorien "
    "Paul Marin dans une interview publiée vendredi par un quotidien norlandais. Le format de la visite qui doit le "
    "conduire à Kessel, à l'invitation du président Jean Dufort, ne saurait lui donner tort."
)


def test_traveller_of_a_journey_put_to_come_by_a_modal_takes_part() -> None:
    assert {"Paul Marin", "Jean Dufort"} <= taking_part(BY_A_MODAL)
