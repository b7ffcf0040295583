"""A point that opens on someone's words ranks below the writer's own report of the same weight: the quotation is
what was said around the event, the report tells what was done ("“Great talks,” X tweeted" after "The two agreed …").

Every brief and every person here is invented for the test.
"""

import briefparse

_TEXT = (
    "Foreign Minister Lena Marsh held talks with her Norland counterpart Karl Vogt in Lanark on Monday.\n\n"
    "The ministers discussed trade, energy and the new port in the north of Valdoria.\n\n"
    "“It was a very good and open conversation with my friend Karl about our ports,” Marsh said.\n\n"
    "Marsh said she and Vogt would sign a new agreement on the northern ports next month."
)


def test_en_the_writers_report_ranks_above_a_quotation_of_the_same_weight() -> None:
    points = briefparse.parse(_TEXT, points=2).summary_points
    assert any(p.startswith("Marsh said she and Vogt would sign") for p in points)
    assert not any(p.startswith("“It was a very good") for p in points)
