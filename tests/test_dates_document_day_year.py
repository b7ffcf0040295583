"""The date a document bears ("the Minsk agreements of February 12, 2015") gives no year to a dateline without one:
a text the story names, however old. Every brief here is invented for the test."""

import pytest

import briefparse


@pytest.mark.parametrize(
    "text",
    [
        "MOSCOW, May 31 (Valdor Wire) - Foreign Minister Ivan Petrov met his counterpart Hans Gruber to discuss the"
        " Minsk agreements of February 12, 2015.",
        "BERLIN, 31. Mai (Valdor) - Außenminister Hans Gruber hat seinen Amtskollegen Ivan Petrov getroffen, um über"
        " das Abkommen vom 12. Februar 2015 zu sprechen.",
        "PARIS, 31 mai (Valdor) - Le ministre Jean Petit a rencontré son homologue Hans Gruber pour évoquer l'accord"
        " du 12 février 2015 sur le gaz.",
        "MADRID, 31 may (Valdor).- El ministro Juan Pérez se reunió con su homólogo Hans Gruber para hablar del"
        " acuerdo del 12 de febrero de 2015 sobre el gas.",
    ],
)
def test_a_document_date_gives_no_year_to_a_yearless_dateline(text: str) -> None:
    brief = briefparse.parse(text)
    assert brief.published is None
    assert brief.date is None


def test_a_meeting_date_still_gives_its_year_to_the_dateline() -> None:
    text = (
        "MOSCOW, May 31 (Valdor Wire) - Foreign Minister Ivan Petrov met his counterpart Hans Gruber on May 30, 2019"
        " to discuss gas supplies."
    )
    assert briefparse.parse(text).published == "2019-05-31"
