"""A name that closes a sentence inside a quotation: the sentence splitter keeps the quotation whole, and the name
stops at its full stop instead of taking the next sentence's first word.

The briefs are written for these tests.
"""

import briefparse

QUOTED_SENTENCES = """Lima, 3 jun (EFE).- La canciller paraguaya, Rosa Benítez Ortiz, se reunió este martes en Lima \
con su par peruano, Julio Salcedo Parra.

«Hoy recibí a la canciller Rosa Benítez Ortiz. Repasamos la agenda bilateral y acordamos una visita a Asunción», \
escribió Salcedo Parra en la red social X.
"""

HYPHENED_SURNAME_STOP = """Ciudad de México, 4 feb.- “Recibimos cartas credenciales de la embajadora de Polonia, \
Marta Kowalska-Nowicka. Igualmente, del embajador de Noruega, Lars Holm”, escribió la presidenta Ana Torres.
"""

HONORIFIC_STOP = """Roma, 9 oct (EFE).- El ministro de Asuntos Exteriores, Tomás Arrieta Gil, mantuvo hoy un encuentro \
con el secretario para las Relaciones con los Estados, Mons. Carlo Benedetti, en el Vaticano.
"""


def _names(text: str) -> list[str | None]:
    return [p.name for p in briefparse.parse(text, reference_date="2025-06-03").participants]


def test_name_closing_a_quoted_sentence_stops_at_its_full_stop() -> None:
    names = _names(QUOTED_SENTENCES)
    assert "Rosa Benítez Ortiz" in names
    assert "Julio Salcedo Parra" in names
    assert not any(name and "Repasamos" in name for name in names)


def test_honorific_stop_still_leads_on_to_the_name() -> None:
    assert "Carlo Benedetti" in _names(HONORIFIC_STOP)


def test_hyphened_surname_closing_a_quoted_sentence_stops_at_its_full_stop() -> None:
    names = _names(HYPHENED_SURNAME_STOP)
    assert "Marta Kowalska-Nowicka" in names
    assert not any(name and "Igualmente" in name for name in names)
