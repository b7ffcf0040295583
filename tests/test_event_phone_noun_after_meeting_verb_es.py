"""A Spanish call told with a meeting's verb and noun, the telephone after the noun ("mantuvo una charla telefónica
con X", "sostuvo un diálogo telefónico"): a phone call, not a meeting; the same verb and noun without it stay a meeting.

Every brief and every person here is invented for the test.
"""

import briefparse


def test_a_talk_by_telephone_is_a_call() -> None:
    text = "La canciller Ana Ruiz mantuvo una charla telefónica con su par norlandés, Paul Ravel."
    assert briefparse.parse(text).event_type == "phone_call"


def test_a_conversation_by_telephone_is_a_call() -> None:
    text = "El presidente Tomás Vidal sostuvo una conversación telefónica con su homólogo de Norlandia, Paul Ravel."
    assert briefparse.parse(text).event_type == "phone_call"


def test_a_dialogue_by_telephone_is_a_call() -> None:
    text = "El ministro Tomás Vidal mantuvo un diálogo telefónico con la canciller de Norlandia, Eva Lind."
    assert briefparse.parse(text).event_type == "phone_call"


def test_the_same_verb_with_a_meeting_stays_a_meeting() -> None:
    text = "El presidente Tomás Vidal sostuvo una reunión con su homólogo de Norlandia, Paul Ravel, en la Casa Rosada."
    assert briefparse.parse(text).event_type == "meeting"
