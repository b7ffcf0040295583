"""A spokesperson named, after a possessive, as the last item of a list of people met or welcomed ("… le
vice-président X et son porte-parole Y"), in a sentence that reports no speech, is one of those present: a
participant, not one who reports; one who speaks for another ("…, a déclaré son porte-parole Y") still reports.

Every brief here is invented for the test.
"""

import briefparse


def participants(text: str) -> set[str]:
    return {p.name for p in briefparse.parse(text, reference_date="2024-05-10").participants}


def test_a_spokesperson_listed_last_after_a_possessive_takes_part():
    text = (
        "Le président nigérian Karl Testa a reçu vendredi à Abuja le vice-président Paul Marin et son porte-parole "
        "Jean Dufort."
    )
    assert {"Karl Testa", "Paul Marin", "Jean Dufort"} <= participants(text)


def test_a_spokesperson_who_speaks_for_another_only_reports():
    text = (
        "Le président nigérian Karl Testa a reçu vendredi à Abuja le premier ministre malien Paul Marin. Les deux "
        "dirigeants ont évoqué la sécurité régionale, a déclaré son porte-parole Jean Dufort."
    )
    found = participants(text)
    assert {"Karl Testa", "Paul Marin"} <= found
    assert "Jean Dufort" not in found
