"""A word of the cues that leave an event undecided ("ob": whether) written in capitals before a name is an
abbreviation, not that word: "OB Kern empfängt …" names the Oberbürgermeister, and the reception is reported, not
only considered. The lower-case conjunction still leaves the event undecided.

Every brief here is invented for the test.
"""

import briefparse


def test_ob_before_a_name_does_not_leave_the_reception_undecided() -> None:
    text = (
        "OB Kern empfängt Botschafter Dessar\n\nMusterstadt - Der Botschafter Lurands, Paul Dessar, war am Dienstag zu "
        "Gast im Rathaus. Oberbürgermeisterin Eva Kern zeigte ihm die Altstadt."
    )
    assert briefparse.parse(text).event_type == "meeting"


def test_ob_receiving_a_corps_is_a_gathering() -> None:
    text = (
        "OB Kern empfängt das Konsularische Korps\n\nMusterstadt - Über 40 Konsuln kamen am Dienstag ins Rathaus. "
        "Oberbürgermeisterin Eva Kern sprach über die Partnerstädte."
    )
    assert briefparse.parse(text).event_type == "conference"


def test_the_conjunction_still_leaves_a_meeting_undecided() -> None:
    text = (
        "Unklar, ob Treffen von Kanzler Ober und Botschafter Dessar stattfindet\n\nMusterstadt - Noch ist unklar, ob "
        "ein Treffen von Kanzler Hans Ober mit Botschafter Paul Dessar stattfindet, sagte ein Sprecher am Dienstag."
    )
    assert briefparse.parse(text).event_type == "statement"
