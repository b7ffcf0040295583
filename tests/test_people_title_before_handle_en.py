"""A title written before a social network handle in a quoted post ("A productive meeting with FM @x during a
stopover") is the title of the account's holder, whom the handle names: a mention of
the person named whose surname the handle spells, never an unnamed participant of its own.

Every brief and every person here is invented for the test.
"""

import briefparse

_BRIEF = (
    "NEW YORK: Lakeland Foreign Minister Arun Velamma on Monday met Valdorian Foreign Minister Tomas Brenner on the "
    "sidelines of the UN General Assembly.\n"
    "\"A productive meeting with FM @TomasBrenner{tail}. Discussed trade and climate,\" Velamma tweeted.\n"
)


def test_a_title_before_a_handle_is_no_unnamed_participant() -> None:
    for tail in ("", " during a stopover in New York", " of Valdoria"):
        brief = briefparse.parse(_BRIEF.format(tail=tail), reference_date="2023-09-19")
        assert [p.name for p in brief.participants] == ["Arun Velamma", "Tomas Brenner"], tail
