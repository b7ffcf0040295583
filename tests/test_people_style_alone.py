"""A style of address standing alone, no name after it ("a phone call made by His Highness last night"), is a further
mention of the one person the brief names under that style ("His Highness Sheikh X", "His Majesty King Y"): they take
part in the event the sentence tells.

Every brief here is invented for the test.
"""

import pytest

import briefparse

_BRIEF = (
    "{short} Sends Condolences To Norlandian President Over Flood Victims\n\n"
    "Lena Gruber 6 minutes ago Sun 12th May 2024 | 11:00 AM\n\n"
    "VALDOR CITY, (Valdor Times / VNA - 12th May, 2024) {style} {name}{role} has expressed his sincere "
    "condolences to President Jan Olsen of Norland over the victims of the floods.\n\n"
    "This came during a phone call made by {style} last night with the Norlandian President."
)


@pytest.mark.parametrize(
    ("short", "style", "name", "role"),
    [
        ("Karim Bin Walid", "His Highness", "Sheikh Karim bin Walid Al Norani", ", Crown Prince of Valdoria,"),
        ("King Karim II", "His Majesty", "King Karim II", ""),
    ],
)
def test_the_style_alone_names_its_bearer(short: str, style: str, name: str, role: str) -> None:
    text = _BRIEF.format(short=short, style=style, name=name, role=role)
    names = {p.name for p in briefparse.parse(text).participants}
    assert {name.removeprefix("Sheikh ").removeprefix("King "), "Jan Olsen"} <= names
