"""In a brief about messages of condolence or congratulation, a later sentence that tells of greetings sent to
someone ("Y also conveyed his condolences to the people of A", "X a adressé ses « vives félicitations » au
président Z") names one more sender, who takes part, as a message sent to someone does.

Every brief and every person here is invented for the test; the countries are real.
"""

import datetime as dt

import briefparse


def parse(text: str) -> briefparse.Brief:
    return briefparse.parse(text, reference_date=dt.date(2024, 3, 11))


def participants(text: str) -> list[str | None]:
    return [p.name for p in parse(text).participants]


def test_en_a_later_sender_of_condolences_takes_part() -> None:
    text = (
        "Minister Tova Renslo sends condolences to Chile\n\n"
        "Santiago – The foreign minister of Norway, Tova Renslo, signed a condolence book at the embassy of Chile "
        "on Monday after the floods in the south of the country.\n\n"
        "Renslo wrote that she was deeply moved by the loss of so many lives.\n\n"
        "Along with Minister Renslo, the Prime Minister Anders Volden also conveyed his condolences to the people "
        "and government of Chile.\n"
    )
    assert participants(text) == ["Tova Renslo", "Anders Volden"]


def test_fr_a_later_sender_of_congratulations_takes_part() -> None:
    text = (
        "Le président Karim Bensaid reçoit des messages de félicitations\n\n"
        "Le président de la République, Karim Bensaid, a reçu lundi des messages de félicitations de plusieurs chefs "
        "d'Etat après sa réélection.\n\n"
        "Les messages saluent le bon déroulement du scrutin.\n\n"
        "Le président du Sénégal, Amadou Faye, a également adressé ses « vives félicitations » au président "
        "Bensaid.\n"
    )
    assert "Amadou Faye" in participants(text)
