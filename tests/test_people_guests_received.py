"""A later sentence of a visit in which someone named receives or hosts "the guests" (the visiting party): that host
takes part.

The briefs are written for these tests (invented people).
"""

import briefparse


def _names(brief: briefparse.Brief) -> list[str | None]:
    return [p.name for p in brief.participants]


def test_the_evening_host_of_the_guests_takes_part():
    brief = briefparse.parse(
        "Bundespräsident besucht Lübeck\n\n"
        "KIEL. Bundespräsident Lukas Berg besucht heute (4. Juni) mit 90 Diplomaten die Stadt Lübeck. Auf dem "
        "Programm stehen ein Rundgang und ein Mittagessen. Am Abend lädt Ministerpräsident Tom Weber die Gäste zu "
        "einem Empfang.\n"
    )
    assert "Tom Weber" in _names(brief)

