"""A relative clause about the guest, right after their name ("… a reçu X, qui effectue une visite de travail"), tells
of the guest's own stay: its present or future tense does not make the guest a party to an encounter still to come.

Every brief here is invented for the test.
"""

import pytest

import briefparse

OPENING = (
    "Le Premier ministre valdorien, Marc Dorval, a reçu dimanche à Port-Norland, la ministre norlandaise des "
    "Affaires étrangères, Mme Anne Moreau, "
)


@pytest.mark.parametrize(
    "clause",
    [
        "qui effectue une visite de travail au Valdor, indique un communiqué.",
        "qui se rendra ensuite en visite officielle au Sud, indique un communiqué.",
    ],
)
def test_guest_described_by_a_relative_clause_takes_part(clause: str) -> None:
    brief = briefparse.parse(OPENING + clause + "\n\nLes deux parties ont évoqué la coopération bilatérale.\n")
    taking_part = [p.name for p in brief.participants]
    assert "Anne Moreau" in taking_part and "Marc Dorval" in taking_part
