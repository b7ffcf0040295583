"""French constructions of participants found in the wild: the signatories of a text told in the passive ("a été
signée par X et Y") past the opening sentence, and an office of several words over another role ("directeur de
cabinet du Premier ministre, M. X"), which is the name's role whole, and whom a state guest is greeted by ("Il a
ensuite été salué par le gouverneur, X"), in a visit only; titles a comma joins before a name ("le Premier ministre,
chef du gouvernement, X") are all the name's; a short surname in capitals after "M." or "Mme" ("M. KOFFI Kouadio
Jean") is the name's first word, not a body's initials; the article of a rank after a role ("…, le Dr X") is the
rank's, not the role's; "Cheikh" opening a name with no particle is its given name ("Cheikh Tidiane X"); "et celui
d'Allemagne, X" holds the previous office, the link elided.

Every brief here is invented for the test.
"""

import pytest

import briefparse


def names(text: str) -> set[str]:
    return {p.name for p in briefparse.parse(text).participants}


def test_the_signatories_of_a_passive_signing_take_part():
    text = (
        "Le président togolais, Komi Adjavon, a reçu mardi à Lomé le Premier ministre indien, Arjun Mehta, en visite "
        "officielle. Les deux dirigeants ont passé en revue la coopération bilatérale. La convention de financement "
        "de la centrale solaire a été signée par la ministre togolaise de l'Energie, Afi Agbeko, et le ministre indien "
        "du Commerce, Rajesh Varma."
    )
    assert {"Komi Adjavon", "Arjun Mehta", "Afi Agbeko", "Rajesh Varma"} <= names(text)


def test_an_office_of_several_words_over_another_role_keeps_its_head():
    text = (
        "Le Premier ministre, M. Ibrahima Sow, a reçu lundi à Dakar l'ambassadeur d'Allemagne, Klaus Berger. "
        "L'entrevue s'est déroulée en présence du directeur de cabinet du Premier ministre, M. Moussa Diop."
    )
    roles = {p.name: p.role for p in briefparse.parse(text).participants}
    assert roles["Moussa Diop"] == "directeur de cabinet du Premier ministre"
    assert None not in roles  # the office is his, not someone unnamed's


def test_whom_a_state_guest_is_greeted_by_takes_part():
    text = (
        "Le Premier ministre portugais Rui Alves est arrivé lundi à Dakar pour une visite officielle. A l'aéroport, "
        "il a été accueilli par le Premier ministre Ousmane Faye. Il a ensuite été salué par le gouverneur de la "
        "région de Dakar, Mamadou Diallo, et l'ambassadeur du Sénégal au Portugal, Ibou Gaye."
    )
    assert {"Rui Alves", "Ousmane Faye", "Mamadou Diallo", "Ibou Gaye"} <= names(text)



def test_titles_in_a_row_before_a_name_are_all_his():
    text = (
        "Le Premier ministre, chef du gouvernement, M. Jean Kouadio, a reçu en audience ce mercredi l'ambassadeur "
        "des Etats-Unis, M. Richard Bell."
    )
    participants = briefparse.parse(text).participants
    roles = {p.name: p.role for p in participants}
    assert roles["Jean Kouadio"] == "Premier ministre, chef du gouvernement"
    assert None not in roles  # the first title is his, not someone unnamed's


def test_items_of_a_list_of_offices_stay_apart():
    text = (
        "Le ministre de l'Intérieur, le ministre de la Défense, Jean Kouadio, et l'ambassadeur des Etats-Unis, "
        "Richard Bell, se sont réunis mercredi à Abidjan."
    )
    roles = {p.name: p.role for p in briefparse.parse(text).participants}
    assert roles["Jean Kouadio"] == "ministre de la Défense"


@pytest.mark.parametrize("name", ["KOFFI Kouadio Jean", "TOURE Awa"])
def test_a_short_surname_in_capitals_after_an_address_opens_the_name(name: str):
    text = (
        f"Le ministre de la Défense, M. {name}, a reçu en audience ce mercredi l'ambassadeur des Etats-Unis, "
        "M. Richard Bell."
    )
    assert name in names(text)


def test_a_body_s_initials_before_a_name_stay_out_of_it():
    text = "Le secrétaire général de l'UEMOA, Abdou Kane, a reçu mardi à Ouagadougou l'ambassadeur de Chine, Li Wei."
    assert "Abdou Kane" in names(text)


def test_the_article_of_a_rank_after_a_role_is_no_part_of_the_role():
    text = (
        "Le ministre de la Santé, Abdoulaye Keita, a reçu mercredi le représentant de l'OMS au Mali, le Dr "
        "Jean-Pierre Baptiste."
    )
    roles = {p.name: p.role for p in briefparse.parse(text).participants}
    assert roles["Jean-Pierre Baptiste"] == "représentant de l'OMS au Mali"


def test_a_title_that_is_a_given_name_opens_a_name_without_particles():
    text = (
        "Le Premier ministre Jean Kouassi a reçu lundi le ministre malien des Mines, Cheikh Tidiane Diarra. "
        "Il a ensuite reçu l'émir de Valdorie, Cheikh Hamad ben Khalid Al-Naimi."
    )
    found = names(text)
    assert "Cheikh Tidiane Diarra" in found
    assert "Hamad ben Khalid Al-Naimi" in found  # the title of one named by his father and his house


def test_an_elided_head_before_an_elided_link_takes_the_previous_office():
    text = (
        "Le Premier ministre Jean Kouassi a reçu lundi l'ambassadeur de France, Marc Petit, et celui d'Allemagne, "
        "Hans Vogel."
    )
    roles = {p.name: p.role for p in briefparse.parse(text).participants}
    assert roles["Hans Vogel"] == "ambassadeur d'Allemagne"
