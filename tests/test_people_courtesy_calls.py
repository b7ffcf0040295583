"""Participants on briefs nobody tuned on: a courtesy call on a titled holder ("called on Minister for …"), the
officials an audience lists with the verb first ("Étaient présents X, …", "Present were X, …"), a name after an
honorific of plain address that opens on a particle or a title that is also a given name ("M. El Moctar X",
"M. Cheikh Tidiane X"), "SEM." before a name, a UN envoy's title, a country before a name glued to its initial.

Every brief and every person here is invented for the test; the countries are real.
"""

import datetime as dt

import pytest

import briefparse


def participants(text: str) -> list[str | None]:
    return [p.name for p in briefparse.parse(text, reference_date=dt.date(2023, 5, 10)).participants]


def test_en_courtesy_call_on_a_minister_by_title_is_a_meeting_with_both_sides():
    text = (
        "Kathmandu, 9 May: Secretary General of the Northern League Paul Marin called on Minister for Foreign "
        "Affairs Ana Velkova on Tuesday.\n\nThe Minister briefed him on the work of the league.\n"
    )
    brief = briefparse.parse(text, reference_date=dt.date(2023, 5, 10))
    assert brief.event_type == "meeting"
    assert "Ana Velkova" in [p.name for p in brief.participants]


def test_fr_officials_listed_after_etaient_presents_take_part_accents_or_not():
    for opening in ("Étaient présents", "Etaient présents"):
        text = (
            "Le président Paul Marin a reçu mardi à Rabat le ministre norvégien du Commerce, Ana Velkova. "
            f"{opening} Karl Brenner, ministre des Affaires étrangères, et Lina Sorel, ministre de l'Économie.\n"
        )
        assert {"Paul Marin", "Ana Velkova", "Karl Brenner", "Lina Sorel"} <= set(participants(text))


def test_en_officials_listed_after_present_were_take_part():
    text = (
        "President Paul Marin received Norwegian Trade Minister Ana Velkova in Accra on Tuesday. Present were "
        "Karl Brenner, foreign minister, and Lina Sorel, finance minister.\n"
    )
    assert {"Karl Brenner", "Lina Sorel"} <= set(participants(text))


def test_fr_name_after_monsieur_keeps_its_particle_and_its_given_title():
    text = (
        "Le Premier ministre, M. El Moctar Ould Brahim, a reçu en audience ce vendredi à Nouakchott l'envoyé "
        "spécial du Sénégal, M. Cheikh Tidiane Fall.\n\nL'entretien a porté sur la coopération.\n"
    )
    names = participants(text)
    assert "El Moctar Ould Brahim" in names
    assert "Cheikh Tidiane Fall" in names


def test_en_title_after_a_royal_honorific_is_still_cut_off():
    text = "Ostra: Minister Paul Marin received on Friday His Highness Sheikh Tamim bin Khalid Al Noor.\n"
    assert "Tamim bin Khalid Al Noor" in participants(text)


def test_fr_sem_with_its_dot_is_an_honorific_and_ends_no_sentence():
    text = (
        "Le ministre, M. Paul Marin, a reçu en audience ce vendredi l'ambassadeur du Japon, SEM. Kenta Moriyama.\n\n"
        "L'audience a permis de passer en revue la coopération.\n"
    )
    assert "Kenta Moriyama" in participants(text)


def test_fr_personal_envoy_of_the_secretary_general_takes_part():
    text = (
        "Le ministre des affaires étrangères, M. Paul Marin, s'est entretenu jeudi à Genève avec l'envoyé "
        "personnel du secrétaire général de l'ONU pour le Sahara occidental, M. Karl Brenner.\n\n"
        "La rencontre s'est déroulée en présence du chargé d'affaires de la mission, M. El Hadi Ould Sidi.\n"
    )
    assert {"Paul Marin", "Karl Brenner", "El Hadi Ould Sidi"} <= set(participants(text))


def test_en_country_before_a_name_glued_to_its_initial_is_the_role_s():
    text = (
        "Ulaanbaatar: On May 9, Minister of Foreign Affairs of Mongolia B.Tsendayush received the Ambassador of "
        "Norway Ana Velkova at the latter's request.\n"
    )
    assert "B.Tsendayush" in participants(text)


def test_en_list_of_participants_runs_on_past_its_line_when_items_close_with_semicolons():
    text = (
        "FINAL COMMUNIQUE\n"
        "1. The Ordinary Session of the Authority of Heads of State of the Northern League was held on 9 May 2023 in "
        "Accra under the chairmanship of H.E. Paul Marin, President of the Republic of Ghana.\n"
        "2. The following Heads of State participated in the Summit: H.E. Ana Velkova, President of the Republic "
        "of Benin; H.E. Karl Brenner, President of Burkina Faso;\n"
        "H.E. Lina Sorel, President of the Republic of Guinea; H.E. Tom Hadley, President of the Republic of "
        "Liberia.\n"
        "3. The session was also attended by:\n"
        "H.E. Omar Dialo, President of the League Commission;\n"
        "H.E. Rita Okafor, Secretary General of the Francophonie.\n"
    )
    assert {"Lina Sorel", "Tom Hadley", "Omar Dialo", "Rita Okafor"} <= set(participants(text))



def test_fr_the_other_side_present_without_agreement_and_roles_handed_out_in_bulk():
    text = (
        "Le président Paul Marin a reçu lundi le président de la République d'Haïti, M. Karl Brenner, en visite "
        "officielle.\n\n"
        "Du côté valdorien, étaient présent le ministre des Relations extérieures Tom Hadley, Omar Dialo et Rita "
        "Okafor, respectivement ministres du Commerce extérieur et des Investissements et de la Santé publique, et "
        "l'ambassadeur Lina Sorel.\n"
    )
    brief = briefparse.parse(text, reference_date=dt.date(2023, 5, 10))
    roles = {p.name: p.role for p in brief.participants}
    assert {"Tom Hadley", "Omar Dialo", "Rita Okafor"} <= set(roles)
    assert roles["Omar Dialo"] and "Commerce extérieur" in roles["Omar Dialo"]


def test_en_members_told_as_among_the_delegates_take_part():
    text = (
        "President Paul Marin held talks with Emir Tamim bin Khalid al Noor in Doha on Thursday.\n\n"
        "Communications Director Karl Brenner and intelligence chief Lina Sorel were also among the Valdorian "
        "delegates.\n"
    )
    assert {"Karl Brenner", "Lina Sorel"} <= set(participants(text))


def test_fr_pronoun_subject_of_the_opening_is_the_speaker_named_just_before():
    text = (
        "Tunis, le 9 mai 2023\n\n"
        "«La Valdorie a fait des progrès», a souligné le président de la République Paul Marin.\n"
        "Recevant, jeudi, au palais, une délégation du congrès norvégien conduite par le sénateur Karl Brenner, il a "
        "noté que sa visite constituera un jalon.\n"
    )
    assert {"Paul Marin", "Karl Brenner"} <= set(participants(text))


def test_en_pronoun_subject_of_the_opening_is_the_speaker_the_headline_names():
    text = (
        '"Valdoria has made progress," says President Paul Marin\n\n'
        "He received on Thursday at the palace a delegation of the Norwegian parliament led by Senator Karl "
        "Brenner.\n"
    )
    assert {"Paul Marin", "Karl Brenner"} <= set(participants(text))



def test_fr_audiences_told_one_per_paragraph_with_ranks_go_on_with_the_event():
    text = (
        "Le vice-ministre valdorien des Affaires étrangères, Paul Marin, a reçu ce jeudi plusieurs hôtes dans son "
        "cabinet de travail.\n\n"
        "Dès la première heure, Paul Marin s'est entretenu avec le représentant de l'UNICEF, Karl Brenner.\n\n"
        "En deuxième lieu, Paul Marin a prêté une oreille attentive au Professeur Lina Sorel, chargée d'affaires à "
        "La Haye, avant de finir avec le Professeur Tom Hadley, directeur général du centre culturel.\n"
    )
    assert {"Paul Marin", "Karl Brenner", "Lina Sorel", "Tom Hadley"} <= set(participants(text))


@pytest.mark.parametrize(
    ("text", "outsiders"),
    [
        (  # a quotation after a colon is no list
            "Marin receives Norwegian minister\n\n"
            "President Paul Marin received Norwegian Trade Minister Ana Velkova in Accra on Tuesday. After the talks, "
            "he told reporters:\n"
            '"As Karl Brenner told us years ago, trade is the bridge between peoples."\n',
            {"Karl Brenner"},
        ),
        (  # a ranked sentence whose subject took no part
            "President Paul Marin received Norwegian Trade Minister Ana Velkova in Accra on Tuesday.\n\n"
            "Secondly, analyst Tom Hadley told reporters that Karl Brenner had warned against the deal.\n",
            {"Tom Hadley", "Karl Brenner"},
        ),
        (  # a pronoun opening that already names both parties
            "Analyst Tom Hadley expects little from the talks.\n\n"
            "On Thursday he watched as President Paul Marin met Norwegian Prime Minister Ana Velkova in Oslo.\n",
            {"Tom Hadley"},
        ),
    ],
)
def test_no_one_else_is_added(text, outsiders):
    names = set(participants(text))
    assert {"Paul Marin", "Ana Velkova"} <= names
    assert not names & outsiders
