"""Participants on briefs invented for these tests (fictional people, real countries): the journey named between
"accompanied" and its agent ("estará acompañado en la gira por X", "will be accompanied on the trip by X") still
says who goes with the traveller, a party to the trip the brief announces, as "acompañado por X" does."""

from __future__ import annotations

import pytest

from briefparse import parse


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Ostolaza inicia gira\n\nMadrid, 27 ago (EFE).- El presidente del Gobierno, Ramiro Ostolaza, iniciará "
            "hoy una gira por Chile, Bolivia y Colombia con la que pretende reforzar la relación con la región.\n"
            "Ostolaza se reunirá con el presidente de cada uno de los países.\n"
            "Ostolaza estará acompañado en la gira por el secretario de Estado de Cooperación, Luis Ferreras Vidal.",
            "es",
        ),
        (
            "Ostolaza begins Latin America tour\n\nMADRID, Aug 27 (Reuters) - Spanish Prime Minister Ramiro Ostolaza "
            "will begin a tour of Chile, Bolivia and Colombia on Monday.\n"
            "Ostolaza will meet the president of each country.\n"
            "Ostolaza will be accompanied on the trip by Secretary of State for Cooperation Luis Ferreras Vidal.",
            "en",
        ),
    ],
)
def test_the_companion_of_an_announced_journey_takes_part(text: str, language: str) -> None:
    brief = parse(text, language=language)
    assert "Luis Ferreras Vidal" in {p.name for p in brief.participants}
    assert "Luis Ferreras Vidal" not in {p.name for p in brief.people_mentioned}
