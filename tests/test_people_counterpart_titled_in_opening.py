"""Participants on a Spanish brief invented for this test (fictional people, real countries): a counterpart's role in
the opening that titles a name given with it ("su homólogo peruano, X") leaves no counterpart to look for further on,
even when two people of that country are named: a later pair of others ("entre X y Y", decades before) is mentioned."""

from __future__ import annotations

from briefparse import parse


def test_a_counterpart_named_in_the_opening_is_not_sought_later() -> None:
    text = (
        "El presidente de Chile, Tomás Quiroga Lenz, y su homólogo peruano, Andrés Bravo Soto, dialogaron por "
        "teléfono este jueves, en la previa de la cumbre regional.\n\n"
        "Según la cancillería, el canciller peruano, Ivo Berg, confirmó la llamada.\n\n"
        "La última vez que hubo un encuentro entre presidentes de ambos países fue en 1990, entre Luis Mora Pinto y "
        "Julián Arce Vidal."
    )
    brief = parse(text, language="es")
    roles = {p.name: p.role for p in brief.participants}
    assert {"Tomás Quiroga Lenz", "Andrés Bravo Soto"} <= set(roles)
    assert roles["Andrés Bravo Soto"] == "homólogo peruano"
    assert "Luis Mora Pinto" not in roles
