"""Outlets that West African briefs credit on a closing line of their own are in the agencies register."""

from __future__ import annotations

import briefparse

_BODY = (
    "Le président Paul Varnier reçoit les élus de Kanel\n\n"
    "Le président Paul Varnier a reçu samedi 30 avril 2022 au palais les élus du département de Kanel, "
    "conduits par le maire Jean Lodar.\n"
    "Il a reçu ce samedi ceux de Kanel d'abord, puis ceux de Matam en début de soirée.\n\n"
)


def _source(text: str) -> str | None:
    brief = briefparse.parse(text)
    return brief.source.name if brief.source else None


def test_dakaractu_in_small_letters_above_a_teaser() -> None:
    assert _source(_BODY + "dakaractu\n\nRecommandé Pour Vous\n") == "dakaractu"


def test_mosaique_guinee_after_the_site_with() -> None:
    assert _source(_BODY + "Kanelinfo Avec Mosaiqueguinee\n\nLaisser un commentaire\n") == "Mosaiqueguinee"


def test_republic_of_togo_closing_line() -> None:
    assert _source(_BODY + "Republic Of Togo\n") == "Republic Of Togo"


def test_republic_of_togo_as_a_country_is_no_source() -> None:
    text = _BODY.replace("les élus du département de Kanel", "l'ambassadeur de la Republic of Togo")
    assert _source(text) is None
