"""A capitalised run right after an article or its contraction ("al Patio de Honor", "se trasladaron al Despacho
Presidencial") names a place or a thing: Spanish puts no article before a person's bare name, only before a role.

Every brief here is invented for the test.
"""

import briefparse


def test_a_run_after_a_contracted_article_is_no_person():
    text = (
        "Porta Nova, 14 de marzo de 2024.- El presidente de Valdoria, Luis Marín Soto, llegó este jueves al Palacio "
        "Central. Tras cruzar al Patio de Honor, acompañado por la canciller, Irene Castaño Bello, fue saludado por "
        "el primer ministro, Tomás Arregui Pons.\n\n"
        "Más tarde, los dos pasaron al Despacho Presidencial para conversar a solas durante una hora en una reunión "
        "privada.\n"
    )
    names = [p.name for p in briefparse.parse(text).participants]
    assert "Patio de Honor" not in names
    assert "Despacho Presidencial" not in names
    assert {"Luis Marín Soto", "Irene Castaño Bello", "Tomás Arregui Pons"} <= set(names)


def test_a_role_between_the_article_and_the_name_keeps_the_person():
    text = (
        "Porta Nova, 14 de marzo de 2024.- El canciller Paulo Serrat Vidal recibió este jueves al embajador "
        "Tomás Arregui Pons en la sede del ministerio.\n"
    )
    names = [p.name for p in briefparse.parse(text).participants]
    assert names == ["Paulo Serrat Vidal", "Tomás Arregui Pons"]


def test_a_room_no_venue_word_names_after_a_contracted_article_is_no_person():
    # "Comedor" is no venue word: only the article before the run tells that it names a room, not someone
    text = (
        "Porta Nova, 14 de marzo de 2024.- El canciller Paulo Serrat Vidal recibió este jueves al embajador Tomás "
        "Arregui Pons en la Sala Bolívar. Ambos pasaron luego al Comedor Verde para un almuerzo.\n"
    )
    names = [p.name for p in briefparse.parse(text).participants]
    assert names == ["Paulo Serrat Vidal", "Tomás Arregui Pons"]
