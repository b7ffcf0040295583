"""Event type on briefs invented for these tests (fictional people): a welcome that its sentence tells on the guest's
arrival in a country or a city ("À son arrivée à Lomé, X a été accueilli par Y", "recibió a X a su llegada al Perú")
is the arrival of a visit; one told on the guest's arrival at a building ("a su llegada al Palacio Real") opens a
meeting held there."""

from __future__ import annotations

import pytest

from briefparse import parse


@pytest.mark.parametrize(
    "text",
    [
        "À son arrivée à Lomé, le président valdorien, Paul Marin, a été accueilli par le Premier ministre, Jean "
        "Berg.\n\nLes deux hommes ont salué les membres du gouvernement présents.",
        "El canciller Iván Berg recibió anoche al presidente de Valdoria, Paul Marin, a su llegada al Perú.\n\n"
        "Marin viajó junto a su canciller, Ana Rossi, informó el Ministerio de Relaciones Exteriores.",
        "On his arrival in Nairobi, Valdorian President Paul Marin was received by Foreign Minister John Berg.\n\n"
        "The two leaders then left for the city centre.",
    ],
    ids=["fr-city-before-the-verb", "es-country-after-the-verb", "en-city-before-the-verb"],
)
def test_a_welcome_on_arrival_in_a_place_is_a_visit(text: str) -> None:
    assert parse(text).event_type == "visit"


def test_a_welcome_on_arrival_at_a_building_is_a_meeting() -> None:
    text = (
        "A su llegada al Palacio Real, el presidente de Valdoria, Paul Marin, fue recibido por el ministro Iván Berg."
        "\n\nAmbos conversaron sobre la cooperación entre los dos países."
    )
    assert parse(text).event_type == "meeting"
