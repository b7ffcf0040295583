"""A page that prints its headline again under a photo caption: the repeated line is no sentence of the lead, so the
story's own sentences decide the event type. Every brief here is invented for the test."""

import datetime as dt

import briefparse
from briefparse.analysis import Analysis
from briefparse.document import load_document

TEXT = (
    "Valdoria Calls for Stronger Lake Union Collaboration\n\n"
    "Valdorian Foreign Minister Paul Marin at LUM in Kessel, Valdoria. Photo: MOFA Valdoria\n\n"
    "Valdoria Calls for Stronger Lake Union Collaboration\n\n"
    "Kessel: Valdorian Foreign Minister Paul Marin emphasized the importance of the union's collective efforts in "
    "the face of complex pressures.\n\n"
    "Marin highlighted a recent report that showed a decline in investment across the region.\n\n"
    "This was conveyed during the plenary session of the Lake Union Foreign Ministers' Meeting in Kessel on July 9."
)


def test_the_repeated_headline_is_no_lead_sentence() -> None:
    analysis = Analysis(load_document(TEXT))
    assert analysis.title is not None
    assert all(sentence.text != analysis.title.text for sentence in analysis.lead)


def test_the_story_sentences_decide_the_event() -> None:
    assert briefparse.parse(TEXT, reference_date=dt.date(2025, 7, 9)).event_type == "conference"
