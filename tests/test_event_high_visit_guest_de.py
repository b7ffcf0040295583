"""Event type on German briefs invented for these tests (fictional people, real places): a visit qualified as high
("hoher Besuch", "hohen Staatsbesuch") names the guest of rank a host receives, not a journey: the brief is the
meeting. A state visit told without the adjective stays a visit."""

from __future__ import annotations

from briefparse import parse


def test_high_visit_in_the_headline_is_the_guest_received() -> None:
    text = (
        "Hoher Besuch und reger Austausch im Landhaus\n\n"
        "Landeshauptmann Karl Vogel und der norwegische Botschafter Lars Nyhus sprachen am Dienstag über die "
        "Zusammenarbeit der beiden Regionen."
    )
    assert parse(text, language="de").event_type == "meeting"


def test_high_visit_before_a_reception_is_a_meeting() -> None:
    text = (
        "Hoher Besuch für Tirol: Landeshauptmann Karl Vogel hatte den norwegischen Botschafter Lars Nyhus zu Gast.\n\n"
        "Zusammen mit Konsulin Eva Lund wurde Nyhus am Dienstag im Landhaus von Vogel empfangen."
    )
    assert parse(text, language="de").event_type == "meeting"


def test_high_state_visit_expected_by_a_mayor_is_a_meeting() -> None:
    text = (
        "Hoher Staatsbesuch im Rathaus erwartet\n\n"
        "Oberbürgermeister Karl Vogel erwartet am Donnerstag hohen Staatsbesuch. "
        "Im Alten Rathaus wird der Botschafter der Ukraine, Petro Holub, erwartet."
    )
    assert parse(text, language="de").event_type == "meeting"


def test_a_state_visit_without_the_adjective_stays_a_visit() -> None:
    text = (
        "Staatsbesuch in Berlin\n\n"
        "Der norwegische König Olav Nyhus ist am Montag zu einem dreitägigen Staatsbesuch in Berlin eingetroffen."
    )
    assert parse(text, language="de").event_type == "visit"
