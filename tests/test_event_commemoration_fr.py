"""A commemoration held, a wreath laid and a ceremony told as the gathering it was are ceremonies of remembrance,
neither a statement nor a meeting: 'other' (French briefs written for these tests, invented people, real places)."""

from __future__ import annotations

import datetime as dt

import pytest

import briefparse


@pytest.mark.parametrize(
    "text",
    [
        "Célébration de l'Armistice\nA la résidence de France s'est déroulée mardi la cérémonie de commémoration de "
        "l'Armistice, en présence de l'ambassadeur Paul Marin.",
        "Comme chaque année, une cérémonie était organisée mardi à l'ambassade afin de commémorer l'anniversaire de "
        "l'armistice. Elle a permis de lire le message de la ministre Ana Lindqvist.",
        "La cérémonie du 19 mars s'est déroulée au monument aux morts de Kaya. Quatre porte-drapeaux étaient présents. "
        "Le maire Paul Marin et trois élus ont représenté la municipalité à cette commémoration.",
        "Comme les années précédentes, le président Paul Marin a déposé la gerbe au pied du monument de la place des "
        "Martyrs à Kaloum.",
        "Sans public, la cérémonie a réuni mardi les élus de Kaya, les forces de sécurité et le préfet Paul Marin.",
    ],
    ids=[
        "ceremonie-de-commemoration",
        "afin-de-commemorer",
        "cette-commemoration",
        "a-depose-la-gerbe",
        "la-ceremonie-a-reuni",
    ],
)
def test_a_ceremony_of_remembrance_is_other(text: str) -> None:
    assert briefparse.parse(text, reference_date=dt.date(2024, 3, 12)).event_type == "other"


def test_a_meeting_told_as_a_gathering_stays_a_meeting() -> None:
    text = "La rencontre a réuni mardi à Lomé les ministres Paul Marin et Ana Lindqvist."
    assert briefparse.parse(text, reference_date=dt.date(2024, 3, 12)).event_type == "meeting"


def test_a_guest_of_the_commemorations_stays_a_visit_and_its_lead() -> None:
    text = (
        "Le président norlandais invité d'honneur aux célébrations de l'Indépendance\n\n"
        "Le président norlandais, Paul Marin, sera présent à Kaya à l'occasion des célébrations de l'Indépendance, "
        "prévues le 12 mars.\n\n"
        "Le Conseil des ministres a pris note de son acceptation de l'invitation.\n\n"
        "Sa participation marque une nouvelle étape dans les relations entre les deux pays.\n\n"
        "Sa présence conférera une dimension régionale forte aux commémorations du 12 mars."
    )
    record = briefparse.parse(text, reference_date=dt.date(2024, 3, 1))
    assert record.event_type == "visit"
    assert record.summary_points[0].startswith("Le président norlandais, Paul Marin, sera présent à Kaya")
