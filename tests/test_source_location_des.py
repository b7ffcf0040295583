"""Sources and places in German, Spanish and Russian briefs, as the wild sample showed them.

The briefs are written for these tests; names and places are made up.
"""

import briefparse


def test_spanish_sources_in_the_perfect_end_before_their_verb():
    text = (
        "El ministro de Exteriores, Tomás Arriaga, recibirá el lunes en el Palacio de Valdemora a su homólogo "
        "andorrano, Julián Ferrer.\n\nFuentes de la Presidencia han confirmado el encuentro, que tendrá lugar a las "
        "diez.\n"
    )
    source = briefparse.parse(text).source
    assert source is not None
    assert "Presidencia" in source.name
    assert "confirmado" not in source.name


def test_spanish_source_after_segun_lo_and_a_verb():
    text = (
        "El canciller de Varnia, Pedro Ilzarbe, y su homólogo de Moldania, Iván Sorokin, han mantenido una "
        "conversación telefónica este sábado, según lo anunció la Cancillería varnia.\n"
    )
    source = briefparse.parse(text).source
    assert source is not None
    assert source.name == "Cancillería varnia"
