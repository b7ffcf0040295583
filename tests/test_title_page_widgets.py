"""A page's widgets and notices over the headline are page furniture, never the headline: an ad blocker's notice,
the text size's buttons run together, a blog's author archive title ("Anna Berger, Author at Example News").

Every brief and every person here is invented for the test; the countries are invented.
"""

import pytest

import briefparse

HEADLINE_FR = "Le ministre Paul Marin dirigera une mission commerciale à Norland"
STORY_FR = (
    "Le ministre du Commerce de Valdoria, Paul Marin, dirigera en mai une mission commerciale à Norland, avec une "
    "trentaine d'entreprises du pays."
)
HEADLINE_EN = "Minister Paul Marin to lead a trade mission to Norland"
STORY_EN = (
    "Valdoria's trade minister Paul Marin will lead a trade mission to Norland in May, with some thirty of the "
    "country's companies."
)


@pytest.mark.parametrize(
    ("widget", "headline", "story"),
    [
        ("Veuillez désactiver le bloqueur de publicité SVP!", HEADLINE_FR, STORY_FR),
        ("Restaurer la taille du texteAugmenter la taille du texte", HEADLINE_FR, STORY_FR),
        ("Anna Berger, Author at Valdoria Infos - Page 3 sur 12", HEADLINE_FR, STORY_FR),
        ("Please disable your ad blocker to read this story", HEADLINE_EN, STORY_EN),
        ("Increase text sizeDecrease text size", HEADLINE_EN, STORY_EN),
    ],
)
def test_a_widget_over_the_headline_is_no_headline(widget, headline, story):
    assert briefparse.parse(f"{widget}\n\n{headline}\n\n{story}\n").title == headline
