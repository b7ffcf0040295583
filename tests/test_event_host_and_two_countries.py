"""Event type on briefs invented for these tests (fictional people, real countries, whose names and adjectives CLDR
gives): a host who meets the members of a group from two other countries, named by their countries or by the
adjectives that qualify the members' noun, holds a gathering of three parties; one counterpart, or the members' noun
of a subject that meets one other, is a meeting."""

from __future__ import annotations

import pytest

from briefparse import parse


@pytest.mark.parametrize(
    "text",
    [
        "Talks in Kessel\n\nForeign Minister Aldo Verano received his Japanese and Mexican counterparts in Kessel on "
        "Monday to discuss trade.",
        "Rencontre à Québec\n\nLe ministre Paul Derval recevra ses homologues américain et mexicain à Québec vendredi.",
        "Treffen in Weimar\n\nAußenministerin Lena Hartwig trifft sich am Montag mit ihren Kollegen aus Frankreich und "
        "Polen in Weimar.",
        "Treffen in Breslau\n\nAußenministerin Lena Hartwig empfing am Montag ihre polnischen und französischen "
        "Amtskollegen in Breslau.",
        "Reunión en Lima\n\nEl canciller Tomás Ribera recibió a sus homólogos de Chile y Perú en Lima.",
    ],
)
def test_a_host_who_meets_counterparts_from_two_countries_holds_a_gathering(text: str) -> None:
    assert parse(text).event_type == "conference"


@pytest.mark.parametrize(
    "text",
    [
        "Talks in Kessel\n\nForeign Minister Aldo Verano received his Japanese counterpart in Kessel on Monday.",
        "Treffen in Berlin\n\nAußenministerin Lena Hartwig traf am Montag ihren Kollegen aus Frankreich in Berlin.",
        "Treffen in Moskau\n\nAm 10. Mai traf sich der Außenminister Russlands, Pjotr Malow, mit dem Außenminister "
        "Deutschlands, Jan Berger.",
    ],
)
def test_one_counterpart_or_a_subject_meeting_another_is_a_meeting(text: str) -> None:
    assert parse(text).event_type == "meeting"
