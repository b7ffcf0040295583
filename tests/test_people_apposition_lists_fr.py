"""Lists of officials at an audience, each with the title the brief prints beside the name: a name's second title
after its first ("X, ministre de A, porte-parole du gouvernement, Y, …" is X's, not Y's), the last of a list of bare
names under a plural office (the title after it, before a comma and a name, is that next name's), a contracted title
after a plain address ("MM. Dr X": no one's given name), and a cabinet's "chargé de mission".

Every brief and every person here is invented for the test; the countries are real.
"""

import datetime as dt

import briefparse


def roles(text: str) -> dict[str | None, str | None]:
    brief = briefparse.parse(text, reference_date=dt.date(2024, 3, 6))
    return {p.name: p.role for p in brief.participants}


AUDIENCE = (
    "Le Premier ministre, M. Paul Kanda, s'est entretenu, mercredi à Nouakchott, avec une délégation malienne "
    "conduite par Jean Doumbia, envoyé spécial du président malien.\n\n"
    "L'audience s'est déroulée en présence de MM. Dr Marc Ould Salem, ministre de l'Enseignement supérieur, de la "
    "Recherche scientifique et des Technologies de l'information, porte-parole du gouvernement, Pierre Ould Zein, "
    "directeur de cabinet du Premier ministre et Luc Ould Khayi, chargé de mission au cabinet du Premier ministre.\n"
)


def test_fr_a_second_title_after_a_name_is_that_name_s():
    found = roles(AUDIENCE)
    assert found.get("Pierre Ould Zein") == "directeur de cabinet du Premier ministre"


def test_fr_a_contracted_title_after_an_address_is_no_given_name():
    found = roles(AUDIENCE)
    assert "Marc Ould Salem" in found
    assert not any(name and name.startswith("Dr") for name in found)


def test_fr_a_cabinet_s_officer_keeps_the_title():
    assert roles(AUDIENCE).get("Luc Ould Khayi") == "chargé de mission au cabinet du Premier ministre"


def test_fr_the_title_after_a_list_of_bare_names_is_the_next_name_s():
    found = roles(
        "Mercredi, le président Henri Mbala a offert à Libreville un déjeuner en l'honneur du Premier ministre "
        "malien, Ousmane Kéita, en visite de travail.\n\n"
        "Ont pris part à ce déjeuner les conseillers du président, Alain Moussavou, Rémi Ndong et Jules Obame, le "
        "président de l'Assemblée nationale, Gérard Nzé, et des membres du gouvernement.\n"
    )
    assert found.get("Gérard Nzé") == "président de l'Assemblée nationale"
    assert found.get("Jules Obame") != "président de l'Assemblée nationale"
