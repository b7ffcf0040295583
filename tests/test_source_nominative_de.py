"""A German body cited with an article that declines its adjective ("das Auswärtige Amt", "dem Auswärtigen Amt",
"der Bayerischen Staatskanzlei") is named in the nominative with no article; the span keeps what is written."""

import datetime as dt

import pytest

import briefparse
from briefparse.lang.de_phrases import phrase_in_nominative

DE = (
    "Berlin - Bundesaußenminister Hans Mohr hat am Montag seinen Amtskollegen aus Valdoria, Pierre Durand, "
    "empfangen. Die beiden sprachen über den Handel. "
)


@pytest.mark.parametrize(
    ("ending", "name", "written"),
    [
        ("Das teilte das Auswärtige Amt mit.\n", "Auswärtiges Amt", "das Auswärtige Amt"),
        ("Das teilte die Bayerische Staatskanzlei mit.\n", "Bayerische Staatskanzlei", "die Bayerische Staatskanzlei"),
    ],
)
def test_the_body_named_in_the_nominative(ending: str, name: str, written: str) -> None:
    source = briefparse.parse(DE + ending, reference_date=dt.date(2024, 3, 4)).source
    assert source is not None and source.name == name and source.span.text == written


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Auswärtigen Amt", "Auswärtiges Amt"),
        ("Auswärtigen Amtes in Berlin", "Auswärtiges Amt in Berlin"),
        ("Bayerischen Staatskanzlei", "Bayerische Staatskanzlei"),
        ("Vereinten Nationen", "Vereinten Nationen"),  # a plural: as written
        ("Staatskanzlei", "Staatskanzlei"),
    ],
)
def test_phrase_in_nominative(phrase: str, expected: str) -> None:
    assert phrase_in_nominative(phrase) == expected
