"""People on briefs invented for these tests (fictional people, real countries): a sentence that names one side
before its members ("From the US side, X, Y and Z …", "Por parte de la representación chilena están: X, …; Y, …")
lists people who take part."""

from __future__ import annotations

import pytest

from briefparse import parse


@pytest.mark.parametrize(
    ("text", "member"),
    [
        (
            "Secretary of State Mark Bell hosted a dinner for Prime Minister Omar Khan at the State Department. "
            "From the US side, senior officials including Defence Secretary Paul Hart and Adviser Jane Roe "
            "assisted the Secretary of State.",
            "Paul Hart",
        ),
        (
            "El presidente Carlos Ruiz recibió este martes en Palacio Nacional a su homólogo de Chile, Pedro Soto. "
            "Por parte de la representación chilena están: Laura Paz, ministra de Relaciones Exteriores; Andrés "
            "Vidal, ministro de Defensa.",
            "Andrés Vidal",
        ),
    ],
    ids=["en", "es"],
)
def test_members_named_after_their_side_take_part(text: str, member: str) -> None:
    assert member in [p.name for p in parse(text).participants]

