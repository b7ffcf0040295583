"""A date alone on its line, led by a sentence's fragment in lower case and closed by a comma ("am Mittwoch, dem
12. Oktober 2016,"), is an event's day in a sentence the page's layout broke over lines, not the brief's date line.

Every brief here is invented for the test.
"""

import briefparse


def test_a_date_in_a_sentence_broken_over_lines_is_no_publication_date() -> None:
    text = (
        "Präsident Marin trifft Botschafter aus Norland\n\n"
        "Landtagspräsident Paul Marin empfängt\n\n"
        "am       Mittwoch, dem 12. Oktober 2016,\n\n"
        "um      11:00 Uhr\n\n"
        "den Botschafter des Königreichs Norland, Erik Solberg, zu dessen Antrittsbesuch im Landtag."
    )
    brief = briefparse.parse(text)
    assert brief.published is None
    assert brief.date == "2016-10-12"


def test_a_date_line_led_by_its_weekday_stays_the_publication_date() -> None:
    text = (
        "Präsident Marin trifft Botschafter aus Norland\n\n"
        "Mittwoch, 12. Oktober 2016\n\n"
        "Landtagspräsident Paul Marin hat am Mittwoch den Botschafter des Königreichs Norland, Erik Solberg, zu "
        "dessen Antrittsbesuch im Landtag empfangen."
    )
    assert briefparse.parse(text).published == "2016-10-12"
