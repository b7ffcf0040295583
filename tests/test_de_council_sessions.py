"""A council's or a committee's session named by its body ("die Sitzung des Gemeinderates"), by a compound
("Kreistagssitzung") or by the body's verb ("tagt das Gremium") is a gathering, `conference`, not a statement
for want of a gathering word; a bare "Sitzung" whose business is a swearing-in stays `other` (German briefs
written for these tests, invented people, real places)."""

from __future__ import annotations

import datetime as dt

import briefparse


def _parse(text: str):
    return briefparse.parse(text, reference_date=dt.date(2024, 5, 10))


def test_de_the_session_of_the_district_council():
    text = (
        "Frau Henrike Solms eröffnete und leitete die 5. Sitzung des Kreistages. Sie bat die Gäste, die "
        "Fluchtwege freizuhalten, und erinnerte an die Fristen für Anfragen.\n"
    )
    assert _parse(text).event_type == "conference"


def test_de_a_report_on_a_public_session_of_the_municipal_council():
    text = (
        "Bericht über die öffentliche Sitzung des Gemeinderats am 12.03.2024\n\n"
        "Anwesend: Bürgermeister Lutz Amberger und 14 Gemeinderäte\n"
        "1. Bürgerfragestunde\nEine Bürgerin fragte nach dem Stand der Sanierung der Turnhalle.\n"
    )
    assert _parse(text).event_type == "conference"


def test_de_a_session_named_by_a_compound():
    text = (
        "Die Mitglieder hielten die Kreistagssitzung gestern in Marburg ab und beschlossen den Haushalt. "
        "Landrat Jens Obermaier zeigte sich zufrieden.\n"
    )
    assert _parse(text).event_type == "conference"


def test_de_the_body_sits_in_a_hall():
    text = (
        "Es ist alles anders nach fünf Wochen Pause. Statt im Rathaus tagt das Gremium in der Stadthalle, damit "
        "die Mitglieder Abstand halten können.\n"
    )
    assert _parse(text).event_type == "conference"


def test_de_a_bare_session_whose_business_is_a_swearing_in_stays_other():
    """Control: a session told by a bare "Sitzung" whose business is the oath."""
    text = (
        "Zu Beginn der Sitzung begrüßte die zweite Bürgermeisterin Ute Marr den neuen Bürgermeister Anton Kreil "
        "sowie alle Räte.\nVereidigung des neu gewählten Bürgermeisters\n"
        "Alle Anwesenden erhoben sich und Ute Marr sprach den Eid vor, den Anton Kreil wiederholte.\n"
    )
    assert _parse(text).event_type == "other"
