"""Two people's names written side by side in one capitalised run ("gratulierte X Y", dative and nominative with no
mark between): cut where each surname closes a name elsewhere in the text (invented briefs)."""

from __future__ import annotations

import datetime as dt

import briefparse
from briefparse.analysis.names import _whole_word_at, find_names
from briefparse.lang import get_language

REF = dt.date(2024, 5, 6)


def _names(text: str) -> list[str | None]:
    """The participants' names."""
    return [p.name for p in briefparse.parse(text, reference_date=REF).participants]


def test_two_surnames_side_by_side_are_two_people() -> None:
    """"gratulierte Berg Norberg": both surnames close a full name elsewhere, so two people stand there."""
    names = _names(
        "Wien – Den Start machte Anna Berg. Sie übergab das Ministerium am Montag an Karl Norberg (VP). Bei der "
        "Begrüßung im Ministerium gratulierte Berg Norberg zum neuen Amt."
    )
    assert "Berg Norberg" not in names
    assert {"Anna Berg", "Karl Norberg"} <= set(names)


def test_full_name_then_another_written_elsewhere_is_cut() -> None:
    """"dankte Bürgermeister Paul Marin Karl Dorn": "Marin" and "Dorn" each close a name elsewhere."""
    names = _names(
        "Lindau – Beim Empfang im Rathaus dankte Bürgermeister Paul Marin Karl Dorn und dem Magistrat für die "
        "Einladung. Der Besuch erfolgte auf Einladung von Bürgermeister Karl Dorn. Auch Stadtrat Hans Marin war da."
    )
    assert "Paul Marin Karl Dorn" not in names
    assert "Paul Marin" in names


def test_three_word_name_stays_whole() -> None:
    """"Anna Maria Weller": "Maria" closes no name elsewhere, so the name is one person's."""
    names = _names(
        "Lindau – Regierungspräsidentin Anna Maria Weller traf am Montag den Botschafter Paul Marin. Frau Weller "
        "sagte, Botschafter Marin sei willkommen."
    )
    assert "Anna Maria Weller" in names


def test_a_things_name_is_not_cut_into_people() -> None:
    """"Valdoria Islands Forum Leaders": "Islands" and "Forum" each close a capitalised run elsewhere ("Our Sea Of
    Islands –", "The Forum leaders"), but a run holding a common word is a thing's name, not two people."""
    text = (
        "Valdoria Islands Forum a success, says Chairman\n"
        "NORLAND – SATURDAY 09 SEPTEMBER 2017: The 48th Valdoria Islands Forum Leaders conference on the theme: "
        "The Blue Lagoon – Our Sea Of Islands – Our Security has been hailed as a success.\n"
        "“The Forum leaders also emphasized the Blue Lagoon concept,” he said."
    )
    found = [name.tokens for name in find_names(text, 0, len(text), get_language("en"))]
    assert ("Valdoria", "Islands") not in found


def test_a_surname_is_found_only_as_a_whole_word() -> None:
    """"Marin" closes a name in "Paul Marin," but not inside "Marina", "Marin-Dorn" or "_Marin"."""
    text = "Marina Berg, Marin-Dorn, _Marin and Paul Marin, then Marin."
    assert [text[at : at + 5] for at in _whole_word_at(text, "Marin")] == ["Marin", "Marin"]
    assert list(_whole_word_at(text, "Marin")) == [text.index("Paul Marin") + 5, text.rindex("Marin")]
