"""Source on briefs invented for these tests (fictional people, real countries): a line of its own below the headline
that credits the dispatch to news agencies at large ("AGENCIAS", "Agencias"), written where a byline stands, is the
source; the same word inside a sentence is not read so, and a line above the headline is no byline."""

from __future__ import annotations

from briefparse import parse

_BODY = (
    "El presidente de Chile, Tomás Ruiz, llegó esta noche al aeropuerto de Lima y fue recibido por el canciller "
    "Luis Mora.\nAmbos conversaron sobre la agenda bilateral."
)


def test_an_agencies_line_below_the_headline_is_the_source_es() -> None:
    for credit in ("AGENCIAS", "Agencias"):
        source = parse(f"Ruiz llega a Lima\n{credit}\n{_BODY}", reference_date="2020-01-01").source
        assert source is not None and source.name == credit


def test_agencies_inside_a_sentence_are_no_credit_line_es() -> None:
    text = f"Ruiz llega a Lima\n{_BODY}\nLas agencias de viaje reportaron más turistas."
    source = parse(text, reference_date="2020-01-01").source
    assert source is None or source.name.lower() != "agencias"
