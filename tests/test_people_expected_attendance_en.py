"""Participants on briefs invented for these tests (fictional people, real countries): when the story opens on the
gathering ("Leaders began their summit on Monday …") and its only sentence of an encounter looks forward ("X is
expected to be represented by its prime minister, Y"), that sentence does not stand for the event: Y is expected,
not present, and the official who told the agency only reports."""

from __future__ import annotations

from briefparse import parse


def test_a_delegate_only_expected_at_the_gathering_does_not_take_part() -> None:
    text = (
        "Abuja, 22 June (Agency) - West African leaders began their mid-year summit on Monday in Abuja with "
        "political crises at the top of their agenda.\n"
        "Opening the summit, the chairman of the bloc, Nigeria's President Tomas Berg, said that the region faces "
        "serious challenges.\n"
        "Guinea is not expected to attend the meeting while Niger is expected to be represented by its prime "
        "minister, Ines Marlow, the bloc's commissioner for political affairs, Karl Weber, told the agency."
    )
    names = {p.name for p in parse(text, reference_date="2009-06-22").participants}
    assert "Tomas Berg" in names
    assert "Ines Marlow" not in names
    assert "Karl Weber" not in names
