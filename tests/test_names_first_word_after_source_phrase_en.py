"""A holder named in full after a title ("Prime Minister Leota Naomi Amosa") and quoted later by the first word of the
name alone ("According to Leota, ..."): the preposition of "according to" brings in who speaks, so the word it
governs is no place the title holds, and the name keeps its first word.

The briefs are written for these tests (invented people).
"""

import briefparse


def test_a_first_word_quoted_after_according_to_stays_in_the_name() -> None:
    text = (
        "APIA, May 3, 2023 — Prime Minister Leota Naomi Amosa today received a courtesy call from the Ambassador of "
        "Chile, Pedro Lagos.\n\nAccording to Leota, the talks were fruitful.\n"
    )
    brief = briefparse.parse(text)
    prime_minister = brief.participants[0]
    assert (prime_minister.name, prime_minister.role) == ("Leota Naomi Amosa", "Prime Minister")


def test_a_lower_case_according_to_in_mid_sentence() -> None:
    text = (
        "APIA, May 3, 2023 — Foreign Minister Tavita Mele Sapolu met the Ambassador of Chile, Pedro Lagos, on "
        "Wednesday.\n\nThe two sides discussed fisheries, and according to Tavita, a new agreement is near.\n"
    )
    brief = briefparse.parse(text)
    assert brief.participants[0].name == "Tavita Mele Sapolu"
