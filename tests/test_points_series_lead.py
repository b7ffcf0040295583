"""A lead sentence that names no event but a series of meetings by a plural noun ("des audiences", "Gespräche") sums
up the round and yields to the next that tells the event; two named parties make the noun their own talks."""

import datetime as dt

import briefparse


def _lead(text: str) -> str:
    return briefparse.parse(text, reference_date=dt.date(2024, 5, 8)).summary_points[0]


def test_fr_a_round_of_audiences_yields_to_the_reception() -> None:
    lead = _lead(
        "Le président Marin reçoit les élus de Port-Valdor\n\n"
        "Dans le cadre de la préparation des élections, le président Paul Marin a accordé des audiences aux élus de "
        "la région. Il a reçu ce mardi ceux de Port-Valdor, puis ceux de Kessel en fin de journée. Les maires de la "
        "région étaient tous présents."
    )
    assert lead.startswith("Il a reçu ce mardi")


def test_de_a_resumption_of_talks_yields_to_the_reception() -> None:
    lead = _lead(
        "Dahl empfängt Marin in Kessel\n\n"
        "Nach einer langen Pause setzt Außenminister Lars Dahl am Donnerstag die Wiederaufnahme persönlicher "
        "Gespräche fort. In Kessel empfängt Dahl seinen norländischen Amtskollegen Paul Marin zu einem "
        "Arbeitsgespräch, wie das Außenamt mitteilte. Im Mittelpunkt steht die Zusammenarbeit der Nachbarn."
    )
    assert lead.startswith("In Kessel empfängt Dahl")


def test_fr_talks_between_two_named_parties_keep_the_lead() -> None:
    lead = _lead(
        "Le président Paul Marin et son homologue Lars Dahl ont ouvert mardi des entretiens à Port-Valdor. Le "
        "président norlandais séjourne à Port-Valdor pour trois jours de visite. Lors de son premier échange avec "
        "Paul Marin, Lars Dahl a salué la coopération entre les deux pays."
    )
    assert lead.startswith("Le président Paul Marin et son homologue")
