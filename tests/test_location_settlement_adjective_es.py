"""Where adjectives follow nouns, the adjective of a country stands between a settlement's noun and the link to its
name ("en la ciudad ecuatoriana de Cuenca"): the city after the link is the place, as after "en la ciudad de".

Every brief here is invented for the test.
"""

from __future__ import annotations

import pytest

import briefparse


@pytest.mark.parametrize(
    ("phrase", "city"),
    [
        ("en la ciudad ecuatoriana de Cuenca", "Cuenca"),
        ("en la ciudad colombiana de Cartagena de Indias", "Cartagena de Indias"),
        ("en la localidad argentina de Ushuaia", "Ushuaia"),
        ("en la ciudad de Arequipa", "Arequipa"),
    ],
)
def test_the_city_after_a_settlement_noun_and_its_country_adjective(phrase: str, city: str) -> None:
    text = (
        f"Los cancilleres de la región se reunieron este jueves {phrase} para preparar la cumbre de presidentes. "
        "La canciller anfitriona, Elena Cordero Paz, inauguró la sesión.\n"
    )
    assert briefparse.parse(text).location == city


def test_a_city_named_as_the_topic_is_not_the_place() -> None:
    text = (
        "MADRID, 4 mar (EFE).- El Gobierno condenó este martes el atentado perpetrado en la ciudad colombiana de "
        "Buenaventura, informó el Ministerio de Asuntos Exteriores en un comunicado.\n"
    )
    assert briefparse.parse(text).location == "MADRID"
