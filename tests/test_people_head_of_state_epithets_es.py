"""Spanish briefs invented for these tests (invented people, real countries): "el gobernante" names the head of
state the brief has already named, as "el mandatario" does, also when the country written with it is none the
brief can read ("el gobernante sudamericano", "el gobernante del país austral"): another mention of that person,
never a second participant without a name."""

from __future__ import annotations

import pytest

from briefparse import parse


@pytest.mark.parametrize("epithet", ["El gobernante", "El gobernante sudamericano", "El gobernante del país austral"])
def test_ruler_epithet_is_the_named_president(epithet: str) -> None:
    brief = parse(
        "El presidente de Chile, Ramiro Solvenza, llegó hoy a Lima para una visita oficial. "
        f"{epithet} fue recibido en el aeropuerto por el canciller Tomás Uribarri.",
        language="es",
    )
    assert [p.name for p in brief.participants] == ["Ramiro Solvenza", "Tomás Uribarri"]
    solvenza = brief.participants[0]
    assert "gobernante" in [m.text for m in solvenza.mentions]


def test_ruler_epithet_is_the_named_president_woman() -> None:
    brief = parse(
        "La presidenta de Chile, Ramira Solvenza, llegó hoy a Lima para una visita oficial. "
        "La gobernante sudamericana fue recibida en el aeropuerto por el canciller Tomás Uribarri.",
        language="es",
    )
    assert [p.name for p in brief.participants] == ["Ramira Solvenza", "Tomás Uribarri"]
