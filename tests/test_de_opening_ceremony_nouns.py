"""A German ceremony named by its act (a ground-breaking, an inauguration, a vehicle put in service, a swearing-in
festival) is `other`, not a statement or a visit for want of a ceremony word, and a ceremony held in an arena is
placed there (German briefs written for these tests, invented people, real places)."""

from __future__ import annotations

import datetime as dt

import briefparse


def _parse(text: str):
    return briefparse.parse(text, reference_date=dt.date(2024, 5, 10))


def test_an_inauguration_ceremony_of_a_day_care_centre_is_other():
    text = (
        "Kindertagesstätte „Sonnenblume“ öffnet ihre Türen.\n"
        "Die Einweihungszeremonie begann mit einem Lied der Kinder. Danach ergriff Bürgermeisterin Helga "
        "Brenntag das Wort und dankte den Handwerkern. Die Reise vom ersten Plan bis zum fertigen Haus habe nur "
        "vierzehn Monate gedauert, sagte sie.\n"
    )
    assert _parse(text).event_type == "other"


def test_a_ground_breaking_is_other():
    text = (
        "Mit dem ersten Spatenstich hat Bürgermeister Jonas Kerber am Freitag den Startschuss für den Neubau der "
        "Grundschule gegeben. Die Gemeinde investiert rund acht Millionen Euro.\n"
    )
    assert _parse(text).event_type == "other"


def test_a_fire_engine_put_in_service_is_placed_at_the_fire_station():
    text = (
        "Das neue Löschfahrzeug der Freiwilligen Feuerwehr wurde am Samstag offiziell in Dienst gestellt. "
        "Die feierliche Übergabe fand im Feuerwehrgerätehaus statt, wo Ortsbrandmeister Lutz Wendel die Gäste "
        "begrüßte.\n"
    )
    brief = _parse(text)
    assert brief.event_type == "other"
    assert brief.location is not None and "Feuerwehrgerätehaus" in brief.location


def test_a_swearing_in_festival_is_placed_in_the_arena():
    text = (
        "Köln – Rund 400 Polizeianwärterinnen und -anwärter haben am Mittwoch bei der Vereidigungsfeier in der "
        "Kölner Lanxess-Arena ihren Diensteid abgelegt. Innenminister Paul Reimers gratulierte den jungen Leuten.\n"
    )
    brief = _parse(text)
    assert brief.event_type == "other"
    assert brief.location is not None and "Lanxess-Arena" in brief.location


def test_a_company_visit_stays_a_visit():
    """Control: a minister-president touring a firm is a visit; no ceremony word is in the brief."""
    text = (
        "Ministerpräsident Anton Kleebach hat am Mittwoch die Maschinenfabrik Berger in Crailsheim besucht und "
        "sich die Fertigung zeigen lassen.\n"
    )
    assert _parse(text).event_type == "visit"
