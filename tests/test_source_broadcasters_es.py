"""Spanish broadcasters and the press named by their kind are sources, as French "télévision", "radio", "presse" are:
"según imágenes difundidas por la televisión estatal", "informó el jueves la prensa local", "reseña nota de prensa
de la Vicepresidencia"; the press one speaks to after the speaker ("declaró Soto a la prensa al concluir su visita")
is his audience, no source and no part of one.

Every brief and every person here is invented for the test.
"""

import datetime as dt

import briefparse


def source(text: str) -> str | None:
    brief = briefparse.parse(text, reference_date=dt.date(2021, 3, 4))
    return brief.source.name if brief.source else None


def test_es_state_television_that_broadcast_the_pictures_is_the_source():
    found = source(
        "Funcionarios de Valdoria han sostenido conversaciones con representantes de Norlandia, confirmó este "
        "viernes el presidente Julio Varela en una reunión con los ministros, según imágenes difundidas por la "
        "televisión estatal."
    )
    assert found is not None and found.endswith("televisión estatal")


def test_es_the_local_press_after_its_verb_is_the_source():
    found = source(
        "El presidente de Valdoria, Julio Varela, se reunió el miércoles en La Habana con el canciller de Norlandia, "
        "Pedro Soto, informó el jueves la prensa local."
    )
    assert found == "prensa local"


def test_es_a_press_note_names_the_body_that_issued_it():
    found = source(
        "El presidente Julio Varela recibió este lunes al canciller de Norlandia, Pedro Soto, en el Palacio de "
        "Gobierno.\nEl mandatario ratificó la solidaridad de su país con Norlandia, reseña nota de prensa de la "
        "Vicepresidencia Ejecutiva de Valdoria."
    )
    assert found is not None and found.endswith("Vicepresidencia Ejecutiva de Valdoria")


def test_es_the_press_a_speaker_talks_to_is_no_source():
    found = source(
        "El canciller de Norlandia, Pedro Soto, se reunió el lunes con el presidente Julio Varela en La Habana. La "
        "reunión se desarrolló en un clima de gran cordialidad, declaró Soto a la prensa al concluir su visita."
    )
    assert found is None
