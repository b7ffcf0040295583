"""A date a page prints in the digits of the Arabic script ("١١/٠٣/٢٠٢١") beside a brief in a Latin-script language
reads as the same date in Latin digits: day first in French, as "11/03/2021".

Every brief here is invented for the test.
"""

import briefparse

TITLE = "Valdoria : Paul Marin reçoit l'ambassadeur de Norlandie\n"
BODY = (
    "Le ministre valdorien des Affaires étrangères, Paul Marin, a reçu {when} l'ambassadeur de Norlandie, Erik Lund."
    "\n\nLes deux hommes ont évoqué la coopération."
)


def test_date_line_in_arabic_script_digits_dates_the_weekday():
    brief = briefparse.parse(TITLE + "١١/٠٣/٢٠٢١\n" + BODY.format(when="mercredi"))
    assert (brief.date, brief.published) == ("2021-03-10", "2021-03-11")


def test_eastern_arabic_digits_in_the_lead():
    assert briefparse.parse(TITLE + BODY.format(when="le ۱۰/۰۳/۲۰۲۱")).date == "2021-03-10"


def test_evidence_keeps_the_digits_as_written():
    brief = briefparse.parse(TITLE + BODY.format(when="le ١٠/٠٣/٢٠٢١"))
    assert brief.date == "2021-03-10"
    assert brief.evidence.date.span.text == "١٠/٠٣/٢٠٢١"
