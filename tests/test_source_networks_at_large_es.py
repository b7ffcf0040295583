"""The networks at large named in lower case are no channel's name: the one who posted is the source (briefs
written for these tests)."""

from __future__ import annotations

import briefparse


def test_the_poster_named_after_the_verb_is_the_source():
    text = (
        "Este miércoles, el ministro de Cultura de Perú, Luis Varga Soto, recibió al nuevo embajador de Chile, Pedro "
        "Lenz Oliva, en la Casa de la Literatura.\n"
        "«El diplomático augura buenos tiempos para nuestras relaciones», indicó Varga a través de sus redes "
        "sociales.\n"
    )
    source = briefparse.parse(text).source
    assert source is not None and source.name == "Varga"


def test_a_network_named_in_capitals_stays_the_source():
    text = (
        "El ministro de Cultura de Perú, Luis Varga Soto, recibió este miércoles al nuevo embajador de Chile, Pedro "
        "Lenz Oliva, en la Casa de la Literatura.\n"
        "«El diplomático augura buenos tiempos para nuestras relaciones», escribió Varga en Twitter.\n"
    )
    source = briefparse.parse(text).source
    assert source is not None and source.name == "Twitter"
