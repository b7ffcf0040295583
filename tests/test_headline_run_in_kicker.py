"""A kicker of a place or a rubric run into the headline on its line: the headline opens again on a capitalised
determiner before a word in small letters (fictional briefs)."""

from __future__ import annotations

from briefparse import parse


def _title(text: str) -> str | None:
    return parse(text, reference_date="2024-05-12").title


def test_place_and_rubric_kicker_run_into_the_headline() -> None:
    text = (
        "Valport - Jumelage Le maire en visite officielle à Port-Lune\n\n"
        "Paul Marin, le maire de Valport, est en visite officielle à Port-Lune jusqu'à lundi. Les deux villes, "
        "jumelées depuis 2006, entretiennent de nombreux échanges."
    )
    assert _title(text) == "Le maire en visite officielle à Port-Lune"


def test_place_kicker_run_into_a_spanish_headline() -> None:
    text = (
        "Valport El gobernador recibe al cónsul de Norland\n\n"
        "El gobernador Paul Marin recibió este lunes al cónsul de Norland, Jon Ostrik, en la sede del gobierno."
    )
    assert _title(text) == "El gobernador recibe al cónsul de Norland"


def test_name_that_opens_on_a_determiner_stays_in_the_headline() -> None:
    text = (
        "Entretien avec Le Drian sur la coopération portuaire\n\n"
        "Le ministre Paul Marin s'est entretenu avec Jean-Yves Le Drian sur la coopération portuaire."
    )
    assert _title(text) == "Entretien avec Le Drian sur la coopération portuaire"


def test_quoted_headline_keeps_its_opening() -> None:
    text = (
        "Marin : « Le dialogue avec Norland reprend »\n\n"
        "Le ministre Paul Marin a affirmé mardi que le dialogue avec Norland reprend."
    )
    assert _title(text) == "Marin : « Le dialogue avec Norland reprend »"
