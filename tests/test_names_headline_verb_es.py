"""A Spanish headline that opens on its verb in the present ("Arriba X a Palacio Nacional", "Suscriben X y Y
…"): the verb is no word of the name after it."""

import briefparse


def _participants(text: str) -> list[str | None]:
    return [p.name for p in briefparse.parse(text).participants]


def test_es_arrival_verb_opening_a_headline_is_not_a_given_name():
    text = (
        "VIDEO: Arriba Quispe a Palacio Nacional para reunión con Rojas\n"
        "El presidente de Perú, Mario Quispe Vera, llegó este miércoles al Palacio Nacional, donde se reunió con su "
        "homólogo, Pablo Rojas.\n"
    )
    assert _participants(text) == ["Mario Quispe Vera", "Pablo Rojas"]


def test_es_signing_verb_opening_a_headline_is_not_a_given_name():
    text = (
        "Suscriben Quispe y Rojas acuerdo de cooperación en Lima\n"
        "El presidente de Perú, Mario Quispe Vera, y su homólogo de Chile, Pablo Rojas, firmaron este miércoles "
        "un acuerdo de cooperación en el Palacio de Gobierno.\n"
    )
    names = _participants(text)
    assert "Mario Quispe Vera" in names
    assert not any(n and n.startswith("Suscriben") for n in names)


def test_es_given_name_after_an_opening_verb_starts_the_name():
    text = (
        "Llega Mario Quispe Vera a Asunción\n"
        "El presidente de Perú, Mario Quispe Vera, llegó este miércoles a Asunción, donde fue recibido por su "
        "homólogo, Pablo Rojas.\n"
    )
    assert "Mario Quispe Vera" in _participants(text)
