"""Event type on briefs invented for these tests (fictional people and countries): a spokesman or an official
telling whether, when or on what condition a meeting or a visit may happen reports what was said of it, a statement;
the same words around an event that took place leave it reported."""

from __future__ import annotations

import pytest

from briefparse import parse


@pytest.mark.parametrize(
    "text",
    [
        "Kremlin says a meeting between Norland and Valdoria presidents is possible\n\n"
        "A meeting between President Paul Marin of Norland and President Ivo Berg of Valdoria is possible, "
        "spokesman Dmitri Orlov told journalists on Monday. Nothing has been prepared yet, he added.",
        "Визит Павла Марина в Валдорию отложен\n\n"
        "Планировавшийся на 27 ноября визит министра иностранных дел Норландии Павла Марина в Валдорию отложен на "
        "неопределенный срок. О новых сроках визита будет объявлено дополнительно.",
        "Марин заявил, что встреча с Бергом возможна\n\n"
        "Президент Норландии Павел Марин заявил, что встреча с лидером Валдории Иваном Бергом возможна и ее будут "
        "готовить.",
        "Norland : la rencontre entre Marin et Berg n'est pas à l'ordre du jour\n\n"
        "La rencontre entre les présidents Paul Marin et Ivo Berg n'est pas à l'ordre du jour, a déclaré lundi le "
        "porte-parole du gouvernement norlandais, Luc Fabre.",
        "La visita del canciller Paul Marin a Valdoria fue aplazada\n\n"
        "La visita del canciller norlandés Paul Marin a Valdoria fue aplazada por razones de agenda, informó el "
        "lunes la cancillería.",
        "Der Besuch von Außenminister Paul Marin in Valdorien ist verschoben\n\n"
        "Der Besuch des norländischen Außenministers Paul Marin in Valdorien wurde verschoben, teilte das "
        "Außenministerium am Montag mit.",
    ],
)
def test_an_event_left_undecided_makes_a_statement(text: str) -> None:
    assert parse(text).event_type == "statement"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Norland's President Paul Marin met Valdoria's President Ivo Berg in Kessel on Monday. The two leaders "
            "discussed trade.",
            "meeting",
        ),
        (
            "Le président norlandais Paul Marin est arrivé lundi à Kessel pour une visite officielle de deux jours, "
            "reportée en mars.",
            "visit",
        ),
    ],
)
def test_an_event_that_took_place_stays_reported(text: str, kind: str) -> None:
    assert parse(text).event_type == kind


@pytest.mark.parametrize(
    "text",
    [
        "Президент Норландии Павел Марин традиционно проводит встречи с представителями бизнеса, заявил "
        "пресс-секретарь Иван Берг. Он ответил на вопрос, состоится ли такая встреча в этом году.",
        "Norland's President Paul Marin regularly holds meetings with business leaders, his spokesman Ivo Berg told "
        "reporters on Monday when asked whether such a meeting would take place this year.",
    ],
)
def test_a_meeting_told_as_a_habit_makes_a_statement(text: str) -> None:
    assert parse(text).event_type == "statement"
