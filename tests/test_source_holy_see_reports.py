"""The Holy See reporting a papal audience is a source: the name is the papacy's government, not a territory whose
word is nobody's ("a indiqué le Sénégal"), so the register lists it with the Holy See Press Office."""

from __future__ import annotations

import briefparse


def _source(text: str) -> str | None:
    brief = briefparse.parse(text)
    return brief.source.name if brief.source else None


def test_the_holy_see_reported_en() -> None:
    text = (
        "Pope receives president\n\n"
        "Pope Francis received the President of Moldavia, Ion Varescu, in audience today, the Holy See reported.\n"
    )
    assert _source(text) == "Holy See"


def test_la_santa_sede_informo_es() -> None:
    text = (
        "El Papa recibe a Varescu\n\n"
        "La Santa Sede informó que el Papa recibió al presidente Ion Varescu en el Aula Pablo VI.\n"
    )
    assert _source(text) == "Santa Sede"


def test_le_saint_siege_a_souligne_fr() -> None:
    text = (
        "Le pape reçoit M. Varescu\n\n"
        "Le pape François a reçu le président Ion Varescu. Dans le communiqué qui a suivi, le Saint-Siège a "
        "souligné que les relations bilatérales ont été évoquées.\n"
    )
    assert _source(text) == "Saint-Siège"


def test_a_country_alone_is_still_no_source() -> None:
    text = (
        "Le pape reçoit M. Varescu\n\n"
        "Le pape François a reçu le président Ion Varescu, a indiqué la Moldavie.\n"
    )
    assert _source(text) is None
