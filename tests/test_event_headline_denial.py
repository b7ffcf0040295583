"""A headline that denies or rules out a call or a meeting ("X desmiente haber tenido una conversación con Y",
"Descarta Colombia reunión entre X y Y", "X denies meeting Y") makes the brief the denier's statement: the event did
not take place, or is not to. The denier takes part, whom the denial speaks of is only mentioned; a country or a seat
speaks by the person the lead quotes. A headline that confirms a call still reports the call.

Every brief and every person here is invented for the test.
"""

import briefparse


def _names(brief) -> list[str | None]:
    return [p.name for p in brief.participants]


def test_party_denies_a_call():
    text = (
        "Larín desmiente haber tenido una segunda conversación con Tomás Walker\n\n"
        "El presidente de Norlandia, Pedro Larín, negó rumores sobre una segunda conversación con el presidente "
        "de Valdoria, Tomás Walker, y recordó que tuvieron un intercambio telefónico el pasado 3 de marzo.\n"
        "Larín explicó que la llamada duró diez minutos.\n"
    )
    brief = briefparse.parse(text)
    assert brief.event_type == "statement"
    assert _names(brief) == ["Pedro Larín"]


def test_country_rules_out_a_meeting():
    text = (
        "Descarta Noruega pronta reunión entre Larín y Walker\n\n"
        "La cancillería de Noruega descartó hoy una reunión en el corto plazo entre el presidente Pedro Larín "
        "y su homólogo de Valdoria, Tomás Walker, quien pidió el encuentro el martes.\n"
        "La ministra de Relaciones Exteriores de Noruega, Ana Ruiz Olmedo, dijo que el presidente Larín tiene "
        "otros compromisos hasta noviembre.\n"
    )
    brief = briefparse.parse(text)
    assert brief.event_type == "statement"
    assert _names(brief) == ["Ana Ruiz Olmedo"]


def test_party_confirms_a_call():
    text = (
        "Larín confirma llamada con Walker\n\n"
        "El presidente de Norlandia, Pedro Larín, confirmó este miércoles que sostuvo una conversación telefónica "
        "con el presidente de Valdoria, Tomás Walker.\n"
        "Larín describió la conversación como cordial.\n"
    )
    brief = briefparse.parse(text)
    assert brief.event_type == "phone_call"
    assert set(_names(brief)) == {"Pedro Larín", "Tomás Walker"}
