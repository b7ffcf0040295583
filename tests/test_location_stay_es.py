"""Spanish briefs invented for these tests (fictional people): a meeting whose sentences name no place is placed in
the city a later sentence says the guest stays in, told by the noun of a stay ("Durante su estancia en Quito") or by
a verb of being somewhere ("quien se encuentra de visita en Quito")."""

from __future__ import annotations

import pytest

from briefparse import parse

RECEIVED = (
    "El presidente de Silvania, Mateo Larrén, recibió este jueves al vicepresidente de Norlandia, Pablo Ferrat, quien "
    "realiza una visita a la isla.\nDurante el encuentro, ambos repasaron las relaciones bilaterales.\n{stay}, Ferrat "
    "también sostuvo reuniones de trabajo con el canciller, Julio Cadaval."
)


@pytest.mark.parametrize("stay", ["Durante su estancia en Quito", "Durante su estadía en Quito"])
def test_meeting_placed_in_the_city_of_the_guests_stay(stay: str) -> None:
    brief = parse(RECEIVED.format(stay=stay), language="es")
    assert brief.event_type == "meeting"
    assert brief.location == "Quito"


def test_meeting_placed_where_the_guest_is_on_a_visit() -> None:
    brief = parse(
        "El presidente de Silvania, Mateo Larrén, recibió este viernes al senador Pablo Ferrat, de Norlandia.\n"
        "Ferrat, quien se encuentra de visita en Quito, repasó con el mandatario las relaciones bilaterales.",
        language="es",
    )
    assert brief.location == "Quito"


def test_a_stay_in_a_place_no_gazetteer_knows_places_nothing() -> None:
    brief = parse(RECEIVED.format(stay="Durante su estancia en la isla"), language="es")
    assert brief.location is None

