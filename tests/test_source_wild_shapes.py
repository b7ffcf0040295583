"""Source shapes of real briefs in every language (session 15): a source label in square brackets, an agency's
name in a headline's case then its city on a byline line, a country no longer read as an outlet's form, an
interview with an outlet after its kind and an adjective, a statement given to an agency, a need that is no source.

Every brief here is invented for the test (fictional people, real countries).
"""

from __future__ import annotations

import pytest

import briefparse


def source_name(text: str) -> str | None:
    source = briefparse.parse(text).source
    return source.name if source else None


def test_a_source_label_in_square_brackets_names_the_source():
    text = (
        "Valdoria and Norway leaders meet\n\n"
        "Prime Minister welcomes Norwegian guest [Source: Valdorian Government]\n\n"
        "Prime Minister Jan Osk of Norway met President Lina Varo in Port Vella on Monday. They discussed fisheries.\n"
    )
    assert source_name(text) == "Valdorian Government"


@pytest.mark.parametrize("agency", ["Press Trust Of India", "Press Trust of India"])
def test_an_agency_then_its_city_alone_on_a_line_credits_the_agency(agency):
    text = (
        "Minister to visit Norway\n\n"
        f"{agency} New Delhi\n"
        "External Affairs Minister Ravi Menon will travel to Oslo on Monday to meet his Norwegian counterpart Jan "
        "Osk, officials said.\n\nThe two ministers will discuss trade.\n"
    )
    assert source_name(text) == agency


def test_a_country_after_a_verb_of_saying_is_no_outlet():
    text = (
        "(Hanoi Herald)- Prime Minister Tran Van Binh received the new ambassador of Sweden, Anna Lind, in Hanoi. "
        "Welcoming the ambassador, Mr Binh affirmed Vietnam's policy of close ties with Sweden.\n"
    )
    assert source_name(text) != "Vietnam"


def test_an_interview_with_an_outlet_after_its_kind_and_an_adjective():
    text = (
        "Paris – Le Premier ministre québécois Paul Tremblay a rencontré lundi son homologue Jean Dubois. \"Il faut "
        "doubler nos échanges\", a déclaré M. Tremblay dans une entrevue à la chaîne francophone Valmonde.\n"
    )
    assert source_name(text) == "Valmonde"


def test_a_statement_given_to_an_agency_names_the_agency():
    text = (
        "Nouakchott, 23/10/2018\nLe Président de la République a reçu mardi l'ambassadeur de Norvège, Jan Osk.\n\n"
        "A l’issue de l’audience, le diplomate a fait à l’AMI, la déclaration suivante : « Je suis heureux. »\n"
    )
    assert source_name(text) == "AMI"


def test_what_needs_require_is_no_source():
    text = (
        "L'ambassadeur de France, Paul Martin, a rencontré jeudi le Premier ministre Jean Rako à Antananarivo. Il "
        "souhaite orienter l'aide selon les besoins exprimés par les nouvelles autorités, selon le communiqué de "
        "l’ambassade.\n"
    )
    assert source_name(text) == "communiqué de l’ambassade"
