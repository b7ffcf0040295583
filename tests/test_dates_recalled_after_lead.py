"""A day a later sentence tells after a cue of an earlier occasion ("Pour rappel, …", "Напомним, накануне …",
"Zuletzt hatten sich … am 12. März getroffen") is the day the text recalls: when the event's own sentences give no
day, the brief dates its event by its publication, not by the recalled day.

Every brief here is invented for the test.
"""

import briefparse

_FR = (
    "Le ministre Marceau reçoit l'ambassadeur de Norlandie\n\n"
    "Publié le 14 mars 2023\n\n"
    "Le ministre des Affaires étrangères de Valdoria, Paul Marceau, a reçu l'ambassadeur de Norlandie, Erik Lund, "
    "pour un entretien sur la coopération bilatérale.\n\n"
    "Les deux hommes ont évoqué les projets communs dans l'énergie et les transports.\n\n"
    "Pour rappel, le 2 mars, le ministre a rencontré l'ambassadeur lors d'une réception.\n"
)

_DE = (
    "Botschafter Lund bei Staatssekretärin Brandt\n\n"
    "Norburg, 14. März 2023\n\n"
    "Staatssekretärin Anna Brandt hat den Botschafter Norlandiens, Erik Lund, zu einem Gespräch empfangen. "
    "Im Mittelpunkt standen die Energiepartnerschaft und der Handel.\n\n"
    "Zuletzt hatten sich beide am 2. März in Lirnau getroffen.\n"
)

_RU = (
    "Посол Норландии встретился с заместителем министра\n\n"
    "Москва, 18 августа 2020\n\n"
    "Посол Норландии Эрик Лунд встретился с заместителем министра иностранных дел Валдории Павлом Марцевым. "
    "Стороны обсудили вопросы двусторонней повестки.\n\n"
    "Напомним, накануне Норландия выслала двух дипломатов Валдории.\n"
)

_LEAD_DAY = (
    "Le ministre Marceau reçoit l'ambassadeur de Norlandie\n\n"
    "Publié le 14 mars 2023\n\n"
    "Le ministre des Affaires étrangères de Valdoria, Paul Marceau, a reçu lundi 13 mars l'ambassadeur de "
    "Norlandie, Erik Lund.\n\n"
    "Pour rappel, le ministre avait reçu le 2 février les copies figurées des lettres de créance de l'ambassadeur.\n"
)


def test_a_recalled_day_after_the_lead_loses_to_the_publication_date() -> None:
    assert briefparse.parse(_FR).date == "2023-03-14"


def test_a_last_meeting_s_day_after_the_lead_loses_to_the_dateline() -> None:
    assert briefparse.parse(_DE).date == "2023-03-14"


def test_a_recalled_eve_after_the_lead_loses_to_the_dateline() -> None:
    assert briefparse.parse(_RU).date == "2020-08-18"


def test_the_lead_s_own_day_still_dates_the_event() -> None:
    assert briefparse.parse(_LEAD_DAY).date == "2023-03-13"
