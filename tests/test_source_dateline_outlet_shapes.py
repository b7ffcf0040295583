"""Source on briefs invented for these tests (fictional people and outlets, real places): the outlet a dateline names
in brackets is the brief's source though the register of agencies does not know it, whatever its name is made of:
figures and a dot ("(VAL24NEWS)", "(7VAL7.CD)"), a space inside the brackets ("( VAL24NEWS)"), letters with accents
or of a script without capitals ("(Oubangui Médias)", "(뉴스발도르)"); and after the city and its comma, with no date,
before the first sentence ("New Delhi, (Valweekly) As a sign …"). A bracket after a comma that follows no place
credits nothing, nor does a year or a time of day in brackets."""

from __future__ import annotations

import pytest

from briefparse import parse

_FR = (
    "Le président de la République, Jean Kabala, a reçu son homologue de Valdorie, Paul Dorin, au palais. "
    "Les deux chefs d'État ont évoqué la coopération bilatérale.\nIls ont signé un accord de coopération."
)
_EN = (
    "President Jean Kabala received his Valdorian counterpart Paul Dorin at the presidential palace. "
    "The two leaders discussed bilateral cooperation.\nThey signed an agreement on trade."
)


@pytest.mark.parametrize(
    ("head", "body", "name"),
    [
        ("Kinshasa, 4 mars 2023 ( VAL24NEWS)\n", _FR, "VAL24NEWS"),
        ("Kinshasa, 4 mars 2023 (VAL24NEWS)\n", _FR, "VAL24NEWS"),
        ("Kinshasa, 4 mars 2023 (7VAL7.CD) - ", _FR, "7VAL7.CD"),
        ("Bangui, 4 mars 2023 (Oubangui Médias) - ", _FR, "Oubangui Médias"),
        ("Seoul--(뉴스발도르)-- ", _EN, "뉴스발도르"),
        ("New Delhi, (Valweekly) ", _EN, "Valweekly"),
    ],
)
def test_the_outlet_a_dateline_names_in_brackets_is_the_source(head: str, body: str, name: str) -> None:
    source = parse(head + body, reference_date="2023-03-04").source
    assert source is not None and source.name == name


@pytest.mark.parametrize(
    "head",
    ["Le ministre, (RHDP) ", "Kinshasa, le 4 mars (2023) - ", "Kinshasa, 4 mars 2023 (10h30) - "],
)
def test_a_bracket_after_no_place_or_a_year_credits_no_outlet(head: str) -> None:
    source = parse(head + _FR, reference_date="2023-03-04").source
    assert source is None or source.name not in ("RHDP", "2023", "10h30")
