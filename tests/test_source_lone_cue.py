"""A one-word cue of a source ("según", "laut", "selon") standing before a verb of saying with no source after it
("Según explicó, …"): the verb's subject is the speaker named before, and the cue names no one. A cue with its
source after it still gives the source.

Every brief here is invented for the test.
"""

import datetime as dt

import pytest

import briefparse


def source_name(text: str) -> str | None:
    source = briefparse.parse(text, reference_date=dt.date(2024, 5, 20)).source
    return source.name if source else None


@pytest.mark.parametrize(
    "verb",
    ["explicó", "indicó", "detalló", "precisó"],
)
def test_lone_cue_before_a_verb_names_no_source(verb: str) -> None:
    text = (
        "Cambios en el gabinete de Valdoria\n"
        "El ministro de Hacienda de Valdoria, Paul Marin, se refirió este lunes a los cambios del gabinete. "
        f"Según {verb}, la decisión apunta a agilizar el Estado y no a reducir gastos."
    )
    assert source_name(text) is None


def test_cue_with_its_source_after_it_still_gives_the_source() -> None:
    text = (
        "Cambios en el gabinete de Valdoria\n"
        "El ministro de Hacienda de Valdoria, Paul Marin, se reunió este lunes con el embajador de Norland. "
        "Según informó la Cancillería, ambos repasaron la agenda bilateral."
    )
    assert source_name(text) == "Cancillería"
