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


def test_an_agency_quoting_a_spokeswoman_is_the_source():
    text = (
        "Официальный представитель МИД Варнии Ольга Дронова подтвердила подготовку встречи министров. "
        "«Такая встреча прорабатывается», – приводит слова Дроновой ТАСС.\n"
    )
    source = briefparse.parse(text).source
    assert source is not None
    assert source.name == "ТАСС"


def test_a_quoting_verb_before_a_word_in_quotes_names_no_outlet():
    text = (
        "Bundespräsident Karl Moser empfing am Donnerstag in Graz seinen Amtskollegen Jan Novak. Das oft zitierte "
        '"Kaiserwetter" machte eine Pause.\n'
    )
    assert briefparse.parse(text).source is None
