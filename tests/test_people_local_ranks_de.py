"""Participants on briefs invented for these tests (fictional people, real towns): the ranks and callings a local
German release titles people by before their names (the fire brigade's and the crafts' masters, a commander, the
clergy, an architect, an artist, a council's member) are their roles, no words of their names."""

from __future__ import annotations

import pytest

from briefparse import parse

HANDOVER = (
    "Neues Fahrzeug für die Ortsfeuerwehr\n\n"
    "Die Ortsfeuerwehr Kleinfeld hat am Dienstagabend einen neuen Mannschaftswagen erhalten. Im Beisein der Aktiven "
    "hat Stadtbrandmeister Jan Vogt den Schlüssel von Bürgermeister Karl Weber bekommen und an Ortsbrandmeister Otto "
    "Keller weitergereicht. Anwesend waren auch Pastorin Lisa Brandt und Gemeinderatsmitglied Paul Kern."
)
SITE_VISIT = (
    "Der Rohbau des neuen Kreishauses in Ulm ist fertig. Landrat Karl Weber hat mit Zimmermeister Jan Vogt, "
    "Architektin Lisa Brandt und Pfarrer Otto Keller am Montag die Baustelle besucht."
)


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        (
            HANDOVER,
            {
                "Jan Vogt": "Stadtbrandmeister",
                "Otto Keller": "Ortsbrandmeister",
                "Lisa Brandt": "Pastorin",
                "Paul Kern": "Gemeinderatsmitglied",
            },
        ),
        (SITE_VISIT, {"Jan Vogt": "Zimmermeister", "Lisa Brandt": "Architektin", "Otto Keller": "Pfarrer"}),
    ],
)
def test_a_local_rank_before_a_name_is_its_role(text: str, roles: dict[str, str]) -> None:
    brief = parse(text)
    found = {p.name: p.role for p in brief.participants}
    for name, role in roles.items():
        assert found.get(name) == role


def test_a_surname_that_is_a_rank_stays_a_name() -> None:
    brief = parse("Bürgermeister Peter Meister hat am Montag in Graz den Botschafter Karl Huber empfangen.")
    assert {p.name: p.role for p in brief.participants}.get("Peter Meister") == "Bürgermeister"
