"""French participants on briefs invented for these tests (fictional people and countries): companions,
parties in brackets, a party introduced by a role and named in a quote's credit."""

from __future__ import annotations

import datetime as dt

import pytest

import briefparse

REF = dt.date(2024, 5, 6)


def names(text: str) -> tuple[list[str | None], list[str | None]]:
    brief = briefparse.parse(text, reference_date=REF)
    return [p.name for p in brief.participants], [p.name for p in brief.people_mentioned]


COMPANIONS = (
    "La Première ministre valdorienne Anne Moreau est arrivée ce mercredi à Port-Norland. "
    "Elle est accompagnée des ministres valdoriens des Finances, Paul Marin et de l'Intérieur, Luc Verdal. "
    "Le lendemain, elle visitera une école."
)
BRACKETED_PARTIES = (
    "Une délégation emmenée par la Première ministre Anne Moreau se rendra la semaine prochaine en Norland. "
    "Mme Moreau sera accompagnée par le ministre des Finances, Paul Marin (Parti Vert), et par le ministre "
    "de l'Intérieur, Luc Verdal (Union Centre)."
)


@pytest.mark.parametrize("text", [COMPANIONS, BRACKETED_PARTIES])
def test_companions_after_accompagnee_des_or_par(text: str) -> None:
    taking_part, mentioned = names(text)
    assert "Paul Marin" in taking_part and "Luc Verdal" in taking_part
    assert "Parti Vert" not in taking_part + mentioned and "Union Centre" not in taking_part + mentioned


HOST_SIDE_COMPANY = (
    "Le président valdorien Marc Dorval a reçu lundi à Port-Norland le ministre norlandais des Affaires "
    "étrangères, Paul Marin.\n\n"
    "L'entretien a duré une heure. Le président valdorien avait à ses côtés le ministre de l'Intérieur, "
    "Luc Verdal, son directeur de cabinet, Jean Morel et l'ambassadeur du Valdor en Norland, Anne Moreau."
)


def test_company_told_from_the_hosts_side_takes_part() -> None:
    taking_part, mentioned = names(HOST_SIDE_COMPANY)
    assert {"Luc Verdal", "Jean Morel", "Anne Moreau"} <= set(taking_part)
    assert not {"Luc Verdal", "Jean Morel", "Anne Moreau"} & set(mentioned)


ROLE_THEN_QUOTE = (
    "La délégation malienne à cet entretien était conduite par le ministre des Affaires étrangères, Paul Marin, "
    "accompagné du ministre de la Défense Luc Verdal, et celle française avait à sa tête la ministre de l'Europe "
    "et des Affaires étrangères, secondée par le ministre français des Armées.\n\n"
    "Au cours de cet entretien, les deux délégations ont abordé la coopération.\n\n"
    "« Nous sommes là pour marquer notre engagement », a déclaré la ministre française des Affaires "
    "étrangères, Anne Moreau."
)


def test_party_introduced_by_role_and_named_in_a_quote_credit_takes_part() -> None:
    taking_part, _ = names(ROLE_THEN_QUOTE)
    assert "Anne Moreau" in taking_part




def test_entrevue_is_an_encounter() -> None:
    taking_part, _ = names(
        "Le ministre norlandais Marc Dorval a reçu jeudi la délégation valdorienne conduite par Luc Verdal.\n\n"
        "« Nous sommes ici pour aider », a dit Luc Verdal à la presse à l'issue d'une entrevue avec le président "
        "norlandais Paul Marin."
    )
    assert "Paul Marin" in taking_part


def test_parties_of_an_earlier_encounter_in_a_time_clause_are_mentioned() -> None:
    taking_part, mentioned = names(
        "Le Premier ministre Paul Marin et l'ambassadeur de France, Luc Verdal, se sont entretenus, ce jeudi, "
        "sur la sécurité, vingt-quatre heures après un tête-à-tête entre Anne Moreau, présidente du Conseil de "
        "transition, et le président français Marc Dorval à l'Elysée."
    )
    assert taking_part == ["Paul Marin", "Luc Verdal"]
    assert "Anne Moreau" in mentioned and "Marc Dorval" in mentioned


SEVERAL_ENCOUNTERS = (
    "Le Premier ministre norlandais, Paul Marin, a renforcé la coopération avec les pays amis. Hier M. Marin a eu "
    "des entretiens avec le nouvel ambassadeur de Valdorie, M. Luc Verdal. Le 8 juin M. Marin avait eu des "
    "entretiens avec le représentant spécial du secrétaire général de l'Organisation des Etats Américains "
    "(OEA) en Norland, M. Marc Dorval. Trois mois avant le départ des casques bleus de la mission des Nations "
    "Unies, le Premier ministre a eu des entretiens avec le ministre brésilien des affaires étrangères, Anne Moreau."
)


ARRIVAL = (
    "Le Premier ministre valdorien Paul Marin est arrivé mardi en Norland pour une visite officielle. A son "
    "arrivée à l'aéroport, M. Marin a été accueilli par le chef du gouvernement Luc Verdal.\n\n"
    "Après avoir passé en revue un détachement des Forces Royales Air (FRA), le chef de l'exécutif valdorien a "
    "été salué par le ministre d'État chargé des droits de l'Homme, Marc Dorval.\n\n"
    "La délégation l'accompagnant est notamment composée de la ministre de l'Industrie, Anne Moreau."
)


@pytest.mark.parametrize("text", [SEVERAL_ENCOUNTERS, ARRIVAL])
def test_later_encounters_greeters_and_delegation_members_take_part(text: str) -> None:
    """Encounters told one after another, past an opening phrase; who greets a visitor on arrival and who makes up
    the delegation; a body in capitals is no one."""
    taking_part, mentioned = names(text)
    assert {"Marc Dorval", "Anne Moreau"} <= set(taking_part)
    assert "Forces Royales Air" not in taking_part + mentioned


def roles(text: str) -> dict[str | None, str | None]:
    return {p.name: p.role for p in briefparse.parse(text, reference_date=REF).participants}


def test_offices_outside_government_are_roles() -> None:
    found = roles(
        "Le ministre norlandais des Affaires étrangères, Paul Marin, a échangé le 1er juillet avec M. Luc Verdal, "
        "administrateur par intérim du Programme des Nations Unies pour le Développement."
    )
    assert (found.get("Luc Verdal") or "").startswith("administrateur")


def test_a_general_s_rank_is_no_part_of_the_name() -> None:
    taking_part, _ = names(
        "Ce matin, le Général de Division Paul Marin, ministre de la Sécurité, a reçu l'ambassadeur de Valdorie, "
        "Luc Verdal."
    )
    assert "Paul Marin" in taking_part


def test_a_name_after_a_plural_portfolio_joined_by_des() -> None:
    taking_part, _ = names(
        "Le ministre norlandais de la Défense, Luc Verdal, a reçu jeudi le ministre français des Armées Paul Marin."
    )
    assert "Paul Marin" in taking_part


def test_a_name_and_its_longer_form_with_a_middle_name_are_one_person() -> None:
    brief = briefparse.parse(
        "A Norlandia, Paul Marin réitère l'offre de la Valdorie\n\n"
        "Paul Henri Marin Dorval a réitéré, ce lundi 9 décembre, son offre d'abriter le prochain sommet.",
        reference_date=REF,
    )
    named = [p.name for p in brief.participants + brief.people_mentioned]
    assert len(named) == 1


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "« Nous avons son soutien », a confié à sa sortie d'audience le chef de la délégation, président de "
            "l'Union des chambres du G5 Norland, Paul Marin Dorval.",
            "Paul Marin Dorval",
            "chef de la délégation, président de l'Union des chambres du G5 Norland",  # both his titles
        ),
        (
            "Le Premier ministre Anne Moreau a eu un entretien avec le Sous-secrétaire d'Etat Luc Verdal qui était "
            "accompagné du Chargé d'affaires a.i., M. Paul Marin.",
            "Paul Marin",
            "Chargé d'affaires a.i.",
        ),
    ],
)
def test_role_holds_a_body_with_a_figure_or_an_initialism(text: str, name: str, role: str) -> None:
    brief = briefparse.parse(text, reference_date=REF)
    assert {p.name: p.role for p in brief.participants + brief.people_mentioned}.get(name) == role


def test_role_said_next_with_a_pronoun_and_to_be() -> None:
    found = roles(
        "Le ministre norlandais des Affaires étrangères, Luc Verdal, a reçu Mme Anne Moreau. Elle est Directrice "
        "du Club du Sahel et de l'Afrique de l'Ouest. Au cours de l'audience, elle a présenté son institution."
    )
    assert (found.get("Anne Moreau") or "").startswith("Directrice du Club")
