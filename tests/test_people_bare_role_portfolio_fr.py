"""A bare role that opens a brief with a portfolio of several items, a comma and a role link adding each ("Le
ministre de l'Économie, des Finances et du Plan a reçu …"), keeps the whole portfolio when the person named next
takes it: the comma is no end of that role.

Every brief here is invented for the test.
"""

import briefparse


def role_of(text: str, name: str) -> str | None:
    found = {p.name: p.role for p in briefparse.parse(text, reference_date="2024-05-10").participants}
    return found[name]


def test_a_bare_role_s_portfolio_goes_on_past_its_commas():
    text = (
        "Le ministre de l'Économie, des Finances et du Plan a reçu ce matin une délégation du FMI. Paul Marin a salué "
        "la qualité de la coopération."
    )
    assert role_of(text, "Paul Marin") == "ministre de l'Économie, des Finances et du Plan"


def test_a_bare_role_without_further_items_ends_at_its_verb():
    text = (
        "Le ministre de l'Économie a reçu ce matin une délégation du FMI. Paul Marin a salué la qualité de la "
        "coopération."
    )
    assert role_of(text, "Paul Marin") == "ministre de l'Économie"
