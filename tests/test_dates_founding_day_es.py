"""A body's founding day ("La entidad fue creada el 17 de octubre de 1975", "agencia fundada el …") is an earlier
occasion: it neither dates the brief's event nor anchors its "hoy".

Every brief here is invented for the test.
"""

import briefparse


def test_a_founding_day_does_not_date_a_meeting_told_today():
    text = (
        "Dialogó presidente de Valdoria con secretario permanente del CAO\n\nPrensa Latina\n"
        "El presidente de Valdoria, Luis Marín Soto, sostuvo un encuentro con el secretario permanente del Consejo "
        "Andino Oriental (CAO), Tomás Arregui Pons, según publicó hoy el propio presidente en sus redes sociales.\n\n"
        "Conversamos sobre comercio y transporte con el embajador Tomás Arregui Pons, añadió Marín Soto.\n\n"
        "El CAO es un organismo regional intergubernamental, con sede en Porta Nova. La entidad fue creada el 12 de "
        "marzo de 1981, mediante un convenio.\n"
    )
    assert briefparse.parse(text).date is None


def test_a_full_day_of_the_event_still_dates_it():
    text = (
        "Porta Nova, 14 de marzo de 2024.- El presidente de Valdoria, Luis Marín Soto, sostuvo hoy un encuentro con "
        "el secretario general del Consejo Andino, Tomás Arregui Pons.\n\n"
        "La entidad fue creada el 12 de marzo de 1981, mediante un convenio.\n"
    )
    assert briefparse.parse(text).date == "2024-03-14"
