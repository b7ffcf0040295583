"""A bare role in the opening goes to the full name the next sentence opens on, unless that sentence tells an
earlier occasion ("X avait alors assisté …"): then X is a past holder, not the one the story is about."""

import datetime as dt

import briefparse


def test_fr_the_next_sentence_back_then_names_a_past_holder() -> None:
    brief = briefparse.parse(
        "Dix ans qu’un président norlandais n’avait été reçu à Port-Valdor. Erik Valsson avait alors assisté au "
        "défilé national aux côtés de Jan Berg. Le président Paul Marin a reçu mercredi au palais son homologue "
        "norlandais, Lars Dahl.",
        reference_date=dt.date(2024, 5, 8),
    )
    names = [p.name for p in brief.participants]
    assert "Erik Valsson" not in names
    assert {"Paul Marin", "Lars Dahl"} <= set(names)


def test_fr_the_next_sentence_in_the_story_s_time_still_names_the_holder() -> None:
    brief = briefparse.parse(
        "C’est la première fois qu’un président valdorien se rend au Norland. Paul Marin rencontrera le président "
        "du pays, Lars Dahl, ce vendredi.",
        reference_date=dt.date(2024, 5, 8),
    )
    marin = next(p for p in brief.participants if p.name == "Paul Marin")
    assert "président valdorien" in (marin.role or "")
