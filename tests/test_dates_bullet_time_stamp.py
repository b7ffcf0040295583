"""Publication dates on briefs invented for these tests (fictional people): a page's stamp line that sets the time
off its date with a bullet ("18.10.2013 • 21:42 Uhr"), between a rubric and a reading time, is the page's date, as
with a middle dot or a bar."""

from __future__ import annotations

import pytest

from briefparse import parse

STORY = "Gestern empfing Bundespräsident Max Held den Botschafter Pavel Novak in Berlin."


@pytest.mark.parametrize("mark", ["•", "·", "|"])
def test_a_time_set_off_its_date_by_a_mark_stamps_the_page(mark: str) -> None:
    text = f"Titel der Meldung\n\nPolitik / 18.10.2013 {mark} 21:42 Uhr / 1 Minuten Lesezeit\n\n{STORY}"
    assert parse(text).published == "2013-10-18"


def test_a_bullet_in_a_sentence_stamps_nothing() -> None:
    text = f"Titel der Meldung\n\n{STORY} Das Gespräch am 18.10.2013 • 21:42 Uhr dauerte eine Stunde."
    assert parse(text).published is None
