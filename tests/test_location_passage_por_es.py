"""Spanish briefs invented for these tests (fictional people): a tour or a passage through a place ("durante su paso
por Lisboa", "una gira europea por Bruselas", "su paso por la capital portuguesa") places the event there, as "en"
does; a tour of a region ("una gira por Europa") names no place."""

from __future__ import annotations

from briefparse import parse


def test_passage_through_a_city() -> None:
    brief = parse(
        "El canciller de Silvania, Mateo Larrén, sostuvo un encuentro este lunes con el ministro de Exteriores de "
        "Portugal, Pablo Ferrat, durante su paso por Lisboa.\nAmbos repasaron la cooperación en educación.",
        language="es",
    )
    assert brief.location == "Lisboa"


def test_passage_through_the_capital_named_by_its_adjective() -> None:
    brief = parse(
        "El canciller de Silvania, Mateo Larrén, sostuvo un encuentro este lunes con el ministro de Exteriores de "
        "Portugal, Pablo Ferrat, durante su paso por la capital portuguesa.\n"
        "Ambos repasaron la cooperación en educación.\n"
        "Larrén trasladó su apoyo a la cumbre regional prevista en Lisboa para noviembre próximo.",
        language="es",
    )
    assert brief.location == "Lisboa"


def test_tour_through_a_city_later_in_the_brief() -> None:
    brief = parse(
        "El canciller de Silvania, Mateo Larrén, agradeció el apoyo del gobierno belga al comenzar su visita a ese "
        "país europeo.\nLarrén fue recibido por su homólogo belga, Pablo Ferrat, con quien repasó la agenda "
        "bilateral.\nAmbas partes ratificaron la voluntad de continuar el diálogo político.\n"
        "El canciller empezó una gira europea por Bruselas, donde participará en un consejo conjunto.",
        language="es",
    )
    assert brief.location == "Bruselas"


def test_tour_of_a_region_names_no_place() -> None:
    brief = parse(
        "El canciller de Silvania, Mateo Larrén, sostuvo un encuentro este lunes con el ministro Pablo Ferrat, en el "
        "marco de una gira por Europa.\nAmbos repasaron la cooperación en educación.",
        language="es",
    )
    assert brief.location is None
