"""French constructions that name a participant of the reported event past its opening sentence: the signatories
of a text told in the passive ("a été signée par X et Y").

Every brief here is invented for the test.
"""

import briefparse


def names(text: str) -> set[str]:
    return {p.name for p in briefparse.parse(text).participants}


def test_the_signatories_of_a_passive_signing_take_part():
    text = (
        "Le président togolais, Komi Adjavon, a reçu mardi à Lomé le Premier ministre indien, Arjun Mehta, en visite "
        "officielle. Les deux dirigeants ont passé en revue la coopération bilatérale. La convention de financement "
        "de la centrale solaire a été signée par la ministre togolaise de l'Energie, Afi Agbeko, et le ministre indien "
        "du Commerce, Rajesh Varma."
    )
    assert {"Komi Adjavon", "Arjun Mehta", "Afi Agbeko", "Rajesh Varma"} <= names(text)
