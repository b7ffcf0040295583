"""Location on Spanish briefs invented for these tests (fictional people, real countries): a diplomat's post named by
the service's noun ("máximo representante diplomático en Venezuela", "su labor diplomática en México", "la
representación diplomática de Portugal en Caracas") is no place of the event, and a ministry called a secretariat
("en la Secretaría de Relaciones Exteriores") is the seat the meeting was held in."""

from __future__ import annotations

from briefparse import parse


def test_appointed_diplomatic_representative_names_a_post() -> None:
    text = (
        "El canciller de Venezuela, Tomás Rivas, ha recibido al encargado de negocios de Portugal en Caracas, Rui "
        "Matos, con quien mantuvo un diálogo franco. El Gobierno portugués designó a Matos como máximo representante "
        "diplomático en Venezuela a principios de mes."
    )
    assert parse(text).location is None


def test_diplomatic_representation_names_a_post() -> None:
    text = (
        "El canciller de Venezuela, Tomás Rivas, recibió a Rui Matos, jefe de la representación diplomática de "
        "Portugal en Caracas, con quien mantuvo un diálogo franco."
    )
    assert parse(text).location is None


def test_diplomatic_work_names_a_post_and_the_secretariat_is_the_seat() -> None:
    text = (
        "El canciller Mario Ruiz sostuvo una reunión este viernes en la Secretaría de Relaciones Exteriores con el "
        "embajador de Corea, Min Park. El encuentro tuvo lugar días después de que el embajador presentara sus cartas "
        "credenciales, formalizando su labor diplomática en México."
    )
    assert parse(text).location == "Secretaría de Relaciones Exteriores"


def test_diplomatic_work_alone_leaves_no_place() -> None:
    text = (
        "El canciller Mario Ruiz se reunió este viernes con el embajador de Corea, Min Park. El encuentro tuvo lugar "
        "días después de que el embajador presentara sus cartas credenciales, formalizando su labor diplomática en "
        "México."
    )
    assert parse(text).location is None
