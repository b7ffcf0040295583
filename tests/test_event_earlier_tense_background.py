"""Event type: an encounter told in a tense before the story's ("said the two sides had held talks", "avait reçu")
is an earlier occasion told as background, not the event reported; a passive verb of attendance after it ("which
were attended by X") attends that same occasion. The words the story reports are a statement (invented briefs)."""

from __future__ import annotations

import datetime as dt

import briefparse

REF = dt.date(2024, 5, 6)


def _event(text: str) -> str | None:
    """The brief's event type."""
    return briefparse.parse(text, reference_date=REF).event_type


def test_talks_in_the_pluperfect_are_background_to_a_statement_en() -> None:
    """The interview reports earlier talks: what the brief tells is the president's statement."""
    assert _event(
        "KESSEL, May 6. Norland President Anna Weller has said that Valdoria had tried to open a channel with "
        "Norland.\n\n"
        "\"They asked us to talk,\" Weller said in an interview with a radio station.\n\n"
        "The Norland president said the two countries had held talks in Brava, which were attended by Pawel Marek, "
        "the head of Valdoria's border service.\n\n"
        "Weller did not say when the talks took place."
    ) == "statement"


def test_talks_held_stay_a_meeting_en() -> None:
    """The same talks told in the simple past are the event reported."""
    assert _event(
        "KESSEL, May 6. Norland President Anna Weller held talks in Brava on Monday with Pawel Marek, the head of "
        "Valdoria's border service.\n\nThe two discussed the border."
    ) == "meeting"


def test_received_in_the_pluperfect_is_background_fr() -> None:
    """« avait reçu » tells an earlier audience: the brief reports the minister's declaration."""
    assert _event(
        "Le ministre norlandais des Affaires étrangères, Paul Marin, a déclaré lundi que le président avait reçu "
        "son homologue valdorien à Kessel en mars. Il a appelé à la reprise du dialogue."
    ) == "statement"


def test_pluperfect_told_by_itself_is_the_news_fr() -> None:
    """« s'était entretenu jeudi » in the lead's own clause, with no verb of saying before it: the meeting reported."""
    assert _event(
        "Le ministre norlandais des Affaires étrangères, Paul Marin, s'était entretenu jeudi à Kessel avec son "
        "homologue valdorien, Pierre Valin. Les deux ministres ont souligné l'excellence de leurs relations."
    ) == "meeting"
