"""Russian personal names in the nominative: "Владимиром Путиным" → "Владимир Путин", "Майкла Помпео" →
"Майкл Помпео".

The words are read with pymorphy3 and its OpenCorpora dictionaries, which tag first names, surnames and
patronymics (Name, Surn, Patr) and guess unknown words by their endings. The analyser is loaded on the first
name to put in the nominative, never at import: other languages and `--help` do not pay for it.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pymorphy3 import MorphAnalyzer
    from pymorphy3.analyzer import Parse
    from pymorphy3.tagset import OpencorporaTag

_PERSON = frozenset({"Name", "Surn", "Patr"})
_NOT_PERSON = frozenset({"Geox", "Orgn", "Trad", "Abbr"})
_OBLIQUE = ("gent", "datv", "accs", "ablt", "loct")
#: the dictionary's gender of a surname a man and a woman alike bear ("Обама": "Бараку Обаме", "Мишель Обаме")
_COMMON_GENDER = "ms-f"
#: the masculine singular case endings a word the dictionary does not know as a name drops in the nominative
#: ("Шольцем" → "Шольц", "Тайипом" → "Тайип"); its first names or surname tell the case
_MASCULINE_ENDINGS = {"gent": ("а",), "accs": ("а",), "datv": ("у",), "ablt": ("ом", "ым"), "loct": ("е",)}
#: the same case endings after a soft stem ("Макеем" → "Макей", "Ковалем" → "Коваль", "Шольцем" → "Шольц"): the
#: stem ends in "й" after a vowel, in "ь" after a consonant, in a hushing consonant or "ц" itself (a hard spelling)
_SOFT_ENDINGS = {"gent": ("я",), "accs": ("я",), "datv": ("ю",), "ablt": ("ем", "ём"), "loct": ("е",)}
_VOWELS = frozenset("аеёиоуыэюя")
_HUSHING = frozenset("жшщчц")
#: the instrumental's endings and what the nominative has in their place: "-ом" goes ("Йылдырымом"), "-ой" is "-а"
#: ("Хельгой", "Абдаллой"), "-ей" is "-я" ("Кайей")
_INSTRUMENTAL_ENDINGS = {"ом": "", "ем": "", "ём": "", "ым": "", "ой": "а", "ей": "я"}
#: what a word gives a reading in the instrumental when it bears its ending without the dictionary knowing it
_SURE_ENDING = 0.1
#: what a reading in the case the word before the name tells is worth
_TOLD_CASE = 2.0
#: the words before a name where the word that tells its case is looked for, past a country ("президентом США")
_WORDS_BEFORE = 5
_CYRILLIC_WORD = re.compile(r"[А-ЯЁа-яё-]+")
#: the singular endings of each oblique case, masculine and feminine, of the declensions names follow: a word
#: without one, in a name whose other words stand in that case, is a foreign word that does not decline ("Мевлютом
#: Чавушоглу", "Илиру Мета", "Чжан Ханьхуэя")
_CASE_ENDINGS = {
    "gent": ("а", "я", "ы", "и"),
    "accs": ("а", "я", "у", "ю"),
    "datv": ("у", "ю", "е", "и"),
    "ablt": ("ом", "ем", "ём", "ым", "им", "ой", "ей", "ою", "ею", "ью"),
    "loct": ("е", "и"),
}
_WORD = re.compile(r"[А-ЯЁа-яё]+(?:-[А-ЯЁа-яё]+)*")
_COMMON = frozenset({"NOUN", "ADJF", "VERB"})  # a finite verb opens a sentence ("Завершатся Дни Астаны")
#: share of a lower-case word's readings that must be nouns for a capitalised word before it to be read as its adjective
_NOUN_SHARE = 0.5
_INITIALS = re.compile(r"(?:[А-ЯЁ]\.\s*)+")
#: a word that opens on two capital letters is written as an abbreviation ("КР", "РУз", "ОБСЕ", "МИДа")
_ABBREVIATED = re.compile(r"[А-ЯЁ]{2}")
#: words of a title holder's name after the surname of the person whose title it is, at least: a given name, a surname
_HOLDER_WORDS = 2


@cache
def _analyser() -> MorphAnalyzer:
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang="ru")


@lru_cache(maxsize=4096)
def name_in_nominative(name: str, before: str = "") -> str:
    """The name in the nominative when each of its words is a first name, patronymic or surname (or an
    indeclinable foreign word) standing in one oblique case; otherwise the name as written. Initials before it
    stay as written ("С.В.Лаврова" → "С.В.Лавров", "Д. Идэвхтэном" → "Д. Идэвхтэн"). The words `before` the name
    may tell its case: "с", or a title in one case only ("с госсекретарем США Джо Байденом")."""
    initials = _INITIALS.match(name)
    told = _case_before(before)
    if told == "nomn" and not any(_oblique_name(w) for w in _WORD.findall(name)):
        return name  # "Посол Японии Такэси Ямамото": a title in the nominative, its holder's name as well
    if initials and initials.end() < len(name):
        return initials.group(0) + _in_nominative_case(name[initials.end() :], initialled=True, told=told)
    return _in_nominative_case(name, initialled=False, told=told)


def _oblique_name(word: str) -> bool:
    """The dictionary knows the word as a name in an oblique case only ("Владимира", "Путину"), not as one it
    merely guesses ("Такэси"): after a title in the nominative, a possessor's name ("пресс-секретарь Владимира
    Путина")."""
    if not _analyser().word_is_known(word.lower()):
        return False
    top = _parses(word)[0].tag
    return bool(_PERSON & top.grammemes) and top.number == "sing" and top.case in _OBLIQUE


def _case_before(before: str) -> str | None:
    """The case the word right before a name puts it in: the instrumental after "с" / "со", else the one case of
    a noun that has only one in the singular ("госсекретарем", "президентом"), the nominative only for a person's
    title ("Посол", "Президент": not "встреча Владимира Путина"); None when it does not tell. A lifeless noun in the
    genitive may complete the title before it ("министр культуры Ольга X", "с министром культуры Ольгой X"): that
    title tells the case, the genitive only when none does. A verb right before the name ends the search: the
    nouns before it are its subject's ("Павел Маринов передал Роману X"), not a title of the name. A person's
    title in the genitive after a title in the nominative ("заместитель губернатора", "советник президента")
    tells neither case: the name may be the deputy's ("Мария X") or the governor's ("Ивана X"), and the
    dictionary's readings of the name decide."""
    complement = None
    words = _CYRILLIC_WORD.findall(before)[-_WORDS_BEFORE:]
    for index in range(len(words) - 1, -1, -1):
        written = words[index]
        if len(written) > 1 and written.isupper():
            continue  # an acronym ("президентом МККК X"), which the dictionary may only guess at
        word = written.lower()
        if word in ("с", "со"):
            return "ablt"
        if _parses(word)[0].tag.POS == "VERB":
            break  # "Павел Маринов передал Роману X": the verb governs the name, no title before it tells its case
        parses = [p for p in _parses(word) if p.tag.POS == "NOUN" and p.tag.number == "sing"]
        if not parses or any({"Abbr", "Geox", "Orgn"} & p.tag.grammemes for p in parses):
            continue  # "с президентом США X": past the country to the title
        cases = {p.tag.case for p in parses} - {"accs"} if "gent" in {p.tag.case for p in parses} else {
            p.tag.case for p in parses
        }  # "президента": the genitive, or the accusative alike
        if _person_title(word):
            return "nomn"  # a person's title, "Посол" (not the "посол" of fish)
        if complement is None and cases == {"gent"} and not any("anim" in p.tag.grammemes for p in parses):
            complement = "gent"
            continue
        if cases == {"gent"} and complement is None and index and _person_title(words[index - 1].lower()):
            return None
        told = cases.pop() if len(cases) == 1 and cases <= set(_OBLIQUE) else None
        return told or complement
    return complement


def _person_title(word: str) -> bool:
    """Whether the word is a person's title in the nominative singular and in no other case ("заместитель",
    "советник", "Посол")."""
    parses = [p for p in _parses(word) if p.tag.POS == "NOUN" and p.tag.number == "sing"]
    return {p.tag.case for p in parses if "anim" in p.tag.grammemes} == {"nomn"}


def _in_nominative_case(name: str, initialled: bool, told: str | None = None) -> str:
    words = name.split()
    if not words or not all(_WORD.fullmatch(w) for w in words):
        return name
    # a compound first name declines in its last part only: "Касым-Жомарту"
    heads = [w.rpartition("-")[0] for w in words]
    tails = [w.rpartition("-")[2] for w in words]
    morph = _analyser()
    parses = [morph.parse(t) for t in tails]
    if len(words) == 1 and not initialled and told in (None, "nomn") and any(p.tag.case == "nomn" for p in parses[0]):
        return name  # a lone word that can be read as written: "Лаврова" may be a woman (not after "с")
    best: tuple[float, str, list[str]] | None = None
    for case in ("nomn", *_OBLIQUE):
        for gender in _genders(heads, morph):
            found = _in_nominative(tails, parses, case, gender, initialled)
            score = found[0] + (_TOLD_CASE if case == told else 0.0) if found else 0.0
            if found and (best is None or score > best[0]):
                best = (score, case, found[1])
    if best is None:
        return _instrumental(words, parses, initialled) or name
    if best[1] == "nomn":
        return name
    return " ".join(
        f"{_head_in_nominative(head, best[1])}-{_cased(tail, form)}" if head else _cased(tail, form)
        for head, tail, form in zip(heads, tails, best[2], strict=True)
    )


def _head_in_nominative(head: str, case: str) -> str:
    """The first part of a compound first name, which may decline with the last ("Касыма-Жомарта" →
    "Касым-Жомарт", "Анны-Марии" → "Анна-Мария") or not ("Касым-Жомарту"): in the nominative when the
    dictionary reads it as a first name in the name's case, else as written."""
    for parse in _parses(head):
        if "Name" in parse.tag.grammemes and parse.tag.case == case and parse.tag.number == "sing":
            inflected = parse.inflect({"nomn", "sing"})
            return _cased(head, inflected.word) if inflected else head
    return head


def _in_nominative(
    words: list[str], parses: list[list[Parse]], case: str, gender: str, initialled: bool = False
) -> tuple[float, list[str]] | None:
    """(how sure, the words in the nominative) when every word can be a name of this gender in this case, at
    least one known to the dictionary as a name; None otherwise. A surname after initials counts as a name's
    last word."""
    score, forms, named, stripped_all, sure = 0.0, [], False, True, False
    for index, (word, candidates) in enumerate(zip(words, parses, strict=True)):
        if 0 < index < len(words) - 1 and (word.islower() or len(word) <= 3):
            forms.append(word)  # a particle: "бин", "фон", "Аль"
            stripped_all = False
            continue
        named_here = [
            p for p in candidates
            if _PERSON & p.tag.grammemes and p.tag.case == case
            and (p.tag.gender == gender or _COMMON_GENDER in p.tag.grammemes)
            and p.tag.number == "sing"
        ]  # fmt: skip
        if named_here:
            count = len(words) + initialled
            parse = max(named_here, key=lambda p: (p.score + _in_its_place(p, index + initialled, count), p.score))
            inflected = parse.inflect({"nomn", "sing"})
            if inflected is None:
                return None
            score, named = score + parse.score + _in_its_place(parse, index + initialled, count), True
            forms.append(inflected.word)
            stripped_all = False
            continue
        if _undeclined(word, candidates, case):
            forms.append(word.lower())  # "Мевлютом Чавушоглу", "Илиру Мета": the foreign word that does not decline
            stripped_all = False
            continue
        top = candidates[0].tag.grammemes
        if _NOT_PERSON & top and "Fixd" not in top and all(_NOT_PERSON & p.tag.grammemes for p in candidates):
            return None  # a place or an organisation
        last = index == len(words) - 1
        if any("Fixd" in p.tag.grammemes for p in candidates) or word[-1] in "иоэ" or (
            last and gender == "femn" and word[-1] not in "аяы"
        ):
            forms.append(word.lower())  # indeclinable: "Помпео", "Моди", "Бербок" for a woman
            stripped_all = False
            continue
        stripped = word.lower() if case == "nomn" else _without_ending(word.lower(), case) if gender == "masc" else None
        if stripped is None:
            return None
        if case == "ablt" and word.lower().endswith(("ом", "ем", "ём")):
            score += _SURE_ENDING  # "Бинали Йылдырымом": the instrumental's "-ом", not a nominative never seen
            sure = True
        forms.append(stripped)
    # no word known as a name: only the instrumental's "-ом"/"-ем" is sure enough, on every word ("Андресом
    # Рохасом") or on one beside foreign words that do not decline ("Мевлютом Чавушоглу")
    several = len(words) + initialled > 1
    return (score, forms) if named or (case == "ablt" and several and (stripped_all or sure)) else None


def _undeclined(word: str, candidates: list[Parse], case: str) -> bool:
    """A word of a name in an oblique case that does not decline: it lacks every ending of that case, and outside
    the instrumental it reads as a nominative too ("Мета", "Чжан"), not as a word in yet another case ("Элиту"),
    nor as a name the dictionary knows to decline ("Валерий" stands in the nominative)."""
    if case not in _CASE_ENDINGS or word.lower().endswith(_CASE_ENDINGS[case]):
        return False
    if case == "ablt":
        return True
    declines = _analyser().word_is_known(word.lower()) and any(
        _PERSON & p.tag.grammemes and p.tag.case == "nomn" and "Fixd" not in p.tag.grammemes for p in candidates
    )
    return not declines and any(p.tag.case == "nomn" for p in candidates)


def _instrumental(words: list[str], parses: list[list[Parse]], initialled: bool) -> str | None:
    """A name the dictionary cannot read, after "с" / "со" most often: in the instrumental when a word bears its
    ending and the others none ("Бинали Йылдырымом", "Хельгой Шмид", "Жаиром Болсонару", "Си Цзиньпином"); the
    ending goes, the other words are foreign ones that do not decline. None when no word bears one."""
    if len(words) + initialled < 2:
        return None
    forms, ended = [], False
    for index, word in enumerate(words):
        lower = word.lower()
        ending = next((e for e in _INSTRUMENTAL_ENDINGS if lower.endswith(e) and len(lower) > len(e) + 1), None)
        particle = 0 < index < len(words) - 1 and word.islower()
        if ending is None or particle or "-" in word:
            forms.append(word)
            continue
        if not any(_PERSON & p.tag.grammemes for p in parses[index]) and any(
            _NOT_PERSON & p.tag.grammemes for p in parses[index]
        ):
            return None  # a place or an organisation: "Москвой"
        ended = True
        known = [q for q in parses[index] if _PERSON & q.tag.grammemes and {"ablt", "sing"} <= q.tag.grammemes]
        inflected = known[0].inflect({"nomn", "sing"}) if known else None  # "Дмитрием" is "Дмитрий"
        form = inflected.word if inflected else lower[: -len(ending)] + _INSTRUMENTAL_ENDINGS[ending]
        forms.append(_cased(word, form))
    return " ".join(forms) if ended else None


def _genders(heads: list[str], morph: MorphAnalyzer) -> tuple[str, ...]:
    """The genders the name can be of: the first part of a compound first name, which does not decline,
    tells it ("Касым-Жомарта" is a man's)."""
    told = {p.tag.gender for head in heads if head for p in morph.parse(head) if _PERSON & p.tag.grammemes}
    return tuple(g for g in ("masc", "femn") if g in told) or ("masc", "femn")


def _in_its_place(parse: Parse, index: int, count: int) -> float:
    """1 for a first name first or a surname last in a name of several words ("Касым-Жомарту Токаеву" is a man's
    first name and surname in the dative, not two women's first names in the accusative), else 0."""
    if count < 2:
        return 0.0
    wanted = "Name" if index == 0 else "Surn" if index == count - 1 else None
    return 1.0 if wanted and wanted in parse.tag.grammemes else 0.0


def _without_ending(word: str, case: str) -> str | None:
    """A masculine name unknown to the dictionary without its case ending; None when it has none."""
    for ending in _SOFT_ENDINGS[case]:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            stem = word[: -len(ending)]
            if stem[-1] in _VOWELS:
                return stem + "й"
            if ending != "е":  # "Шольце": the hard stem's ending, below
                return stem if stem[-1] in _HUSHING else stem + "ь"
    for ending in _MASCULINE_ENDINGS[case]:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            return word[: -len(ending)]
    return None


def _cased(written: str, form: str) -> str:
    """The nominative written as the text writes the name: capitalised, or in capitals."""
    if written[:1].islower():
        return form
    return form.upper() if written.isupper() and len(written) > 1 else form[:1].upper() + form[1:]


@lru_cache(maxsize=8192)
def _parses(word: str) -> tuple[Parse, ...]:
    return tuple(_analyser().parse(word))


@lru_cache(maxsize=4096)
def known_surname(word: str) -> bool:
    """The dictionary knows the word, and reads it first as a surname, not as a place: "Медведев", "Медведеву",
    "Лукашенко" (a word it only guesses from its ending, such as "Токаев", is not told)."""
    if not _WORD.fullmatch(word):
        return False
    parses = _parses(word)
    top = parses[0].tag.grammemes
    return "Surn" in top and not {"Geox", "Orgn"} & top and _analyser().word_is_known(word.lower())


def known_given_name(word: str) -> bool:
    """The dictionary knows the word, and reads it first as a given name: "Ульрих", "Генрих", whose ending is an
    adjective's ("Независимых")."""
    return bool(_WORD.fullmatch(word)) and "Name" in _parses(word)[0].tag.grammemes


@lru_cache(maxsize=4096)
def names_title_holder(title: str, word: str) -> bool:
    """The word may be the name of the holder of the title before it: it has a reading in the singular in a case
    the title's noun stands in ("директору Гусейнову"), or the dictionary does not tell (a word it does not know, or
    reads in the plural only, as "Токаев"); not "директору Агентства", a genitive after a dative."""
    title_cases = {p.tag.case for p in _parses(title) if p.tag.POS == "NOUN"}
    if not title_cases or not _analyser().word_is_known(word.lower()):
        return True
    word_cases = {p.tag.case for p in _parses(word) if p.tag.number == "sing"}
    return not word_cases or bool(title_cases & word_cases)


def offices_agree(first: str, second: str) -> bool:
    """Two role nouns may be one person's offices side by side: each has a reading as a noun in the singular in a
    case the other has ("президент …, депутат …"); a word the dictionary does not know does not tell."""
    if not (_analyser().word_is_known(first) and _analyser().word_is_known(second)):
        return True
    cases = [_singular_noun_cases(first), _singular_noun_cases(second)]
    return not all(cases) or bool(cases[0] & cases[1])


def _singular_noun_cases(word: str) -> set[str]:
    """The cases the dictionary reads a word in as a noun in the singular."""
    return {p.tag.case for p in _parses(word) if p.tag.POS == "NOUN" and p.tag.number == "sing"}


def second_name_at(tokens: tuple[str, ...]) -> int:
    """Where a second person's name begins in a capitalised run: right after two words that the dictionary knows as
    names sharing an oblique case, the first word that stands in none of those cases ("МИД России Сергеем Лавровым
    | Мухриддин": a phrase fronted before the sentence's subject); 0 when there is none ("Нишой Десаи Бисвал": a
    foreign name the dictionary does not know)."""
    words = [t.rstrip(".,") for t in tokens]
    if not all(_WORD.fullmatch(w) for w in words):
        return 0
    for index in range(2, len(words)):
        shared = _oblique_name_cases(words[index - 2]) & _oblique_name_cases(words[index - 1])
        if shared and not shared & {p.tag.case for p in _parses(words[index])}:
            return index
    return 0


def _oblique_name_cases(word: str) -> set[str]:
    """The oblique cases the dictionary knows a word in as one person's name; none for a word it only guesses at."""
    if not _analyser().word_is_known(word.lower()):
        return set()
    return {
        p.tag.case
        for p in _parses(word)
        if _PERSON & p.tag.grammemes and p.tag.number == "sing" and p.tag.case in _OBLIQUE
    }


def guessed_surname(word: str) -> bool:
    """A word the dictionary does not know, whose likeliest reading is a person's name and none a place or an
    organisation: "Фиданом", "Токаева" (not "Кремлем", "Анкарой")."""
    if not _WORD.fullmatch(word) or _analyser().word_is_known(word.lower()):
        return False
    parses = _parses(word)
    return bool(_PERSON & parses[0].tag.grammemes) and not any({"Geox", "Orgn"} & p.tag.grammemes for p in parses)


def _personal(parses: tuple[Parse, ...]) -> float:
    """How likely the dictionary reads the word as one person's first name, patronymic or surname: a reading in the
    plural names a family or several namesakes, never a word of one person's name ("Астаны" is Astana's genitive,
    not the plural of the name "Астан")."""
    return sum(p.score for p in parses if _PERSON & p.tag.grammemes and p.tag.number != "plur")


def _place(word: str) -> bool:
    """A word the dictionary knows as a place or an organisation and never as a name: "Хабаровске", "Чечни",
    "Пентагона"; a word it only guesses at, when it reads a declined ending ("Минспорта"), not one that would not
    decline ("Юнхо" in "Юнхо Ли")."""
    parses = _parses(word)
    if not _analyser().word_is_known(word.lower()):
        parses = [p for p in parses if "Fixd" not in p.tag.grammemes]
    return any({"Geox", "Orgn"} & p.tag.grammemes for p in parses) and not _personal(parses)


def _common(word: str) -> bool:
    """A dictionary noun or adjective that is no one's name: "Дворце", "Независимости"."""
    parses = _parses(word)
    return _analyser().word_is_known(word.lower()) and not _personal(parses) and parses[0].tag.POS in _COMMON


def _agrees(adjective: str, noun: str) -> bool:
    """The capitalised word is, more likely than a name, an adjective that agrees with the lower-case noun after
    it: "Приморского края", "Астраханской области" (a region's, an institution's name, not a surname)."""
    if not noun or not noun[:1].islower() or not _WORD.fullmatch(noun):
        return False
    parses = _parses(adjective)
    readings = _parses(noun)
    if sum(p.score for p in readings if p.tag.POS == "NOUN") < _NOUN_SHARE:
        return False  # "Жапаровым и …": a conjunction (the letter "и" is a noun of every case only rarely)
    nouns = [p.tag for p in readings if p.tag.POS == "NOUN"]
    agreeing = sum(p.score for p in parses if p.tag.POS == "ADJF" and any(_agree(p.tag, n) for n in nouns))
    return agreeing > _personal(parses)


def _agree(adjective: OpencorporaTag, noun: OpencorporaTag) -> bool:
    """Same case and number, and in the singular the same gender."""
    same_gender = noun.number == "plur" or adjective.gender == noun.gender
    return adjective.case == noun.case and adjective.number == noun.number and same_gender


@lru_cache(maxsize=16384)
def words_before_name(tokens: tuple[str, ...], following: str) -> int:
    """How many words open a capitalised run before a person's name, as the dictionary reads them: places
    ("Хабаровске Валерием Сахно", "Чечни Рамзан Кадыров"); `len(tokens)` when the run names no one, all its
    words being common nouns and adjectives ("Дворце Независимости") or its last an adjective of the
    lower-case noun after it ("Приморского края"); and a possessor's surname in the genitive, and what stands before
    it, when a given name and a surname follow (`_possessor`: "Иванова Михаилом Кравцовым")."""
    words = [t.rstrip(".") for t in tokens]
    if not all(_WORD.fullmatch(w) for w in words):
        return 0
    if _agrees(words[-1], following) or all(_common(w) for w in words):
        return len(words)
    first = 0
    while first < len(words) - 1 and (
        (_place(words[first]) and _complement_case(words[first])) or _abbreviation(words[first])
    ):
        first += 1
    # "спецпосланником Иванова Михаилом Кравцовым", "президента Норландии Сергея Иванова Михаил Кравцов": whose envoy,
    # then the envoy's name, a given name and a surname at least
    owner = next((at for at in range(first, len(words) - _HOLDER_WORDS) if _possessor(words[at], words[at + 1])), None)
    return first if owner is None else owner + 1


def _possessor(word: str, given: str) -> bool:
    """The surname is another person's, in the genitive after the title it completes, and the given name after it
    opens the holder's name: the dictionary reads `word` as a surname in an oblique case and `given` as a first name,
    and no reading of the two agrees in case and gender, as the words of one person's name do ("Иванова Михаилом",
    "Громова Дмитрий"; not "Мироненко Александр", "Иванова Ивана")."""
    surnames = {(p.tag.case, _gender(p)) for p in _parses(word) if "Surn" in p.tag.grammemes and p.tag.number == "sing"}
    names = {(p.tag.case, _gender(p)) for p in _parses(given) if "Name" in p.tag.grammemes and p.tag.number == "sing"}
    if not surnames or not names or not _analyser().word_is_known(given.lower()):
        return False
    if not {case for case, _gender in surnames} & set(_OBLIQUE):
        return False
    return not any(
        case == name_case and gender in (name_gender, _COMMON_GENDER)
        for case, gender in surnames
        for name_case, name_gender in names
    )


def _gender(parse: Parse) -> str:
    """The reading's gender, "ms-f" for a surname a man and a woman alike bear."""
    return _COMMON_GENDER if _COMMON_GENDER in parse.tag.grammemes else str(parse.tag.gender)


def _abbreviation(word: str) -> bool:
    """An abbreviation that the dictionary reads as no one's name, whether it knows it or not: a country's or an
    organisation's, which completes the title before a name ("министр иностранных дел КР Руслан Маринов",
    "председатель ОБСЕ …"); a surname in capitals ("ИВАНОВ Иван") has a person's reading."""
    return bool(_ABBREVIATED.match(word)) and not _personal(_parses(word))


def _complement_case(word: str) -> bool:
    """The place can stand before a name as the complement of a title: in the genitive or another oblique case
    ("Чечни", "Хабаровске"), or not declining ("США", "КНР"); a city's name in the nominative alone does not
    ("Ван" in "Ван И" is a surname before a given name)."""
    return any(
        "Fixd" in p.tag.grammemes or p.tag.case not in ("nomn", "accs")
        for p in _parses(word)
        if {"Geox", "Orgn"} & p.tag.grammemes
    )
