"""Participants of French briefs that name many people: lists printed one person a line.

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

