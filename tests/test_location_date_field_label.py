"""A page's date field opens a line with the label "Date" and a colon ("Date: 21 août 2013"): the label is no
dateline's city, though a Japanese city bears the name. A statement with no place stays unplaced. Briefs invented for
the test; the names are fictional."""

from __future__ import annotations

import briefparse

_FR = (
    "Le ministre Paul Varennes à propos des attaques au Sahel\n\n"
    "Date: 12 mars 2019\n\n"
    "Le Ministre des Affaires étrangères Paul Varennes a appris avec consternation l'attaque qui a coûté la vie à "
    "plusieurs civils. Le Ministre condamne fermement cet acte et présente ses condoléances aux familles des victimes."
)

_EN = (
    "Minister Ruth Calder condoles the passing of a former governor\n\n"
    "Date:\n18 May 2023\n\n"
    "Minister Ruth Calder has expressed deep grief over the passing of former governor Amos Telling, who died on "
    "Wednesday after a long illness."
)


def test_a_french_date_label_is_no_place() -> None:
    brief = briefparse.parse(_FR)
    assert brief.location is None


def test_an_english_date_label_is_no_place() -> None:
    brief = briefparse.parse(_EN)
    assert brief.location is None
