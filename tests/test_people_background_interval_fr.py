"""A French sentence that dates an earlier visit by the time between ("Il intervient à moins d'une semaine après la
visite de X") tells background: whom that visit counted is only mentioned. Fictional people and countries."""

from __future__ import annotations

import datetime as dt

import briefparse

REF = dt.date(2024, 5, 6)

EARLIER_VISIT = (
    "Les relations entre la Valdoria et la Norland connaissent une dynamique renouvelée. "
    "La visite que le ministre valdorien des Affaires étrangères, Paul Marin, entame ce mercredi à Kessel, est un "
    "nouveau signe de cet élan. "
    "Ce déplacement ne manquera pas de placer le dialogue politique entre les deux pays sur la bonne orbite. "
    "Il intervient à moins d'une semaine après la visite en Valdoria du ministre norlandais de l'Intérieur, Luc "
    "Verdal, au cours de laquelle il a coprésidé avec son homologue valdorien, Jean Dufort, une réunion de haut "
    "niveau."
)


def test_people_of_a_visit_dated_by_the_interval_are_only_mentioned() -> None:
    brief = briefparse.parse(EARLIER_VISIT, reference_date=REF)
    assert [p.name for p in brief.participants] == ["Paul Marin"]
    assert {"Luc Verdal", "Jean Dufort"} <= {p.name for p in brief.people_mentioned}
