"""A gathering keeps the hall of a building it is held in ("empfing das Konsularische Korps im Weidensaal"), over
the city its dateline names; a meeting of two in such a room gives way to the city, as before
(briefs written for these tests)."""

from __future__ import annotations

import briefparse


def test_a_reception_of_the_consular_corps_is_placed_in_its_hall() -> None:
    text = (
        "Neujahrsempfang\n\n"
        "Düsseldorf - Oberbürgermeisterin Hanna Brüel empfing am Montag das Konsularische Korps im Weidensaal. "
        "Angeführt wurde das Korps von Doyen Malik Osei. Brüel dankte den Konsuln für ihre Arbeit."
    )
    brief = briefparse.parse(text)
    assert brief.event_type == "conference"
    assert brief.location == "Weidensaal"


def test_a_meeting_of_two_in_a_room_gives_way_to_the_city() -> None:
    text = (
        "Generalkonsul zu Gast\n\n"
        "Oberbürgermeister Jonas Wirth hat am Montag in Bautzen den Generalkonsul von Varnien, Malik Osei, im "
        "Ratssaal empfangen. Die beiden sprachen über die Partnerschaft der Städte."
    )
    brief = briefparse.parse(text)
    assert brief.event_type == "meeting"
    assert brief.location == "Bautzen"
