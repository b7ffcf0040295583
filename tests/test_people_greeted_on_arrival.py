"""The officials a state guest is met by on arrival take part in the visit: "el mandatario fue recibido, en el
aeropuerto, por la vicepresidenta X y el canciller Y" (`Language.greeting_passives`), as French "a été salué par"
already reads; the place is often told between the verb and its agent.

The briefs and their people are fictional, written for this test.
"""

import briefparse


def _taking_part(text: str) -> list[str]:
    return [p.name for p in briefparse.parse(text).participants]


def test_received_on_arrival_es():
    text = (
        "Caracas, 4 de mayo de 2025 — El presidente de Valdoria, Mario Soto, recibió este martes en el Palacio de "
        "Gobierno a su homólogo de Norlandia, Pedro Ruiz, en su primera visita oficial al país.\n\n"
        "Más temprano, el mandatario norlandés fue recibido, en el aeropuerto internacional, por la vicepresidenta "
        "Ejecutiva, Lucía Prado, y el canciller Tomás Vidal."
    )
    assert {"Lucía Prado", "Tomás Vidal"} <= set(_taking_part(text)), _taking_part(text)
