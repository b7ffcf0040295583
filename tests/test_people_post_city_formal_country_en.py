"""An English envoy's title whose country is written by its formal name, with a link of its own ("Consul General of
the Republic of Ghana in Mumbai X", "… of the United States of America in Chennai Y"), then the post's city and the
holder's name with no comma: the walk back from the city's preposition steps over the link inside the country's
name to the role noun, so the city's run still holds the holder's name.

The briefs are written for these tests (invented people).
"""

import pytest

import briefparse


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Mumbai: The Consul General of the Republic of Ghana in Mumbai Kwame Osei Mensah called on Governor "
            "Ravi Deshmukh at Raj Bhavan on Monday, March 6, 2023.\n",
            "Kwame Osei Mensah",
            "Consul General of the Republic of Ghana in Mumbai",
        ),
        (
            "Chennai: The newly appointed Consul General of the United States of America in Chennai Laura Pinsky "
            "called on Governor Ravi Deshmukh at Raj Bhavan on Monday, March 6, 2023.\n",
            "Laura Pinsky",
            "Consul General of the United States of America in Chennai",
        ),
        (
            "Kolkata: The Consul General of the People's Republic of China in Kolkata Li Wenbo called on Governor "
            "Ravi Deshmukh at Raj Bhavan on Monday, March 6, 2023.\n",
            "Li Wenbo",
            "Consul General of the People's Republic of China in Kolkata",
        ),
    ],
    ids=["republic-of", "states-of-america", "peoples-republic"],
)
def test_post_city_after_a_formal_country_name(text: str, name: str, role: str) -> None:
    brief = briefparse.parse(text)
    assert [p.name for p in brief.participants if p.name is None] == []
    assert next(p for p in brief.participants if p.name == name).role == role


def test_a_name_before_the_city_keeps_the_city_out() -> None:
    text = (
        "The Secretary of State of the Republic of Ghana Kofi Boateng in Accra on Monday, March 6, 2023 met "
        "Governor Ravi Deshmukh.\n"
    )
    brief = briefparse.parse(text)
    assert "Kofi Boateng" in [p.name for p in brief.participants]
    assert all("Accra" not in (p.name or "") for p in brief.participants)
