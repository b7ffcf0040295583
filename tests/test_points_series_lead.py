"""A lead sentence that names a series of meetings by a plural noun ("une série de rencontres", "führt Gespräche")
tells the round the brief reports and keeps the lead over a later sentence that tells one of its meetings: on real
briefs the golds lead with the round (two outlets of three in the pool); two named parties make the noun their own
talks.

Every brief and every person here is invented for the test.
"""

import datetime as dt

import briefparse


def _lead(text: str) -> str:
    return briefparse.parse(text, reference_date=dt.date(2024, 5, 8)).summary_points[0]


def test_fr_a_round_of_meetings_keeps_the_lead() -> None:
    lead = _lead(
        "Le président Marin reçoit les ambassadeurs\n\n"
        "Le président Paul Marin a eu hier une série de rencontres au palais de Port-Valdor avec les ambassadeurs "
        "en poste. Il a reçu mardi l'ambassadrice de Norlandie, Eva Dahl, qui rentre prochainement à Kessel. Les "
        "entretiens ont porté sur les relations bilatérales."
    )
    assert lead.startswith("Le président Paul Marin a eu hier une série de rencontres")


def test_de_talks_in_two_countries_keep_the_lead() -> None:
    lead = _lead(
        "Dahl reist nach Norland und Valdorien\n\n"
        "Außenminister Lars Dahl führt am Donnerstag Gespräche in Norland und Valdorien. In Kessel empfängt ihn "
        "sein norländischer Amtskollege Paul Marin zu einem Arbeitsgespräch, wie das Außenamt mitteilte. Im "
        "Mittelpunkt steht die Zusammenarbeit der Nachbarn."
    )
    assert lead.startswith("Außenminister Lars Dahl führt am Donnerstag Gespräche")


def test_fr_talks_between_two_named_parties_keep_the_lead() -> None:
    lead = _lead(
        "Le président Paul Marin et son homologue Lars Dahl ont ouvert mardi des entretiens à Port-Valdor. Le "
        "président norlandais séjourne à Port-Valdor pour trois jours de visite. Lors de son premier échange avec "
        "Paul Marin, Lars Dahl a salué la coopération entre les deux pays."
    )
    assert lead.startswith("Le président Paul Marin et son homologue")
