"""Audiences reported by a presidency: the officials "en présence de" whom it took place, each item a role and a
name, the next item opened by the link that governs the list ("du ministre …"); one more envoy received by the host
in the passive ("a également été reçu par le président"); an adviser in apposition whose role ends on its link
before the person advised ("X, haut conseiller de Y pour …").

Every brief here is invented for the test.
"""

import briefparse
from briefparse.models import Participant

LEAD = (
    "Le président de la République, M. Paul Marin, a reçu mardi à Valdor le ministre norlandais de l'Intérieur, "
    "M. Marco Rossi.\n"
)


def people(text: str) -> dict[str | None, Participant]:
    return {p.name: p for p in briefparse.parse(text).participants}


def test_the_next_item_of_a_presence_list_is_not_the_role_of_the_name_before_it():
    text = LEAD + (
        "L’audience s’est déroulée en présence du directeur de Cabinet à la Présidence de la République, "
        "M. Karim Benali, du ministre d’Etat, ministre des Affaires étrangères, M. Samir Haddad, et du conseiller "
        "du président de la République, M. Omar Saidi."
    )
    found = people(text)
    assert found["Karim Benali"].role == "directeur de Cabinet à la Présidence de la République"
    assert found["Samir Haddad"].role.startswith("ministre d’Etat")


def test_an_envoy_also_received_by_the_host_in_the_passive_takes_part():
    text = (
        "Le président Marc Dupont a reçu mardi à Valdor l'ambassadeur du Pérou, José Ruiz.\n"
        "L'ambassadeur du Qatar, Karim Al-Nasser, a également été reçu par le président."
    )
    assert {"Marc Dupont", "José Ruiz", "Karim Al-Nasser"} <= set(people(text))


def test_one_also_received_by_someone_taking_no_part_stays_apart():
    text = (
        "Le président Marc Dupont a reçu mardi à Valdor l'ambassadeur du Pérou, José Ruiz.\n"
        "L'ambassadeur du Qatar, Karim Al-Nasser, a également été reçu par le maire de Lorvan, Henri Valet."
    )
    assert "Karim Al-Nasser" not in people(text)


def test_the_person_an_adviser_advises_is_no_participant():
    text = LEAD + (
        "Dans la même journée, le président a également reçu John Miller, haut conseiller de Robert Smith pour "
        "l’Afrique."
    )
    found = people(text)
    assert "John Miller" in found
    assert "Robert Smith" not in found


def test_the_ordinal_premier_is_no_unnamed_participant():
    text = (
        "Les deux anciens présidents du Valdor, Jean Marin et Paul Roux, ont eu un entretien téléphonique mardi.\n"
        "Le premier est à Paris, le second à Valdor."
    )
    found = people(text)
    assert {"Jean Marin", "Paul Roux"} <= set(found)
    assert None not in found


def test_the_premier_written_with_its_capital_is_still_a_role():
    text = "Le Premier britannique, John Miller, a reçu mardi à Londres le président du Valdor, Jean Marin."
    assert people(text)["John Miller"].role == "Premier britannique"


def test_the_headline_s_role_is_the_one_the_opening_names_alone():
    text = (
        "Le Premier ministre reçoit en audience une délégation du FMI.\n\n"
        "Monsieur Paul Marin a reçu en audience, mercredi à Valdor, une délégation du Fonds monétaire "
        "international, conduite par M. Jean Roux, administrateur du FMI.\n\n"
        "Les entretiens ont porté sur la coopération."
    )
    found = people(text)
    assert found["Paul Marin"].role == "Premier ministre"
    assert found["Jean Roux"].role == "administrateur du FMI"


def test_a_headline_role_of_another_kind_of_event_is_not_given():
    text = (
        "Le Premier ministre se rend à Lorvan.\n\n"
        "Monsieur Paul Marin a reçu en audience, mercredi à Valdor, M. Jean Roux, administrateur du FMI."
    )
    assert people(text)["Paul Marin"].role is None


def test_a_place_s_short_form_after_a_role_s_link_is_no_part_of_the_name():
    text = (
        "(Ouagadougou, 13 décembre 2021) le président du Faso Roch Paul Zongo a eu une séance de travail ce matin "
        "avec l’ambassadeur de France au Burkina Faso, Luc Morel."
    )
    found = people(text)
    assert "Roch Paul Zongo" in found
    assert found["Roch Paul Zongo"].role == "président du Faso"


def test_a_given_name_after_a_role_s_link_stays_in_the_name():
    text = (
        "Le président du Faso, Roch Paul Zongo, a reçu mardi l’envoyée de Marie Claire Dubois au Burkina Faso, "
        "Anne Morel."
    )
    brief = briefparse.parse(text)
    assert "Marie Claire Dubois" in {p.name for p in brief.participants + brief.people_mentioned}


def test_a_sentence_on_the_event_past_an_attribution_names_those_taking_part():
    text = (
        "Le président de la République, Paul Marin, a reçu ce mardi à Valdor deux personnalités étrangères en "
        "visite officielle. Il s’agit de la présidente de l’association Valdor-Lorvan, Claire Dubois, et du haut "
        "conseiller du président norlandais chargé de l'Afrique, John Miller. Les audiences se sont déroulées "
        "séparément.\n"
        "Claire Dubois est arrivée à Valdor la veille, à l’invitation de la Chambre de commerce. Elle a été reçue "
        "une première fois lundi.\n"
        "Selon la même source, l’entretien, tenu d’abord en tête-à-tête, s’est élargi par la suite à plusieurs "
        "responsables, dont le directeur de cabinet de la présidence, Karim Benali, et la ministre de la Culture, "
        "Nadia Haddad."
    )
    assert {"Karim Benali", "Nadia Haddad"} <= set(people(text))


def test_a_sentence_on_the_event_after_someone_s_word_is_not_read_past_it():
    text = (
        "Le président de la République, Paul Marin, a reçu ce mardi à Valdor la présidente de l’association "
        "Valdor-Lorvan, Claire Dubois.\n"
        "Elle est arrivée à Valdor la veille, à l’invitation de la Chambre de commerce. Elle repart jeudi.\n"
        "Selon Henri Valet, maire de Lorvan, l’entretien précédent avec Luc Morel avait duré une heure."
    )
    assert "Luc Morel" not in people(text)


def test_a_role_in_apposition_may_open_on_an_elided_article():
    for article in ("l’", "l'"):
        text = f"Le président Jean Marin a reçu mardi Paul Roux, {article}ambassadeur norlandais en poste à Valdor."
        assert people(text)["Paul Roux"].role == "ambassadeur norlandais en poste à Valdor"
