"""The adjectives of a standing post's title ("Secretario Permanente del …", "coordinador Residente de …") are words
of the office, never a person's name: the holder is the name after the title.

Every brief here is invented for the test.
"""

import briefparse


def _participants(text: str) -> dict[str | None, str | None]:
    return {p.name: p.role for p in briefparse.parse(text).participants}


def test_a_permanent_secretary_title_names_no_one():
    people = _participants(
        "Porta Nova, 14 de marzo de 2024.- El presidente de Valdoria, Luis Marín Soto, sostuvo un encuentro con el "
        "Secretario Permanente del Sistema Monetario Centroamericano y del Caribe (SMCC), Tomás Arregui Pons.\n"
    )
    assert set(people) == {"Luis Marín Soto", "Tomás Arregui Pons"}
    assert (people["Tomás Arregui Pons"] or "").startswith("Secretario Permanente del Sistema Monetario")


def test_a_resident_coordinator_title_names_no_one():
    people = _participants(
        "Porta Nova, 14 de marzo de 2024.- La canciller Irene Castaño Bello se reunió con el coordinador Residente "
        "de las Naciones Unidas en el país, Paulo Serrat Vidal.\n"
    )
    assert set(people) == {"Irene Castaño Bello", "Paulo Serrat Vidal"}
