"""German: an academic degree written before a name, as Austrian releases do ("Honorarkonsul Mag. X").

The briefs are written for these tests (invented people, real countries).
"""

import briefparse


def _roles(text: str) -> dict[str | None, str | None]:
    return {p.name: p.role for p in briefparse.parse(text).participants}


def test_a_degree_between_role_and_name_ends_no_sentence():
    roles = _roles(
        "Der Botschafter kam in Begleitung von Honorarkonsul Mag. Rudi Brand. Landtagspräsidentin Clara Vogt "
        "empfing ihn am Freitag im Grazer Landhaus. Sie sprachen über Handel.\n"
    )
    assert roles.get("Rudi Brand") == "Honorarkonsul"


def test_a_degree_before_a_host_is_no_part_of_the_name():
    roles = _roles(
        "Landeshauptmann Ing. Rudi Brand hat am Freitag den Botschafter Ungarns, Luis Mendoza, im Grazer Landhaus "
        "empfangen. Sie sprachen über Handel.\n"
    )
    assert roles.get("Rudi Brand") == "Landeshauptmann"


def test_feminine_and_engineering_degrees_before_a_name():
    roles = _roles(
        "Landesrätin Mag.a Clara Vogt und Landesrat DI Rudi Brand haben am Freitag den Botschafter Ungarns, "
        "Luis Mendoza, im Grazer Landhaus empfangen. Sie sprachen über Handel.\n"
    )
    assert roles.get("Clara Vogt") == "Landesrätin"
    assert roles.get("Rudi Brand") == "Landesrat"
