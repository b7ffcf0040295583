"""One taking part who speaks, named with the office he holds ("aseguró el canciller Marin"), is no source though
"canciller" is a source's noun; one who only announces the event, and does not attend, is. Invented briefs."""

import datetime as dt

import pytest

import briefparse

MET = (
    "Valdoria y Norland acercan posiciones\n\n"
    "El canciller de Valdoria, Paul Marin, se reunió este lunes con su homólogo de Norland, Pedro Albán, en la sede "
    "de la cancillería. {said}\n"
)


@pytest.mark.parametrize(
    "said",
    [
        '"Hemos avanzado mucho", aseguró el canciller Marin.',
        '"Hemos avanzado mucho", aseguró el canciller Paul Marin.',
    ],
)
def test_participant_speaking_with_his_office_is_no_source(said: str) -> None:
    assert briefparse.parse(MET.format(said=said), reference_date=dt.date(2024, 3, 4)).source is None


def test_office_holder_who_only_announces_is_a_source() -> None:
    text = (
        "Valdoria y Norland celebrarán una cumbre\n\n"
        "El presidente de Valdoria, Pedro Albán, recibirá el jueves al primer ministro de Norland, Jorge Salas, en el "
        "palacio presidencial, anunció el canciller Paul Marin.\n"
    )
    source = briefparse.parse(text, reference_date=dt.date(2024, 3, 4)).source
    assert source is not None and "Marin" in source.name
