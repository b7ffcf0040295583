"""Event type: an encounter still to come told with a near future and no day ("a meeting in the near future",
"встретится с X в ближайшее время", "se reunirá próximamente") is only announced: with nothing else reported the
brief is a statement; a meeting held stays a meeting (invented briefs)."""

from __future__ import annotations

import datetime as dt

import briefparse

REF = dt.date(2024, 5, 6)


def _event(text: str) -> str | None:
    """The brief's event type."""
    return briefparse.parse(text, reference_date=REF).event_type


def test_a_meeting_in_the_near_future_is_a_statement_en() -> None:
    """"expects a meeting with Y in the near future": announced, not held."""
    assert _event(
        "Norland leader on the border dispute\n\n"
        "KESSEL, May 6 - Norland President Anna Weller said on Monday she expected a meeting with Valdorian "
        "President Pawel Marek in the near future to discuss the border."
    ) == "statement"


def test_will_meet_in_the_near_future_is_a_statement_ru() -> None:
    """"заявил, что встретится с Y в ближайшее время": announced, not held."""
    assert _event(
        "Президент Норландии Анна Веллер заявила, что встретится с президентом Валдории Павлом Мареком в "
        "ближайшее время. Об этом сообщила её пресс-служба."
    ) == "statement"


def test_will_meet_soon_is_a_statement_es() -> None:
    """"se reunirá próximamente con Y": announced, not held."""
    assert _event(
        "El presidente de Norlandia, Pablo Marco, anunció este lunes que se reunirá próximamente con la presidenta "
        "de Valdoria, Ana Weller, para tratar la frontera."
    ) == "statement"


def test_a_meeting_held_stays_a_meeting_with_a_near_future_later() -> None:
    """"met Y on Monday in Kessel and agreed to hold elections in the near future": the meeting was held."""
    assert _event(
        "KESSEL, May 6 - Norland President Anna Weller met Valdorian President Pawel Marek on Monday in Kessel. "
        "The two leaders agreed to hold joint elections in the near future."
    ) == "meeting"
