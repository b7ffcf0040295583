"""A headline that capitalises its little words too ("Envoy Pays Courtesy Call On Minister Of Foreign Affairs") is
in title case, even when the prose writes none of its longer words in lower case: there a capital tells no name, so
the verb after a role ("Ambassador Pays") is no ambassador's surname.

Every brief here is invented for the test.
"""

import briefparse

_BODY = (
    "The Minister of Foreign Affairs Paul Marin held a meeting with Jean Obame, Ambassador of Lorenia, at the "
    "Ministry Headquarters in Kampala.\n\nThe talks focused at trade and fisheries."
)


def test_a_capitalised_little_word_makes_the_headline_title_case() -> None:
    brief = briefparse.parse("Lorenian Ambassador Pays Courtesy Call On Minister Of Foreign Affairs\n\n" + _BODY)
    assert [p.name for p in brief.participants] == ["Paul Marin", "Jean Obame"]


def test_a_capital_after_a_colon_is_no_sign_of_title_case() -> None:
    brief = briefparse.parse("Lorenia: The Ambassador meets Minister Marin\n\n" + _BODY)
    assert [p.name for p in brief.participants] == ["Paul Marin", "Jean Obame"]
