"""A date that an update label follows on a short line is the page's stamp, and the update its later edit
("Jueves 12.05.2022 - Última actualización - 18:40", "14.09.2018 | Stand 02.03.2023, 10:15 Uhr"): the first date is
the publication, even weeks after the day the lead dates in full, which stays the event's. A sentence in which the
same word follows a date is no stamp.

Every brief here is invented for the test.
"""

import briefparse

_ES = (
    "Canciller de Valdoria conversó con su par de Norlandia\n\n"
    "Jueves 12.05.2022 - Última actualización - 18:40\n\n"
    "La canciller de Valdoria, Marta Ibarreche, sostuvo una conversación telefónica con su par de Norlandia, "
    "Tomás Lindgren, según informó la cancillería en un comunicado.\n\n"
    "Ambos repasaron la agenda bilateral y acordaron reunirse en las próximas semanas.\n"
)

_DE = (
    "Delegation aus Lirnau traf die Ministerin in Norburg\n\n"
    "14.09.2018 | Stand 02.03.2023, 10:15 Uhr\n\n"
    "Bei ihrem Antrittsbesuch wurde Ministerin Anna Lindqvist am Dienstag, 3. Juli, in Norburg von "
    "Bürgermeister Paul Ostertag empfangen.\n\n"
    "Die Delegation unter Leitung von Regierungspräsident Karl Bramsch konnte sich kurz mit der Ministerin "
    "austauschen.\n"
)

_SENTENCE = (
    "Ministerin Lindqvist empfängt Bürgermeister Ostertag\n\n"
    "Ministerin Anna Lindqvist hat am Dienstag in Norburg Bürgermeister Paul Ostertag empfangen. Bei dem Treffen "
    "am 3. Juli 2018 stand die Verkehrspolitik im Mittelpunkt, teilte das Ministerium mit.\n"
)


def test_a_stamp_with_its_update_after_it_is_the_publication_date() -> None:
    brief = briefparse.parse(_ES)
    assert brief.published == "2022-05-12"
    assert brief.date == "2022-05-12"


def test_a_stamp_with_its_update_weeks_after_the_lead_s_day_still_dates_the_page() -> None:
    brief = briefparse.parse(_DE)
    assert brief.published == "2018-09-14"
    assert brief.date == "2018-07-03"


def test_a_verb_after_a_date_in_a_sentence_is_no_update_label() -> None:
    assert briefparse.parse(_SENTENCE).published is None
