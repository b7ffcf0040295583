"""Participants of a statement a body or a country makes, on briefs invented for these tests (fictional people, real
countries): whom the statement speaks of is only mentioned; whom it is addressed to, who speaks for the body and the
leaders of two countries issuing a joint statement take part."""

from __future__ import annotations

import datetime as dt

import pytest

import briefparse


def people(text: str) -> tuple[list[str | None], list[str | None]]:
    """Names of the participants and of the people only mentioned."""
    brief = briefparse.parse(text, reference_date=dt.date(2024, 5, 6))
    return [p.name for p in brief.participants], [p.name for p in brief.people_mentioned]


#: a ministry deplores a letter of others, named by their office then their name
SPOKEN_OF = {
    "es": "El Ministerio de Relaciones Exteriores lamentó hoy la difusión de la carta enviada ayer por la "
    "vicecanciller Marta Quiroga al comisionado Iván Roldán.\n\nSegún el Ministerio, el abordaje mediático contribuye "
    "a la desinformación.",
    "en": "The Ministry of Foreign Affairs regretted on Monday the publication of the letter sent by deputy minister "
    "Marta Quiroga to commissioner Ivan Roldan.\n\nAccording to the ministry, the coverage fuels disinformation.",
}


@pytest.mark.parametrize("language", sorted(SPOKEN_OF))
def test_whom_a_ministry_statement_speaks_of_is_mentioned(language: str) -> None:
    taking, mentioned = people(SPOKEN_OF[language])
    assert taking == []
    assert len(mentioned) == 2


def test_the_addressee_of_a_body_congratulation_takes_part() -> None:
    text = "El Gobierno de Chile felicitó este lunes al presidente electo de Perú, Karel Dunst, por su victoria."
    assert people(text)[0] == ["Karel Dunst"]


def test_a_spokesperson_who_speaks_for_the_ministry_takes_part() -> None:
    text = (
        "The Foreign Office has condemned the bombing in Kabul, the spokesperson said.\n"
        "The FO spokesperson Karel Dunst said in a statement that Pakistan shares the grief of the families."
    )
    assert people(text)[0] == ["Karel Dunst"]


def test_the_leaders_of_a_joint_statement_take_part() -> None:
    text = (
        "Chile and Norway issued a joint statement on the official visit of President Karel Dunst to Santiago, where "
        "he held talks with President Marta Quiroga."
    )
    assert set(people(text)[0]) == {"Karel Dunst", "Marta Quiroga"}


#: a body's statement whose spokesperson is named after a word of audience ("à l'AFP", "to reporters")
SPOKESPERSON_AFTER_AUDIENCE = {
    "fr": "La France a condamné samedi soir les attaques contre son ambassade à Bamako.\n"
    "« Nous condamnons ces violences avec la plus grande fermeté », a indiqué à l'AFP la porte-parole du Quai "
    "d'Orsay Claire Dumontel.",
    "es": "El Gobierno de Chile condenó este sábado el ataque contra su embajada en Quito.\n"
    "“Condenamos estos hechos con la mayor firmeza”, dijo a la prensa el vocero de la Cancillería Tomás Arrieta.",
}


@pytest.mark.parametrize("language", sorted(SPOKESPERSON_AFTER_AUDIENCE))
def test_the_body_spokesperson_named_after_an_audience_takes_part(language: str) -> None:
    taking, _ = people(SPOKESPERSON_AFTER_AUDIENCE[language])
    assert len(taking) == 1


def test_a_spokesperson_titled_after_the_office_he_speaks_for_takes_part() -> None:
    text = (
        "Le Kremlin a dénoncé mardi la détention d'une employée de son ambassade à Lisbonne.\n"
        "C'est un acte inadmissible, a déclaré aux journalistes le porte-parole du président russe Igor Valentsev."
    )
    assert people(text)[0] == ["Igor Valentsev"]
