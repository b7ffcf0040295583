"""Spanish participants: a bare title of the same office as one the brief gave a named person ("el canciller" after
"el Ministro de Asuntos Exteriores X", "el Mandatario" after "el presidente Y" or "el gobernador Z") is a mention of
that person, not a participant left unnamed; a headline's bare office ("recibe a presidente de Bolivia") is the one
the body names with another title of it ("al mandatario de Bolivia, X").

Every brief and every person here is invented for the test.
"""

import datetime as dt

import pytest

import briefparse


def participants(text: str) -> list[str | None]:
    return [p.name for p in briefparse.parse(text, reference_date=dt.date(2024, 6, 12)).participants]


@pytest.mark.parametrize(
    ("text", "taking_part"),
    [
        (
            "El Secretario General de la OEA, Paul Marin, se reunió este miércoles con el Ministro de Asuntos "
            "Exteriores de Valdoria, Pedro Salas, durante una visita oficial.\n"
            "El secretario general y el canciller conversaron sobre la actualidad política del continente.\n",
            {"Paul Marin", "Pedro Salas"},
        ),
        (
            "Valdoria afina agenda de visitas\n\n"
            "Valdoria prepara visitas con cinco países, informó el canciller Pedro Salas.\n"
            "La primera será en noviembre con la visita del presidente Paul Marin a Norlandia.\n"
            "El Canciller añadió que recibió la invitación del Gobierno de Norlandia para una visita oficial junto al "
            "Mandatario.\n",
            {"Paul Marin"},
        ),
        (  # the headline's bare office is the head of state the body names "mandatario"
            "Marin recibe en Palacio a presidente de Bolivia\n\n"
            "El presidente Paul Marin encabeza la ceremonia de bienvenida a Valdoria al mandatario de Bolivia, Pedro "
            "Salas, en Palacio Nacional.\n",
            {"Paul Marin", "Pedro Salas"},
        ),
        (  # a state's governor is "el mandatario estatal", or "el mandatario" alone
            "El gobernador del estado, Paul Marin, recibió al embajador de Norlandia, Erik Salas, en Palacio de "
            "Gobierno.\n\nDurante el encuentro, el mandatario estatal acordó con el embajador colaborar en proyectos "
            "turísticos.\n",
            {"Paul Marin", "Erik Salas"},
        ),
        (
            "El gobernador Paul Marin recorrió este miércoles las obras del nuevo hospital de Villaverde.\n\n"
            "El mandatario estuvo acompañado del secretario de Salud, Erik Salas.\n",
            {"Paul Marin", "Erik Salas"},
        ),
    ],
)
def test_a_bare_title_of_the_same_office_is_the_person_named_with_another(text, taking_part):
    names = participants(text)
    assert None not in names
    assert taking_part <= set(names)
