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


@pytest.mark.parametrize(
    "opening",
    [
        # the guest's title between the name and the clause, the host receiving at the airport (a visit)
        "Son Excellence Monsieur Karim Dassouli, Président de la République du Valdor, a reçu ce jeudi matin à "
        "l'aéroport international de Port-Norland, Son Excellence Monsieur Paulin Verrand, Président de la "
        "République de Norlande, ",
        # at the palace (a meeting)
        "Le Président Karim Dassouli a reçu ce matin au palais présidentiel Son Excellence Monsieur Paulin Verrand, "
        "Président du Mali, ",
    ],
)
def test_guest_whose_title_comes_before_the_relative_clause_takes_part(opening: str) -> None:
    brief = briefparse.parse(opening + "qui effectue une visite d'amitié et de travail.")
    taking_part = [p.name for p in brief.participants]
    assert "Paulin Verrand" in taking_part and "Karim Dassouli" in taking_part
