"""An embedded post's signature writes its day in English whatever the brief's language ("— Name (@handle)
November 25, 2021" under a Spanish or French brief): that day dates the story, and the weekday of its lead
takes its year from it. A date in English words elsewhere in the body stays unread, as before.

Every brief here is invented for the test.
"""

import briefparse

LEAD_ES = (
    "El ministro de Defensa de Valdoria, Pablo Ortega, se reunió este martes con el embajador de Norlandia, "
    "Jan Lind, con quien conversó sobre la cooperación militar entre los dos países.\n"
    "«Grato encuentro con el embajador de Norlandia», escribió el ministro en sus redes.\n"
)


def test_an_embedded_post_s_english_signature_dates_a_spanish_brief():
    record = briefparse.parse(LEAD_ES + "— Ministro Defensa (@mindefvaldoria) January 19, 2021\n")
    assert record.date == "2021-01-19"
    assert record.published is None


def test_an_embedded_post_s_signature_dates_a_french_brief():
    lead = (
        "La ministre des Affaires étrangères, Claire Dumont, s'est entretenue avec son homologue du Valdor, "
        "Jan Lind, à Norville.\n"
        "« Échange fructueux avec mon homologue », a-t-elle écrit.\n"
    )
    record = briefparse.parse(lead + "— Claire Dumont (@ClaireDumont) March 3, 2022\n")
    assert record.date == "2022-03-03"


def test_an_english_date_without_a_handle_before_it_stays_unread():
    record = briefparse.parse(LEAD_ES + "— Ministro Defensa January 19, 2021\n")
    assert record.date is None
