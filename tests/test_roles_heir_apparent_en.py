"""A throne's heir apparent is a role before the name ("Norland's Heir Apparent, Tom, Prince of Valdor"), no
person's name."""

import briefparse


def test_heir_apparent_is_a_role_not_a_name():
    text = (
        "Riyadh, March 16, 2013 - Crown Prince Faisal bin Nasser received Norland's Heir Apparent, Harald, Prince "
        "of Valdor, at his ranch yesterday evening.\n"
    )
    names = [p.name for p in briefparse.parse(text).participants]
    assert "Heir Apparent" not in names and "Faisal bin Nasser" in names
