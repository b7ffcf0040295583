"""Roles and affiliations in shapes seen across many outlets: the country a title is of written after the name, a
role whose complement holds another role noun, and the country a role names or implies.

Every brief and every person here is invented for the test; the countries and organisations are real.
"""

import datetime as dt

import briefparse


def people(text: str) -> dict[str | None, tuple[str | None, str | None]]:
    brief = briefparse.parse(text, reference_date=dt.date(2023, 5, 10))
    return {p.name: (p.role, p.affiliation) for p in brief.participants}


def test_en_the_country_a_title_is_of_comes_after_the_name():
    text = (
        "President Lemma Worku on Monday received the credentials of newly appointed ambassadors.\n\n"
        "The ambassadors who presented credentials are Ambassador Paul Drennan of Canada, Ambassador Ora Levin of "
        "Israel and Ambassador Jaan Tamm of Estonia.\n"
    )
    found = people(text)
    assert found["Paul Drennan"] == ("Ambassador of Canada", "Canada")
    assert found["Jaan Tamm"] == ("Ambassador of Estonia", "Estonia")


def test_fr_the_country_a_title_is_of_comes_after_the_name():
    text = "Le président Moussa Diallo du Sénégal a reçu lundi à Dakar le Premier ministre Alain Koffi.\n"
    assert people(text)["Moussa Diallo"] == ("président du Sénégal", "Sénégal")
