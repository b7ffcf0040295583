"""Names on German briefs invented for these tests (fictional people, real countries): a name's genitive before the
noun it owns ("Korhonens Schwiegersohn Pekka Laine", "Auch Korhonens Freundin begleitete ihn") is the owner, whom
the text names elsewhere, and opens the noun as an article does: the name is the one after the noun, and the owner
and its noun alone name no one."""

from __future__ import annotations

from briefparse import parse

_TEXT = (
    "Weidlinger trifft Korhonen\n\n"
    "Wien (APA) - Bundespräsident Konrad Weidlinger hat am Montag den finnischen Präsidenten Matti Korhonen in der "
    "Hofburg empfangen. Korhonens Schwiegersohn Pekka Laine und Weidlingers Tochter Anna Weidlinger waren ebenfalls "
    "dabei. Auch Korhonens Freundin begleitete ihn. Weidlinger begrüßte Korhonens Delegation herzlich."
)


def test_the_owners_genitive_is_no_word_of_a_name() -> None:
    brief = parse(_TEXT, language="de")
    names = {p.name for p in (*brief.participants, *brief.people_mentioned)}
    assert {"Konrad Weidlinger", "Matti Korhonen", "Pekka Laine", "Anna Weidlinger"} <= names
    assert not {n for n in names if n and n.split()[0] in {"Korhonens", "Weidlingers"}}


def test_a_given_name_ending_as_a_genitive_stays_a_name() -> None:
    text = (
        "Weidlinger trifft Markus Brandt\n\n"
        "Wien (APA) - Bundespräsident Konrad Weidlinger hat am Montag den Minister Markus Brandt empfangen. "
        "Brandt sprach mit Weidlinger über Europa."
    )
    assert "Markus Brandt" in {p.name for p in parse(text, language="de").participants}
