"""A signature line that glues the dispatch's date to the writers' initials after a slash ("ANP/jl/14/03/2024")
dates the page: "hier" then counts from it. A number before the slash ("n° 245/14/03/2024") keeps the
old reading: no date.

Every brief here is invented for the test.
"""

import briefparse
from briefparse.analysis import Analysis
from briefparse.extract import dates
from briefparse.pipeline import load_document

BODY = (
    "Le ministre des Affaires étrangères, Paul Etoga, a reçu hier à Norville son homologue du Valdor, Jan Lind. "
    "Les deux ministres ont évoqué la coopération entre leurs pays.\n"
)


def test_a_date_glued_to_a_signature_after_a_slash_dates_the_page():
    record = briefparse.parse(BODY + "\nANP/jl/14/03/2024\n")
    assert record.published == "2024-03-14"
    assert record.date == "2024-03-13"


def test_a_number_before_the_slash_is_no_date():
    doc = load_document(BODY + "\nArrêté n° 245/14/03/2024 du conseil\n")
    written = [(m.day, m.month, m.year) for m in dates._mentions(Analysis(doc)) if m.year]
    assert (3, 2024) not in {(month, year) for _day, month, year in written}
