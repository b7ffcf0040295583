"""German briefs: the adjectives in small letters between an article and a role noun are the role's.

The briefs are written for these tests (invented people, real places).
"""

import briefparse


def _role_of(brief: briefparse.Brief, name: str) -> str | None:
    person = next(p for p in brief.participants if p.name == name)
    return person.role


def test_a_regional_adjective_after_the_article_opens_the_role():
    brief = briefparse.parse(
        "Sächsische Staatsministerin Lena Krause in Prag\n\n"
        "Am 4. März besuchte die sächsische Staatsministerin für Kultur und Tourismus, Lena Krause, Prag. "
        "Sie führte Gespräche mit dem tschechischen Kulturminister Pavel Dvořák.\n"
    )
    assert _role_of(brief, "Lena Krause") == "sächsische Staatsministerin für Kultur und Tourismus"


def test_a_deputy_adjective_after_the_article_opens_the_role():
    brief = briefparse.parse(
        "Diplomaten in Rostock\n\n"
        "Die Botschafter werden am Freitag in Rostock von der stellvertretenden Ministerpräsidentin Marie Lorenz "
        "empfangen. Sie sprach mit ihnen über Häfen und Energie.\n"
    )
    assert _role_of(brief, "Marie Lorenz") == "stellvertretenden Ministerpräsidentin"


def test_a_word_that_counts_the_holders_is_no_attribute():
    brief = briefparse.parse(
        "Am Montag trafen sich in Berlin die beiden Außenminister Jonas Brandt und Pedro Alves zu Gesprächen.\n"
    )
    assert _role_of(brief, "Jonas Brandt") == "Außenminister"
