"""Russian noun phrases in the nominative: "пресс-службе Кремля" → "пресс-служба Кремля", "российского военного
ведомства" → "российское военное ведомство", "Интерфаксу" → "Интерфакс".

A phrase's head (its first noun) and the adjectives before it are put in the nominative; what follows the head (a
genitive: "Кремля") stays as written. Only words the OpenCorpora dictionaries know are changed, each by its most
likely reading (pymorphy3): a name the dictionary only guesses at ("Акорды") stays as written.
"""

from __future__ import annotations

import re
from functools import lru_cache

from briefparse.lang.ru_names import _analyser as analyser

_WORD = re.compile(r"[А-ЯЁа-яё]+")
_ADJECTIVES = frozenset({"ADJF", "PRTF"})


@lru_cache(maxsize=1024)
def phrase_in_nominative(phrase: str) -> str:
    """The phrase with its head noun and the adjectives before it in the nominative, when the head's most likely
    case is another; the phrase as written otherwise. One person's offices in a row are each put so ("вице-премьером,
    министром иностранных дел" → "вице-премьер, министр иностранных дел")."""
    return ", ".join(_part_in_nominative(part) for part in phrase.split(", "))


def _part_in_nominative(phrase: str) -> str:
    """`phrase_in_nominative` of a phrase with no comma between its words."""
    words = phrase.split(" ")
    morph = analyser()
    adjectives = []
    for index, word in enumerate(words):
        head, hyphen, tail = word.rpartition("-")  # "пресс-службе", "Telegram-канале": the last part declines
        if not _WORD.fullmatch(tail) or tail.isupper() or not morph.word_is_known(tail):
            return phrase  # not a Russian word, an acronym ("МИД"), or a name the dictionary only guesses at
        best = morph.parse(tail)[0]
        if best.tag.POS in _ADJECTIVES:
            adjectives.append(index)
            continue
        if best.tag.POS != "NOUN" or best.tag.case in (None, "nomn"):
            return phrase
        number = best.tag.number or "sing"
        noun = best.inflect({"nomn", number})
        if noun is None:
            return phrase
        changed = list(words)
        changed[index] = head + hyphen + _cased(tail, noun.word)
        agree = {"nomn", number} | ({best.tag.gender} if number == "sing" and best.tag.gender else set())
        for at in adjectives:
            adjective = morph.parse(words[at])[0].inflect(agree)
            if adjective is None:
                return phrase
            changed[at] = _cased(words[at], adjective.word)
        return " ".join(changed)
    return phrase


def _cased(written: str, form: str) -> str:
    """The form with the written word's capital ("Интерфаксу" → "Интерфакс")."""
    return form[:1].upper() + form[1:] if written[:1].isupper() else form
