"""A day without a year in a brief that names a session of the UN General Assembly by its count ("le 24 septembre
… en marge de la 76e session de l'Assemblée générale de l'ONU", "80-й сессии Генассамблеи ООН") is in that session's
year: the N-th regular session opens in September of 1945 + N and sits until the next, so a day from September on
falls in 1945 + N and an earlier one in the year after. Only when nothing else dates the brief (no reference date,
no page date, no full date, no weekday beside the day); a count of another assembly gives no year.

Every brief here is invented for the test.
"""

import datetime as dt

import briefparse


def test_a_yearless_day_takes_the_year_of_the_assembly_session_fr() -> None:
    text = (
        "Le 24 septembre, M. Paul Marin, ministre des Affaires étrangères de la Valdorie, s'est entretenu avec "
        "M. Erik Solberg, ministre des Affaires étrangères de la Norlandie, en marge de la 76e session de "
        "l'Assemblée générale de l'ONU.\n"
        "Les deux ministres ont abordé la coopération entre leurs pays."
    )
    assert briefparse.parse(text).date == "2021-09-24"


def test_a_yearless_dateline_takes_the_year_of_the_assembly_session_ru() -> None:
    text = (
        "24 сентября, Минск /Корр. БЕЛТА/. Министр иностранных дел Валдории Павел Марин проводит встречу с "
        "министром иностранных дел Норландии Эриком Сольбергом.\n"
        "Встреча проходит на полях недели высокого уровня 80-й сессии Генассамблеи ООН."
    )
    assert briefparse.parse(text).date == "2025-09-24"


def test_a_day_before_september_is_in_the_session_s_second_year_en() -> None:
    text = (
        "Marin meets Solberg in New York\n\n"
        "Valdorian Foreign Minister Paul Marin met his Norlandic counterpart Erik Solberg on 14 March at the "
        "resumed 77th session of the UN General Assembly."
    )
    assert briefparse.parse(text).date == "2023-03-14"


def test_another_assembly_s_count_gives_no_year() -> None:
    text = (
        "Le 24 septembre, M. Paul Marin, ministre des Affaires étrangères de la Valdorie, s'est entretenu avec "
        "M. Erik Solberg en marge de la 47e session de l'Assemblée générale de l'Organisation des Etats américains."
    )
    assert briefparse.parse(text).date is None


def test_a_reference_date_still_dates_the_day() -> None:
    text = (
        "Le 24 septembre, M. Paul Marin, ministre des Affaires étrangères de la Valdorie, s'est entretenu avec "
        "M. Erik Solberg en marge de la 76e session de l'Assemblée générale de l'ONU."
    )
    assert briefparse.parse(text, reference_date=dt.date(2019, 9, 30)).date == "2019-09-24"


def test_a_yearless_day_takes_the_year_of_the_assembly_session_es() -> None:
    text = (
        "El 24 de septiembre, el canciller de Valdoria, Pablo Marín, se reunió con su homólogo de Norlandia, Erik "
        "Solberg, en el marco del 78º período de sesiones de la Asamblea General de la ONU."
    )
    assert briefparse.parse(text).date == "2023-09-24"


def test_a_yearless_day_takes_the_year_of_the_assembly_session_de() -> None:
    text = (
        "Am 24. September traf Außenminister Paul Marin aus Valdorien am Rande der 78. Tagung der "
        "UN-Generalversammlung seinen norländischen Kollegen Erik Solberg."
    )
    assert briefparse.parse(text).date == "2023-09-24"
