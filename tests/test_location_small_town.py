"""A town below the gazetteer's floor of 15 000 people is a reading only when asked for (`places(..., towns=True)`),
and the event's place only where nothing but a place stands: a dateline's opening or after a preposition of place in
a sentence telling the event. A bare capitalised word of a town's name (a surname) is no place.

The briefs are written for these tests (invented people, real small towns).
"""

import briefparse
from briefparse.places import places


def _location(text: str) -> str | None:
    return briefparse.parse(text).location


def test_town_is_a_reading_only_when_asked_for() -> None:
    assert places("Münchsteinach", "de") == ()
    assert [p.country for p in places("Münchsteinach", "de", towns=True)] == ["DE"]
    assert [p.name for p in places("Инсар", "ru", towns=True)] == ["Insar"]  # a Russian town's Cyrillic name


def test_a_town_of_a_name_does_not_hide_the_declined_form_of_a_city() -> None:
    assert places("Москве", "ru")[0].name == "Moscow"


def test_town_after_a_preposition_of_place() -> None:
    text = (
        "Landrat besucht Feuerwehr\n\n"
        "Landrat Ottmar Reisig besuchte am Mittwoch die Freiwillige Feuerwehr in Münchsteinach. Begleitet wurde er von "
        "Kreisbrandrat Ferdinand Maurer.\n"
    )
    assert _location(text) == "Münchsteinach"


def test_town_of_three_words_after_a_preposition() -> None:
    text = (
        "La gobernadora Marisela Ontiveros Lamas inauguró este martes una clínica en José María Morelos, acompañada "
        "por el secretario de Salud, Ramiro Castañeda Olvera.\n"
    )
    assert _location(text) == "José María Morelos"


def test_town_opening_a_dateline() -> None:
    text = (
        "Xilitla. La gobernadora Marisela Ontiveros Lamas se reunió con productores de café de la Huasteca, a quienes "
        "prometió apoyos.\n"
    )
    assert _location(text) == "Xilitla"


def test_town_named_as_a_surname_is_no_place() -> None:
    text = (
        "Landrat Ottmar Reisig traf sich am Mittwoch mit Bürgermeister Hans Andau zu einem Gespräch über den Ausbau "
        "der Kreisstraße.\n"
    )
    assert _location(text) is None
