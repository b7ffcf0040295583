"""Participants of French briefs that name many people: lists printed one person a line, the signatories of each
document signed at one ceremony.

Every brief and every person here is invented for the test; the countries are real.
"""

import datetime as dt

import briefparse


def parse(text: str) -> briefparse.Brief:
    return briefparse.parse(text, reference_date=dt.date(2023, 5, 10))


def participants(text: str) -> set[str | None]:
    return {p.name for p in parse(text).participants}


def test_fr_a_delegation_printed_one_name_a_line_without_marks_takes_part():
    text = (
        "Le président Keïra en visite à Kayes\n"
        "Le président Amadou Keïra a quitté Bamako lundi pour une visite de travail de deux jours à Kayes.\n"
        "Au cours de ce voyage, le Président est accompagné d'une délégation comprenant:\n"
        "Awa Ndiaye, ministre de l'Énergie et de l'Eau\n"
        "Moussa Traoré Diallo, ministre de l'Agriculture\n"
        "Fanta Coulibaly, chargée de mission à la Présidence\n"
    )
    assert {"Amadou Keïra", "Awa Ndiaye", "Moussa Traoré Diallo", "Fanta Coulibaly"} <= participants(text)


def test_fr_a_paragraph_of_prose_after_such_a_list_is_no_item():
    text = (
        "Le président Keïra reçoit des éleveurs\n"
        "Le président Amadou Keïra a reçu lundi au palais de Koulouba une délégation composée de:\n"
        "Awa Ndiaye, ministre de l'Énergie\n"
        "Moussa Traoré Diallo, ministre de l'Agriculture\n"
        "Ibrahima Sow, le président de l'association des éleveurs de la région, avait déjà dénoncé en mars dernier "
        "la hausse du prix des aliments pour le bétail, selon un communiqué publié par son association à Kayes.\n"
    )
    found = participants(text)
    assert {"Awa Ndiaye", "Moussa Traoré Diallo"} <= found
    assert "Ibrahima Sow" not in found


#: a signing ceremony's lead and its first signatories, which the briefs below go on from
_SIGNING = (
    "Signature de cinq accords entre le Sénégal et le Portugal\n\n"
    "Le Sénégal et le Portugal ont signé mardi à Dakar cinq accords de coopération, au terme de la session de "
    "la commission mixte.\n\n"
    "Le premier accord a été signé par le ministre des Affaires étrangères, Awa Ndiaye, et son homologue "
    "portugais, Rui Matos Ferreira.\n\n"
)


def test_fr_the_signatories_of_each_text_of_a_signing_ceremony_take_part():
    text = _SIGNING + (
        "La commission se réunit tous les deux ans, alternativement dans chacun des deux pays.\n\n"
        "Un mémorandum dans le domaine de la pêche a été paraphé par le ministre de la Pêche, Ibrahima Sow, et le "
        "secrétaire d'État portugais à la Mer, Joana Pires Lopes.\n"
    )
    assert {"Awa Ndiaye", "Rui Matos Ferreira", "Ibrahima Sow", "Joana Pires Lopes"} <= participants(text)


def test_fr_a_text_signed_years_before_names_no_signatory_of_the_ceremony():
    text = _SIGNING + (
        "Le traité d'amitié entre les deux pays avait été signé par Abdou Fall et Pedro Nunes Costa en 1985.\n"
    )
    found = participants(text)
    assert {"Awa Ndiaye", "Rui Matos Ferreira"} <= found
    assert not {"Abdou Fall", "Pedro Nunes Costa"} & found


def test_fr_a_pronoun_opening_a_journey_s_meetings_is_the_one_named_two_sentences_before():
    text = (
        "Dakar, le 4 mars – Le Premier ministre du Sénégal, Awa Ndiaye, entame lundi une mission en Belgique.\n\n"
        "Une semaine chargée se profile pour la dirigeante sénégalaise.\n\n"
        "Elle sera reçue mardi au palais royal par le roi Philippe.\n\n"
        "Sa visite se poursuivra par des entretiens avec le Premier ministre belge, Marc Verhoeven.\n\n"
        "Deux ministres l'accompagnent: Moussa Faye (Commerce) et Ibrahima Sow (Pêche).\n"
    )
    assert "Awa Ndiaye" in participants(text)


def test_fr_envoys_listed_under_a_plural_office_in_a_later_sentence_are_people_who_take_part():
    text = (
        "Le président Amadou Keïra a reçu jeudi à Bamako les lettres de créance de cinq nouveaux ambassadeurs.\n\n"
        "Le président a aussi reçu les lettres de créance des ambassadeurs du Venezuela, Rosa Marín Pérez, et du "
        "Soudan, Omar Hassan Ali.\n\n"
        "Les ambassadeurs d'Argentine, Pablo Ruiz Soto, et du Chili, Piotr Nowak, ont également remis leurs lettres "
        "de créance au président.\n"
    )
    brief = parse(text)
    roles = {p.name: p.role for p in brief.participants}
    assert roles.get("Pablo Ruiz Soto") == "ambassadeur d'Argentine"
    assert roles.get("Piotr Nowak") == "ambassadeur du Chili"


def test_en_envoys_listed_under_a_plural_office_in_a_later_sentence_keep_the_country_after_their_names():
    text = (
        "President Amadou Keira on Thursday received in Bamako the credentials of five new ambassadors.\n\n"
        "The President also received the credentials of the ambassadors of Venezuela, Rosa Marin Perez, and "
        "Sudan, Omar Hassan Ali.\n\n"
        "Ambassadors Pablo Ruiz Soto of Argentina and Piotr Nowak of Chile also presented their credentials to the "
        "President.\n"
    )
    brief = parse(text)
    roles = {p.name: (p.role, p.affiliation) for p in brief.participants}
    assert roles.get("Pablo Ruiz Soto") == ("Ambassador of Argentina", "Argentina")
    assert roles.get("Piotr Nowak") == ("Ambassador of Chile", "Chile")
