"""Publication dates on briefs invented for these tests (fictional people): a full date that opens a line and runs on
into the page's byline ("06.09.2021 von Anna Muster in Campus") is the page's stamp, however long the byline; a
sentence that opens on a date and goes on with "von" is not."""

from __future__ import annotations

import pytest

from briefparse import parse

STORY = (
    "Zum ersten Mal hat die Botschafterin Norwegens, Liv Beispiel, am Montag die Universität Kassel besucht. "
    "Rektor Karl Muster führte sie durch das neue Museum."
)


@pytest.mark.parametrize(
    ("stamp", "iso"),
    [
        ("06.09.2021 von Manuela Beispiel-Muster in Campus", "2021-09-06"),
        ("6. September 2021 | von Manuela Beispiel-Muster, Pressestelle", "2021-09-06"),
    ],
)
def test_a_date_opening_the_byline_line_stamps_the_page(stamp: str, iso: str) -> None:
    text = f"Botschafterin besucht Universität\n\n{stamp}\n\n{STORY}"
    assert parse(text).published == iso


def test_a_sentence_that_opens_on_a_date_and_a_byline_word_stamps_nothing() -> None:
    text = (
        f"Botschafterin besucht Universität\n\n{STORY}\n"
        "06.09.2021 von Rektor Karl Muster eröffnet, zeigt das Museum Funde aus drei Jahrhunderten."
    )
    assert parse(text).published is None
