"""Roles on Spanish briefs invented for these tests (fictional people, real countries): "así como" joins the next
item of a list, as "y" does, so the role after it ("…, así como el jefe del Cuerpo de Ayudantes, general X") is that
next person's, not the title of the name before it."""

from __future__ import annotations

from briefparse import parse


def test_a_role_after_asi_como_belongs_to_the_next_item() -> None:
    text = (
        "Ostolaza viaja a Lima\n\n"
        "Santo Domingo, 3 jun (EFE). El presidente Ramiro Ostolaza viajó este lunes a Lima, donde se reunirá con su "
        "homóloga Dina Portales.\n"
        "Acompañan al mandatario el canciller Luis Ferreras; sus asistentes Carla Núñez y Marta Peralta, así como el "
        "jefe del Cuerpo de Ayudantes, general Tomás Rivera."
    )
    roles = {p.name: p.role for p in parse(text, language="es").participants}
    assert roles["Marta Peralta"] == "asistente"
    assert roles["Carla Núñez"] == "asistente"
    assert roles["Tomás Rivera"] == "jefe del Cuerpo de Ayudantes"
