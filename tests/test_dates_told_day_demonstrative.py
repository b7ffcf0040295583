"""A day beside a reporting verb written with a demonstrative ("confirmó este lunes", "anunció este domingo") is the
day the event was told, not the day it took place; and a call told as the subject of its taking place ("la llamada
se realizó el pasado viernes") is a sentence of the call, the one that dates it. Invented briefs."""

import briefparse

CONFIRMED_LATER = (
    "El ministro de Relaciones Exteriores de Chile, Tomás Pereda, confirmó este lunes haber recibido una llamada "
    "del canciller de Bolivia, Rafael Ortúzar. Ante la Comisión de Relaciones Exteriores del Senado, Pereda detalló "
    "que la llamada se realizó el pasado viernes y que abordaron la situación en la frontera."
)

ANNOUNCED_THIS_SUNDAY = (
    "EL MINISTRO URUGUAYO DE EXTERIORES, JULIO BASTERRA.\n"
    "Credito: Agencias\n"
    '14 marzo 2021 - El embajador uruguayo en Lima volverá a la capital peruana "con toda probabilidad, en las '
    'próximas horas", después que el presidente de ese país, Sergio Valdano, hiciera unas declaraciones rebajando '
    "la tensión con Uruguay, anunció este domingo el ministro de Exteriores, Julio Basterra.\n"
    '"Cuando las circunstancias son normales se actúa con normalidad", afirmó Basterra a su llegada a Quito.\n'
    '"Si quieren mi mano, la tiendo también", dijo el sábado el jefe de Estado peruano en una intervención en radio '
    "y televisión."
)


def test_call_dated_by_its_taking_place_not_by_its_confirmation() -> None:
    brief = briefparse.parse(CONFIRMED_LATER, reference_date="2025-06-03")
    assert brief.event_type == "phone_call"
    assert str(brief.date) == "2025-05-30"


def test_statement_dated_by_its_own_demonstrative_day() -> None:
    brief = briefparse.parse(ANNOUNCED_THIS_SUNDAY)
    assert brief.event_type == "statement"
    assert str(brief.date) == "2021-03-14"
