"""People on a brief invented for this test (fictional people, real countries): a Spanish meal told by its verb
("almorzó con X", as English "lunched with", French "a déjeuné avec") is the encounter its subject and guest take
part in; whose envoy the guest is sent the envoy and was not there."""

from __future__ import annotations

from briefparse import parse


def test_lunch_told_by_its_verb_is_the_encounter() -> None:
    text = (
        "Lima (AGN).- El presidente Carlos Ruiz almorzó ayer con el subsecretario estadounidense Mark Bell. "
        "Del encuentro participó el canciller Andrés Vidal."
    )
    names = [p.name for p in parse(text, reference_date="2024-05-10").participants]
    assert {"Carlos Ruiz", "Mark Bell", "Andrés Vidal"} <= set(names)


def test_whose_envoy_the_guest_is_was_not_there() -> None:
    text = (
        "Lima (AGN).- El presidente Carlos Ruiz almorzó ayer con el subsecretario Mark Bell, uno de los enviados del "
        "presidente estadounidense, John Grey, a la ceremonia de asunción."
    )
    brief = parse(text, reference_date="2024-05-10")
    assert "John Grey" not in [p.name for p in brief.participants]
    assert "Mark Bell" in [p.name for p in brief.participants]
