"""A page may print its headline alone and again with a kicker of a few words run into it on one line ("Marin
begrüßt Ostrik" / "Norlands Präsident in Berlin Marin begrüßt Ostrik"): the copy standing alone is the headline.

Every brief and every person here is invented for the test; the countries are invented.
"""

import briefparse

STORY = (
    "Die Bundeskanzlerin Anna Marin hat den neuen Staatspräsidenten Norlands, Jan Ostrik, im Bundeskanzleramt "
    "empfangen. Es ist die erste Auslandsreise des Staatsoberhauptes. Im Mittelpunkt des Gesprächs standen "
    "europapolitische Fragen."
)


def test_the_copy_standing_alone_is_the_headline_without_the_kicker_run_into_the_other():
    text = f"Marin begrüßt Ostrik\n\nNorlands Präsident in Berlin Marin begrüßt Ostrik\n\n{STORY}\n"
    assert briefparse.parse(text).title == "Marin begrüßt Ostrik"


def test_the_copy_standing_alone_under_the_kicked_line_is_the_headline_too():
    text = f"Norlands Präsident in Berlin Marin begrüßt Ostrik\n\nMarin begrüßt Ostrik\n\n{STORY}\n"
    assert briefparse.parse(text).title == "Marin begrüßt Ostrik"


def test_a_headline_with_no_shorter_copy_keeps_its_words():
    text = f"Norlands Präsident in Berlin: Marin begrüßt Ostrik\n\n{STORY}\n"
    assert briefparse.parse(text).title == "Norlands Präsident in Berlin: Marin begrüßt Ostrik"
