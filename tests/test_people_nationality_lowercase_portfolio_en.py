"""A nationality, then a portfolio or a body in small letters before the role noun, is the whole role ("Chinese
defence minister X", "Iranian foreign ministry spokesman X", "Turkish intelligence chief X"); a clause's verb among
the small words ends the role at its noun ("Chinese officials said minister X").

Every brief and every person here is invented for the test; the countries are real.
"""

import datetime as dt

import briefparse


def _roles(text: str) -> dict[str | None, str | None]:
    brief = briefparse.parse(text, reference_date=dt.date(2024, 3, 12))
    return {p.name: p.role for p in brief.participants}


def test_en_a_nationality_and_a_portfolio_in_small_letters():
    text = "Chinese defence minister Li Wen met Norwegian Foreign Minister Anna Berg in Beijing on Monday."
    assert _roles(text)["Li Wen"] == "Chinese defence minister"


def test_en_a_nationality_and_a_body_in_small_letters():
    text = "Turkish intelligence chief Ali Demir met Norwegian Foreign Minister Anna Berg in Ankara on Monday."
    assert _roles(text)["Ali Demir"] == "Turkish intelligence chief"


def test_en_a_verb_among_the_small_words_is_no_part_of_the_role():
    text = "Chinese officials said minister Li Wen met Norwegian Foreign Minister Anna Berg in Beijing on Monday."
    assert "said" not in (_roles(text)["Li Wen"] or "")
