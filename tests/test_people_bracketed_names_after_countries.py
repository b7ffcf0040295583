"""A plural office followed by its holders' countries, each holder's name in brackets after it ("seine Amtskollegen
aus A (X), B (Y) und C (Z)"): every name listed holds the office, written as the text writes its noun.

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
    assert roles.get("Maria Quispe") == "Amtskollegen"
    assert roles.get("Kofi Mensah") == "Amtskollegen"


def test_a_party_in_brackets_after_a_titled_name_hands_no_office_on():
    brief = briefparse.parse(
        "Treffen in Wien\n\n"
        "Außenminister Jonas Brandt (ÖVP) und Innenministerin Eva Stein (SPÖ) trafen am 12. März 2024 in Wien die "
        "Botschafterin Chiles. Sie sprachen über den Handel."
    )
    roles = {p.name: p.role for p in brief.participants}
    assert roles.get("Eva Stein") == "Innenministerin"
