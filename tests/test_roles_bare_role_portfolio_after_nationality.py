"""A bare role whose nationality follows its noun keeps the portfolio after it ("le ministre russe des Affaires
étrangères"), when it names the one person the brief gives no role.

The briefs are written for these tests (invented people, real countries).
"""

import briefparse


def _role_of(brief: briefparse.Brief, name: str) -> str | None:
    person = next(p for p in brief.participants if p.name == name)
    return person.role


def test_the_portfolio_after_the_nationality_is_the_roles_fr():
    brief = briefparse.parse(
        "Rui Almeida s'entretient avec le chef de la diplomatie chinoise Li Wenbo à Pékin\n"
        "Rui Almeida s'entretient avec le chef de la diplomatie chinoise Li Wenbo à Pékin.\n"
        "Le diplomate chinois a reçu le ministre portugais des Affaires étrangères dans un pavillon de son ministère. "
        "Ils ont parlé de commerce et de pêche.\n"
    )
    assert _role_of(brief, "Rui Almeida") == "ministre portugais des Affaires étrangères"
