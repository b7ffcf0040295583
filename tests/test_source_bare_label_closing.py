"""A source line's label closing a brief alone, its link lost in the copy ("Fuente", "Quelle"), names no one: it
is no body signing the readout, though the label is also a source noun. A body signing on the last line still is.

Every brief here is invented for the test.
"""

import datetime as dt

import briefparse

BODY = (
    "Cumbre en Nordstadt\nEl canciller de Valdoria, Paul Marin, se reunió este lunes con su homólogo de Norland, "
    "Jan Olsen, en Nordstadt.\n\nAmbos repasaron la agenda de la próxima cumbre regional.\n\n"
)


def test_a_label_alone_on_the_last_line_is_no_source() -> None:
    assert briefparse.parse(BODY + "Fuente\n", reference_date=dt.date(2024, 5, 20)).source is None


def test_a_body_signing_on_the_last_line_still_is() -> None:
    source = briefparse.parse(
        BODY + "Dirección de Prensa de la Cancillería\n", reference_date=dt.date(2024, 5, 20)
    ).source
    assert source is not None and source.name.endswith("Cancillería")
