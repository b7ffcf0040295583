"""Who a later sentence names in a clause put to come, after a lead that tells what took place, is of that occasion
to come, not of the event reported: after a future marker that follows the sentence's own event word ("empezó una
gira por Bruselas, donde tiene previsto participar en el Consejo, junto a la jefa de la diplomacia europea, X"), or
as the subject of a future verb after that event word ("Este encuentro se da en el contexto de …, circunstancia
para la cual el presidente X y los ministros de Defensa llegarán hasta …"). Whom the sentence opens on, before any
event word, still takes part, and so does whoever the reported event names, and whoever a verb in a past tense
names after a clause put to come ("En la reunión, que se prolongará hasta la tarde, participó Z").

Every brief and every person here is invented for the test; the countries are real.
"""

import briefparse


def names(text: str) -> set[str | None]:
    return {p.name for p in briefparse.parse(text).participants}


def test_es_companion_after_a_planned_participation_is_mentioned():
    brief = briefparse.parse(
        "El canciller de Valdoria, Tomás Ugarte, fue recibido por su homólogo belga, Pieter Claes, con quien sostuvo "
        "una reunión sobre la agenda bilateral.\n\n"
        "El canciller valdorense empezó una gira europea por Bruselas, donde tiene previsto participar en el Primer "
        "Consejo Conjunto, junto a la jefa de la diplomacia del bloque regional, Marta Ferri."
    )
    found = {p.name for p in brief.participants}
    assert {"Tomás Ugarte", "Pieter Claes"} <= found
    assert "Marta Ferri" not in found
    assert "Marta Ferri" in {p.name for p in brief.people_mentioned}


def test_es_subject_of_a_future_verb_after_the_event_word_is_mentioned():
    found = names(
        "El canciller Heraldo Ugarte se reunió con su par argentina, Susana Ferri, en el salón de protocolo del "
        "aeropuerto.\n\n"
        "Este encuentro se da en el contexto de la conmemoración de la batalla, circunstancia para la cual el "
        "presidente Mauricio Claes, los cancilleres de ambos países y los ministros de Defensa llegarán hasta el "
        "kilómetro 46 para formar parte de una ceremonia."
    )
    assert {"Heraldo Ugarte", "Susana Ferri"} <= found
    assert "Mauricio Claes" not in found


def test_es_subject_named_before_the_event_word_still_takes_part():
    found = names(
        "Cuatro días después de la llamada entre los presidentes, los gobiernos preparan el diálogo.\n\n"
        "En este contexto, el canciller de Valdoria, Tomás Ugarte, viajará el domingo a Lima para una visita de "
        "trabajo. Este jueves, el canciller valdorense sostuvo una conversación telefónica con su homólogo peruano, "
        "Pedro Claes."
    )
    assert {"Tomás Ugarte", "Pedro Claes"} <= found


def test_es_who_a_past_verb_names_after_a_relative_clause_to_come_takes_part():
    found = names(
        "El canciller de Valdoria, Tomás Ugarte, se reunió este lunes con su homólogo de Chile, Pedro Claes.\n\n"
        "En la reunión, que se prolongará hasta la tarde, participó también la viceministra Eva Mora."
    )
    assert {"Tomás Ugarte", "Pedro Claes", "Eva Mora"} <= found
