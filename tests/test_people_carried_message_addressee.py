"""Whom a message a visitor carries is for takes part only as the host: when someone else, named before the verb,
received the visitor, the addressee was not there."""

import datetime as dt

import briefparse


def _parties(text: str) -> tuple[list[str | None], list[str]]:
    brief = briefparse.parse(text, reference_date=dt.date(2024, 5, 8))
    return [p.name for p in brief.participants], [p.name for p in brief.people_mentioned]


def test_fr_the_addressee_of_a_message_handed_to_the_prime_minister_is_only_mentioned() -> None:
    parties, mentioned = _parties(
        "Le Premier ministre, Paul Marin, a reçu samedi à Valdor le ministre norlandais Jan Berg, porteur d’un "
        "message du président Lars Dahl au président de la République, Erik Valsson."
    )
    assert set(parties) == {"Paul Marin", "Jan Berg"}
    assert {"Lars Dahl", "Erik Valsson"} <= set(mentioned)


def test_fr_the_host_named_as_the_addressee_still_takes_part() -> None:
    parties, _mentioned = _parties(
        "Le président Paul Marin a reçu mardi au palais Jan Berg, porteur d’un message du président Lars Dahl à "
        "son frère le président Paul Marin."
    )
    assert set(parties) == {"Paul Marin", "Jan Berg"}


def test_en_the_addressee_of_a_carried_letter_is_only_mentioned() -> None:
    parties, _mentioned = _parties(
        "Prime Minister Paul Marin on Tuesday received in Valdor Norland's Foreign Minister Jan Berg, who carried a "
        "letter from President Lars Dahl to President Erik Valsson."
    )
    assert "Erik Valsson" not in parties
    assert {"Paul Marin", "Jan Berg"} <= set(parties)


def test_fr_the_addressee_of_a_message_sent_takes_part() -> None:
    parties, _mentioned = _parties(
        "Le président Paul Marin a présenté jeudi ses condoléances au peuple norlandais. « Nous partageons votre "
        "peine », a déclaré Paul Marin dans un message adressé au président de l'Assemblée, Erik Valsson."
    )
    assert "Erik Valsson" in parties
