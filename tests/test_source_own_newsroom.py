"""Source: the outlet's own newsroom named by its generic name, in a dateline's bracket where an agency would stand
("VALDOR (Web Desk) –") or in a byline ("veröffentlicht von Die Redaktion"), is the outlet's own reporting, no
source: a body the brief cites after it is the source, or none.

Every brief, outlet and person here is invented for the test.
"""

import pytest

import briefparse


@pytest.mark.parametrize("desk", ["Web Desk", "News Desk", "Monitoring Desk"])
def test_a_desk_in_the_dateline_gives_way_to_the_outlet_cited(desk: str) -> None:
    text = (
        "Valdorian President meets PM Lind in Valdor City\n\n"
        f"VALDOR CITY ({desk}) – Talks between Prime Minister Jan Lind and Valdorian President Paul Marin are "
        "underway in Valdor City, the Radio Valdoria reported on Monday.\n"
        "Both leaders held a one on one meeting followed by delegation level talks.\n"
    )
    brief = briefparse.parse(text)
    assert brief.source is not None
    assert brief.source.name == "Radio Valdoria"
    assert desk not in [p.name for p in brief.participants]


def test_a_desk_in_the_dateline_with_no_one_cited_names_no_source() -> None:
    text = (
        "PM Lind meets President Marin\n\n"
        "VALDOR CITY (Web Desk) – Prime Minister Jan Lind met President Paul Marin in Valdor City on Monday.\n"
        "The two leaders discussed bilateral trade.\n"
    )
    assert briefparse.parse(text).source is None


def test_an_agency_in_the_dateline_is_still_the_source() -> None:
    text = (
        "PM Lind meets President Marin\n\n"
        "VALDOR CITY (Valpress) – Prime Minister Jan Lind met President Paul Marin in Valdor City on Monday.\n"
        "The two leaders discussed bilateral trade.\n"
    )
    source = briefparse.parse(text).source
    assert source is not None
    assert source.name == "Valpress"


def test_the_newsroom_in_a_german_byline_is_no_source() -> None:
    text = (
        "Ministerpräsident Lind telefoniert mit dem Präsidenten Valdorias\n"
        "- veröffentlicht von Die Redaktion\n"
        "- Publiziert in Politik\n"
        "VALDOR. Ministerpräsident Jan Lind hat am Montagabend mit dem valdorischen Präsidenten Paul Marin "
        "telefoniert. Im Mittelpunkt des Gesprächs stand der Handel.\n"
    )
    assert briefparse.parse(text).source is None
