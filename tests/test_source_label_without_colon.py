"""A source line whose label is set apart from its credit by a space alone, before a site's address or an acronym
that a slash or a comma follows ("Source http://…, le 8 octobre 2012", "Source XYZ / radio Valdor"), or by a dash
("Источник и фото - x.ru"), names the source as the label with its colon does; the address names its site, not the
date after it. A label before a word of a sentence or a headline names none.

Every brief here is invented for the test.
"""

import datetime as dt

import briefparse

FR = (
    "Valdoria : le ministre reçoit l'ambassadeur de Norland\n\n"
    "Le ministre des Affaires étrangères de Valdoria, Paul Marin, a reçu mardi l'ambassadeur de Norland, "
    "Jan Olsen.\n\nLes deux hommes ont évoqué la coopération régionale.\n\n"
)
RU = (
    "Министр встретился с послом Норландии\n\n"
    "Министр иностранных дел Валдории Павел Марин во вторник встретился с послом Норландии Яном Ольсеном.\n\n"
    "Стороны обсудили региональное сотрудничество.\n\n"
)
DAY = dt.date(2024, 5, 21)


def _source(text: str) -> str | None:
    source = briefparse.parse(text, reference_date=DAY).source
    return source.name if source else None


def test_an_address_after_a_label_and_a_space_names_its_site_not_the_date() -> None:
    assert _source(FR + "Source http://www.diplomatie.valdoria.vd, le 21 mai 2024\n") == "diplomatie.valdoria.vd"


def test_the_same_line_with_its_colon_names_the_site_too() -> None:
    assert _source(FR + "Source : http://www.diplomatie.valdoria.vd, le 21 mai 2024\n") == "diplomatie.valdoria.vd"


def test_an_acronym_and_a_slash_after_a_label_and_a_space() -> None:
    text = FR.replace("\n\n", "\n\nSource VLD / radio Métropole Valdor\n\n", 1)
    name = _source(text)
    assert name is not None and "radio Métropole Valdor" in name


def test_a_label_and_photo_credit_set_apart_by_a_dash() -> None:
    assert _source(RU + "Источник и фото - valdor.ru\n") == "valdor.ru"


def test_a_label_before_a_sentence_names_none() -> None:
    assert _source(FR + "Sources diplomatiques et militaires se sont réjouies de cette rencontre.\n") is None
