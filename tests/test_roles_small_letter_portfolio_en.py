"""Two or more words in small letters right before a role noun, after a function word, a comma or a line's start,
name the holder's portfolio or body ("signed by civil aviation and tourism secretary X", "and intelligence
organisation chief X"): they are part of the role. A verb or another role noun among them, or a capitalised word
right before them, keeps the noun alone.

Every brief and every person here is invented for the test.
"""

import briefparse


def roles(text: str) -> dict[str | None, str | None]:
    return {p.name: p.role for p in briefparse.parse(text).participants}


def test_joined_portfolio_in_small_letters_is_the_role_s():
    text = (
        "The agreement on tourism cooperation was jointly signed by civil aviation and tourism secretary "
        "Karim Hossain and Norlandic officials in Dhaka on Monday."
    )
    assert roles(text)["Karim Hossain"] == "civil aviation and tourism secretary"


def test_a_body_in_small_letters_after_a_possessive():
    text = (
        "The deal was signed by Norland’s agriculture ministry’s senior secretary Rahim Islam in Kathmandu on "
        "Monday."
    )
    assert roles(text)["Rahim Islam"] == "Norland’s agriculture ministry’s senior secretary"


def test_a_clause_s_words_before_the_modifiers_are_no_part_of_it():
    text = "The delegation included health minister Ana Vidal and two advisers, who landed in Lisbon on Monday."
    assert roles(text)["Ana Vidal"] == "minister"


def test_an_infinitive_s_verb_is_no_portfolio():
    text = (
        "President Ali Kora called on Monday to congratulate new prime minister Tomas Reed and to thank former "
        "finance minister Lena Park, the presidency said."
    )
    people = {p.name: p.role for p in briefparse.parse(text).participants + briefparse.parse(text).people_mentioned}
    assert people["Tomas Reed"] == "prime minister"
    assert people["Lena Park"] == "minister"
