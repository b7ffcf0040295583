"""A list whose first item gives the office and its country, each next item only its own country before its name:
each holds the office of its own country, linked as the first item's is.

The briefs are written for these tests (invented people, real countries).
"""

import briefparse


def _roles(brief: briefparse.Brief) -> dict[str | None, str | None]:
    return {p.name: p.role for p in brief.participants}


def test_elided_presidents_es():
    brief = briefparse.parse(
        "Cumbre en Panamá\n"
        "El 10 de abril de 2015 se reunieron en Panamá el presidente de México, Enrique Roldán; de Estados "
        "Unidos, Mark Tiller; de Cuba, Raúl Cortés; de Venezuela, Nicolás Mendoza; entre otros.\n"
    )
    roles = _roles(brief)
    assert roles["Mark Tiller"] == "presidente de Estados Unidos"
    assert roles["Nicolás Mendoza"] == "presidente de Venezuela"


def test_ambassadors_by_case_ending_ru():
    brief = briefparse.parse(
        "Вручение грамот\n"
        "12 марта 2019 года верительные грамоты президенту вручили посол Украины Владимир Петренко, Чехии - "
        "Петр Новак, Габонской Республики - Рене Мабоко, Малайзии - Зайнол Омар.\n"
    )
    roles = _roles(brief)
    assert roles["Петр Новак"] == "посол Чехии"
    assert roles["Рене Мабоко"] == "посол Габонской Республики"


def test_countries_before_bracketed_names_de():
    brief = briefparse.parse(
        "Treffen in Wien\n"
        "Österreichs Außenminister Alexander Berger empfing am Dienstag, 3. Mai 2021, seine Amtskollegen aus "
        "Tschechien (Tomas Novak), der Slowakei (Ivan Horak), Slowenien (Anze Kovac) und Ungarn (Peter Szabo) "
        "in Wien.\n"
    )
    roles = _roles(brief)
    assert roles["Ivan Horak"] == "Amtskollegen aus der Slowakei"
    assert roles["Peter Szabo"] == "Amtskollegen aus Ungarn"
