"""An emirate's ruler is an English role noun ("X, Ruler of Sharjah", "the Ajman Ruler"): the title after a name is
its holder's role, and a headline's or a later sentence's place and "Ruler" is that role, not a person's name.

The briefs are written for these tests (invented people).
"""

import briefparse


def test_the_ruler_after_a_name_is_the_role() -> None:
    text = (
        "Sheikh Hamad bin Khalid Al Nuaimi, Ruler of Ajman, on Thursday, March 9, 2023, received Kamal Rashed, "
        "Chief Minister of Kerala, at the Emiri Court.\n"
    )
    brief = briefparse.parse(text)
    assert [(p.name, p.role) for p in brief.participants] == [
        ("Hamad bin Khalid Al Nuaimi", "Ruler of Ajman"),
        ("Kamal Rashed", "Chief Minister of Kerala"),
    ]


def test_a_place_and_ruler_is_no_name() -> None:
    text = (
        "Ajman Ruler receives Kerala Chief Minister\n"
        "Ajman: Sheikh Hamad bin Khalid Al Nuaimi, Supreme Council Member and Ruler of Ajman, on Thursday, March 9, "
        "2023, received Kamal Rashed, Chief Minister of Kerala, at the Emiri Court.\n\n"
        "Rashed praised the efforts made by the Ajman Ruler to promote culture and learning.\n"
    )
    brief = briefparse.parse(text)
    names = [p.name for p in [*brief.participants, *brief.people_mentioned]]
    assert "Ajman Ruler" not in names
    assert [p.name for p in brief.participants if p.name] == ["Hamad bin Khalid Al Nuaimi", "Kamal Rashed"]
