"""German briefs: a spouse named so before the name ("seine Ehefrau X") holds that as a role, as in English and French.

The briefs are written for these tests (invented people, real countries).
"""

import briefparse


def test_a_spouse_before_the_name_is_the_role():
    brief = briefparse.parse(
        "Bundespräsident empfängt Staatsgast aus Finnland\n\n"
        "Bundespräsident Lukas Berg empfängt am Freitag, 10. Mai 2024, den finnischen Präsidenten Aaro Lahti. "
        "Lahti und seine Ehefrau Sanna Lahti werden im Schloss Bellevue mit militärischen Ehren empfangen.\n"
    )
    person = next(p for p in brief.participants if p.name == "Sanna Lahti")
    assert person.role == "Ehefrau"


def test_an_unnamed_spouse_is_no_participant():
    brief = briefparse.parse(
        "Bundespräsident empfängt Staatsgast aus Finnland\n\n"
        "Bundespräsident Lukas Berg empfing am Freitag, 10. Mai 2024, den finnischen Präsidenten Aaro Lahti im "
        "Schloss Bellevue. Der Gast wurde von seiner Ehefrau begleitet.\n"
    )
    assert all(p.name for p in brief.participants)


def test_frau_after_a_possessive_is_a_wife_not_an_honorific():
    brief = briefparse.parse(
        "Bundespräsident empfängt Staatsgast aus Finnland\n\n"
        "Berlin - Der finnische Präsident Aaro Lahti ist am Dienstag, 14. Mai 2024, von Bundespräsident Lukas Berg "
        "mit militärischen Ehren empfangen worden. Berg wurde von seiner Frau Greta Holm begleitet. "
        "Der Gast und seine Frau hörten die Hymnen.\n"
    )
    person = next(p for p in brief.participants if p.name == "Greta Holm")
    assert person.role == "seiner Frau"


def test_frau_alone_stays_an_honorific():
    brief = briefparse.parse(
        "Bundeskanzlerin empfängt Gast aus Finnland\n\n"
        "Bundeskanzlerin Maren Vogt hat am Dienstag, 14. Mai 2024, Frau Greta Holm im Bundeskanzleramt empfangen.\n"
    )
    person = next(p for p in brief.participants if p.name == "Greta Holm")
    assert person.role != "Frau"
