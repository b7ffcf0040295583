"""Capitalised runs that name no one taking part: a run that opens its sentence on an article ("A Technical Team
designated by …"), a byline's writer before a bullet and the date ("Jo Lindqvist • 9 July 2025 16:07"), and what
completes the role in apposition after its holder ("Mr X, Member of Parliament for Kessel North, left …"). Every brief
here is invented for the test."""

import datetime as dt

import pytest

import briefparse

ARTICLE = (
    "Kessel, May 18 – A Technical Team designated by the President of the Lake Union Commission, led by the "
    "Commissioner for Political Affairs, Dr Paul Marin, has paid a working visit to Valdoria.\n\n"
    "As part of the visit, the Technical Team paid a courtesy call on the Minister of Foreign Affairs, Ana Brook."
)
BYLINE = (
    "Fiji Calls for Stronger Lake Union Collaboration\n\n"
    "Fijian Foreign Minister Marindo at LUM in Kessel, Valdoria. Photo: MOFA Fiji\n\n"
    "Fiji Calls for Stronger Lake Union Collaboration\n\n"
    "Jo Lindqvist • 9 July 2025 16:07\n\n"
    "Kessel: Fijian Foreign Minister Marindo emphasized the importance of the union's collective efforts in the face "
    "of complex pressures. This was conveyed during the plenary session of the Lake Union Foreign Ministers' Meeting "
    "(LUM) in Kessel, Valdoria July 9.\n\n"
    '"We are at a crucial point," said Foreign Minister Marindo, quoted from the ministry\'s site, Wednesday, July 9.'
)

CONSTITUENCY = (
    "Delegation for Lake Union Assembly leaves for Norland\n\n"
    "A four-member government delegation led by Mr Paul Marin, Member of Parliament for Kessel North, yesterday left "
    "for Ostrava, Norland, to attend the 28th session of the Lake Union joint assembly. Mr Marin told newsmen at the "
    "airport before departure last night that Valdoria would present a paper on climate change."
)


@pytest.mark.parametrize(
    ("text", "no_one", "someone"),
    [
        (ARTICLE, "Technical Team", "Paul Marin"),
        (BYLINE, "Jo Lindqvist", "Marindo"),
        (CONSTITUENCY, "Kessel North", "Paul Marin"),
    ],
)
def test_the_run_names_no_participant(text: str, no_one: str, someone: str) -> None:
    names = [p.name for p in briefparse.parse(text, reference_date=dt.date(2025, 7, 9)).participants]
    assert no_one not in names
    assert someone in names
