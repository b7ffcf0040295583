"""Canada's French calls a swearing-in an « assermentation » (« la cérémonie d'assermentation », « le nouveau
ministre a été assermenté »), as it is a « prestation de serment » elsewhere: the ceremony is the brief's event, and
those told at it take part in it.

Every brief here is invented for the test.
"""

import briefparse


def _names(text: str) -> dict[str | None, str | None]:
    return {p.name: p.role for p in briefparse.parse(text).participants}


def test_the_ceremony_noun_makes_its_guests_participants() -> None:
    names = _names(
        "Québec, le 4 mars 2024 - Les nouveaux ministres ont fait quelques commentaires à la suite de leur "
        "assermentation, lundi.\n\nPaul Girard, nouveau ministre des Transports:\n\n«Je suis très heureux.»\n\n"
        "Claire Tessier, nouvelle ministre de la Santé:\n\n«C'est une belle journée.»"
    )
    assert names.get("Paul Girard") == "nouveau ministre des Transports"
    assert names.get("Claire Tessier") == "nouvelle ministre de la Santé"


def test_the_passive_verb_makes_each_speaker_a_participant() -> None:
    names = _names(
        "Québec, le 4 mars 2024 - Les nouveaux ministres du cabinet ont été assermentés lundi au parlement.\n\n"
        "Paul Girard, nouveau ministre des Transports:\n\n«Je suis très heureux.»\n\n"
        "Claire Tessier, nouvelle ministre de la Santé:\n\n«C'est une belle journée.»"
    )
    assert names.get("Paul Girard") == "nouveau ministre des Transports"
    assert names.get("Claire Tessier") == "nouvelle ministre de la Santé"
