"""Participants on briefs invented for these tests (fictional people, real towns): a photo's caption that places the
people it shows by where they stand ("X (links)", "Y (2.v.r.)", "(v.l.) A, B und C") names people who were at the
event it shows; not at an event still to come."""

from __future__ import annotations

import pytest

from briefparse import parse

HONOURED = (
    "Ehrennadeln verliehen\n\n"
    "Im Rahmen der Ratssitzung am 4. März 2024 sind in Lindau erstmals drei Ehrennadeln verliehen worden.\n\n"
    "OB Karl Weber (li.) mit den Geehrten (v.l.) Jan Vogt, Lisa Brandt und Otto Keller.\n\n"
    "Die Ehrennadel soll den Dank der Stadt zum Ausdruck bringen."
)
GREETED = (
    "Generalkonsul zu Gast in der IHK\n\n"
    "Generalkonsul Pavel Novak (2.v.l.) wurde von IHK-Präsident Jan Vogt (links) und IHK-Hauptgeschäftsführerin Lisa "
    "Brandt (2.v.r.) begrüßt.\n\n"
    "Siegen. Pavel Novak, Generalkonsul der Republik Varnia, sprach kürzlich in der IHK über die Wirtschaft seines "
    "Landes. Er ist seit 2019 in Deutschland tätig."
)
COUNCILLORS = (
    "Langjährige Ratsmitglieder geehrt\n\n"
    "Drei Mitgliedern des Gemeinderates überreichte der Bürgermeister bei der konstituierenden Sitzung die Ehrung des "
    "Gemeindetages.\n\n"
    "Bürgermeister Karl Weber (Mitte) überreichte den Gemeinderäten Jan Vogt, Lisa Brandt und Otto Keller (v.l.) die "
    "Urkunden des Gemeindetages.\n\n"
    "Die Ehrung ist für eine langjährige kommunalpolitische Tätigkeit vorgesehen."
)


@pytest.mark.parametrize(
    ("text", "present"),
    [
        (HONOURED, {"Jan Vogt", "Lisa Brandt", "Otto Keller"}),
        (GREETED, {"Pavel Novak", "Jan Vogt", "Lisa Brandt"}),
        (COUNCILLORS, {"Karl Weber", "Jan Vogt", "Lisa Brandt", "Otto Keller"}),
    ],
)
def test_people_a_caption_places_in_its_photo_take_part(text: str, present: set[str]) -> None:
    brief = parse(text)
    assert present <= {p.name for p in brief.participants}
    assert not present & {p.name for p in brief.people_mentioned}


def test_a_caption_beside_an_event_still_to_come_adds_no_participant() -> None:
    brief = parse(
        "Bundespräsidentin Helga Brenner wird am Freitag den Präsidenten Paul Kern in Berlin empfangen. Es ist sein "
        "erster Besuch.\n\nFoto: Brenner (links) mit Otto Keller bei einem Empfang im Jahr 2019."
    )
    assert "Otto Keller" not in {p.name for p in brief.participants}
