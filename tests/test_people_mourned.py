"""The one a message of condolence mourns, named once after a phrase of a death, takes part nowhere in the brief,
on briefs invented for these tests (fictional people)."""

from __future__ import annotations

import datetime as dt

import briefparse

REF = dt.date(2019, 9, 27)


def sides(text: str) -> tuple[list[str | None], list[str | None]]:
    """The participants' names and the names of those only mentioned."""
    brief = briefparse.parse(text, reference_date=REF)
    return [p.name for p in brief.participants], [p.name for p in brief.people_mentioned]


def test_en_the_late_president_recalled_later_is_mentioned() -> None:
    text = (
        "Kampala – The foreign minister of Uganda, Ruth Kabasomi Nakato signs a condolence book dedicated to the late "
        "former president of Ghana, Kwame Asante Boadu.\n\n"
        "Nakato also expressed happiness over her past interaction where late president Boadu and Minister Nakato had "
        "both served in the capacity of foreign ministers.\n"
    )
    taking_part, mentioned = sides(text)
    assert taking_part == ["Ruth Kabasomi Nakato"]
    assert mentioned == ["Kwame Asante Boadu"]


def test_fr_the_dead_named_in_the_headline_and_the_message_is_mentioned() -> None:
    text = (
        "Décès de Jean-Paul Nkoromo : le message de Koffi Danvide au peuple kényan\n\n"
        "Ce jeudi 26 septembre 2019, l'ancien président du Kenya, Jean-Paul Nkoromo, a tiré sa révérence à l'âge de "
        "86 ans. Quelques instants après son décès, le chef de l'Etat béninois, Koffi Danvide, a présenté ses "
        "condoléances à Marc Otieno Lubaki et au peuple kényan.\n\n"
        "« J'adresse mes condoléances émues au Président Marc Otieno Lubaki et au peuple kényan, suite au décès du "
        "Président Jean-Paul Nkoromo », a écrit Koffi Danvide sur sa page Twitter.\n"
    )
    taking_part, mentioned = sides(text)
    assert taking_part == ["Koffi Danvide", "Marc Otieno Lubaki"]
    assert "Jean-Paul Nkoromo" in mentioned


def test_a_relative_of_the_dead_named_by_a_given_name_still_takes_part() -> None:
    text = (
        "MANILA -- President Tomas Reyes Jr spoke by phone with Valdorian President Anna Berg on Tuesday.\n\n"
        "Reyes is the son of the late strongman Tomas and of a former first lady.\n"
    )
    taking_part, _mentioned = sides(text)
    assert "Tomas Reyes Jr" in taking_part
