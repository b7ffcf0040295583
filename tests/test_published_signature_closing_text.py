"""The signature a text ends on, glued by the copy to its last sentence ("… la coopération. Jean MARTIN – 14 mars
2024"): the day it was written, so the brief's publication date, from which its weekdays count. A no-break space
misread as "Â" after it is no word that keeps it from closing the text.

Every brief here is invented for the test.
"""

import pytest

import briefparse
from briefparse.load.text import normalise

_BODY = (
    "Le ministre valdorien, Paul Marin, a reçu mercredi l'ambassadeur de Lorenia, Ana Ortega. Les échanges ont porté "
    "sur la coopération."
)


@pytest.mark.parametrize(
    "signature",
    [" Jean MARTIN – 14 mars 2024", " Jean MARTIN – 14 mars 2024 Â\nÂ", " Porta Nova, 14 mars 2024"],
)
def test_the_signature_closing_the_text_dates_it(signature: str):
    brief = briefparse.parse(_BODY + signature)
    assert brief.published == "2024-03-14"
    assert brief.date == "2024-03-13"


def test_a_date_in_the_last_sentence_is_no_signature():
    brief = briefparse.parse(_BODY + " La prochaine session se tiendra à Porta Nova le 14 mars 2024.")
    assert brief.published is None


def test_a_misread_no_break_space_is_dropped_but_a_word_with_the_letter_is_kept():
    assert normalise("Ana Ortega.Â \nÂ\nÂGE MINIMUM Â la une") == "Ana Ortega.\n\nÂGE MINIMUM la une"
