"""A religious invocation set after a sovereign's or a late person's name ("que Dieu L'assiste", "que Dieu ait son
âme") names no one: the capitalised "Dieu" and the word after it are no party of the story.

Every brief here is invented for the test.
"""

import briefparse


def _parties(text: str) -> tuple[list[str | None], list[str]]:
    brief = briefparse.parse(text)
    return [p.name for p in brief.participants], list(brief.people_mentioned)


def test_the_invocation_after_a_king_is_no_participant():
    names, mentioned = _parties(
        "Le roi reçoit un ministre\n\n"
        "Le roi Fahim II, que Dieu L’assiste, a reçu lundi 3 mars 2025 au palais royal de Valdor le ministre "
        "des Affaires étrangères de Lorania, Pavel Novak."
    )
    assert "Fahim II" in names and "Pavel Novak" in names
    assert not any(name and "Dieu" in name for name in names + mentioned)


def test_the_invocation_after_a_late_king_is_no_one_mentioned():
    names, mentioned = _parties(
        "Le roi Fahim II a reçu mardi 4 mars 2025 l'ambassadeur de Lorania, Marc Tellier, qui lui a remis un "
        "ouvrage consacré à feu le roi Omar Ier, que Dieu ait Son âme."
    )
    assert "Marc Tellier" in names
    assert not any(name and "Dieu" in name for name in names + mentioned)
