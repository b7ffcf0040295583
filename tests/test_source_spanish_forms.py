"""Spanish ways of crediting a brief, each on a fictional one: an agency's dateline without brackets, a verb of
reporting after "según"."""

import datetime as dt

import pytest

import briefparse

DAY = dt.date(2025, 3, 4)


def _source(text: str) -> str | None:
    source = briefparse.parse(text, reference_date=DAY).source
    return source.name if source else None


def test_an_agency_s_own_name_in_a_dateline_without_brackets_is_the_source():
    text = "Asunción, Agencia IP.- El presidente de la República, Luis Vera, se reunió este jueves con Ana Soto."
    assert _source(text) == "Agencia IP"


@pytest.mark.parametrize("verb", ["publica", "recoge", "detalló"])
def test_a_verb_of_reporting_after_segun_is_not_part_of_the_source(verb):
    text = f"El presidente Luis Vera recibió hoy a la ministra Ana Soto en Quito, según {verb} la agencia Orbe."
    assert _source(text) == "agencia Orbe"
