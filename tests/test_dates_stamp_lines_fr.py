"""Two lines a page dates itself by: a deck closed by the stamp and the outlet ("… de cette visite. 16.01.2024,
Valdor Presse"), and a full date alone on the line the story signs off on ("17 novembre 2005."). Both give the
publication day; a date inside a sentence gives none.

The briefs are written for these tests (invented people, real countries).
"""

import briefparse

_BODY = (
    "Le président valdorien Paul Marin a reçu mardi à Porta Nova l'ambassadeur de Norlandie, Erik Lund.\n\n"
    "Les deux hommes ont évoqué la coopération entre leurs pays."
)


def test_a_stamp_and_an_outlet_closing_the_deck_date_the_page():
    brief = briefparse.parse(
        "Paul Marin à Porta Nova\n\nLe ministre valdorien, arrivé à la tête d'une délégation, a parlé des objectifs "
        "de cette visite. 16.01.2024, Valdor Presse\n\nLe ministre valdorien Paul Marin a rencontré ce mardi 16 "
        "janvier son homologue norlandais Erik Lund."
    )
    assert brief.published == "2024-01-16"


def test_a_full_date_signing_off_the_story_dates_it():
    brief = briefparse.parse(_BODY + "\n\n17 novembre 2005.")
    assert brief.published == "2005-11-17"
    assert brief.date == "2005-11-15"


def test_a_date_in_a_sentence_on_the_last_line_is_no_stamp():
    brief = briefparse.parse(_BODY + "\n\nLe prochain entretien aura lieu le 17 novembre 2005.")
    assert brief.published is None
