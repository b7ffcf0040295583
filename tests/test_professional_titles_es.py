"""Names on Spanish briefs invented for these tests (fictional people, real places): the degree or profession an
official page writes before a name ("Ing.", "Arq.", "Mtro.", "Agr.", "Prof."), and the polite or fraternal address of
Central American official media ("la Señora X", "la Hermana Y"), are titles, never part of the name nor a name of
their own ("Centroamérica Hermana")."""

from __future__ import annotations

from briefparse import parse


def _names(text: str) -> list[str | None]:
    return [p.name for p in parse(text, language="es").participants]


def test_an_engineers_title_is_not_part_of_the_name() -> None:
    names = _names(
        "El intendente Esteban Ortiz recibió este martes en su despacho al presidente del club de Daireaux, Ing. "
        "Roberto Lanús, y a la secretaria de la institución, Marta Quiroga."
    )
    assert "Roberto Lanús" in names
    assert not any(name and name.startswith("Ing.") for name in names)


def test_a_masters_and_an_architects_title_leave_name_and_role() -> None:
    brief = parse(
        "El alcalde de Matamoros, Mtro. Mario Alberto Lozano Hernández, recibió este martes al embajador de Bélgica, "
        "Klaas Verstraete, en el Palacio Municipal. Lo acompañó la Arq. Lucía Benítez Soto, secretaria de Obras "
        "Públicas.",
        language="es",
    )
    roles = {p.name: p.role for p in brief.participants}
    assert roles.get("Mario Alberto Lozano Hernández") == "alcalde de Matamoros"
    assert roles.get("Lucía Benítez Soto") == "secretaria de Obras Públicas"


def test_a_teachers_title_is_not_part_of_the_name() -> None:
    names = _names(
        "El gobernador Gerardo Luna inauguró este martes una escuela en Campo Gallo junto a la rectora del "
        "establecimiento, Prof. Miriam Soria."
    )
    assert "Miriam Soria" in names
    assert "Prof. Miriam Soria" not in names


def test_the_fraternal_address_is_a_title_not_a_name() -> None:
    names = _names(
        "El presidente Daniel Ortiz recibió este martes las cartas credenciales de los nuevos embajadores: de "
        "Honduras, Centroamérica Hermana, la Embajadora Norma Cerrato Salgado, y del Perú, el Embajador Alberto "
        "Massa Ruiz, quien llegó con su esposa, la Señora Luz Estela Cardona."
    )
    assert "Centroamérica Hermana" not in names
    assert "Norma Cerrato Salgado" in names
    assert "Luz Estela Cardona" in names
