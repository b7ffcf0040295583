"""Spanish attribution to a body whose noun also qualifies roles (", informó el Gobierno"), to a directorate ("la
Dirección de Prensa de la Presidencia informó"), to a body after "Así lo" and a verb of report ("Así lo indicó la
Cancillería"), to the agency that consulted those it quotes ("testigos consultados por EFE"); and attendance told
after the event's sentence ("También formaron parte del encuentro …", "ha estado presente la ministra …"), but not
the company of an encounter still to come after a lead that took place ("…, quien estará acompañada por X").

Every brief here is invented for the test.
"""

import datetime as dt

import pytest

import briefparse


def parse(text: str) -> briefparse.Brief:
    return briefparse.parse(text, reference_date=dt.date(2024, 5, 20))


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (  # the government after the verb that closes the sentence
            "El presidente de Ecuador, Luis Rivas, recibió este jueves al ministro de Chile, Pedro Soto, con quien "
            "habló sobre los retos económicos, informó el Gobierno.",
            "Gobierno",
        ),
        (  # a directorate of the presidency as the subject of its verb
            "El ministro de Chile, Pedro Soto, se reunió con el presidente Luis Rivas.\n\nLa Dirección de Prensa de "
            "la Presidencia informó que ambos firmarán una declaración conjunta.",
            "Dirección de Prensa de la Presidencia",
        ),
        (  # the body after "Así lo" and another verb of a report
            "El canciller de Chile, Pedro Soto, se reunió este lunes en Lima con su homólogo peruano, Luis Rivas. "
            "Así lo indicó la Cancillería chilena en un comunicado.",
            "Cancillería chilena",
        ),
        (  # the agency that consulted the witnesses it quotes
            "El ministro de Economía, Pedro Soto, se reunió con la directora del Banco Andino, Ana Gil. Según "
            "testigos de la reunión consultados por EFE, el encuentro fue productivo.",
            "EFE",
        ),
    ],
)
def test_spanish_bodies_and_consulting_agencies_are_sources(text, source):
    found = parse(text).source
    assert found is not None and found.name == source


def test_a_government_that_announces_a_thing_is_no_source():
    text = (
        "El ministro de Chile, Pedro Soto, se reunió con el presidente Luis Rivas. Además, el Gobierno chino "
        "anunció veinte nuevas iniciativas."
    )
    assert parse(text).source is None


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (  # members of the encounter told two sentences after it
            "El ministro de Hacienda de Chile, Pedro Soto, se reunió ayer con el presidente del Banco Andino, Luis "
            "Rivas.\nDurante la reunión se abordaron cuestiones de financiamiento.\nTambién formaron parte del "
            "encuentro en el Ministerio, Ana Gil y Raúl Pinto.",
            {"Ana Gil", "Raúl Pinto"},
        ),
        (  # present at the ceremony, in the perfect
            "El rey Felipe VI recibió las cartas credenciales de tres embajadores. El acto, en el que también ha "
            "estado presente la ministra de Asuntos Exteriores, Ana Gil Soto, permitirá la incorporación de los "
            "embajadores.",
            {"Ana Gil Soto"},
        ),
    ],
)
def test_attendance_told_after_the_event_sentence(text, names):
    found = {p.name for p in parse(text).participants}
    assert names <= found


def test_company_of_an_encounter_to_come_takes_no_part():
    text = (
        "Pedro Soto sostuvo una reunión con el secretario general de la OEA, Luis Rivas.\n\nLa entrevista se inició a "
        "las 08:30 horas en Washington.\n\nSegún la agenda del mandatario, está previsto que a las 14:45 tenga un "
        "encuentro con Ana Gil, quien estará acompañada por el secretario adjunto, Raúl Pinto."
    )
    found = {p.name for p in parse(text).participants}
    assert {"Pedro Soto", "Luis Rivas"} <= found and not {"Ana Gil", "Raúl Pinto"} & found


def test_company_to_come_after_an_event_noun_takes_no_part():
    text = (
        "El presidente de Panamá, Luis Rivas, recibió este jueves al presidente del Banco Andino, Pedro Soto.\n"
        "Soto llegó el miércoles a Panamá y estará en Perú el lunes.\n"
        "En estas visitas, Soto estará acompañado por el vicepresidente del banco, Raúl Pinto."
    )
    found = {p.name for p in parse(text).participants}
    assert {"Luis Rivas", "Pedro Soto"} <= found and "Raúl Pinto" not in found
