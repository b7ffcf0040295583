"""A plural office followed by its holders' countries, each holder's name in brackets after it ("seine Amtskollegen
aus A (X), B (Y) und C (Z)"): every name listed holds the office of its own country, written as the text writes
its noun and link ("Amtskollegen aus B"). A sentence after the event's that lists countries, each with its
leader's name in brackets ("Les participants dirigent les États suivants : A (X), B (Y) …"), names the gathering's
members.

Every brief and every person here is invented for the test; the countries are real.
"""

import pytest

import briefparse


@pytest.mark.parametrize("second_country", ["Peru", "der Slowakei"])
def test_each_name_in_brackets_after_its_country_holds_the_office(second_country):
    brief = briefparse.parse(
        "Treffen in Wien\n\n"
        "Außenminister Jonas Brandt empfing am 12. März 2024 in Wien seine Amtskollegen aus Chile (Pablo Rivas), "
        f"{second_country} (Maria Quispe) und Ghana (Kofi Mensah). Die Minister sprachen über den Handel."
    )
    roles = {p.name: p.role for p in brief.participants}
    assert roles.get("Maria Quispe") == f"Amtskollegen aus {second_country}"
    assert roles.get("Kofi Mensah") == "Amtskollegen aus Ghana"


def test_a_party_in_brackets_after_a_titled_name_hands_no_office_on():
    brief = briefparse.parse(
        "Treffen in Wien\n\n"
        "Außenminister Jonas Brandt (ÖVP) und Innenministerin Eva Stein (SPÖ) trafen am 12. März 2024 in Wien die "
        "Botschafterin Chiles. Sie sprachen über den Handel."
    )
    roles = {p.name: p.role for p in brief.participants}
    assert roles.get("Eva Stein") == "Innenministerin"


@pytest.mark.parametrize("country", ["Sierra Leone", "Ghana"])
def test_a_later_list_of_countries_each_with_its_leader_in_brackets_names_the_gathering(country):
    brief = briefparse.parse(
        "Sommet de la CEDEAO à Dakar\n\n"
        "Le président sénégalais Paul Ndiaye a ouvert le 3 avril 2012 à Dakar un sommet consacré au Mali. "
        "La Mauritanie y est représentée par son président Ali Ould Baba.\n"
        f"Les participants dirigent les États suivants : Bénin (Paul Dossou), {country} (Ernest Kamara), "
        "Niger (Amadou Issa) et Togo (Jean Agbo).\n"
        "Ils ont parlé du Mali."
    )
    names = {p.name for p in brief.participants}
    assert {"Paul Dossou", "Ernest Kamara", "Amadou Issa", "Jean Agbo"} <= names

