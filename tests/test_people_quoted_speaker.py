"""The speaker of a quotation that tells the event in the first person, credited by a verb of saying after it
("«Me reuní con X», informó la canciller Y"): the speaker took part, and the verb of saying credits no source.

The briefs are written for these tests.
"""

import briefparse

FIRST_PERSON_ES = """Perú y Chile revisan agenda bilateral

LIMA, 3 mar (Agencia) — "Me reuní con el ministro de Relaciones Exteriores de Chile, Tomás Irarrázabal Vidal, \
para revisar la agenda fronteriza", escribió la canciller peruana, Lucía Benavente Soto.
"""



RECEIVED_WITH_JOY_ES = """Cancillería peruana celebra acuerdo con Chile

LIMA, 3 mar (Agencia) — "Recibimos con satisfacción la decisión del gobierno de Chile", afirmó la canciller \
Lucía Benavente Soto.
"""


def test_first_person_meeting_in_a_quote_is_the_event() -> None:
    record = briefparse.parse(FIRST_PERSON_ES, reference_date="2025-03-03")
    assert record.event_type == "meeting"
    names = [p.name for p in record.participants]
    assert "Tomás Irarrázabal Vidal" in names and "Lucía Benavente Soto" in names




def test_receiving_a_decision_is_no_meeting() -> None:
    assert briefparse.parse(RECEIVED_WITH_JOY_ES, reference_date="2025-03-03").event_type != "meeting"
