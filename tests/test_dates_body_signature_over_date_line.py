"""A communiqué signed by a body on a line of its own, its date on the next line at the foot of the text ("La
Direction de la Communication" / "11 mars 2024"): the signature and the day it was issued, not another story's
title and its date line; its weekdays count from that day.

Every brief here is invented for the test.
"""

import briefparse

_BODY = (
    "Marin reçoit l'ambassadeur de Lorenia\n\n"
    "Le ministre valdorien, Paul Marin, a reçu dimanche l'ambassadeur de Lorenia, Ana Ortega. Les échanges ont porté "
    "sur la coopération bilatérale entre les deux pays.\n\n"
)


def test_a_body_signing_the_communique_over_its_date():
    brief = briefparse.parse(_BODY + "La Direction de la Communication de la Présidence\n11 mars 2024")
    assert brief.published == "2024-03-11"
    assert brief.date == "2024-03-10"


def test_another_storys_title_over_its_date_line_is_still_a_teaser():
    brief = briefparse.parse(_BODY + "La Lorenia et la Norlandie renforcent leur coopération portuaire\n11 mars 2024")
    assert brief.published is None
