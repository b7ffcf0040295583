"""An investiture ("a été officiellement investi", "la cérémonie d'investiture") is an act of office, `other`, even
when the brief quotes what was said at it."""

from __future__ import annotations

import briefparse


def test_an_investiture_with_quoted_words_is_other() -> None:
    text = (
        "Lucien Marbot officiellement investi président\n"
        "Lucien Marbot a été officiellement investi mardi lors d'une cérémonie au palais du Peuple de Valdorre.\n"
        "« Vous êtes désormais le garant de la Constitution », a déclaré le président de la Cour suprême, "
        "Hector Lenoir. « Je servirai tous les citoyens », a déclaré le nouveau chef de l'Etat.\n"
    )
    assert briefparse.parse(text, language="fr").event_type == "other"


def test_the_investiture_ceremony_noun_is_other() -> None:
    text = (
        "La cérémonie d'investiture de la présidente Amélie Rostand s'est déroulée samedi à Valdorre, "
        "en présence de plusieurs chefs d'Etat de la région.\n"
    )
    assert briefparse.parse(text, language="fr").event_type == "other"


def test_a_meeting_after_an_investiture_stays_a_meeting() -> None:
    text = (
        "Le président Lucien Marbot, investi la semaine dernière, a reçu lundi en audience l'ambassadeur de "
        "Norvège, Erik Haldorsen. Les deux hommes ont évoqué la coopération bilatérale.\n"
    )
    assert briefparse.parse(text, language="fr").event_type == "meeting"
