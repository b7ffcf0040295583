"""Event type on German briefs invented for these tests (fictional people, real places): a visit qualified as high
("hoher Besuch", "hohen Staatsbesuch") names the guest of rank a host receives, not a journey: the brief is the
meeting. A state visit told without the adjective stays a visit."""

from __future__ import annotations

import pytest

from briefparse import parse


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Hoher Besuch und reger Austausch im Landhaus\n\n"
            "Landeshauptmann Karl Vogel und der norwegische Botschafter Lars Nyhus sprachen am Dienstag über die "
            "Zusammenarbeit der beiden Regionen.",
            "meeting",
        ),
        (
            "Hoher Besuch für Tirol: Landeshauptmann Karl Vogel hatte den norwegischen Botschafter Lars Nyhus zu "
            "Gast.\n\nZusammen mit Konsulin Eva Lund wurde Nyhus am Dienstag im Landhaus von Vogel empfangen.",
            "meeting",
        ),
        (
            "Hoher Staatsbesuch im Rathaus erwartet\n\n"
            "Oberbürgermeister Karl Vogel erwartet am Donnerstag hohen Staatsbesuch. "
            "Im Alten Rathaus wird der Botschafter der Ukraine, Petro Holub, erwartet.",
            "meeting",
        ),
        (
            "Staatsbesuch in Berlin\n\n"
            "Der norwegische König Olav Nyhus ist am Montag zu einem dreitägigen Staatsbesuch in Berlin eingetroffen.",
            "visit",
        ),
    ],
    ids=[
        "high-visit-in-the-headline",
        "high-visit-before-a-reception",
        "high-state-visit-expected-by-a-mayor",
        "state-visit-without-the-adjective",
    ],
)
def test_a_visit_qualified_as_high_is_the_guest_received(text: str, kind: str) -> None:
    assert parse(text, language="de").event_type == kind
