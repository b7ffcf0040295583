"""A role closed by a comma before a name is that name's in a list that gives each title first, not an apposition
of the name before it (`names._apposition_of_previous_name`, `names._titled_item`)."""

from briefparse import parse


def _roles(text: str) -> dict[str | None, str | None]:
    return {p.name: p.role for p in parse(text).participants}


def test_the_title_before_a_name_without_a_comma_opens_a_role_first_list():
    roles = _roles(
        "Comitiva en Lima\n\nLa comitiva incluye a la canciller Rosa Beltrán, la ministra de Defensa, Marta Quiroga, "
        "y el ministro de Energía, Tomás Ibarra, que llegaron el lunes a Lima."
    )
    assert roles["Marta Quiroga"] == "ministra de Defensa"


def test_every_honorific_before_a_listed_name_is_passed_over():
    roles = _roles(
        "Minister visits Rabat\n\nMinister Daniel Orsett is accompanied by the Minister of State for Trade, His "
        "Excellency Ali Moren, Ambassador of Norland to Ruritania, His Excellency Dr. Karim Velasi, Additional "
        "Secretary of the Ministry of Foreign Affairs, Mr. Omar Tessen and Assistant Director of the Ministry, Ms. "
        "Lina Parova."
    )
    assert roles["Omar Tessen"] == "Additional Secretary of the Ministry of Foreign Affairs"


def test_a_verb_after_the_comma_is_no_adjective_of_the_role():
    roles = _roles(
        "Meetings at the palace\n\nPresident of the Republic, General Paul Vardan, welcomed Minister of State for "
        "Foreign Trade, Karim Assaf, who briefed him on his work programme."
    )
    assert roles["Karim Assaf"] == "Minister of State for Foreign Trade"

