"""German briefs: a body's or an institution's head noun, alone or ending a compound ("Kreisverband", "Mittelschule",
"Polizei", "Gemeinden"), then a place's name names the body, not a person; a restaurant's name is a site's.

The briefs are written for these tests (invented people, real towns).
"""

import briefparse


def _names(text: str) -> list[str]:
    return [p.name for p in briefparse.parse(text).participants]


def test_a_compound_ending_in_a_body_noun_before_a_town_is_no_person():
    names = _names(
        "Landau. Oberbürgermeister Jan Velten übergab am Montag dem Deutschen Roten Kreuz Kreisverband Landau e. V. "
        "einen Scheck über 500 Euro.\n"
    )
    assert names == ["Jan Velten"]


def test_a_school_and_a_town_are_no_person():
    names = _names(
        "Berlin. Eine Klasse der Grund- und Mittelschule Essenbach besuchte am Dienstag den Bundestag. Dort "
        "empfing die Abgeordnete Lena Ostwald die Gruppe zu einem Gespräch.\n"
    )
    assert "Lena Ostwald" in names
    assert not any("Essenbach" in n for n in names)


def test_the_municipalities_a_district_head_visits_are_no_person():
    names = _names(
        "Landrat Bernd Kessler besucht Gemeinden Emeringen und Rechtenstein\n\n"
        "Landrat Bernd Kessler hat am Mittwoch die Gemeinden Emeringen und Rechtenstein besucht und mit den "
        "Gemeinderäten gesprochen.\n"
    )
    assert "Bernd Kessler" in names
    assert not any("Emeringen" in n for n in names)


def test_a_body_of_a_place_in_a_headline_is_no_person():
    names = _names(
        "Bundespräsident besucht mit Diplomatischem Korps Sachsen-Anhalt\n\n"
        "Bundespräsident Paul Winter besuchte am Mittwoch mit dem Diplomatischen Korps Magdeburg.\n"
    )
    assert names == ["Paul Winter"]


def test_a_restaurant_named_after_a_thing_is_no_person():
    names = _names(
        "Weimar. Rektorin Jana Liebig empfing am Montag den Botschafter Norwegens, Erik Dahl. Bei einem Mittagessen "
        "im traditionsreichen Restaurant Goldener Hirsch am Marktplatz kam der Botschafter mit Studierenden ins "
        "Gespräch.\n"
    )
    assert "Erik Dahl" in names
    assert not any("Hirsch" in n for n in names)


def test_a_named_person_after_a_body_noun_stays_one():
    names = _names(
        "Landau. Der Vorsitzende des Kreisverbands, Markus Helbig, empfing am Montag Ministerin Clara Fink.\n"
    )
    assert "Markus Helbig" in names
    assert "Clara Fink" in names
