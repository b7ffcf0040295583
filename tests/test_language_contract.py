"""The contract of the language layer: every pattern of every language compiles, and the letter classes it is
built from hold every letter of every supported alphabet (Latin with its extensions, Cyrillic, Greek)."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefparse.analysis.names import _may_open_role
from briefparse.document import load_document
from briefparse.lang import get_language, supported_languages
from briefparse.lang.cldr_data import MONTHS, TERRITORIES, WEEKDAYS
from briefparse.lang.compiled import compiled
from briefparse.lang.letters import CAP_WORD, LOWER, UPPER, starting_words, words
from briefparse.lazy_regex import NOTHING, LazyPattern

# Basic Latin, Latin-1 Supplement, Latin Extended-A and -B, Greek, Cyrillic and its supplement
_BLOCKS = ((0x41, 0x7A), (0xC0, 0xFF), (0x100, 0x24F), (0x370, 0x3FF), (0x400, 0x52F))
_LETTERS = [chr(i) for low, high in _BLOCKS for i in range(low, high + 1)]
CAPITALS = [c for c in _LETTERS if unicodedata.category(c) == "Lu"]
SMALL = [c for c in _LETTERS if unicodedata.category(c) == "Ll"]


def test_the_alphabets_hold_the_letters_that_were_once_missed():
    assert {"Ł", "Ş", "Ő", "Ø", "Ё", "Ґ", "Є", "Ω"} <= set(CAPITALS)


@pytest.mark.parametrize("code", supported_languages())
def test_every_pattern_of_every_language_compiles(code):
    patterns = compiled(get_language(code))
    groups = [patterns.names, patterns.cues, patterns.dates, patterns.people, patterns.places, patterns.source]
    found = [value for group in groups for value in vars(group).values() if isinstance(value, LazyPattern)]
    assert len(found) >= 40
    assert all(isinstance(re.compile(value.pattern, value.flags), re.Pattern) for value in found)  # compiled now
    assert compiled(get_language(code)) is patterns  # built once


@pytest.mark.parametrize("code", supported_languages())
def test_every_language_has_generated_calendar_and_country_names(code):
    assert len(MONTHS[code]) >= 12 and len(WEEKDAYS[code]) == 7 and len(TERRITORIES[code]) > 200


def test_the_letter_classes_hold_every_capital_and_small_letter():
    capital, small = re.compile(f"[{UPPER}]"), re.compile(f"[{LOWER}]")
    assert [c for c in CAPITALS if not capital.fullmatch(c)] == []
    assert [c for c in SMALL if not small.fullmatch(c)] == []
    assert [c for c in SMALL if capital.fullmatch(c)] == []
    assert [c for c in CAPITALS if small.fullmatch(c)] == []


@pytest.mark.parametrize("capital", CAPITALS)
def test_a_sentence_may_begin_with_any_capital(capital):
    text = f"Il est venu hier. {capital}ukasz Nowak a parlé."
    sentences = [s.text for s in load_document(text, language="fr").sentences]
    assert sentences == ["Il est venu hier.", f"{capital}ukasz Nowak a parlé."]
    assert re.fullmatch(CAP_WORD, f"{capital}ukasz")


@pytest.mark.parametrize("code", supported_languages())
def test_a_name_may_begin_with_letters_of_every_alphabet(code):
    name_run = compiled(get_language(code)).names.name_run
    for name in ("Łukasz Ştefănescu", "Ørjan Őrsi", "Ёлкин Ґонта"):
        assert name_run.search(f"avec {name} hier").group(0) == name


def test_a_lazy_pattern_compiles_on_first_use_and_then_is_the_compiled_patterns_own():
    pattern = LazyPattern(r"(?P<word>\w+)", re.I)
    assert "search" not in vars(pattern)
    assert pattern.search("  Hello").group("word") == "Hello"
    compiled = pattern.search.__self__  # the compiled pattern's own method, bound (from the kept program maybe)
    assert isinstance(compiled, re.Pattern) and compiled == re.compile(r"(?P<word>\w+)", re.I)
    assert pattern.groupindex == {"word": 1}


def test_an_end_anchored_pattern_searched_over_its_last_words_finds_what_the_whole_window_holds():
    source = r"(?<!\w)(?:[Tt]he|von der)\s+(?:[a-z]+\s+){0,2}$"  # at most 2 + 2 words
    narrowed, plain = LazyPattern(source, words_at_end=4), re.compile(source)
    text = "Letters to the editor from the old harbour master. Gräfin von der  rote Leyen"
    end = text.index("Leyen")
    for floor in range(end + 1):
        expected, found = plain.search(text, floor, end), narrowed.search(text, floor, end)
        assert (found and found.span()) == (expected and expected.span())
    assert narrowed.search(text, 0, end).group(0) == "von der  rote "
    assert narrowed.search(text, 0, text.index("harbour")).group(0) == "the old "


@pytest.mark.parametrize("code", supported_languages())
@pytest.mark.parametrize("kind", ["subject", "noun_subject"])
@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_a_subject_pattern_searched_before_its_verbs_finds_what_the_whole_text_holds(code, kind, data):
    language = get_language(code)
    pattern = getattr(compiled(language).source, kind)
    vocabulary = [
        *sorted(language.source_after)[:6], *sorted(language.source_nouns)[:6], *sorted(language.weekdays)[:2],
        *sorted(language.determiners)[:3],
        "Ministry", "Jean-Luc", "O'Brien", "Berlin", "x" * 50, ",", ".", "\n", "  ", "said", "Said",
    ]  # fmt: skip
    text = " ".join(data.draw(st.lists(st.sampled_from(vocabulary), max_size=40)))
    plain = re.compile(pattern.pattern, pattern.flags)
    assert [m.span("src") for m in pattern.finditer(text)] == [m.span("src") for m in plain.finditer(text)]


@pytest.mark.parametrize("code", supported_languages())
@settings(max_examples=40, deadline=None)
@given(data=st.data())
def test_phrases_that_start_a_word_match_as_with_a_look_behind_before_them(code, data):
    language = get_language(code)
    phrases = sorted({*(v.lower() for v in language.speech_verbs), *language.talk_stems})
    vocabulary = [*phrases[:12], "x", "a", "l'", "’", "-", " ", "\n", "9"]
    text = "".join(data.draw(st.lists(st.sampled_from(vocabulary), max_size=30)))
    plain = re.compile(rf"(?<!\w)(?:{words(phrases)})")
    assert [m.span() for m in re.finditer(starting_words(phrases), text)] == [m.span() for m in plain.finditer(text)]


@pytest.mark.parametrize("code", supported_languages())
@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_a_role_prefix_is_looked_for_wherever_the_pattern_would_find_one(code, data):
    patterns = compiled(get_language(code)).names
    nationalities = sorted(get_language(code).nationalities)[:8]
    vocabulary = [*nationalities, *(n.upper() for n in nationalities[:2]), "Chile's", "iPhone", "economy", "le", "X"]
    words = data.draw(st.lists(st.sampled_from(vocabulary), min_size=1, max_size=5))
    separators = data.draw(st.lists(st.sampled_from([" ", "  ", "\n", ", "]), min_size=len(words), max_size=len(words)))
    text = "".join(w + s for w, s in zip(words, separators, strict=True)) + "minister"
    noun = len(text) - len("minister")
    found = patterns.role_prefix.search(text, 0, noun)
    if found and found.end() == noun:
        assert _may_open_role(text, 0, noun, patterns)


def test_the_pattern_that_matches_nothing_is_never_run_and_finds_nothing():
    never = LazyPattern(NOTHING)
    assert never.search("x") is None and never.match("x") is None
    assert list(never.finditer("x x")) == [] and never.findall("x") == []


@pytest.mark.parametrize("code", [c for c in supported_languages() if get_language(c).respectively_words])
def test_a_pattern_that_needs_a_rare_word_finds_it_in_capitals_and_skips_texts_without_it(code):
    pattern = compiled(get_language(code)).people.respectively
    word = sorted(get_language(code).respectively_words)[0]
    assert [m.group(0).strip(" ,") for m in pattern.finditer(f"A et B, {word.upper()} X et Y.")] == [word.upper()]
    assert list(pattern.finditer("A et B, X et Y.")) == []


_TAILED = {
    "fr": "Le maire est arrivé hier soir,  a fait savoir la mairie. Selon lui, rien, précise-t-il d'après X.",
    "en": "The mayor arrived on Monday, the Harbour Daily\treported on Tuesday, citing an aide, according to Y.",
    "de": "Der Bürgermeister kam am Montag an, teilte die Stadt mit, hieß es, so ein Sprecher, laut Z.",
    "es": "El alcalde llegó el lunes, informó la alcaldía, según un portavoz, de acuerdo con X.",
    "ru": "Мэр прибыл в понедельник, сообщает пресс-служба, по данным мэрии, со ссылкой на Х.",
}


@pytest.mark.parametrize("code", sorted(_TAILED))
def test_the_attribution_tails_open_alike_and_match_as_their_plain_alternation(code):
    language = get_language(code)
    tail = compiled(language).cues.point_tail
    plain = re.compile("|".join(f"(?:{t})" for t in language.point_tails).replace("'", "['’]"), re.I)
    assert tail.pattern.startswith((r",?\s+(?:", r",\s+(?:"))  # the opening written once
    text = _TAILED[code]
    for start in range(len(text)):
        found, expected = tail.search(text, start), plain.search(text, start)
        assert (found and found.span()) == (expected and expected.span())
    assert tail.search(text)


def test_a_broken_lazy_pattern_fails_when_used():
    with pytest.raises(re.error):
        LazyPattern("(").search("x")


def test_an_abbreviation_in_capitals_of_any_alphabet_ends_no_sentence_before_a_role():
    # "ŁŚ." is two capitals (the shared class holds Ł and Ś), like "UN." or "ЕС.": no sentence ends there
    from briefparse.analysis import names

    assert names._SENTENCE_STOP.search("minister of the ŁŚ. Nowak") is None
    assert names._SENTENCE_STOP.search("minister of the UN. Nowak") is None
    assert names._SENTENCE_STOP.search("he left. Nowak") is not None
