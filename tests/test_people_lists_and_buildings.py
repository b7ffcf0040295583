"""Participants in shapes seen across many outlets: lists after "Il s'agit de" / "They are", a weekday after a name,
an honorific inside a name, "SEM", buildings and nationalities that are not people.

Every brief and every person here is invented for the test; the countries are real.
"""

import datetime as dt

import briefparse


def participants(text: str) -> list[str | None]:
    return [p.name for p in briefparse.parse(text, reference_date=dt.date(2023, 5, 10)).participants]


def test_fr_people_listed_after_il_s_agit_de_take_part():
    text = (
        "Le roi a reçu mercredi au Palais royal plusieurs ambassadeurs venus présenter leurs lettres de créance.\n\n"
        "Il s'agit de MM. Paulo Ferrandi, ambassadeur de la République du Chili, et Ingrid Solvik, ambassadeur du "
        "Royaume de Norvège.\n\nIl s'agit également de M. Tomas Brelik, ambassadeur de la République tchèque.\n"
    )
    assert {"Paulo Ferrandi", "Ingrid Solvik", "Tomas Brelik"} <= set(participants(text))


def test_en_people_listed_after_they_are_take_part():
    text = (
        "President Amara Kolleh on Monday received the credentials of three new ambassadors at the State House.\n\n"
        "They are Lena Vorholt of Germany, Pedro Almanza of Peru and Kenji Haruta of Japan.\n"
    )
    assert {"Lena Vorholt", "Pedro Almanza", "Kenji Haruta"} <= set(participants(text))


def test_en_weekday_after_a_name_does_not_hide_it():
    text = "Nairobi — President Amara Kolleh Tuesday met a delegation led by Lena Vorholt, the EU envoy.\n"
    assert "Amara Kolleh" in participants(text)


def test_fr_honorific_inside_a_name_after_a_particle_belongs_to_it():
    text = (
        "Le président Amadou Keïra a adressé un message de félicitations à son frère Sidi Ould Cheikh Mahmoudi, "
        "à l'occasion de sa réélection.\n"
    )
    assert "Sidi Ould Cheikh Mahmoudi" in participants(text)


def test_fr_sem_is_an_honorific():
    text = (
        "La ministre des Affaires étrangères, Lalao Randria, a reçu hier SEM Pham Van Dinh, ambassadeur du "
        "Vietnam, venu présenter les copies figurées de ses lettres de créance.\n"
    )
    assert "Pham Van Dinh" in participants(text)


def test_a_palace_named_in_english_in_a_french_brief_is_no_one():
    text = (
        "Mardi, l'ambassadeur Paul Verdier s'est rendu à Buckingham Palace où il a été reçu par le roi Charles III "
        "pour présenter ses lettres de créance.\n"
    )
    assert "Buckingham Palace" not in participants(text)


def test_en_an_indian_bhavan_is_a_building():
    text = (
        "Sri Lankan President Amara Kolleh was accorded a ceremonial reception at the forecourt of Rashtrapati "
        "Bhavan in New Delhi on Monday, the second day of his state visit to India.\n\n"
        "President Droupadi Kumari received him.\n"
    )
    assert "Rashtrapati Bhavan" not in participants(text)


def test_en_a_nationality_of_two_words_is_no_one():
    text = (
        "President Amara Kolleh this morning received President Sipho Ndlovu at State House.\n\n"
        "The South African leader, who is on a three-day State visit, held talks with his host.\n"
    )
    assert "South African" not in participants(text)


def roles(text: str) -> dict[str | None, str | None]:
    return {p.name: p.role for p in briefparse.parse(text, reference_date=dt.date(2023, 5, 10)).participants}


def test_fr_a_plural_role_before_a_list_gives_each_name_its_item():
    text = (
        "Le ministre des Affaires étrangères, Karim Benali, a reçu mercredi plusieurs ambassadeurs venus lui "
        "présenter les copies figurées de leurs lettres de créance.\n\nIl s'agit des ambassadeurs de la République "
        "du Chili, Paulo Ferrandi, du Royaume de Norvège, Ingrid Solvik, et de l'Australie, Mark Dellow.\n"
    )
    found = roles(text)
    assert found["Paulo Ferrandi"] == "ambassadeur de la République du Chili"
    assert found["Ingrid Solvik"] == "ambassadeur du Royaume de Norvège"
    assert found["Mark Dellow"] == "ambassadeur de l'Australie"


def test_en_a_plural_role_right_before_names_is_each_ones_role():
    text = (
        "President Amara Kolleh on Tuesday met a delegation led by Lena Vorholt at State House.\n\n"
        "Present during the meeting were Cabinet Secretaries Joyce Wambui and Peter Otieno.\n"
    )
    found = roles(text)
    assert found["Joyce Wambui"] == "Cabinet Secretary"
    assert found["Peter Otieno"] == "Cabinet Secretary"


def test_en_a_spokesperson_who_reports_a_call_between_others_is_not_a_participant():
    text = (
        "Foreign Minister Lena Vorholt finally talked Sunday with her Peruvian counterpart Pedro Almanza.\n\n"
        "The two spent half an hour on the phone discussing trade with Secretary Anna Berg, ministry spokeswoman "
        "Joan Mirell said.\n"
    )
    found = participants(text)
    assert {"Lena Vorholt", "Pedro Almanza"} <= set(found)
    assert "Joan Mirell" not in found


def test_en_people_of_an_earlier_call_the_readout_follows_up_are_not_participants():
    text = (
        "On July 21, Secretary Anna Berg spoke with Peruvian Foreign Minister Pedro Almanza.\n\n"
        "They discussed a broad range of issues, some of which were following up from the meeting between "
        "President Lena Vorholt and President Tomas Brelik.\n"
    )
    found = participants(text)
    assert "Pedro Almanza" in found
    assert "Lena Vorholt" not in found and "Tomas Brelik" not in found


def test_en_a_headline_word_before_a_role_is_not_part_of_it():
    text = (
        "Headline: Secretary Berg’s Call With Peruvian Foreign Minister Almanza\n\n"
        "On July 21, Secretary Anna Berg spoke with Peruvian Foreign Minister Pedro Almanza about trade.\n"
    )
    assert roles(text)["Pedro Almanza"] == "Peruvian Foreign Minister"


def test_fr_monsieur_is_an_honorific_not_part_of_the_role():
    text = (
        "Le Premier ministre, Monsieur Sidi Ould Baba, a reçu en audience lundi l'ambassadeur du Japon, "
        "Kenji Haruta.\n"
    )
    assert roles(text)["Sidi Ould Baba"] == "Premier ministre"


def test_fr_mint_joins_a_mauritanian_name():
    text = (
        "Le ministre Sidi Ould Baba a reçu lundi l'ambassadeur du Japon, Kenji Haruta, en présence de la "
        "conseillère chargée des affaires politiques, Mme Fatimetou mint Ahmed.\n"
    )
    assert "Fatimetou mint Ahmed" in participants(text)


def test_fr_respectivement_hands_the_roles_out_in_order():
    text = (
        "Le Premier ministre, Sidi Ould Baba, a reçu en audience lundi l'ambassadeur du Japon, Kenji Haruta.\n\n"
        "L'audience s'est déroulée en présence de MM. Ahmed Ould Saleck et Moussa Diallo, respectivement directeur "
        "de cabinet du Premier ministre et conseiller chargé de la communication.\n"
    )
    found = roles(text)
    assert found["Ahmed Ould Saleck"] == "directeur de cabinet du Premier ministre"
    assert found["Moussa Diallo"] == "conseiller chargé de la communication"


def test_fr_respectivement_with_a_comma_hands_out_roles_that_hold_an_abbreviation():
    text = (
        "Entretien ce jeudi 11 mai à Kinshasa entre Paul Mbeki et Anna Solvik, respectivement, ancien président de "
        "l’Union africaine (UA), nouvelle envoyée spéciale de l’ONU pour les Grands Lacs. La rencontre a duré une "
        "heure.\n"
    )
    found = roles(text)
    assert (found["Paul Mbeki"] or "").startswith("ancien président de l’Union africaine")
    assert (found["Anna Solvik"] or "").startswith("nouvelle envoyée spéciale de l’ONU")


def test_es_respectivamente_closing_the_list_hands_out_no_clause_as_roles():
    text = (
        "Los ministros de Relaciones Exteriores de Chile y Perú, Paulo Ferrandi y Rosa Lind, respectivamente, "
        "sostuvieron una conversación telefónica en la que abordaron la agenda bilateral y multilateral.\n"
    )
    found = roles(text)
    assert found["Paulo Ferrandi"] == "ministro de Relaciones Exteriores de Chile"
    assert found["Rosa Lind"] == "ministro de Relaciones Exteriores de Perú"


def test_en_respectively_needs_as_many_roles_as_names():
    text = (
        "President Amara Kolleh received Lena Vorholt and Pedro Almanza, respectively the envoys of Germany, "
        "Peru and Chile, at State House on Monday.\n"
    )
    found = roles(text)
    assert "Chile" not in (found["Pedro Almanza"] or "")


def test_fr_a_plural_role_of_two_nationalities_gives_each_name_its_own():
    text = (
        "Les ministres allemand et péruvien des Affaires étrangères, Lena Vorholt et Pedro Almanza, se sont "
        "entretenus jeudi à Lima.\n"
    )
    found = roles(text)
    assert found["Lena Vorholt"] == "ministre allemand des Affaires étrangères"
    assert found["Pedro Almanza"] == "ministre péruvien des Affaires étrangères"


def test_fr_a_plural_role_of_elided_countries_gives_each_name_its_own():
    text = (
        "Les ministres de la Défense de l'Allemagne et de l’Italie, Lena Vorholt et Pietro Almanza, se sont "
        "entretenus jeudi à Rome. Les ambassadeurs d'Autriche et d’Espagne au Pérou, Karl Osten et Rosa Lind, "
        "étaient présents.\n"
    )
    found = roles(text)
    assert found["Lena Vorholt"] == "ministre de la Défense de l'Allemagne"
    assert found["Pietro Almanza"] == "ministre de la Défense de l’Italie"
    assert found["Karl Osten"] == "ambassadeur d'Autriche au Pérou"
    assert found["Rosa Lind"] == "ambassadeur d’Espagne au Pérou"


def test_en_nationalities_before_a_plural_role_are_handed_out_in_order():
    text = (
        "The statement was adopted after the first trilateral meeting of the Chilean, Peruvian and Bolivian Foreign "
        "Ministers, Paulo Ferrandi, Pedro Almanza, Rosa Quispe, on Nov. 30.\n"
    )
    found = roles(text)
    assert found["Paulo Ferrandi"] == "Chilean Foreign Minister"
    assert found["Pedro Almanza"] == "Peruvian Foreign Minister"
    assert found["Rosa Quispe"] == "Bolivian Foreign Minister"


def test_fr_a_plural_role_with_adjectives_covers_a_list_of_names_in_brackets():
    text = (
        "Le chef de l'État, Amadou Keïra, a reçu hier les lettres de créances de trois nouveaux ambassadeurs. Il "
        "s'agit des ambassadeurs extraordinaires et plénipotentiaires Paulo Ferrandi (Chili), Ingrid Solvik "
        "(Norvège) et Kenji Haruta (Japon).\n"
    )
    found = roles(text)
    for name in ("Paulo Ferrandi", "Ingrid Solvik", "Kenji Haruta"):
        assert found[name] == "ambassadeur extraordinaire et plénipotentiaire"


def test_fr_a_farewell_is_an_event():
    text = (
        "Lundi, Fernando Ruiz Ortega a été reçu au Palais par le chef de l'État pour la dernière fois.\n\n"
        "Le diplomate a indiqué être venu faire ses adieux au président Amadou Keïra.\n"
    )
    assert "Amadou Keïra" in participants(text)
