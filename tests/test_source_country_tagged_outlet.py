"""An outlet opening the text, a dash, then the country the story is filed under and a full stop before the first
sentence ("Valnews – Mali. La ministre …"): the outlet is the source. A rubric or a place before the dash, or a
city after it, is no such tag.

Every brief here is invented for the test (fictional people, real countries).
"""

import pytest

import briefparse

BODY = (
    " La ministre Anna Keller a reçu mercredi à Norville son homologue du Valdor, Jan Lind. Les entretiens ont "
    "porté sur la coopération.\n"
)


def source_name(text: str) -> str | None:
    source = briefparse.parse(text, reference_date="2024-03-14").source
    return source.name if source else None


@pytest.mark.parametrize(
    ("head", "outlet"), [("Valnews – Mali.", "Valnews"), ("Norval-Presse – Côte d’Ivoire.", "Norval-Presse")]
)
def test_an_outlet_before_the_country_its_story_is_filed_under(head, outlet):
    assert source_name(head + BODY) == outlet


@pytest.mark.parametrize("head", ["Diplomatie – Mali.", "Paris – France.", "Valnews – Dakar."])
def test_a_rubric_a_place_or_a_city_after_the_dash_is_no_outlet_tag(head):
    assert source_name(head + BODY) is None
