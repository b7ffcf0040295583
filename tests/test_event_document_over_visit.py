"""A press conference or a joint statement that the lead reports by its main word is the event, whatever the words
of the visit or the talks told after it add up to (`Language.document_over_visit`); a lead that reports the visit
stays a visit (English and French briefs written for these tests, invented people, real places)."""

from __future__ import annotations

import datetime as dt

import briefparse


def test_fr_a_joint_press_conference_in_the_lead_outweighs_the_arrival_told_after_it():
    text = (
        "Le président Lucien Moreau et le chancelier Anton Kessler ont donné une conférence de presse commune, "
        "mardi.\n\n"
        "Ils ont affiché leurs divergences sur l'accord commercial.\n\n"
        "Anton Kessler est arrivé mardi 4 juin à Paris.\n\n"
        "Le président français a officiellement accueilli son homologue en début d'après-midi.\n"
    )
    assert briefparse.parse(text, reference_date=dt.date(2024, 6, 4)).event_type == "statement"


def test_en_a_joint_press_conference_in_the_lead_outweighs_the_visit_told_after_it():
    text = (
        "President Helen Marsh and Prime Minister Ivo Dragan held a joint press conference in Valletta on "
        "Tuesday.\n\n"
        "The two leaders answered questions on migration and energy.\n\n"
        "Dragan arrived in Malta on Monday for a two-day official visit.\n\n"
        "He was welcomed at the airport by the foreign minister.\n"
    )
    assert briefparse.parse(text, reference_date=dt.date(2024, 6, 4)).event_type == "statement"


def test_fr_a_visit_whose_lead_reports_the_arrival_stays_a_visit():
    """Control: the lead's main word is the arrival; the press conference is told after it."""
    text = (
        "Le président Anton Kessler est arrivé lundi à Dakar pour une visite officielle de deux jours.\n\n"
        "Il a été accueilli à l'aéroport par le Premier ministre.\n\n"
        "Une conférence de presse est prévue mardi.\n"
    )
    assert briefparse.parse(text, reference_date=dt.date(2024, 6, 4)).event_type == "visit"
