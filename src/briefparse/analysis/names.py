"""Person names and the role phrases next to them, found by capitalisation and the language's role lists.

Every function reads `(text, start, end, language, …)`: offsets into the document's text, the language whose
compiled patterns (`lang/compiled.py`) it runs. What a document needs once is kept by `Analysis`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterator, Sequence
from functools import cache, lru_cache
from itertools import dropwhile, pairwise, product
from typing import NamedTuple

from briefparse import kept_patterns
from briefparse.given_names import is_given_name
from briefparse.lang.base import Language, alternation
from briefparse.lang.compiled import NamePatterns, compiled, event_key, is_role_plural
from briefparse.lang.letters import DIGRAPH_INITIAL, LOWER, UPPER, VOWELS, fold, script, stems
from briefparse.lazy_regex import NOTHING, lazy_compile, remembered
from briefparse.places import lookup, place_kind, places

_MAX_GAP_WORDS = 10
_TITLED_PAIR_WORDS = 4  # the fewest words of two titled names side by side: "Premierminister Kowal Präsident Brandt"
#: the most letters of a preposition before a relative pronoun ("de quien", "avec qui")
_PREPOSITION_LETTERS = 4
_MAX_GENITIVE_WORDS = 8  # words between a role noun and another of its complement ("du Conseil des")
_MIN_ACRONYM, _MAX_ACRONYM = 2, 5  # letters of a body's initials written in capitals ("СГ", "ОДКБ")
_INITIALISM = re.compile(r"(?<!\w)(?:[^\W\d_]\.){2,}")  # "a.i.", "p.i.": an abbreviation of single letters
_ROLE_LINK_REACH = 3  # words before an article joined to a role link ("ministre français des") where the role is
_ARTICLE_REACH = 30  # characters before a role noun where its article, maybe then an adjective, is looked for
_LIST_REACH = 400  # characters before a name where the plural role of a list it belongs to is looked for
#: a role closed by a comma before its holder may name a long portfolio ("le ministre des Affaires étrangères, de la
#: Coopération africaine et des … à l'étranger, X")
_MAX_CLOSED_GAP_WORDS = 20
_PLACE_WORD = lazy_compile(r"[^\W\d_][\w'’-]*")  # a word of a place's name ("Santo", "Tomé-et-")
_PLACE_WORDS = 3  # words either side of a capitalised role word where the place it may be a word of is looked for
_WORD_REACH = 40  # the most letters of a word before a name, its title ("Ministerpräsidentin")
_ROLE_NOUN_CHARS = 40  # enough of the text to hold a role noun that opens it
_LEAD_CHARS = 12  # the start of an apposition, where a joining word would begin the next item of a list
_NAME_REACH = 80  # characters before a comma where a name in apposition is looked for
#: characters before a listed name where its own title is looked for: a long one ("the Ambassador Extraordinary and
#: Plenipotentiary of the Republic of X to Y, Z, …")
_ITEM_TITLE_REACH = 160
_DETERMINER_REACH = 60
_TOKEN = lazy_compile(r"\S+")
#: a word written against the next one: a letter or a capital before a capitalised word ("PoutineSon")
_GLUED = lazy_compile(rf"([{UPPER}][\w'’-]*?[{UPPER}{LOWER}])([{UPPER}][{LOWER}]+)")
_GLUED_CAPITALS = 3  # capitals at least of a word in capitals that a kicker glued to the next line writes
_ARTICLE_REACH = 40  # characters back to an article, past two adjectives
_ADJECTIVE_NOUN_NAME = 4  # an adjective, its noun, then a name of two words at least
_GENITIVE_STEM_LETTERS = 3  # the shortest name whose genitive is told from a word ("Aus" is no "Au"'s)
_SHOUTED_NAME_WORDS = (2, 5)  # words, at least and at most, of a full name written in capitals in apposition
#: the last end of a sentence before a role noun: a word of two small letters or more, its stop and a space ("…in
#: Accra. The envoy"); not "U.S. Secretary" nor "Rt. Hon."
_SENTENCE_BREAK = lazy_compile(rf"(?:[{LOWER}]{{2}}[.!?]|\n)(?:[^\S\n]+|$)(?!.*(?:[{LOWER}]{{2}}[.!?]|\n))", re.S)
_PLAIN_WORD = lazy_compile(r"[\w'’-]+")
#: an organisation's name in guillemets inside a role: "председателя правления АО «Самрук-Казына» X"
_GUILLEMETED_NAME = lazy_compile(r"«[^«»\n]{1,40}»")
# the word in small letters, after one space, that ends a subject's apposition in capitals: its verb ("a reçu")
_VERB_AFTER = lazy_compile(rf"[^\S\n][{LOWER}]")
#: ", Industry and Investment Promotion": two items of a portfolio in capitalised words, a joining word between
_PORTFOLIO_ITEMS = lazy_compile(
    rf",[^\S\n]+(?P<first>[{UPPER}][\w'’-]*(?:[^\S\n]+[{UPPER}][\w'’-]*){{0,2}})(?P<join>[^\S\n]+\w+[^\S\n]+)"
    rf"(?P<last>[{UPPER}][\w'’-]*(?:[^\S\n]+[{UPPER}][\w'’-]*){{0,2}})"
)
_ROLE_TAIL = lazy_compile(r"[^,.;:!?()\n«»\"“”]{0,80}?(?=\s*(?:[,.;:!?()\n«»\"“”]|$))")
#: the words after a role noun that its complement may take, punctuation or no
#: a comma and the one or two words after it
_JOINED_REACH = 12  # room for "and" and a link before a name: " et de ", " and of "
_JOINED_NAME_REACH = 60  # room for a given name and a surname after it
_COMMA_WORDS = lazy_compile(r",[^\S\n]+([^\W\d_]+)(?:[^\S\n]+([^\W\d_]+))?")
#: an elided word that ends a stretch, a clitic of the verb that follows it ("s’", "n’", "qu'")
ELIDED_CAPITAL = lazy_compile(rf"\w[’'][{UPPER}]")  # an elided article against a capital: "l’Intérieur"
_ELIDED_WORD_AT_END = lazy_compile(r"(?<=\s)[^\W\d_]{1,3}['’]$")
_ROLE_RUN = lazy_compile(r"[^,.;:!?()\n«»\"“”]{0,80}")
#: lower-case words before a role noun ("neuer" in "X, neuer Bundesaußenminister, und Y")
_LOWER_WORDS_AT_END = lazy_compile(rf"(?:[^\S\n]+[{LOWER}][\w-]*){{1,2}}$")
_INITIAL = lazy_compile(r"[A-Z]\.")
_ADJECTIVE_AFTER = lazy_compile(r"[^\S\n]+([^\W\d_]+)")  # the word after a role noun, which may be a nationality
_PLACE_AND_NAME = 3
#: the words at least of a name after the last word of a portfolio's name that ends on a common noun ("X Y")
_NAME_AFTER_THING = 2
#: words back from a post's preposition to its role noun, over its capitalised complement ("embajador de Rusia en",
#: "Consul General of the Federal Democratic Republic of Ethiopia in")
_POST_COMPLEMENT_REACH = 8
#: initials alone, two or more ("S.M.", "S.E", "U.S."): an abbreviated title or a country, never a name's last word
_ABBREVIATION = lazy_compile(r"(?:[A-Z]\.){1,}[A-Z]\.?")  # a place's word and a name of two words at least
#: a day's number right before a run, maybe with its dot or a linking word ("5 de", "5.", "5th of")
_CLAUSE_STOP = lazy_compile(r"[\n.;:!?]")
_CAPITALISED_PAIR = lazy_compile(rf"(?<!\w)(?=([{UPPER}][{LOWER}]+)[^\S\n]+([{UPPER}][{LOWER}]+))")
#: letters after a name's comma, another comma after them: ", C.G.H.,", ", MP,"
_POST_NOMINAL = lazy_compile(r"[^\S\n]*,[^\S\n]*((?:[A-Z]\.){2,}|[A-Z][A-Za-z]{1,4})(?=[^\S\n]*,)")
_SPACED_WORD = lazy_compile(r"[^\S\n]+(\w+)")  # the next word on the line, after spaces only
_OFFICE_STOP = lazy_compile(r"[\n.;:!?,()]")  # where a second office after a name ends at the latest
_DAY_BEFORE = lazy_compile(r"\d(?:\.|st|nd|rd|th)?\s+(?:\w{1,3}\s+)?$")
#: initials written against the surname: "С.В.Лаврова"
_GLUED_INITIALS = lazy_compile(rf"(?:[{UPPER}]{DIGRAPH_INITIAL}?\.)+(?=[{UPPER}][{LOWER}])")  # "Ts.Sukhbaatar" too
#: the longest syllable a romanised name writes in lower case after a hyphen ("Ban Ki-moon", "Kim Jae-myeong")
_MAX_SYLLABLE = 6
_VERB_STEM = 6  # letters before a verb form's ending, at least, in a word that opens a sentence ("Welcom|ing")
#: where a sentence opens: the text's start, a line's, or after a full stop and spaces
_SENTENCE_OPENS = lazy_compile(r"(?:^|\n|[.!?][\"”»]?)[^\S\n]*$")
#: a comma, then a name, maybe after a lower-case word or two: what holds the office before it (", X", ", general X")
HOLDER_AFTER = lazy_compile(rf",[^\S\n]*(?:[{LOWER}]+[^\S\n]+){{0,2}}[{UPPER}]")
_ITEM_JOINT = lazy_compile(rf",|\s[{LOWER}]+\s")  # a comma or a joining word between the items of an office
_NAME_WORDS = 2  # capitalised words of a holder's name, at least
#: items of an office kept apart by commas, at least, before a run between commas that is one more item
_LISTED_ITEMS = 2
_COPULA_REACH = 12  # characters before a name where the copula that predicates a role of it is looked for
_COPULA_WORDS = 4  # the most words of a copula phrase after a name ("est officiellement devenu"), and one more
_COMPOUND_TAIL = 5  # letters of the shortest body's noun that may close a compound ("kreis", not "land")
_BODY_LEAD_WORDS = 4  # a link, an article and adjectives, at most, between an office's noun and its body
_OFFICE_REACH = 120  # characters before a run where the role noun of an office it goes on with is looked for
_PORTFOLIO_NAME_WORDS = 3  # a portfolio's last noun, a given name and a surname, at least
_MAX_PLACE_WORDS = 3  # the longest place looked for at the head of a name ("Papouasie Nouvelle Guinée")
_WORD_AT_END = lazy_compile(r"[^\W\d_]+$")
#: the capitalised words after an abbreviation's dot, a place's name it may open ("St. | Petersburg")
_PLACE_WORDS_AFTER = lazy_compile(rf"\.(?:[^\S\n]*[{UPPER}][\w'’-]*){{1,{_MAX_PLACE_WORDS}}}")
_ABBREVIATION_REACH = 12  # characters before a dot where the abbreviation it closes is looked for
_MAX_TERRITORY_WORDS = 3  # the longest country or region name looked for around a word of a run
_AFTER_RUN_REACH = 30  # the text after a run where a country's name it opens may go on ("… de Sao Tome et Principe")
_BIG_CITY = 1_000_000
_PREFIX_REACH = 60  # characters before a role noun where its nationality or organisation words are looked for
_PREFIX_WORDS = 3  # the words before a role noun that its prefix may end with a capitalised one of
_AWARD_REACH = 80  # characters before a name where the award or the site it names is looked for
#: characters before a run, or before a capitalised gathering's word, where the link of a role to a body's name is
#: looked for ("del ", "de la Conférence")
_LINK_REACH = 8
_NAMING_ADJECTIVES = 3  # the most adjectives before a gathering's noun that name it ("Петербургского международного
# экономического форума")
_ELIDED_PREFIX = lazy_compile(r"[^\W\d_]['’]")  # an elided article against its word: "l’"
_PLACE_WORD_REACH = 30  # characters before a word where the first word of the place it ends is looked for
_OPENING_QUOTES = "«„‹"  # not the straight quote: «"X Y", le ministre» quotes a name as often as a title
_CLOSING_QUOTES = "»“›"
_APPOSITION_QUOTES = '"”»'  # a quote that may close a name before its apposition's comma
_FEW_NAME_WORDS = (1, 5)  # words of a run that may hold two people's names written side by side
_HYPHENED = lazy_compile(r"[^\W\d_]+(?:-[^\W\d_]+)+")  # "Frank-Walter", "Kramp-Karrenbauer"
_BRACKETED_WORDS = lazy_compile(r"\([^()\n]{0,30}\)")  # a photo's position after a name: "X (droite)"
_TITLE_SURNAME_RUN = 3  # a sole title closes a name as its surname after two name words at least
_HEADLINE_KINDS = frozenset({"meeting", "phone_call", "visit", "statement"})  # what a headline capitalises


class NameMatch(NamedTuple):
    """A capitalised run that may be a person's name, honorifics and role words already cut off."""

    start: int
    end: int
    tokens: tuple[str, ...]


def _name_tokens(tokens: list[str], patterns: NamePatterns, language: Language) -> tuple[int, int]:
    """Indexes [first, last) of the name inside a capitalised run: the last stretch of tokens that are not
    honorifics, role words, nationality adjectives, country names or common capitalised words. Only that
    stretch is looked at, from the end. Words in capitals open it only after an honorific ("SON EXCELLENCE
    MONSIEUR X Y" heads a letter); else they are a dateline's city ("OTTAWA")."""

    def kept(i: int) -> bool:
        if language.known_given_name and language.known_given_name(tokens[i].rstrip(".,")):
            return True  # a given name whose stem a nationality or a country shares: "Герман" (not "Германии")
        if _weekday_given_name(tokens, i, language):
            return True  # "Domingo Arteaga": a given name a weekday shares, before the rest of the name
        if fold(tokens[i]).rstrip(".,") in settlement_nouns(language):
            return False  # "der Freien Hansestadt Hamburg": a settlement's noun is no word of anyone's name
        if _institution_word(tokens[i], language):
            return False  # "de la Présidence X Y", "Minister in the Presidency X Y": a state body's noun is none either
        honorifics = patterns.honorific_words
        if fold(tokens[i]).rstrip(".,") in patterns.honorific_parts and not _in_honorific(tokens, i, patterns):
            honorifics = patterns.lone_honorific_words  # "Tan Jian", not "Tan Sri X": a name's word
        if _small_letters_of_capital_title(tokens, i, patterns):
            honorifics = honorifics - patterns.capital_honorific_words  # "Sâr Vuthy", not "SAR X"
        if (
            _droppable(tokens[i], patterns, honorifics)
            and not _first_name_month(tokens, i, language)
            and not _month_surname(tokens, i, language)
            and not _one_letter_given_name(tokens, i)
            and not (_initial_before_name(tokens, i) and fold(tokens[i]).rstrip(".") not in honorifics)
        ):
            return False
        if _elided_territory(tokens, i, patterns, language):
            return False  # "Burkina Faso-Côte d'Ivoire": a country's name, hyphened to another's
        if 0 < i < len(tokens) - 1 and _elided_country(tokens[i], patterns, language):
            return False  # "Sultan d'Oman Tarik X": what the title before is of, then the name
        if not stems(tokens[i].rstrip(".,"), patterns.endings) & patterns.territory_words:
            return True  # the usual case: a word of no country's name
        if _saint_surname_at(tokens, i, language):
            return True  # "César San Martín": a surname named after a saint, as places are, after a given name
        if _given_name_before_surname(tokens, i, patterns):
            return True  # "Trinidad Jiménez", "Salvador Sánchez": a given name a country's name shares
        around = max(0, i - _MAX_TERRITORY_WORDS + 1)
        return not _in_territory(tuple(tokens[around : i + _MAX_TERRITORY_WORDS]), i - around, patterns)

    def particle(i: int) -> bool:
        return fold(tokens[i]) in language.name_particles

    last = len(tokens)
    if last > 2 and _elided_country(tokens[-1], patterns, language):
        last -= 1  # "Sabah Fedel d'Algérie": the country the person is of closes the run, not the name
    while last > 3 and not kept(last - 1) and particle(last - 2) and _institution_word(tokens[last - 1], language):
        cut = last - 2
        while cut > 2 and particle(cut - 1):
            cut -= 1
        if not (kept(cut - 1) and kept(cut - 2)):
            break
        last = cut  # "Marc Tellier de la République guinéenne": what the person is of follows the particles
    # an honorific a particle joins may end a name: "Sidi Ould Cheikh"
    joined_end = last >= 3 and fold(tokens[last - 1]).rstrip(".,") in patterns.honorific_words and particle(last - 2)
    ends_name = kept(last - 1) or (joined_end and kept(last - 3)) or _sole_title_surname(tokens, last, language, kept)
    if not (ends_name or _word_surname(tokens, last, patterns, language, kept)) and not (
        _linked_word_surname(tuple(tokens), last, language)
    ):
        return 0, 0  # a name ends its run; "Grand National Assembly" is an institution
    first = last - 1

    def patronymic(i: int) -> bool:
        return 0 <= i < last and fold(tokens[i]) in language.patronymic_particles

    def joined(i: int) -> bool:  # a particle, or an honorific a particle joins inside a name ("Mohamed Ould Cheikh X")
        honorific = fold(tokens[i]).rstrip(".,") in patterns.honorific_words
        titled = _droppable(tokens[i], patterns, patterns.honorific_words)
        return (
            particle(i)
            or (honorific and i > 1 and particle(i - 1) and kept(i - 2))
            # a title's words between father's and family name, or before "bin": "Saleh bin Amir X", "Sultan bin Y",
            # "X bin Dato Paduka Haji Y"
            or (titled and (after_patronymic(i) or patronymic(i + 1)))
            # a title of those who go by one name, between two words of a name: "Hossein Amir Abdollahian"; not
            # before a name with a father's ("National Guard Prince X bin Y"), whose title it is
            or (
                fold(tokens[i]).rstrip(".,") in compiled(language).names.sole_title_words
                and i > 0
                and kept(i - 1)
                and not any(patronymic(j) for j in range(i + 1, last))
            )
            # an honorific of one word written out between two words of a name, as a given name or a father's
            # title ("Hassan Sheikh X", "Abang Johari Tun Y")
            or (honorific and fold(tokens[i]) in patterns.lone_honorific_words - patterns.address_words and named(i))
        )

    def after_patronymic(i: int) -> bool:  # only title words between "bin" (after a name's word) and tokens[i]
        j = i - 1
        while j > 1 and _droppable(tokens[j], patterns, patterns.honorific_words):
            j -= 1
        return j > 0 and patronymic(j) and kept(j - 1)

    def named(i: int) -> bool:
        # a name's words end right before tokens[i]: a given name the register lists, or two words a title opens
        # ("Minister Abang Johari"); not a body's name ("National Guard Prince X", "Antiquities Prince Y"), nor a
        # place's ("Negeri Sarawak Tun X")
        if not (i > 0 and tokens[i - 1][:1].isupper() and not tokens[i - 1].isupper() and kept(i - 1)):
            return False
        return is_given_name(tokens[i - 1]) or (i > 2 and kept(i - 2) and not kept(i - 3))

    def plural_inside(i: int) -> bool:  # "María Reyes Maroto": a role in the plural titles no one, between names
        word = fold(tokens[i]).rstrip(".,")
        plural = is_role_plural(word, patterns.role_words, patterns.plural_endings) and word not in patterns.role_words
        return plural and i > 0 and kept(i - 1)

    while first > 0 and (joined(first - 1) or kept(first - 1) or plural_inside(first - 1)):
        if particle(first - 1) and _noun_of_named(tokens, first, last, language):
            break  # "Der frühe Tod von Paul Sommer": a noun's complement, the person's whole name after "von"
        initials = _acronym(tokens[first - 1], language) and not _addressed(tokens, first - 1, patterns)
        if initials and not tokens[first].isupper():
            break  # "госсекретарь СГ Дмитрий X", "US President": a body's initials, before a name written otherwise
        first -= 1
    if first > 0 and _given_name_title(tokens, first, last, language):
        first -= 1  # "Cheikh Tidiane X": the title is a given name, of a name without a father's or a house's
    if (
        last - first == 1
        and first > 0
        and language.nominative_name is None
        and fold(tokens[first - 1].rstrip(".,")) in patterns.territories
        and not _droppable(tokens[first - 1], patterns, patterns.honorific_words)
        and not _GLUED_INITIALS.match(tokens[first])  # "Mongolia D.Tsogtbaatar": a full name already
    ):
        first -= 1  # a country's name as a first name before a surname: "Mauricio Macri", "Chad Miller"
    addressed = _addressed_from(tokens, first, patterns, language)
    first = addressed if addressed is not None else first
    honoured = first > 0 and fold(tokens[first - 1]).rstrip(".,") in patterns.honorific_words
    while first < last and (
        (
            fold(tokens[first]) in language.name_particles
            and (addressed is None or tokens[first].islower())
            and not _capital_particle_of_two(tokens, first, last, language)
            and not _capital_particle_opening(tokens, first, last, language)
        )
        or (not honoured and (_is_shouted(tokens[first]) or (last - first > 2 and _is_acronym(tokens[first]))))
    ):
        first += 1
    if first < last and any(fold(tokens[first]).startswith(fold(p)) for p in language.elided_particles):
        return last, last  # "Royaume d'Arabie Saoudite", "Ambassadeur d'Australie": no name opens on "d'"
    return first, last


@lru_cache(maxsize=8)
def settlement_nouns(language: Language) -> frozenset[str]:
    """The language's one-word nouns of a settlement ("Hansestadt", "Gemeinde", "capital"), folded: alone, none names
    a place, and none is a word of anyone's name."""
    return frozenset(fold(noun) for noun in language.settlement_words if " " not in noun)


def _sole_title_surname(tokens: list[str], last: int, language: Language, kept: Callable[[int], bool]) -> bool:
    """tokens[last - 1], the title of those who go by one name ("Rey", "Reina", "King"), is the surname of the two
    name words right before it: such a title stands before the name it titles ("el rey Felipe"), so after a name of
    two words in small letters it is the name's own ("Sofía Lagos Rey", "Eduardo Enrique Reina"). After one word, that
    word must be a given name the register lists, with no name word before it ("el canciller Enrique Reina")."""
    word = tokens[last - 1].rstrip(".,")
    if not (
        last >= 2
        and word[:1].isupper()
        and word[1:].islower()
        and fold(word) in compiled(language).names.sole_title_words
    ):
        return False
    if last >= _TITLE_SURNAME_RUN and all(kept(i) and not tokens[i].isupper() for i in (last - 2, last - 3)):
        return True
    given = tokens[last - 2]
    return (
        not given.isupper()
        and _plain_given_name(given, language)
        and (last == 2 or not kept(last - 3))
    )


def _word_surname(
    tokens: list[str], last: int, patterns: NamePatterns, language: Language, kept: Callable[[int], bool]
) -> bool:
    """tokens[last - 1], an office's word ("Alcalde", "Kaiser", "Duque"), is the surname of the given names the
    register lists right before it: "Luisa María Alcalde", "Peter Kaiser", "Iván Duque". Every word of the name before
    it must be a given name, so that a title after a full name stays apart ("Paul Marin Minister" is no surname), and
    the word must be a role as written, in the singular or the plural ("Maximiliano Reyes", as "María Reyes Maroto"
    holds it inside), not a compound or a common word ("Victoria Station"). A country's name so placed ("Guillermo
    Montenegro") is left out: the held briefs lost a role by it."""
    if last < 2 or not _surname_shaped(tokens[last - 1], patterns):
        return False
    given = last - 1
    while given > 0 and kept(given - 1) and _plain_given_name(tokens[given - 1], language):
        given -= 1
    return given < last - 1 and not (given > 0 and kept(given - 1))


def _linked_word_surname(tokens: tuple[str, ...], last: int, language: Language) -> bool:
    """tokens[last - 1], a common word or a building's ("Torre", "Puerto", "Iglesia"), is a surname joined by its
    particles in small letters to the given names the register lists before them, from the run's start: "Ana de la
    Torre", "Juan del Puerto" (a site's name opens on its noun: "Torre de Tagle")."""
    word = tokens[last - 1].rstrip(".,") if last else ""
    if not (word.isalpha() and word[:1].isupper() and word[1:].islower()):
        return False
    linked = last - 1
    while linked > 0 and tokens[linked - 1].islower() and fold(tokens[linked - 1]) in language.name_particles:
        linked -= 1
    if linked == last - 1 or linked == 0:
        return False
    return all(_plain_given_name(t, language) for t in tokens[:linked])


def _saint_surname_at(tokens: list[str], i: int, language: Language) -> bool:
    """tokens[i] is a word of a given name, a saint's title and the word after it ("César San Martín", "Rosa Santa
    Cruz"): a surname named after a saint, as places are, with a given name before it ("San Martín" alone, or after
    "de", is the place)."""
    saints = _saint_words(language)
    for given in range(max(0, i - 2), min(i, len(tokens) - 3) + 1):
        if (
            fold(tokens[given + 1]).rstrip(".") in saints
            and tokens[given + 2][:1].isupper()
            and _plain_given_name(tokens[given].rstrip(".,"), language)
        ):
            return True
    return False


def _noun_of_named(tokens: list[str], first: int, last: int, language: Language) -> bool:
    """Where nouns are capitalised, the words after a particle are a whole name, a given name and a surname, not a
    house's ("Tod von Paul Sommer", "Besuch von Anna Marin"): the particle links a noun to the person it is of, no
    word before it is the person's (unlike "Clara von der Heide", "Otto von Brandau")."""
    if not language.capitalised_nouns or fold(tokens[first - 1]) in language.patronymic_particles:
        return False
    return last - first >= 2 and is_given_name(tokens[first].rstrip(".,")) and tokens[first + 1][:1].isupper()


def _plain_given_name(token: str, language: Language) -> bool:
    """A given name the register lists, written whole: not closing a sentence or an initial ("Mohamed.\nPresidential"),
    nor a month's or a weekday's name, which a date puts before a title ("1. November Bürgermeister")."""
    return is_given_name(token) and token.lower() not in language.months and not _weekday(token, language)


def _surname_shaped(token: str, patterns: NamePatterns) -> bool:
    """A capitalised word of letters that a role word is as written ("Alcalde", "Kaiser"), not an honorific
    ("Sheikh") nor a word of another kind ("Station", "Tuesday")."""
    word = token.rstrip(".,")
    if not (word.isalpha() and word[:1].isupper() and word[1:].islower()):
        return False
    key = fold(word)
    if key in patterns.honorific_words or key in patterns.not_names:
        return False
    return key in patterns.role_words or is_role_plural(key, patterns.role_words, patterns.plural_endings)


def _given_name_before_surname(tokens: list[str], i: int, patterns: NamePatterns) -> bool:
    """tokens[i], a word of a country's name, is a given name the register lists before a word of no country's
    name that is no given name, the surname: "Trinidad Jiménez", "Salvador Sánchez Cerén" (not "Jordan Valley",
    whose second word is common, nor "Georgia Emmanuel X", where a place opens a name)."""
    if i + 1 >= len(tokens) or not is_given_name(tokens[i].rstrip(".,")):
        return False
    following = tokens[i + 1].rstrip(".,")
    return (
        following[:1].isupper()
        and not is_given_name(following)
        and not _droppable(following, patterns, patterns.honorific_words)
        and not stems(following, patterns.endings) & patterns.territory_words
    )


def _weekday_given_name(tokens: list[str], i: int, language: Language) -> bool:
    """tokens[i] is a weekday the register lists as a given name, before another capitalised word of the run
    ("Domingo Arteaga"): a weekday opens no run of names."""
    word = tokens[i].rstrip(".,")
    return i + 1 < len(tokens) and _weekday(word, language) and is_given_name(word) and tokens[i + 1][:1].isupper()


def _addressed_from(tokens: list[str], first: int, patterns: NamePatterns, language: Language) -> int | None:
    """Where the name begins when an honorific of plain address stands before it, maybe with particles and titles
    between ("M. El Moctar X", "M. Cheikh Tidiane X", "Mr. Sheikh Y"): right after the address, for no one is called
    "M." before a title, which there is a given name; a particle in lower case still opens no name ("M. de X"), nor
    does a title cut short with its dot or to its consonants, which no given name is ("Sr. Dr. X", "M. Dr Y").
    None when no address stands there."""
    begin = first
    while begin > 1 and (
        (fold(tokens[begin - 1]) in language.name_particles and not tokens[begin - 1].islower())
        or (
            fold(tokens[begin - 1]).rstrip(".,") in patterns.honorific_words - patterns.address_words
            and not tokens[begin - 1].endswith(".")
            and not VOWELS.isdisjoint(fold(tokens[begin - 1]))
        )
    ):
        begin -= 1
    if begin > 0 and fold(tokens[begin - 1]).rstrip(".,") in patterns.address_words:
        return begin
    return None


def _before_article(text: str, floor: int, end: int, language: Language) -> int:
    """Where a role closed by a comma ends when an article opens the honorific after it ("représentant de l'OMS,
    le Dr X", "attaché de défense, le colonel Y"): before the article, which is the honorific's."""
    tail = text[floor:end].rstrip()
    words = tail.split()
    if len(words) < 2 or fold(words[-1]) not in _articles(language):
        return end
    before = tail[: len(tail) - len(words[-1])].rstrip()
    return floor + len(before) if before.endswith(",") else end


def _given_name_title(tokens: list[str], first: int, last: int, language: Language) -> bool:
    """The word before the name is a capitalised honorific that is also a given name (`Language.given_name_titles`),
    and the name holds two words or more and no particle ("Cheikh Tidiane X", not "Cheikh Tamim ben Hamad Al-Thani",
    whose title it is), or a particle of a father's name among whose bearers the title is a given name
    (`Language.given_name_title_fathers`)."""
    word = tokens[first - 1].rstrip(".,")
    if last - first < 2 or word not in language.given_name_titles:
        return False
    folded = [fold(t).split("-")[0] for t in tokens[first:last]]
    if any(part in language.given_name_title_fathers for part in folded):
        return True  # "Cheikh Al Afia Ould X": a given name where a father's name is so joined
    particles = language.name_particles | language.patronymic_particles
    return not any(part in particles for part in folded)


def _addressed(tokens: list[str], i: int, patterns: NamePatterns) -> bool:
    """An honorific of plain address stands right before the word ("M. KOFFI Kouadio", "Mme TOURE Awa"): a surname
    in capitals written before the given names, for no one calls a body's initials "M."."""
    return i > 0 and fold(tokens[i - 1]).rstrip(".,") in patterns.address_words


def _one_letter_given_name(tokens: list[str], i: int) -> bool:
    """A name's last word of one letter after a word in lower case or capitalised: "Ван И", "Ramírez de la O"
    (not "И. Иванов", whose initial opens it, nor a capitalised conjunction, which no run ends on)."""
    word = tokens[i].rstrip(".,")
    return 0 < i == len(tokens) - 1 and len(word) == 1 and word.isupper() and not tokens[i - 1].isupper()


def _initial_before_name(tokens: list[str], i: int) -> bool:
    """A capital letter and its dot before another word of the run: an initial ("В. Д. X", "А. И. Y"), though the
    letter alone is a common word ("в", "а", "и"); an honorific so written ("M. X") is the caller's to tell."""
    return i < len(tokens) - 1 and len(tokens[i]) == 2 and tokens[i][0].isupper() and tokens[i][1] == "."


def _capital_particle_of_two(tokens: list[str], first: int, last: int, language: Language) -> bool:
    """A particle written with a capital opens a name of two words, whose first word it is: "Ван Вэньбинь" (the
    Chinese surname, not the Dutch "van"), "Ван И"; not an article, which opens a place's name ("Los Pinos")."""
    return last - first == 2 and tokens[first][:1].isupper() and fold(tokens[first]) not in _articles(language)


def _capital_particle_opening(tokens: list[str], first: int, last: int, language: Language) -> bool:
    """A particle written with a capital opens a name of three words or more, as Arabic names open on their article
    ("Al Afia Ould X", "El Mustafa X"); not an article, a determiner or a role's link ("Le", "Der", "De"), which
    open a sentence or a place's name. A link with a capital, then an article in lower case, opens a surname
    written without the given name ("el canciller De la Fuente", "De los Santos dijo"): a place's name or a
    phrase would capitalise what follows the link, or write it in lower case."""
    word = fold(tokens[first])
    if not (last - first >= 3 and tokens[first][:1].isupper()):
        return False
    if word in _role_links(language) and tokens[first + 1].islower():
        return fold(tokens[first + 1]) in _articles(language) and fold(tokens[first + 1]) in language.name_particles
    return word not in _articles(language) and word not in _determiners(language) and word not in _role_links(language)


def _honorific_at(tokens: list[str], i: int, patterns: NamePatterns) -> bool:
    """tokens[i] is an honorific where it stands: a title of one word, or a word of a title of several words inside
    that whole title ("Sri" of "Dato' Sri", not of "Sri Lankan")."""
    word = fold(tokens[i]).rstrip(".,")
    return word in patterns.lone_honorific_words or (
        word in patterns.honorific_parts and _in_honorific(tokens, i, patterns)
    )


def _in_honorific(tokens: list[str], i: int, patterns: NamePatterns) -> bool:
    """tokens[i] stands inside a whole title of several words ("Tan Sri", "Son Excellence", "Right Honourable")."""
    word = fold(tokens[i]).rstrip(".,")
    folded = tuple(fold(t).rstrip(".,") for t in tokens)
    return any(
        part == word and i >= j and folded[i - j : i - j + len(phrase)] == phrase
        for phrase in patterns.honorific_phrases
        for j, part in enumerate(phrase)
    )


def _first_name_month(tokens: list[str], i: int, language: Language) -> bool:
    """A month's name before another word of a name is a first name ("Julio Mendoza", "August Hanning"); a date's
    month is told by the day before it (see `_name_in_run`)."""
    return i < len(tokens) - 1 and tokens[i].lower() in language.months and tokens[i][:1].isupper()


def _month_surname(tokens: list[str], i: int, language: Language) -> bool:
    """A month's name after a given name the register knows, or after an initial, is a surname ("Jorge L. Mayo",
    "Luis Mayo"); a date's month follows a day, never a given name."""
    if i == 0 or tokens[i].lower().rstrip(".,") not in language.months or not tokens[i][:1].isupper():
        return False
    before = tokens[i - 1].rstrip(",")
    return bool(_INITIAL.fullmatch(before)) or is_given_name(before)


def _elided_territory(tokens: list[str], i: int, patterns: NamePatterns, language: Language) -> bool:
    """tokens[i] opens on an elided particle and ends a country's name with the word before it, or with that word's
    last part after a hyphen ("Côte d'Ivoire" in "Burkina Faso-Côte d'Ivoire")."""
    word = fold(tokens[i]).rstrip(".,")
    if i == 0 or not any(word.startswith(fold(p)) for p in language.elided_particles):
        return False
    return f"{fold(tokens[i - 1]).rsplit('-', 1)[-1]} {word}" in patterns.territories


def _institution_word(token: str, language: Language) -> bool:
    """The word names a kind of state body ("République", "Ministère"): what a person before it, with a particle
    between, is of ("X de la République guinéenne"); a body's own name goes on otherwise ("Radio Andina del Sur")."""
    word = fold(token).rstrip(".,;:")
    return any(word == fold(institution) for institution in language.institution_words)


def _elided_country(token: str, patterns: NamePatterns, language: Language) -> bool:
    """The word is an elided particle glued to a country's name ("d'Algérie", "d’Irlande"): what the person named
    before it is of ("Sabah Fedel d'Algérie avec résidence à …"); a family name's particle names no country
    ("Giscard d'Estaing")."""
    word = fold(token).rstrip(".,;:")
    return any(
        word.startswith(particle) and word[len(particle) :] in patterns.territories
        for particle in map(fold, language.elided_particles)
    )


@lru_cache(maxsize=16384)
def _in_territory(tokens: tuple[str, ...], i: int, patterns: NamePatterns) -> bool:
    """Whether tokens[i] is part of a country's or a region's name of up to three words, in any case form;
    `tokens` are the words around it (a name that holds it lies within them)."""
    forms = [stems(t.rstrip(".,"), patterns.endings) for t in tokens]
    for size in range(_MAX_TERRITORY_WORDS, 0, -1):
        for j in range(max(0, i - size + 1), min(i, len(tokens) - size) + 1):
            if any(" ".join(c) in patterns.territories for c in product(*forms[j : j + size])):
                return True
    return False


def _acronym(token: str, language: Language) -> bool:
    """A word of two to five capital letters and nothing else ("СГ", "МИД", "UE"): a body's initials; of three at
    least where the press writes a person's initials without stops ("AK Abdul Momen")."""
    word = token.rstrip(".,")
    shortest = _MIN_ACRONYM + 1 if language.undotted_initials else _MIN_ACRONYM
    return shortest <= len(word) <= _MAX_ACRONYM and word.isalpha() and word.isupper()


@lru_cache(maxsize=16384)
def _droppable(token: str, patterns: NamePatterns, honorific_words: frozenset[str]) -> bool:
    """A word that cannot be part of a name: honorific, role, nationality, possessive, common capitalised word."""
    key = fold(token).rstrip(".,")
    elided, _apostrophe, word = key.partition("'")
    if word and elided + "'" in patterns.elisions:
        key = word  # "L'ambassadeur X": the word after the elided article
    if key.endswith("'s") or key in honorific_words:
        return True
    if any(c.isdigit() for c in key):
        return True  # no one's name holds a figure: "G20-Treffen", "Covid-19"
    pieces = [p for p in token.rstrip(".,").replace("‐", "-").split("-") if p]
    if len(pieces) > 1 and pieces[-1][:1].islower() and len(pieces[-1]) > _MAX_SYLLABLE:
        return True  # a compound adjective: "Corona-bedingten"; a name's lower-case part is a syllable ("Ki-moon")
    parts = [p for p in key.replace("‐", "-").split("-") if p]
    if len(parts) > 1 and _is_role_word(parts[-1], patterns):
        return True  # a role of an organisation: "FPÖ-Vizekanzler", "UN-Generalsekretär"
    return all(_is_common_word(p, patterns) for p in parts)


def _small_letters_of_capital_title(tokens: list[str], i: int, patterns: NamePatterns) -> bool:
    """tokens[i], a word the language's titles hold only in capitals ("SAR", "SEM"), written in small letters
    before a single word: a name's first word ("Sâr Vuthy"), not a title leaving a lone surname (a title before a
    full name stays one: "Sem X Y")."""
    word = tokens[i].rstrip(".,")
    return fold(word) in patterns.capital_honorific_words and not word.isupper() and len(tokens) - i == 2


def _is_common_word(part: str, patterns: NamePatterns) -> bool:
    """A common capitalised word or a role word, in any case form; with compounding, a word ending in a role."""
    forms = stems(part, patterns.endings)
    if forms & patterns.not_names or forms & patterns.role_words:
        return True
    if is_role_plural(part, patterns.role_words, patterns.plural_endings):
        return True  # a role in the plural ("Heads", "Ministres", "Líderes")
    if is_given_name(part[:1].upper() + part[1:]):
        return False  # a given name the register lists is no compound, though it ends like one ("Wilfried": "Frieden")
    return any(end is not None and any(end.search(f) for f in forms) for end in (patterns.role_end, patterns.noun_end))


def _is_role_word(part: str, patterns: NamePatterns) -> bool:
    """A role word in any case form; with compounding, a word ending in one ("vizekanzler")."""
    forms = stems(part, patterns.endings)
    return bool(forms & patterns.role_words) or (
        patterns.role_end is not None and any(patterns.role_end.search(f) for f in forms)
    )


def _is_shouted(token: str) -> bool:
    """An all-capitals word such as a dateline city ("OTTAWA"), not an initial or a roman numeral."""
    letters = token.strip(".,")
    return len(letters) > 3 and letters.isupper()


def _is_acronym(token: str) -> bool:
    """A party's or a body's acronym of three capitals ("AKP", "PTI") that opens a run of two more words: no one's
    first name, which an initial of one or two letters may be ("KP Sharma Oli")."""
    letters = token.rstrip(".,")
    return len(letters) == 3 and letters.isupper() and letters.isalpha()


def find_names(text: str, start: int, end: int, language: Language) -> list[NameMatch]:
    """Capitalised runs in text[start:end] that remain after cutting honorifics and role words."""
    patterns = compiled(language).names
    out = []
    for match in patterns.name_run.finditer(text, start, end):
        glued = _glued_word(match, language)
        if glued is not None:  # "Vladimir PoutineSon avion", "ENTRETIENDepuis Brégançon": two lines run together
            out += find_names(text, match.start(), glued[0], language) + find_names(text, glued[1], end, language)
            break
        run = match.group(0)
        if " " not in run and _droppable(run.rstrip(","), patterns, patterns.honorific_words):
            continue  # one common word ("Le", "The", "Minister"): the usual case, decided at once
        shouted = _shouted_apposition(text, match, patterns, language)
        if shouted:
            out.append(shouted)
            continue
        after = text[match.end() : min(end, match.end() + _AFTER_RUN_REACH)]
        apart = [
            part
            for tokens in _owners_apart(list(_TOKEN.finditer(run)), text, match.start(), patterns, language)
            for part in _runs_apart(tokens, patterns, language, after)
        ]
        for pieces in (
            one for part in apart for one in _names_written_apart(part, text, match.start(), patterns, language)
        ):
            found = _name_in_run(text, start, match.start(), pieces, patterns, language)
            if found:
                out.append(found)
    return out


def _declined_adjective_then_noun(tokens: list[str], last: int, patterns: NamePatterns, language: Language) -> bool:
    """A run after an article that opens on an adjective written with a capital, as a body's name writes it, and
    declined (`Language.place_adjective_endings`), then its noun, then a given name the register knows: "des
    Hessischen Landtags Norbert X", "des Auswärtigen Ausschusses Anna Y". Both words are the body's, not the
    name's; a given name first or second ("der Grünen Anna Y", "des Vorsitzenden Amir X") is no such pair, nor a role
    word second, which the run's role words account for."""
    if last < _ADJECTIVE_NOUN_NAME or not language.place_adjective_endings:
        return False
    adjective, noun, given = (t.rstrip(".,") for t in tokens[:3])
    return (
        fold(adjective).endswith(tuple(language.place_adjective_endings))
        and adjective[1:].islower()
        and noun[:1].isupper()
        and not is_given_name(adjective)
        and not (is_given_name(noun) or _is_role_word(fold(noun), patterns))
        and is_given_name(given)
    )


def _glued_word(run: re.Match[str], language: Language) -> tuple[int, int] | None:
    """Where a word of the run is two written together with no space, as a line run into the next one ("Vladimir
    PoutineSon avion", "ENTRETIENDepuis Brégançon", "Thorsten SchmittDen Anschlag"): the end of the first and the end
    of the second, when the second is one of the language's `stopwords` opening a sentence, or the first a word in
    capitals (a kicker) and the second a capitalised word; None when no word is."""
    if _GLUED.search(run.group(0)) is None:
        return None  # the usual run: no capital after a letter inside any of its words
    for token in _TOKEN.finditer(run.group(0)):
        joined = _GLUED.fullmatch(token.group(0).rstrip(".,;:"))
        if joined is None:
            continue
        head, tail = joined.group(1), joined.group(2)
        shouted = head.isupper() and len(head) >= _GLUED_CAPITALS
        if shouted or (not head.isupper() and fold(tail) in language.stopwords):
            at = run.start() + token.start()
            return at + len(head), at + len(head) + len(tail)
    return None


def _owners_apart(
    pieces: list[re.Match[str]], text: str, run_start: int, patterns: NamePatterns, language: Language
) -> list[list[re.Match[str]]]:
    """A run cut after a name's genitive that owns the noun after it ("Auch Korhonens Freundin", "Korhonens
    Schwiegersohn X Y"): the words before it, then those after it, the owner left out; the run whole when none
    does, or when the noun is a role ("Larins Berater X Y": the owner is the role's own, read with it)."""
    at = next(
        (
            i
            for i in range(len(pieces) - 1)
            if _genitive_of_name(pieces[i].group(0), text, language)
            and not _is_role_word(pieces[i + 1].group(0).rstrip(","), patterns)
            and not _after_article(text, run_start + pieces[i].start(), language)
        ),
        None,
    )
    if at is None:
        return [pieces]
    return [part for part in (pieces[:at], pieces[at + 1 :]) if part]


def _after_owner(text: str, lead_in: int, run_start: int, language: Language) -> bool:
    """The word right before the run is a name's genitive (`_genitive_of_name`), which opens a noun as an article
    does: the run's first word is what it owns ("Korhonens Schwiegersohn Pekka Laine")."""
    if not language.name_genitive_endings or not text[run_start - 1 : run_start].isspace():
        return False  # a language with no such genitive, or a run glued to what is before it: told at once
    before = text[lead_in:run_start]
    words = before.split()
    if not words or not before[-1:].isspace():
        return False
    if _after_article(text, lead_in + len(before.rstrip()) - len(words[-1]), language):
        return False  # "des Landtags Norbert X": a noun's genitive after its article, which no name's takes
    return _genitive_of_name(words[-1], text, language)


def _after_article(text: str, at: int, language: Language) -> bool:
    """The word that starts at `at` follows an article, maybe past adjectives written with a capital and
    declined (`Language.place_adjective_endings`): "des Landtags", "des Hessischen Landtags". A name's genitive
    takes no article ("Gaucks Freundin"), so such a word is a noun's."""
    articles = _articles(language) | {fold(w) for w in language.indefinite_articles}
    endings = tuple(language.place_adjective_endings)
    for word in reversed(text[max(0, at - _ARTICLE_REACH) : at].split()):
        if fold(word) in articles:
            return True
        if not (endings and word[:1].isupper() and word[1:].islower() and fold(word).endswith(endings)):
            return False
    return False


def _genitive_of_name(word: str, text: str, language: Language) -> bool:
    """`word` is a name's genitive before the noun it owns (`Language.name_genitive_endings`: "Gaucks Freundin"):
    no given name, and the name without the ending stands elsewhere in `text` as a word of its own."""
    ending = next((e for e in language.name_genitive_endings if word.endswith(e)), None)
    if ending is None or not word[:1].isupper() or not word.isalpha() or is_given_name(word):
        return False
    stem = word[: -len(ending)]
    if len(stem) < _GENITIVE_STEM_LETTERS or _is_common_word(fold(word), compiled(language).names):
        return False  # "des luxemburgischen Aussenministers X Y": a role's genitive, no name's
    at = text.find(stem)
    while at >= 0:
        end = at + len(stem)
        alone_after = end == len(text) or not (text[end].isalnum() or text[end] == "-")
        if (at == 0 or not text[at - 1].isalnum()) and alone_after:
            return True
        at = text.find(stem, end)
    return False


def _shouted_apposition(text: str, run: re.Match[str], patterns: NamePatterns, language: Language) -> NameMatch | None:
    """A full name written in capitals in apposition, between a comma and a comma, a full stop or the verb of the
    subject it names ("el Presidente de la República, LUIS QUISPE MAMANI, recibió …", "Le Président du Conseil,
    Général X, JEAN DUVAL a reçu …"): the name, when its words, written as a name is, are one whole (not a country's
    or an office's words, nor a dateline's city, which no comma precedes)."""
    if not run.group(0)[:2].isupper() or " " not in run.group(0):
        return None  # the usual run, in title case or of one word: told at once
    words: list[str] = []
    end = run.start()
    for token in _TOKEN.finditer(run.group(0)):  # up to the comma or the full stop that closes the apposition
        words.append(token.group(0).rstrip(".,;"))
        end = run.start() + token.start() + len(words[-1])
        if token.group(0)[-1] in ".,;":
            break
    if not (_SHOUTED_NAME_WORDS[0] <= len(words) <= _SHOUTED_NAME_WORDS[1]):
        return None
    if not all(w.isupper() and w.replace("-", "").isalpha() and len(w) > 1 for w in words):
        return None
    closed = text[end : end + 1] in (",", ".", ";") or _VERB_AFTER.match(text, end) is not None
    if not closed or not _apposition_opens(text, max(0, run.start() - _DETERMINER_REACH), run.start(), language):
        return None
    written = " ".join("-".join(part.capitalize() for part in w.split("-")) for w in words)
    shape = _run_shape(written, patterns, language)
    if shape is None or shape[0] or (shape[2], shape[3]) != (0, len(words)) or any(shape[4]):
        return None
    return NameMatch(run.start(), end, tuple(words))


def _runs_apart(
    pieces: list[re.Match[str]], patterns: NamePatterns, language: Language, after: str
) -> list[list[re.Match[str]]]:
    """A run cut where a particle in lower case, a preposition too, stands between a name and a title: "Tillich von
    König Willem-Alexander" holds two people ("wird Tillich von König Willem-Alexander empfangen"); "von der Leyen"
    and "Sidi Ould Cheikh Mahmoudi" (a capitalised particle is the name's own), "Saleh bin Amir X" (a father's name
    after "bin") stay whole. A run is cut, too, where its alphabet changes, and at an
    article that no particle leads ("Abspielen der Nationalhymnen" is a noun and its complement; "von der Leyen", "de
    la Fuente" keep theirs). A run of one word, the most frequent, has nothing to cut. `after` is the text that
    follows the run, where the name of a country after a particle may go on (see `_of_a_country`)."""
    if len(pieces) == 1:
        return [pieces]
    parts, begin = [], 0
    particles = language.name_particles
    for i in range(1, len(pieces) - 1):
        word, following = pieces[i].group(0).rstrip(","), pieces[i + 1].group(0).rstrip(",")
        if not word[:1].islower() or fold(word) not in language.name_particles:
            continue
        previous = fold(pieces[i - 1].group(0).rstrip(","))
        if previous not in language.name_particles and _of_a_country(pieces, i, patterns, language, after):
            parts.append(pieces[begin:i])
            if _droppable(pieces[i - 1].group(0).rstrip(","), patterns, patterns.honorific_words):
                # "Président de la République M. X Y": the office's country, then the holder's name after it
                begin = next((j for j in range(i, len(pieces)) if fold(pieces[j].group(0)) not in particles), i)
                continue
            # "X Y de la République du Valdor", "X Y du Royaume de Norlandie": the country the person is of, no part
            # of the name
            begin = len(pieces)
            break
        article = fold(word) in _articles(language) and previous not in language.name_particles
        if article or (
            fold(following) not in language.name_particles
            and fold(word) not in language.patronymic_particles  # "Saleh bin Amir X": a father's name, no title
            and (_is_role_word(fold(following), patterns) or fold(following) in patterns.honorific_words)
            and not _droppable(pieces[i - 1].group(0).rstrip(","), patterns, patterns.honorific_words)
        ):
            parts.append(pieces[begin:i])
            begin = i + 1
        elif _complement_after_surname(pieces, begin, i, language):
            parts.append(pieces[begin:i])  # "Olaf Scholz von der SPD": the party is no part of the name
            begin = len(pieces)
            break
    ended = [one for part in [*parts, pieces[begin:]] if part for one in _sentences_apart(part, patterns, language)]
    alike = [one for part in ended for one in _one_alphabet(part)]
    titled = [one for part in alike for one in _titles_apart(part, patterns, language)]
    return [one for part in titled for one in _two_names(part, language)]


def _place_genitive(word: str, language: Language) -> bool:
    """A known place's name with a case ending ("Sachsens", "Bayerns"): a title's complement before it."""
    return any(
        word.endswith(ending) and len(word) > len(ending) + 2 and lookup(word[: -len(ending)], language.code)
        for ending in language.case_endings
    )


def _titles_apart(pieces: list[re.Match[str]], patterns: NamePatterns, language: Language) -> list[list[re.Match[str]]]:
    """The run cut before a title that follows a full name and comes before another name, where two titled names
    stand side by side, as subject and object in a language whose nouns take capitals ("hat Premierminister Jan
    Kowal Ministerpräsident Lutz Brandt getroffen", "Polens Premierminister Jan Kowal Sachsens Ministerpräsidenten
    Lutz Brandt"): the first name is a title's, or of two words, and a title in the singular opens the second (not
    "María Reyes Maroto", nor a title of those who go by one name between two words of a name, "Hossein Amir
    Abdollahian")."""
    words = [piece.group(0) for piece in pieces]
    if len(words) < _TITLED_PAIR_WORDS or not language.capitalised_nouns:
        return [pieces]  # a language whose nouns take no capitals sets two titled names apart with a word or a comma

    def kept(i: int) -> bool:
        return not _droppable(words[i], patterns, patterns.honorific_words) and fold(words[i]) not in (
            language.name_particles
        )

    def title(i: int) -> bool:
        word = fold(words[i]).rstrip(".,")
        singular = not is_role_plural(word, patterns.role_words, patterns.plural_endings) or word in patterns.role_words
        return (
            singular
            and words[i][:1].isupper()
            and word not in language.name_particles
            and _is_role_word(word, patterns)
            and word not in patterns.honorific_words
            and word not in compiled(language).names.sole_title_words
        )

    for at in range(2, len(words) - 1):
        if not (kept(at - 1) and title(at)) or words[at - 1].endswith("."):
            continue
        if at > 2 and _place_genitive(words[at - 1].rstrip(","), language):
            at -= 1  # "… Jan Kowal Sachsens Ministerpräsidenten Lutz Brandt": the place opens the second title
        opened = at - 1
        while opened > 0 and kept(opened - 1):
            opened -= 1
        titled_first = opened > 0 or at - opened >= 2  # "Premierminister Kowal", "Jan Kowal"
        after = at + 1
        while after < len(words) and not kept(after):
            after += 1
        if titled_first and after < len(words):
            return [pieces[:at], *_titles_apart(pieces[at:], patterns, language)]
    return [pieces]


def _complement_after_surname(pieces: list[re.Match[str]], begin: int, particle: int, language: Language) -> bool:
    """Where particles only follow given names (`Language.particles_follow_given_names`), a particle after a given
    name and a surname links what the person is of ("Olaf Scholz von der SPD", "Alexander Van der Bellen vom
    Kärntner Regierungskollegium"), not a second family name; a foreign particle that is no word of the language
    ("Luís Pequito de Almeida Sampaio") still joins two surnames."""
    if not language.particles_follow_given_names or fold(pieces[particle].group(0)) not in language.role_links:
        return False
    words = [p.group(0).rstrip(",") for p in pieces[begin:particle]]
    return (
        len(words) >= 2
        and fold(words[-1]) not in language.name_particles
        and not _plain_given_name(words[-1], language)
        and any(_plain_given_name(w, language) for w in words[:-1])
    )


def _of_a_country(
    pieces: list[re.Match[str]], particle: int, patterns: NamePatterns, language: Language, after: str
) -> bool:
    """What follows the particle at `particle` is the country a person is of: it opens with a common word of
    countries' names ("de la République …"; not "Armées" of "Chef Suprême des Armées", no country's word, nor "Costa"
    of "da Costa Pereira", no common word), or the run ends on the whole name of a country or a region ("… du
    Royaume de Norlandie"; not "Costa" of "Lobo da Costa"), its words after the particle are one ("de la Guinée
    Equatoriale", "du Burkina Faso"), or they are with the words in small letters the run stopped at ("de Sao Tome
    et Principe", "de Côte d'ivoire"; `after` is the text that follows the run)."""
    words = list(
        dropwhile(lambda w: fold(w) in language.name_particles, (p.group(0).rstrip(",") for p in pieces[particle:]))
    )
    following = words[0] if words else ""
    forms = stems(fold(following), patterns.endings)
    if forms & patterns.not_names and stems(following, patterns.endings) & patterns.territory_words:
        return True
    last = pieces[-1].group(0).rstrip(".,")
    if any(form in patterns.territories for form in stems(last, patterns.endings)):
        return True
    if not 1 <= len(words) <= _MAX_TERRITORY_WORDS:
        return False
    more = after.split()[: _MAX_TERRITORY_WORDS - 1] if after[:1].isspace() else []
    return any(
        place_kind(" ".join([*words, *more[:n]]).rstrip(".,;:"), language.code) == "country"
        for n in range(0 if len(words) > 1 else 1, len(more) + 1)
    )


def _sentences_apart(
    pieces: list[re.Match[str]], patterns: NamePatterns, language: Language
) -> list[list[re.Match[str]]]:
    """The run cut after a word whose full stop ends a sentence inside a quotation, which the sentence splitter keeps
    whole ("«… con el ministro X Y. Revisamos …»": "Revisamos" opens the next sentence, no part of the name). The
    word ends in two small letters, as a sentence's last word does, and is no abbreviation or honorific ("Sra.",
    "Mons."), whose stop leads on to the name."""
    parts, begin = [], 0
    for i, piece in enumerate(pieces[:-1]):
        word = piece.group(0)
        if word.endswith(".") and _ends_sentence(word[:-1], patterns, language):
            parts.append(pieces[begin : i + 1])
            begin = i + 1
    return [*parts, pieces[begin:]] if parts else [pieces]


def _ends_sentence(word: str, patterns: NamePatterns, language: Language) -> bool:
    """A word before a full stop that closes a sentence: letters (a hyphened surname's too) ending in two small ones,
    no abbreviation."""
    return (
        word.replace("-", "").replace("‐", "").isalpha()
        and word[-2:].islower()
        and word.lower() not in language.abbreviations
        and fold(word) not in patterns.honorific_words
    )


def _two_names(pieces: list[re.Match[str]], language: Language) -> list[list[re.Match[str]]]:
    """The run cut where the language's dictionary reads a second name after a first in another case ("Сергеем
    Лавровым | Мухриддин")."""
    if language.second_name_at is None or len(pieces) < 3:
        return [pieces]
    at = language.second_name_at(tuple(p.group(0) for p in pieces))
    return [pieces[:at], pieces[at:]] if at else [pieces]


def _names_written_apart(
    pieces: list[re.Match[str]], text: str, base: int, patterns: NamePatterns, language: Language
) -> list[list[re.Match[str]]]:
    """The run cut between two people whose surnames the text also writes apart, each closing a name there
    ("dankte Bürgermeister Paolo Bianchi Michael Merle": "Bianchi" and "Merle" each end a name elsewhere; "wird
    Bundespräsident X Erdogan empfangen": "X" and "Erdogan" too). A name of three words ("Anna Maria Weller") is
    kept whole: its middle word closes no name elsewhere, and so is a run holding a common word ("Pacific Islands
    Forum": a thing's name). Languages whose dictionary cuts runs by case do it there; a language whose nouns take no
    capitals sets two people apart with a word or a comma, and a run there is one name, however the text shortens it
    elsewhere ("Carlos Mba Esono Nchama", then "Mba Esono"; "S Jaishankar")."""
    if (
        language.second_name_at is not None
        or not language.capitalised_nouns
        or not _FEW_NAME_WORDS[0] < len(pieces) <= _FEW_NAME_WORDS[1]
    ):
        return [pieces]
    if any(stems(fold(p.group(0)), patterns.endings) & patterns.not_names for p in pieces):
        return [pieces]
    run_start, run_end = base + pieces[0].start(), base + pieces[-1].end()
    words = [p.group(0) for p in pieces]
    if any(not w[:1].isupper() or (not w.isalpha() and not _HYPHENED.fullmatch(w)) for w in words):
        return [pieces]
    last = words[-1]
    for at in range(len(words) - 1, 0, -1):
        closing = words[at - 1]
        if fold(closing) in language.name_particles or fold(words[at]) in language.name_particles:
            continue
        if _closes_name_elsewhere(text, closing, run_start, run_end, words[at]) and _closes_name_elsewhere(
            text, last, run_start, run_end, "", closing
        ):
            return [pieces[:at], pieces[at:]]
    return [pieces]


def _closes_name_elsewhere(
    text: str, word: str, run_start: int, run_end: int, not_before: str, not_after: str = ""
) -> bool:
    """`word` stands elsewhere in the text as the last word of a name: a capitalised word (a given name, a title)
    before it, none after it, and neither the word that follows it in the run nor (for a second name) the first
    name's surname beside it."""
    for at in _whole_word_at(text, word):
        if run_start <= at < run_end:
            continue
        after = text[at + len(word) : at + len(word) + 40]
        if re.match(rf"[^\S\n]+[{UPPER}]", after) and not re.match(r"[^\S\n]*[,.;:!?()\n]", after):
            continue
        if not_before and after.lstrip().startswith(not_before):
            continue
        if not re.search(rf"[{UPPER}][\w.-]*[^\S\n]+$", text[max(0, at - 40) : at]):
            continue  # "Armin laschet" on a line of its own: a typo, no name closed
        if not_after and text[max(0, at - len(not_after) - 1) : at].strip() == not_after:
            continue
        return True
    return False


def _whole_word_at(text: str, word: str) -> Iterator[int]:
    """Where `word` stands in `text` as a whole word (no letter, digit, "_" or "-" on either side); found by `str.find`,
    since a pattern per word would be compiled for every run tried."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if not _word_joined(text[at - 1 : at]) and not _word_joined(text[end : end + 1]):
            yield at
        at = text.find(word, at + 1)


def _word_joined(char: str) -> bool:
    """A character that would join a word beside it (what `[\\w-]` matches)."""
    return bool(char) and (char.isalnum() or char in "_-")


def _one_alphabet(pieces: list[re.Match[str]]) -> list[list[re.Match[str]]]:
    """The run cut where its alphabet changes: one person's name is written in one ("Trend Ильгару Гусейнову" is an
    agency's name, then a man's)."""
    parts, begin = [], 0
    for i in range(1, len(pieces)):
        if script(pieces[i - 1].group(0)) != script(pieces[i].group(0)):
            parts.append(pieces[begin:i])
            begin = i
    return [*parts, pieces[begin:]]


def _given_name_after_title(tokens: list[str], first: int, patterns: NamePatterns, language: Language) -> bool:
    """The word before the name is both a title ("Amir") and a given name the register knows, and a title of the
    language's own stands right before it ("Foreign Minister Amir Karim Sadat"): two titles do not follow each
    other, so it opens the name; not after a country's adjective ("Qatari Emir Tamir X") nor before an honorific."""
    word, at = tokens[first - 1], first - 2
    while at > 0 and fold(tokens[at]).rstrip(".,") in patterns.honorific_words:
        at -= 1  # "Foreign Minister Mawlawi Amir Karim Sadat": the title before the honorific
    title = fold(tokens[at]).rstrip(".,")
    roles = _one_word_roles(language)
    return (
        is_given_name(word)
        and fold(word) in roles
        and title in roles
        and fold(tokens[first]) not in patterns.honorific_words
    )


def _given_name_after_office(text: str, word_start: int, word: str, language: Language) -> bool:
    """The word is both a title ("Amir") and a given name the register knows, and the clause before it ends with an
    office's whole name, a role noun and its portfolio ("Minister of Foreign Affairs Amir Khan X", "the Minister of
    Commerce, Amir Hossein Y"): an office is not followed by a second title, so the word opens the name."""
    if not (is_given_name(word) and fold(word) in _one_word_roles(language)):
        return False
    floor = max(0, word_start - _OFFICE_REACH)
    stops = list(_CLAUSE_STOP.finditer(text, floor, word_start))
    floor = stops[-1].end() if stops else floor
    before = text[floor:word_start]
    nouns = list(compiled(language).names.role_noun.finditer(before.lower()))
    return bool(nouns) and _office_tail(language).fullmatch(before, nouns[-1].end()) is not None


#: how far before a given name an office's whole name may begin
_OFFICE_REACH = 100


@cache
def _office_tail(language: Language) -> re.Pattern[str]:
    """From a role noun's end to a name: the office's portfolio, capitalised words and role links, then maybe a
    comma (" of Foreign Affairs ", " for Commerce and Industry, ")."""
    link = alternation((*language.role_links, *language.list_joiners)) if language.role_links else NOTHING
    return lazy_compile(rf"(?:[^\S\n]+(?:(?:{link})(?!\w)|[{UPPER}][\w'’-]*))*[^\S\n]*,?[^\S\n]*")


@cache
def _one_word_roles(language: Language) -> frozenset[str]:
    """The language's titles of one word, folded (no nationality among them)."""
    return frozenset(fold(r) for r in language.roles if " " not in r)


def _name_in_run(
    text: str, start: int, base: int, pieces: list[re.Match[str]], patterns: NamePatterns, language: Language
) -> NameMatch | None:
    """The name in a capitalised run whose words are `pieces` (offsets from `base`), or None."""
    run_start, run_end = base + pieces[0].start(), base + pieces[-1].end()
    shape = _run_shape(text[run_start:run_end], patterns, language)
    if shape is None or _quoted(text, run_start, run_end):
        return None  # «Аргументы Недели», "Blue Horizon": the title of an outlet, a work or an operation
    skip, tokens, first, last, facilities = shape
    pieces = pieces[skip:]
    if 1 < first < last and _given_name_after_title(tokens, first, patterns, language):
        first -= 1  # "Foreign Minister Amir Karim Sadat": a title's word that is the given name after a whole title
    elif 0 < first < last and _given_name_after_office(
        text, base + pieces[first - 1].start(), tokens[first - 1], language
    ):
        first -= 1  # "Minister of Foreign Affairs Amir Khan X": the given name after an office's whole name
    lead_in = max(0, run_start - _DETERMINER_REACH)
    if first == 0 and patterns.no_name_lead_in and patterns.no_name_lead_in.search(text, lead_in, run_start):
        first = _name_past_post_city(text[lead_in:run_start], tokens, last, patterns, language)
        if first is None:
            return None  # "towards a Strengthened Heart of Asia Region", "in Santo Domingo": no one
    if first == 0 and patterns.eponym_lead_in and patterns.eponym_lead_in.search(text, lead_in, run_start):
        return None  # "в аэропорту имени Степана Громова": the site's namesake, no one of the story
    if first == 1 and patterns.no_name_lead_in and patterns.no_name_lead_in.match(f"{tokens[0]} "):
        return None  # the run opens a sentence on that word: "A Technical Team designated by …", "In Santo Domingo"
    if 0 < first < last and _governed_by_article(text, lead_in, run_start, tokens[:first], patterns, language):
        return None  # "discussed the Ghana Beyond Aid agenda": an article before a place opens a thing's title
    if first == 0 and (
        (patterns.after_determiner is not None and patterns.after_determiner.search(text, lead_in, run_start))
        or _after_owner(text, lead_in, run_start, language)  # "Korhonens Schwiegersohn X Y": the owner as an article
    ):
        first = 1  # "der Ernennung von Heiko Maas": a noun, then maybe a particle
        while first < last and fold(tokens[first]) in language.name_particles:
            first += 1
    elif 0 < first < last and fold(tokens[first - 1]) in patterns.noun_openers:
        first += 1  # "Im Mittelpunkt der Beratungen", "Ihrer Landsleute": a noun after an article
        while first < last and fold(tokens[first]) in language.name_particles:
            first += 1
    if (
        first < 2
        and _declined_adjective_then_noun(tokens, last, patterns, language)
        and patterns.after_determiner is not None
        and patterns.after_determiner.search(text, lead_in, run_start)
    ):
        first = 2  # "des Hessischen Landtags Norbert X": the capitalised adjective, then the noun it qualifies
    linked_noun = first + 2 < last and fold(tokens[first + 1]) in language.name_particles
    if linked_noun and _derived_noun(tokens[first], language):
        first += 2  # "Einladung von X Y", "Teilnahme von X Y": a noun and its link, then the name
    if first < last and tokens[first].lower() in language.months and _DAY_BEFORE.search(text, lead_in, run_start):
        first += 1  # "el 5 de Julio Mendoza …", "am 5. August Merkel …": the date's month
    if _apposition_opens(text, lead_in, run_start, language) and first <= 1 and last - first >= 2:
        # "…, Santiago Peña Palacios", "…, Mauricio Vila Dosal": an apposition opens on its name, whose given name
        # a city or a country may share
        first = 0 if first and not _droppable(tokens[0], patterns, patterns.honorific_words) else first
        if _names_country(tokens[first:last], language):
            return None  # "de Noruega, Costa de Marfil y …": an item of a list of countries, no one's name
    else:
        before = tokens[first - 1] if first else (text[lead_in:run_start].split() or [""])[-1]
        links = _name_lead_links(language)
        linked = fold(before).rstrip(".,") in links
        first = _after_place(tokens, first, last, language, linked)
        if linked and first <= last - 3 and _ends_place_named(text, tokens[first], language):
            first += 1  # "le président du Faso X Y Z" where the text writes "Burkina Faso": the place, then the name
        if first == 0 and last >= 3 and _closes_place_before(text[lead_in:run_start], tokens[0], language):
            first = 1  # "Prime Minister of Trinidad and | Tobago X Y": the place's last word, then the name
    title = tokens[first - 1] if first else (text[lead_in:run_start].split() or [""])[-1]
    if first <= last - 3 and _region_after_title(text, title, tokens, first, patterns, language):
        first += 1  # "Chief Minister Punjab X Y", "Gouverneur Pendjab X Y": the title's province, then the name
    elif 0 < first == last - 1 and _region_after_title(text, title, tokens, first, patterns, language, alone=True):
        return None  # "Governor Sindh said …": the title's province with no name after it, no one
    first = _past_unit(tokens, first, last, text[lead_in:run_start], language)
    if _portfolio_noun_before_name(text, start, run_start, tokens, first, last, patterns, language):
        first += 1  # "Bundesministerin für Bildung und Forschung Anna X": the portfolio's last noun, then the name
    if first == 0 and last >= _PLACE_AND_NAME and _place_word_before(text, lead_in, run_start, tokens[0], language):
        first = 1  # "l'ambassadeur turc à Islamabad Babür Girgin": the post's city, then the name
    opens_on_verb = first == 0 and last >= 2 and opening_verb(tokens[0], language)
    if opens_on_verb and _SENTENCE_OPENS.search(text, lead_in, run_start):
        first = 1  # "Congratulating Cho on his inauguration, …": a verb form that opens the sentence
    if language.words_before_name and first < last:
        after = _TOKEN.match(text, base + pieces[last - 1].end() + 1)
        following = after.group(0).strip(".,;:!?»\"") if after else ""
        before_name = language.words_before_name(tuple(tokens[first:last]), following)
        if not (
            before_name == last - first == 1 and _titled_surname(text, lead_in, run_start, tokens, first, language)
        ) and not (
            0 < before_name < last - first
            and _declined_together(text, tokens[first + before_name - 1], tokens[first + before_name], patterns)
        ):
            first += before_name
    if last - first == 2 and fold(tokens[first]).rstrip(".") in _saint_words(language):
        return None  # "St Vincent", "Saint Lucia": a place named after a saint, not a person
    holder = _holder_after_body_at(text, start, base, pieces, tokens, first, last, facilities, patterns, language)
    if holder is not None:
        first = holder  # "presidente del Tribunal Supremo Marcos X": the body's name completes the role, then the name
    elif any(facilities[first:last]) or (
        0 < first < last
        and facilities[first - 1]
        and not _holder_after_institution(text[run_start:run_end], tokens, first, language)
    ):
        return None  # "Kotoka International Airport", "Stade Modibo Keïta": a site, maybe named after someone
    if last > first and _ABBREVIATION.fullmatch(tokens[last - 1]):
        last -= 1  # "Chambellan de S.M. le Roi": a name ends on no abbreviation of initials, nor on its link
        while last > first and fold(tokens[last - 1]) in language.name_particles:
            last -= 1
    if last - first > 2 and _agency_before_slash(text, base + pieces[last - 1].end(), tokens[last - 1]):
        last -= 1  # "Minister Paul Marin TASS/Anna Kessel": a photo's agency before its photographer, no name's part
    if _surname_then_preposition(tokens, first, last, language):
        last = first + 1  # "Brandhuber empfängt Vellinger zu Gesprächsreihe", "Vellinger von Brandhuber empfangen"
    if first >= last:
        return None
    if 0 < first <= last - 2 and fold(tokens[first - 1]) in _articles(language) and not language.capitalised_nouns:
        return None  # "– Le Rapport National sur …", "The Joint Action Plan": an article opens a thing's title
    begin = base + pieces[first].start()
    award = patterns.award_lead_in
    if award and award.search(text, max(start, begin - _AWARD_REACH), begin):
        return None  # "la Orden Nacional Juan Mora", "the Order of the Star of X": an award, named after someone
    floor = max(start, begin - _AWARD_REACH)
    if _after_facility(text, floor, begin, patterns, language) and not _holder_after_body(
        text, floor, begin, patterns, language
    ):
        return None  # "l'aéroport international Blaise Diagne", "Stade Modibo Keïta": a site named after someone
    finish = base + pieces[last - 1].start() + len(tokens[last - 1])
    kept = tokens[first:last]
    # initials glued to a surname hold a dot: most runs hold none, and each word is then its own
    words = tuple(w for t in kept for w in _unglued(t)) if any("." in t for t in kept) else kept
    if _glued_honorific(kept, words, patterns) or _glued_honorific_before_surname(text, kept, words, patterns):
        begin += len(words[0]) + 1  # "M.Turki Bin Naji": the honorific written against the name, not its initial
        words = words[1:]
    if _is_nationality(words, patterns):
        return None  # "The South African leader": a nationality of more than one word
    # an adjective stands before its noun's last word ("Независимых Государств") or, where adjectives follow
    # nouns, closes the run after a first word ("Consultas Políticas"), or opens it when its noun was a word no name
    # holds ("secretario de Asuntos Estratégicos de la Presidencia"): an institution or a portfolio, no one
    qualified = words[-1:] + words[:1] if language.adjectives_follow_nouns and len(words) > 1 else words[:-1]
    if language.adjective_endings and any(_adjective(w, language) for w in qualified):
        return None
    thing = _last_common_word(words, language)
    if thing is not None:
        after = words[thing + 1 :]
        if words != kept or not _name_after_thing(words[thing], after, patterns):
            return None  # "Protección Civil", "Poder Ejecutivo": an office's or a body's words, no one
        begin = base + pieces[first + thing + 1].start()  # "Minister for Social Movements X Y": the name after the
        words = after  # portfolio's words, "Movements" ending them
    if all(len(w.rstrip(".")) == 1 for w in words):
        return None  # "Филиппин – Ю. М.": initials whose surname the text cut off name no one
    kept_dot = _INITIAL.fullmatch(tokens[last - 1]) or tokens[last - 1] in language.name_suffixes
    if text[finish - 1] == "." and not kept_dot:
        finish -= 1
    return without_possessive(text, NameMatch(begin, finish, words), language)


def without_possessive(text: str, name: NameMatch, language: Language) -> NameMatch:
    """The name less the possessive mark on its last word ("Harris’ visit", "Renner’s call"): the owner is the
    person, the mark no part of the name."""
    last = name.tokens[-1]
    cut = next((len(e) for e in language.possessive_endings if last.endswith(e) and len(last) > len(e)), 0)
    if not cut and last.endswith(language.bare_possessive_endings) and len(last) > 2:
        cut = 1  # the apostrophe alone: "Harris’" -> "Harris"
    if not cut or text[name.end - cut : name.end] != last[-cut:]:
        return name
    return NameMatch(name.start, name.end - cut, (*name.tokens[:-1], last[:-cut]))


def _agency_before_slash(text: str, end: int, token: str) -> bool:
    """The run's last word is an agency's name in capitals glued to a slash and its photographer's name, as a photo's
    credit under its caption ("… Paul Marin TASS/Anna Kessel")."""
    return token.isupper() and len(token) > 1 and text[end : end + 1] == "/"


def _name_past_post_city(
    lead_in: str, tokens: tuple[str, ...], last: int, patterns: NamePatterns, language: Language
) -> int | None:
    """Where a name begins in a run that a word leading to no name opens, when a role noun stands before that word:
    past the city of the holder's post ("the US Ambassador in Dhaka Paul Marin": the post's city, then the name;
    "el embajador de Rusia en Caracas X": the role's own country between); None when the run is no one ("talks in
    Santo Domingo"), or maybe nouns where nouns are capitalised."""
    before = lead_in.split()
    if language.capitalised_nouns or len(before) < 2 or not _role_before_post(before[:-1], patterns, language):
        return None
    first = _after_place(tokens, 0, last, language, linked=True)
    return first if 0 < first <= last - 2 else None


def _role_before_post(before: list[str], patterns: NamePatterns, language: Language) -> bool:
    """The words before the preposition of a post's city end on a role noun ("US Ambassador"), or on a role noun, its
    link and a place the gazetteer knows ("embajador de Rusia", "Ambassador of the Russian Federation"): a name
    between ("Secretary of State X Y in Z") leaves the city's run to no holder."""
    if _is_role_word(fold(before[-1]).strip(".,"), patterns):
        return True
    links, determiners = _role_links(language), _determiners(language)
    for at in range(len(before) - 2, max(0, len(before) - 1 - _POST_COMPLEMENT_REACH), -1):
        if fold(before[at]) not in links:
            continue
        if not _is_role_word(fold(before[at - 1]).strip(".,"), patterns) and before[at - 1][:1].isupper():
            continue  # "Republic of Ghana", "United States of America": a link inside the country's formal name
        complement = list(dropwhile(lambda w: fold(w) in determiners, (w.strip(".,") for w in before[at + 1 :])))
        return (
            _is_role_word(fold(before[at - 1]).strip(".,"), patterns)
            and all(w[:1].isupper() or fold(w) in links | determiners for w in complement)
            and bool(places(" ".join(complement), language.code))
        )
    return False


def _declined_together(text: str, word: str, following: str, patterns: NamePatterns) -> bool:
    """The two words stand together elsewhere in the text in another case, each with another ending ("Багдада
    Амреева", "Багдадом Амреевым"): the first declines with the name, so it is the name's own, not a place that
    completes a title ("главы Чечни Рамзана Кадырова", "глава Чечни Рамзан Кадыров" keep "Чечни" as written)."""
    first, second = stems(word.rstrip(".,"), patterns.endings), stems(following.rstrip(".,"), patterns.endings)
    written = (fold(word.rstrip(".,")), fold(following.rstrip(".,")))
    for pair in _CAPITALISED_PAIR.finditer(text):
        other = (fold(pair.group(1)), fold(pair.group(2)))
        if (
            other[0] != written[0]
            and other[1] != written[1]
            and first & stems(pair.group(1), patterns.endings)
            and second & stems(pair.group(2), patterns.endings)
        ):
            return True
    return False


def _titled_surname(
    text: str, lead_in: int, run_start: int, tokens: tuple[str, ...], at: int, language: Language
) -> bool:
    """The one word at `at` is a surname, though the dictionary reads it as a common noun ("Президент Токаев",
    "токаев" being a plural of "токай"): a role noun or an honorific stands right before it, the text never writes it
    in lower case (as a common noun would be written inside a sentence), it has no ending of an adjective in an
    oblique case ("Делегация Курганской области": a region's) and the gazetteer knows no place of it."""
    patterns = compiled(language).names
    title = (tokens[at - 1] if at else (text[lead_in:run_start].split() or [""])[-1]).rstrip(".,")
    before = fold(title)
    if not (_is_role_word(before, patterns) or before in patterns.honorific_words):
        return False
    word = tokens[at].rstrip(".,")
    declined = language.venue_adjective_endings
    if _adjective(word, language) or (declined and word.lower().endswith(declined)):
        return False
    if re.search(rf"(?<!\w){re.escape(word.lower())}(?!\w)", text):
        return False
    if language.names_title_holder and not language.names_title_holder(title.lower(), word):
        return False  # "директору Агентства международной информации": the title's complement, in another case
    return lookup(word, language.code) is None


@lru_cache(maxsize=16384)
def _run_shape(
    run: str, patterns: NamePatterns, language: Language
) -> tuple[int, tuple[str, ...], int, int, tuple[bool, ...]] | None:
    """What a run's words alone say of it, the same wherever it stands: how many words open it that are no part
    of it (a headline's encounter noun), the words kept (a post-nominal, a weekday, a closing territory and a
    headline's capitalised verb or title cut off), where the name lies among them, [first, last), and which of
    them name a facility or a venue ("Airport", "Stade"); None for a building."""
    kept = [token.rstrip(",") for token in run.split()]
    while len(kept) > 1 and (kept[-1].rstrip(".") in language.post_nominals or _weekday(kept[-1], language)):
        kept.pop()  # "Rebecca Ashworth MP", "President Uhuru Kenyatta Tuesday met …"
    while (cut := _territory_tail(kept, language)) < len(kept):
        del kept[cut:]  # "Königin Máxima der Niederlande", "el rey Felipe de España"
    del kept[min(_headline_verb_tail(kept, language), _title_after_honoured_name(kept, patterns, language)) :]
    # a headline's capitals: "Premier X Y Meets Z", "M. X Y Président de …"
    skip = int(len(kept) > 1 and compiled(language).cues.event_kinds.get(kept[0].lower()) in _HEADLINE_KINDS)
    # a headline's first word: "Entretien X-Y à Lomé", "Rencontre X-Y"; a city's adjective: "auf Salzburger Boden"
    skip = skip or int(len(kept) > 1 and _city_adjective(kept[0], language))
    del kept[:skip]
    linked_surname = _linked_word_surname(tuple(kept), len(kept), language)
    if fold(kept[-1].rstrip(".")) in compiled(language).places.venues and not linked_surname:
        return None  # "Rideau Cottage", "State House": a building
    facilities = tuple(fold(t.rstrip(".")) in patterns.facilities for t in kept)
    if linked_surname:
        facilities = (*facilities[:-1], False)  # "Ana de la Torre", "Juan del Puerto": a surname, not a site
    return skip, tuple(kept), *_name_tokens(kept, patterns, language), facilities


def _city_adjective(token: str, language: Language) -> bool:
    """A city's name made an adjective, where the language writes it with a capital (`Language.city_adjective_endings`:
    "Salzburger", "Grazer"): no part of a name, though it may open a role ("Grazer Bürgermeisterin")."""
    word = token.rstrip(".,")
    return not is_given_name(word) and any(
        word.endswith(ending)
        and len(word) > len(ending) + 2
        and (place := lookup(word[: -len(ending)], language.code)) is not None
        and place.kind == "city"
        for ending in language.city_adjective_endings
    )


@lru_cache(maxsize=16384)
def _is_nationality(words: tuple[str, ...], patterns: NamePatterns) -> bool:
    """The words make a nationality of more than one word ("South African")."""
    return bool(patterns.nationality.fullmatch(fold(" ".join(words))))


def _title_after_honoured_name(tokens: list[str], patterns: NamePatterns, language: Language) -> int:
    """Where a capitalised role begins after an honorific and a name ("Président" in "M. Flavio X Président de
    la Confédération"); `len(tokens)` when the run holds no such role. A title's word after "bin" is a father's
    name ("Dr. Saleh bin Amir X"), a particle the surname's own ("M. Alexander De Croo"). A word only found inside
    a title of several words is one only there: "Sri" of "Dato' Sri" opens "Sri Lankan President X" as a country's
    adjective."""
    honorific = next((i for i in range(len(tokens)) if _honorific_at(tokens, i, patterns)), None)
    if honorific is None:
        return len(tokens)
    named = honorific + 1  # the first word after the honorific that is no title: where the name begins
    while named < len(tokens) and _droppable(tokens[named], patterns, patterns.honorific_words):
        named += 1
    return next(
        (
            i
            for i in range(named + 1, len(tokens))
            if _is_role_word(fold(tokens[i]), patterns)
            and fold(tokens[i - 1]) not in language.patronymic_particles
            and fold(tokens[i]) not in language.name_particles
        ),
        len(tokens),
    )


def _headline_verb_tail(tokens: list[str], language: Language) -> int:
    """Where a meeting, call, visit or statement phrase that a headline writes in capitals begins inside a run,
    after its first word ("Met" in "Zhu Rongji Met", "Hold Talks" in "Abe Hold Talks", "Welcomes" in "Jamaica
    Welcomes Trinidad"); `len(tokens)` when none does."""
    cues = compiled(language).cues
    for i in range(1, len(tokens)):
        if tokens[i].lower() not in cues.headline_verb_openers:
            continue  # the usual case, told at once
        found = cues.event_verbs.match(" ".join(tokens[i:]).lower())
        if found and cues.event_kinds[event_key(found["phrase"])] in _HEADLINE_KINDS:
            return i
    return len(tokens)


def _unglued(token: str) -> tuple[str, ...]:
    """A token's words without their dots, initials written against a surname apart: "С.В.Лаврова" is three."""
    initials = _GLUED_INITIALS.match(token)
    if initials is None:
        return (token.rstrip("."),)
    return (*initials.group(0).rstrip(".").split("."), token[initials.end() :].rstrip("."))


def opening_verb(token: str, language: Language) -> bool:
    """A long word with an ending of a verb form that opens sentences (`Language.opening_verb_endings`): "Welcoming",
    "Congratulating"; a name's syllable is shorter ("Jinping", "Manning")."""
    word = token.rstrip(".,")
    return any(
        word.endswith(end) and len(word) >= len(end) + _VERB_STEM for end in language.opening_verb_endings
    ) and word[1:].islower()


def _adjective(word: str, language: Language) -> bool:
    """A word with an adjective's ending that the dictionary does not read as a given name ("Независимых", not
    "Ульрих")."""
    given = language.known_given_name
    return (
        word.lower().endswith(language.adjective_endings)
        and not (given and given(word))
        and not (language.adjectives_follow_nouns and is_given_name(word))
    )


def _last_common_word(words: Sequence[str], language: Language) -> int | None:
    """Where the last word of a run with a common noun's or adjective's ending stands (`_common_word`: "Movements",
    "Civil"); None when no word has one."""
    if not language.common_word_endings:
        return None
    return next((at for at in reversed(range(len(words))) if _common_word(words[at], language)), None)


def _name_after_thing(thing: str, words: Sequence[str], patterns: NamePatterns) -> bool:
    """The words after a portfolio's last common noun (`thing`) are a name: enough of them (`_NAME_AFTER_THING`),
    none a common or a role word, singular or plural, as a nationality would be ("Organisations Régionales
    Africaines"), and not all plural after a plural noun, as adjectives agreeing with it are ("Organisations
    Régionales Côtières")."""
    agreeing = thing.endswith("s") and all(w.endswith("s") for w in words)
    return (
        len(words) >= _NAME_AFTER_THING
        and not agreeing
        and not any(_is_common_word(w, patterns) or _is_common_word(w.removesuffix("s"), patterns) for w in words)
    )


@lru_cache(maxsize=8192)
def _common_word(word: str, language: Language) -> bool:
    """A word longer than its ending with the ending of a common noun or adjective that no name has, and no given
    name the register knows ("Movilidad", not "Concepción"; `Language.common_word_endings`)."""
    folded = fold(word)
    return (
        any(folded.endswith(e) and len(folded) > len(e) + 2 for e in language.common_word_endings)
        and not is_given_name(word)
    )


def _surname_then_preposition(tokens: list[str], first: int, last: int, language: Language) -> bool:
    """In a language that writes every noun with a capital (`Language.capitalised_nouns`), a run that opens on a
    word no register knows for a given name and goes on with a particle that is also a word of the prose ("von",
    "zu"): a surname, then a preposition and its noun or its agent ("Vellinger zu Gesprächsreihe", "Vellinger von
    Brandhuber empfangen"); a nobiliary particle follows a given name, maybe a double one ("Karl-Otto zu
    Wildenfels")."""
    if not language.capitalised_nouns or last - first < 3:
        return False
    head, particle = tokens[first], tokens[first + 1]
    given = language.known_given_name
    return (
        particle.islower()
        and fold(particle) in language.name_particles
        and fold(particle) in language.stopwords
        and head[:1].isupper()
        and not any(is_given_name(part) or (given is not None and given(part)) for part in (head, *head.split("-")))
    )


def common_word(word: str, language: Language) -> bool:
    """A word the language knows for a common noun or a role word (`Language.not_names`, a compound ending in one,
    `Language.noun_endings`): no one's name."""
    return _is_common_word(word, compiled(language).names) or _derived_noun(word, language)


def _derived_noun(word: str, language: Language) -> bool:
    """A word longer than its ending with the ending of a derived noun that no given name has ("Einladung",
    "Teilnahme"; `Language.noun_endings`)."""
    folded = fold(word)
    return any(folded.endswith(e) and len(folded) > len(e) + 2 for e in language.noun_endings)


def _event_noun(token: str, language: Language) -> bool:
    """A word that names an event on its own ("Встреча", "Meeting"): it opens a sentence before a title in the
    genitive, and is no part of that title."""
    return event_key(token.lower()) in compiled(language).cues.event_kinds


def _glued_honorific(kept: tuple[str, ...], words: tuple[str, ...], patterns: NamePatterns) -> bool:
    """The name's first word holds one letter and a dot written against the next word, and that letter is an
    honorific of the language ("M.Turki Bin Naji Al Ali": Monsieur), before two words at least: an initial glued to
    a surname stands before one ("С.Баяр")."""
    glued = len(words) > len(kept) and _GLUED_INITIALS.match(kept[0])
    return bool(glued) and len(words) >= 3 and len(words[0]) == 1 and fold(words[0]) in patterns.honorific_words


def _glued_honorific_before_surname(
    text: str, kept: tuple[str, ...], words: tuple[str, ...], patterns: NamePatterns
) -> bool:
    """A letter that is an honorific of the language glued to a lone surname ("M.Kayouh"), which the text writes
    elsewhere after a given name of another initial ("Abdessamad Kayouh"): the letter is the honorific, not that
    person's initial."""
    if len(kept) != 1 or len(words) != 2 or len(words[0]) != 1 or fold(words[0]) not in patterns.honorific_words:
        return False
    surname, at = words[1], text.find(f" {words[1]}")
    while at > 0:
        given = text[text.rfind(" ", 0, at) + 1 : at]
        if len(given) > 1 and given.isalpha() and given[0].isupper() and given[0] != words[0]:
            return True
        at = text.find(f" {surname}", at + 1)
    return False


def _weekday(token: str, language: Language) -> bool:
    """A weekday's name: English puts it right after the subject ("President X Tuesday met …")."""
    return token.lower() in language.weekdays


def _quoted(text: str, start: int, end: int) -> bool:
    """A run that is the whole of a quotation in typographic quotes: « X Y », „X Y“."""
    before = text[max(0, start - 2) : start].rstrip()
    if not before or before[-1] not in _OPENING_QUOTES:
        return False
    after = text[end : end + 2].lstrip()
    return bool(after) and after[0] in _CLOSING_QUOTES


def _after_facility(text: str, floor: int, begin: int, patterns: NamePatterns, language: Language) -> bool:
    """A facility's noun right before a name, with at most an adjective or capitalised words between that are
    neither roles nor little words: the name is the facility's ("aéroport international Blaise Diagne")."""
    lead_in = patterns.facility_lead_in.search(text, floor, begin) if patterns.facility_lead_in else None
    if lead_in is None:
        return False
    between = [w for w in lead_in.group(0).split()[1:] if fold(w) not in _facility_links(language)]
    return not any(fold(w) in language.stopwords or _is_role_word(fold(w), patterns) for w in between)


def _holder_after_institution(run: str, tokens: tuple[str, ...], first: int, language: Language) -> bool:
    """The word before the name is a state body's noun (`Language.institution_words`) that ends an office's name,
    and a given name opens the name, or follows its first word, on the same line: the holder ("Director General
    Foreign Ministry X Y"), not a site named after someone, nor a headline's next capitalised words ("Foreign
    Ministry Thanks Circles …")."""
    body = run.find(tokens[first - 1])
    name = run.find(tokens[first], body + len(tokens[first - 1])) if body >= 0 else -1
    same_line = name >= 0 and "\n" not in run[body:name]
    named = any(is_given_name(t.rstrip(".,")) for t in tokens[first : first + 2])  # "Mufti Noor X": a title may open it
    return same_line and named and _institution_word(tokens[first - 1], language)


def _holder_after_body_at(
    text: str,
    start: int,
    base: int,
    pieces: list[re.Match[str]],
    tokens: list[str],
    first: int,
    last: int,
    facilities: tuple[bool, ...],
    patterns: NamePatterns,
    language: Language,
) -> int | None:
    """Where the office holder's name begins in a run that a body's name, completing a role, runs into ("presidente
    del Senado Julián X", "… del Consejo General del Poder Judicial Carlos Y"): at the first given name the register
    knows, after the body's own capitalised words; None when the run is no such holder's."""
    if not (first < last and (first == 0 or any(facilities[:first])) and not any(facilities[first:last])):
        return None
    named_at = base + pieces[first].start()
    if first == 0 and fold((text[max(start, named_at - _LINK_REACH) : named_at].split() or [""])[-1]) not in (
        _role_links(language)
    ):
        return None  # the usual run, after no body's link: told at once
    if not _holder_after_body(text, max(start, named_at - _AWARD_REACH), named_at, patterns, language):
        return None
    return next((i for i in range(first, last - 1) if is_given_name(tokens[i].rstrip(".,"))), None)


def _holder_after_body(text: str, floor: int, begin: int, patterns: NamePatterns, language: Language) -> bool:
    """A body's name right before a name, with no comma, that completes a role and its link ("presidente del Senado
    Julián X", "Presidente del Tribunal Supremo Marcos Y"): the name is the office holder's, which no body's name
    ends as a site's may ("el Estadio Julián X")."""
    lead_in = patterns.body_lead_in.search(text, floor, begin) if patterns.body_lead_in else None
    if lead_in is None:
        return False
    before = [w.strip("(\"«") for w in text[floor : lead_in.start()].split()]
    links = _role_links(language) | _determiners(language)
    if not before or fold(before[-1]) not in links:
        return False  # "el Senado Julián X": no role's link before the body
    joiners = links | {fold(w) for w in language.list_joiners}
    # back over the links, and a joined office's capitalised words: "Presidente del Tribunal Supremo y del …"
    for word in reversed(before):
        if fold(word) in joiners:
            continue
        if _is_role_word(fold(word), patterns):
            return True
        if not word[:1].isupper():
            return False
    return False


@lru_cache(maxsize=8)
def _governed_by_article(
    text: str, lead_in: int, run_start: int, opening: tuple[str, ...], patterns: NamePatterns, language: Language
) -> bool:
    """An article right before a run whose first words, cut off before the name, hold no role and no honorific
    ("the Ghana Beyond Aid agenda"): the article makes the whole run one noun phrase, a thing's title; not "the
    Ghanaian President John X", whose article is the role's."""
    before = text[lead_in:run_start].split()
    if language.capitalised_nouns or not before or fold(before[-1]) not in _determiners(language):
        return False
    if len(before) > 1 and fold(before[-2]) in _role_links(language):
        return False  # "Secretary of Foreign Affairs of the Philippines Teodoro X": the role's own complement
    links = _role_links(language)
    if fold(before[-1]) in links and any(_is_role_word(fold(w), patterns) for w in before[-_ROLE_LINK_REACH:-1]):
        return False  # "le ministre français des Armées X": an article joined to the link, the role's portfolio
    if opening and _institution_word(opening[-1], language):
        return False  # "Director of HH the Amir's Office X": a body's name that completes an office, then its holder
    words = [fold(t).rstrip(".,") for t in opening]
    return not any(_is_role_word(w, patterns) or w in patterns.honorific_words for w in words)


@lru_cache(maxsize=16)
def _role_links(language: Language) -> frozenset[str]:
    """The little words that join a role to its complement ("of", "de", "du"), folded."""
    return frozenset(fold(w) for w in language.role_links)


@lru_cache(maxsize=16)
def _determiners(language: Language) -> frozenset[str]:
    """The language's articles, folded."""
    return frozenset(fold(w) for w in language.determiners)


def _place_word_before(text: str, lead_in: int, run_start: int, word: str, language: Language) -> bool:
    """The run's first word is a place that a preposition of place right before it governs ("à Islamabad",
    "in Lahore"): a town of any size, as a first name seldom follows "à" or "in"; where a dictionary reads given
    names, any word it does not read as one ("во время визита в Приамурье X Y": a region no gazetteer lists)."""
    before = text[lead_in:run_start].split()
    if not before or fold(before[-1]) not in _place_prepositions(language):
        return False
    word = word.rstrip(".,")
    return bool(lookup(word, language.code)) or (
        language.known_given_name is not None and not language.known_given_name(word)
    )


@lru_cache(maxsize=16)
def _region_after_title(
    text: str,
    title: str,
    tokens: tuple[str, ...],
    first: int,
    patterns: NamePatterns,
    language: Language,
    alone: bool = False,
) -> bool:
    """The word that follows a title in a run and opens three more words or more is the place the title holds
    ("Chief Minister Punjab X Y"), not a first name, when the text uses it as a place elsewhere: after a preposition
    of place or a role's link ("in Punjab", "of Punjab", "du Pendjab"), or before a role ("Punjab CM", "Punjab
    governor"). A province is in no gazetteer of cities and countries; a first name is not written so. `title` is
    the word before it, in the run or before it ("gouverneur"). A word `alone` after its title ("Governor Sindh
    said") is a place only by a preposition of place or a role after it: "of" also follows a surname ("the visit
    of Macron")."""
    title = fold(title).rstrip(".,")
    if not title or title in patterns.honorific_words or not _is_role_word(title, patterns):
        return False  # "Sheikh Tamim bin Hamad …": after an honorific, a first name that may stand alone elsewhere
    word = tokens[first].rstrip(".,")
    links = _place_prepositions(language) | (frozenset() if alone else _role_links(language))
    next_word = tokens[first + 1] if first + 1 < len(tokens) else None
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        whole = (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum())
        # the words after it in its own clause: a role on the next line or after a full stop is not its own
        after = _CLAUSE_STOP.split(text[end : end + 40], maxsplit=1)[0].split()
        if whole and not (after and after[0].rstrip(".,;:") == next_word):  # not this run nor its like
            before = text[max(0, at - 30) : at].rpartition("\n")[2].split()
            if (
                before
                and fold(before[-1]) in links
                and not _after_source_phrase(before, language)
                and _place_link(word, before, patterns, language)
            ):
                return True
            if after and _is_role_word(fold(after[0]).rstrip(".,;:"), patterns):
                return True
        at = text.find(word, end)
    return False


def _after_source_phrase(before: list[str], language: Language) -> bool:
    """The words before a word end on a phrase that brings in a source (`Language.source_before`): the preposition
    that closes it brings in who speaks, not a place ("According to Fiame, …", "according to Tuilaepa")."""
    words = [fold(w) for w in before]
    return any(
        words[-len(phrase) :] == phrase for phrase in _source_phrases(language) if len(phrase) <= len(words)
    )


@lru_cache(maxsize=16)
def _source_phrases(language: Language) -> tuple[list[str], ...]:
    """The language's phrases that bring in a source, folded and cut into words."""
    return tuple(fold(p).split() for p in language.source_before)


def _place_link(word: str, before: list[str], patterns: NamePatterns, language: Language) -> bool:
    """The link that ends `before` (the words before `word`) makes the word a place: a preposition of place ("in
    Punjab"), a role's link before a province or a region the gazetteer knows ("the people of Sindh"), or one after
    a role or a territorial unit ("Governor of Punjab", "the province of Sindh"). A role's link after another noun
    also stands before a surname written alone ("a welcome ceremony for Pham", "the visit of Tran")."""
    if fold(before[-1]) in _place_prepositions(language):
        return True
    if any(place.kind in ("province", "region") for place in places(word, language.code)):
        return True
    if len(before) < 2:
        return False
    noun = fold(before[-2]).rstrip(".,")
    return _is_role_word(noun, patterns) or noun in _unit_nouns(language)


def _ends_place_named(text: str, word: str, language: Language) -> bool:
    """The word is no given name and the text writes it elsewhere as the last word of a place of two words that the
    gazetteer knows ("Faso" in "Burkina Faso"): a place's short form, which a role's link may govern ("président du
    Faso")."""
    word = word.rstrip(".,")
    if not word or is_given_name(word):
        return False
    for at in _whole_word_at(text, word):
        before = text[max(0, at - _PLACE_WORD_REACH) : at].split()
        if before and before[-1][:1].isupper() and lookup(f"{before[-1]} {word}", language.code):
            return True
    return False


_PLACE_WORDS_BEFORE = 4  # words before a run that, with its first word, may spell a place ("Trinidad and | Tobago")


def _closes_place_before(lead_in: str, word: str, language: Language) -> bool:
    """The word ends a place the gazetteer knows whose other words stand on the same line just before it, a word in
    small letters last ("of the United States of | America", "de Trinidad y | Tobago", "d'Antigua-et- | Barbuda"):
    the place of a role's complement, not the first word of the name after it."""
    line = lead_in.rsplit("\n", 1)[-1].split()[-_PLACE_WORDS_BEFORE:]
    if not line or not line[-1][:1].islower() or not word[:1].isupper():
        return False
    word = word.rstrip(".,")
    return any(
        line[-n][:1].isupper() and place_kind(" ".join([*line[-n:], word]), language.code) is not None
        for n in range(2, len(line) + 1)
    )


def _past_unit(tokens: tuple[str, ...], first: int, last: int, lead_in: str, language: Language) -> int:
    """Where a holder's name begins past a territorial unit that a role's complement closes on right before it:
    the unit's noun ("des Kaliningrader Gebiets X Y") and the word after such a noun when an article leads it, the
    unit's own name ("des Kantons Zürich X Y", "der Stadt Lindau X Y"; not "des Kaliningrader Gebiets Anton X",
    whose adjective named the unit), or, in a language without articles, when no adjective does
    (`_unit_named_after`). A comma ends the complement ("der Republik, X Y"). Two words at least stay for the name."""
    units, articles = _unit_nouns(language), _articles(language)
    words = [*lead_in.split()[-2:], *tokens]
    at = first + len(words) - len(tokens)  # tokens[first] in words
    while first < last - 2 and at >= 1 and not words[at - 1].endswith(","):
        unit_before = at >= 2 and fold(words[at - 1]) in units and (
            fold(words[at - 2]) in articles or (not articles and _unit_named_after(words, at)))
        if fold(tokens[first]).rstrip(",") not in units and not unit_before:
            break
        first, at = first + 1, at + 1
    return first


def _unit_named_after(words: list[str], at: int) -> bool:
    """In a language without articles, the word at `at` names the unit whose noun stands before it: the noun follows
    a word in small letters, no adjective naming the unit ("главе республики Татарстан X Y", not "Калининградской
    области Антон Андреевич X"), and the word is no given name."""
    return words[at - 2][:1].islower() and not is_given_name(words[at].rstrip(".,"))


def _past_place_link(words: list[str], after: int, last: int, language: Language) -> int:
    """Where a name begins after a place that ends at `after`: `last` when only particles in small letters and
    another place follow, the larger place the first one lies in ("Palacio Sao Bento de Lisboa")."""
    linked = after
    while linked < last and words[linked].islower() and fold(words[linked]) in language.name_particles:
        linked += 1
    if after < linked < last and places(" ".join(words[linked:last]), language.code):
        return last
    return after


@lru_cache(maxsize=16)
def _unit_nouns(language: Language) -> frozenset[str]:
    """The language's nouns of a territorial unit, folded, with the endings of their other cases
    (`Language.unit_noun_endings`)."""
    return frozenset(fold(w) + ending for w in language.unit_nouns for ending in ("", *language.unit_noun_endings))


@lru_cache(maxsize=16)
def _place_prepositions(language: Language) -> frozenset[str]:
    """The language's prepositions of place, folded."""
    return frozenset(fold(w) for w in language.place_prepositions)


@lru_cache(maxsize=16)
def _name_lead_links(language: Language) -> frozenset[str]:
    """The words after which a run's first words may be a place or a unit before the name ("le président du Faso X
    Y", "à Islamabad X"): the role links, the prepositions of place and the nouns of a territorial unit, folded."""
    return _role_links(language) | _place_prepositions(language) | _unit_nouns(language)


@lru_cache(maxsize=16)
def _saint_words(language: Language) -> frozenset[str]:
    """A saint's titles that open a place's name, folded and without their dot."""
    return frozenset(fold(w).rstrip(".") for w in language.saint_words)


@lru_cache(maxsize=16)
def _articles(language: Language) -> frozenset[str]:
    """The language's definite articles, folded."""
    return frozenset(fold(w) for w in language.definite_articles)


@lru_cache(maxsize=8)
def _facility_links(language: Language) -> frozenset[str]:
    """The little words inside a facility's name: "Aeropuerto Internacional de Maiquetía X", "Palacio de las …"."""
    return frozenset(fold(w) for w in (*language.role_links, *language.name_particles, *language.determiners))


def _territory_tail(tokens: list[str], language: Language) -> int:
    """Where a country, a region or a large city that closes a run after a particle begins, with its particle
    ("der Niederlande" in "Máxima der Niederlande"); `len(tokens)` when the run ends otherwise. A city closes it
    only where nouns are capitalised ("… zur Gewalttat von München"), and a province never: elsewhere a particle and
    a city or province after a name are the surname's own ("Bernardo Arévalo de León", "Fernández de Córdoba",
    "Jaber Al Sabah")."""
    words = [*tokens[:-1], tokens[-1].rstrip(".")]  # the full stop after the run: "… de Emiratos Árabes Unidos."
    for i in range(len(tokens) - 2, 0, -1):
        tail = places(" ".join(words[i + 1 :]), language.code) if fold(tokens[i]) in language.name_particles else ()
        if any(
            place.kind not in ("city", "province")
            or (language.capitalised_nouns and (place.population or 0) >= _BIG_CITY)
            for place in tail
        ):
            return i
    return len(tokens)


def territory_after(text: str, name_end: int, limit: int, language: Language) -> tuple[int, int] | None:
    """Offsets of a particle and the country or region it introduces right after a name ("der Niederlande"
    after "Königin Máxima", "de España" after "el rey Felipe"): what a title is of."""
    tokens = list(_TOKEN.finditer(text[name_end:limit]))[: _MAX_PLACE_WORDS + 2]
    if not tokens or text[name_end : name_end + tokens[0].start()].strip():
        return None
    words = [t.group(0).rstrip(".,;:") for t in tokens]
    if len(words) < 2 or fold(words[0]) not in _territory_links(language):
        return None
    # an article after the link: "of the United States", "de la République de Corée"
    first = 2 if len(words) > 2 and fold(words[1]) in _articles(language) else 1
    for size in range(min(len(words) - first, _MAX_PLACE_WORDS), 0, -1):
        if any(place.kind != "city" for place in places(" ".join(words[first : first + size]), language.code)):
            last = first + size - 1
            return name_end + tokens[0].start(), name_end + tokens[last].start() + len(words[last])
    return None


@lru_cache(maxsize=8)
def _territory_links(language: Language) -> frozenset[str]:
    """The little words that lead from a name to the country its title is of: a particle ("der Niederlande", "de
    España") or a genitive link ("of Canada")."""
    return frozenset(fold(w) for w in (*language.name_particles, *language.genitive_links))


def _apposition_opens(text: str, lead_in: int, run_start: int, language: Language) -> bool:
    """The run stands right after a comma that closes no one's name: it opens an apposition ("el canciller de
    Norlandia, X Y"), where a name comes whole, not the next item of a list of places and names ("the Prime
    Ministers of Tajikistan X Y, Kazakhstan Z W")."""
    before = text[lead_in:run_start].rstrip()
    if not before.endswith(","):
        return False
    patterns = compiled(language).names
    runs = list(patterns.name_run.finditer(before.rstrip(",")))  # what the run before says alone, not looked back at
    if not runs or runs[-1].end() < len(before.rstrip(",")):
        return True
    shape = _run_shape(runs[-1].group(0), patterns, language)
    return shape is None or shape[3] - shape[2] < 2


@lru_cache(maxsize=16384)
def _after_place(tokens: tuple[str, ...], first: int, last: int, language: Language, linked: bool = False) -> int:
    """Where a person's name begins in tokens[first:last], past a place that opens the run ("Los Angeles Antonio
    Villaraigosa", "Congo Félix Tshisekedi"); `last` when the whole run is a place ("New York", "Sierra Leone").
    A one-word city opens a name only when it is a large city's own name: first names are often towns too; a
    longer one, when it is its own name or a large city's ("Mohammed bin Zayed" is a small city's other name, after
    the man). A one-word province opens it only when `linked`, after a role's link or a preposition of place
    ("gobernador de Sonora X Y", "Attorney for Massachusetts X Y"): right after a title it is a given name or a
    surname as often ("Crown Prince Sheikh Sabah X", "director Bong Joon Ho")."""
    if last - first < 2:
        return first
    words = [t.rstrip(".,") for t in tokens]
    if places(" ".join(words[first:last]), language.code):
        return last
    for size in range(min(_MAX_PLACE_WORDS, last - first - 2), 0, -1):
        if (
            size == 1
            and is_given_name(words[first])
            and not is_given_name(words[first + 1])
            and not (linked and place_kind(words[first], language.code) == "country")
        ):
            # "Salvador Sánchez Cerén", "Santiago Peña Palacios": a given name a city shares, then a surname; not a
            # country after a role's link ("le sultan d'Oman Tarik X", "the President of Chad Abakar X")
            continue
        place = lookup(" ".join(words[first : first + size]), language.code)
        big = (place.population or 0) >= _BIG_CITY if place else False
        lone_province = place is not None and place.kind == "province" and size == 1 and not linked
        # after a role's link, a place of any size: "le premier ministre du Québec X Y", "gobernador de Antioquia X Y";
        # a place the words name as its own name, or a big city, not only another spelling of a small town's ("en
        # présence de Sidi X Y": "Sidi" is only another spelling of India's Sidhi, and a given name)
        if place and not lone_province and (
            place.kind != "city"
            or (size > 1 and (place.own_name or big))
            or (place.own_name and big)
            or (linked and _own_or_big_place(" ".join(words[first : first + size]), language))
        ):
            return _past_place_link(words, first + size, last, language)
        begun = lookup(" ".join(words[first - 1 : first + size]), language.code) if first else None
        if begun and begun.kind != "city" and last - first - size >= 2:
            return first + size  # a country whose first word was cut as a nationality: "Russian Federation X Y"
    return first


def _own_or_big_place(phrase: str, language: Language) -> bool:
    """Some place the gazetteer knows bears `phrase` as its own name, or is a big city ("Antioquia", a province's own
    name; not "Sidi", only another spelling of a small town's)."""
    return any(p.own_name or (p.population or 0) >= _BIG_CITY for p in places(phrase, language.code))


class RoleNouns:
    """Every role noun of a text, from one scan of its lower-case form, answering "which lie in [start, end)?". A role
    the language writes in capitals ("PM") is one only where `text` writes it so: "the 3 pm attack" names no one; one
    it writes with a capital initial ("Premier"), only where `text` writes that capital: nor does "le premier tour"."""

    def __init__(self, text: str, lower: str, language: Language | None) -> None:
        found = compiled(language).names.role_noun.finditer(lower) if language else ()
        capitals = compiled(language).names.capital_roles if language else frozenset()
        titled = compiled(language).names.titled_roles if language else frozenset()
        self.matches = [
            m
            for m in found
            if (m.group(0) not in capitals or text[m.start() : m.end()].isupper())
            and (m.group(0) not in titled or text[m.start()].isupper())
            and not (language and text[m.start()].isupper() and _in_place_name(text, m.start(), m.end(), language))
            and not _glossed_abbreviation(text, m.start(), m.end())
        ]
        self.starts = [m.start() for m in self.matches]

    def within(self, start: int, end: int) -> list[re.Match[str]]:
        """The role nouns that lie within [start, end)."""
        found = self.matches[bisect_left(self.starts, start) : bisect_left(self.starts, end)]
        return [m for m in found if m.end() <= end]


def _glossed_abbreviation(text: str, start: int, end: int) -> bool:
    """The role word at [start, end) is the whole of a bracket right after a word, the abbreviation that glosses the
    title before it ("Minister of State (MoS) for External Affairs", "Chief Minister (CM) of Delhi"): part of that
    title, no title of its own."""
    return (
        start >= 2
        and text[start - 1] == "("
        and text[end : end + 1] == ")"
        and text[start - 2] == " "
        and text[: start - 2][-1:].isalpha()
    )


def _in_place_name(text: str, start: int, end: int, language: Language) -> bool:
    """The capitalised role word at [start, end) is a word of a place the gazetteer knows, written whole around it
    ("Santo Tomé y Príncipe", "Prince Edward Island"): no title of anyone."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    before = [w.start() for w in _PLACE_WORD.finditer(text, line_start, start)][-_PLACE_WORDS:]
    after = [w.end() for w in _PLACE_WORD.finditer(text, end, line_end)][:_PLACE_WORDS]
    return any(
        place_kind(text[first:last], language.code) is not None
        for first in [*before, start]
        if text[first].isupper()
        for last in [end, *after]
        if (first, last) != (start, end)
    )


def _listed_given_name(token: str, language: Language) -> bool:
    """A given name the register lists, in any case form the language declines it to ("Владимира")."""
    nominative = language.nominative_name(token, "") if language.nominative_name else token
    return is_given_name(token) or is_given_name(nominative)


def in_gathering_name(text: str, match: NameMatch, language: Language) -> bool:
    """A capitalised run that a gathering's noun opens or comes right before ("Palacio de | Conferencias de X",
    "en | Sesión | Solemne de Cabildo") names a venue or a body, not a person; unless a given name the register
    lists follows the noun ("Совещание Владимира Путина": the gathering's host)."""
    patterns = compiled(language).names
    if not patterns.gathering_words or any(_listed_given_name(token, language) for token in match.tokens[1:]):
        return False
    if stems(match.tokens[0], patterns.endings) & patterns.gathering_words:
        return True
    if _listed_given_name(match.tokens[0], language):
        return False
    reach = max(0, match.start - _WORD_REACH)
    before = _PLACE_WORD.findall(text, reach, match.start)
    return bool(before) and text[reach : match.start].endswith(f"{before[-1]} ") and before[-1][:1].isupper() and bool(
        stems(before[-1], patterns.endings) & patterns.gathering_words
    )


def role_before(
    text: str, sentence_start: int, name_start: int, language: Language, role_nouns: RoleNouns
) -> tuple[int, int] | None:
    """Offsets of the role phrase that ends just before a name ("le ministre russe des Affaires étrangères, ");
    `role_nouns` are the text's (see `RoleNouns`)."""
    patterns = compiled(language).names
    window_start = max(sentence_start, name_start - 160)
    nouns = role_nouns.within(window_start, name_start)
    if not nouns:
        return None
    if joins_next_person(text, sentence_start, name_start, min(len(text), name_start + _JOINED_NAME_REACH), language):
        return None  # "…, ministre de l'Intérieur et de Jean X": the office before is another's
    noun = nouns[-1]
    end = name_start
    if len(nouns) > 1 and _rank_after_office(text, nouns[-2], noun, name_start, language):
        noun, end = nouns[-2], noun.start()  # "Assistant Secretary of … Affairs | Ambassador X": the office
    noun_end = _abbreviation_end(text, noun, language)
    honorific = patterns.honorific_at_end.search(text, noun_end, end)
    while (more := honorific and patterns.honorific_at_end.search(text, noun_end, honorific.start())) is not None:
        honorific = more  # "of Fiji, Hon'ble Prof. X": every honorific before the name is cut off the role
    if honorific:
        end = _before_article(text, noun_end, honorific.start(), language)
    gap = _GUILLEMETED_NAME.sub(_guillemeted_word, text[noun_end:end])
    if ")" in gap and "(" not in gap.split(")")[0]:
        return None  # "X (asesor del banco), Y": the role closed in the brackets of the name before
    # a place inside the role ("Ambassador to Malawi, Mr. X") when a comma or an honorific closes it; else a
    # place ends the role ("le ministre a reçu à Rabat X")
    closed = bool(honorific) or gap.rstrip().endswith(",")
    # a portfolio of several items is long and holds "et", and is the role's still
    portfolio = len(gap.split()) > _MAX_GAP_WORDS and patterns.portfolio_gap and patterns.portfolio_gap.fullmatch(gap)
    if (
        (len(gap.split()) > (_MAX_CLOSED_GAP_WORDS if closed else _MAX_GAP_WORDS) and not portfolio)
        or ((len(gap.split()) > _MAX_GAP_WORDS or honorific) and not portfolio and _joins_another(gap, language))
        or _clause_verb(_INITIALISM.sub(" ", gap), 0, len(gap), language)  # "Chargé d'affaires a.i., M. X": no "a"
        or patterns.gap_stop.search(gap)
        or _opens_clause_or_agent(gap, language)
        or _joined_possessive(gap, language)  # "le président X et son épouse Y": Y is no président
        or _companion_cue(gap, language)  # "M. X, envoyé spécial, accompagné de Mme Y": Y is no envoy
        or patterns.joined_end.search(gap)
        or (
            not closed
            and not language.roles_end_in_places
            and patterns.place_phrase.search(gap)
            and not _post_country(gap, noun.group(0), language)
            and not _office_seat(gap, language)
        )
        or patterns.gap_place.search(gap)
        or any(
            len(other.tokens) >= 2
            and not office_goes_on(text, (sentence_start, len(text)), other.start, other.end, language, role_nouns)
            for other in find_names(text, noun.end(), end, language)
        )
    ):
        return None
    start = _role_start(text, noun.start(), window_start, language)
    while (head := _head_noun_before(text, window_start, start, role_nouns)) is not None:
        start = _role_start(text, head, window_start, language)  # "заместителя министра …": the deputy's role
    shared = patterns.truncated_compounds and patterns.truncated_compounds.search(text, window_start, start)
    if shared:  # "Agrar- und Umweltminister X": the truncated compounds share the noun, and are the role's
        start = _role_start(text, shared.start(), window_start, language)
    word = fold(noun.group(0))
    if closed or is_role_plural(word, patterns.role_words, patterns.plural_endings):
        # the noun completes an earlier one: "président du Conseil des ministres, X", "ambassadeur de Sa Majesté le
        # Roi au Liban, X"; not "le conseiller du président X", the president's own name
        while (head := _genitive_head_before(text, window_start, start, role_nouns, language)) is not None:
            start = _role_start(text, head, window_start, language)
    elif (titled := _titled_head_before(text, window_start, start, role_nouns, language)) is not None:
        start = _role_start(text, titled, window_start, language)  # "Secretary to the Prime Minister X": his title
    joined = _joined_title_before(text, window_start, start, role_nouns, language)
    if joined is not None:  # "Deputy Prime Minister and Foreign Minister X", "la vicepresidenta y canciller, X"
        start = _role_start(text, joined, window_start, language)
    if not text[start:end].strip(" ,").count(" ") and not gap.strip(" ,"):
        office = _office_before_title(text, window_start, start, role_nouns, language)
        if office is not None:  # "Chief of State Protocol, Ambassador X": the office, and the title the name bears
            start = office
    while (chained := _office_chained_before(text, window_start, start, role_nouns, language)) is not None:
        start = chained  # "президент общества Красного Полумесяца, депутат Милли Меджлиса X": both his offices
    while closed and (titled := _title_chained_before(text, window_start, start, role_nouns, language)) is not None:
        start = titled  # "le Premier ministre, chef du gouvernement, X": one person's titles in a row, closed by a
        # comma or an honorific ("the Prime Minister, Ambassador X": the title borne with the name is his alone)
    if patterns.closing_comma.search(gap) and _apposition_of_previous_name(
        text, window_start, start, language, sentence_start
    ):
        return None  # "X, ministre polonaise …, M. Y": the role is X's apposition, not Y's title
    while end > start and text[end - 1] in " ,–—-(":  # nor a bracket that opens on the name: "von A (X)"
        end -= 1
    return start, end


def _abbreviation_end(text: str, noun: re.Match[str], language: Language, group: int | str = 0) -> int:
    """Where a role noun (the match's `group`) ends, past the dot of an abbreviation the language writes so ("Bgm. X",
    "LAbg. Y"): the dot is the noun's, not a gap before the name nor the end of a sentence."""
    end = noun.end(group)
    words = text[noun.start(group) : end].split()
    if text[end : end + 1] == "." and words and fold(words[-1]) in language.abbreviations:
        return end + 1
    return end


def office_goes_on(
    text: str, sentence: tuple[int, int], start: int, end: int, language: Language, role_nouns: RoleNouns
) -> bool:
    """The capitalised run text[start:end] names more of an office, past its role noun, a role link and the items
    before it: "el Ministro de Agricultura y Desarrollo Rural", "la Ministra de Comercio, Industria y Turismo, X",
    "Ministro Plenipotenciario de Segunda Clase", "Reunión de titulares de Embajadas y Consulados". So when the
    office is written as a title (its noun capitalised inside the sentence) or its holders in the plural, or when
    its items end at a comma before its holder's name; a run after a comma only when more items follow it ("para el
    Postconflicto, Derechos Humanos y Seguridad, X"), and its holder's name or two items before it. Not after a
    place ("el presidente de Francia y X"): a country's office, then someone else. So too a run that names the body
    or the territory the office is of (`_body_of_office`: "Head of the Serbian Permanent Mission"), or one an
    adjective in small letters opens inside the office's complement ("für wirtschaftliche Zusammenarbeit"). Not a
    person's full name with a title of its own after a comma (`_titled_person_run`): the next person."""
    patterns = compiled(language).names
    if _titled_person_run(text, sentence, start, end, language):
        return False  # "X, viceministro de Cultura y Rogelio Y, rector …": the next person, with a title of their own
    if _body_of_office(text, sentence, start, end, language, role_nouns):
        return True
    if joins_next_person(text, sentence[0], start, end, language):
        return False  # "ministre de l'Intérieur et de Jean X, directeur …": the next person, no item of the office
    if patterns.office_items is None or patterns.office_items_after is None:
        return False
    floor = max(sentence[0], start - _OFFICE_REACH)
    # the office's holders in the plural name it too: "Reunión de Titulares de Embajadas y Consulados"
    plurals = list(patterns.role_plural.finditer(text[floor:start].lower())) if patterns.role_plural else []
    nouns = [(*m.span(), False) for m in role_nouns.within(floor, start)]
    nouns += [(floor + m.start(), floor + m.end(), True) for m in plurals]
    # a body's noun in capitals names an office's items too ("el Ministerio de Salud Pública y Bienestar Social"),
    # unless the run has a role of its own after it ("… por el Ministerio de Defensa y X, presidente de Valdoria")
    # or an item of an office itself ("Ministra Consejero para Gobierno y Sector Privado"): a body has its link after it
    # (the run's own role is looked for only when such a body stands there, seldom)
    links = _genitive_words(language)[0]
    bodies = [
        (*m.span(), False)
        for m in compiled(language).source.source_noun.finditer(text, floor, start)
        if text[m.start()].isupper() and fold(next(iter(text[m.end() : start].split()), "")) in links
    ]
    if bodies and not role_after(text, end, sentence[1], language):
        nouns += bodies
    if not nouns:
        return False
    noun_start, noun_end, plural = max(nouns)
    adjective = _ADJECTIVE_AFTER.match(text, noun_end)
    if adjective and adjective.group(1).lower() in patterns.nationality_ends:
        noun_end = adjective.end()  # "el ministro cubano de Comercio Exterior, X": the portfolio past the nationality
    complement = patterns.office_items.fullmatch(text, noun_end, start)
    if complement is None or _holder_within(text, sentence, (noun_end, start), language, role_nouns):
        return False
    items = [item.strip() for item in _ITEM_JOINT.split(complement.group("items") or "")]
    if any(places(item, language.code) for item in items if item):
        return False
    if _adjective_before(text, noun_end, start, language):
        return True  # "Bundesminister für wirtschaftliche Zusammenarbeit …": an adjective's noun, never a name
    more = patterns.office_items_after.match(text, end, sentence[1])
    if more and role_nouns.within(end, more.end()):
        more = None  # "…, X et le Président Ivoirien, Y": another's title after the holder, no item of the office
    held = HOLDER_AFTER.match(text, more.end() if more else end, sentence[1]) is not None
    if complement.group("join") and "," in complement.group("join"):
        # the third item of a list or a later one, more items after it: the office's, holder or no ("Minister for
        # Finance, Economic Growth, Job Creation and the Public Service, has …"); or items the office's country
        # closes ("minister of Agriculture, Animal Husbandry and Food of Valdoria")
        listed = not plural and (complement.group("items") or "").count(",") + 1 >= _LISTED_ITEMS
        return more is not None and (held or listed or territory_after(text, more.end(), sentence[1], language))
    titled = text[noun_start].isupper() and noun_start > sentence[0]
    return titled or plural or held


def _titled_person_run(text: str, sentence: tuple[int, int], start: int, end: int, language: Language) -> bool:
    """The run text[start:end] is a person's full name with a title of its own after a comma: a given name the
    register lists opens it, a surname follows, no place has that name, and a role stands in apposition after it
    ("… de Relaciones Exteriores y Rogelio X, rector del Instituto …"). No office's item is so written."""
    words = text[start:end].split()
    if len(words) < 2 or not is_given_name(words[0]):
        return False
    if lookup(" ".join(words), language.code) is not None:
        return False
    return role_after(text, end, sentence[1], language) is not None


def _body_of_office(
    text: str, sentence: tuple[int, int], start: int, end: int, language: Language, role_nouns: RoleNouns
) -> bool:
    """The run text[start:end] names the body or the territory an office is of, right after its role noun, a link
    and maybe an article and adjectives (a nationality's among them): it ends on a body's or a unit's noun, maybe
    before the body's initials ("Head of the Serbian Permanent Mission", "King of the sisterly Hashemite Kingdom",
    "Präsidentin des Internationalen Freundeskreises IFK"), or a unit's noun in small letters follows it ("governor
    of Southern Sinai province"). No person's name is so placed."""
    nouns = role_nouns.within(max(sentence[0], start - _OFFICE_REACH), start)
    if not nouns:
        return False
    between = text[nouns[-1].end() : start].split()
    links = _role_links(language) | _genitive_words(language)[0]
    nationalities = compiled(language).names.nationalities
    if not between or len(between) > _BODY_LEAD_WORDS or fold(between[0]) not in links:
        return False
    if not all(
        w.isalpha() and (w.islower() or fold(w) in links or fold(w) in nationalities or _adjective(w, language))
        for w in between[1:]
    ):
        return False
    words = text[start:end].split()
    if len(words) > 1 and words[-1].isupper():
        words.pop()  # the body's initials after its name: "Freundeskreises IFK"
    after = _ADJECTIVE_AFTER.match(text, end, sentence[1])  # the word after the run
    return _body_noun(words[-1], language) or (
        after is not None and after.group(1).islower() and _body_noun(after.group(1), language)
    )


def _body_noun(word: str, language: Language) -> bool:
    """The word is the noun of a territorial unit or a body (`Language.unit_nouns`, `Language.body_words` and the
    last words of `Language.institution_words`), or a compound that ends on one where the language compounds."""
    word = fold(word)
    nouns = _body_nouns(language)
    return word in nouns or (
        language.compounds and any(word.endswith(n) for n in nouns if len(n) >= _COMPOUND_TAIL)
    )


@lru_cache(maxsize=16)
def _body_nouns(language: Language) -> frozenset[str]:
    """`_body_noun`'s nouns, folded, with the endings of their other cases."""
    heads = {fold(w.split()[-1]) for w in (*language.institution_words, *language.body_words) if w.split()}
    return _unit_nouns(language) | frozenset(h + e for h in heads for e in ("", *language.unit_noun_endings))


def _adjective_before(text: str, noun_end: int, start: int, language: Language) -> bool:
    """Where every noun takes a capital, the word right before the run, inside an office's complement, is in small
    letters and no link, article or joining word: an adjective of the item the run is ("für wirtschaftliche
    Zusammenarbeit")."""
    if not language.capitalised_nouns:
        return False
    before = text[noun_end:start].split()
    if len(before) < 2 or not before[-1][:1].islower():
        return False
    small = {*language.role_links, *language.definite_articles, *language.list_joiners}
    return before[-1] not in small


def _holder_within(
    text: str, sentence: tuple[int, int], gap: tuple[int, int], language: Language, role_nouns: RoleNouns
) -> bool:
    """A name of two words or more between a role noun and a run (`gap`), that names no more of an office itself:
    the holder ("President Ilgar Mammadli to X", "Minister of Foreign Affairs X and Y"); the office ends before it."""
    return any(
        len(other.tokens) >= _NAME_WORDS
        and not office_goes_on(text, sentence, other.start, other.end, language, role_nouns)
        for other in find_names(text, gap[0], gap[1], language)
    )


def _guillemeted_word(match: re.Match[str]) -> str:
    """An organisation's name in guillemets, read as one word of the role it belongs to, of the same length."""
    return "x" * len(match.group(0))


def _rank_after_office(
    text: str, office: re.Match[str], rank: re.Match[str], name_start: int, language: Language
) -> bool:
    """A diplomat's rank stands right before the name and closes the complement of an office ("Assistant Secretary
    of State for South and Central Asian Affairs Ambassador X", "Permanent Secretary for International Relations and
    Cooperation Ambassador X"): the office is the person's role, the rank a title borne with the name, and so
    written with a capital. Not where a link or a joining word stands before the rank ("the President of A and
    Ambassador X": another person)."""
    if fold(rank.group(0)) not in _posts(language) or text[rank.end() : name_start].strip():
        return False
    if not text[rank.start()].isupper():
        return False  # "envoy to A X and Monaco ambassador Y": a rank in small letters is another's role, no title
    words = text[office.end() : rank.start()].split()
    links, joins = _genitive_words(language)
    links |= _role_links(language)  # "Secretary of State for …"
    if not words or len(words) > _MAX_GAP_WORDS or fold(words[0]) not in links:
        return False
    small = links | joins
    if not words[-1][:1].isupper() or fold(words[-1]) in small:
        return False
    return all(fold(w) in small or (w[:1].isupper() and _PLAIN_WORD.fullmatch(w.replace(".", ""))) for w in words)


def _office_seat(gap: str, language: Language) -> bool:
    """The gap between a title and a name is the body the office sits in, after a place preposition ("im Auswärtigen
    Amt", "im Bundesministerium des Innern"): part of the role (`Language.office_seats`)."""
    words = gap.split()
    if len(words) < 2 or fold(words[0]) not in _place_prepositions(language) or not language.office_seats:
        return False
    return any(w[:1].isupper() and fold(w).endswith(language.office_seats) for w in words[1:])


def _post_country(gap: str, noun: str, language: Language) -> bool:
    """The gap between a diplomat's title and a name is the country or the city of the post ("ambassador to Pakistan
    X Y", "ambassadeur au Ghana X Y", "ambassadeur turc à Islamabad X Y"): part of the role, not a place that ends
    it."""
    words = gap.split()
    if fold(noun) not in _posts(language):
        return False
    at = max((i for i, w in enumerate(words) if fold(w) in _place_prepositions(language)), default=-1)
    if at < 0 or at == len(words) - 1:
        return False
    # the links of the country it comes from, its articles too ("of the Kingdom of the Netherlands to X")
    links, nationalities = _role_links(language) | _genitive_words(language)[0], compiled(language).names.nationalities
    origin = list(dropwhile(lambda w: fold(w) in links, words[:at]))
    if any(w[:1].islower() and fold(w) not in links and fold(w) not in nationalities for w in words[:at]) and not (
        origin and lookup(" ".join(origin), language.code) is not None
    ):
        # only the country it comes from may come first: "ambassadeur (de France|turc) au Ghana X", its name maybe
        # with words in small letters ("de Côte d'Ivoire au Cameroun X", "de Guinée équatoriale au Gabon Y")
        return False
    # the post's country or its city ("l'ambassadeur turc à Islamabad X"): no verb stands between (`gap_verb`)
    return lookup(" ".join(words[at + 1 :]), language.code) is not None


@lru_cache(maxsize=16)
def _posts(language: Language) -> frozenset[str]:
    """The titles of diplomats posted to a country, folded."""
    return frozenset(fold(r) for r in language.posted_roles)


def _head_noun_before(text: str, floor: int, start: int, role_nouns: RoleNouns) -> int | None:
    """Where a role noun begins that stands right before `start`, only a space between: the head of a role whose
    complement is another role ("заместителя Министра …", "пресс-секретарь президента …"); None when there is none."""
    head = _head_noun_match_before(text, floor, start, role_nouns)
    return head.start() if head else None


def _head_noun_match_before(text: str, floor: int, start: int, role_nouns: RoleNouns) -> re.Match[str] | None:
    """The role noun that stands right before `start`, only a space between (see `_head_noun_before`)."""
    nouns = role_nouns.within(floor, start)
    if nouns and text[nouns[-1].end() : start].isspace() and "\n" not in text[nouns[-1].end() : start]:
        return nouns[-1]
    return None


def _office_before_title(text: str, floor: int, start: int, role_nouns: RoleNouns, language: Language) -> int | None:
    """Where an office begins that a comma closes right before a one-word title borne with the name ("Chief of State
    Protocol, | Ambassador X", "Kingston's Mayor, | Senator X"): its noun, then only the links and capitalised
    words of its complement; None when there is none."""
    before = text[floor:start].rstrip()
    if not before.endswith(","):
        return None
    comma = floor + len(before) - 1
    nouns = role_nouns.within(floor, comma)
    if not nouns:
        return None
    words = text[nouns[-1].end() : comma].split()
    links, _joins = _genitive_words(language)
    if words and (fold(words[0]) not in links or not all(_PLAIN_WORD.fullmatch(w) for w in words)):
        return None  # "…, ministre, et de Mme X": another item
    if any(not w[:1].isupper() and fold(w) not in links for w in words):
        return None
    office = _role_start(text, nouns[-1].start(), floor, language)
    previous = text[max(0, office - _LEAD_CHARS * 3) : office].split()[-1:]  # past the window: the same either way
    if previous and fold(previous[0]) in links:
        return None  # "He met the Prime Minister, Ambassador X and …": an office alone, then another person
    return office


def _office_chained_before(
    text: str, floor: int, start: int, role_nouns: RoleNouns, language: Language
) -> int | None:
    """Where an earlier office begins that only a comma keeps from the role at `start`, its noun in the same case:
    one person's offices in a row ("Народный художник Азербайджана, скульптор X", "президент общества …, депутат
    парламента X"); None when a verb, a name or another comma stands in the earlier office's complement, or where
    the language's dictionary cannot tell the case."""
    if language.offices_agree is None:
        return None
    before = text[floor:start].rstrip()
    if not before.endswith(","):
        return None
    comma = floor + len(before) - 1
    earlier, later = role_nouns.within(floor, comma), role_nouns.within(start, start + _PREFIX_REACH)
    if not earlier or not later:
        return None
    if not _plain_title_gap(text, earlier[-1].end(), comma, language):
        return None
    # the earlier office's head, past the nouns of its complement: "заместитель председателя …, министр X"
    head = earlier[-1]
    while (before := _head_noun_match_before(text, floor, head.start(), role_nouns)) is not None:
        head = before
    if not language.offices_agree(head.group(0), later[0].group(0)):
        return None
    return _role_start(text, head.start(), floor, language)


def _title_chained_before(
    text: str, floor: int, start: int, role_nouns: RoleNouns, language: Language
) -> int | None:
    """Where an earlier title begins that only a comma keeps from the role at `start`, in a language whose
    dictionary tells no case: the role opens on its noun, with no article that would make it the next item of a list
    ("le Premier ministre, chef du gouvernement, X", "Prime Minister, Head of Government, X"; not "le ministre de
    l'Intérieur, le ministre de la Défense, X"); None when a verb, a name or another comma stands in the earlier
    title's complement."""
    if language.offices_agree is not None:
        return None
    before = text[floor:start].rstrip()
    later = role_nouns.within(start, start + _PREFIX_REACH)
    if not before.endswith(",") or not later or later[0].start() != start:
        return None
    comma = floor + len(before) - 1
    earlier = role_nouns.within(floor, comma)
    if not earlier:
        return None
    if not _plain_title_gap(text, earlier[-1].end(), comma, language):
        return None
    return _role_start(text, earlier[-1].start(), floor, language)


def _plain_title_gap(text: str, end: int, comma: int, language: Language) -> bool:
    """Whether what stands between an earlier title's noun and the comma before the next title is the title's own
    short complement: a few words, with no comma, line break, verb or name of two words or more."""
    gap = text[end:comma]
    return not (
        "," in gap
        or "\n" in gap
        or len(gap.split()) > _MAX_GAP_WORDS
        or compiled(language).names.gap_verb.search(gap)
        or any(len(m.tokens) >= 2 for m in find_names(text, end, comma, language))
    )


def _companion_cue(gap: str, language: Language) -> bool:
    """The words between a role and a name hold a cue of one who comes with another ("accompagné de", "en présence
    de"): the name is the companion's, the role the other's."""
    companion = compiled(language).people.representation
    return companion is not None and companion.search(gap) is not None


def _joined_possessive(gap: str, language: Language) -> bool:
    """A joining word then a possessive in the words between a role and a name ("… et son épouse", "… and his
    wife"): the name is someone the possessive ties to another."""
    words = [fold(w) for w in gap.split()]
    joins, possessives = _joins_and_possessives(language)
    return any(a in joins and b in possessives for a, b in pairwise(words))


@lru_cache(maxsize=8)
def _joins_and_possessives(language: Language) -> tuple[frozenset[str], frozenset[str]]:
    """(the language's joining words, its possessive determiners), folded."""
    return frozenset(fold(w) for w in language.counterpart_words), frozenset(fold(w) for w in language.possessives)


def _joined_title_before(text: str, floor: int, start: int, role_nouns: RoleNouns, language: Language) -> int | None:
    """Where a role noun begins that only a joining word keeps from the role at `start`: one person's two titles
    ("vicepresidenta y | canciller"); None when there is none."""
    nouns = role_nouns.within(floor, start)
    between = text[nouns[-1].end() : start].split() if nouns else []
    # a conjunction where the language lists its own, not "с" ("во главе с вице-канцлером X" is one title)
    joins = {fold(w) for w in language.list_joiners or language.counterpart_words}
    if not between or len(between) > 2 or fold(between[0]) not in joins:
        return None
    if len(between) == 2 and not _plain_adjective(between[1], language):
        return None  # "Außenminister und | derzeitiger | OSZE-Vorsitzender X": the second title's own adjective
    own = role_nouns.within(start, len(text))
    prefix = text[start : own[0].start()] if own else ""
    # not another's title with its own country: "the Secretary-General and Myanmar's President X"
    return None if prefix.strip() and nationality_country(prefix, language) else nouns[-1].start()


def _plain_adjective(word: str, language: Language) -> bool:
    """A word in small letters that qualifies a title ("derzeitiger", "acting"): no article or pronoun, no country's
    adjective, and declined like an adjective where the language gives its endings."""
    folded = fold(word)
    endings = language.place_adjective_endings
    return (
        word[:1].islower()
        and word.isalpha()
        and folded not in language.stopwords
        and nationality_country(word, language) is None
        and (not endings or folded.endswith(tuple(endings)))
    )


def _genitive_head_before(
    text: str, floor: int, start: int, role_nouns: RoleNouns, language: Language
) -> int | None:
    """Where the role noun begins whose complement holds the role at `start`: a genitive link opens what lies
    between, and only links, articles and capitalised words follow ("président | du Conseil des | ministres",
    "Director General | of the Office of the | Minister"); a joining word only where a link goes on ("du Conseil
    d'État et du Conseil des"); one word in lower case only between two links, the noun of an office of several
    words ("directeur | de cabinet du | Premier ministre"). None when there is no such noun."""
    nouns = role_nouns.within(floor, start)
    if not nouns:
        return None
    words = text[nouns[-1].end() : start].split()
    links, joins = _genitive_words(language)
    headed = bool(words) and fold(words[0]) not in links and fold(words[0]) in _link_heads(language)
    if headed:
        words = words[1:]  # "secrétaire d'État auprès | du ministre de …": a link of several words
    if not words or len(words) > _MAX_GENITIVE_WORDS or fold(words[0]) not in links:
        return None
    if not headed and fold(words[0]) not in _genitive_openers(language):
        return None  # a complement opens on a genitive link, not on another case's article ("… empfing der
        # Bundespräsident den Botschafter der Republik X, Y": the envoy's role holds no president)
    office_noun = False
    for i, word in enumerate(words):
        folded = fold(word)
        if not _PLAIN_WORD.fullmatch(word):
            return None  # a comma, a bracket: another item of a list ("du Québec, M. X, et le Premier ministre")
        elided = folded.partition("'")[2] if "'" in folded[:3] else ""
        if folded in links or word[:1].isupper() or (elided and word[len(word) - len(elided)].isupper()):
            continue
        if folded in joins and i + 1 < len(words) and fold(words[i + 1]) in links:
            continue
        if not office_noun and fold(words[i - 1]) in links and i + 1 < len(words) and fold(words[i + 1]) in links:
            office_noun = True
            continue
        return None
    return nouns[-1].start()


def _titled_head_before(text: str, floor: int, start: int, role_nouns: RoleNouns, language: Language) -> int | None:
    """Where a capitalised title begins whose complement, past a link and a definite article, is the office at
    `start`: the title of the one named next ("Secretary to the Prime Minister X", "Chief of Staff of the President
    X"); not a noun in small letters ("the wife of the President X"), nor an office with no article before it
    ("Adviser to President X": X holds the inner office). None when there is no such title."""
    before = text[max(floor, start - _LEAD_CHARS) : start].split()
    if not before or fold(before[-1]) not in _definite_articles(language):
        return None
    head = _genitive_head_before(text, floor, start, role_nouns, language)
    return head if head is not None and text[head].isupper() else None


@lru_cache(maxsize=8)
def _definite_articles(language: Language) -> frozenset[str]:
    """The language's definite articles, folded."""
    return frozenset(fold(w) for w in language.definite_articles)


@lru_cache(maxsize=8)
def _link_heads(language: Language) -> frozenset[str]:
    """The first words of the role links of several words ("auprès" of "auprès de"), folded."""
    return frozenset(fold(link.split()[0]) for link in language.role_links if " " in link)


@lru_cache(maxsize=8)
def _genitive_openers(language: Language) -> frozenset[str]:
    """The genitive links, folded ("of", "de", "des"): the words a role's complement opens on."""
    return frozenset(fold(w) for w in language.genitive_links)


@lru_cache(maxsize=8)
def _genitive_words(language: Language) -> tuple[frozenset[str], frozenset[str]]:
    """(the genitive links and articles a role's complement is made of, the words that join two of them)."""
    links = (*language.genitive_links, *language.definite_articles, *language.determiners)
    return frozenset(fold(w) for w in links), frozenset(fold(w) for w in language.counterpart_words)


def _joins_another(words: str, language: Language) -> bool:
    """A comma, then "and" or "with": what follows is another item of a list ("…, et de Mme X", "…, and Y's")."""
    joins = compiled(language).names.joins_another
    return bool(joins and joins.search(words))


def _apposition_of_previous_name(
    text: str, floor: int, role_start: int, language: Language, sentence_start: int
) -> bool:
    """True when the role phrase comes right after a full name and a comma ("X, Poland's minister, Y"; its
    caller checks the comma after it): it is that name's apposition."""
    before = text[floor:role_start].rstrip()
    adjectives = _LOWER_WORDS_AT_END.search(before)
    if (
        adjectives
        and not set(adjectives.group(0).split()) & language.stopwords
        and not _clause_verb(before, adjectives.start(), len(before), language)
    ):
        before = before[: adjectives.start()]  # adjectives: "X, neuer Bundesaußenminister, und Y"; not a verb:
        # "X, welcomed Minister of State for Trade, Y" (the comma closes X's own apposition)
    if not before.endswith(","):
        return False
    comma = floor + len(before) - 1
    names = find_names(text, max(floor, comma - _NAME_REACH), comma, language)
    if not (names and names[-1].end == comma and len(names[-1].tokens) >= 2):
        return False
    return not _titled_item(text, floor, names[-1].start, language) or _names_lead_list(
        text, sentence_start, names[-1].start, language
    )


def _titled_item(text: str, floor: int, name_start: int, language: Language) -> bool:
    """The name is an item of a list that gives each title first, a comma after it ("the Ambassador of A, X,
    Ambassador of B, Y"): the role after its comma is the next item's."""
    lead = text[max(floor, name_start - _ITEM_TITLE_REACH) : name_start]
    honorific_at_end = compiled(language).names.honorific_at_end
    while (honorific := honorific_at_end.search(lead)) is not None and honorific.start() < len(lead):
        lead = lead[: honorific.start()]  # "President, Dr. X, …", "Ambassador of A, His Excellency Dr. X, …"
    lead = lead.rstrip()
    role_noun = compiled(language).names.role_noun
    if not lead.endswith(","):
        # "la canciller X, la ministra de Defensa, Y": the title stands right before the name, no comma between
        return any(noun.end() == len(lead) for noun in role_noun.finditer(lead.lower()))
    item = lead[:-1]
    item = item[max(item.rfind(","), item.rfind(":"), item.rfind(";")) + 1 :]
    if not role_noun.search(item.lower()):
        return False
    named = find_names(item, 0, len(item), language)
    return not any(len(n.tokens) >= 2 and not places(" ".join(n.tokens), language.code) for n in named)


def _names_lead_list(text: str, sentence_start: int, name_start: int, language: Language) -> bool:
    """The list the name is an item of opens on a name ("… accompagné de X, ministre des Armées, Y, secrétaire
    d'État …, chargé de …, Z, …"): each title follows its name, so no title is the next item's. Walking back over
    the items, past titles and bare names, the first other item that holds a name ends on it."""
    for item in reversed(text[sentence_start:name_start].split(",")[:-1]):
        named = [
            n for n in find_names(item, 0, len(item), language)
            if len(n.tokens) >= 2 and not places(" ".join(n.tokens), language.code)
        ]
        honorifics = compiled(language).names.honorific_words
        lead = item[: named[0].start].split() if named else []
        bare = len(named) == 1 and all(fold(w).rstrip(".") in honorifics for w in lead)  # "Mr. X" is bare too
        if not named or (bare and named[0].end == len(item.rstrip())):
            continue  # a title or its complement, or a bare name
        return named[-1].end == len(item.rstrip())
    return False


#: a full stop after a word in lower case, then a space: a sentence's end, not an abbreviation's dots ("U.S.")
_SENTENCE_STOP = lazy_compile(rf"(?<=[^\W\d_]{{2}})(?<![{UPPER}]{{2}})\.\s")


def _given_name_before_small_noun(text: str, match: NameMatch, noun_start: int) -> bool:
    """A name that opens on a given name the register knows, before a role noun in small letters ("Xavier Dupont
    ambassadeur de Belgique, Y, …"): the name of one whose role follows, not the capitals of a title ("First
    Assistant Secretary", "European Commission president")."""
    return text[noun_start : noun_start + 1].islower() and is_given_name(match.tokens[0].rstrip(".,"))


def _titled_at(text: str, name: NameMatch, patterns: NamePatterns) -> bool:
    """A title stands right before the name: the name is its holder's, and what follows it another's title
    ("Premierminister Li Qiang | Bayerns Ministerpräsident X")."""
    before = text[max(0, name.start - _WORD_REACH) : name.start].split()[-1:]
    return bool(before) and before[0][:1].isupper() and _is_role_word(fold(before[0]).rstrip(".,"), patterns)


def _role_start(text: str, noun_start: int, floor: int, language: Language) -> int:
    """Where a role phrase begins: its nationality or organisation words before the noun, without an opening
    article ("The Prime Minister" is the role "Prime Minister") or what a headline capitalises before them
    ("Call With Russian Foreign Minister" is "Russian Foreign Minister": a joining word or a preposition ends it)."""
    patterns = compiled(language).names
    floor = max(floor, noun_start - _PREFIX_REACH)
    prefix = (
        _may_open_role(text, floor, noun_start, patterns)
        and _may_end_prefix(text, floor, noun_start, patterns)
        and patterns.role_prefix.search(text, floor, noun_start)
    )
    if not prefix or prefix.end() != noun_start:
        attributed = _attributes_start(text, floor, noun_start, language)
        return attributed if attributed is not None else _small_modifiers_start(text, floor, noun_start, language)
    if patterns.gap_stop.search(text, prefix.start(), noun_start):
        return noun_start  # a date's word ("am Montag König X"): the role is its noun
    lowered = not prefix.group(0).istitle() and not any(mark in prefix.group(0) for mark in "'’")
    if lowered and patterns.gap_verb.search(text, prefix.start(), noun_start):
        return noun_start  # "Chinese officials said minister X": a clause's verb, not a portfolio in small letters
    opening = patterns.leading_determiner
    article = opening.match(text, prefix.start(), noun_start) if opening else None
    start = article.end() if article else prefix.start()
    # "с премьер-министром Австрии Иваном Лукичом президент X": the title begins past another's name, which follows
    # other words; capitals that open the prefix are the title's own ("First Assistant Secretary")
    named = [
        m
        for m in find_names(text, start, noun_start, language)
        if len(m.tokens) >= 2
        and (m.start > start or _given_name_before_small_noun(text, m, noun_start) or _titled_at(text, m, patterns))
    ]
    if named:
        start = _next_token(text, named[-1].end, noun_start)
        if _place_genitive(named[-1].tokens[-1], language):  # "Premierminister X Y Bayerns Ministerpräsident Z"
            start = named[-1].end - len(named[-1].tokens[-1])
    preceding = text[max(floor, start - _LEAD_CHARS) : start].split()[-1:]
    first_word = _TOKEN.match(text, start, noun_start)
    venue = preceding and first_word and fold(preceding[0]) in _place_prepositions(language)
    if venue and text[noun_start].islower():  # "принял в Акорде председателя …": the venue, then a title in lower
        start = _next_token(text, first_word.end(), noun_start)  # case ("to Kuwait Prince X" is a title's own)
    elif venue and _names_city(text, start, noun_start, language):
        return noun_start  # "traf in Wien Außenminister X": the city is where they met, the role its noun alone
    stop = max(_SENTENCE_STOP.finditer(text, start, noun_start), key=lambda m: m.end(), default=None)
    if stop:  # "… X. Die Bundeskanzlerin": the capital opens a sentence, not a title
        start = _next_token(text, stop.end(), noun_start)
        article = opening.match(text, start, noun_start) if opening else None
        start = article.end() if article else start
    inner = _last_article_or_clause_opener(text, start, noun_start, language)
    if _particle_after_given_name(text, floor, inner if inner is not None else start, language):
        return noun_start  # "hat Karl van der Brenner Bundeskanzler X": the words past "der" end a name
    if inner is not None:  # "HANNOVER Der Außenminister X", "Nachdem Außenminister X": the role opens past it
        start = _next_token(text, inner, noun_start)
    prefix_words = [m.group(0) for m in _TOKEN.finditer(text, start, noun_start)]
    opening_word, skipped = _TOKEN.match(text, start, noun_start), 0
    while opening_word and (  # "Auch UN-Generalsekretär X", "Later Prime Minister X", "His Majesty King X"
        fold(opening_word.group(0)) in language.stopwords
        or fold(opening_word.group(0)) in language.sentence_adverbs
        or _honorific_at(prefix_words, skipped, patterns)  # not "Sri" of "Sri Lankan President X"
        or opening_verb(opening_word.group(0), language)  # "Welcoming Prime Minister X, …"
        or _event_noun(opening_word.group(0), language)  # "Встреча главы МИД X": the event, of the title's holder
    ):
        start = _next_token(text, opening_word.end(), noun_start)
        opening_word, skipped = _TOKEN.match(text, start, noun_start), skipped + 1
    joins = {fold(w) for w in (*language.counterpart_words, *language.place_prepositions)}
    words = list(_TOKEN.finditer(text, start, noun_start))
    little = [
        w
        for i, w in enumerate(words)
        if fold(w.group(0)) in joins and not _joins_portfolios(words, i, patterns, language)
    ]
    return _next_token(text, little[-1].end(), noun_start) if little else start


def _portfolio_noun_before_name(
    text: str,
    floor: int,
    run_start: int,
    tokens: tuple[str, ...],
    first: int,
    last: int,
    patterns: NamePatterns,
    language: Language,
) -> bool:
    """tokens[first] closes an office's portfolio written without a comma before its holder's name, which a given
    name the register lists opens ("Bundesministerin für Arbeit und Soziales Anna X", "Minister für Kultur Tom Y"):
    the words before the run, back to a role noun that a role link follows, are role links, joining words and
    capitalised items only ("Bundesministerin X und Y Z" lists two people)."""
    if last - first < _PORTFOLIO_NAME_WORDS:
        return False
    before = [*tokens[:first][::-1], *text[max(floor, run_start - _OFFICE_REACH) : run_start].split()[::-1]]
    links, joiners = _role_links(language), _list_joiners(language)
    if not before or fold(before[0]) not in links | joiners:
        return False
    if is_given_name(tokens[first]) or not _plain_given_name(tokens[first + 1], language):
        return False
    previous = ""
    for word in before:
        folded, capital = fold(word).rstrip(","), word[:1].isupper()
        if capital and previous in links and _is_role_word(folded, patterns):
            return True  # the role noun, its link right after it: "Bundesministerin für …"
        item = capital and not word.endswith((".", ";", ":"))
        if not (folded in links | joiners or item) or (item and previous[:1].isupper() and not word.endswith(",")):
            return False  # a word of another kind, or two words of a name: "Bundesministerin Eva Roth und …"
        previous = word.rstrip(",") if item else folded
    return False


@lru_cache(maxsize=16)
def _list_joiners(language: Language) -> frozenset[str]:
    """The words that join the last item of a list ("und", "and"), folded."""
    return frozenset(fold(w) for w in language.list_joiners)


def _names_country(tokens: tuple[str, ...] | list[str], language: Language) -> bool:
    """Whether the words, all of them, name a country the gazetteer knows ("Costa de Marfil", "Corea del Norte")."""
    return any(p.kind == "country" for p in places(" ".join(t.rstrip(".,;") for t in tokens), language.code))


def _names_city(text: str, start: int, end: int, language: Language) -> bool:
    """Whether text[start:end] names a city the gazetteer knows, no country ("Kuwait Prince X" is a title's own)."""
    reading = lookup(text[start:end].strip(), language.code)
    return reading is not None and reading.kind == "city"


def _joins_portfolios(words: list[re.Match[str]], i: int, patterns: NamePatterns, language: Language) -> bool:
    """words[i], an office's joining word before a role noun, joins two capitalised portfolios of one office
    ("Foreign Affairs and Trade Minister X"): the word before it is a common capitalised word, no one's name, and
    neither word beside it names a country ("Kenya and Uganda"); not the two parties' joint ("Obama and Prime
    Minister Y")."""
    if fold(words[i].group(0)) not in {fold(w) for w in language.office_joiners} or not 0 < i < len(words) - 1:
        return False
    previous, following = words[i - 1].group(0).strip(",."), words[i + 1].group(0).strip(",.")
    if not (previous[:1].isupper() and following[:1].isupper()):
        return False
    if any(stems(fold(w), patterns.endings) & patterns.territory_words for w in (previous, following)):
        return False
    return fold(previous) in patterns.not_names and not _is_nationality((following,), patterns)


def _particle_after_given_name(text: str, floor: int, end: int, language: Language) -> bool:
    """Whether the words right before `end` are a name's particles, one an article by its spelling ("van der", "von
    der"), after a given name the register lists ("Karl van der Brenner"): what follows them ends that name."""
    words = text[floor:end].split()
    particles = 0
    while particles < len(words) and fold(words[-1 - particles]) in language.name_particles:
        particles += 1
    return 2 <= particles < len(words) and is_given_name(words[-1 - particles])


def _last_article_or_clause_opener(text: str, start: int, noun_start: int, language: Language) -> int | None:
    """Where the last article or clause opener among the words of a role's prefix ends, None when there is none: an
    article opens the noun phrase of the role and a clause opener ends what stands before it, so no word before
    either is the role's (a dateline's city before "Der Außenminister", a conjunction: "Nachdem Außenminister X")."""
    stops = _article_and_opener_words(language)
    ends = [m.end() for m in _TOKEN.finditer(text, start, noun_start) if fold(m.group(0)) in stops]
    return ends[-1] if ends else None


@lru_cache(maxsize=16)
def _article_and_opener_words(language: Language) -> frozenset[str]:
    """The language's articles and clause openers, folded."""
    return frozenset(fold(w) for w in (*language.determiners, *language.clause_openers))


def _may_open_role(text: str, floor: int, noun_start: int, patterns: NamePatterns) -> bool:
    """Whether words before a role noun may be its prefix: the last ends a nationality, or one of the last three
    holds a capital ("Chile's economy minister"); most role nouns have neither before them."""
    words = text[floor:noun_start].split()[-_PREFIX_WORDS:]
    # asked before every role noun: map, not a generator to build and close
    return bool(words) and (
        words[-1].lower() in patterns.nationality_ends
        or not all(map(str.islower, words))
        or words[-1].endswith(("'s", "’s"))  # "the ministry's spokesperson"
    )


def _may_end_prefix(text: str, floor: int, noun_start: int, patterns: NamePatterns) -> bool:
    """Whether a prefix (`role_prefix`) may end right before a role noun: a space, not a line break, before the noun,
    and a last word that holds a capital, ends a nationality or in "'s", or a word with "'s" (or a name in "s" with
    the apostrophe alone) or a nationality one or two words before it ("Chile's economy minister", "Laos' foreign
    minister", "Chinese defence minister"). A word in small ASCII letters alone ("the foreign minister") is told at
    once; any other word is left to the pattern."""
    if noun_start <= floor or text[noun_start - 1] == "\n" or not text[noun_start - 1].isspace():
        return False  # no match of the prefix can end at the noun
    words = text[floor:noun_start].split()[-_PREFIX_WORDS:]
    last = words[-1] if words else ""
    if not last.isascii() or not last.islower() or last.endswith(_prefix_ends(patterns)):
        return True
    return any(
        "'s" in w or "’s" in w or w.endswith(("s'", "s’")) or w.lower() in patterns.nationality_ends
        for w in words[:-1]
    )


@lru_cache(maxsize=16)
def _prefix_ends(patterns: NamePatterns) -> tuple[str, ...]:
    """What a prefix's last word may end with in small letters: a nationality's last word, or "'s"."""
    return ("'s", *sorted(patterns.nationality_ends))


def _attributes_start(text: str, floor: int, noun_start: int, language: Language) -> int | None:
    """Where the adjectives in small letters between a determiner and a role noun begin, where every noun takes a
    capital ("die bayerische Staatsministerin", "der stellvertretenden Ministerpräsidentin"): they qualify the office
    and are the role's. None when no determiner comes right before small words only, or when one counts the holders
    ("die beiden Außenminister X und Y": the pair, no attribute of the office)."""
    if not language.capitalised_nouns:
        return None
    words = list(_TOKEN.finditer(text, max(floor, noun_start - _PREFIX_REACH), noun_start))
    determiners = {fold(w) for w in language.determiners}
    counts = {fold(w) for w in language.pair_words}
    start = None
    for word in reversed(words):
        token = word.group(0)
        if "\n" in text[word.end() : start or noun_start]:
            return None
        if fold(token) in determiners:
            return start
        if not token[0].islower() or not token[-1].isalpha() or fold(token) in language.stopwords | counts:
            return None
        start = word.start()
    return None


def _small_modifiers_start(text: str, floor: int, noun_start: int, language: Language) -> int:
    """Where the words in small letters that name a role noun's portfolio or body begin, when two or more stand
    right before it, joined by spaces and list joiners, after a function word (not an article: "The delegation
    included …" opens a clause), a comma or a line's start ("signed by
    civil aviation and tourism secretary X", "and intelligence organisation chief X"); a possessive in capitals
    opens them too ("Bangladesh's agriculture ministry's senior secretary X"). The noun alone otherwise: no
    modifiers, a capitalised word before them (a name's or a title's), a verb or another role noun among them, an
    infinitive's marker before them ("to thank former finance minister X": the first word is a verb)."""
    if not language.portfolio_nouns_before_roles or not text[noun_start : noun_start + 1].islower():
        return noun_start  # a title in capitals takes capitalised words ("Chief of State Protocol")
    patterns = compiled(language).names
    joiners = {fold(w) for w in language.list_joiners}
    words = list(_TOKEN.finditer(text, max(floor, noun_start - _PREFIX_REACH), noun_start))
    start, modifiers = noun_start, 0
    for index in range(len(words) - 1, -1, -1):
        word = words[index]
        token, folded = word.group(0), fold(word.group(0))
        if "\n" in text[word.end() : start] or not token[0].isalpha():
            break
        before = words[index - 1].group(0) if index else ""
        if folded in joiners and modifiers and before[:1].islower() and before[-1].isalpha():
            start = word.start()  # "civil aviation and tourism": a joiner between two modifiers
            continue
        if token[0].isupper() and token.endswith(("'s", "’s")) and modifiers >= 2:
            return word.start()
        if not token[0].islower() or (not token[-1].isalpha() and not token.endswith(("'s", "’s"))):
            break
        if folded in language.stopwords or _is_role_word(folded.rstrip("'’s"), patterns):
            break
        if opening_verb(token, language):  # "officials including health minister X"
            break
        start, modifiers = word.start(), modifiers + 1
    else:
        word = None
    if modifiers < 2 or fold(text[start : start + 4]).split()[0] in joiners:
        return noun_start
    boundary = word.group(0) if word is not None else ""
    articles = {fold(w) for w in language.determiners}  # "The delegation included health minister X": a subject
    opens = not boundary or boundary.endswith((",", ";"))
    closed = articles | {fold(w) for w in language.infinitive_markers}  # "to congratulate new prime minister X"
    opens = opens or (fold(boundary) in language.stopwords and fold(boundary) not in closed)
    if not opens or patterns.gap_verb.search(text, start, noun_start):
        return noun_start
    return start


def _next_token(text: str, end: int, limit: int) -> int:
    """Where the next word after `end` begins, before `limit`."""
    following = _TOKEN.search(text, end, limit)
    return following.start() if following else limit


def role_extent(text: str, noun_start: int, noun_end: int, language: Language, limit: int) -> tuple[int, int]:
    """A bare role's whole phrase: the nationality or organisation before its noun ("the UN Secretary-General",
    "the Slovak minister") and its complement up to punctuation, a date, or a place ("… of Azerbaijan in Baku")."""
    patterns = compiled(language).names
    # its nationality or organisation words are of its own sentence: not "Accra. The envoy …"
    ended = _SENTENCE_BREAK.search(text, max(0, noun_start - _PREFIX_REACH), noun_start)
    start = _role_start(text, noun_start, ended.end() if ended else 0, language)
    tail = _ROLE_TAIL.match(text, noun_end, limit)
    end = tail.end() if tail else noun_end
    if tail is None:  # a long clause: the role runs up to its verb ("Le président de la République a demandé …")
        verb = _clause_verb(text, noun_end, _ROLE_RUN.match(text, noun_end, limit).end(), language)
        links = _genitive_words(language)[0] | _role_links(language)
        complement = text[noun_end : verb.start()].split() if verb else []
        proper = all(fold(w) in links or (w[:1].isupper() and _PLAIN_WORD.fullmatch(w)) for w in complement)
        end = verb.start() if complement and proper else noun_end  # links and capitalised words: "de la République"
        if verb and not proper:  # or the words of that kind it opens on: "le président de la République puisse …"
            end = _proper_complement_end(text, noun_end, verb.start(), language)
    stops = (patterns.gap_stop.search(text, noun_end, end), _place_in(patterns, text, noun_end, end))
    # "the Secretary-General welcomes …"; a verb phrase may run past the tail: "Президент X провел телефонный разговор"
    verb = _clause_verb(text, noun_end, limit, language)
    ends = [m.start() for m in (*stops, verb) if m and m.start() < end]
    if ends:
        end = min(ends)
    elided = _ELIDED_WORD_AT_END.search(text, noun_end, end)
    if elided:  # a clitic of the verb that ends the role: "le premier ministre ontarien s’est montré …"
        end = elided.start()
    while end > noun_end and text[end - 1] in " ,–—-":
        end -= 1
    return start, _portfolio_goes_on(text, noun_start, end, limit, language) or end


@remembered
def _clause_verb(text: str, start: int, end: int, language: Language) -> re.Match[str] | None:
    """The first verb or clause mark within [start, end) that ends a bare role's phrase, past the gatherings' nouns
    that name the body the role is of ("le président de la Conférence des évêques, X", "secrétaire général du
    Forum …"): a capitalised gathering's word right after a role link is that body's name, not an event."""
    gap_verb = compiled(language).names.gap_verb
    verb = gap_verb.search(text, start, end)
    while verb and _names_gathering_body(text, verb, language):
        verb = gap_verb.search(text, verb.end(), end)
    return verb


def _names_gathering_body(text: str, found: re.Match[str], language: Language) -> bool:
    """The phrase found is a gathering's noun written with a capital right after one of the role's links ("de la
    Conférence", "du Sommet"), in a language that capitalises only names; where every noun is capitalised, right
    after a genitive link ("der Vorsitzende der Ministerpräsidentenkonferenz, X": the body, not the event); a small
    gathering's noun after the capitalised adjective that names it, in a language that links the body by its case
    ("председателем совета Боаоского азиатского форума X"; not "на Петербургском форуме", a place)."""
    if compiled(language).cues.event_kinds.get(event_key(found.group(0).lower())) != "conference":
        return False
    if not found.group(0)[:1].isupper():
        return not language.capitalised_nouns and not language.role_links and _named_by_adjective(text, found, language)
    before = text[max(0, found.start() - _LINK_REACH) : found.start()].lower().replace("’", "'")
    links = _lowered_links(language.genitive_links if language.capitalised_nouns else language.role_links)
    return any(before.endswith(link if link.endswith("'") else f" {link} ") for link in links)


def _named_by_adjective(text: str, found: re.Match[str], language: Language) -> bool:
    """The gathering's noun found follows a capitalised word, then only small-letter words, its name's adjectives
    ("Боаоского азиатского | форума"), and no preposition of place stands before them (nothing does where `text` is
    a role's complement alone): the words name a body in the genitive, not where something happens ("на
    Петербургском форуме")."""
    words = text[max(0, found.start() - _WORD_REACH * _NAMING_ADJECTIVES) : found.start()].split()
    for index in range(len(words) - 1, max(-1, len(words) - 1 - _NAMING_ADJECTIVES), -1):
        word = words[index]
        if not _PLAIN_WORD.fullmatch(word):
            return False
        if word[:1].isupper():
            return index == 0 or (
                _PLAIN_WORD.fullmatch(words[index - 1]) is not None
                and fold(words[index - 1]) not in _place_prepositions(language)
            )
    return False


@lru_cache(maxsize=16)
def _lowered_links(links: tuple[str, ...]) -> tuple[str, ...]:
    """Links in lower case with straight apostrophes (the role's "de la", "du", "de l'"; the genitive "des", "der")."""
    return tuple(link.lower().replace("’", "'") for link in links)


def _proper_complement_end(text: str, noun_end: int, verb_start: int, language: Language) -> int:
    """Where the complement of a bare role noun ends before the verb of its clause: its links and its capitalised
    words (an elided article may stand against one: "de l’Intérieur"), up to the first other word ("le président de
    la République puisse recevoir …" is "président de la République"), and the lower-case word that follows its last
    capitalised one right before the verb ("le ministre des Affaires étrangères s’est entretenu"); `noun_end` when
    it has none, or when it opens on no link ("President X Y's", "Außenminister die Sitzung …")."""
    links = _genitive_words(language)[0] | _role_links(language)
    openers = _role_links(language) | {fold(w) for w in language.genitive_links}
    first = _TOKEN.search(text, noun_end, verb_start)
    if first is None or fold(first.group(0)) not in openers:
        return noun_end
    end, adjective_end, after_capital = noun_end, noun_end, False
    for word in _TOKEN.finditer(text, noun_end, verb_start):
        token = word.group(0)
        if token[:1].isupper() or ELIDED_CAPITAL.match(token):
            end, after_capital = word.end(), True
        elif fold(token) in links:
            after_capital = False
        elif after_capital and token[:1].islower() and fold(token) not in language.stopwords:
            adjective_end, after_capital = word.end(), False
        else:
            return end
    return max(end, adjective_end)


def _portfolio_goes_on(text: str, noun_start: int, end: int, limit: int, language: Language) -> int | None:
    """Where a bare role's portfolio ends when a comma and a role link add items to it after `end` ("Le ministre du
    Développement communautaire, de l'Équité sociale et territoriale a …"), read as an apposition's would be; None
    when no item follows."""
    following = _COMMA_WORDS.match(text, end, limit)
    if following is None or fold(following.group(1)).rstrip("'’") not in _portfolio_links(language):
        return None
    match = compiled(language).names.role_at_start.match("," + text[noun_start:limit])
    goes_on = noun_start - 1 + match.end("role") if match and match.start("role") == 1 else None
    return goes_on if goes_on and goes_on > end + 1 else None


@lru_cache(maxsize=8)
def _portfolio_links(language: Language) -> frozenset[str]:
    """The role links that open a further item of a portfolio after a comma ("de", "du", "des"), folded, with no
    elision mark: not the prepositions of place."""
    return frozenset(fold(w).rstrip("'’") for w in language.role_links if w not in language.place_prepositions)


def _place_in(patterns: NamePatterns, text: str, start: int, end: int) -> re.Match[str] | None:
    return patterns.place_phrase.search(text, start, end)


def _comma_next(text: str, start: int, end: int) -> bool:
    """Whether a comma comes next before `end`, maybe after a closing quote and spaces: what opens every role in
    apposition (`role_at_start`), told before the pattern is tried."""
    if start < end and text[start] in _APPOSITION_QUOTES:
        start += 1
    while start < end and text[start].isspace():
        start += 1
    return start < end and text[start] == ","


@remembered
def role_after(text: str, name_end: int, sentence_end: int, language: Language) -> tuple[int, int] | None:
    """Offsets of a role phrase in apposition after a name (", secrétaire général de l'ONU"), past the letters of an
    honour between commas (", C.G.H., the President of …"), or the photo's position in brackets ("X (links), …")."""
    position = compiled(language).names.photo_position.match(text, name_end, sentence_end)
    name_end = position.end() if position else _past_spaced_post_nominals(text, name_end, sentence_end, language)
    if not _comma_next(text, name_end, sentence_end):
        # the usual case: no comma opens an apposition; or the role in brackets ("X (secretario de Finanzas)")
        return _bracketed_role(text, name_end, sentence_end, language)
    if text.startswith(", (", name_end):  # a comma slipped in before the brackets: "Y, (ministre des Sports)"
        return _bracketed_role(text, name_end + 1, sentence_end, language)
    name_end = _after_post_nominal(text, name_end, language)
    match = compiled(language).names.role_at_start.match(text, name_end, sentence_end)
    if not match or _joins_another(text[match.start("role") : match.start("role") + _LEAD_CHARS], language):
        return None  # "X, and India's Secretary Y": the next person's role
    # an office abbreviated with a dot may end the match before the name it titles ("X, Vzbgm. Y Z")
    reach = _abbreviation_end(text, match, language, group="role")
    if _titles_another(text, match.start("role"), sentence_end if reach > match.end("role") else reach, language):
        return None  # "X, Präsidentin Y Z": the title of the next name in a list, or a clause that names another
    if _verb_before_noun(text[match.start("role") : match.end("role")], language):
        return None  # a headline's "Le Président, X, reçoit le Vice-Ministre …": the next clause, not a title
    if _opens_on_company(text, match.start("role"), language):
        return None  # "X, accompanied by the Minister of Health, Y, …": who is with X, not X's title
    first = _TOKEN.match(text, match.start("role"))
    word = fold(first.group(0)) if first else ""
    if word in _relative_openers(language):
        return None  # "X, who is also chairman of …": a clause about them, not their title
    if word in _item_links(language) and _linked_role_noun(text, match.start("role"), match.end("role"), language):
        return None  # "en présence du directeur …, M. X, du ministre …, M. Y": the list's next item, not X's title
    start = match.start("role")
    if word in _articles(language) and _clause_verb_next(text, match.end("role"), sentence_end, language):
        return None  # "…, en la residencia X, el jefe de Estado estuvo acompañado …": the next clause's subject
    if word in _articles(language) and first and first.end() < match.end("role"):
        start = _next_token(text, first.end(), match.end("role"))  # "X, the Foreign Minister of Y": no article
    elif any(word.replace("’", "'").startswith(a) and len(word) > len(a) for a in _elided_articles(language)):
        start += len(_ELIDED_PREFIX.match(text, start).group(0))  # "X, l’ambassadeur de Y": no article either
    end = _second_office_end(text, match.end("role"), sentence_end, language) or match.end("role")
    end = _portfolio_items_end(text, end, sentence_end, language) or end
    end = _relative_clause_start(text, start, end, language) or end
    day = compiled(language).names.role_day.search(text, start, end)
    if day:  # "X, Head of UNOR on Sunday, …": the weekday tells when the event was, not the office
        return start, day.start()
    end = _past_abbreviated_place(text, end, sentence_end, language)
    end = _joined_person_start(text, start, end, language) or end
    return start, _second_title_end(text, start, end, sentence_end, language) or end


def _clause_verb_next(text: str, role_end: int, sentence_end: int, language: Language) -> bool:
    """A clause's verb follows the role right after its last word, no comma closing it: the role is that clause's
    subject, not an apposition (the article before it tells so in "…, el jefe de Estado estuvo acompañado por …")."""
    gap = len(text[role_end:sentence_end]) - len(text[role_end:sentence_end].lstrip(" "))
    verb = compiled(language).names.gap_verb.match(text, role_end + gap, sentence_end)
    return verb is not None and verb.group(0)[:1].isalpha()


def joins_next_person(text: str, floor: int, start: int, end: int, language: Language) -> bool:
    """The run text[start:end] is a person whom "and" and a portfolio's link add after an office ("… ministre de
    l'Intérieur et de Jean X"), not an item of that office."""
    return _joined_person_start(text, max(floor, start - _JOINED_REACH), end, language, at=start) is not None


def _joined_person_start(text: str, start: int, end: int, language: Language, at: int | None = None) -> int | None:
    """Where "and" then a portfolio's link bring in the next person rather than another item of the office: a given
    name and a capitalised word follow the link ("en présence de X, ministre des Affaires étrangères et de Ahmed
    Y, conseiller …"), not a place's name ("ambassadeur au Mali et de Sierra Leone"); when `at` is given, only a
    name that starts there. None when no person does."""
    links = _portfolio_links(language)
    if not language.list_joiners or not links:
        return None
    for joined in _joined_link_pattern(language).finditer(text, start, end):
        link, given, family = (joined.group(g) for g in ("link", "given", "family"))
        if at is not None and joined.start("given") != at:
            continue
        if fold(link).rstrip("'’") not in links or not is_given_name(given):
            continue
        if lookup(f"{given} {family}", language.code) is None and lookup(given, language.code) is None:
            return len(text[: joined.start()].rstrip(" ,"))
    return None


@lru_cache(maxsize=8)
def _joined_link_pattern(language: Language) -> re.Pattern[str]:
    """A joining word right after an office, a link and two capitalised words: "et de Ahmed Rahal", "et d'Ahmed
    Rahal"; not after a comma, where a list of people goes on (", et de Jean X, membre du bureau")."""
    joiners = alternation(language.list_joiners)
    return kept_patterns.compile(
        rf"(?<![,;])[^\S\n]+(?:{joiners})[^\S\n]+(?P<link>[^\W\d_]+['’]?)(?:[^\S\n]+|(?<=['’]))"
        rf"(?P<given>[{UPPER}][^\W\d_]+)[^\S\n]+(?P<family>[{UPPER}][\w-]*)"
    )


def _opens_on_company(text: str, start: int, language: Language) -> bool:
    """The phrase at `start` opens on a cue of who is with someone ("accompanied by", "acompañado de", "junto a"):
    a companion's phrase, whose role is the companion's."""
    patterns = compiled(language)
    if patterns.names.company_opening.match(text, start):
        return True
    return patterns.people.representation is not None and patterns.people.representation.match(text, start) is not None


def _second_title_end(text: str, start: int, end: int, sentence_end: int, language: Language) -> int | None:
    """Where a second title ends that a comma adds to a one-word rank ("X, ambassadeur, chef de la Mission
    européenne et Y", "X, embajador, asesor del presidente"): the rank alone is no office, so the title after it is
    the same person's; or to an office, when the second is written with capitals and the apposition closes after it
    ("X, Deputy Prime Minister, Minister of Foreign Affairs of Y;"). None when no such title opens after the comma."""
    if not _comma_next(text, end, sentence_end):
        return None
    rank = not any(c.isspace() for c in text[start:end])
    second = role_after(text, end, sentence_end, language)
    if second is None:
        return None
    noun = compiled(language).names.role_noun
    if rank:
        return second[1] if noun.match(text[second[0] : second[1]].lower()) else None
    # after an office, a second one written with capitals that closes the apposition: "X, Deputy Prime Minister,
    # Minister of Foreign Affairs of Y;", "X, Chief of Defence Staff, Commander of the Army and Head of …"
    # not a list's next item, its name before its role: "X, ministre des finances, Paul Y ministre de …"
    head = noun.search(text[second[0] : second[1]].lower())
    named = head is None or any(is_given_name(w) for w in text[second[0] : second[0] + head.start()].split())
    if named or not text[second[0]].isupper():
        return None
    return second[1] if _apposition_closes(text, second[1], sentence_end, language) else None


def _apposition_closes(text: str, end: int, sentence_end: int, language: Language) -> bool:
    """The apposition ends at `end`: a comma, a semicolon, a bracket, a clause about the name ("who …") or the
    sentence's end follows."""
    rest = text[end:sentence_end].lstrip(" ")
    word = _TOKEN.match(rest)
    clause = word is not None and fold(word.group(0)) in _relative_openers(language)
    return not rest.strip(".!?") or rest[0] in ",;()" or clause


def _relative_clause_start(text: str, start: int, end: int, language: Language) -> int | None:
    """Where a clause after a comma cuts a role short, its opener first or after one preposition ("X,
    directora del Banco Mundial, de quien se llevó …", "…, qui a …"); None when none does."""
    openers = _clause_opener_words(language)
    for comma in _COMMA_WORDS.finditer(text, start, end):
        first, second = comma.group(1), (comma.group(2) or "").casefold()
        preposition = first.islower() and len(first) <= _PREPOSITION_LETTERS
        if first.casefold() in openers or (preposition and second in openers):
            return comma.start()
    return None


@lru_cache(maxsize=8)
def _clause_opener_words(language: Language) -> frozenset[str]:
    """`_relative_openers`, in small letters with their accents ("où" is not "ou")."""
    links = {w.casefold() for w in (*language.role_links, *language.place_prepositions)}
    return frozenset(w.casefold() for w in language.clause_openers) - links


def role_glued_after(text: str, name_end: int, sentence_end: int, language: Language) -> tuple[int, int] | None:
    """Offsets of a role that follows a name with no comma between, its noun first and in small letters, as a list
    item that opens on the name writes it ("Xavier Dupont ambassadeur de Belgique près le Bénin, Y, …")."""
    if not text.startswith(" ", name_end) or not text[name_end + 1 : name_end + 2].islower():
        return None
    patterns = compiled(language).names
    first = _TOKEN.match(text, name_end + 1, sentence_end)
    if first is None or fold(first.group(0)) not in patterns.role_words:
        return None
    match = patterns.role_at_start.match("," + text[name_end:sentence_end])
    if not match or match.start("role") != 2:
        return None
    return name_end - 1 + match.start("role"), name_end - 1 + match.end("role")


def role_glued_in_list(text: str, name_end: int, sentence_end: int, language: Language) -> tuple[int, int] | None:
    """Offsets of a list item's role that follows its name with no comma between, maybe after an article or with
    a capital ("M. X Préfet du Lot, la députée Mme Y", "M. Z le président du département, M. W vice-président de la
    Région et …"), when the item ends with it: a comma, a semicolon, "et" or the sentence's end follows. Not where
    every noun takes a capital: there a title after a name opens the next titled name ("… Jan Kowal
    Ministerpräsident Lutz Brandt …")."""
    if language.capitalised_nouns or not text.startswith(" ", name_end):
        return None
    patterns = compiled(language).names
    first = _TOKEN.match(text, name_end + 1, sentence_end)
    if first is None:
        return None
    noun_start = first.start()
    if fold(first.group(0)) in _articles(language):
        noun_start = _next_token(text, first.end(), sentence_end)
    elif _ELIDED_PREFIX.match(text, noun_start):
        noun_start += 2
    if not patterns.role_noun.match(text[noun_start : noun_start + _ROLE_NOUN_CHARS].lower()):
        return None
    match = patterns.role_at_start.match("," + text[noun_start - 1 : sentence_end])
    if not match or match.start("role") != 2:
        return None
    end = noun_start - 2 + match.end("role")
    return (noun_start, end) if _item_ends(text, end, sentence_end, language) else None


def _item_ends(text: str, end: int, sentence_end: int, language: Language) -> bool:
    """A list item ends at `end`: a comma or a semicolon follows, a joiner of the list's items, or the sentence's
    end."""
    rest = text[end:sentence_end].lstrip()
    following = _TOKEN.match(rest)
    return not rest.strip(".!?") or rest[0] in ",;" or (
        following is not None and fold(following.group(0)) in {fold(w) for w in language.list_joiners}
    )


def predicate_role(text: str, name_end: int, sentence_end: int, language: Language) -> tuple[int, int] | None:
    """Offsets of a role a singular copula predicates of the name right before it, past its article ("X será el
    embajador de México en el país, mientras …"), read as an apposition would be; None when no copula and article
    follow the name, or no role noun opens what follows them."""
    if text[name_end : name_end + 1] not in (" ", "\t"):
        return None
    copula = _copula_after(text, name_end, sentence_end, language)
    if copula is None:
        return None
    words = text[copula:sentence_end].split(None, 1)
    if len(words) < 2 or fold(words[0]) not in _articles(language):
        return None
    article = text.index(words[0], copula)
    apposed = ", " + text[article:sentence_end]
    patterns = compiled(language).names
    match = patterns.role_at_start.match(apposed)
    if not match:
        return None
    start, end = article - 2 + match.start("role"), article - 2 + match.end("role")
    if fold(text[start : start + len(words[0])]) == fold(words[0]):
        start = article + len(words[0]) + 1  # the role without its article
    # no comma closes a predicate as one closes an apposition: past its noun, a date or a place ends it ("X est
    # devenue la 29e gouverneure générale du Canada lundi …", "Y devient la 42e lieutenante-gouverneure à Tignish")
    for word in _TOKEN.finditer(text, start, end):
        noun = patterns.role_noun.match(text[word.start() : word.start() + _ROLE_NOUN_CHARS].lower())
        if noun:
            after = word.start() + noun.end()
            stops = (patterns.gap_stop.search(text, after, end), patterns.place_phrase.search(text, after, end))
            end = min([end, *(stop.start() for stop in stops if stop)])
            break
    while end > start and text[end - 1] in " ,":
        end -= 1
    return (start, end) if start < end else None


def _copula_after(text: str, name_end: int, sentence_end: int, language: Language) -> int | None:
    """Where the words after a singular copula that follows the name begin; the copula may be a phrase of several
    words ("X est devenue la …", "Y devient le nouveau …"); None when none follows the name."""
    words = text[name_end:sentence_end].split(None, _COPULA_WORDS)
    for copula in _copula_phrases(language):
        if len(words) > len(copula) and tuple(fold(w) for w in words[: len(copula)]) == copula:
            at = name_end
            for word in words[: len(copula)]:
                at = text.index(word, at) + len(word)
            return at
    return None


@lru_cache(maxsize=8)
def _copula_phrases(language: Language) -> tuple[tuple[str, ...], ...]:
    """The language's copulas as folded word tuples, the longest first (`Language.copulas`)."""
    return tuple(sorted({tuple(fold(w) for w in c.split()) for c in language.copulas}, key=len, reverse=True))


def inverted_predicate_role(
    text: str, name_start: int, name_end: int, sentence_end: int, language: Language
) -> tuple[int, int] | None:
    """Offsets of a role that a copula standing right before the name predicates of it, where a verb may come before
    its subject (`Language.subject_after_verb`) and the role follows the name with no article ("Seit Mai ist X
    schwedische Botschafterin in Wien"), read as an apposition would be; None otherwise."""
    if not language.subject_after_verb or not language.copulas:
        return None
    before = text[max(0, name_start - _COPULA_REACH) : name_start].split()
    if not before or fold(before[-1]) not in {fold(w) for w in language.copulas}:
        return None
    if text[name_end : name_end + 1] not in (" ", "\t"):
        return None
    apposed = ", " + text[name_end + 1 : sentence_end]
    match = compiled(language).names.role_at_start.match(apposed)
    if not match:
        return None
    shift = name_end + 1 - 2
    return shift + match.start("role"), shift + match.end("role")


def _bracketed_role(text: str, name_end: int, sentence_end: int, language: Language) -> tuple[int, int] | None:
    """Offsets of a role that fills the brackets right after a name ("X (economista jefe del banco), Y (…)"), read as
    an apposition would be; None when the brackets hold anything else (a country, a party, an age)."""
    opening = name_end
    while opening < sentence_end and text[opening] == " ":
        opening += 1
    if not text.startswith("(", opening):
        return None
    closing = text.find(")", opening, sentence_end)
    inner = text[opening + 1 : closing] if closing > 0 else ""
    if not inner.strip() or "(" in inner:
        return None
    apposed = ", " + inner  # the brackets' content as an apposition: the same pattern reads it
    match = compiled(language).names.role_at_start.match(apposed)
    if not match or match.end("role") < len(apposed.rstrip()):
        return None
    shift = opening + 1 - 2
    return shift + match.start("role"), shift + match.end("role")


def _past_abbreviated_place(text: str, end: int, sentence_end: int, language: Language) -> int:
    """Past a place's name that the role's last word opens as an abbreviation ("Gouverneurin von St. | Petersburg",
    "Mayor of St. | Louis"): its dot is the abbreviation's, not the clause's end; `end` when no place is so
    written there."""
    if not text.startswith(".", end):
        return end
    word = _WORD_AT_END.search(text, max(0, end - _ABBREVIATION_REACH), end)
    if word is None or fold(word.group(0)) not in language.abbreviations:
        return end
    following = _PLACE_WORDS_AFTER.match(text, end, sentence_end)
    if following is None:
        return end
    words = list(_TOKEN.finditer(text, end + 1, following.end()))
    for last in reversed(words):  # the longest place first
        if places(text[word.start() : last.end()], language.code):
            return last.end()
    return end


def _portfolio_items_end(text: str, end: int, sentence_end: int, language: Language) -> int | None:
    """Where the further items of a portfolio end that a comma, then a joining word, add to a role ("X, Minister of
    Commerce, | Industry and Investment Promotion and Dr. Y"): each item opens on a common word, not a name. None
    when no such items follow."""
    if not language.office_joiners:
        return None
    items = _PORTFOLIO_ITEMS.match(text, end, sentence_end)
    if items is None or not compiled(language).names.office_joiner.fullmatch(items.group("join")):
        return None
    patterns = compiled(language).names
    if not all(_portfolio_item_word(items.group(g).split()[0], patterns, language) for g in ("first", "last")):
        return None
    end = _genitive_complement_end(text, items.end(), sentence_end, language) or items.end()
    following = text[end:sentence_end]
    if following.strip() and not (following[:1] in ",.;:" or compiled(language).names.office_joiner.match(following)):
        return None  # "…, Industry and Trade Minister Y": the items open another's title
    return end


def _portfolio_item_word(word: str, patterns: NamePatterns, language: Language) -> bool:
    """A word that may open an item of a portfolio: a common capitalised word; in a language that writes every
    noun with a capital, any word but a given name ("Bundesministerin für Bildung, Wissenschaft und Forschung")."""
    return _is_common_word(word, patterns) or (language.capitalised_nouns and not is_given_name(word))


def _genitive_complement_end(text: str, end: int, sentence_end: int, language: Language) -> int | None:
    """Where the genitive complement that the last item of a portfolio takes ends, in a language that writes every
    noun with a capital ("… und Gleichstellung der Freien Hansestadt Hamburg, …"): at the punctuation after it.
    None when no genitive link follows `end`."""
    if not language.capitalised_nouns:
        return None
    link = _TOKEN.match(text, _next_token(text, end, sentence_end))
    if link is None or fold(link.group(0)) not in _genitive_openers(language):
        return None
    tail = _ROLE_TAIL.match(text, link.end(), sentence_end)
    return tail.end() if tail and tail.end() > link.end() else None


def _second_office_end(text: str, end: int, sentence_end: int, language: Language) -> int | None:
    """Where a second office that a joining word adds to a role after a name ends ("X, Prime Cabinet Secretary and
    Cabinet Secretary for Foreign Affairs of Kenya."), or the portfolio's last noun ("Minister of Trade and
    Industry."): a role noun or capitalised words right after the word, then no verb and no person's name up to
    the clause's end. None when the joining word brings in someone else ("X, Minister of
    Y, and Foreign Minister Z Q")."""
    if not language.office_joiners:
        return None
    joined = compiled(language).names.office_joiner.match(text, end)
    if joined is None:
        return None
    stop = _OFFICE_STOP.search(text, joined.end(), sentence_end)
    stop_at = stop.start() if stop else sentence_end
    office = text[joined.end() : stop_at]
    patterns = compiled(language).names
    joiners = {fold(w) for w in language.office_joiners}  # "Minister für Finanzen und Kultur und Chef der X"
    portfolio = all(w[:1].isupper() or fold(w) in language.role_links or fold(w) in joiners for w in office.split())
    if not (patterns.role_noun.match(office.lower()) or portfolio) or patterns.gap_verb.search(office):
        return None  # "and Cabinet Secretary for …", "Minister of Trade and Industry": the office goes on
    named = find_names(office, 0, len(office), language)
    if any(len(n.tokens) >= 2 and not places(" ".join(n.tokens), language.code) for n in named):
        return None
    return joined.end() + len(office.rstrip())


def _past_spaced_post_nominals(text: str, name_end: int, sentence_end: int, language: Language) -> int:
    """Past the letters of honours set after a name with spaces only ("X Y AO QC, Governor of …"), which the name
    leaves out; `name_end` when none follows."""
    end = name_end
    while (letters := _SPACED_WORD.match(text, end, sentence_end)) and letters.group(1) in language.post_nominals:
        end = letters.end()
    return end


def _after_post_nominal(text: str, name_end: int, language: Language) -> int:
    """Past the letters of an honour or a degree set between commas after a name ("X, C.G.H., the President …",
    "X, MP, Minister …"), where the apposition's comma stands; `name_end` when none is there. Initials that name a
    place ("X, U.S., …") are no honour."""
    letters = _POST_NOMINAL.match(text, name_end)
    if letters is None:
        return name_end
    word = letters.group(1)
    initials = _ABBREVIATION.fullmatch(word) is not None and not places(word, language.code)
    if initials or word.rstrip(".") in language.post_nominals:
        return letters.end()
    return name_end


def _verb_before_noun(role: str, language: Language) -> bool:
    """Whether a verb stands among the words before the role noun of an apposition's text ("reçoit le
    Vice-Ministre …"): a clause with the name as its subject, whose object holds the role."""
    patterns = compiled(language).names
    noun = patterns.role_noun.search(role.lower())
    return bool(noun and noun.start() and patterns.gap_verb.search(role, 0, noun.start()))


def _opens_clause_or_agent(gap: str, language: Language) -> bool:
    """The words between a role's noun and a name end on a word that opens a clause or brings in a passive's agent
    ("el embajador de X en el país, mientras Y", "acompañado por los presidentes … por Y"): the name is not the
    role's holder."""
    words = gap.split()
    return bool(words) and fold(words[-1].strip(",")) in _clause_or_agent_words(language)


@lru_cache(maxsize=8)
def _clause_or_agent_words(language: Language) -> frozenset[str]:
    """The words that open a clause about a name and the prepositions of a passive's agent, folded."""
    return _relative_openers(language) | {fold(w) for w in language.agent_words}


@lru_cache(maxsize=8)
def _relative_openers(language: Language) -> frozenset[str]:
    """The words that open a clause about a name ("who", "qui", "который"), not the prepositions that may open a
    title ("en su calidad de …", "в …")."""
    links = {fold(w) for w in (*language.role_links, *language.place_prepositions)}
    return frozenset(fold(w) for w in language.clause_openers) - links


@lru_cache(maxsize=8)
def _elided_articles(language: Language) -> frozenset[str]:
    """The language's definite articles written against the next word ("l'"), folded, with a straight apostrophe."""
    return frozenset(fold(a).replace("’", "'") for a in language.definite_articles if a.endswith(("'", "’")))


@lru_cache(maxsize=8)
def _item_links(language: Language) -> frozenset[str]:
    """The one-word links of a role to its complement that are no article ("du", "de", "of"): after the comma that
    closes a name, such a link before a role noun opens the next item of a list the same link governs ("en présence
    du directeur …, M. X, du ministre …"), where an apposition opens on the noun or its article ("X, der Minister")."""
    return frozenset(fold(w) for w in language.role_links if " " not in w and not w.endswith(("'", "’"))) - _articles(
        language
    )


def _linked_role_noun(text: str, start: int, end: int, language: Language) -> bool:
    """The words of text[start:end] before its first role noun are a link and articles at most: "du ministre",
    "de la ministre", "of the Minister"."""
    lower = text[start:end].lower()
    noun = compiled(language).names.role_noun.search(lower)
    if noun is None:
        return False
    words = [fold(w) for w in re.split(r"[\s'’]+", lower[: noun.start()]) if w]
    elided = {fold(w).rstrip("'’") for w in language.definite_articles}
    return bool(words) and all(w in elided for w in words[1:])


def _titles_another(text: str, start: int, end: int, language: Language) -> bool:
    """A full name stands in text[start:end] right after a role noun: "Präsidentin Carola Veit", "el presidente
    Andrés Manuel López Obrador llegó …" (not "… am Ordensklinikum Linz")."""
    role_noun = compiled(language).names.role_noun
    for name in find_names(text, start, end, language):
        before = text[start : name.start].rstrip().lower()
        nouns = role_noun.finditer(before)
        if len(name.tokens) >= 2 and any(_abbreviation_end(before, m, language) == len(before) for m in nouns):
            return True
    return False


def listed_role(text: str, sentence_start: int, name_start: int, language: Language) -> str | None:
    """The role a plural role noun before a list gives one of its names: the singular, with what the item adds
    between commas before the name ("ambassadeur du Royaume de Suède" in "les ambassadeurs du Chili, X, du
    Royaume de Suède, Y"; "Cabinet Secretary" in "Cabinet Secretaries X and Y"). None when no plural role leads
    the list, or a verb or another role stands between it and the name."""
    patterns = compiled(language).names
    floor = max(sentence_start, name_start - _LIST_REACH)
    nouns = list(patterns.role_plural.finditer(text.lower(), floor, name_start)) if patterns.role_plural else []
    by_article = False
    if nouns:
        noun, singular = nouns[-1], patterns.singulars[nouns[-1].group(0)]
    elif (noun := _plural_by_article(text, floor, name_start, language)) is not None:
        singular, by_article = noun.group(0), True  # "die Botschafter von A, X, aus B, Y": alike in both numbers
    else:  # a noun alike in both numbers, made plural by the nationalities before it
        return _listed_by_nationalities(text, floor, name_start, language)
    # items may be kept apart by semicolons: "los secretarios de Relaciones Exteriores, X; de Hacienda, Y; …"
    between = _without_closing_honorifics(text[noun.end() : name_start], language).replace(";", ",")
    # a colon may open the list, right after the noun or after its complement: "trois nouveaux ambassadeurs : X
    # (Japon), Y (Chili)", "los nuevos embajadores acreditados ante la República de Panamá: X, de Austria; Y, …"
    head, colon, listed = between.partition(":")
    opened = bool(colon) and not patterns.gap_verb.search(head) and not patterns.role_noun.search(head.lower())
    if opened:
        between = " " + listed
    elif patterns.gap_verb.search(between):
        # the sentence opens on a list with its verb: "Los nuevos embajadores son X, de A; Y, de B"
        listed = _after_list_opener(text, sentence_start, noun.end(), name_start, language)
        opened, between = listed is not None, " " + listed.replace(";", ",") if listed is not None else between
    if "\n" in between or patterns.gap_verb.search(between) or patterns.role_noun.search(between.lower()):
        return None
    if text[noun.start()].isupper():
        singular = singular[0].upper() + singular[1:]
    start = _role_start(text, noun.start(), floor, language)
    role = text[start : noun.start()] + singular
    before = _nationalities_before(text[floor:start], text[start : noun.start()], language)
    if before:  # "the Azerbaijani, Turkish and Pakistani Foreign Ministers, X, Y, Z": one nationality each
        adjectives, prefix = before
        index = sum(len(m.tokens) >= 2 for m in find_names(between, 0, len(between), language))
        return f"{adjectives[index]} {prefix}{singular}" if index < len(adjectives) else None
    adjectives, between = _plural_adjectives(between, language)
    role = " ".join((role, *adjectives))  # "ambassadeurs extraordinaires et plénipotentiaires X, Y"
    if _name_opens(between, language):
        # "…: X, de Austria; Y, de Malta", "los embajadores X, de Austria; Y, de Malta": a name opens the list, so
        # each item's country follows its name, none is the next one's
        return role
    shared = _nationalities_shared(between, language)
    if shared:  # "les ministres américain et français des Affaires étrangères, X et Y": one nationality each
        adjectives, rest = shared
        index = sum(len(m.tokens) >= 2 for m in find_names(rest, 0, len(rest), language))
        if index >= len(adjectives):
            return None
        complement = _ROLE_TAIL.match(rest)
        tail = complement.group(0).strip() if complement and complement.group(0).strip()[:1].islower() else ""
        return " ".join(w for w in (role, adjectives[index], tail) if w)
    countries = _territories_shared(between, language)
    if countries:  # "los presidentes de Colombia y de Estados Unidos, X y Y": one country each, in order
        index = sum(len(m.tokens) >= 2 for m in _holders(between, language))
        return f"{role} {countries[index]}" if index < len(countries) else None
    item = _item_after_semicolon(text[noun.end() : name_start], language)
    if item:  # "las ministras de Justicia, X; y de Industria, Comercio y Turismo, Y": the item is Y's whole portfolio
        return f"{role} {item}"
    if between.rstrip().endswith("(") and find_names(between, 0, len(between), language):
        # "die Außenminister von A (X), B (Y)": each name in brackets after its country, in turn; after a noun that
        # only its article makes plural, the list's head holds the office with each item's country (`people`)
        return None if by_article else role
    country = _country_before_name(between, language)
    if country:  # "les ambassadeurs du Portugal X, de Suède Y et du Japon Z": each name right after its country
        return f"{role} {country}"
    adjective = _nationality_before_name(between, language)
    if adjective:  # "les présidents russe X et turc Y": each name right after its own nationality
        return f"{role} {adjective}"
    closing = between.rstrip().rsplit(None, 1) or [""]
    joined = len(closing) == 2 and fold(closing[-1]) in {fold(w) for w in language.counterpart_words}
    if not between.rstrip().endswith(",") and (not joined or len(between.split()) <= _MAX_GAP_WORDS):
        if len(between.split()) > _MAX_GAP_WORDS:
            return None
        # "Cabinet Secretaries X and Y"; "des vice-présidents du parti AKP X et Y": the complement the plural had
        own = _complement_before_names(between, language)
        return f"{role} {own}" if own else role
    piece = (closing[0] if joined else between.rstrip()[:-1]).split(",")[-1].strip()
    if not piece and not joined:
        return role  # "los parlamentarios andinos, X, Y y Z": the comma after the plural role opens its list
    country = _country_item(between, piece, language)
    if country:  # "Ambassadors of Turkiye, X; Ethiopia, Y; … and Colombia, Z": the item's country, with the link
        return f"{role} {country}"
    joined_item = _joined_item(piece, language)
    if joined_item:  # "los ministros de Gobierno, X y de Defensa, Y": the item joined after the name before is Y's
        return f"{role} {joined_item}"
    if any(len(m.tokens) >= 2 for m in find_names(piece, 0, len(piece), language)):
        # "… X (Cuba), Y (Angola) et Z": the list of names goes on under the one role, with the complement the
        # plural had when the list holds names alone ("les trois membres du Haut Conseil (HCT), Mme X, M. Y et Z")
        head, _comma, listed = between.partition(",")
        own = _complement_before_names(head, language) if _names_alone(listed, language) else None
        return f"{role} {own}" if own else role
    if joined:
        return None
    linked = patterns.item_link.match(piece) if patterns.item_link else None
    if linked and linked.group("item"):
        return f"{role} {linked.group('item')}"
    # an item that ends on its country after another word ("die Botschafter von A, X, aus der Republik Irak, Y")
    country = patterns.territory.search(fold(piece))
    return role if country and country.end() == len(fold(piece)) else None


def _without_closing_honorifics(between: str, language: Language) -> str:
    """What stands between a plural role and a name in its list, without the name's own honorifics at its end ("…
    du Haut Conseil, Mme X, M. Y et M. " is "… du Haut Conseil, Mme X, M. Y et "): the comma or joining word before
    them is what sets the name apart as the list's next item."""
    honorifics = compiled(language).names.honorific_words
    kept = between.rstrip()
    while (words := kept.rsplit(None, 1)) and len(words) == 2 and fold(words[1]).rstrip(".") in honorifics:
        kept = words[0].rstrip()
    return kept + " " if kept != between.rstrip() else between


def _names_alone(listed: str, language: Language) -> bool:
    """Each item of a list is one name alone, maybe after its honorifics ("Mme X, M. Y et "): no item brings a
    country or a portfolio of its own."""
    honorifics = compiled(language).names.honorific_words
    joiners = {fold(w) for w in language.list_joiners}
    for item in listed.split(","):
        words = " ".join(w for w in item.split() if fold(w) not in joiners)
        if not words:
            continue
        names = [m for m in find_names(words, 0, len(words), language) if len(m.tokens) >= 2]
        lead = words[: names[0].start].split() if names else []
        if len(names) != 1 or names[0].end != len(words) or any(fold(w).rstrip(".") not in honorifics for w in lead):
            return False
    return True


def _joined_item(piece: str, language: Language) -> str | None:
    """The item a joining word adds after the previous item's name, from its role link on ("de Defensa" in "X y
    de Defensa"): the portfolio or country of the name that follows. None when no joiner is followed by a link."""
    words = piece.split()
    joiners = {fold(w) for w in language.list_joiners}
    links = {fold(w) for w in language.role_links if " " not in w}
    for index in range(len(words) - 2, 0, -1):
        if fold(words[index]) in joiners and fold(words[index + 1]) in links:
            return " ".join(words[index + 1 :])
    return None


def group_item_role(
    text: str, lower: str, floor: int, name_start: int, name_end: int, language: Language
) -> str | None:
    """The role of a name that a list gives with its country alone, under the plural role of the group it counts
    in, in its sentence or the one before ("… cinq nouveaux ambassadeurs extraordinaires et plénipotentiaires. Il
    s'agit de X de l'État du Qatar, Y du Royaume de Norvège …"): that noun in the singular with its adjectives,
    and the item's country ("ambassadeur extraordinaire et plénipotentiaire du Royaume de Norvège"). None when no
    country follows the name, no plural role stands from `floor` on, or another role noun stands between them.
    `lower` is the text in lower case."""
    patterns = compiled(language).names
    if patterns.role_plural is None:
        return None
    after = name_end + 1 if text[name_end : name_end + 1] == "," else name_end
    of = territory_after(text, after, min(len(text), after + _LIST_REACH), language)
    nouns = list(patterns.role_plural.finditer(lower, floor, name_start)) if of else []
    if not of or not nouns or patterns.role_noun.search(lower, nouns[-1].end(), name_start):
        return None
    noun = nouns[-1]
    singular = patterns.singulars[noun.group(0)]
    if text[noun.start()].isupper():
        singular = singular[0].upper() + singular[1:]
    # the noun's adjectives, up to the end of its sentence: "… en qualité d'ambassadeurs extraordinaires et
    # plénipotentiaires. Il s'agit de …"
    adjectives, _rest = _plural_adjectives(text[noun.end() : name_start].partition(".")[0], language)
    return " ".join((singular, *adjectives, text[of[0] : of[1]]))


def _after_list_opener(
    text: str, sentence_start: int, noun_end: int, name_start: int, language: Language
) -> str | None:
    """What follows the opening of a sentence that lists a group's members, when the plural role noun ending at
    `noun_end` is a word of that opening ("Los nuevos embajadores son", "The ambassadors are"); None otherwise."""
    opener = compiled(language).people.list_opener
    found = opener.match(text[sentence_start:name_start]) if opener else None
    if found is None or sentence_start + found.end() < noun_end:
        return None
    return text[sentence_start + found.end() : name_start]


def _name_opens(listed: str, language: Language) -> bool:
    """A full name opens what a colon lists ("X, de Austria; Y, …"): the items give each name first, then its own
    country, so no item's country belongs to the name after it."""
    names = find_names(listed, 0, len(listed), language)
    return bool(names) and len(names[0].tokens) >= 2 and not listed[: names[0].start].strip()


def _country_item(between: str, piece: str, language: Language) -> str | None:
    """The country alone that opens a name's item in a list under a plural role whose first item links its country
    ("Ambassadors of Turkiye, X; Ethiopia, Y; Saudi Arabia, Z and Colombia, W"), with that link ("of Ethiopia");
    None when the item is no country or the list links none."""
    patterns = compiled(language).names
    words = piece.split()
    joiners = {fold(w) for w in language.counterpart_words}
    last_joiner = max((i for i, w in enumerate(words) if fold(w) in joiners), default=-1)
    item = words[last_joiner + 1 :]
    links = {fold(r) for r in language.role_links}
    # the last item after "and" may bring its own link: "… et du Burkina Faso, W", "… y de Chile, W"
    own_link = item[0] if last_joiner >= 0 and len(item) > 1 and fold(item[0]) in links else None
    country = " ".join(item[1:] if own_link else item)
    if not country or not patterns.territory.fullmatch(fold(country)):
        return None
    link = own_link or next((w for w in between.split()[:1] if fold(w) in links), None)
    return f"{link} {country}" if link else None


def _country_before_name(between: str, language: Language) -> str | None:
    """The linked country alone that an item of a list under a plural role gives right before its name, after the
    name of the item before and a comma or a joining word ("de Suède", "du Japon" in "les ambassadeurs du Portugal
    X, de Suède Y et du Japon Z"); None when no earlier item's name stands in `between` or the item is no country."""
    earlier = [m for m in find_names(between, 0, len(between), language) if len(m.tokens) >= 2]
    if not earlier:
        return None
    words = between[earlier[-1].end :].strip().removeprefix(",").split()
    if words and fold(words[0]) in {fold(w) for w in language.counterpart_words}:
        words = words[1:]
    item = " ".join(words)
    folded = fold(item).replace("’", "'")
    for link in sorted(language.role_links, key=len, reverse=True):
        opening = fold(link).replace("’", "'")
        if folded.startswith(opening) and (opening.endswith("'") or folded[len(opening) : len(opening) + 1] == " "):
            country = folded[len(opening) :].strip()
            return item if country and compiled(language).names.territory.fullmatch(country) else None
    return None


def _nationality_before_name(between: str, language: Language) -> str | None:
    """The one nationality adjective that an item of a list under a plural role sets right before its name, alone
    or after the name of the item before and a comma or a joining word ("russe", then "turc", in "les présidents
    russe X et turc Y"; "ruso" in "los presidentes ruso, X, y turco, Y"); None otherwise."""
    earlier = [m for m in find_names(between, 0, len(between), language) if len(m.tokens) >= 2]
    rest = _BRACKETED_WORDS.sub(" ", between[earlier[-1].end if earlier else 0 :])
    words = rest.strip().strip(",").split()
    joiners = {fold(w) for w in language.counterpart_words}
    if earlier and words and fold(words[0]) in joiners:
        words = words[1:]
    if len(words) != 1:
        return None
    word = words[0].strip(",")
    return word if compiled(language).names.nationality.fullmatch(fold(word)) else None


def _complement_before_names(between: str, language: Language) -> str | None:
    """The complement that opens what stands between a plural role and a name ("du parti AKP" in "des
    vice-présidents du parti AKP X et Y"), up to the first name or a comma; None when no role link opens it."""
    linked = compiled(language).names.item_link
    head = between.split(",")[0].strip()
    names = find_names(head, 0, len(head), language)
    first = next((m.start for m in names if len(m.tokens) >= 2), len(head))
    head = head[:first].strip()
    found = linked.match(head) if linked and head else None
    return found.group("item").strip() if found and found.group("item").strip() else None


def _item_after_semicolon(between: str, language: Language) -> str | None:
    """The item a semicolon opens right before a name and its comma, when it is a role's complement that may hold
    commas of its own ("; y de Industria, Comercio y Turismo, "): past a joining word, from its role link on. None
    when a later item follows, joined with its own link ("; de B, Y, y de C, ")."""
    head, semicolon, item = between.rpartition(";")
    item = item.strip()
    if not semicolon or not head or not item.endswith(","):
        return None
    segments = item[:-1].split(",")
    opening = [fold(w) for w in segments[-1].split()[:2]]
    joiners, links = {fold(w) for w in language.list_joiners}, {fold(w) for w in language.role_links}
    if len(segments) > 1 and len(opening) == 2 and opening[0] in joiners and opening[1] in links:
        return None  # a later item joined with its own link: "; de B, Y, y de C, "
    words = item[:-1].split()
    if words and fold(words[0]) in {fold(w) for w in language.list_joiners}:
        words = words[1:]
    linked = compiled(language).names.item_link
    found = linked.match(" ".join(words)) if linked and words else None
    return found.group("item") if found and found.group("item") else None


def _plural_by_article(text: str, floor: int, name_start: int, language: Language) -> re.Match[str] | None:
    """The last role noun before a name, when a plural article stands right before it, maybe with an adjective
    between ("die Botschafter", "die neuen Außenminister"), and it is no feminine singular ("die Botschafterin"):
    a noun that reads alike in both numbers, made plural; None otherwise."""
    if not language.plural_articles:
        return None
    nouns = list(compiled(language).names.role_noun.finditer(text.lower(), floor, name_start))
    if not nouns or nouns[-1].group(0).endswith(language.feminine_endings):
        return None
    noun = nouns[-1]
    words = [fold(w) for w in text[max(floor, noun.start() - _ARTICLE_REACH) : noun.start()].split()]
    articles = {fold(a) for a in language.plural_articles}
    if words and words[-1] in articles:
        return noun
    adjective = len(words) >= 2 and words[-1].islower() and words[-2] in articles
    if adjective:
        return noun
    paired = any(
        words and words[-1] == fold(article) and noun.group(0).endswith(ending)
        for article, ending in language.paired_plural_articles
    )
    return noun if paired and _second_of_pair(text, noun.end(), name_start, language) else None


def _second_of_pair(text: str, noun_end: int, name_start: int, language: Language) -> bool:
    """Between a role noun and a name stand one name, maybe its bracket ("(Grüne)"), and a list joiner alone: the
    name is the second of two the noun heads ("den Landtagsabgeordneten X (Grüne) und Y")."""
    between = _BRACKETED_WORDS.sub(lambda m: " " * len(m.group(0)), text[noun_end:name_start])
    names = find_names(between, 0, len(between), language)
    if len(names) != 1 or between[: names[0].start].strip():
        return False
    rest = between[names[0].end :].split()
    return len(rest) == 1 and fold(rest[0]) in {fold(w) for w in language.list_joiners}


def _listed_by_nationalities(text: str, floor: int, name_start: int, language: Language) -> str | None:
    """The role a noun after two nationalities or more gives one of the names listed after it, where the noun reads
    the same in both numbers: "seinen ukrainischen, russischen und französischen Amtskollegen, X, Y und Z" gives Y
    "russischen Amtskollegen". None when no such list stands before the name."""
    patterns = compiled(language).names
    nouns = list(patterns.role_noun.finditer(text.lower(), floor, name_start))
    if not nouns:
        return None
    noun = nouns[-1]
    between = text[noun.end() : name_start]
    if "\n" in between or patterns.gap_verb.search(between):
        return None
    start = _role_start(text, noun.start(), floor, language)
    before = _nationalities_before(text[floor:start], text[start : noun.start()], language)
    if before is None:
        return None
    adjectives, prefix = before
    index = sum(len(m.tokens) >= 2 for m in find_names(between, 0, len(between), language))
    return f"{adjectives[index]} {prefix}{text[noun.start() : noun.end()]}" if index < len(adjectives) else None


def _territories_shared(between: str, language: Language) -> list[str] | None:
    """The countries, each with its link ("de Colombia", "de Estados Unidos"), that a plural role names, two or more
    joined, before the list of its holders' names (`between` runs from the role to one of them); None otherwise."""
    patterns = compiled(language).names
    names = _holders(between, language)
    head = between[: names[0].start if names else len(between)]
    respectively = compiled(language).people.respectively
    if respectively and (handed := respectively.search(head)):  # ", respectivement MM. X et Y": in that order
        head = head[: handed.start()]
    head = head.strip().rstrip(",").strip()
    joiners = alternation(language.list_joiners or language.counterpart_words)
    parts = [p.strip() for p in re.split(rf",|\s(?:{joiners})\s" if joiners else ",", head)]
    links = sorted((fold(w) for w in language.role_links), key=len, reverse=True)
    parts[-1], post = _post_after_country(parts[-1], patterns, language)
    portfolio, parts[0] = _portfolio_before_country(parts[0], links, patterns)
    out, link = [], ""
    for part in parts:
        folded = fold(part)
        own = _own_link(folded, links)
        country = folded[len(own) :].strip()
        if not (patterns.territory.fullmatch(country) or patterns.nationality.fullmatch(country)):
            return None  # a country's name, or its genitive where the language declines it ("России")
        link = part[: len(own)] if own else link
        out.append(" ".join(w for w in (portfolio, part if own else f"{link} {part}".strip(), post) if w))
    return out if len(out) >= 2 else None


def _holders(between: str, language: Language) -> list[NameMatch]:
    """The capitalised runs of `between` (from a plural role to one of its holders) that may be holders' names: not
    the complements a role link opens ("de Relaciones Exteriores", "de Perú"), which say what the office is of."""
    links = {fold(w) for w in language.role_links}
    found = find_names(between, 0, len(between), language)
    return [m for m in found if not between[: m.start].split() or fold(between[: m.start].split()[-1]) not in links]


def _portfolio_before_country(part: str, links: list[str], patterns: NamePatterns) -> tuple[str, str]:
    """The first item of a list of countries split from the portfolio the plural role names before it ("de
    Relaciones Exteriores | de Perú" in "los viceministros de Relaciones Exteriores de Perú y de Colombia"): every
    item's office is of that portfolio. ("", part) when the item is a country alone."""
    words, folded = part.split(), fold(part).split()
    for cut in range(len(words) - 1, 0, -1):
        linked = " ".join(folded[cut:])
        own = _own_link(linked, links)
        if own and patterns.territory.fullmatch(linked[len(own) :].strip()):
            return " ".join(words[:cut]), " ".join(words[cut:])
    return "", part


def _own_link(folded: str, links: list[str]) -> str:
    """The role link (`links`, longest first) that opens `folded`, before a space or elided into the next word
    ("de l'allemagne", "d'espagne"); "" when none opens it."""
    return next((w for w in links if folded.startswith(w if w.endswith("'") else w + " ")), "")


def _post_after_country(part: str, patterns: NamePatterns, language: Language) -> tuple[str, str]:
    """The last item of a list of countries split from the post they all hold their office in ("de la France | au
    Togo", "des Pays-Bas | auprès de la Valdoria"): a country, then a place preposition or a role link. The post is
    every item's ("les ambassadeurs du Niger et de la France au Togo"); ("part", "") when none follows."""
    words = part.split()
    openers = _place_prepositions(language) | {fold(w).split()[0] for w in language.role_links}
    links = sorted((fold(w) for w in language.role_links), key=len, reverse=True)
    for cut in range(len(words) - 1, 0, -1):
        if fold(words[cut]) not in openers:
            continue
        country = " ".join(words[:cut])
        own = _own_link(fold(country), links)
        if patterns.territory.fullmatch(fold(country)[len(own) :].strip()):
            return country, " ".join(words[cut:])
    return part, ""


def _nationalities_before(window: str, prefix: str, language: Language) -> tuple[list[str], str] | None:
    """(nationality adjectives, the rest of the prefix) when a list of two or more nationalities ends right before
    a plural role, its last one opening the role's prefix ("Azerbaijani, Turkish and" + "Pakistani Foreign")."""
    nationality = compiled(language).names.nationality
    joins = {fold(w) for w in language.counterpart_words}
    words = prefix.split()
    if not words or not nationality.fullmatch(fold(words[0])):
        return None
    adjectives = [words[0]]
    tokens = window.split()
    while tokens:
        separator = fold(tokens[-1]) in joins
        if separator:
            tokens.pop()
        elif not tokens[-1].endswith(","):
            break
        if not tokens or not nationality.fullmatch(fold(tokens[-1].rstrip(","))):
            break
        adjectives.insert(0, tokens.pop().rstrip(","))
    rest = prefix[len(words[0]) :].lstrip()
    return (adjectives, rest) if len(adjectives) >= 2 else None


def _plural_adjectives(between: str, language: Language) -> tuple[list[str], str]:
    """(the lower-case words that follow a plural role, each in the singular, with their joining words; the rest)
    for "extraordinaires et plénipotentiaires X, Y": "extraordinaire et plénipotentiaire"."""
    links = {fold(w.split()[0]) for w in language.role_links}
    joins = {fold(w) for w in language.counterpart_words}
    words: list[str] = []
    position = 0
    for token in _TOKEN.finditer(between):
        word = token.group(0).removesuffix(",")  # "los parlamentarios andinos, X, Y": a comma closes the head
        if not word[:1].islower() or (fold(word) in links and fold(word) not in joins) or not word.isalpha():
            break
        if compiled(language).names.nationality.fullmatch(fold(word)):
            break  # "ministres allemand et péruvien": nationalities, handed out one a name
        words.append(word if fold(word) in joins else singular(word, language))
        position = token.start() + len(word)
        if len(word) < len(token.group(0)):
            break
    while words and fold(words[-1]) in joins:
        words.pop()
    return (words, between[position:]) if words else ([], between)


def singular(word: str, language: Language) -> str:
    """A plural adjective or noun in the singular, by the language's plural endings read backwards."""
    for ending, plural in language.plural_endings:
        if plural and word.endswith(plural):
            return word[: len(word) - len(plural)] + ending
    return word


def _nationalities_shared(between: str, language: Language) -> tuple[list[str], str] | None:
    """(nationality adjectives, what follows them) when two or more, joined, open the text after a plural role
    ("américain et français des Affaires étrangères, X et Y"); None otherwise."""
    nationality, joins = compiled(language).names.nationality, compiled(language).people.item_break
    adjectives: list[str] = []
    position = len(between) - len(between.lstrip())
    while joins is not None and (word := _TOKEN.match(between, position)):
        if not nationality.fullmatch(fold(word.group(0).rstrip(","))):
            break
        adjectives.append(word.group(0).rstrip(","))
        position = word.end() - (word.group(0).endswith(",") and 1)
        joined = joins.match(between, position)
        if joined is None:
            break
        position = joined.end()
    rest = between[position:]
    return (adjectives, rest) if len(adjectives) >= 2 else None


@lru_cache(maxsize=1024)
def same_country(one: str | None, other: str | None, language: Language) -> bool:
    """Two countries `nationality_country` gave are one: the same name, or two names of one territory, its full
    name and its initials ("Объединённые Арабские Эмираты" and "ОАЭ", "United States" and "US")."""
    if not one or not other:
        return False
    if one == other:
        return True
    first, second = lookup(one, language.code), lookup(other, language.code)
    if first is None or second is None or not first.country:
        return False
    return first.kind == second.kind == "country" and first.country == second.country


@remembered
def nationality_country(role: str, language: Language) -> str | None:
    """The country or organisation that a role phrase names or implies: a nationality adjective, an
    organisation, or a country's own name ("Minister of Foreign Affairs of Azerbaijan")."""
    patterns = compiled(language).names
    folded = fold(role)
    adjective = patterns.nationality.search(folded)
    organisation = patterns.organisation.search(role)
    if adjective and not (organisation and adjective.group(0) in fold(organisation.group(0))):
        return patterns.nationalities[adjective.group(0)]  # not "American" in "Organization of American States"
    if organisation:
        return language.organisations[organisation.group(0)]
    for country in patterns.territory.finditer(folded):
        if country.group(0) not in patterns.world_regions:  # "ministre de l'Europe et des Affaires étrangères"
            return patterns.territory_names[country.group(0)]
    for word in folded.split():  # a nationality in the plural: "ministre … des Marocains résidant à l'étranger"
        for singular, plural in language.plural_endings:
            found = word[: len(word) - len(plural)] + singular if plural and word.endswith(plural) else ""
            if found in patterns.nationalities:
                return patterns.nationalities[found]
    return None
