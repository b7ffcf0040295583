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


OFFICE_THEN_QUOTE_FR = """Le Sénégal et le Mali font le point de leur coopération

DAKAR, 3 mars (Agence) – Le ministre sénégalais des Affaires étrangères a reçu mardi son homologue malien, \
Boubacar Keïta Traoré.

« Nous avons passé en revue notre coopération sécuritaire, a déclaré Ousmane Diallo Sarr. Nos deux pays partagent \
une longue frontière. »
"""

OFFICE_THEN_QUOTE_EN = """Kenya, Uganda review border trade

NAIROBI, March 3 (Agency) - Kenya's foreign minister hosted his Ugandan counterpart, Samuel Okello Mugisha, in \
Nairobi on Tuesday.

"We reviewed the situation at the border posts," said Peter Kamau Njoroge. "Trade must resume."
"""

ANALYST_QUOTED_EN = OFFICE_THEN_QUOTE_EN.replace("said Peter", "said political analyst Peter")


def _names(text: str) -> list[str | None]:
    return [p.name for p in briefparse.parse(text, reference_date="2025-03-03").participants]


def test_speaker_named_after_the_quote_holds_the_unnamed_office() -> None:
    for text, speaker, office in (
        (OFFICE_THEN_QUOTE_FR, "Ousmane Diallo Sarr", "ministre sénégalais des Affaires étrangères"),
        (OFFICE_THEN_QUOTE_EN, "Peter Kamau Njoroge", "Kenya's foreign minister"),
    ):
        participants = briefparse.parse(text, reference_date="2025-03-03").participants
        assert [p.role for p in participants if p.name == speaker] == [office]
        assert all(p.name for p in participants)


def test_speaker_with_an_office_of_their_own_holds_no_other() -> None:
    assert "Peter Kamau Njoroge" not in _names(ANALYST_QUOTED_EN)
