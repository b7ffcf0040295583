"""A leader named as whose government (administration, party) it is, kept out of the participants, on briefs invented
for these tests (fictional people and places)."""

from __future__ import annotations

import datetime as dt

import pytest

import briefparse

REF = dt.date(2024, 5, 6)

GOVERNMENT_OF = (
    "Norland's Foreign Minister Paul Marin, who was on a one-day official visit to Valdoria, met with his Valdorian "
    "counterpart, Foreign Minister Anna Berg, for bilateral talks in Belvar on Monday.\n\n"
    "Marin was the first foreign minister to visit Valdoria after the government of President Karl Osten assumed "
    "office on 2 April.\n"
)
GOVERNMENT_LED_BY = (
    "Norland's State Minister for Foreign Affairs Paul Marin on Monday met Valdorian Ambassador Anna Berg at the "
    "foreign ministry in Belvar.\n\n"
    "Marin told Berg that the government, led by Prime Minister Karl Osten, was committed to closer ties.\n"
)
GOBIERNO_ENCABEZADO = (
    "La canciller de Norlandia, Anna Berg, se reunió este lunes en Belvar con el canciller de Valdoria, Paul Marin.\n\n"
    "Berg es la primera canciller que visita Valdoria desde que el gobierno, encabezado por el presidente Karl Osten, "
    "asumió en abril.\n"
)


def sides(text: str) -> tuple[list[str | None], list[str | None]]:
    """The participants' names and the names of those only mentioned."""
    brief = briefparse.parse(text, reference_date=REF)
    return [p.name for p in brief.participants], [p.name for p in brief.people_mentioned]


@pytest.mark.parametrize(
    ("text", "taking_part"),
    [
        (GOVERNMENT_OF, ["Paul Marin", "Anna Berg"]),
        (GOVERNMENT_LED_BY, ["Paul Marin", "Anna Berg"]),
        (GOBIERNO_ENCABEZADO, ["Anna Berg", "Paul Marin"]),
    ],
    ids=["government-of-en", "government-led-by-en", "gobierno-encabezado-por-es"],
)
def test_leader_of_a_government_is_only_mentioned(text: str, taking_part: list[str]) -> None:
    found, mentioned = sides(text)
    assert found == taking_part
    assert "Karl Osten" in mentioned


def test_welcoming_party_led_by_a_minister_takes_part_en() -> None:
    text = (
        "Norland's Prime Minister Paul Marin arrived in Valdoria on Monday for a two-day official visit.\n\n"
        "He was met at the airport in Belvar by a welcoming party led by Prime Minister Anna Berg.\n"
    )
    assert sides(text)[0] == ["Paul Marin", "Anna Berg"]
