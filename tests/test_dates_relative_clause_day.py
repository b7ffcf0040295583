"""A day told in a relative clause about a person, set off by commas ("Le Premier ministre X, qui est arrivé samedi
soir à Porta Nova, a été reçu dimanche par …"), tells what came before the day of the main clause: the sentence
reports the main clause's day. Alone in its sentence, such a day still dates the event.

Every brief here is invented for the test.
"""

import briefparse


def test_the_main_clause_day_wins_over_the_day_of_a_relative_clause_fr() -> None:
    text = (
        "Mise à jour 26.10.2009 08h04\nVisite de trois jours du Premier ministre valdorien en Lorénie\n\n"
        "Le Premier ministre valdorien Paul Marin, qui est arrivé samedi soir à Porta Nova, a été reçu "
        "cordialement dimanche par son homologue lorénien Jean Obame au Palais du Premier ministre.\n\n"
        "Un tapis rouge a été déroulé et les hymnes nationaux des deux pays ont été joués."
    )
    assert briefparse.parse(text).date == "2009-10-25"


def test_the_main_clause_day_wins_over_the_day_of_a_relative_clause_en() -> None:
    text = (
        "Valdorian Prime Minister Paul Marin, who arrived in Porta Nova on Saturday evening, was received on Sunday "
        "by his Lorenian counterpart Jean Obame at the Prime Minister's House.\n\nThe two leaders discussed trade."
    )
    assert briefparse.parse(text, reference_date="2009-10-26").date == "2009-10-25"


def test_a_relative_clause_day_alone_in_its_sentence_still_dates_the_event() -> None:
    text = (
        "Le Premier ministre valdorien Paul Marin, qui est arrivé samedi soir à Porta Nova, a été reçu "
        "cordialement par son homologue lorénien Jean Obame.\n\nLes deux hommes ont parlé de commerce."
    )
    assert briefparse.parse(text, reference_date="2009-10-26").date == "2009-10-24"
