"""A body a government spoke through, in a sentence that tells a statement's act rather than a verb of saying ("El
Gobierno de X, a través de la Secretaría de Relaciones Exteriores, condenó …", "lamentó …"; "The Government of X,
through the Ministry of Foreign Affairs, condemned …"): the body is the source, as when it "informó" or "emitió un
comunicado". A body one acted through in a sentence that tells no statement stays no source.

Every brief and every person here is invented for the test; the countries are invented.
"""

import datetime as dt

import briefparse


def source(text: str) -> str | None:
    brief = briefparse.parse(text, reference_date=dt.date(2021, 6, 4))
    return brief.source.name if brief.source else None


def test_es_a_body_a_government_condemned_through_is_the_source():
    found = source(
        "El gobierno de Valdoria, por medio de la Secretaría de Relaciones Exteriores, condenó ayer el atentado "
        "perpetrado en la ciudad de Puerto Norte, Norlandia, que dejó varios heridos.\n"
        "“Valdoria transmite su solidaridad al pueblo y gobierno de Norlandia”, añade el texto."
    )
    assert found == "Secretaría de Relaciones Exteriores"


def test_es_a_body_a_government_deplored_through_is_the_source():
    found = source(
        "El gobierno de Valdoria, a través de la Secretaría de Relaciones Exteriores, lamentó este sábado la "
        "decisión del gobierno de Norlandia de reducir el nivel de las relaciones diplomáticas entre ambos países."
    )
    assert found == "Secretaría de Relaciones Exteriores"


def test_en_a_body_a_government_condemned_through_is_the_source():
    found = source(
        "The Government of Valdoria, through the Ministry of Foreign Affairs, condemned on Friday the bombing in "
        "the port city of Northaven, which left several people wounded."
    )
    assert found == "Ministry of Foreign Affairs"


def test_es_a_body_one_acted_through_without_a_statement_is_no_source():
    assert source(
        "El gobierno de Valdoria, por medio del Ministerio de Relaciones Exteriores, entregó ayer una donación de "
        "medicamentos al hospital de Puerto Norte, Norlandia."
    ) is None
