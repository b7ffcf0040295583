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
        "Rui Almeida tient une réunion avec le chef de la diplomatie chinoise Li Wenbo à Pékin\n"
        "Rui Almeida tient une réunion avec le chef de la diplomatie chinoise Li Wenbo à Pékin.\n"
        "Le diplomate chinois a accueilli le ministre portugais des Affaires étrangères à la résidence d'État. "
        "Les deux hommes ont ensuite poursuivi leurs entretiens.\n"
    )
    assert _role_of(brief, "Rui Almeida") == "ministre portugais des Affaires étrangères"
