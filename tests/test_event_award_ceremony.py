"""An honours ceremony told only by its award verb or noun (ru "вручил награды", "церемония награждения"; es
"condecoró", "premió", "entregó reconocimientos") is `other`, not a statement or a meeting for want of a ceremony
word (briefs written for these tests, invented people, real places)."""

from __future__ import annotations

import datetime as dt

import briefparse


def _parse(text: str):
    return briefparse.parse(text, reference_date=dt.date(2024, 5, 10))


def test_ru_awards_handed_over_at_a_ceremony_is_other():
    text = (
        "Церемония награждения состоялась в областной филармонии Томска. Награды вручили губернатор Игорь "
        "Самойленков и председатель думы Олег Ветрищев. Они поблагодарили работников культуры за труд.\n"
    )
    assert _parse(text).event_type == "other"


def test_ru_a_governor_handing_over_state_awards_is_other():
    text = (
        "Губернатор Пётр Зарубин вручил государственные награды жителям области. Он отметил вклад медиков в "
        "борьбу с эпидемией.\n"
    )
    assert _parse(text).event_type == "other"


def test_ru_a_message_handed_over_is_no_award():
    text = "Посол Антон Веренеев вручил послание президента министру иностранных дел Ирана.\n"
    assert _parse(text).event_type != "other"


def test_es_a_decoration_is_other():
    text = (
        "El gobernador Arturo Pelayo condecoró este lunes al general Ramiro Estévez en el Palacio de Gobierno de "
        "Guadalajara por su trayectoria.\n"
    )
    assert _parse(text).event_type == "other"


def test_es_recognitions_handed_over_are_other():
    text = (
        "La alcaldesa Mireya Cordobés entregó reconocimientos a los trabajadores municipales que cumplieron "
        "treinta años de servicio, en un acto celebrado en el Ayuntamiento de Saltillo.\n"
    )
    assert _parse(text).event_type == "other"


def test_es_a_ceremony_of_credentials_handed_over_names_no_one_more():
    text = (
        "El rey Felipe VI recibió este jueves en el Palacio Real de Madrid las cartas credenciales del embajador "
        "de Chile, Tomás Arrieta Gonzaga. La ceremonia de entrega de cartas credenciales se remonta al siglo XIX.\n"
    )
    brief = _parse(text)
    assert brief.event_type == "meeting"
    assert all(p.name for p in brief.participants)
