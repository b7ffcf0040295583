"""The early answers that spare a scan on the usual input give what the full reading gives."""

from __future__ import annotations

from briefparse.analysis import Sentence
from briefparse.analysis.names import _after_owner, find_names
from briefparse.extract.people_index import _initials_of
from briefparse.extract.points import _opens_on_quote
from briefparse.lang import get_language


def test_initials_of_a_given_name_and_words_written_out() -> None:
    assert _initials_of("С.В", "Сергей")
    assert _initials_of("J.R.", "Jonas")
    assert _initials_of("K", "Karlo")
    assert not _initials_of("Karlo", "Karlo")  # two words written out: no initials
    assert not _initials_of("Ka", "Karlo")
    assert not _initials_of("P.M", "Karlo")  # the first initial opens no such word
    assert not _initials_of("K", "KARL")  # a word in capitals is no given name written out


def _sentence(text: str) -> Sentence:
    return Sentence(0, len(text), text, 0, len(text.split()), False, False, False)


def test_opens_on_quote_past_a_dateline_or_on_no_quotation() -> None:
    quoted = "LANARK, 3 mai (AVP) - « Nous avons parlé de commerce », a déclaré Paul Verdier."
    assert _opens_on_quote(quoted, _sentence(quoted))
    plain = "LANARK, 3 mai (AVP) - Paul Verdier a reçu son homologue Karl Omsted."
    assert not _opens_on_quote(plain, _sentence(plain))
    later = "Paul Verdier a parlé « de commerce » avec Karl Omsted."
    assert not _opens_on_quote(later, _sentence(later))


def test_glued_lines_split_and_plain_runs_kept() -> None:
    language = get_language("fr")
    glued = "Le ministre Paul VerdierSon avion a atterri."
    assert [m.tokens for m in find_names(glued, 0, len(glued), language)] == [("Paul", "Verdier")]
    plain = "Le ministre Paul Verdier a reçu Karl Omsted."
    assert [m.tokens for m in find_names(plain, 0, len(plain), language)] == [("Paul", "Verdier"), ("Karl", "Omsted")]


def test_owner_before_run_only_where_a_genitive_stands_before_a_space() -> None:
    german = get_language("de")
    text = "Jarmo Korhonen kam an. Auch Korhonens Schwiegersohn Pekka Laine war da."
    run = text.index("Schwiegersohn")
    assert _after_owner(text, max(0, run - 60), run, german)
    glued = text.replace("Korhonens Schwiegersohn", "Korhonens-Schwiegersohn")
    at = glued.index("Schwiegersohn")
    assert not _after_owner(glued, max(0, at - 60), at, german)
    french = "Auch Korhonens Schwiegersohn Pekka Laine, dit Jarmo Korhonen."
    at = french.index("Schwiegersohn")
    assert not _after_owner(french, max(0, at - 60), at, get_language("fr"))  # no genitive in French
