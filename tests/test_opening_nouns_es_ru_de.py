"""An opening of a building or works told by its noun ("la inauguración de la escuela", "торжественное открытие") or
a verb done ("eröffnete", "открыл", "offiziell eröffnen") is a ceremony, `other`, not a statement for want of a
ceremony word; an opening of a gathering is still that gathering (Spanish, Russian and German briefs written for
these tests, invented people, real places)."""

from __future__ import annotations

import datetime as dt

import briefparse


def _parse(text: str):
    return briefparse.parse(text, reference_date=dt.date(2024, 5, 10))


def test_es_the_governor_heads_the_inauguration_of_a_school():
    text = (
        "La gobernadora Marta Liñán encabezó este jueves la inauguración de la Escuela Primaria Río Dulce en "
        "Tafí Viejo, un edificio que recibirá a 300 alumnos. La obra demandó una inversión de 90 millones de pesos.\n"
    )
    assert _parse(text).event_type == "other"


def test_es_an_inauguration_act_under_a_dateline():
    text = (
        "Salta.- Con un acto de inauguración en la plaza del barrio, se llevó a cabo la entrega de la obra a los "
        "vecinos. El intendente Rubén Otal agradeció a quienes trabajaron en ella.\n"
    )
    assert _parse(text).event_type == "other"


def test_ru_a_solemn_opening_of_a_house_of_culture():
    text = (
        "Торжественное открытие Дома культуры после ремонта прошло в селе Ивановка. Глава округа Пётр Лаврук "
        "поблагодарил строителей и вручил ключи директору.\n"
    )
    assert _parse(text).event_type == "other"


def test_de_a_kindergarten_officially_opened():
    text = (
        "Am Samstag war es so weit: Wir konnten unseren Kindergarten offiziell eröffnen. Bürgermeister Till Raabe "
        "und Pfarrerin Ute Hollmann sprachen Grußworte, danach gab es ein kleines Buffet.\n"
    )
    assert _parse(text).event_type == "other"


def test_de_the_opening_of_a_conference_is_the_conference():
    """Control: the verb of an opening followed by a gathering reports the gathering."""
    text = (
        "Senator Kai Wendtland eröffnete am Montag in Bremen die Konferenz der Innenminister und sprach über die "
        "Lage der Polizei.\n"
    )
    assert _parse(text).event_type == "conference"
