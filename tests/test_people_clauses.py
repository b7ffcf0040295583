"""Participants read from the clause that reports the encounter, seen across many outlets: a headline's capitals,
"PM X", a named day, a later sentence whose subject is a role, the second party named as the object.

Every brief and every person here is invented for the test; the countries are real.
"""

import datetime as dt

import pytest

import briefparse


def parse(text: str) -> briefparse.Brief:
    return briefparse.parse(text, reference_date=dt.date(2023, 5, 10))


def participants(text: str) -> list[str | None]:
    return [p.name for p in parse(text).participants]


def everyone(text: str) -> list[str | None]:
    brief = parse(text)
    return [p.name for p in brief.participants] + [p.name for p in brief.people_mentioned]


def test_en_a_headline_verb_in_capitals_ends_the_name():
    text = (
        "Premier Tovan Rellik Meets Visiting Guest\n\n"
        "Premier Tovan Rellik met with visiting Foreign Minister Asel Durmanov of Kazakhstan on Tuesday.\n"
    )
    assert "Tovan Rellik Meets" not in everyone(text)
    assert "Tovan Rellik" in participants(text)


def test_fr_a_headline_s_encounter_noun_is_no_one_s_name():
    text = (
        "Entretien Keïra-Adjovi à Lomé\n\n"
        "Le président sénégalais et son homologue togolais ont évoqué la situation sécuritaire au Sahel.\n"
    )
    assert not [name for name in everyone(text) if name and name.startswith("Entretien")]


#: a brief, and everyone it names, in order: words that are no one's name left out
NAMED_EXACTLY = [
    pytest.param(
        ("Le Premier ministre Sidi Ould Cheikh a reçu mardi son homologue Koffi Adjovi au palais.\n"),
        ["Sidi Ould Cheikh", "Koffi Adjovi"],
        id="fr_an_honorific_a_particle_joins_may_end_a_name",
    ),
    pytest.param(
        (
            "Le Premier ministre Moussa Faye a accueilli son homologue Koffi Adjovi à l'aéroport, entouré du wali "
            "de Dakar Ouest et de plusieurs membres du gouvernement.\n"
        ),
        ["Moussa Faye", "Koffi Adjovi"],
        id="fr_a_place_and_a_compass_point_are_a_district",
    ),
    pytest.param(
        (
            "Kolleh Welcomes Haruki to State House\n\n"
            "President Amara Kolleh welcomed Prime Minister Ito Haruki to State House on Tuesday for talks.\n"
        ),
        ["Amara Kolleh", "Ito Haruki"],
        id="en_a_headline_statement_verb_in_capitals_ends_the_name",
    ),
    pytest.param(
        (
            "Le Premier ministre Amadou Keïra a reçu mardi l'ambassadeur du Japon, S.E.M. Kenji Haruta.\n\n"
            "Au cours de l'audience, les deux personnalités ont évoqué la coopération bilatérale.\n\n"
            "L'ambassadeur Haruta a salué le dynamisme des relations entre les deux pays.\n"
        ),
        ["Amadou Keïra", "Kenji Haruta"],
        id="fr_a_role_after_an_elided_article_is_no_part_of_the_name",
    ),
    pytest.param(
        (
            "MANILA: External Affairs Minister Rohan Vellay on Monday held wide-ranging talks with Secretary of "
            "Foreign Affairs Ana Ferreyra on his first visit to the key Southeast Asian country.\n"
        ),
        ["Rohan Vellay", "Ana Ferreyra"],
        id="en_a_region_s_adjective_is_no_one",
    ),
    pytest.param(
        (
            "Prime Minister Rohan Vellay paid a courtesy call on Governor Tom Reeves at the official residence in "
            "Demak Jaya, Jalan Tanjung, Kuching, April 1, 2021.\n\n"
            "KUCHING, April 1 — Prime Minister Rohan Vellay today made a courtesy call to Governor Tom Reeves at his "
            "official residence in Jalan Tanjung here.\n"
        ),
        ["Rohan Vellay", "Tom Reeves"],
        id="en_a_malay_street_is_no_one",
    ),
]


@pytest.mark.parametrize(("text", "names"), NAMED_EXACTLY)
def test_everyone_named(text, names):
    assert everyone(text) == names


def test_a_residence_a_region_of_a_kingdom_and_a_named_day_are_no_one():
    cottage = "Le premier ministre Tom Reeves a reçu mercredi soir le président Jean Moreau à Maple Cottage.\n"
    wales = (
        "Le premier ministre Tom Reeves a eu samedi des rencontres bilatérales avec les dirigeants suivants :\n\n"
        "- Le président du Chili, Jean Moreau, samedi au manoir. Ils ont discuté du commerce et de la nouvelle "
        "représentation du Pays de Galles à Montréal.\n"
    )
    day = "Minister Rohan Vellay met Prime Minister Ito Haruki on Tuesday to mark Founders Day in the capital.\n"
    assert everyone(cottage) == everyone(wales) == ["Tom Reeves", "Jean Moreau"]
    assert everyone(day) == ["Rohan Vellay", "Ito Haruki"]


def test_fr_two_roles_then_two_names_joined_by_et_are_the_same_two():
    text = (
        "Le ministre togolais des Affaires étrangères a reçu ce dimanche un appel téléphonique de son homologue "
        "malien, indique l'agence de presse officielle.\n\n"
        "Koffi Adjovi et Awa Ndiaye ont exprimé leur satisfaction du niveau des relations bilatérales.\n"
    )
    brief = parse(text)
    assert [(p.name, p.role) for p in brief.participants] == [
        ("Koffi Adjovi", "ministre togolais des Affaires étrangères"),
        ("Awa Ndiaye", "homologue malien"),
    ]


def test_en_pm_before_a_surname_is_a_role():
    text = (
        "Prime Minister Rohan Vellay and President Amara Kolleh held a telephone conversation on Monday.\n\n"
        "According to the statement, PM Vellay called President Kolleh to discuss trade.\n"
    )
    assert participants(text) == ["Rohan Vellay", "Amara Kolleh"]


def test_en_a_named_day_of_the_calendar_is_no_one():
    text = "Prime Minister Rohan Vellay and President Amara Kolleh exchanged New Year greetings by phone on Monday.\n"
    assert "New Year" not in everyone(text)


#: a brief, and each participant with the role it gives them
ROLES = [
    pytest.param(
        (
            "President Amara Kolleh met the Chief Executive Officer of Global Partnership for Education Tom Reeves on "
            "Monday.\n\n"
            "Prime Minister Rohan Vellay received Ana Ferreyra, Resident Coordinator of the United Nations, on "
            "Tuesday.\n"
        ),
        {
            "Amara Kolleh": "President",
            "Tom Reeves": "Chief Executive Officer of Global Partnership for Education",
            "Rohan Vellay": "Prime Minister",
            "Ana Ferreyra": "Resident Coordinator of the United Nations",
        },
        id="en_officers_and_coordinators_are_roles_and_partnerships_no_one",
    ),
    pytest.param(
        (
            "Le président Amadou Keïra a reçu mardi les lettres de créance de trois nouveaux ambassadeurs : Kenji "
            "Haruta (Japon), Ana Ferreyra (Chili) et Tom Reeves (Etats-Unis).\n"
        ),
        {
            "Amadou Keïra": "président",
            "Kenji Haruta": "ambassadeur",
            "Ana Ferreyra": "ambassadeur",
            "Tom Reeves": "ambassadeur",
        },
        id="fr_a_plural_role_before_a_colon_gives_each_name_of_the_list_its_role",
    ),
    pytest.param(
        (
            "Audience à la primature\n\n"
            "Le Premier ministre Sidi Ould Cheikh a reçu mardi à Nouakchott Birama Diop, ministre de l’Energie, du "
            "Pétrole et des Mines, venu présenter le projet de gazoduc.\n"
        ),
        {"Sidi Ould Cheikh": "Premier ministre", "Birama Diop": "ministre de l’Energie, du Pétrole et des Mines"},
        id="fr_a_portfolio_goes_on_past_a_comma_after_the_name",
    ),
    pytest.param(
        (
            "Reeves visits Beijing\n\n"
            "Foreign Minister Tom Reeves met Chinese State Councillor Wang Lin in Beijing on Monday.\n\n"
            "Shortly afterwards, top legislator Zhao Ming met with Reeves at the Great Hall.\n"
        ),
        {"Tom Reeves": "Foreign Minister", "Wang Lin": "Chinese State Councillor", "Zhao Ming": "legislator"},
        id="en_state_councillors_and_legislators_are_roles",
    ),
]


@pytest.mark.parametrize(("text", "roles"), ROLES)
def test_roles(text, roles):
    assert {p.name: p.role for p in parse(text).participants} == roles


LETTER = (
    "MESSAGE DE FELICITATIONS\n\n"
    "LE PRESIDENT DE LA REPUBLIQUE\n\n"
    "A\n\n"
    "SON EXCELLENCE MONSIEUR KOFFI ADJOVI\n\n"
    "PRESIDENT DE LA REPUBLIQUE DU TOGO\n\n"
    "C'est avec une grande joie que j'ai appris votre brillante réélection à la tête de votre pays.\n\n"
    "Je vous prie de croire, Monsieur le Président, en l'assurance de ma très haute considération.\n\n"
    "AMADOU KEIRA BAMBA\n"
)


def test_fr_a_letter_s_signer_and_addressee_take_part():
    assert set(participants(LETTER)) >= {"KOFFI ADJOVI", "AMADOU KEIRA BAMBA"}


def test_fr_the_role_on_the_line_after_a_letter_s_addressee_is_theirs():
    brief = parse(LETTER)
    addressee = next(p for p in brief.participants if p.name == "KOFFI ADJOVI")
    assert addressee.role == "PRESIDENT DE LA REPUBLIQUE DU TOGO"


def test_fr_the_first_role_of_a_letter_s_heading_is_its_signer_s():
    signer = next(p for p in parse(LETTER).participants if p.name == "AMADOU KEIRA BAMBA")
    assert signer.role == "LE PRESIDENT DE LA REPUBLIQUE"


def test_fr_a_capitalised_title_after_an_honoured_name_is_not_part_of_it():
    text = (
        "Lettre de félicitations adressée à M. Koffi ADJOVI Président de la République togolaise\n\n"
        "Monsieur le Président,\n\n"
        "C'est avec une grande joie que j'ai appris votre brillante réélection à la tête de votre pays.\n\n"
        "Je vous prie de croire, Monsieur le Président, en l'assurance de ma très haute considération.\n\n"
        "Amadou KEIRA\n"
    )
    assert {name for name in participants(text) if name} == {"Koffi ADJOVI", "Amadou KEIRA"}


def test_en_a_signature_with_the_middle_name_written_out_is_the_same_person():
    text = (
        "Ravi K. Menon, former president of the republic, wrote to President-elect Lena Vorholt.\n\n"
        "Dear Madam President,\n\n"
        "I have followed your campaign with great interest and wish you every success in your new office.\n\n"
        "Please accept the assurances of my highest consideration.\n\n"
        "Ravi Kumar Menon\n"
    )
    brief = parse(text)
    assert [p.name for p in brief.participants].count("Ravi K. Menon") == 1
    assert "Ravi Kumar Menon" not in [p.name for p in brief.participants + brief.people_mentioned]


def test_fr_secretaire_d_etat_without_its_accent_is_a_role():
    text = "Le ministre Amadou Keïra a reçu samedi un appel téléphonique du secrétaire d’Etat américain, Tom Reeves.\n"
    reeves = next(p for p in parse(text).participants if p.name == "Tom Reeves")
    assert reeves.role == "secrétaire d’Etat américain"


#: a brief, and people it names who take part
TAKING_PART = [
    pytest.param(
        (
            "Envoys of three states presented their credentials to President Amara Kolleh at the State House today.\n\n"
            "Ambassadors of Chile, Norway and Japan presented their credentials to the President at a function.\n\n"
            "Credentials are documents that identify the diplomats as representatives of their governments.\n\n"
            "The envoys who presented their credentials were - Ambassador of Chile Ana Ferreyra, Ambassador of Norway "
            "Ingrid Solvik and Ambassador of Japan Kenji Haruta.\n"
        ),
        {"Ana Ferreyra", "Ingrid Solvik", "Kenji Haruta"},
        id="a_later_sentence_whose_subject_is_a_plural_role_lists_the_group",
    ),
    pytest.param(
        (
            "External Affairs Minister Rohan Vellay on Friday held talks with his Chilean counterpart Ana Ferreyra.\n\n"
            "The meeting took place on the sidelines of a regional conference in the city.\n\n"
            "Both sides discussed trade and the situation in the region at length.\n\n"
            "The external affairs minister also met Fijian Prime Minister Tomasi Ravula.\n"
        ),
        {"Tomasi Ravula"},
        id="en_a_later_sentence_whose_subject_is_the_participants_role_reports_a_further_meeting",
    ),
    pytest.param(
        (
            "President Amara Kolleh met with visiting Prime Minister Ito Haruki in the capital on Sunday.\n\n"
            "Kolleh said the visit would open a new chapter in relations between the two countries.\n\n"
            "Shortly afterwards, parliament speaker Lena Vorholt met with Haruki at the assembly.\n"
        ),
        {"Lena Vorholt"},
        id="en_someone_meeting_a_participant_later_takes_part",
    ),
    pytest.param(
        (
            "Crown Prince Faris Al-Tamimi received the credentials of several new ambassadors on Tuesday.\n\n"
            "The crown prince welcomed the ambassadors and conveyed his greetings to the leaders of their nations.\n\n"
            "In response, the ambassadors thanked the kingdom for the warm hospitality they had received.\n\n"
            "The customary protocols for such occasions were observed throughout the afternoon.\n\n"
            "The ceremony was attended by Minister of Foreign Affairs Nabil Haddad and Samir Al-Otaibi, head of the "
            "royal court.\n"
        ),
        {"Nabil Haddad", "Samir Al-Otaibi"},
        id="en_those_who_attended_a_ceremony_take_part",
    ),
    pytest.param(
        (
            "MUNICH: External Affairs Minister Rohan Vellay has met several counterparts at the forum.\n\n"
            "“Discussed trade and the regional situation,” Vellay posted on Saturday.\n\n"
            "He held “a productive conversation” with his Norwegian counterpart Ingrid Solvik.\n\n"
            "Vellay said it was a “pleasure” to meet his Chilean counterpart Ana Ferreyra in the city.\n"
        ),
        {"Ingrid Solvik", "Ana Ferreyra"},
        id="en_a_quoted_conversation_and_a_pleasure_to_meet_are_encounters",
    ),
    pytest.param(
        (
            "Le Premier ministre sénégalais entame une visite de travail en Mauritanie\n\n"
            "Le Premier ministre du Sénégal, M. Ousmane Keïra, est arrivé dimanche soir à Nouakchott pour une visite "
            "de travail de trois jours.\n\n"
            "Le Premier ministre Sidi Ould Cheikh a accueilli l'hôte sénégalais à l'aéroport international.\n\n"
            "Le Premier ministre a eu un entretien avec son homologue dans le salon d'honneur de l'aéroport.\n\n"
            "Le Premier ministre sénégalais est accompagné d’une importante délégation composée de :\n\n"
            "– Awa Ndiaye, ministre des Affaires étrangères.\n\n"
            "-Moussa Faye, ministre de l'Énergie.\n\n"
            "– Ibrahima Sow, ministre de la Pêche.\n"
        ),
        {"Awa Ndiaye", "Ibrahima Sow"},
        id="fr_a_delegation_listed_after_accompagne_d_une_takes_part",
    ),
    pytest.param(
        (
            "Le président Amadou Keïra a reçu lundi au palais son homologue Koffi Adjovi.\n\n"
            "Les deux chefs d'Etat ont discuté de la coopération entre leurs pays.\n\n"
            "La presse locale a salué la qualité des relations entre les deux pays voisins.\n\n"
            "M. Adjovi était accompagné d’une délégation dont Awa Ndiaye, ministre des Affaires étrangères.\n"
        ),
        {"Awa Ndiaye"},
        id="fr_those_accompanying_with_an_elided_article_take_part",
    ),
    pytest.param(
        (
            "President Amara Kolleh sent a message of condolence to President Tomas Brelik on Tuesday over a deadly "
            "bridge collapse that has so far killed 40 people.\n\n"
            "In his message, Kolleh said he was shocked to learn of the collapse, the official news agency said.\n\n"
            "The government also pledged help for the families of the victims and for the injured.\n\n"
            "Rescue teams were still searching the river for survivors late on Tuesday evening.\n\n"
            "Separately, Foreign Minister Lena Vorholt sent a message of condolence to her counterpart, Ivo Sandor.\n"
        ),
        {"Lena Vorholt", "Ivo Sandor"},
        id="en_a_further_message_sent_to_someone_later_in_a_brief_about_messages",
    ),
    pytest.param(
        (
            "Le président Amadou Keïra a reçu lundi en audience plusieurs personnalités au palais présidentiel.\n\n"
            "Il a d'abord reçu l'ambassadeur de France, Jean Moreau, venu présenter ses lettres de créance.\n\n"
            "Le chef de l'Etat a ensuite échangé avec Awa Ndiaye, représentante résidente du PNUD.\n\n"
            "Dans l'après-midi, le président a accordé une audience à Moussa Faye, ministre de l'Énergie.\n\n"
            "En fin de journée, le patronat, conduit par Ibrahima Sow, a été reçu par le chef de l'Etat.\n"
        ),
        {"Awa Ndiaye", "Ibrahima Sow"},
        id="fr_audiences_one_a_paragraph",
    ),
    pytest.param(
        (
            "President Amara Kolleh on Monday received several visitors at State House.\n\n"
            "First, he met the Ambassador of Chile, Ana Ferreyra, who presented her credentials.\n\n"
            "The President later held talks with Tom Reeves, the World Bank country director.\n\n"
            "In the afternoon, Kolleh hosted a delegation from Norway on development cooperation.\n\n"
            "Later, a group of business leaders headed by Kenji Haruta called on the President.\n"
        ),
        {"Ana Ferreyra", "Tom Reeves", "Kenji Haruta"},
        id="en_audiences_one_a_paragraph",
    ),
    pytest.param(
        (
            "Mardi 28 novembre, l'ambassadeur Jean Moreau s'est rendu au palais pour présenter ses lettres de "
            "créance au roi Harald.\n\n"
            "L'entretien avec le roi a duré vingt-cinq minutes, a confié l'ambassadeur à son retour.\n\n"
            "Le carrosse était escorté par des cavaliers de la garde royale jusqu'aux grilles du palais.\n\n"
            "Il a été suivi par une délégation composée de Claire Dubois (ministre conseiller) et de Paul Girard "
            "(attaché de défense).\n"
        ),
        {"Claire Dubois", "Paul Girard"},
        id="fr_a_delegation_composee_de",
    ),
]


@pytest.mark.parametrize(("text", "names"), TAKING_PART)
def test_they_take_part(text, names):
    assert names <= set(participants(text))


#: a brief, and someone it names who does not take part: an encounter to come, the deceased
NOT_TAKING_PART = [
    pytest.param(
        (
            "President Amara Kolleh met with visiting Prime Minister Ito Haruki in the capital on Sunday.\n\n"
            "Kolleh said the visit would open a new chapter in relations between the two countries.\n\n"
            "Afterwards, parliament speaker Lena Vorholt will meet with Haruki at the assembly.\n"
        ),
        "Lena Vorholt",
        id="en_a_meeting_to_come_with_a_participant_is_not_a_further_one",
    ),
    pytest.param(
        (
            "Premier Tovan Rellik met with visiting President Asel Durmanov at the Great Hall on Tuesday afternoon.\n\n"
            "This morning, President Ito Haruki held formal talks with Durmanov and signed several documents.\n\n"
            "Sources said Durmanov will also meet with parliament chairman Lena Vorholt later this afternoon.\n"
        ),
        "Lena Vorholt",
        id="en_a_participant_s_meeting_to_come_is_not_the_event",
    ),
    pytest.param(
        (
            "Le président Amadou Keïra s'est entretenu vendredi au téléphone avec son homologue Koffi Adjovi.\n\n"
            "Les deux hommes ont discuté de la sécurité régionale lors de cet entretien téléphonique.\n\n"
            "Il s'entretiendra ensuite avec le président Jean Moreau à Dakar.\n"
        ),
        "Jean Moreau",
        id="fr_a_meeting_to_come_told_with_a_pronoun_is_not_the_event",
    ),
    pytest.param(
        (
            "President Amara Kolleh expressed his deepest condolences to the government of Ruritania after President "
            "Tomas Brelik and Foreign Minister Ivo Sandor died in a helicopter crash.\n"
        ),
        "Tomas Brelik",
        id="en_those_who_died_are_mourned_not_taking_part",
    ),
    pytest.param(
        (
            "On behalf of the Custodian of the Holy Sites, King Salim Al-Rashid, Crown Prince Faris Al-Rashid "
            "received the credentials of several new ambassadors at the palace on Tuesday.\n"
        ),
        "Salim Al-Rashid",
        id="en_on_behalf_of_someone_named_after_a_long_title",
    ),
    pytest.param(
        (
            "Secretary of State Lena Vorholt and Foreign Minister Tom Reeves met for an hour in Washington.\n\n"
            "They discussed trade and the withdrawal of troops, flagged by Prime Minister Ana Ferreyra last week.\n"
        ),
        "Ana Ferreyra",
        id="en_someone_named_in_a_clause_a_week_back",
    ),
    pytest.param(
        (
            "Après avoir reçu Jean Moreau au fort il y a une semaine, le président Amadou Keïra s'est entretenu "
            "vendredi au téléphone avec son homologue Koffi Adjovi.\n"
        ),
        "Jean Moreau",
        id="fr_someone_received_a_week_back",
    ),
    pytest.param(
        (
            "Le président Amadou Keïra a adressé un message de condoléances à son homologue Koffi Adjovi, après que "
            "le président du Sénat Jean Moreau est décédé dimanche à l'âge de 82 ans.\n"
        ),
        "Jean Moreau",
        id="fr_the_deceased_of_a_message_of_condolences_does_not_take_part",
    ),
    pytest.param(
        (
            "Le ministre Amadou Keïra a reçu ce dimanche un appel téléphonique de son homologue Koffi Adjovi.\n\n"
            "Les deux responsables ont passé en revue les excellentes relations bilatérales.\n\n"
            "Cet appel intervient après la visite du ministre ghanéen des Affaires étrangères, Kwame Boateng, à Lomé.\n"
        ),
        "Kwame Boateng",
        id="fr_the_call_comes_after_another_s_visit",
    ),
    pytest.param(
        (
            "Foreign Minister Amara Kolleh on Sunday received a phone call from her counterpart Tom Reeves.\n\n"
            "The two ministers reviewed the excellent bilateral relations between their countries.\n\n"
            "The call comes after the visit of Ghanaian Foreign Minister Kwame Boateng to the capital.\n"
        ),
        "Kwame Boateng",
        id="en_the_call_comes_after_another_s_visit",
    ),
    pytest.param(
        (
            "Le président Amadou Keïra a reçu lundi son homologue Koffi Adjovi, a confirmé Awa Ndiaye, conseillère "
            "diplomatique du chef de l'Etat.\n"
        ),
        "Awa Ndiaye",
        id="fr_whom_a_meeting_is_credited_to",
    ),
    pytest.param(
        (
            "President Amara Kolleh received Foreign Minister Kenji Sato on Monday, according to Ana Ferreyra, the "
            "President's diplomatic adviser.\n"
        ),
        "Ana Ferreyra",
        id="en_whom_a_meeting_is_credited_to",
    ),
    pytest.param(
        (
            "President Amara Kolleh said he and Prime Minister Ito Haruki held a constructive telephone conversation "
            "today.\n\n"
            "Kolleh also said he thanked Haruki for the warm reception the Prime Minister gave Foreign Minister Tom "
            "Reeves on Reeves's trip to Tokyo earlier this month.\n"
        ),
        "Tom Reeves",
        id="en_someone_whose_trip_was_earlier_this_month",
    ),
    pytest.param(
        (
            "Foreign Minister Tom Reeves will meet his Japanese counterpart Kenji Sato in Paris on Sunday.\n\n"
            "The meeting follows a phone call between President Amara Kolleh and Prime Minister Ito Haruki.\n"
        ),
        "Amara Kolleh",
        id="en_the_meeting_follows_another_s_call",
    ),
    pytest.param(
        (
            "Rencontre à Paris dimanche\n\n"
            "Le ministre Tom Reeves rencontrera dimanche à Paris son homologue Kenji Sato.\n\n"
            "Cette rencontre fait suite à l'appel téléphonique du président Amara Kolleh à son homologue Ito Haruki.\n"
        ),
        "Amara Kolleh",
        id="fr_the_meeting_fait_suite_a_another_s_call",
    ),
]


@pytest.mark.parametrize(("text", "name"), NOT_TAKING_PART)
def test_they_do_not_take_part(text, name):
    assert name not in participants(text)
