"""People on briefs invented for these tests (fictional people, real countries): a name titled by an office held at a
time gone by ("then-foreign minister X visited in 2011", "l'alors ministre X", `Language.bygone_office_markers`)
after the sentence that reports the event is told of that time, and takes no part; the lead's own "the then" does."""

from __future__ import annotations

from briefparse import parse


def _participants(text: str) -> list[str | None]:
    return [p.name for p in parse(text).participants]


def test_then_office_in_background_sentence_is_no_participant_en() -> None:
    text = (
        "Czech foreign minister meets Indian counterpart\n\n"
        "Foreign Minister Karel Novak arrived in Delhi on Thursday and met his Indian counterpart Raj Malhotra.\n\n"
        "It is the first visit to India by a Czech foreign minister since 2011, when then-foreign minister Jana "
        "Dvorak visited for talks."
    )
    names = _participants(text)
    assert "Karel Novak" in names and "Raj Malhotra" in names
    assert "Jana Dvorak" not in names


def test_the_then_office_is_no_participant_en() -> None:
    text = (
        "Prime Minister Karel Novak met his Nepalese counterpart Ram Thapa in Kathmandu yesterday.\n\n"
        "In 1994, the then prime minister Jana Dvorak travelled to Nepal on a bilateral visit."
    )
    names = _participants(text)
    assert "Ram Thapa" in names
    assert "Jana Dvorak" not in names


def test_alors_office_is_no_participant_fr() -> None:
    text = (
        "Le Premier ministre Karel Novak a reçu lundi à Prague son homologue népalais Ram Thapa.\n\n"
        "En 2011, l'alors ministre des Affaires étrangères Jana Dvorak s'était rendue à Katmandou."
    )
    names = _participants(text)
    assert "Ram Thapa" in names
    assert "Jana Dvorak" not in names


def test_lead_told_with_then_office_keeps_its_party() -> None:
    text = (
        "Novak meets Thapa\n\n"
        "The then President Karel Novak met Ram Thapa in Kathmandu on Monday. They discussed trade."
    )
    assert "Karel Novak" in _participants(text)
