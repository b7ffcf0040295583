"""A site's description of itself over the story ("Официальный сайт …", "Das Nachrichtenportal für …", "Portal
oficial de …") is its masthead, not the headline: under it, a headline that names no event is the title; the
description is the title only when no other line can be."""

import pytest

import briefparse

_CASES = [
    (
        "Информационно-аналитическое интернет-издание Новоборской области",
        "Жители Новоборска получили государственные и региональные награды",
        "По традиции в конце года жителям Новоборска, добившимся особых успехов в труде, были вручены "
        "государственные и региональные награды. Церемония прошла в областной администрации.",
    ),
    (
        "Официальный сайт администрации города Новоборска",
        "Жители Новоборска получили государственные и региональные награды",
        "По традиции в конце года жителям Новоборска, добившимся особых успехов в труде, были вручены "
        "государственные и региональные награды. Церемония прошла в областной администрации.",
    ),
    (
        "Das Nachrichtenportal für Nordhessen",
        "Kasseler Schüler gewinnen Preis in Santiago de Chile",
        "Zwei Schülerinnen aus Kassel haben in Santiago de Chile einen Preis für ein Umweltprojekt gewonnen. "
        "Die Stadt gratulierte den beiden am Montag im Rathaus.",
    ),
    (
        "Portal oficial del Gobierno de la Provincia de Salta",
        "Estudiantes salteños ganan un premio en Noruega",
        "Dos estudiantes de Salta ganaron un premio en Oslo por un proyecto ambiental. El gobernador las "
        "felicitó este lunes en la Casa de Gobierno.",
    ),
]


@pytest.mark.parametrize(("site", "headline", "body"), _CASES)
def test_the_headline_under_a_site_description_is_the_title(site: str, headline: str, body: str) -> None:
    assert briefparse.parse(f"{site}\n\n{headline}\n\n{body}\n").title == headline


def test_a_headline_that_opens_on_a_site_noun_stays_the_title_alone() -> None:
    headline = "Portal de la ciudad de Salta estrena nueva sección"
    body = "El municipio presentó este lunes una nueva sección de su página web dedicada a los vecinos."
    assert briefparse.parse(f"{headline}\n\n{body}\n").title == headline
