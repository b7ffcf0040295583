"""Spanish briefs where a verb of saying credits a speaker who met someone, told by an encounter's infinitive
after his name ("…, anunció el presidente X tras reunirse con su homólogo Y", "al entrevistarse con"): the
speaker takes part; a name the cue governs with no such infinitive after it is only mentioned.

Every brief and every person here is invented for the test; the countries are real.
"""

import datetime as dt

import pytest

import briefparse

READ_ON = dt.date(2024, 3, 14)  # the day the invented briefs are read


@pytest.mark.parametrize(
    "clause",
    [
        "anunció el presidente Tomás Orellana Vidal tras reunirse con su homólogo ecuatoriano, Andrés Quiroga Lema.",
        "anunció el presidente Tomás Orellana Vidal, este martes, al entrevistarse con su homólogo ecuatoriano, "
        "Andrés Quiroga Lema.",
        "anunció la presidenta Teresa Orellana Vidal después de haberse reunido con su homólogo ecuatoriano, "
        "Andrés Quiroga Lema.",
    ],
)
def test_es_the_speaker_who_met_takes_part(clause: str) -> None:
    brief = briefparse.parse(
        "Bogotá, 12 mar (EFE).- Colombia y Ecuador reabrirán el paso fronterizo de Rumichaca la próxima semana, "
        + clause
        + "\n\nAmbos mandatarios abordaron también la situación de la región andina.",
        reference_date=READ_ON,
    )
    names = {p.name for p in brief.participants}
    assert "Andrés Quiroga Lema" in names
    assert any(name.endswith("Orellana Vidal") for name in names)


def test_es_the_speaker_named_without_an_encounter_is_only_mentioned() -> None:
    brief = briefparse.parse(
        "Bogotá, 12 mar (EFE).- El canciller de Colombia, Luis Peña Rojas, recibió este martes a su homóloga "
        "ecuatoriana, Marta Salas Vega. Ambos países reabrirán el paso fronterizo la próxima semana, anunció el "
        "presidente Tomás Orellana Vidal en un mensaje a la nación.",
        reference_date=READ_ON,
    )
    names = {p.name for p in brief.participants}
    assert {"Luis Peña Rojas", "Marta Salas Vega"} <= names
    assert "Tomás Orellana Vidal" not in names

