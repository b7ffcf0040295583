"""The outlet that reprints a dispatch, a dash, then the agency and a colon before the story ("Valdoria Today – WAM:
…") credits the agency; an unknown name there credits none."""

import briefparse
from briefparse.agencies import find_credits


def test_outlet_dash_agency_colon_credits_the_agency():
    text = "Minister meets envoys\n\nValdoria Today – WAM: The Minister received on Monday a number of envoys.\n"
    assert [c.canonical for c in find_credits(text)] == ["Emirates News Agency"]
    source = briefparse.parse(text).source
    assert source is not None and "WAM" in source.name


def test_outlet_dash_unknown_name_colon_credits_nothing():
    text = "Minister meets envoys\n\nValdoria Today – Norland Desk: The Minister received on Monday the envoys.\n"
    assert find_credits(text) == []
