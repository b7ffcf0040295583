"""An outlet that names itself on a short line above the story, taken for the page's masthead ("Valdor News", an
agency of the register alone, a name with its date stamp after a dash), is the source when the brief cites no one
else; a site's name under the story is not, nor a masthead when the story cites a body."""

import briefparse

_STORY = (
    "President Jon Tamsin held talks with Prime Minister Ora Velde in Valdor on Sunday evening.\n\n"
    "Both leaders agreed to boost trade and to meet again next year.\n"
)


def test_an_outlet_named_above_the_story_is_the_source():
    text = "Tamsin holds talks with Velde\n\n\nValdor News\n\n" + _STORY
    source = briefparse.parse(text).source
    assert source is not None and source.name == "Valdor News"


def test_an_outlet_with_its_date_stamp_after_a_dash():
    text = "Tamsin holds talks with Velde\n\nValdor News - March 5th, 2012\n\n" + _STORY
    source = briefparse.parse(text).source
    assert source is not None and source.name == "Valdor News"


def test_an_agency_of_the_register_alone_above_the_headline():
    text = "Andina\n\nCanciller Tamsin y Ora Velde coordinan la cumbre\n\n" + (
        "El canciller Jon Tamsin y la ministra Ora Velde se reunieron hoy en Lima para coordinar la cumbre.\n\n"
        "Ambos acordaron reforzar el comercio.\n"
    )
    source = briefparse.parse(text).source
    assert source is not None and source.name == "Andina"


def test_a_site_name_under_the_story_is_no_source():
    assert briefparse.parse("Tamsin holds talks with Velde\n\n" + _STORY + "\nValdor News\n").source is None


def test_a_cited_body_outranks_the_masthead():
    text = "Valdor News\n\nTamsin holds talks with Velde\n\n" + _STORY.replace(
        "next year.", "next year, the Foreign Ministry said in a statement."
    )
    source = briefparse.parse(text).source
    assert source is not None and "Foreign Ministry" in source.name
