"""Officials at a ceremony told by the noun of presence or participation after "con" or a verb that includes it ("se
llevó a cabo con la presencia de X", "la reunión incluyó la participación de Y") took part, even when a later
paragraph tells a further meeting; the noun as a sentence's subject ("La presencia de … significó …") names no one
who took part.

Every brief here is invented for the test.
"""

import pytest

import briefparse

LATER = (
    "\n\nEl puerto costó 40 millones de dólares.\n\nMás tarde, la ministra se reunió con el gobernador de la "
    "provincia, Pedro Lamas Ruiz, en la sede del gobierno regional."
)


@pytest.mark.parametrize(
    "opening",
    [
        "La inauguración del puerto de Valville se llevó a cabo este martes con la presencia de la ministra de "
        "Transporte, Ana Marín Soto, y del alcalde de Valville, Juan Roux Vidal.",
        "La inauguración del puerto de Valville se realizó este martes con la notable presencia de la ministra de "
        "Transporte, Ana Marín Soto, y del alcalde de Valville, Juan Roux Vidal.",
    ],
)
def test_presence_after_con_takes_part(opening: str) -> None:
    found = {p.name for p in briefparse.parse("Valville, 12 de marzo de 2025. " + opening + LATER).participants}
    assert {"Ana Marín Soto", "Juan Roux Vidal"} <= found


def test_presence_as_a_subject_names_no_participant() -> None:
    brief = (
        "Valville, 12 de marzo de 2025. La ministra de Transporte de Valdoria, Ana Marín Soto, se reunió este martes "
        "con los alcaldes de la provincia.\n\nLa presencia de los alcaldes significó el respaldo a la gestión del "
        "presidente Juan Roux Vidal."
    )
    parsed = briefparse.parse(brief)
    assert "Juan Roux Vidal" not in {p.name for p in parsed.participants}
