"""A byline that gives the writer's name, a bullet or a bar and the date ("Jo Lindqvist • 9 July 2025 16:07") names
the writer, not a person taking part. Every brief here is invented for the test."""

import datetime as dt

import briefparse

TEXT = (
    "Fiji Calls for Stronger Lake Union Collaboration\n\n"
    "Fijian Foreign Minister Marindo at LUM in Kessel, Valdoria. Photo: MOFA Fiji\n\n"
    "Fiji Calls for Stronger Lake Union Collaboration\n\n"
    "Jo Lindqvist • 9 July 2025 16:07\n\n"
    "Kessel: Fijian Foreign Minister Marindo emphasized the importance of the union's collective efforts in the face "
    "of complex pressures. This was conveyed during the plenary session of the Lake Union Foreign Ministers' Meeting "
    "(LUM) in Kessel, Valdoria July 9.\n\n"
    '"We are at a crucial point," said Foreign Minister Marindo, quoted from the ministry\'s site, Wednesday, July 9.'
)


def test_a_bulleted_byline_names_no_participant() -> None:
    names = [p.name for p in briefparse.parse(TEXT, reference_date=dt.date(2025, 7, 9)).participants]
    assert "Jo Lindqvist" not in names
    assert "Marindo" in names
