"""A sentence after the first that writes another day than the event's, and not the event's own, tells another
occasion: whom it names there is mentioned, not taking part ("annoncé le 22 janvier, à l'issue d'un entretien avec
X"), and its place is not the event's. A day close to the event's (a summit's next day) is one of its own. The briefs
are invented for the test."""

import datetime as dt

import briefparse


def _people(text: str) -> tuple[list[str], list[str]]:
    brief = briefparse.parse(text, reference_date=dt.date(2025, 3, 5))
    return [p.name for p in brief.participants], [p.name for p in brief.people_mentioned]


def test_a_meeting_on_another_day_names_people_only_mentioned_fr():
    taking_part, mentioned = _people(
        "Coopération\n\n"
        "Le ministre Paul Marin a reçu lundi 3 mars à Dakar l'ambassadeur de Norlande, Jean Kessel. Ce déplacement "
        "avait été annoncé par M. Marin le 22 janvier, à l'issue d'un entretien avec le président norlandais Luc "
        "Morel."
    )
    assert taking_part == ["Paul Marin", "Jean Kessel"]
    assert mentioned == ["Luc Morel"]


def test_a_meeting_on_another_day_names_people_only_mentioned_en():
    taking_part, mentioned = _people(
        "Trade ties\n\n"
        "Foreign Minister Paul Marin received Norland's ambassador Jean Kessel in Arden on Monday, March 3. In the "
        "meeting, the minister referred to the talks held on January 12 between President Luc Morel of Norland and "
        "President Anna Berg."
    )
    assert taking_part == ["Paul Marin", "Jean Kessel"]
    assert mentioned == ["Luc Morel", "Anna Berg"]


def test_a_summit_s_next_day_is_one_of_its_own():
    taking_part, _mentioned = _people(
        "Sommet de Valdorie\n\n"
        "Le président Paul Marin a ouvert le 3 mars à Arden le sommet de la communauté régionale. Le 4 mars, il s'est "
        "entretenu avec le Premier ministre norlandais Jean Kessel en marge des travaux."
    )
    assert taking_part == ["Paul Marin", "Jean Kessel"]


def test_another_occasion_s_place_is_not_the_event_s():
    brief = briefparse.parse(
        "Trade ties\n\n"
        "Foreign Minister Paul Marin received Norland's ambassador Jean Kessel on Monday, March 3. The two had met on "
        "January 12 in Geneva.",
        reference_date=dt.date(2025, 3, 5),
    )
    assert brief.location is None


def test_weeks_before_or_the_pluperfect_tell_another_occasion_es():
    taking_part, mentioned = _people(
        "Relaciones bilaterales\n\n"
        "El canciller Pablo Marín recibió el lunes al embajador de Norlandia, Juan Kessel. Hace unas semanas, el "
        "presidente Luis Moreno se reunió con la presidenta Ana Berg en Arden."
    )
    assert taking_part == ["Pablo Marín", "Juan Kessel"]
    assert mentioned == ["Luis Moreno", "Ana Berg"]
