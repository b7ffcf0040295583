"""Closing credits: a dispatch's end mark in brackets before its signature line ("(FIN) ANDINA/JJR", "(Ende) dpa/xy"),
a desk's word before the agency ("Redacción / EFE"), a "read the whole story at" line. Every brief here is invented."""

import datetime as dt

import pytest

import briefparse

ES = (
    "Canciller de Valdoria se reunió con su par de Norland\n\n"
    "Lima, mar. 4. El canciller de Valdoria, Paul Marin, se reunió hoy con su homólogo de Norland, Pedro Albán, en "
    "la sede de la cancillería. Ambos abordaron la cooperación comercial y la agenda bilateral.\n\n"
)
DE = (
    "Valdorias Außenminister trifft Amtskollegen aus Norland\n\n"
    "Der Außenminister von Valdoria, Paul Marin, hat am Montag seinen Amtskollegen aus Norland, Peter Albers, "
    "getroffen. Die beiden sprachen über den Handel und die Zusammenarbeit in der Energiepolitik.\n\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (ES + "(FIN) ANDINA/JJR\n", "ANDINA"),
        (ES + "(FIN) EFE/MAE\n", "EFE"),
        (DE + "(Ende) dpa/xy\n", "dpa"),
        (ES + "(FIN) LR/MAP\n", "MAP"),
    ],
)
def test_end_mark_before_a_signature(text: str, expected: str) -> None:
    source = briefparse.parse(text, reference_date=dt.date(2024, 3, 4)).source
    assert source is not None and source.name == expected


def test_end_mark_before_initials_alone_names_none() -> None:
    assert briefparse.parse(ES + "(FIN) MVF/CCR\n", reference_date=dt.date(2024, 3, 4)).source is None


@pytest.mark.parametrize("line", ["Redacción / EFE", "Agencias/EFE"])
def test_desk_word_before_an_agency(line: str) -> None:
    source = briefparse.parse(ES + line + "\n", reference_date=dt.date(2024, 3, 4)).source
    assert source is not None and source.name == "EFE"


def test_read_the_whole_story_at() -> None:
    text = ES + "Leer noticia completa en El Heraldo de Norland.\n"
    source = briefparse.parse(text, reference_date=dt.date(2024, 3, 4)).source
    assert source is not None and source.name == "El Heraldo de Norland"
