"""An English encounter whose verb and preposition have an adverb of manner between them ("interacted briefly with
X", "spoke informally with Y") is an encounter: its sentence leads the brief, before a later one on the gathering
both attended.

Every brief and every person here is invented for the test.
"""

import pytest

import briefparse


@pytest.mark.parametrize("verb", ["interacted briefly with", "spoke informally with", "talked briefly to"])
def test_the_encounter_with_an_adverb_leads(verb: str) -> None:
    lead = (
        f"External Affairs Minister Lena Moor on Tuesday {verb} Norland Prime Minister’s Advisor on Foreign Affairs "
        "and National Security Eirik Dahl here on the margins of the BALT Foreign Minister’s meeting during which "
        "they exchanged pleasantries."
    )
    brief = briefparse.parse(
        "Moor, Dahl meet briefly on BALT sidelines\n\n"
        f"{lead}\n\n"
        "Ms. Moor, who arrived in Riga on Monday to attend the 18th BALT Summit, and Mr. Dahl participated in the "
        "Foreign Minister’s meeting on Tuesday which deliberated on the agenda of the summit beginning on Wednesday "
        "where Prime Minister Piotr Larin and other heads of states and government will participate.\n"
    )
    assert brief.summary_points[0] == lead
