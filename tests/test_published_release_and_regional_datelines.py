"""Two dateline shapes whose date is the publication date: a release's date line that opens with the date and runs
on after a hyphen set off by spaces ("March 3, 2022 - Valdor City, Norland - Ministry of Trade"), and an agency's
dateline whose city carries its region in parentheses before its country in brackets ("Tarvel (Ostmark) [India],
March 3 (ANI):").

Every brief here is invented for the test.
"""

import datetime as dt

import briefparse


def test_a_release_date_line_with_spaced_hyphens_is_the_publication_date() -> None:
    text = (
        "Minister meets Norland's trade envoy\n\n"
        "News release\n\n"
        "March 3, 2022 - Valdor City, Norland - Ministry of Trade\n\n"
        "Today, the Minister of Trade, Anna Kessler, met Norland's trade envoy, Erik Solberg, in Valdor City."
    )
    assert briefparse.parse(text).published == "2022-03-03"


def test_a_hyphen_between_two_years_opens_no_date_line() -> None:
    text = (
        "Minister meets Norland's trade envoy\n\n"
        "March 3, 2022 - 2023 programme of the ministry\n\n"
        "The Minister of Trade, Anna Kessler, met Norland's trade envoy, Erik Solberg, in Valdor City."
    )
    assert briefparse.parse(text).published is None


def test_a_dateline_with_the_city_s_region_in_parentheses_is_the_publication_date() -> None:
    text = (
        "Governor receives Norland's consul\n\n"
        "Tarvel (Ostmark) [India], March 3 (ANI): The Governor of Ostmark, Ravi Menon, on Thursday received "
        "Norland's consul general, Erik Solberg, at the governor's residence in Tarvel."
    )
    assert briefparse.parse(text, reference_date=dt.date(2022, 3, 3)).published == "2022-03-03"
