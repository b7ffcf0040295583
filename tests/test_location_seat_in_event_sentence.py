"""Location on briefs invented for these tests (fictional people, real places): for a meeting, a city or a country
gives way to a seat of government of its own state (`briefparse.seats`) that a sentence telling the event names right
after a preposition of place, or after a part of the building and its link ("en sus oficinas del Palacio …"). A seat
that owns what the preposition opens (the site that reports) leaves the city, and so does a seat of
another state; a visit keeps the place it reaches, a seat being one stop of its programme."""

from __future__ import annotations

import datetime as dt

import briefparse


def parsed(text: str) -> briefparse.Brief:
    return briefparse.parse(text, reference_date=dt.date(2024, 5, 20))


def test_a_seat_after_a_part_of_the_building_beats_a_background_city():
    text = (
        "Aunque en Córdoba el gobernador Ramiro Tessel pidió cambios, nadie habló de la ruta en el encuentro.\n\n"
        "La canciller Marta Quiroga se reunió con el embajador de Uruguay, Tomás Lenz, con quien dialogó sobre la "
        "agenda bilateral.\n\n"
        "«Ambos destacaron la importancia del comercio», indicó el ministerio en un comunicado.\n\n"
        "Quiroga recibió al embajador uruguayo en sus oficinas del Palacio San Martín, con el objetivo de abordar la "
        "cooperación fronteriza."
    )
    assert parsed(text).location == "Palacio San Martín"


def test_a_seat_named_after_its_preposition_beats_an_envoys_city():
    text = (
        "La semana del Rey sumó una cena en Zarzuela en honor al presidente de Uruguay.\n\n"
        "El Rey recibió ayer a Julio Arbel en su despacho, donde mantuvieron una reunión con los embajadores de España "
        "en Montevideo, Sara Pinto, y de Uruguay en Madrid, Luis Ferro."
    )
    assert parsed(text).location == "Zarzuela"


def test_a_seat_whose_site_reports_leaves_the_city():
    text = (
        "Президент Казахстана Арман Сейткали встретился в Астане с послом Италии Марко Делла Роса.\n\n"
        "В ходе встречи стороны обсудили вопросы сотрудничества, говорится в сообщении на сайте Акорды."
    )
    assert parsed(text).location == "Астане"


def test_a_visit_keeps_the_city_it_reaches():
    text = (
        "El presidente Tomás Arbel llegó ayer a Madrid para una visita oficial de dos días.\n\n"
        "Arbel fue recibido por el Rey en el Palacio de la Zarzuela, donde conversaron sobre la cooperación."
    )
    brief = parsed(text)
    assert brief.event_type == "visit"
    assert brief.location == "Madrid"
