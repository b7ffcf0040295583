"""A title's word that is also a given name ("Amir"), right after an office's whole name, a role noun and its
portfolio ("Minister of Foreign Affairs Amir Karim Sadat", "the Minister of Defence of Ruritania, Amir Dastan"),
opens the name: an office is not followed by a second title. A title of its own after a plain verb stays one.

Every person here is invented for the test; the countries are real.
"""

import datetime as dt

import pytest

import briefparse


def parties(text: str) -> dict[str | None, str | None]:
    brief = briefparse.parse(text, reference_date=dt.date(2024, 6, 3))
    return {p.name: p.role for p in brief.participants}


@pytest.mark.parametrize(
    ("office", "name"),
    [
        ("Acting Minister of Foreign Affairs Amir Karim Sadat", "Amir Karim Sadat"),
        ("The Minister of Foreign Affairs, Amir Karim Sadat,", "Amir Karim Sadat"),
        ("Minister of Commerce and Industry Amir Hossein Dastan", "Amir Hossein Dastan"),
        ("The Minister of Defence of the Islamic Republic of Iran, Amir Dastan,", "Amir Dastan"),
    ],
)
def test_en_given_name_that_is_a_title_after_an_office(office: str, name: str) -> None:
    text = f"KABUL: {office} met the Ambassador of Peru, Tomas Quillay, on Monday.\n\nThey discussed trade.\n"
    found = parties(text)
    assert name in found
    assert (found[name] or "").startswith(("Acting Minister of", "Minister of"))


def test_en_title_after_a_verb_stays_the_title() -> None:
    text = "The Ambassador of Peru, Tomas Quillay, met Amir Tamir Al Rayan in Doha on Monday.\n\nThey spoke of trade.\n"
    assert "Tamir Al Rayan" in parties(text)
