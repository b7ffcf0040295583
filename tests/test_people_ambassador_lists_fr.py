"""Lists of envoys received together, each item a name and what it is of: the list opened ("Il s'agit de …") past a
sentence that names no one, an item's country glued to its name by an elided "d'" or after "de la République …",
and items separated by semicolons whose tails say where each envoy resides.

Every brief here is invented for the test.
"""

import briefparse

LEAD = (
    "Le président de Valdoria, Paul Marin, a reçu en audience, le mardi 22 octobre 2024 au palais présidentiel, "
    "six ambassadeurs nouvellement accrédités. "
)


def names(text: str) -> set[str]:
    return {p.name for p in briefparse.parse(text).participants}


def test_a_list_opened_past_a_sentence_that_names_no_one_takes_part():
    text = (
        LEAD + "L’audience a également offert une occasion d’échanger sur la coopération.\n"
        "Les nouveaux ambassadeurs ont successivement présenté leurs lettres au président de la République. "
        "Il s’agit de Jean Dufort de Roumanie avec résidence à Nairobi ; Marc Tellier de Serbie avec résidence à "
        "Kigali."
    )
    assert {"Jean Dufort", "Marc Tellier"} <= names(text)


def test_an_elided_country_after_a_name_is_no_part_of_it():
    text = LEAD + "Il s’agit de Jean Dufort d’Algérie avec résidence à Tunis ; Anne Rivière d'Irlande, basée à Londres."
    found = names(text)
    assert {"Jean Dufort", "Anne Rivière"} <= found
    assert not any("Algérie" in name or "Irlande" in name for name in found)


def test_a_family_name_s_elided_particle_stays():
    assert "Valéry Giscard d'Estaing" in names("Le président Paul Marin a reçu mardi Valéry Giscard d'Estaing.")


def test_a_name_before_de_la_republique_is_found():
    text = LEAD + "Il s’agit de Luc Bonnet de la République norlandaise, basé à Harare."
    assert "Luc Bonnet" in names(text)


def test_semicolon_items_after_a_role_holder_take_part():
    text = (
        LEAD + "L’audience a porté sur la coopération bilatérale. Les échanges ont été cordiaux.\n"
        "Le président Marin a également accueilli l’ambassadrice du Venezuela, Anne Rivière ayant la résidence à "
        "Kampala ; Luc Bonnet de la République française, basé à Harare au Zimbabwe ; Paul Girard du Qatar avec "
        "résidence à Doha ainsi que l’ambassadrice d’Irlande, Claire Morel dont la résidence est basée à Londres."
    )
    assert {"Anne Rivière", "Luc Bonnet", "Paul Girard", "Claire Morel"} <= names(text)
