"""A country (or a city-state named as one) that opens a capitalised run the gazetteer does not know, up to a link
word, is the place, as a city is ("im Vatikan in Audienz empfangen", "in Peking von Chinas Staatschef"): the words
after the link tell how or by whom, not more of the place's name.

The briefs are written for these tests (invented people).
"""

import briefparse


def _location(text: str) -> str | None:
    return briefparse.parse(text).location


def test_vatican_before_a_manner_after_its_link() -> None:
    text = (
        "Papst Franziskus hat am Donnerstag die slowenischen Bischöfe im Vatikan in Audienz empfangen. "
        "Bischof Anton Marek berichtete von einer herzlichen Begegnung.\n"
    )
    assert _location(text) == "Vatikan"


def test_city_before_a_manner_after_its_link_is_kept() -> None:
    text = (
        "Papst Franziskus hat am Donnerstag die slowenischen Bischöfe in Rom in Audienz empfangen. "
        "Bischof Anton Marek berichtete von einer herzlichen Begegnung.\n"
    )
    assert _location(text) == "Rom"
