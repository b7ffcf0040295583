"""« Dr. » and « Pr. » written with the abbreviation's dot are honorifics as « Dr » and « Pr » are (en, de and es list
the dotted forms too): after a title and its comma (« la Directrice de Cabinet du Premier Ministre, Dr. X Y ») the title
is the person's whole role, not cut at its genitive with « , Dr. » glued to what is left.

Every brief here is invented for the test.
"""

import briefparse


def _roles(text: str) -> dict[str | None, str | None]:
    return {p.name: p.role for p in briefparse.parse(text).participants}


def test_dotted_doctor_after_the_title_keeps_the_whole_role() -> None:
    roles = _roles(
        "Le Premier ministre Kofi Asante a reçu lundi l'ambassadeur de Chine, M. Li Wei. L’audience s’est déroulée en "
        "présence de la Directrice de Cabinet du Premier Ministre, Dr. Aminata Mint Salem."
    )
    assert roles.get("Aminata Mint Salem") == "Directrice de Cabinet du Premier Ministre"
    assert None not in roles


def test_dotted_professor_is_no_part_of_the_role() -> None:
    roles = _roles("Le ministre de la Santé, Pr. Amadou Sylla, a reçu lundi l'ambassadeur de Chine, M. Li Wei.")
    assert roles.get("Amadou Sylla") == "ministre de la Santé"
