"""Location on briefs invented for these tests (fictional people, real countries): a statement's verb followed by
the day's date written out, alone or set off after its weekday ("заявил сегодня, 8 апреля, в Ереване", "said on
April 8 in Yerevan"), is still followed by where it was said, which beats the dispatch's city; a statement made
with its noun and a light verb ("Такое заявление сделал …") is a verb of saying like "заявил"."""

from __future__ import annotations

import pytest

from briefparse import parse


@pytest.mark.parametrize(
    ("text", "language", "place"),
    [
        (
            "МОСКВА, 8 апреля. /ТАСС/. Министр иностранных дел Армении Арсен Погосян заявил сегодня, 8 апреля, в "
            "Ереване, что отношения двух стран никогда не были так крепки.",
            "ru",
            "Ереване",
        ),
        (
            "МОСКВА, 8 апреля. /ТАСС/. Министр иностранных дел Армении Арсен Погосян заявил 8 апреля в Ереване, что "
            "отношения двух стран никогда не были так крепки.",
            "ru",
            "Ереване",
        ),
        (
            "LONDON, April 8 (Reuters) - Armenian Foreign Minister Arsen Poghosyan said on Thursday, April 8, in "
            "Yerevan that relations between the two countries had never been stronger.",
            "en",
            "Yerevan",
        ),
        (
            "MADRID, 8 abr (EFE).- El canciller armenio Arsen Poghosyan afirmó hoy, 8 de abril, en Ereván que las "
            "relaciones entre los dos países nunca fueron tan sólidas.",
            "es",
            "Ereván",
        ),
    ],
)
def test_the_place_after_a_written_day_is_where_it_was_said(text: str, language: str, place: str) -> None:
    brief = parse(text, reference_date="2021-04-08", language=language)
    assert brief.location == place


def test_a_statement_made_with_its_noun_and_a_light_verb() -> None:
    text = (
        "Глава МИД Армении: европейский вектор для нас важнейший\n\n"
        "Такое заявление сделал сегодня, 8 апреля, в Ереване министр иностранных дел Армении Арсен Погосян.\n\n"
        "«Мы ценим партнерство с Европой», — отметил Погосян."
    )
    brief = parse(text, reference_date="2021-04-08", language="ru")
    assert brief.location == "Ереване"
