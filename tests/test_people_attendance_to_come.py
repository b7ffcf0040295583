"""Who a sentence says will be at an occasion to come ("La ceremonia contará con la presencia de X"), after a lead
that tells what took place, is only mentioned; who an event to come will have beside it, when the lead itself
tells of one to come, still takes part; who came to an event that took place ("han acudido a recibirlo X, Y")
takes part.

Every brief and every person here is invented for the test; the countries are real or invented.
"""

import briefparse


def names(text: str) -> set[str | None]:
    return {p.name for p in briefparse.parse(text).participants}


def test_es_guests_of_a_ceremony_to_come_after_an_arrival_are_mentioned():
    found = names(
        "Tegucigalpa – La presidenta de Valdoria, Ana Ruiz, aterrizó este viernes en Norland para participar en la "
        "ceremonia de toma de posesión del presidente reelecto Luis Soto.\n\n"
        "Ruiz fue recibida por la canciller norlandesa Eva Mora en el aeropuerto internacional.\n\n"
        "La ceremonia contará con la presencia de varios líderes internacionales, incluidos el presidente de "
        "Ecuador, Pedro Gil, y el mandatario de Paraguay, Santiago Peña, entre otros."
    )
    assert {"Ana Ruiz", "Eva Mora"} <= found
    assert not {"Pedro Gil", "Santiago Peña"} & found


def test_es_who_will_accompany_a_visit_to_come_takes_part():
    found = names(
        "El presidente de Valdoria, Paul Marin, visitará la próxima semana Norland para reunirse con su homólogo, "
        "Luis Soto. Al mandatario lo acompañarán el canciller Pedro Gil y la ministra de Comercio, Eva Mora."
    )
    assert {"Paul Marin", "Luis Soto", "Eva Mora"} <= found


def test_es_who_came_to_receive_the_visitor_takes_part():
    found = names(
        "Madrid, 4 mar. El presidente de Valdoria, Paul Marin, fue recibido este domingo con honores militares en el "
        "Palacio Real por el rey Felipe VI. Por parte española, junto al Rey han acudido a recibir a Marin el "
        "ministro de Asuntos Exteriores, Luis Soto, la delegada del Gobierno en Madrid, Eva Mora, y la alcaldesa de "
        "la capital, Rosa Gil."
    )
    assert {"Paul Marin", "Luis Soto", "Eva Mora", "Rosa Gil"} <= found
