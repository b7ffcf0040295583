"""A fuller report under a short standfirst leads even when it sets off a nickname or the parties' own words in
quotation marks outside its event phrase; a report whose event is itself quoted does not (the released text).

Every brief here is invented for the test.
"""

import briefparse


def _lead(text: str) -> str:
    return briefparse.parse(text).summary_points[0]


def test_a_fuller_report_holding_a_nickname_leads_es() -> None:
    text = (
        "Vogt recibió a Marin\n\n"
        "El presidente Karl Vogt y el exmandatario norlandés dialogaron sobre la integración regional.\n\n"
        "El presidente Karl Vogt recibió este martes en la Residencia de Lanark al exmandatario norlandés Paul "
        "«Pablito» Marin, con quien dialogó sobre la integración regional y los desafíos del comercio.\n\n"
        "El encuentro duró dos horas."
    )
    assert _lead(text).startswith("El presidente Karl Vogt recibió este martes")


def test_a_fuller_report_quoting_the_parties_words_leads_fr() -> None:
    text = (
        "Vogt et Marin au téléphone\n\n"
        "Les deux dirigeants se sont entretenus au téléphone mercredi, au lendemain de la victoire du candidat "
        "conservateur.\n\n"
        "Les deux dirigeants, qui se sont entretenus au téléphone mercredi, ont exprimé leur « volonté d’œuvrer "
        "ensemble » au lendemain de la victoire du candidat conservateur aux élections de Norlande.\n\n"
        "Ils ont convenu de se revoir."
    )
    assert _lead(text).startswith("Les deux dirigeants, qui se sont entretenus")


def test_a_report_quoted_from_the_release_does_not_lead_es() -> None:
    text = (
        "Vogt recibió a Marin\n\n"
        "El presidente Karl Vogt recibió a su par norlandés Paul Marin en Lanark.\n\n"
        "La Cancillería informó que «el presidente Karl Vogt recibió hoy a su par norlandés Paul Marin en Lanark "
        "para dialogar sobre la agenda bilateral»."
    )
    assert _lead(text).startswith("El presidente Karl Vogt recibió a su par")
