"""Participants on briefs invented for these tests (fictional people, real towns): one person called by an office's
abbreviation ("LH", "OB", "Bgm.") and by the office written out ("Landeshauptmann", "Oberbürgermeisterin") has the
written-out office for role, whichever comes first; an abbreviation alone stays the role."""

from __future__ import annotations

import pytest

from briefparse import parse


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Graz, 4. März 2024 – LH Maria Lechner traf am Montag in der Burg Karl Huber. "
            "Landeshauptmann Maria Lechner lobte das Gespräch.",
            "Maria Lechner",
            "Landeshauptmann",
        ),
        (
            "Leipzig, 4. März 2024 – OB Jana Wolter empfing am Montag im Rathaus den Botschafter Karl Berger. "
            "Oberbürgermeisterin Jana Wolter lobte die Partnerschaft.",
            "Jana Wolter",
            "Oberbürgermeisterin",
        ),
        (
            "Leipzig, 4. März 2024 – Oberbürgermeisterin Jana Wolter empfing am Montag im Rathaus den Botschafter "
            "Karl Berger. OB Wolter lobte die Partnerschaft.",
            "Jana Wolter",
            "Oberbürgermeisterin",
        ),
        (
            "Leipzig, 4. März 2024 – OB Jana Wolter empfing am Montag im Rathaus den Botschafter Karl Berger.",
            "Jana Wolter",
            "OB",
        ),
    ],
)
def test_the_written_out_office_is_the_role_of_one_called_both_ways(text: str, name: str, role: str) -> None:
    assert {p.name: p.role for p in parse(text).participants}.get(name) == role
