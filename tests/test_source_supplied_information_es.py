"""Spanish source: whoever supplied something is the brief's source when what was supplied is information ("la
información fue suministrada por …"), not when it is equipment or aid ("el equipo proporcionado por …").

Every brief and every body here is invented for the test.
"""

import datetime as dt

import briefparse


def source_name(text: str) -> str | None:
    brief = briefparse.parse(text, reference_date=dt.date(2024, 6, 12))
    return brief.source.name if brief.source else None


def test_the_supplier_of_equipment_is_no_source():
    text = (
        "Ministro visita a las tropas\n\n"
        "El ministro de Defensa de Valdoria, Paul Marin, visitó este lunes a las tropas desplegadas en Norlandia. "
        "También verificó las condiciones de las instalaciones y el equipo que les ha sido proporcionado por la "
        "Norlandesa Logística.\n"
    )
    assert source_name(text) is None


def test_the_supplier_of_the_information_is_the_source():
    text = (
        "Ministro visita a las tropas\n\n"
        "El ministro de Defensa de Valdoria, Paul Marin, visitó este lunes a las tropas desplegadas en Norlandia. "
        "La información fue suministrada por la Dirección de Prensa Valdoresa.\n"
    )
    assert source_name(text) == "Dirección de Prensa Valdoresa"
