"""Participants on briefs invented for these tests (fictional people, real towns): the offices an Austrian release
abbreviates with a dot before a name ("Bgm.", "Vzbgm.", "LAbg.", "GR.") are their roles, and the dot ends no
sentence; a dot after a word that is no such office still does."""

from __future__ import annotations

from briefparse import parse

OPENING = (
    "Wörgl, 4. März 2024 – Zur Eröffnung des neuen Gemeindeamtes begrüßte Bgm. Anton Reiter am Samstag "
    "LAbg. Maria Lechner, Vzbgm. Karl Huber und GR. Eva Moser."
)


def test_a_dotted_office_before_a_name_is_its_role() -> None:
    found = {p.name: p.role for p in parse(OPENING).participants}
    assert found == {"Anton Reiter": "Bgm.", "Maria Lechner": "LAbg.", "Karl Huber": "Vzbgm.", "Eva Moser": "GR."}


def test_the_dot_of_a_dotted_office_ends_no_sentence() -> None:
    brief = parse("Wörgl, 4. März 2024 – Am Montag besuchte LAbg. Maria Lechner die Baustelle des Gemeindeamtes.")
    assert [(p.name, p.role) for p in brief.participants] == [("Maria Lechner", "LAbg.")]


def test_a_dot_after_a_plain_word_still_ends_its_sentence() -> None:
    brief = parse("Wörgl, 4. März 2024 – Bürgermeister Anton Reiter eröffnete am Samstag das Amt. Karl Huber dankte.")
    assert {p.name: p.role for p in brief.participants}.get("Anton Reiter") == "Bürgermeister"
