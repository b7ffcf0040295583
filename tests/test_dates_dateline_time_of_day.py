"""A dispatch's dateline that gives the time it was sent after its day ("Porta Nova, 14 mars, 18h30 – "), and a
journey told by "s'est déplacé auprès de": with no page date, the day of the dateline and the lead's weekday date
the brief.

Every brief here is invented for the test.
"""

import briefparse


def test_a_time_of_day_after_the_dateline_day_keeps_it_a_dateline():
    text = (
        "Porta Nova, 14 mars, 18h30 – Le ministre valdorien des Affaires étrangères, Paul Marin, a reçu ce jeudi "
        "l'ambassadeur de Norlandie, Jean Roux.\n\nLes deux hommes ont parlé de la coopération.\n"
    )
    brief = briefparse.parse(text)
    assert brief.published == "2024-03-14"
    assert brief.date == "2024-03-14"


def test_a_time_of_day_alone_after_a_day_in_a_sentence_makes_no_dateline():
    text = (
        "Le ministre valdorien Paul Marin a reçu l'ambassadeur de Norlandie, Jean Roux. La rencontre, prévue le "
        "14 mars, 18h30 à Porta Nova, a été reportée.\n"
    )
    assert briefparse.parse(text).published is None


def test_a_journey_to_see_someone_dates_the_brief_by_its_weekday():
    text = (
        "Porta Nova, 14 mars (AVP) – Le ballet des diplomates se poursuit. L'ambassadeur de Norlandie, Jean Roux, "
        "s'est déplacé auprès du président valdorien, Paul Marin, au palais, ce jeudi.\n\n"
        "Ils ont abordé la coopération.\n"
    )
    assert briefparse.parse(text).date == "2024-03-14"
