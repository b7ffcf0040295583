"""A diplomat's title before the name may give the country they come from with words in small letters ("de Côte
d'Ivoire", "de Guinée équatoriale") before the post's country: all of it is the role. Every brief here is invented
for the test."""

import datetime as dt

import pytest

import briefparse


@pytest.mark.parametrize("origin", ["de Côte d’Ivoire", "de Guinée équatoriale"])
def test_origin_with_small_letters_then_post(origin: str) -> None:
    text = (
        "Le président Jean Kodjo a reçu vendredi au palais son homologue Paul Amara. Il était accompagné de "
        f"l’ambassadeur {origin} au Cameroun Dosso Kaboré."
    )
    brief = briefparse.parse(text, reference_date=dt.date(2021, 5, 5))
    roles = {p.name: p.role for p in brief.participants}
    assert roles["Dosso Kaboré"] == f"ambassadeur {origin} au Cameroun"
