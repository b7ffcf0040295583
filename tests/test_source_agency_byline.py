"""A byline whose only name is a news agency of the register credits that agency: "By Reuters", "par RFI", "by The
Associated Press"; so does the agency's name after an article alone on its line ("The Associated Press")."""

from __future__ import annotations

import briefparse
from briefparse.agencies import find_credits


def _source(text: str) -> str | None:
    source = briefparse.parse(text).source
    return source.name if source else None


def test_an_english_byline_outranks_the_ministry_cited() -> None:
    text = (
        "Lindqvist and Maro hold talks in Tallinn\n\n"
        "By Reuters\n\n"
        "TALLINN - Foreign Minister Erik Lindqvist met his counterpart Paolo Maro on Tuesday to discuss trade "
        "and energy links between the two countries.\n\n"
        "The two ministers agreed to meet again in the autumn, the Estonian foreign ministry said.\n"
    )
    assert _source(text) == "Reuters"


def test_a_french_byline_in_small_letters_outranks_an_office_cited_past_the_lead() -> None:
    text = (
        "par RFI\n\n"
        "Le président Amadou Sarr a reçu jeudi à Dakar son homologue Omar Bakri pour un entretien consacré à la "
        "sécurité dans la région.\n\n"
        "Les deux chefs d'État ont passé en revue la coopération bilatérale, les échanges commerciaux, la "
        "situation dans la sous-région, la lutte contre le terrorisme et la préparation du prochain sommet de "
        "l'organisation régionale, prévu à la fin de l'année dans la capitale.\n\n"
        "Ils ont également évoqué les projets d'infrastructures communs, notamment la route transfrontalière et "
        "le pont sur le fleuve, dont les travaux doivent commencer au printemps, ainsi que la question des "
        "réfugiés installés de part et d'autre de la frontière depuis plusieurs années.\n\n"
        "Le président Sarr a remercié son hôte pour son soutien. Il a salué les progrès accomplis. Il a appelé à "
        "renforcer les échanges. Il a invité son homologue à une visite officielle.\n\n"
        "La conférence de presse commune, encore annoncée par la présidence sénégalaise quelques minutes plus "
        "tôt, a finalement été annulée.\n"
    )
    assert _source(text) == "RFI"


def test_the_agency_after_an_article_alone_on_its_line() -> None:
    text = (
        "Minister: leaders to meet in June\n\n"
        "The Associated Press\n"
        "ANKARA\n\n"
        "The foreign minister said on Wednesday that the two presidents would meet in June ahead of a summit.\n"
    )
    assert [c.canonical for c in find_credits(text)] == ["Associated Press"]


def test_a_person_s_byline_credits_no_agency() -> None:
    assert find_credits("Leaders meet\n\nBy John Carrow\n\nThe two leaders met on Monday.\n") == []
