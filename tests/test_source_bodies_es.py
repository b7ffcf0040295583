"""Spanish bodies as sources: a ministry named "Secretaría" ("informó la Secretaría de Relaciones Exteriores") is
one, though folded without its accent it reads as the office of a woman who heads one ("la secretaria de Salud", who
speaks); and a body a government spoke through ("A través de la Cancillería, el Gobierno comunicó …", "El Gobierno, a
través del Ministerio de Relaciones Exteriores, emitió un comunicado …") is one; not a decree or an account one acted
or wrote through, nor a body one acted through in a sentence that tells no statement.

Every brief and every person here is invented for the test; the countries are invented.
"""

import datetime as dt

import briefparse


def source(text: str) -> str | None:
    brief = briefparse.parse(text, reference_date=dt.date(2020, 10, 4))
    return brief.source.name if brief.source else None


def test_es_a_secretaria_with_its_accent_is_a_body_that_informs():
    found = source(
        "Ciudad Norte. Cerrarán todas las misiones diplomáticas de Valdoria en el exterior hasta nuevo aviso, "
        "informó la Secretaría de Relaciones Exteriores de Valdoria."
    )
    assert found == "Secretaría de Relaciones Exteriores de Valdoria"


def test_es_a_secretaria_without_its_accent_is_a_woman_who_speaks():
    found = source(
        "Ciudad Norte. Cerrarán todas las misiones diplomáticas de Valdoria en el exterior hasta nuevo aviso, "
        "informó la secretaria de Relaciones Exteriores de Valdoria."
    )
    assert found is None


def test_es_a_fronted_channel_names_the_body_that_spoke():
    found = source(
        "Ciudad Norte. El Gobierno de Valdoria se pronunció sobre las declaraciones del viceministro de Norlandia. "
        "A través de la Secretaría de Relaciones Exteriores y Cooperación, el Gobierno comunicó que lamenta "
        "profundamente las declaraciones."
    )
    assert found == "Secretaría de Relaciones Exteriores y Cooperación"


def test_es_a_channel_set_off_by_commas_names_the_body_that_issued_the_statement():
    found = source(
        "Ciudad Norte. El Gobierno de Valdoria, a través del Ministerio de Relaciones Exteriores, emitió un "
        "comunicado en el que lamenta las declaraciones del viceministro de Norlandia."
    )
    assert found == "Ministerio de Relaciones Exteriores"


def test_es_a_decree_or_an_act_through_a_ministry_names_no_source():
    assert source(
        "Ciudad Norte. Mediante el Ministerio de Relaciones Exteriores, el Gobierno de Valdoria oficializó a los "
        "embajadores en Norlandia. A través del Decreto 52/21, se trasladó al embajador Paul Marin."
    ) is None
