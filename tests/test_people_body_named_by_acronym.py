"""People on briefs invented for these tests (fictional people, real countries): a capitalised run followed by its
own acronym in brackets ("Pakistan Muslim League-Nawaz (PML-N)", "Fiji Development Board (FDB)") names a body, not a
person; a party's acronym after a person's name spells other initials and leaves the person alone, and so do
a person's own initials after a name that opens on a given name ("Tomás Andrés Velarde Ruiz (TAVR)")."""

from __future__ import annotations

from briefparse import parse


def test_a_party_named_with_its_acronym_is_no_person() -> None:
    text = (
        "KARACHI, Aug 12 (Agency): Prime Minister Tomas Berg on Saturday met Governor Ines Marlow at the Governor "
        "House. Delegations of the Pakistan Muslim League-Nawaz (PML-N) and the Fiji Development Board (FDB) called "
        "on the Prime Minister."
    )
    brief = parse(text, reference_date="2017-08-12")
    names = {p.name for p in (*brief.participants, *brief.people_mentioned)}
    assert "Muslim League-Nawaz" not in names and "Pakistan Muslim League-Nawaz" not in names
    assert "Fiji Development Board" not in names and "Development Board" not in names


def test_a_person_followed_by_a_party_acronym_stays_a_person() -> None:
    text = "Governor Ines Marlow on Monday received Senator Tomas Berg (PDP) at the Government House in Lagos."
    names = {p.name for p in parse(text, reference_date="2017-08-12").participants}
    assert "Tomas Berg" in names


def test_a_person_followed_by_their_own_initials_stays_a_person() -> None:
    text = (
        "El presidente de Paraguay, Tomás Andrés Velarde Ruiz (TAVR), sostuvo una conversación telefónica con su "
        "homólogo de Chile, Ernesto Lamas, para tratar temas de la agenda bilateral."
    )
    names = {p.name for p in parse(text, reference_date="2021-05-12").participants}
    assert "Tomás Andrés Velarde Ruiz" in names and "Ernesto Lamas" in names


def test_a_body_whose_acronym_spells_its_initials_is_no_person() -> None:
    text = (
        "La ministra de Economía de Paraguay, Inés Marlow, recibió este lunes a una delegación de la Asia Trade "
        "Council (ATC) y del Banco Central Regional (BCR) en Asunción."
    )
    brief = parse(text, reference_date="2021-05-12")
    names = {p.name for p in (*brief.participants, *brief.people_mentioned)}
    assert not any("Trade Council" in n or "Central Regional" in n for n in names if n)
