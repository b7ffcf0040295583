"""A German office's body in the genitive right before its holder's name, with no comma ("der Präsident des
Landtags Norbert X", "des Hessischen Landtags", "des Auswärtigen Ausschusses"): the body's words complete the role
and are no part of the name (invented briefs)."""

from __future__ import annotations

import datetime as dt

import briefparse

REF = dt.date(2024, 5, 6)


def _people(text: str) -> list[tuple[str | None, str | None]]:
    """Every person the brief names, participants then mentioned, as (name, role)."""
    brief = briefparse.parse(text, reference_date=REF)
    return [(p.name, p.role) for p in (*brief.participants, *brief.people_mentioned)]


def test_capitalised_adjective_and_body_before_the_holder() -> None:
    """In "des Auswärtigen Ausschusses Jonas Wendel" the adjective and the body's noun are the role's."""
    people = _people(
        "Der Vorsitzende des Auswärtigen Ausschusses Jonas Wendel empfing am Montag in Berlin den Botschafter "
        "Tomas Lind."
    )
    assert ("Jonas Wendel", "Vorsitzende des Auswärtigen Ausschusses") in people


def test_body_named_earlier_is_no_owner_of_the_name() -> None:
    """The word "Landtag" stands alone earlier in the brief: "des Landtags" after its article is still the body's
    genitive, not a person's ("Gaucks Freundin"), and the holder keeps his given name."""
    people = _people(
        "Generalkonsul Pavel Dvorak besuchte am Mittwoch den Hessischen Landtag.\n\n"
        "Der Präsident des Hessischen Landtags Jonas Wendel freute sich über den Besuch."
    )
    assert ("Jonas Wendel", "Präsident des Hessischen Landtags") in people


def test_name_genitive_without_article_still_owns_the_noun() -> None:
    """In "Auch Korhonens Schwiegersohn Pekka Laine" a name's genitive takes no article and still owns the noun."""
    people = _people(
        "Pekka Korhonen blieb in Helsinki. Auch Korhonens Schwiegersohn Pekka Laine traf am Montag in Berlin "
        "Ministerin Anna Berg."
    )
    assert [name for name, _ in people][:2] == ["Pekka Laine", "Anna Berg"]


def test_nationality_adjective_and_body_in_a_delegation_list() -> None:
    """In "der Vertreterin der Deutschen Selbstverwaltung Elke Roth" a nationality's adjective opens the body's
    name: the body completes her role, and her name is the two last words."""
    people = _people(
        "Auf Einladung von Oberbürgermeister Jonas Wendel besuchte eine Delegation aus Pécs am Freitag Mosbach, "
        "angeführt von Bürgermeister Pavel Dvorak und der Vertreterin der Deutschen Selbstverwaltung Elke Roth."
    )
    assert ("Elke Roth", "Vertreterin der Deutschen Selbstverwaltung") in people
