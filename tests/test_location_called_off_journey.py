"""A journey called off ("suspendió un viaje a Copiapó", "cancelled a trip to Nairobi", "a annulé son déplacement à
Lyon") leads to a place no one went to: not the event's place. A journey that was made still gives its place.

The briefs are written for these tests (invented people, real places).
"""

import pytest

import briefparse

CALLED_OFF = [
    (
        "La presidenta recibió al canciller\n"
        "La presidenta Marta Quiroga suspendió un viaje a Copiapó para reunirse con el canciller Tomás Ferrín, "
        "quien regresó al país tras una gira.\n"
        "Al encuentro asistió además la ministra Inés Salcedo.\n",
        "Copiapó",
    ),
    (
        "Presidente Ferrín cancela viaje a Lima por la suspensión de una cumbre\n\n"
        "El presidente de Valdoria, Tomás Ferrín, anunció este lunes la suspensión de su participación en la cumbre "
        "regional, según un comunicado de la Casa de Gobierno.\n",
        "Lima",
    ),
    (
        "Minister meets envoy\n\n"
        "The foreign minister, Alan Brook, cancelled a trip to Nairobi to meet the visiting envoy of Valdoria, "
        "Tomas Ferrin. The two discussed trade and security cooperation.\n",
        "Nairobi",
    ),
    (
        "Le Premier ministre reçoit un émissaire\n\n"
        "Le Premier ministre, Paul Mercier, a annulé son déplacement à Lyon pour recevoir l'émissaire de Valdorie, "
        "Tomas Ferrin. Les deux hommes ont évoqué la coopération commerciale.\n",
        "Lyon",
    ),
]

MADE = [
    (
        "Minister in Nairobi\n\n"
        "The foreign minister, Alan Brook, made a trip to Nairobi on Monday to meet the envoy of Valdoria, Tomas "
        "Ferrin. The two discussed trade and security cooperation.\n",
        "Nairobi",
    ),
    (
        "La presidenta recibió al intendente\n\n"
        "La presidenta Marta Quiroga viajó este lunes a Copiapó para reunirse con el intendente Tomás Ferrín. Ambos "
        "abordaron la reconstrucción de la región.\n",
        "Copiapó",
    ),
]


@pytest.mark.parametrize(("text", "place"), CALLED_OFF)
def test_a_journey_called_off_gives_no_place(text: str, place: str) -> None:
    assert briefparse.parse(text).location != place


@pytest.mark.parametrize(("text", "place"), MADE)
def test_a_journey_made_keeps_its_place(text: str, place: str) -> None:
    assert briefparse.parse(text).location == place
