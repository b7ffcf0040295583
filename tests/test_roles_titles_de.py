"""German titles of a university's heads and teachers ("Rektorin X", "Professor Y") and ranks of the civil service's
pay schedules ("Ministerialdirigent X", "Oberamtsrätin Y", "Rechtsreferendar Z") are roles before a name, not the
first word of the name.

Every brief and every person here is invented for the test; the countries and cities are real.
"""

import pytest

import briefparse

UNIVERSITY = (
    "Halle - Der kenianische Botschafter Samuel Otieno hat am Montag die Universität besucht. Er sprach mit "
    "Rektorin Prof. Dr. Anna Kessler, Prorektor Jonas Brandt und Professor Otto Wiegand über gemeinsame Projekte."
)

OFFICIALS = (
    "Chur - Zusammen mit Oberamtsrätin Ursula Pfister, Leiterin der Rechtsabteilung, und Rechtsreferendar Tim Vogt "
    "wurde Botschafter Karl Lindner am Dienstag von Regierungsrätin Maria Caduff empfangen. Am Gespräch nahm auch "
    "Ministerialdirigentin Vera Hahn teil."
)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (UNIVERSITY, "Anna Kessler", "Rektorin"),
        (UNIVERSITY, "Jonas Brandt", "Prorektor"),
        (UNIVERSITY, "Otto Wiegand", "Professor"),
        (OFFICIALS, "Ursula Pfister", "Oberamtsrätin, Leiterin der Rechtsabteilung"),
        (OFFICIALS, "Tim Vogt", "Rechtsreferendar"),
        (OFFICIALS, "Vera Hahn", "Ministerialdirigentin"),
    ],
)
def test_a_title_before_the_name_is_its_role(text, name, role):
    roles = {p.name: p.role for p in briefparse.parse(text).participants}
    assert roles.get(name) == role, roles
