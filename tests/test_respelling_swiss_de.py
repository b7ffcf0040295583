"""Swiss and Liechtenstein German write "ss" for "ß" ("begrüssten", "Aussenminister"): the compiled patterns read
every word the German data spells with "ß" in either spelling, and read both alike.

Every brief here is invented for the test.
"""

import pytest

import briefparse
from briefparse.lang import de
from briefparse.lang.compiled import compiled


@pytest.mark.parametrize("spelled", ["begrüßten", "begrüssten"])
def test_welcomers_take_part_in_either_spelling(spelled: str) -> None:
    text = (
        "Staatsbesuch aus Norland in Valdorien\n\n"
        "Der Präsident von Norland, Karl Vester, weilte am Montag, 3. Mai 2021, zu einem offiziellen Besuch in "
        f"Valdorien. Fürst Paul Marin und Fürstin Lea Marin {spelled} den Staatsgast mit allen Ehren auf Schloss "
        "Valburg."
    )
    brief = briefparse.parse(text)
    assert "Paul Marin" in {p.name for p in brief.participants}


def test_either_spelling_reads_the_same() -> None:
    text = (
        "Empfang in Valburg\n\n"
        "Bundespräsident Paul Marin {} am 3. Mai 2021 den Präsidenten von Norland, Karl Vester, im Rathaus von "
        "Valburg."
    )
    sharp, swiss = (briefparse.parse(text.format(verb)) for verb in ("begrüßte", "begrüsste"))
    assert swiss.event_type == sharp.event_type
    assert [p.name for p in swiss.participants] == [p.name for p in sharp.participants]


def test_the_words_as_written_come_first() -> None:
    respelled = compiled(de.LANGUAGE).language
    welcome = tuple(de.LANGUAGE.welcome_words)
    assert tuple(respelled.welcome_words)[: len(welcome)] == welcome
    assert {w.replace("ß", "ss") for w in welcome} <= set(respelled.welcome_words)
