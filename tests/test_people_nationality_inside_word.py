"""A nationality adjective inside a longer word is not a nationality: "steirischen" holds "irischen" (Ireland)."""

from briefparse import parse

BRIEF = (
    "Graz: Botschafterin trifft Landeshauptmann\n\n"
    "Graz, 12. März 2024. Die finnische Botschafterin Anna Virtanen hat am Dienstag den steirischen "
    "Landeshauptmann Karl Brunnhofer in der Grazer Burg getroffen. Die beiden sprachen über Wirtschaft und Tourismus.\n"
)


def test_a_regions_adjective_is_not_a_country_it_ends_with() -> None:
    people = {p.name: p for p in parse(BRIEF).participants}
    governor = people["Karl Brunnhofer"]
    assert governor.role == "steirischen Landeshauptmann"
    assert governor.affiliation != "Irland"


def test_a_nationality_standing_alone_still_gives_the_country() -> None:
    people = {p.name: p for p in parse(BRIEF).participants}
    assert people["Anna Virtanen"].affiliation == "Finnland"
