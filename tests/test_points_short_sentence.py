"""A short sentence of the writer's own ("Their talks focused on trade.", "La pêche a été abordée.") tells what the
event was about: it costs little for its length, while a short line that is a label, a dateline or an item of a roll
("LYON.", "Chile, Karl Vogt.") keeps the full cost of a fragment."""

import datetime as dt

import briefparse


def _points(text: str) -> list[str]:
    return briefparse.parse(text, reference_date=dt.date(2024, 10, 1)).summary_points


def test_en_a_short_topic_sentence_is_a_point() -> None:
    points = _points(
        "Foreign Minister Karl Vogt met his Norland counterpart Paul Marin in Lyon on Monday.\n"
        "Their talks focused on fisheries.\n"
        "Vogt said the two countries would open a new consulate in Port Valdor before the end of the year.\n"
        "Marin thanked Vogt for the invitation and for the support of his government in the regional council.\n"
        "Vogt also raised the question of the shared river basin with Marin during the working lunch.\n"
        "The weather in Lyon was unusually mild for the season, according to local forecasters."
    )
    assert "Their talks focused on fisheries." in points


def test_fr_a_short_outcome_sentence_is_a_point() -> None:
    points = _points(
        "Le ministre des Affaires étrangères Karl Vogt s'est entretenu lundi à Lyon avec son homologue Paul Marin.\n"
        "La pêche a été abordée.\n"
        "Karl Vogt a indiqué que les deux pays ouvriraient un nouveau consulat à Port-Valdor avant la fin de l'année.\n"
        "Paul Marin a remercié Karl Vogt pour son invitation et pour le soutien de son gouvernement au conseil.\n"
        "Karl Vogt a également soulevé avec Paul Marin la question du bassin fluvial partagé lors du déjeuner.\n"
        "Le temps à Lyon était particulièrement doux pour la saison, selon les prévisionnistes locaux."
    )
    assert "La pêche a été abordée." in points


def test_en_a_short_line_in_capitals_stays_out() -> None:
    points = _points(
        "Foreign Minister Karl Vogt met his Norland counterpart Paul Marin in Lyon on Monday.\n"
        "NORLAND PRESS.\n"
        "Vogt said the two countries would open a new consulate in Port Valdor before the end of the year.\n"
        "Marin thanked Vogt for the invitation and for the support of his government in the regional council.\n"
        "Vogt also raised the question of the shared river basin with Marin during the working lunch.\n"
        "The weather in Lyon was unusually mild for the season, according to local forecasters."
    )
    assert "NORLAND PRESS." not in points
