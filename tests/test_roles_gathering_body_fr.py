"""A role whose body's name opens on a gathering's noun written with a capital ("le président de la Conférence des
évêques, X", "du Forum des jeunes"): the noun names the body the role is of, so the role runs on to the name and the
name takes it, as any other body's would."""

import briefparse


def _roles(text: str) -> dict[str | None, str | None]:
    return {p.name: p.role for p in briefparse.parse(text).participants}


def test_role_of_a_conference_named_body_reaches_its_holder():
    roles = _roles(
        "Le Premier ministre, Paul Kessel, a reçu mardi à Valdor le président de la Conférence des juridictions "
        "constitutionnelles africaines, Jean Amon, a indiqué un communiqué.\n"
    )
    assert roles.get("Jean Amon") == "président de la Conférence des juridictions constitutionnelles africaines"
    assert None not in roles


def test_role_of_a_forum_named_body_reaches_its_holder():
    roles = _roles("Le ministre Paul Kessel a reçu lundi le président du Forum des jeunes, Marc Doru.\n")
    assert roles.get("Marc Doru") == "président du Forum des jeunes"


def test_a_gathering_in_small_letters_still_ends_the_role():
    brief = briefparse.parse(
        "Le président de la République, Paul Kessel, a ouvert lundi à Valdor la conférence des bailleurs.\n"
    )
    assert [p.role for p in brief.participants if p.name == "Paul Kessel"] == ["président de la République"]
