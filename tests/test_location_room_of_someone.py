"""Briefs invented for these tests (fictional people and countries): a room named by its owner, a lower-case common
noun cut before a person after a link ("en el despacho de X", "en el despacho del presidente X"), names no place: the
next place the text gives is taken, or none; a room of a named building keeps the building."""

from __future__ import annotations

from briefparse import parse


def test_room_of_a_person_gives_way_to_the_building_after_it() -> None:
    brief = parse(
        "La vicepresidenta de Moravia, Ana Kerner, mantuvo esta tarde una reunión con el embajador de Silvania, Tomás "
        "Lindo. El encuentro fue realizado en el despacho de Kerner en la cámara alta del Senado.",
        language="es",
    )
    assert brief.location == "Senado"


def test_room_of_a_titled_person_is_no_place() -> None:
    brief = parse(
        "El presidente de Moravia, Pablo Kerner, recibió hoy al canciller de Silvania, Tomás Lindo. El encuentro se "
        "realizó en el despacho del presidente Kerner alrededor del mediodía.",
        language="es",
    )
    assert brief.location is None


def test_room_of_a_named_building_keeps_the_building() -> None:
    brief = parse(
        "El presidente de Moravia, Pablo Kerner, recibió hoy al canciller de Silvania, Tomás Lindo, en su despacho del "
        "Palacio de Gobierno.",
        language="es",
    )
    assert brief.location is not None and "Palacio de Gobierno" in brief.location
