"""A sentence that opens on a quotation ("«J'ai senti …», a déclaré X") does not lead over an earlier opening
sentence in the writer's own words; a quoted release that itself reports the event in full keeps the lead.

Every brief here is invented for the test.
"""

import briefparse


def _lead(text: str) -> str:
    return briefparse.parse(text).summary_points[0]


def test_a_quotation_follows_the_writers_first_sentence_de():
    text = (
        "Ferin lädt Diplomaten nach Lonar ein\n\n"
        "Ministerpräsidentin Anna Ferin hat das Diplomatische Corps für den 14. Mai nach Lonar eingeladen.\n\n"
        "„Ich möchte mit den Diplomatinnen und Diplomaten enger ins Gespräch kommen und ihnen unser Land zeigen“, "
        "sagte Ferin.\n\n"
        "Zugesagt haben rund vierzig Mitglieder des Diplomatischen Corps."
    )
    assert _lead(text).startswith("Ministerpräsidentin Anna Ferin hat das Diplomatische Corps")


def test_a_quotation_follows_the_writers_first_sentence_fr():
    text = (
        "Vogt partage ses impressions sur la Norlandie\n\n"
        "Le ministre valdorien des affaires étrangères a partagé ses impressions sur la Norlandie vendredi à "
        "Lanark.\n\n"
        "«J'ai senti qu'il y avait une volonté de construire une paix durable», a déclaré Karl Vogt lors d'une "
        "discussion de travail.\n\n"
        "Le ministre Karl Vogt s'est entretenu avec son homologue norlandais Paul Marin sur la situation régionale."
    )
    assert _lead(text).startswith("Le ministre valdorien des affaires étrangères a partagé")


def test_a_quoted_release_that_reports_the_event_keeps_the_lead():
    text = (
        "Vogt et Marin se reparlent\n\n"
        "Un second coup de fil qui montre que le courant passe entre les deux capitales.\n\n"
        "«Le président de la République, Karl Vogt, a eu, ce vendredi 3 mai 2019, un entretien téléphonique avec "
        "le président de la Norlandie, Paul Marin», indique un communiqué.\n\n"
        "Les deux chefs d'Etat ont évoqué la situation régionale."
    )
    assert "entretien téléphonique" in _lead(text)
