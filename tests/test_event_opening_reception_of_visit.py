"""Event type on briefs invented for these tests (fictional people): an opening that names a meeting alone ("X empfängt
Y", "X trifft Y"), in the headline or the first sentence, is the reception that opens the visit the next sentence gives
as the reception's purpose ("hat Y zum ersten offiziellen Besuch empfangen", "wird Y zu einem offiziellen Arbeitsbesuch
empfangen"): the brief reports the visit. A guest told on a visit in a clause of its own ("traf sich mit Y, der zu
einem Arbeitsbesuch in Kessel weilte") is met, and the brief reports the meeting."""

from __future__ import annotations

import pytest

from briefparse import parse


@pytest.mark.parametrize(
    "text",
    [
        "Bundespräsident Lindner empfängt Ministerpräsident Holm in Aarau\n\n"
        "Heute Montag, 14. April 2025, hat Bundespräsident Paul Lindner den norländischen Ministerpräsidenten Erik "
        "Holm zum ersten offiziellen Besuch in der Schweiz empfangen. An den offiziellen Gesprächen nahm auch "
        "Ministerin Anna Berg teil.",
        "Erstellt am 09. Mai 2025, 10:44\n\n"
        "Bundespräsident Lindner trifft norländischen Amtskollegen Holm. Bundespräsident Paul Lindner wird seinen "
        "norländischen Amtskollegen Erik Holm am Donnerstag nächster Woche (15. Mai) zu einem offiziellen "
        "Arbeitsbesuch empfangen.",
    ],
)
def test_an_opening_reception_of_a_visit_given_as_its_purpose_is_the_visit(text: str) -> None:
    assert parse(text).event_type == "visit"


def test_a_guest_on_a_visit_in_a_clause_of_its_own_is_met() -> None:
    text = (
        "Zum Treffen des Außenministers Valdoriens, Paul Lindner, mit dem Außenminister Norlands, Erik Holm\n\n"
        "Am 10. Mai traf sich der Außenminister Valdoriens, Paul Lindner, mit dem Außenminister Norlands, Erik Holm, "
        "der zu einem Arbeitsbesuch in Kessel weilte."
    )
    assert parse(text).event_type == "meeting"
