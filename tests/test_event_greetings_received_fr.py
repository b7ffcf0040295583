"""A meeting's verb whose object is a message of greetings, or the greetings themselves ("a reçu un message de
félicitations du président X", "a reçu des messages de condoléances", "a reçu les vœux de Y"), tells a message that
came, not a guest: the brief is a statement. An envoy who bears such a message is still received at a meeting.

Every brief here is invented for the test.
"""

import briefparse


def test_a_message_of_congratulations_received_is_a_statement():
    text = (
        "Le président de la République, Karim Benali, a reçu un message de félicitations du président valdorien "
        "Marc Tellier, à l'occasion de la fête nationale. « Je vous adresse mes vœux de prospérité », a écrit "
        "le président valdorien."
    )
    brief = briefparse.parse(text)
    assert brief.event_type == "statement"
    assert {p.name for p in brief.participants} >= {"Karim Benali", "Marc Tellier"}


def test_messages_of_condolence_received_after_a_day_are_a_statement():
    text = (
        "Le chef de l'Etat norlandais, Paul Marin, a reçu samedi des messages de condoléances de plusieurs "
        "dirigeants après les inondations qui ont frappé le nord du pays."
    )
    assert briefparse.parse(text).event_type == "statement"


def test_the_wishes_received_are_a_statement():
    text = "Le président Paul Marin a reçu les vœux du roi de Valdorie, Jean Dupuis, pour la nouvelle année."
    assert briefparse.parse(text).event_type == "statement"


def test_an_envoy_bearing_a_message_of_congratulations_is_received_at_a_meeting():
    text = (
        "Le président de la République, Karim Benali, a reçu lundi au palais présidentiel l'ambassadeur "
        "valdorien Marc Tellier. Marc Tellier était porteur d'un message de félicitations du président valdorien."
    )
    assert briefparse.parse(text).event_type == "meeting"
