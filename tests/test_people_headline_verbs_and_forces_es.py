"""Spanish participants: a headline that opens on its verb in the future or the preterite ("Sostendrá X reunión…")
keeps the verb out of the name, and the armed forces' own names ("Fuerza Aérea", "Estado Mayor Conjunto") are no
one's name, so a general named right after them is read, and no "Mayor Conjunto" takes part.

Every brief and every person here is invented for the test.
"""

import datetime as dt

import pytest

import briefparse


def people(text: str) -> list[tuple[str | None, str | None]]:
    brief = briefparse.parse(text, reference_date=dt.date(2024, 6, 12))
    return [(p.name, p.role) for p in brief.participants]


@pytest.mark.parametrize("verb", ["Sostendrá", "Encabezará", "Recibirán", "Inauguró"])
def test_a_headline_verb_in_capitals_is_no_part_of_the_name_after_it(verb):
    text = (
        f"{verb} Marin reunión con alcaldes de Valdoria\n\n"
        "El gobernador de Valdoria, Paul Marin, se reunió este martes con los alcaldes de la provincia para revisar "
        "las obras prioritarias del año.\n"
    )
    names = [name for name, _ in people(text)]
    assert "Paul Marin" in names
    assert not any(name and name.startswith(verb) for name in names)


def test_a_general_named_right_after_his_air_force_is_read_with_it_as_his_role():
    text = (
        "Jefes militares visitan Norlandia\n\n"
        "El secretario de Defensa de Valdoria, Paul Marin, y el general de la Fuerza Aérea Pedro Salas realizaron "
        "este lunes una visita a la base naval de Norlandia.\n"
    )
    found = dict(people(text))
    assert "Pedro Salas" in found
    assert found["Pedro Salas"] == "general de la Fuerza Aérea"


def test_the_joint_chiefs_office_is_no_one_s_name():
    text = (
        "Ministro viajará a Norlandia\n\n"
        "El ministro de Defensa de Valdoria, Paul Marin, y el jefe del Estado Mayor Conjunto, general Pedro Salas, "
        "visitarán la próxima semana a las tropas desplegadas en Norlandia.\n"
    )
    names = [name for name, _ in people(text)]
    assert "Pedro Salas" in names
    assert not any(name and "Mayor" in name for name in names)
