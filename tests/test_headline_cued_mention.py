"""A full name that a headline gives after a mention cue ("Tod von X", "death of X") is mentioned, even when the body
names only the one who sends condolences and its sentence reads as the event.

Every brief here is invented for the test.
"""

import briefparse


def _mentioned(text: str) -> list[str | None]:
    return [p.name for p in briefparse.parse(text).people_mentioned]


def test_the_dead_named_only_in_a_german_headline_is_mentioned() -> None:
    text = (
        "Trauer um Paul Sommer: Der Tod von Paul Sommer ist ein großer Verlust\n\n"
        "Bürgermeisterin Anna Marin kondolierte am Montag der Familie. Sie würdigte den Politiker als Freund der Stadt."
    )
    brief = briefparse.parse(text)
    assert "Paul Sommer" in [p.name for p in brief.people_mentioned]
    assert "Anna Marin" in [p.name for p in brief.participants]


def test_the_dead_named_only_in_an_english_headline_is_mentioned() -> None:
    text = (
        "Governor mourns the death of Tomas Ravel\n\n"
        "Governor Lena Okafor on Monday sent a condolence message to the family of the former senator."
    )
    assert "Tomas Ravel" in _mentioned(text)


def test_a_headline_name_without_a_cue_is_not_added() -> None:
    text = (
        "Lena Okafor praises Tomas Ravel\n\n"
        "Governor Lena Okafor on Monday sent a condolence message to the family of the former senator."
    )
    brief = briefparse.parse(text)
    assert "Tomas Ravel" not in [p.name for p in brief.participants]
