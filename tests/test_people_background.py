"""Background people kept out of the participants, on briefs invented for these tests (fictional people and places)."""

from __future__ import annotations

import datetime as dt

import pytest

import briefparse

REF = dt.date(2024, 5, 6)


def sides(text: str) -> tuple[list[str | None], list[str | None]]:
    """The participants' names and the names of those only mentioned."""
    brief = briefparse.parse(text, reference_date=REF)
    return [p.name for p in brief.participants], [p.name for p in brief.people_mentioned]


def only_mentioned(text: str, name: str) -> bool:
    """Whether the brief names `name` among those mentioned, not among those who take part."""
    taking_part, mentioned = sides(text)
    return name not in taking_part and name in mentioned


def test_later_encounter_set_apart_by_an_adverb_is_another_one() -> None:
    text = (
        "BELVAR, May 6 -- Norland's President Paul Marin met with Valdorian Foreign Minister Anna Berg in Belvar on "
        "Monday, and the two discussed trade and fisheries.\n\n"
        "Marin said Norland valued its ties with Valdoria.\n\n"
        "Defence Minister Karl Osten has also held talks with Berg during her visit.\n"
    )
    assert sides(text)[0] == ["Paul Marin", "Anna Berg"]
    assert only_mentioned(text, "Karl Osten")


def test_later_encounter_set_apart_in_spanish() -> None:
    text = (
        "El presidente de Norlandia, Paul Marin, recibió este lunes en Belvar a la canciller de Valdoria, Anna Berg, "
        "con quien conversó sobre comercio.\n\n"
        "Marin destacó la amistad entre ambos países.\n\n"
        "El ministro de Defensa, Karl Osten, también se reunió con Berg durante su visita.\n"
    )
    assert only_mentioned(text, "Karl Osten")


def test_greetings_and_wishes_from_a_leader_name_no_participant() -> None:
    text = (
        "Президент Павел Марин сегодня в городе Бельвар принял министра иностранных дел Анну Берг.\n\n"
        "По данным пресс-службы, в начале встречи гостья передала хозяину тёплые приветствия и наилучшие пожелания "
        "от Президента Карла Остена.\n"
    )
    assert sides(text)[0] == ["Павел Марин", "Анна Берг"]
    assert only_mentioned(text, "Карл Остен")


def test_whose_engagement_is_discussed_is_mentioned() -> None:
    text = (
        "L'ambassadeur de Norlandie, Paul Marin, a été reçu lundi au palais de Belvar par la reine Anna Berg. "
        "Lors de l'entretien, ils ont pu discuter des fiançailles, annoncées la veille, du Prince Karl à l'actrice "
        "Lina Osten.\n"
    )
    assert "Karl" not in sides(text)[0]


def test_whose_wedding_the_guests_attend_is_mentioned() -> None:
    text = (
        "BELVAR, May 6 -- Norland's President Paul Marin received on Monday the football leaders Anna Berg and "
        "Tom Varga, who came to Belvar for the wedding of their counterpart Mr Karl Osten.\n"
    )
    assert "Karl Osten" not in sides(text)[0]


def test_the_one_whose_resignation_opened_the_post_is_mentioned() -> None:
    text = (
        "El canciller de Norlandia, Paul Marin, se reunió este lunes en Belvar con su par de Valdoria, Anna Berg, en "
        "el primer encuentro de ambos tras la renuncia del canciller Karl Osten.\n"
    )
    assert only_mentioned(text, "Karl Osten")


@pytest.mark.parametrize(
    "text",
    [
        "BELVAR, May 6 -- Norland's President Paul Marin met Valdorian Foreign Minister Anna Berg in Belvar on "
        "Monday, following Valdorian Trade Minister Karl Osten, who visited Belvar in March.\n",
        "Le président norlandais Paul Marin a reçu lundi à Belvar la ministre valdorienne Anna Berg, après le "
        "ministre du Commerce, Karl Osten, qui s'était rendu à Belvar en mars.\n",
    ],
)
def test_who_came_in_another_month_is_mentioned(text: str) -> None:
    assert sides(text)[0] == ["Paul Marin", "Anna Berg"]


@pytest.mark.parametrize(
    "text",
    [
        "BELVAR, May 6 -- Karl Osten, head of the Press Office of the Norland Government, said on Friday that Prime "
        "Minister Paul Marin held talks with Valdorian Foreign Minister Anna Berg in Belvar.\n",
        "Karl Osten, jefe de la Oficina de Prensa, informó el viernes que el primer ministro Paul Marin sostuvo "
        "conversaciones con la canciller de Valdoria, Anna Berg, en Belvar.\n",
    ],
)
def test_who_says_that_two_others_met_is_the_source(text: str) -> None:
    assert sides(text) == (["Paul Marin", "Anna Berg"], ["Karl Osten"])


def test_subject_of_a_visit_to_come_after_the_call_is_mentioned() -> None:
    text = (
        "Lors d'un entretien téléphonique jeudi, Paul Marin et Anna Berg ont échangé sur la situation régionale.\n\n"
        "L'échange téléphonique a eu lieu alors que Karl Osten doit se rendre lundi 24 juin dans la capitale "
        "valdorienne de Belvar pour une rencontre avec son homologue.\n"
    )
    assert only_mentioned(text, "Karl Osten")
    assert sides(text)[0] == ["Paul Marin", "Anna Berg"]
