"""A page's masthead above the story ("Valdor News", "World News", a name with its date stamp after a dash) names
the site that prints the brief, not where its news comes from: no source; a body the story cites is one."""

import briefparse

_STORY = (
    "President Jon Tamsin held talks with Prime Minister Ora Velde in Valdor on Sunday evening.\n\n"
    "Both leaders agreed to boost trade and to meet again next year.\n"
)


def test_an_outlet_named_above_the_story_is_no_source():
    text = "Tamsin holds talks with Velde\n\n\nValdor News\n\n" + _STORY
    assert briefparse.parse(text).source is None


def test_a_masthead_with_its_date_stamp_after_a_dash_is_no_source():
    text = "Tamsin holds talks with Velde\n\nValdor News - March 5th, 2012\n\n" + _STORY
    assert briefparse.parse(text).source is None


def test_a_site_name_under_the_story_is_no_source():
    assert briefparse.parse("Tamsin holds talks with Velde\n\n" + _STORY + "\nValdor News\n").source is None


def test_a_cited_body_is_the_source_under_a_masthead():
    text = "Valdor News\n\nTamsin holds talks with Velde\n\n" + _STORY.replace(
        "next year.", "next year, the Foreign Ministry said in a statement."
    )
    source = briefparse.parse(text).source
    assert source is not None and "Foreign Ministry" in source.name
