"""Of two days in the sentence of the event, the one in the event phrase's own clause dates it, not one a clause
set off by a comma tells ("Rentré au pays ce mercredi 9 novembre 2022 après sa tournée en Europe, le président a
reçu … ce jeudi 10 novembre 2022").

Every brief here is invented for the test.
"""

import briefparse


def test_a_fronted_clause_day_gives_way_to_the_day_of_the_event_clause_fr():
    text = (
        "Rentré au pays ce mercredi 09 novembre 2022, le président Paul Marin a reçu les lettres de créance de "
        "douze nouveaux ambassadeurs des pays d'Asie et d'Afrique accrédités à Lirno ce jeudi 10 novembre 2022."
    )
    assert briefparse.parse(text).date == "2022-11-10"


def test_a_fronted_clause_day_gives_way_to_the_day_of_the_event_clause_en():
    text = (
        "Back home on Wednesday 9 November 2022, President Paul Marin received the credentials of twelve new "
        "ambassadors of Asian and African countries accredited to Lirno on Thursday 10 November 2022."
    )
    assert briefparse.parse(text).date == "2022-11-10"
