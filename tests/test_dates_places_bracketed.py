"""Dates and places of briefs found in the wild: a bracketed dateline closed by a full stop, an airport named after
its city in lower case, a statement whose day's date stands in brackets between the verb and its place. Every
brief here is invented for the test."""

import datetime as dt

import pytest

import briefparse


def parse(text: str):
    return briefparse.parse(text, reference_date=dt.date(2024, 7, 20))


def test_bracketed_dateline_closed_by_full_stop_is_the_publication_date():
    brief = parse(
        "Le ministre reçoit l'ambassadeur de Valdorie\n"
        "(Ouagadougou, 10 mai 2023). Le ministre des Affaires étrangères, Jean Kaboré, a reçu mardi "
        "l'ambassadeur de Valdorie, Paul Mertens."
    )
    assert brief.published == "2023-05-10"
    assert brief.date == "2023-05-09"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Arrivée du président\nLe président Jean Kaboré est arrivé dimanche à l'aéroport international de "
            "Niamey, où il a été accueilli par son homologue Ali Moussa.",
            "Niamey",
        ),
        (
            "Llegada del presidente\nEl presidente Tomás Rivas llegó este lunes al aeropuerto internacional de "
            "Campeche, donde fue recibido por la gobernadora Ana Ruiz.",
            "Campeche",
        ),
        (
            "Визит президента\nПрезидент Валдории Томас Кел прибыл в аэропорт Астаны, где его встретил "
            "премьер-министр Иван Петров.",
            "Астаны",
        ),
    ],
)
def test_an_airport_in_lower_case_gives_its_city(text, expected):
    assert parse(text).location == expected


def test_an_airport_whose_name_is_no_city_gives_no_place():
    brief = parse(
        "Llegada del presidente\nEl presidente Tomás Rivas llegó este lunes al aeropuerto internacional "
        "Benito Valdor, donde fue recibido por la gobernadora Ana Ruiz."
    )
    assert brief.location != "Benito Valdor"


def test_a_bracketed_date_between_the_verb_of_saying_and_its_place():
    brief = parse(
        "Weber in Jordanien\nAußenminister Hans Weber sagte heute (14.07.) in Amman, die Lage in der Region "
        "sei ernst."
    )
    assert brief.location == "Amman"


@pytest.mark.parametrize(
    "text",
    [
        "Arrivée\nLe président Jean Kaboré est arrivé lundi à l'Aéroport international de Niamey, où il a été "
        "accueilli par le Premier ministre Paul Ndongo.",
        "Arrivée\nLe président Jean Kaboré est arrivé lundi à l'Aéroport international de Niamey-Valdor, où il a "
        "été accueilli par le Premier ministre Paul Ndongo.",
    ],
)
def test_an_airport_in_capitals_gives_its_city_after_an_adjective_or_before_a_hyphen(text):
    assert parse(text).location == "Niamey"


def test_a_bracketed_date_after_the_time_of_day_with_a_note():
    brief = parse(
        "Weber zur Lage\nAußenminister Hans Weber sagte heute Abend (19.07.; Ortszeit) in New York, die Lage in "
        "der Region sei ernst."
    )
    assert brief.location == "New York"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a figure whose day is above 12 shows the brief writes the day first, even in English
            "Meeting\nThe Minister met the Ambassador of Valdoria on 05/03/2024 in Accra. The agreement signed on "
            "25/02/2024 was discussed.",
            "2024-03-05",
        ),
        (  # one whose second number is above 12 shows the month first, even in French
            "Audience\nLe ministre a reçu l'ambassadeur de Valdorie le 05/03/2024 à Niamey. L'accord signé le "
            "02/25/2024 a été évoqué.",
            "2024-05-03",
        ),
    ],
)
def test_figures_read_one_way_only_tell_the_order_of_the_others(text, expected):
    assert parse(text).date == expected
