"""A capitalised run that opens its sentence on an article ("A Technical Team designated by …") names a thing, not a
person: no participant. Every brief here is invented for the test."""

import datetime as dt

import briefparse

TEXT = (
    "Kessel, May 18 – A Technical Team designated by the President of the Lake Union Commission, led by the "
    "Commissioner for Political Affairs, Dr Paul Marin, has paid a working visit to Valdoria.\n\n"
    "As part of the visit, the Technical Team paid a courtesy call on the Minister of Foreign Affairs, Ana Brook."
)


def test_a_run_opening_on_an_article_is_no_participant() -> None:
    names = [p.name for p in briefparse.parse(TEXT, reference_date=dt.date(2023, 5, 18)).participants]
    assert "Technical Team" not in names
    assert "Paul Marin" in names
