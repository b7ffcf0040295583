"""Where every noun is capitalised, a gathering's noun right after a genitive link in a role is the body the role is
of, not an event that ends the role: "der Vorsitzende der Ministerpräsidentenkonferenz (MPK), X" titles X.

Every brief here is invented for the test.
"""

import briefparse


def _roles(text: str) -> dict[str | None, str | None]:
    return {p.name: p.role for p in briefparse.parse(text).participants}


def test_chair_of_a_standing_conference_titles_the_name_after_it() -> None:
    text = (
        "Länderchefs beraten in Musterstadt\n\nMusterstadt (dpa) - Am Mittag werden der Vorsitzende der "
        "Ministerpräsidentenkonferenz (MPK), Paul Hamer (SPD), und der niedersächsische Regierungschef Karl Wend die "
        "Ergebnisse vorstellen."
    )
    roles = _roles(text)
    assert roles.get("Paul Hamer") == "Vorsitzende der Ministerpräsidentenkonferenz (MPK)"
    assert None not in roles


def test_a_conference_after_a_place_preposition_still_ends_the_role() -> None:
    text = (
        "Minister reist nach Lurand\n\nMusterstadt - Der Minister traf bei der Ministerpräsidentenkonferenz in "
        "Musterstadt am Dienstag Paul Hamer, den Regierungschef von Lurand."
    )
    assert briefparse.parse(text).participants  # the sentence still parses into its people
