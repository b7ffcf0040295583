"""In a brief on a visit, an opening sentence of another kind (the guest's welcome at the airport) that names only
the host and leaves the guest to a title yields the lead to the next sentence that reports the visit naming the guest;
a welcome that names both sides keeps it, and so does one followed by a roll of arriving guests.

Every brief here is invented for the test.
"""

import briefparse


def _lead(text: str) -> str:
    return briefparse.parse(text).summary_points[0]


def test_ru_the_host_welcoming_a_titled_guest_yields_to_the_named_arrival():
    text = (
        "Иван Ферин прибыл в Валдорию с государственным визитом\n\n"
        "Норландского лидера лично встретил у трапа президент Павел Маров.\n\n"
        "Президент Норландии Иван Ферин во вторник, 12 марта, прибыл в Валдорию с официальным визитом.\n\n"
        "Церемония встречи в аэропорту была торжественной."
    )
    assert _lead(text).startswith("Президент Норландии Иван Ферин во вторник")


def test_es_a_welcome_naming_both_sides_keeps_the_lead():
    text = (
        "Marín llega a Valdoria\n\n"
        "El presidente de Valdoria, Tomás Ferreyra, dio la bienvenida a su homólogo de Norlandia, Julián Marín, en el "
        "aeropuerto de la capital.\n\n"
        "El mandatario norlandés arribó a suelo valdoriano acompañado de su esposa, Elena Ruiz.\n\n"
        "Ambos recorrerán luego las obras del puerto."
    )
    assert _lead(text).startswith("El presidente de Valdoria, Tomás Ferreyra, dio la bienvenida")
