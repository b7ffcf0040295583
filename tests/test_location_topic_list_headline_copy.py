"""Places a brief talks about, and a headline the page prints twice.

A place joined by a list joiner or a comma to a topic's place is a topic too ("la situation en Ukraine et en Syrie",
"the situation in Sudan and in Libya"), not where the talks were held. A copy of the headline printed again below it
is read once, as the title: it takes no place among the sentences that tell the event, so the one naming the city is
still read.

The briefs are written for this test (invented people, real countries and cities).
"""

import pytest

import briefparse


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Le ministre kessois Aram Dubrovin et son homologue Petr Kalder ont discuté de la situation en Ukraine et"
            " en Syrie.\n\nLes deux ministres se sont rencontrés mardi à Genève.",
            "Genève",
        ),
        (
            "Le ministre Aram Dubrovin et son homologue Petr Kalder ont évoqué la crise en Libye, au Soudan et au"
            " Tchad.\n\nIls se sont rencontrés mardi à Genève.",
            "Genève",
        ),
    ],
)
def test_places_joined_to_a_topic_are_topics(text: str, place: str) -> None:
    assert briefparse.parse(text).location == place


def test_developments_are_a_topic() -> None:
    text = (
        "Le ministre Aram Dubrovin a reçu mardi son homologue Petr Kalder pour évoquer les derniers développements en"
        " Libye."
    )
    assert briefparse.parse(text).location is None


def test_a_topic_alone_gives_no_place() -> None:
    text = "Le ministre Aram Dubrovin a discuté avec Petr Kalder de la situation en Libye et au Soudan."
    assert briefparse.parse(text).location is None


def test_a_headline_copy_does_not_hide_the_sentence_with_the_city() -> None:
    text = (
        "World\n\nDubrovin meets Varnian counterpart Kalder on summit sidelines\n\n"
        "Dubrovin meets Varnian counterpart Kalder on summit sidelines\n\n"
        "Written by Lina Osei Mar 02, 2023, 08:11 pm 2 min read\n\n"
        "Varnian Foreign Minister Petr Kalder (L) and his counterpart Aram Dubrovin (R) met on Thursday (Photo credit:"
        " Twitter)\n\n"
        "Foreign Minister Aram Dubrovin met his Varnian counterpart Petr Kalder on the sidelines of the G20 Foreign"
        " Ministers' Meeting in New Delhi on Thursday. The two held bilateral talks for the first time.\n"
    )
    assert briefparse.parse(text, language="en").location == "New Delhi"


@pytest.mark.parametrize(
    "text",
    [
        "El presidente Julio Ramos y el mandatario Pablo Ruiz discutieron el lunes sobre los conflictos desatados en"
        " Irán y Venezuela.",
        "President Aram Dubrovin and his counterpart Petr Kalder discussed on Monday the conflicts in Sudan and Libya.",
    ],
)
def test_plural_topic_nouns_make_the_place_a_topic(text: str) -> None:
    assert briefparse.parse(text).location is None
