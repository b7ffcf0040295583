"""A short report over a fuller one that tells the same again leads no more: the fuller report, which holds nearly
every word of the short one and says more, leads; a quotation of the release that the short report sums up does not.

Every brief here is invented for the test.
"""

import briefparse


def _lead(text: str) -> str:
    return briefparse.parse(text).summary_points[0]


def test_a_fuller_report_under_a_short_standfirst_leads_de() -> None:
    text = (
        "Vogt und Marin in Afrika\n\n"
        "Außenminister Vogt und Entwicklungsminister Marin reisen nach Afrika. Fünf Tage lang besuchen sie drei "
        "Länder.\n\n"
        "Außenminister Karl Vogt und Entwicklungsminister Paul Marin (beide VLP) sind gemeinsam für fünf Tage nach "
        "Afrika gereist. Erste Station ist Valdorien, ein Schwerpunktland der Entwicklungshilfe."
    )
    assert _lead(text).startswith("Außenminister Karl Vogt und Entwicklungsminister Paul Marin")


def test_a_fuller_report_under_a_short_standfirst_leads_fr() -> None:
    text = (
        "Entretien Vogt-Marin\n\n"
        "Vogt et Marin s'entretiennent pour la première fois cette année.\n\n"
        "Le ministre valdorien des Affaires étrangères Karl Vogt et son homologue norlandais Paul Marin "
        "s'entretiennent pour la première fois cette année dans le cadre de la conférence de Lanark sur la sécurité. "
        "Les deux ministres ont évoqué la situation régionale."
    )
    assert _lead(text).startswith("Le ministre valdorien des Affaires étrangères Karl Vogt")


def test_a_quoted_release_does_not_take_the_lead() -> None:
    text = (
        "Appel téléphonique\n\n"
        "Le Président de la République, Karl Vogt, a reçu hier un appel téléphonique de son homologue norlandais, "
        "Paul Marin.\n\n"
        "En effet, précise la présidence dans un communiqué, le Président Vogt « a reçu, ce jour, un appel "
        "téléphonique du Président de la République norlandaise, Paul Marin, lors duquel il lui a présenté ses "
        "condoléances »."
    )
    assert _lead(text).startswith("Le Président de la République, Karl Vogt, a reçu hier")
