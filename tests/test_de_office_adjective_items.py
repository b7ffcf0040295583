"""German briefs: an office whose items carry adjectives in small letters ("Bundesminister für wirtschaftliche
Zusammenarbeit und Entwicklung") names no people with its nouns, in a headline or in a sentence.

The briefs are written for this test (invented people, real countries and cities).
"""

import briefparse


def _names(text: str) -> list[str | None]:
    return [p.name for p in briefparse.parse(text).participants]


def test_headline_office_with_adjectives_and_holder() -> None:
    names = _names(
        "Bundesministerin für wirtschaftliche Zusammenarbeit und Entwicklung, Lena Brandt, reist nach Ghana\n\n"
        "Berlin (dpa) - Die Bundesministerin für wirtschaftliche Zusammenarbeit und Entwicklung, Lena Brandt, ist "
        "am Montag, 3. April 2023, nach Ghana gereist.\n"
    )
    assert names == ["Lena Brandt"]


def test_headline_office_with_adjectives_without_holder() -> None:
    names = _names(
        "Bundesminister für wirtschaftliche Zusammenarbeit und Entwicklung zu Besuch in Ghana\n\n"
        "Berlin (dpa) - Bundesminister Jan Weber ist am Montag, 3. April 2017, nach Ghana gereist.\n"
    )
    assert names == ["Jan Weber"]


def test_two_adjectives_joined_before_the_item() -> None:
    names = _names(
        "Bundesministerin für europäische und internationale Angelegenheiten und Kultur trifft Amtskollegen\n\n"
        "Wien - Ministerin Eva Huber hat am Montag, 3. April 2023, ihren Amtskollegen Tomás Ruiz getroffen.\n"
    )
    assert "Angelegenheiten" not in names and "Kultur" not in names
