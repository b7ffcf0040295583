"""A day told of an earlier occasion ("Pour rappel, X avait reçu le 2 février 2024", "s'étaient déjà rencontrés le
…"), in a brief that gives neither its own day nor a reference date: it dates that occasion, not the brief's event,
and the event's weekday cannot count from it.

Every brief here is invented for the test.
"""

import pytest

import briefparse


@pytest.mark.parametrize(
    "recall",
    [
        "Pour rappel, le ministre avait reçu le 2 février 2024 à Porta Nova l'ambassadeur de Norlandie.",
        "Les deux hommes s'étaient déjà rencontrés le 2 février 2024 à Porta Nova.",
    ],
)
def test_a_recalled_day_neither_dates_the_event_nor_anchors_its_weekday(recall: str):
    text = (
        "Le ministre valdorien des Affaires étrangères, Paul Marin, a reçu jeudi l'ambassadeur de Lorenia, Ana "
        f"Ortega. Les entretiens ont porté sur la coopération bilatérale.\n\n{recall}"
    )
    brief = briefparse.parse(text)
    assert brief.date is None
    assert brief.location is None


def test_the_weekday_still_counts_from_a_publication_date():
    text = (
        "Publié le 15 mars 2024\n\n"
        "Le ministre valdorien des Affaires étrangères, Paul Marin, a reçu jeudi l'ambassadeur de Lorenia, Ana "
        "Ortega. Pour rappel, le ministre avait reçu le 2 février 2024 l'ambassadeur de Norlandie."
    )
    assert briefparse.parse(text).date == "2024-03-14"


def test_a_full_date_of_the_event_itself_still_dates_it_without_a_publication_date():
    text = (
        "Le ministre valdorien des Affaires étrangères, Paul Marin, a reçu le jeudi 14 mars 2024 l'ambassadeur de "
        "Lorenia, Ana Ortega. Il avait déjà reçu le 2 février 2024 l'ambassadeur de Norlandie."
    )
    assert briefparse.parse(text).date == "2024-03-14"


@pytest.mark.parametrize(
    "recall",
    [
        "Le président lorénien avait assisté à la cérémonie d'investiture tenue à Porta Nova le 2 février 2024.",
        "Les deux délégations s'étaient réunies à Porta Nova le 2 février 2024.",
    ],
)
def test_a_day_told_in_the_pluperfect_of_any_verb_anchors_no_weekday(recall: str):
    text = (
        "Le président valdorien, Paul Marin, est attendu mercredi à Lorenia pour une visite officielle.\n\n"
        f"Il sera l'hôte de son homologue Ana Ortega. {recall}"
    )
    assert briefparse.parse(text).date is None
