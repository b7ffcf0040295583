"""An envoy told, in a sentence of their own, as the bearer of a message to the host ("X, ministre …, était porteur
d'un message du président Y") is one of those received; the sender is only mentioned. Every brief here is invented
for the test."""

import datetime as dt

import briefparse

TEXT = (
    "Le président Marc Obiang Tessa a reçu hier en audience des émissaires valdorien et kandorien.\n"
    "Le chef de l'État s'est entretenu avec deux émissaires dépêchés par des pays amis. Paul Amara Kondo, ministre "
    "valdorien des Finances, était porteur d'un message du président valdorien, Jean Lindqvist.\n"
    "Par la suite, le chef de l'État a reçu Ali Sow Bakary, ministre kandorien de la Défense.\n"
)


def test_bearer_takes_part_and_sender_is_mentioned() -> None:
    brief = briefparse.parse(TEXT, reference_date=dt.date(2021, 5, 5))
    names = [p.name for p in brief.participants]
    assert "Paul Amara Kondo" in names
    assert "Jean Lindqvist" not in names
    assert "Jean Lindqvist" in [p.name for p in brief.people_mentioned]
