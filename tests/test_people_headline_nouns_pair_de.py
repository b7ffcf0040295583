"""A German headline's two capitalised words joined by "und" are a pair who met only when they may be surnames:
German writes every noun with a capital, so two nouns the language knows ("dem finnischen Volk und Staat",
"Zusammenarbeit und Integration") name no two people, while two surnames still take part.

Every brief and every person here is invented for the test.
"""

import datetime as dt

import briefparse


def _names(text: str) -> list[str | None]:
    brief = briefparse.parse(text, reference_date=dt.date(2024, 11, 25))
    return [p.name for p in brief.participants]


def test_de_two_nouns_joined_by_und_in_a_headline_are_no_pair_of_people() -> None:
    text = (
        "Die Schweiz kondoliert dem finnischen Volk und Staat\n\n"
        "Bern, 25.11.2024 - Der Schweizer Bundespräsident, Anton Kellerhals, hat mit grosser Bestürzung vom "
        "Zugunglück in Tampere erfahren. Er sprach der finnischen Präsidentin sein Beileid aus."
    )
    assert "Volk" not in _names(text) and "Staat" not in _names(text)


def test_de_a_portfolio_pair_in_a_headline_is_no_pair_of_people() -> None:
    text = (
        "Minister für Umwelt und Tourismus der Republik Norland trug sich ins Goldene Buch ein\n\n"
        "Der Minister für Umwelt und Tourismus der Republik Norland, Tomas Vellinger, hat heute im Beisein von "
        "Oberbürgermeister Karl Brandhuber im Rathaus das Goldene Buch der Stadt unterschrieben."
    )
    names = _names(text)
    assert "Umwelt" not in names and "Tourismus" not in names


def test_de_two_surnames_joined_by_und_in_a_headline_still_take_part() -> None:
    text = (
        "Brandhuber und Vellinger telefonieren\n\n"
        "Der Außenminister hat am Montag mit seinem norländischen Amtskollegen telefoniert, teilte das Ministerium mit."
    )
    assert _names(text) == ["Brandhuber", "Vellinger"]
