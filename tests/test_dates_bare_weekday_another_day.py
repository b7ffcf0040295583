"""A brief with no day of publication that tells its event on a bare weekday ("a reçu, dimanche, …") and writes
a full date of another occasion further down ("en poste depuis le 13 octobre 2017", "the meeting held on January
12, 2025") cannot place that weekday: the full date falls on another day of the week, so it is not the event's
week, and the event's date is unknown. A full date on the weekday itself, or on the day after (a post, a caption,
a signature of the same occasion), still dates it; so does a day the text writes with its own weekday ("este
viernes 22 de marzo"), the way a brief names the days of its own week.

Every brief here is invented for the test.
"""

import briefparse

_BACKGROUND_FR = (
    "Le président Dulac reçoit l'ambassadeur de Norlandie\n\n"
    "Le président de la République, Marin Dulac, a reçu mardi au palais de Varenne l'ambassadeur de Norlandie, "
    "Erik Lund, venu lui faire ses adieux.\n\n"
    "Le diplomate a salué les relations cordiales entre les deux pays.\n\n"
    "L'ambassadeur était en poste à Lirnau avant de prendre ses fonctions à Varenne, le 13 octobre 2017.\n"
)

_BACKGROUND_EN = (
    "Minister Ferrand receives call from Norlandian counterpart\n\n"
    "Foreign Minister Paul Ferrand received a phone call on Tuesday from his Norlandian counterpart, Erik Lund, "
    "the ministry said in a statement.\n\n"
    "The two ministers discussed the conclusions of the Lirnau meeting on energy, held on January 12, 2025, and "
    "the preparations for the coming regional summit.\n"
)

_LIST_EN = (
    "Valdoria, Norlandia and Ostria agree to deepen ties\n\n"
    "NORBURG: The fifth trilateral meeting of foreign ministers was held in Norburg with the participation of "
    "Erik Lund and Anna Brandt, the Valdorian foreign ministry told media on Wednesday.\n"
    "The parties confirmed the statements adopted at the trilateral meetings on May 26, 2014, in Lirnau, and on "
    "January 29, 2015, in Ostburg.\n"
)

_SAME_DAY_EN = (
    "Ferrand and Lund discuss trade\n\n"
    "Foreign Minister Paul Ferrand met his Norlandian counterpart Erik Lund on Friday in Norburg.\n\n"
    '"A fruitful meeting with my friend Erik Lund on trade and energy."\n'
    "— Paul Ferrand (@PaulFerrand) June 26, 2015\n"
)

_DAY_AFTER_ES = (
    "Ferrand y Lund conversan sobre comercio\n\n"
    "El canciller Paul Ferrand se reunió el miércoles con su homólogo de Norlandia, Erik Lund, en Norburgo.\n\n"
    '"Buena reunión con Erik Lund sobre comercio y energía".\n'
    "— Paul Ferrand (@PaulFerrand) 18 de enero de 2018\n"
)

_OWN_WEEK_ES = (
    "El presidente Dulac se reúne con alcaldes\n\n"
    "El presidente Marin Dulac se reunió este lunes con los alcaldes electos de la provincia de Norburgo, en la "
    "Casa Presidencial.\n\n"
    "Para este viernes 22 de marzo de 2024 está prevista la reunión con los alcaldes de Lirnau.\n"
)


def test_weekday_beside_a_background_date_gives_no_date_fr():
    brief = briefparse.parse(_BACKGROUND_FR)
    assert brief.date is None
    assert brief.published is None


def test_weekday_beside_another_meetings_day_gives_no_date_en():
    assert briefparse.parse(_BACKGROUND_EN).date is None


def test_weekday_beside_a_dated_list_keeps_the_leads_place():
    brief = briefparse.parse(_LIST_EN)
    assert brief.date is None
    assert brief.location is not None and "Norburg" in brief.location


def test_weekday_on_the_signatures_day_is_dated():
    assert briefparse.parse(_SAME_DAY_EN).date == "2015-06-26"


def test_weekday_the_day_before_a_signature_is_dated():
    assert briefparse.parse(_DAY_AFTER_ES).date == "2018-01-17"


def test_weekday_in_the_week_of_a_day_written_with_its_weekday_is_dated():
    assert briefparse.parse(_OWN_WEEK_ES).date == "2024-03-18"


_SAME_SENTENCE_FR = (
    "Le président Lund en visite d'État à Norville\n\n"
    "Le président de Valdoria, Erik Lund, est arrivé lundi à Norville pour une visite d'État de trois jours, "
    "jusqu'au 25 juillet 2018.\n"
)


def test_weekday_in_the_sentence_of_its_occasions_date_is_dated():
    assert briefparse.parse(_SAME_SENTENCE_FR).date == "2018-07-23"
