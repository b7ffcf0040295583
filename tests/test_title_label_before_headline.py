"""A label closed by a stop on the headline's own line ("Visita protocolar. Intendente recibió …."): the page
printed its rubric before the headline, and the two sentences together are the headline, not the body.

Every brief here is invented for the test.
"""

import briefparse


def test_a_label_and_a_headline_closed_by_stops_are_the_headline():
    text = (
        "Noticias\n"
        "14/05/2012\n\n"
        "Visita protocolar. Marín recibió al embajador de Norlandia.\n\n"
        "El intendente Paul Marín recibió hoy por la mañana la visita protocolar del embajador de Norlandia en "
        "Valdoria, Erik Solberg, que ejerce sus funciones desde enero.\n\n"
        "El encuentro se llevó a cabo en el despacho del intendente."
    )
    brief = briefparse.parse(text)
    assert brief.title == "Visita protocolar. Marín recibió al embajador de Norlandia."
    assert brief.published == "2012-05-14"


def test_two_sentences_of_the_body_are_no_headline():
    text = (
        "El intendente llegó temprano. Marín recibió al embajador de Norlandia en su despacho y conversaron "
        "sobre la cooperación entre ambas ciudades durante más de una hora.\n\n"
        "El encuentro se llevó a cabo en el despacho del intendente."
    )
    assert briefparse.parse(text).title is None


def test_a_line_opening_on_a_stop_has_no_label_and_parses():
    assert briefparse.parse(" . Paul Marin said") is not None
