"""German condolences told by dismay ("Mit großer Bestürzung hat X … reagiert", "zeigte sich bestürzt") or a
first-person condemnation ("Ich verurteile …") are the statement the brief reports: that sentence leads.

Every brief here is invented for the test.
"""

import briefparse


def _parse(text: str):
    return briefparse.parse(text)


def test_dismay_at_a_death_leads_de():
    text = (
        "Ferin trauert um Karl Vogt\n\n"
        "Das Land Norland verliert einen engagierten Politiker.\n\n"
        "Mit großer Bestürzung hat Ministerpräsidentin Anna Ferin auf den Tod des Abgeordneten Karl Vogt reagiert.\n\n"
        "Vogt war seit vielen Jahren Mitglied des Landtags."
    )
    brief = _parse(text)
    assert brief.summary_points[0].startswith("Mit großer Bestürzung hat Ministerpräsidentin Anna Ferin")
    assert brief.event_type == "statement"


def test_dismay_at_an_accident_leads_de():
    text = (
        "Busunglück in Valdorien\n\n"
        "Der Bundespräsident von Norland, Paul Marin, hat mit großer Bestürzung vom Busunglück in Valdorien "
        "Kenntnis genommen, bei dem gestern zwölf Menschen ums Leben kamen.\n\n"
        "Er spricht den Angehörigen sein Beileid aus."
    )
    assert _parse(text).summary_points[0].startswith("Der Bundespräsident von Norland, Paul Marin, hat mit")


def test_a_first_person_condemnation_is_a_statement_de():
    text = (
        "Anschlag in Lonar\n\n"
        "Innenminister Karl Vogt sagte am Montag in Lonar: „Ich verurteile diesen feigen Anschlag auf das Rathaus "
        "scharf.“\n\n"
        "Die Polizei ermittelt."
    )
    assert _parse(text).event_type == "statement"
