"""A photo set between the story's paragraphs: its caption, closed by a credit under the word for a photo or by a
credit in capitals run together by slashes, is no summary point; a credit under the story's last paragraph signs the
dispatch (briefs written for these tests)."""

from __future__ import annotations

import datetime as dt

import briefparse
from briefparse.analysis import Analysis
from briefparse.document import load_document

_FR = (
    "Le président de l'Assemblée reçoit les ambassadeurs de Norlande et de Valdorie\n\n"
    "Le président de l'Assemblée nationale, Paul Marin, a reçu le 3 mars à Kessel l'ambassadeur de Norlande, "
    "Karl Vogt, puis l'ambassadeur de Valdorie, Jan Ortega, venus prendre congé au terme de leur mandat.\n\n"
    "En recevant l'ambassadeur de Norlande, Paul Marin a salué les progrès des relations entre les deux pays.\n\n"
    "L'ambassadeur Karl Vogt a, quant à lui, affirmé que son pays reste un partenaire fidèle.\n\n"
    "Le président de l'Assemblée, Paul Marin (droite), et l'ambassadeur de Valdorie, Jan Ortega, le 3 mars à "
    "Kessel. Photo : Lia Berg/AVN\n\n"
    "Lors de sa rencontre avec l'ambassadeur de Valdorie, Paul Marin a souhaité des échanges de délégations plus "
    "fréquents entre les deux parlements.\n\n"
    "L'ambassadeur Jan Ortega a assuré qu'il continuera de contribuer au renforcement de la coopération.\n\n"
    "AVN"
)

_EN = (
    "Marin, Vogt release joint statement on trade\n\n"
    "KESSEL — Norland and Valdoria released a joint statement on trade on Saturday, after President Paul Marin and "
    "Prime Minister Karl Vogt met on the sidelines of a regional summit here.\n\n"
    "The two leaders agreed to lower tariffs on farm goods, the statement said.\n\n"
    "They also agreed to meet again in the spring.\n\n"
    "Valdoria has yet to publish its own account of the talks.\n\n"
    "President Marin and Prime Minister Vogt talk at the break of a leaders' session at the summit in Kessel on "
    "Saturday LIA BERG/NORPRESS / VPA\n\n"
    "Trade between the two countries has doubled in ten years, officials said."
)


def _captions(text: str) -> list[str]:
    return [s.text for s in Analysis(load_document(text)).body if s.caption]


def test_a_caption_closed_by_a_labelled_credit_further_down_is_no_point() -> None:
    assert any("(droite)" in c for c in _captions(_FR))
    points = briefparse.parse(_FR, reference_date=dt.date(2024, 3, 4)).summary_points
    assert not any("(droite)" in p for p in points)
    assert any("souhaité des échanges de délégations" in p for p in points)


def test_a_caption_closed_by_a_slashed_credit_in_capitals_is_no_point() -> None:
    assert any(c.endswith("/ VPA") for c in _captions(_EN))
    points = briefparse.parse(_EN, reference_date=dt.date(2024, 3, 9)).summary_points
    assert not any("VPA" in p for p in points)
    assert any("has yet to publish" in p for p in points)


def test_a_credit_under_the_last_paragraph_signs_the_dispatch() -> None:
    text = _FR.replace("\n\nAVN", "\n\nPhoto : Lia Berg/AVN")
    last = "L'ambassadeur Jan Ortega a assuré qu'il continuera de contribuer au renforcement de la coopération."
    assert last not in _captions(text)
