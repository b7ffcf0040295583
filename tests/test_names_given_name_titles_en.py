"""English "Sheikh" as the first word of a name of one word after it ("Sheikh Farida") and as the title of a Gulf
ruler, whose short form ("Sheikh Nasser") is the fuller name's."""

import briefparse


def _names_and_roles(text: str) -> list[tuple[str | None, str | None]]:
    return [(p.name, p.role) for p in briefparse.parse(text).participants]


def test_sheikh_before_a_lone_word_is_the_name_s_first_word():
    text = (
        "PM calls on President\n\nDhaka, March 4, 2025 - Prime Minister Sheikh Farida on Tuesday paid a courtesy "
        "call on President Anwar Kabir at the presidential palace.\n\nFarida apprised the President of her visit.\n"
    )
    assert _names_and_roles(text) == [("Sheikh Farida", "Prime Minister"), ("Anwar Kabir", "President")]


def test_sheikh_stays_a_title_before_a_house_name_and_its_short_form():
    text = (
        "Doha, March 4, 2025 - Emir Sheikh Nasser bin Hamad Al Qasimi received on Tuesday the Ambassador of "
        "Canada, Ellen Marsh. Sheikh Nasser welcomed the guest.\n"
    )
    assert [name for name, _ in _names_and_roles(text)] == ["Nasser bin Hamad Al Qasimi", "Ellen Marsh"]
