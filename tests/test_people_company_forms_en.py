"""People on briefs invented for these tests (fictional people, real countries): the party's members told by
company rather than by presence take part, whichever side of the names the cue stands: "Accompanying the Premier were
X and Y", "A delegation is also accompanying the prime minister, including X", "X and Y were also part of the
delegation", "X and Y participated as observers"."""

from __future__ import annotations

from briefparse import parse

_LEAD = "KUCHING: Premier Darren Lomax paid a courtesy call on Singapore Prime Minister Calvin Teo on Monday.\n\n"


def _names(text: str) -> set[str | None]:
    return {p.name for p in parse(text, reference_date="2024-03-12").participants}


def test_company_told_with_its_verb_last() -> None:
    text = _LEAD + "Accompanying the Premier were Deputy Premiers Mark Jalong and Peter Sulang.\n\n"
    assert {"Mark Jalong", "Peter Sulang"} <= _names(text)


def test_a_delegation_accompanying_names_its_members() -> None:
    text = _LEAD + (
        "A high-level delegation is also accompanying the Premier including Minister for Tourism Harold Nyanggau "
        "and Minister for Transport Jonas Lingam.\n\n"
    )
    assert {"Harold Nyanggau", "Jonas Lingam"} <= _names(text)


def test_members_named_before_the_delegation() -> None:
    text = _LEAD + (
        "Deputy Minister Harold Nyanggau and Mayor of Kuching Jonas Lingam were also part of the Sarawak "
        "delegation.\n\n"
    )
    assert {"Harold Nyanggau", "Jonas Lingam"} <= _names(text)


def test_observers_take_part() -> None:
    text = (
        "NEW DELHI: Foreign Minister Daniel Okafor attended the opening ceremony of the regional summit on Tuesday.\n\n"
        "Heads of state and foreign ministers from eight member states attended the summit. Minister Okafor, "
        "Japanese Foreign Minister Kenji Mori and Chinese Foreign Minister Zhou Lan all participated as observers.\n\n"
        "Minister Okafor underlined the importance of the region.\n"
    )
    assert {"Daniel Okafor", "Kenji Mori", "Zhou Lan"} <= _names(text)
