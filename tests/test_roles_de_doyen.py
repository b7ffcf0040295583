"""The doyen who leads a diplomatic or consular corps is titled so before the name ("Doyen X"): a role, not a word of
a name, so "angeführt vom Korps von Doyen X" does not make "Korps von Doyen X" a person.

Every brief here is invented for the test.
"""

import briefparse


def _names(brief: briefparse.Brief) -> list[str | None]:
    return [p.name for p in brief.participants] + [p.name for p in brief.people_mentioned]


def test_doyen_before_a_name_is_a_title() -> None:
    text = (
        "Bürgermeisterin empfängt das Konsularische Korps\n\nMusterstadt - Bürgermeisterin Eva Kern empfing am "
        "Dienstag das Konsularische Korps im Rathaus. Angeführt wurde das Korps von Doyen Paul Dessar, Generalkonsul "
        "von Lurand in Musterstadt."
    )
    brief = briefparse.parse(text)
    people = {p.name: p.role for p in [*brief.participants, *brief.people_mentioned]}
    assert people.get("Paul Dessar", "").startswith("Doyen")
    assert not any(name and name.startswith(("Korps", "Doyen")) for name in _names(brief))
