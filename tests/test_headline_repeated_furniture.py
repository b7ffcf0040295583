"""A headline printed again after a site's trail or before a photo's credit is page furniture, not the story
(briefs written for these tests)."""

from __future__ import annotations

import datetime as dt

import briefparse

_HEADLINE = "Senior Valdorian delegation on working visit to Norland"
_STORY = (
    "Foreign Minister Jon Tamm and Presidential Adviser Piet Rand were received by President Ana Lind at the State "
    "House in Valmora.\n\nThey discussed bilateral relations and regional developments."
)


def test_a_headline_after_a_trail_and_before_a_credit_is_no_sentence() -> None:
    text = f"{_HEADLINE}\n\nHome news {_HEADLINE}\n\n{_HEADLINE}(Photo/Courtesy)\n\n{_STORY}"
    location = briefparse.parse(text, reference_date=dt.date(2024, 3, 16)).location
    assert location is not None and location.startswith("State House")


def test_a_dateline_before_the_repeated_headline_is_a_trail() -> None:
    text = f"{_HEADLINE}\n\nValmora (NNA) {_HEADLINE}\n\n{_STORY}"
    location = briefparse.parse(text, reference_date=dt.date(2024, 3, 16)).location
    assert location is not None and location.startswith("State House")


def test_a_sentence_opening_on_the_headline_stays_in_the_story() -> None:
    text = (
        "Foreign Minister Jon Tamm meets President Ana Lind\n\n"
        "Foreign Minister Jon Tamm meets President Ana Lind in Valmora on Saturday.\n\n"
        "They discussed bilateral relations."
    )
    brief = briefparse.parse(text, reference_date=dt.date(2024, 3, 16))
    assert brief.location == "Valmora"
    points = [p if isinstance(p, str) else p.text for p in brief.summary_points]
    assert any(p.startswith("Foreign Minister Jon Tamm meets President Ana Lind in Valmora") for p in points)
