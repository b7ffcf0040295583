"""An outlet cited inside a sentence with its article in capitals ("according to The Valdoria Herald newspaper")
keeps that article, which is its name's; a sentence's own capital ("The ministry said …") is not kept.

The briefs are invented for these tests.
"""

from briefparse import parse


def test_a_capitalised_article_inside_a_sentence_is_the_outlets() -> None:
    text = (
        "Prime Minister Paul Marin arrived in Korvik on Friday evening on his first official visit abroad.\n\n"
        "Marin is scheduled to meet President Ilse Varga on Saturday, according to The Norland Herald newspaper."
    )
    found = parse(text).source
    assert found is not None
    assert found.name.startswith("The Norland Herald")


def test_the_article_opening_a_sentence_is_dropped() -> None:
    text = (
        "Marin meets Varga\n\nKORVIK - Prime Minister Paul Marin met President Ilse Varga in Korvik on Friday.\n\n"
        "The Foreign Ministry said the talks were useful."
    )
    found = parse(text).source
    assert found is not None
    assert found.name == "Foreign Ministry"
