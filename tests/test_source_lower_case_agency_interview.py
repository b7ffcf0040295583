"""A statement given to an agency the lead names in lower case ("une déclaration à l'agence … de presse") is sourced
to that agency."""

from __future__ import annotations

import briefparse

_BRIEF = (
    "Le président Aimé Koutou a reçu mardi au palais présidentiel l'ambassadeur du Portugal, Rui Teixeira.\n"
    "A l'issue de l'audience, le diplomate a fait une déclaration à l’agence mauritanienne d’information dans "
    "laquelle il a salué la qualité de la coopération entre les deux pays.\n"
)


def test_a_statement_given_to_an_agency_named_in_lower_case_is_its_source():
    brief = briefparse.parse(_BRIEF, language="fr")
    assert brief.source is not None
    assert brief.source.name == "agence mauritanienne d’information"


def test_the_same_agency_in_title_case_is_still_the_source():
    brief = briefparse.parse(
        _BRIEF.replace("agence mauritanienne d’information", "Agence Mauritanienne d’Information"), language="fr"
    )
    assert brief.source is not None and brief.source.name.startswith("Agence Mauritanienne")


def test_the_agency_the_following_statement_was_made_to_is_the_source():
    text = (
        "Le président Paul Marin a reçu mercredi à Porta Nova M. Léo Brun, envoyé spécial de la Norlandie.\n"
        "A sa sortie d'audience, l'envoyé spécial a fait la déclaration suivante à l'AVP :\n"
        "« Je suis venu en Valdorie pour parler de la coopération. »"
    )
    brief = briefparse.parse(text)
    assert brief.source is not None
    assert brief.source.name == "AVP"
