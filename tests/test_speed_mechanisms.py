"""The mechanisms that keep parsing fast give the answers of the plain computation they stand for."""

from __future__ import annotations

import re

from briefparse.analysis import Analysis, ProseWords
from briefparse.analysis.cues import EventHits
from briefparse.document import load_document
from briefparse.lazy_regex import LazyPattern


def test_a_pattern_that_needs_a_word_is_not_run_on_a_window_without_it():
    # "x" breaks the promise that every match holds "rare": only a skipped search can miss it
    pattern = LazyPattern(r"x", needs=("rare",))
    text = "a rare bird, then x"
    assert pattern.search(text) is not None  # the text holds the word: the pattern runs
    assert pattern.search(text, text.index("then")) is None  # the window does not: it is not run
    assert list(pattern.finditer(text, 0, text.index("x"))) == []
    assert pattern.search(text, 0, len(text)) is not None


def test_a_pattern_that_needs_a_word_finds_in_every_window_what_the_plain_pattern_finds():
    source = r"(?<!\w)(?:[Rr]are|RARE)\s+\w+"
    narrowed, plain = LazyPattern(source, needs=("rare",)), re.compile(source)
    for text in ("one rare bird and a RARE fish, rare", "İstanbul: a Rare stone, rare", "no such word"):
        for pos in range(-1, len(text) + 2):
            for endpos in range(pos - 1, len(text) + 2):
                expected = [m.span() for m in plain.finditer(text, pos, endpos)]
                assert [m.span() for m in narrowed.finditer(text, pos, endpos)] == expected
                found = narrowed.search(text, pos, endpos)
                assert (found and found.span()) == (expected[0] if expected else None)


def test_the_words_of_the_prose_are_listed_only_when_a_word_it_holds_is_asked_for():
    words = ProseWords("the minister met his counterpart\nand the talks went on")
    assert "macron" not in words and "Minister" not in words
    assert "_words" not in vars(words)  # told without listing them
    assert "minister" in words and "talks" in words and "on" in words
    assert "inister" not in words  # a piece of a word is no word


def test_the_prose_words_are_the_lower_case_words_of_the_long_sentences():
    text = (
        "Talks in Valdoria\n\nThe foreign minister of Valdoria met his counterpart Anna Berg on Monday. "
        "Short Line Here.\n\nBoth ministers discussed trade and the harbour project in detail."
    )
    analysis = Analysis(load_document(text, language="en"))
    words = analysis.prose_lower_words
    assert "minister" in words and "harbour" in words and "detail" in words
    assert "Valdoria" not in words and "valdoria" not in words and "line" not in words


def test_the_first_event_phrase_of_a_stretch_is_the_first_of_its_kinds_there():
    hits = EventHits("", None)
    hits.hits = [(0, 4, "statement"), (10, 14, "meeting"), (20, 24, "statement"), (30, 34, "visit")]
    hits.starts = [hit[0] for hit in hits.hits]
    statement = frozenset({"statement"})
    for start in range(-1, 40):
        for end in range(start, 40):
            within = [hit for hit in hits.hits if start <= hit[0] < end]
            assert hits.first(start, end) == next((h for h in within if h[2] != "statement"), None)
            assert hits.first(start, end, statement) == next((h for h in within if h[2] == "statement"), None)


def test_event_phrases_are_looked_for_with_the_double_quotes_read_as_spaces():
    from briefparse.analysis import _blank_quotes

    text = 'il a eu « un entretien » et “a productive conversation” „gut“ "ok" l\'accord — ça'
    assert _blank_quotes(text) == text.translate(str.maketrans(dict.fromkeys('"“”«»„', " ")))
    quoted = "Valdoria\n\nThe minister held “a productive conversation” with Anna Berg."
    assert [hit[2] for hit in Analysis(load_document(quoted, language="en")).events.hits] == ["meeting"]


def test_an_alternation_is_the_same_trie_in_any_order_and_matches_each_word_whole():
    from briefparse.lang.base import alternation

    words = ["ministre", "ministres", "minister", "mise en place", "a.m.", "", "m"]
    pattern = alternation(words)
    assert pattern == alternation(reversed(words)) == alternation(set(words))
    assert pattern == r"(?:a\.m\.|m(?:i(?:nist(?:er|re(?:s)?)|se\s+en\s+place))?)"
    for word in filter(None, words):
        assert re.fullmatch(pattern, word.replace(" ", "  "))
    assert not re.fullmatch(pattern, "minist")


def test_the_words_of_a_text_are_runs_of_word_characters_joined_by_marks_inside():
    from briefparse.analysis import _WORD

    text = "aujourd'hui U.S. Jean-Luc l’ami -- x--y 3.5% 'quoted' end. a'’b _x_ ...z"
    assert _WORD.findall(text) == re.findall(r"\w(?:[\w'’.-]*\w)?", text)
    assert _WORD.findall(text)[:4] == ["aujourd'hui", "U.S", "Jean-Luc", "l’ami"]


def test_a_pattern_that_needs_a_word_tells_each_text_apart_though_it_keeps_the_last():
    pattern = LazyPattern(r"rare \w+", needs=("rare",))
    first, second = "a rare bird", "a common bird"
    assert pattern.search(first).group(0) == "rare bird"
    assert pattern.search(second) is None  # another text: told again, not the last one's answer
    assert pattern.search(first, 0, 5) is None and pattern.search(first).group(0) == "rare bird"
    same_words = "".join(["a rare ", "bird"])  # equal text, another object
    assert pattern.search(same_words).group(0) == "rare bird"


def test_a_remembering_pattern_answers_as_the_plain_pattern_for_every_text_and_window():
    source = r"(?<!\w)(?:met|talks)\s+\w+"
    remembering, plain = LazyPattern(source, memo=True), re.compile(source)
    texts = ["They met Anna and held talks today.", "No event here.", "They met Anna and held talks today."]
    for _ in range(2):  # asked twice: the second time from memory
        for text in texts:
            for pos in range(0, len(text) + 1, 3):
                for endpos in range(pos, len(text) + 2, 4):
                    expected = [m.span() for m in plain.finditer(text, pos, endpos)]
                    assert [m.span() for m in remembering.finditer(text, pos, endpos)] == expected
                    found = remembering.search(text, pos, endpos)
                    assert (found and found.span()) == (expected[0] if expected else None)
            assert [m.span() for m in remembering.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_a_pattern_anchored_at_the_end_finds_from_the_last_words_what_it_finds_everywhere():
    # the honorific, joining-word and closing-comma patterns search only the window's last words
    from briefparse.lang import get_language
    from briefparse.lang.compiled import compiled

    windows = [
        "le ministre des Affaires étrangères, Son Excellence Monsieur ",
        "the Foreign Minister, H.E. ",
        "el presidente de Panamá y ",
        "der Außenminister,  und  ",
        "the minister and his counterpart ,\n",
        "Mr ",
        "",
    ]
    for code in ("fr", "en", "es", "de", "ru"):
        names = compiled(get_language(code)).names
        for pattern in (names.honorific_at_end, names.joined_end, names.closing_comma, names.gap_place):
            plain = re.compile(pattern.pattern, pattern.flags)
            for window in windows:
                text = "Xx " + window
                for pos in range(len(text) + 1):
                    found, expected = pattern.search(text, pos, len(text)), plain.search(text, pos, len(text))
                    assert (found and found.span()) == (expected and expected.span()), (code, window, pos)


def test_a_role_after_a_name_needs_a_comma_first():
    from briefparse.analysis.names import role_after
    from briefparse.lang import get_language

    english = get_language("en")
    text = (
        "They welcomed Anna Berg, Foreign Minister of Valdoria, and Tom Ray» , Minister of Trade. "
        "Then Ivo Lind spoke."
    )
    anna = text.index(" Berg") + len(" Berg")
    tom = text.index("Ray") + len("Ray")
    ivo = text.index("Lind") + len("Lind")
    assert text[slice(*role_after(text, anna, len(text), english))].startswith("Foreign Minister of Valdoria")
    assert text[slice(*role_after(text, tom, len(text), english))].startswith("Minister of Trade")
    assert role_after(text, ivo, len(text), english) is None


def test_the_date_patterns_skip_a_text_that_names_no_month_or_weekday_and_find_the_rest():
    from briefparse.lang import get_language
    from briefparse.lang.compiled import _covering_words, compiled

    assert _covering_words(["dienstag", "dienstagabend", "montag"]) == ("dienstag", "montag")
    for code, text in (
        ("en", "on Monday 5 May 2025 and next Tuesday, then 12 Mar."),
        ("de", "am Dienstagabend, 3. März 2024, und am kommenden Freitag"),
        ("fr", "le lundi 5 mai 2025, puis mardi prochain"),
    ):
        dates = compiled(get_language(code)).dates
        for pattern in (dates.absolute, dates.weekday):
            plain = re.compile(pattern.pattern, pattern.flags)
            for sample in (text, text.upper().lower(), "no date here at all 12 34"):
                assert [m.span() for m in pattern.finditer(sample)] == [m.span() for m in plain.finditer(sample)]
                for pos in range(0, len(sample), 5):
                    found, expected = pattern.match(sample, pos), plain.match(sample, pos)
                    assert (found and found.span()) == (expected and expected.span())


def test_pairs_of_words_are_counted_as_a_counter_of_every_pair_counts_them():
    from collections import Counter
    from itertools import pairwise

    from briefparse.analysis import PairCounts

    words = ["Anna", "Berg", "met", "Berg", "and", "Anna", "Berg", "Berg", "spoke", "to", "Berg", "Anna"]
    pairs, counter = PairCounts(words), Counter(pairwise(words))
    for first in {*words, "Nobody"}:
        for second in {*words, "Nobody"}:
            assert pairs[(first, second)] == counter[(first, second)]
            assert pairs[(first, second)] == counter[(first, second)]  # asked again: the count kept
    assert PairCounts([])[("a", "b")] == 0 and PairCounts(["b"])[("a", "b")] == 0


def test_a_role_prefix_is_looked_for_only_where_one_may_end_before_the_noun():
    from briefparse.analysis.names import _may_end_prefix
    from briefparse.lang import get_language
    from briefparse.lang.compiled import compiled

    english = compiled(get_language("en")).names
    cases = [
        "Anna Berg, the foreign minister",
        "Valdoria's economy minister",
        "the ministry's spokesperson",
        "the South African minister",
        "the visiting FRENCH minister",
        "Anna Berg met the minister",
        "Ex-President Tom Ray,\nminister",
        "Berg (minister",
        "l’ambassadeur minister",
    ]
    for text in cases:
        noun = text.rindex("minister") if "spokesperson" not in text else text.rindex("spokesperson")
        for floor in range(noun + 1):
            found = english.role_prefix.search(text, floor, noun)
            if found is not None and found.end() == noun:
                assert _may_end_prefix(text, floor, noun, english), (text, floor)
    assert not _may_end_prefix("Anna Berg met the foreign minister", 0, 26, english)


def test_a_remembering_pattern_forgets_its_answers_past_a_bound_and_answers_the_same():
    from briefparse import lazy_regex

    pattern, plain = LazyPattern(r"\bmet\b", memo=True), re.compile(r"\bmet\b")
    texts = [f"{'x' * 300_000} met {n}" for n in range(8)]  # more characters than the bound
    for text in texts * 2:
        assert pattern.search(text).span() == plain.search(text).span()
    memo = pattern.search.args[1]
    assert memo.chars <= lazy_regex._MEMO_CHARS and len(memo.answers) < len(texts)


def test_a_remembering_pattern_answers_each_document_afresh():
    from briefparse import lazy_regex

    pattern = LazyPattern(r"\bmet\b", memo=True)
    text = "They met in Paris."
    assert pattern.search(text).span() == (5, 8)
    memo = pattern.search.args[1]
    assert memo.current()  # asked again within the document: from memory
    lazy_regex.forget_answers()  # what parse() does when the next document starts
    assert not memo.current()
    assert pattern.search(text).span() == (5, 8)


def test_the_word_before_a_name_is_found_from_the_window_s_last_word_as_everywhere():
    # the last word before a name, and an abbreviation's ("M. ", "S.E. "), searched only from the window's last word
    from briefparse.extract.people import _DOTTED_WORD_BEFORE, _WORD_BEFORE

    windows = ["reçu par S.E. M. ", "the Minister,  Mr ", "l’ambassadeur d'Italie\n", "(Mme ", "Minister", " ", ""]
    for pattern in (_WORD_BEFORE, _DOTTED_WORD_BEFORE):
        plain = re.compile(pattern.pattern, pattern.flags)
        for window in windows:
            text = "Xx " + window + "Anna Berg"
            end = len(text) - len("Anna Berg")
            for pos in range(end + 1):
                found, expected = pattern.search(text, pos, end), plain.search(text, pos, end)
                assert (found and found.span()) == (expected and expected.span()), (window, pos)


def test_a_place_before_a_relative_of_place_is_looked_for_only_in_a_window_holding_the_relative():
    from briefparse.lang import get_language
    from briefparse.lang.compiled import compiled

    for code, text in (
        ("fr", "Il s'est rendu à l'hôtel Valdor, où il a été reçu par le ministre. Puis à Paris, OÙ il a dîné."),
        ("es", "Fue trasladado al Palacio Nacional de la Cultura, donde se celebró el encuentro con la ministra."),
        ("en", "He went on to the State House, where he met the President. No place here, then."),
    ):
        pattern = compiled(get_language(code)).places.place_relative
        plain = re.compile(pattern.pattern, pattern.flags)
        for pos in range(0, len(text), 7):
            for end in range(pos, len(text) + 1, 9):
                found = [m.span() for m in pattern.finditer(text, pos, end)]
                assert found == [m.span() for m in plain.finditer(text, pos, end)], (code, pos, end)


def test_a_remembered_function_answers_as_the_function_once_per_document_and_arguments():
    from briefparse import lazy_regex

    asked: list[tuple[str, int]] = []

    def words_from(text: str, start: int) -> int:
        asked.append((text, start))
        return len(text[start:].split())

    remembered = lazy_regex.remembered(words_from)
    lazy_regex.forget_answers()
    text = "the minister met his counterpart"
    assert [remembered(text, 4), remembered(text, 4), remembered(text, 0)] == [4, 4, 5]
    assert asked == [(text, 4), (text, 0)]  # asked again within the document: from memory
    lazy_regex.forget_answers()  # what parse() does when the next document starts
    assert remembered(text, 4) == 4 and asked[-1] == (text, 4) and len(asked) == 3
