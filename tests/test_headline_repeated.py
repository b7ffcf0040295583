"""A headline the page repeats under a first copy that wears the site's name after it or a rubric before it: the
headline is the bare copy. Every brief here is invented for the test."""

import datetime as dt

import pytest

import briefparse


def title(text: str) -> str | None:
    return briefparse.parse(text, reference_date=dt.date(2024, 5, 20)).title


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "> Министр Келлер: переговоры с Валдорией продолжатся - Вестник Равнины\n\n//Политика\n\n"
            "Министр Келлер: переговоры с Валдорией продолжатся\n\n20 мая 2024, 13:22\n\n"
            "Министр иностранных дел Томас Келлер заявил журналистам, что переговоры с Валдорией продолжатся на "
            "следующей неделе, несмотря на разногласия сторон по ряду вопросов.",
            "Министр Келлер: переговоры с Валдорией продолжатся",
        ),
        (
            "Diplomatie : Tomas Keller reçoit son homologue valdorien\n\n"
            "Tomas Keller reçoit son homologue valdorien\n\n"
            "Le ministre des Affaires étrangères Tomas Keller a reçu lundi son homologue valdorien Ana Brook pour "
            "des entretiens sur la coopération économique entre les deux pays.",
            "Tomas Keller reçoit son homologue valdorien",
        ),
        (  # a later line that is only part of the headline's words is no copy of it
            "Keller in Valdoria - Reise nach Tarsia verzögert sich\n\nKeller in Valdoria\n\n"
            "Außenminister Tomas Keller hat wegen der Gespräche in Valdoria den Abflug zu einer Reise nach Tarsia "
            "verschoben, wie das Ministerium am Montag mitteilte.",
            "Keller in Valdoria - Reise nach Tarsia verzögert sich",
        ),
    ],
)
def test_repeated_headline(text: str, expected: str) -> None:
    assert title(text) == expected


def test_an_exclaimed_banner_over_the_headline_is_no_headline() -> None:
    text = (
        "Сто лет нашему району!\n\n"
        "Келлер назвал \"красочным\" выступление посла Валдории\n\n"
        "Он отметил, что в своем выступлении посол Анна Брук повторила позицию своей страны, которую Тарсия "
        "неоднократно опровергала."
    )
    assert title(text) == "Келлер назвал \"красочным\" выступление посла Валдории"
