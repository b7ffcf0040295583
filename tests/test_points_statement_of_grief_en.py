"""A statement told by its author's grief or dismay at a loss ("is profoundly saddened by …", "has expressed her
profound sadness at …") reports the event and leads, before the condolences or the condemnation that follow it, and
the dead it names after "the passing today of" takes no part; a meeting whose host speaks of his sadness stays a
meeting led by its report.

Every brief here is invented for the test.
"""

import briefparse


def _parse(text: str) -> briefparse.Brief:
    return briefparse.parse(text)


def test_a_statement_of_sadness_leads_before_its_condolences() -> None:
    text = (
        "Secretary-General offers condolences after floods in Norland\n\n"
        "The Secretary-General is profoundly saddened by the heavy loss of life caused by the floods that struck "
        "the northern provinces of Norland today.\n\n"
        "He wishes a speedy recovery to those injured and expresses his sincere condolences to the families of the "
        "victims.\n\n"
        "The United Nations stands ready to help if requested."
    )
    brief = _parse(text)
    assert brief.event_type == "statement"
    assert brief.summary_points[0].startswith("The Secretary-General is profoundly saddened by")


def test_expressed_profound_sadness_leads_before_the_quoted_message() -> None:
    text = (
        "Secretary-General mourns former Prime Minister of Valdoria\n\n"
        "Union Secretary-General Karin Vogt has expressed her profound sadness at the passing today of the former "
        "Prime Minister of Valdoria, Paul Marin, at age 81.\n\n"
        'In a statement, the Secretary-General said: "On behalf of the Union, I convey my deepest condolences to '
        'the family of the late Prime Minister and to the people of Valdoria."'
    )
    brief = _parse(text)
    assert brief.summary_points[0].startswith("Union Secretary-General Karin Vogt has expressed her")
    # the dead, named after "the passing today of" and his title, is mentioned, not a party to the statement
    assert {p.name for p in brief.participants} == {"Karin Vogt"}


def test_a_hosts_sadness_leaves_the_meeting_its_lead() -> None:
    text = (
        "President Vogt receives Norland's foreign minister\n\n"
        "President Karl Vogt on Monday received Norland's Foreign Minister Paul Marin at the Lanark Palace.\n\n"
        "The two sides discussed trade and transport links between their countries.\n\n"
        "President Vogt said he was saddened by the floods in northern Norland and offered help."
    )
    brief = _parse(text)
    assert brief.event_type == "meeting"
    assert brief.summary_points[0].startswith("President Karl Vogt on Monday received")
