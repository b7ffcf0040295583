"""The French role noun "sultan", as "roi" and "émir" are: the sultan a ruler phones takes part, with his title as
his role. Brief invented for the test; the names are fictional."""

from __future__ import annotations

import briefparse


def test_a_sultan_is_a_party_with_his_title() -> None:
    text = (
        "Le Roi Karim Adjovi a eu mardi un échange téléphonique avec le Sultan Tarik Ben Salem, indique un communiqué."
    )
    parties = {p.name: p.role for p in briefparse.parse(text).participants}
    assert parties.get("Tarik Ben Salem") == "Sultan"
