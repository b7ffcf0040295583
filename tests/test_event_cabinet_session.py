"""A cabinet's sitting ("a meeting of the federal cabinet", "the Cabinet session", "la séance du Conseil des
ministres", "un conseil ordinaire des ministres") is a session of a body, as a council's is: a conference, not the
statement the decisions it took would read as (English and French briefs written for these tests, invented people,
real places)."""

from __future__ import annotations

import datetime as dt

import briefparse


def test_decisions_of_a_cabinet_session_are_a_conference():
    text = (
        "Cabinet Approves Most Items on Its Agenda\n\n"
        "The Cabinet on Thursday approved most of the 31 items on its agenda, as reported by Information Minister "
        "Karim Haddad.\n\n"
        "Following a Cabinet session in Baabda Palace, Haddad announced that the Cabinet appointed four members "
        "of the Audit Council.\n"
    )
    assert briefparse.parse(text, reference_date=dt.date(2024, 5, 16)).event_type == "conference"


def test_a_meeting_of_the_federal_cabinet_chaired_by_the_premier_is_a_conference():
    text = (
        "ISLAMABAD: The Federal Cabinet has approved a new housing scheme for government employees.\n\n"
        "A meeting of the Federal Cabinet chaired by Prime Minister Tariq Hameed considered a 12-point agenda on "
        "the economic situation in the country.\n"
    )
    assert briefparse.parse(text, reference_date=dt.date(2024, 5, 16)).event_type == "conference"


def test_a_numbered_sitting_of_the_council_of_ministers_is_a_conference():
    text = (
        "Plusieurs points étaient à l’ordre du jour de la 12ème séance du Conseil des Ministres qui s’est tenue hier "
        "au palais présidentiel. Le président de la République, Omar Farah Houssein, et les membres de son "
        "gouvernement ont examiné deux projets de loi de finances.\n"
    )
    brief = briefparse.parse(text, reference_date=dt.date(2024, 5, 16))
    assert brief.event_type == "conference"
    assert brief.location == "palais présidentiel"


def test_a_president_chairing_an_ordinary_council_of_ministers_is_a_conference():
    text = (
        "Tchad : le président préside un conseil ordinaire des ministres\n\n"
        "Le président de la République, Abakar Mahamat Saleh, préside un conseil ordinaire des ministres, au Palais "
        "Toumaï. Sont inscrits à l’ordre du jour quatre projets de décrets.\n"
    )
    assert briefparse.parse(text, reference_date=dt.date(2024, 5, 16)).event_type == "conference"


def test_the_president_of_the_council_of_ministers_is_an_office_not_a_sitting():
    """Control: the council named in an office's title ("président du Conseil des ministres") is no session."""
    text = (
        "Le président sénégalais Idrissa Kane a quitté Dakar pour Lomé, dans le cadre d’une visite de travail, à "
        "l’invitation du président du Conseil des ministres, Komi Agbeyome.\n"
    )
    assert briefparse.parse(text, reference_date=dt.date(2024, 5, 16)).event_type == "visit"
