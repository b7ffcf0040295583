"""In German a run that opens on a surname and goes on with "von" or "zu" holds a preposition, not a nobiliary
particle ("Brandhuber empfängt Vellinger zu Gesprächsreihe", "Vellinger von Brandhuber empfangen"): the name ends at
the surname. A particle after a given name, a double one too, stays in the name ("Karl-Otto zu Wildenfels"); a
saint's title opens a place's name ("St. Gallen"), no one's.

Every brief and every person here is invented for the test; the places are real.
"""

import datetime as dt

import briefparse


def _names(text: str) -> list[str | None]:
    brief = briefparse.parse(text, reference_date=dt.date(2024, 11, 25))
    return [p.name for p in brief.participants]


def test_de_a_surname_then_zu_and_a_noun_ends_at_the_surname() -> None:
    text = (
        "Brandhuber empfängt Vellinger zu Gesprächsreihe mit Spitzenpolitikern\n\n"
        "Bundespräsident Anton Brandhuber hat den Parteichef Tomas Vellinger am Donnerstag zu einem Gespräch "
        "über die politische Lage im Schloss Bellevue empfangen."
    )
    names = _names(text)
    assert "Tomas Vellinger" in names
    assert not any(n and "Gesprächsreihe" in n for n in names)


def test_de_a_surname_then_von_and_its_agent_ends_at_the_surname() -> None:
    text = (
        "Vellinger von Brandhuber empfangen\n\n"
        "Der Ministerpräsident Tomas Vellinger ist am Montag vom Präsidenten Anton Brandhuber in dessen Residenz "
        "empfangen worden."
    )
    names = _names(text)
    assert not any(n and " von " in n for n in names)
    assert "Tomas Vellinger" in names and "Anton Brandhuber" in names


def test_de_a_double_given_name_keeps_its_particle() -> None:
    text = (
        "Blitzbesuch in der Kaserne\n\n"
        "Verteidigungsminister Karl-Otto zu Wildenfels besuchte am Montag die Kaserne in Weißenfels und sprach "
        "mit Oberbürgermeister Anton Brandhuber."
    )
    assert "Karl-Otto zu Wildenfels" in _names(text)


def test_de_a_saints_title_opens_a_place_not_a_name() -> None:
    text = (
        "Parlamentarier treffen sich am Bodensee\n\n"
        "An dem Treffen nahmen die Landtagspräsidentin Dr. Anna Kellerhals, Tomas Vellinger aus Schaffhausen, "
        "St. Gallen und Thurgau sowie der Gastgeber Anton Brandhuber teil."
    )
    assert "St. Gallen" not in _names(text)
