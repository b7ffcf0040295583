"""A lead with no event word whose words the next sentence gives as said ("X a « reconnu », hier, la faute de …
« Je reconnais … », a déclaré X") tells the statement: the day set off after its verb is the day it was made, not
the page's day.

Every brief here is invented for the test.
"""

import briefparse

_BRIEF = (
    "mardi 14 mars 2023\n\n"
    "Aveu du président\n\n"
    "Le président valdorien, Paul Marin, a « reconnu », hier, la faute de l'État dans la fermeture des mines du "
    "Nord. « Je reconnais la faute des gouvernements successifs envers les mineurs », a déclaré le chef de l'État, "
    "lors d'une cérémonie à Porta Nova. Cette déclaration était très attendue par les familles."
)


def test_the_day_after_the_lead_verb_dates_the_statement():
    brief = briefparse.parse(_BRIEF)
    assert brief.event_type == "statement"
    assert brief.date == "2023-03-13"
    assert brief.published == "2023-03-14"


def test_without_the_day_the_statement_keeps_the_page_day():
    brief = briefparse.parse(_BRIEF.replace(" hier,", ""))
    assert brief.date == "2023-03-14"
