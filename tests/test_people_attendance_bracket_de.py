"""German briefs invented for these tests (fictional people and places): who is told to have taken part with the
verb's bracket around a date's ordinal days or a name's initials ("nahm am Gipfeltreffen vom 3. bis 4. Mai teil",
"nahmen Karl B. Sommer und … teil": the presence cue still spans it), or in the perfect with its complement before
the participle ("hat ebenfalls an dem Gespräch teilgenommen"), takes part in the encounter reported."""

from __future__ import annotations

from briefparse import parse
from briefparse.lang import get_language
from briefparse.lang.base import Language
from briefparse.lang.compiled import compiled

MEETING = (
    "Der Minister für Landwirtschaft, Anton Berger, hat den Präsidenten des Bauernverbands, Ludwig Falk, zu einem "
    "Gespräch im Ministerium in Lindau getroffen. "
)


def _german() -> Language:
    language = get_language("de")
    assert language is not None
    return language


def names(text: str) -> list[str]:
    return [p.name for p in parse(text, language="de").participants if p.name]


def test_perfect_attendance_takes_part() -> None:
    found = names(
        MEETING + "Abteilungsleiter, Helmut Rainer, zuständig für Fragen der Förderung, hat ebenfalls an dem "
        "Gespräch teilgenommen. Im Mittelpunkt standen die Erträge des Jahres."
    )
    assert {"Anton Berger", "Ludwig Falk", "Helmut Rainer"} <= set(found)


def test_bracket_holds_ordinal_days_and_initials() -> None:
    representation = compiled(_german()).people.representation
    assert representation is not None
    for sentence in (
        "Auch der Regierungschef von Valdoria, Pieter Janssen, nahm am Gipfeltreffen vom 3. bis 4. Mai teil.",
        "Auf Seiten des Verbands nahmen Karl B. Sommer und Erika Lenz an dem Gespräch teil.",
    ):
        assert representation.search(sentence), sentence


def test_bracket_stops_at_a_sentence_end() -> None:
    representation = compiled(_german()).people.representation
    assert representation is not None
    assert not representation.search("Der Minister nahm Stellung. Die Gäste erhielten ein Buch zum Teil geschenkt.")
