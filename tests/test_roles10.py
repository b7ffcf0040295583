"""Participants' roles and lists on briefs invented for these tests (fictional people)."""

from __future__ import annotations

import datetime as dt

import briefparse

REF = dt.date(2024, 5, 6)


def roles(text: str) -> dict[str | None, str | None]:
    brief = briefparse.parse(text, reference_date=REF)
    return {p.name: p.role for p in brief.participants}


DELEGATION = (
    "МОСКВА, 1 мая. Премьер-министр Армении Иван Громов провел переговоры в Минске. В состав делегации вошли "
    "вице-премьеры Дмитрий Волков и Алексей Сомов, глава Минфина Павел Марин, министр культуры Ольга Петрова. "
    "Встреча главы МИД Армении Сергея Орлова и президента Венгрии Петра Лозина продлилась час."
)


def test_role_after_a_name_is_not_the_next_person_s_title() -> None:
    found = roles(DELEGATION)
    assert found["Алексей Сомов"] == "вице-премьер"
    assert found["Павел Марин"] == "глава Минфина"


def test_event_noun_opening_a_sentence_is_no_part_of_the_title() -> None:
    role = roles(DELEGATION)["Сергей Орлов"] or ""
    assert not role.startswith("Встреча")
    assert "МИД Армении" in role  # a genitive that looks plural keeps its complement
