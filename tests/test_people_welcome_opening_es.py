"""Participants named in a brief's opening sentence that tells of an official welcome ("encabeza la ceremonia de
bienvenida al mandatario de …", "dieron la bienvenida al presidente …"), when the talks that followed are told later:
the host and the guest of the welcome take part.

Every brief and every person here is invented for the test; the countries are real.
"""

import datetime as dt

import briefparse


def participants(text: str) -> set[str | None]:
    return {p.name for p in briefparse.parse(text, reference_date=dt.date(2023, 5, 10)).participants}


def test_es_host_of_a_welcome_ceremony_in_the_opening_takes_part():
    text = (
        "Valdoria recibe en el Palacio de Gobierno al presidente de Norland\n\n"
        "El presidente Paulo Andrade Ruiz encabeza la ceremonia de bienvenida a Valdoria al mandatario de Norland, "
        "Tomás Ekberg, en el Palacio de Gobierno.\n\n"
        "Aunque estaba prevista a las 9:00, el mandatario norlandés arribó a las 9:20, por lo que el acto empezó "
        "tarde.\n\n"
        "Además, se prevé que ambos mandatarios sostengan un almuerzo y una reunión de trabajo.\n"
    )
    assert {"Paulo Andrade Ruiz", "Tomás Ekberg"} <= participants(text)


def test_es_guest_welcomed_in_the_opening_takes_part():
    text = (
        "Honores para Ekberg en Valdoria\n\n"
        "Aplausos y banderas dieron la bienvenida al presidente de Norland, Tomás Ekberg Lund, a su llegada al "
        "Palacio de Gobierno este jueves.\n\n"
        "Acompañado por el mandatario valdoriano, Paulo Andrade, recorrió el patio principal.\n\n"
        "Posteriormente, ambos mandatarios sostuvieron una reunión privada en el despacho presidencial.\n"
    )
    assert "Tomás Ekberg Lund" in participants(text)
