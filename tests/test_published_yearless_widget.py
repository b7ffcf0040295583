"""A page's "today" widget that gives no year ("Hoy es 17 de noviembre") above the headline yields to the brief's own
date line below it, which gives its year and names another day: the widget shows the day the page was saved.

Every brief here is invented for the test.
"""

import datetime as dt

import briefparse


def test_a_yearless_widget_yields_to_the_dated_line_under_the_headline() -> None:
    text = (
        "Hoy es 17 de noviembre\n\n"
        "Kessler y Solberg hablaron por teléfono sobre el acuerdo comercial\n\n"
        "19/10/2017 - \n\n"
        "VALDORA (EP). La ministra de Comercio de Valdoria, Anna Kessler, y su homólogo de Norlandia, Erik Solberg, "
        "han mantenido este jueves una conversación telefónica sobre el acuerdo comercial."
    )
    assert briefparse.parse(text).published == "2017-10-19"


def test_a_yearless_date_line_alone_stays_the_publication_date() -> None:
    text = (
        "17 de noviembre\n\n"
        "Kessler y Solberg hablaron por teléfono sobre el acuerdo comercial\n\n"
        "VALDORA (EP). La ministra de Comercio de Valdoria, Anna Kessler, y su homólogo de Norlandia, Erik Solberg, "
        "han mantenido este jueves una conversación telefónica sobre el acuerdo comercial."
    )
    assert briefparse.parse(text, reference_date=dt.date(2017, 11, 17)).published == "2017-11-17"
