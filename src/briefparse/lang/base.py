"""The shape every language module fills in, and the patterns compiled from it once."""

from __future__ import annotations

import hashlib
import marshal
import re
from collections.abc import Callable
from dataclasses import field
from functools import cache, cached_property, lru_cache, partial
from itertools import product
from pathlib import Path

from briefparse import kept_patterns
from briefparse.lang.cldr import calendar_names, cut_month_names, territory_names
from briefparse.lazy_regex import NOTHING
from briefparse.settings_record import settings_record


def alternation(words: list[str] | set[str] | tuple[str, ...] | dict[str, object]) -> str:
    """A regex that matches any of the literal words, factored as a trie so that matching stays fast
    on long lists; longer words win over their prefixes. Spaces match any run of whitespace."""
    listed = frozenset(words)  # in C: most lists hold no empty word to leave out
    return _alternation(listed if all(listed) else frozenset(w for w in listed if w))


@lru_cache(maxsize=1024)
def _alternation(words: frozenset[str]) -> str:
    """`alternation` of a set of words, built once: languages share lists (months, determiners, role links); and
    kept from one run to the next (see `kept_patterns`)."""
    return kept_patterns.kept_text("alternation", marshal.dumps(sorted(words)), partial(_trie_of, words))


def _trie_of(words: frozenset[str]) -> str:
    """The pattern of `alternation`, built as a trie of the words."""
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_pattern(trie) if trie else NOTHING


def _trie_pattern(node: dict) -> str:
    ends_here = "" in node
    branches = []
    for char, child in sorted(node.items()):
        if not char:
            continue
        chain = _escaped(char)
        while len(child) == 1 and "" not in child:  # a run of letters with one way on: no group, no recursion
            ((char, child),) = child.items()
            chain += _escaped(char)
        branches.append(chain + _trie_pattern(child))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 and not ends_here else "(?:" + "|".join(branches) + ")"
    if len(branches) == 1 and ends_here:
        body = "(?:" + branches[0] + ")"
    return body + "?" if ends_here else body


_ESCAPED = {" ": r"\s+"}


def _escaped(char: str) -> str:
    """A character as the pattern writes it, escaped once for every pattern."""
    escaped = _ESCAPED.get(char)
    if escaped is None:
        escaped = _ESCAPED[char] = re.escape(char)
    return escaped


#: a "{a|b|}" group of `variants`' templates, its choices in group 1
_CHOICE_GROUP = re.compile(r"\{([^{}]*)\}")


def variants(*templates: str) -> tuple[str, ...]:
    """Every phrase the templates spell, in order: each "{a|b|}" group stands for one of its choices, the
    empty one included, so a verb is written once with its forms ("a reçu{|e|s|es} en audience",
    "{will |is due to |}meet with"). Runs of spaces left by an empty choice become one.

    Kept from one run to the next (see `kept_patterns`), under the templates and this module's code: a language
    module spells thousands of phrases so as it is imported."""
    code = _this_module()
    if code is None:
        return _spelled(templates)
    key = code + "\n".join(templates).encode(errors="surrogatepass")
    return kept_patterns.kept_value("variants", key, partial(_spelled, templates), tuple)


@cache
def _this_module() -> bytes | None:
    """A digest of this module's file, whose code `variants` spells with; None when it is not read from a file."""
    try:
        return hashlib.sha256(Path(__file__).read_bytes()).digest()
    except OSError:
        return None


def _spelled(templates: tuple[str, ...]) -> tuple[str, ...]:
    """The phrases of `variants`."""
    out: dict[str, None] = {}
    for template in templates:
        if "{" not in template:  # most phrases of a language's lists: one spelling, found without a regex
            out[" ".join(template.split())] = None
            continue
        parts = _CHOICE_GROUP.split(template)
        choices = [part.split("|") if index % 2 else [part] for index, part in enumerate(parts)]
        for combination in product(*choices):
            out[" ".join("".join(combination).split())] = None
    return tuple(out)


#: the Cambodian honorific ("Samdech X") and the titles its holders carry after it, which English and French texts
#: write alike: the prime minister's in full ("Samdech Techo X", "Samdech Akka Moha Sena Padei Techo X"), the
#: interior minister's, the prime minister's since 2023 (both spellings), the Senate president's ("Samdech Kralahom
#: X", "Samdech Moha Bovor Thipadei X", "Samdech Vibol Sena Pheakdei X")
SAMDECH_TITLES = (
    "Samdech",
    "Samdech Techo",
    "Samdech Akka Moha Sena Padei Techo",
    "Samdech Kralahom",
    "Samdech Moha Bovor Thipadei",
    "Samdech Moha Borvor Thipadei",
    "Samdech Thipadei",
    "Samdech Vibol Sena Pheakdei",
)


@settings_record
class Language:
    """Everything briefparse knows about one language. Extractors read only these fields.

    Compared and hashed by identity, so extractors can cache compiled patterns per language.
    """

    code: str
    name: str
    #: frequent short words, used to recognise the language
    stopwords: frozenset[str]
    #: "dmy" or "mdy": how to read 3/04/2021
    numeric_date_order: str = "dmy"
    #: letters a regional spelling writes otherwise, each with what it writes instead: Swiss and Liechtenstein
    #: German write "ss" for "ß" ("begrüsste", "willkommen geheissen", "Aussenminister"). The compiled patterns read
    #: every word of the lists in either spelling (`compiled`)
    respellings: tuple[tuple[str, str], ...] = ()
    #: extra month spellings beyond CLDR ("sept", "févr")
    extra_months: dict[str, int] = field(default_factory=dict)
    #: extra weekday spellings beyond CLDR: other cases, compounds ("среду", "montagabend")
    extra_weekdays: dict[str, int] = field(default_factory=dict)
    #: a part of the day written after a weekday ("vendredi soir", "Friday evening", "в пятницу вечером")
    day_parts: tuple[str, ...] = ()
    #: ordinal suffixes after a day number ("1er", "3rd")
    day_suffixes: tuple[str, ...] = ()
    #: words before a day and month in figures without a year, each closed by a full stop ("am 29.03."): a date
    #: only after one of them, where the figures are no version, score or section number
    yearless_numeric_cues: tuple[str, ...] = ()
    #: words that may join a day, its month and its year ("de" in "3 de marzo de 2021")
    date_connectors: tuple[str, ...] = ()
    #: an abbreviation of "year" that may follow a date's year ("3 марта 2021 г."): part of the date
    year_marks: tuple[str, ...] = ()
    #: a night that runs from one day into the next: the words before its first day and the link before its
    #: second ("dans la nuit de mercredi à jeudi", "in der Nacht von Mittwoch auf Donnerstag"): what happens in it
    #: happens on the second day, after midnight
    night_openers: tuple[str, ...] = ()
    night_links: tuple[str, ...] = ()
    #: words between the first and last day of a range ("du 24 au 25 novembre": "au")
    range_words: tuple[str, ...] = ("-", "–")
    #: words a page puts before its last update date ("Updated", "Stand", "mis à jour"), and the function word
    #: that may follow them ("updated on"): that date is not the publication date
    update_labels: tuple[str, ...] = ()
    #: words a page puts before the day it was last edited ("Dernière modification", "Last modified"), which a site's
    #: system stamps whenever anything on the page changes: never the publication date, even when it is the only one
    edit_labels: tuple[str, ...] = ()
    #: words before a publication date ("Publié le", "Posted")
    publication_cues: tuple[str, ...] = ()
    #: headings of a list of other stories ("Read also", "À lire aussi"): the dates under them are theirs
    other_stories: tuple[str, ...] = ()
    #: word → day offset from the anchor date ("hier": -1)
    relative_days: dict[str, int] = field(default_factory=dict)
    #: those of `relative_days` that count from a day the story tells just before them, not from the day it was
    #: written ("arrivé le 3 mai, il a été reçu le lendemain", "la veille"): the anchor only when no day precedes
    story_relative_days: tuple[str, ...] = ()
    #: nouns of an occasion, as written right after a relative word that is also a preposition ("накануне заседания",
    #: "накануне переговоров в Стамбуле"): the eve of that occasion, told in passing, no day counted from the anchor
    eve_occasions: tuple[str, ...] = ()
    #: words before or after a weekday that put it after the anchor day, never on it ("vendredi prochain", "next
    #: Friday")
    next_markers: tuple[str, ...] = ()
    #: words that make a weekday refer to the past week ("dernier", "last")
    past_markers: tuple[str, ...] = ()
    #: words near a weekday that make it the coming one ("will", "next", "sera", "wird", "состоится")
    future_markers: tuple[str, ...] = ()
    #: verbs of inviting ("eingeladen", "invited", "пригласил"), and the links that set the day invited to right
    #: before a date ("für den", "for", "на"): in one clause, the date is the occasion's, told ahead of it ("hat das
    #: Diplomatische Corps für den 27. September nach Rostock eingeladen")
    invitation_verbs: tuple[str, ...] = ()
    invited_day_links: tuple[str, ...] = ()
    #: endings of future-tense verbs, for languages that mark it on the verb ("reunirán": "rán")
    future_endings: tuple[str, ...] = ()
    #: words that close a clause after the encounter they put to come, in languages whose verbs go last ("Danach ist
    #: ein Gespräch mit X geplant", "steht ein Treffen mit X auf dem Programm"): a meeting only scheduled
    closing_future_markers: tuple[str, ...] = ()
    #: past forms of the verb such a marker closes, which tell a programme carried out ("Ein Termin bei X stand auf dem
    #: Programm"), not one to come
    closing_past_verbs: tuple[str, ...] = ()
    #: words right before a date that make it the start of a state still going on ("depuis le 6 janvier", "since
    #: January 6", "с 6 января"): a day the text reckons from, no event's
    since_words: tuple[str, ...] = ()
    #: words that open a clause whose days are the start of a state still going on, wherever the day stands in
    #: that clause ("since he became Prime Minister on May 10"); only words that never mean "from" a place
    since_clause_words: tuple[str, ...] = ()
    #: words that open a phrase whose bare year is where a state still going on began ("au pouvoir depuis 2005",
    #: "depuis son élection en 2017"): a year the brief's time comes after, however long after, not one it is set
    #: near; only words that never mean "with" or "from" a place
    since_year_words: tuple[str, ...] = ()
    #: determiners that set a weekday in the week the text is written in ("ce jeudi", "este jueves", "this Thursday"):
    #: the near ones only, not "that Thursday" / "ese jueves", which point at a day the story told
    weekday_demonstratives: tuple[str, ...] = ()
    #: words right before a date that make it the date a document bears ("заявления … от 9 ноября 2020 года", "указ
    #: от 5 мая"): the day a text was issued, named in passing, no event's
    document_day_words: tuple[str, ...] = ()
    #: nouns of a yearly return that a count before them ("58e anniversaire", "70th anniversary", "75. Jahrestag",
    #: "60º aniversario", "70-летней годовщины") dates from an origin: stems, any ending may follow
    anniversary_words: tuple[str, ...] = ()
    #: the UN General Assembly as a count of its sessions names it ("76e session de l'Assemblée générale de l'ONU",
    #: "78th session of the UN General Assembly", "80-й сессии Генассамблеи ООН"): the words after the count; the
    #: N-th regular session opens in September of 1945 + N, the year a day without one in the brief falls in
    un_assembly_words: tuple[str, ...] = ()
    #: the word that ties a weekday to the noun before it ("las elecciones del domingo", "le scrutin de dimanche",
    #: "die Wahl vom Sonntag"): the day of that thing, told in passing, no event's
    noun_day_links: tuple[str, ...] = ()
    #: words before such a link that leave the weekday a day of its own: a part of the day ("la tarde del domingo",
    #: "la nuit de dimanche", "in der Nacht vom Sonntag") and a word that opens a span ("à partir de lundi")
    day_of_its_own: tuple[str, ...] = ()
    #: words that may link a relative day word to the date right after it that restates it ("ce matin du 26 août",
    #: "esta mañana del 5 de mayo", "heute am 5. Mai"): one day, told by the date
    restating_links: tuple[str, ...] = ()
    #: words right after a day of the month that name its month from the anchor's ("le 11 courant": 0, "le 11 du mois
    #: dernier": -1, "el 11 del corriente", "am 11. dieses Monats"): the month is the publication's, not written
    relative_months: dict[str, int] = field(default_factory=dict)
    #: participles that tell an incident happened, right before its day ("l'attaque survenue le 9 mars", "the attack
    #: perpetrated on Saturday", a death: "mort mercredi 14 octobre"): the day of that incident, never of a meeting,
    #: call or visit the brief reports, nor of a statement made about it
    occurrence_participles: tuple[str, ...] = ()
    #: nouns of a death ("décès", "disparition"): a day the same clause writes after one, with no finite verb between
    #: ("le décès de X, ancien président, ce jeudi 26 septembre 2019"), is the death's, never a message's about it
    death_nouns: tuple[str, ...] = ()
    #: nouns of a violent incident ("ataque", "Anschlag", "attack"): in a statement, a day the same clause writes
    #: after one, with no finite verb, reporting verb or event between ("condena el ataque del 24 de septiembre", "el
    #: asalto a la embajada, la noche del pasado viernes 5 de abril"), or a day word right before one ("zu den
    #: gestrigen Anschlägen"), is the incident's, never the day of the statement about it
    incident_nouns: tuple[str, ...] = ()
    #: words of a vote or of its outcome ("élection", "scrutin", "electoral"): a day the same sentence writes after
    #: one, with no event word between ("les élections qui ont eu lieu ce dimanche 7 mai", "the Electoral Commission
    #: announced on Monday"), is the vote's or its result's, never the day of a message that answers it
    vote_words: tuple[str, ...] = ()
    #: words of "after" that open a phrase about an occasion before the one the sentence reports ("se sont
    #: entretenus vendredi après les bombardements ayant touché X le 27 février", "spoke on Friday after the attack
    #: on March 25", "tras el ataque del 27 de febrero"): a day of the month in that phrase is that occasion's, not
    #: the day of a weekday outside it
    after_words: tuple[str, ...] = ()
    #: participles that set an occasion on a day to come, with their link, right before that day ("the summit
    #: scheduled for March 27", "les pourparlers programmés pour le 24 mars", "el encuentro fijado para el 15 de
    #: agosto", "саммит, запланированный на 24 марта"): the coming occasion's day, which neither dates a meeting a
    #: weekday tells nor gives that weekday its year
    scheduled_participles: tuple[str, ...] = ()
    #: abbreviations that end with a dot but do not end a sentence
    abbreviations: frozenset[str] = frozenset()
    #: offices written as an abbreviation before a name, with the office written out ("LH": "Landeshauptmann",
    #: "Bgm": "Bürgermeister"): the written-out office is the fuller role of one person called both
    office_abbreviations: dict[str, str] = field(default_factory=dict)
    #: words before a name that are not part of it ("M.", "Mr", "His Excellency")
    honorifics: tuple[str, ...] = ()
    #: military ranks among the honorifics, in lower case ("colonel"): their plural before a list of names gives
    #: each its rank as a role, as a plural role does ("les colonels X et Y")
    rank_titles: tuple[str, ...] = ()
    #: titles of those who go by one name, a word after one being their whole name ("King Willem-Alexander",
    #: "el papa Francisco", "Königin Máxima"), in lower case where the language writes them so
    sole_name_titles: tuple[str, ...] = ()
    #: nouns of a family tie ("wife", "fille", "hijas"): after a possessive or a name's genitive ("his wife X", "sa
    #: fille Y", "Z's son, W"), a name of one word is the relative's whole name, their given name
    kin_nouns: tuple[str, ...] = ()
    #: words that name a reigning sovereign by the office alone, never before a name ("le Souverain", "the
    #: monarch"): a further mention of the one royal the brief names
    sovereign_words: tuple[str, ...] = ()
    #: role nouns and titles ("ministre des Affaires étrangères", "Prime Minister")
    roles: tuple[str, ...] = ()
    #: titles of a council's members that the council itself bears ("Nationalrat X", "der Nationalrat hat
    #: beschlossen"): a role before or after a name, never an unnamed person when the word stands alone
    council_titles: tuple[str, ...] = ()
    #: nationality adjectives (any inflection) → country
    nationalities: dict[str, str] = field(default_factory=dict)
    #: a person's name in the nominative, for a language whose names decline ("Владимиром Путиным" → "Владимир
    #: Путин"), given the text before the name, whose last word may tell its case; None where names are written alike
    #: in every case
    nominative_name: Callable[[str, str], str] | None = None
    #: for a language written in another script than Latin, the Latin spellings of its letters and of a few letter
    #: groups, the usual transliteration first ("й": "y", "i", "j"), by which its names are read in registers kept in
    #: Latin letters (`officeholders`: "Тиллерсоном" is Rex Tillerson); empty for a language written in Latin letters
    latin_spellings: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: a source's name in the nominative, for a language whose nouns decline ("пресс-службе Кремля" → "пресс-служба
    #: Кремля"); None where they do not
    nominative_phrase: Callable[[str], str] | None = None
    #: how many words open a capitalised run before the person's name it holds, as the language's dictionary
    #: reads them (a place, an adjective of the lower-case noun after the run), given the run's words and the
    #: word after it; the run's length when it names no one; None where no dictionary is used
    words_before_name: Callable[[tuple[str, ...], str], int] | None = None
    #: whether the language's dictionary knows a lone capitalised word as a surname ("Медведев", "Лукашенко"): a
    #: person named by the surname alone; None where no dictionary is used
    known_surname: Callable[[str], bool] | None = None
    #: whether the dictionary, not knowing a lone capitalised word, reads it first as a person's name in some case
    #: ("Фиданом", "Токаева") and never as a place or an organisation; None where no dictionary is used
    guessed_surname: Callable[[str], bool] | None = None
    #: whether the dictionary reads a capitalised word first as a given name ("Ульрих"): a name's first word, even
    #: with an adjective's ending (`adjective_endings`); None where no dictionary is used
    known_given_name: Callable[[str], bool] | None = None
    #: whether the dictionary lets a capitalised word after a title name the title's holder: a holder's name stands
    #: in the title's case ("директору Гусейнову"), a word in no case of the title is its complement ("директору
    #: Агентства"); None where no dictionary is used
    names_title_holder: Callable[[str, str], bool] | None = None
    #: whether the dictionary lets two role nouns stand in one case, as one person's offices set side by side with a
    #: comma do ("президент общества …, депутат парламента X"); None where no dictionary is used (offices are then
    #: not chained)
    offices_agree: Callable[[str, str], bool] | None = None
    #: where a second person's name begins inside a capitalised run, as the dictionary reads its words' cases: after
    #: a given name and surname in one oblique case, a word in none of them ("с главой МИД Сергеем Лавровым Мухриддин
    #: отметил"); 0 when the run is one name or cannot tell; None where no dictionary is used
    second_name_at: Callable[[tuple[str, ...]], int] | None = None
    #: organisation names and acronyms as they appear after a role ("de l'ONU", "of the UN")
    organisations: dict[str, str] = field(default_factory=dict)
    #: lower-case words linking a role to its organisation or country ("de", "of")
    role_links: tuple[str, ...] = ()
    #: words that open a title given after a name as the capacity it acts in ("X, en sa qualité d'ambassadeur …",
    #: "X, in his capacity as Special Envoy …"): left out of the role
    capacity_links: tuple[str, ...] = ()
    #: words that join a second office to the first after a name ("X, Prime Cabinet Secretary and Cabinet Secretary
    #: for Foreign Affairs."): the role goes on when no name follows the second office in its clause
    office_joiners: tuple[str, ...] = ()
    #: nouns of the body an office belongs to, which a comma may set after the title ("X, Foreign Secretary,
    #: Ministry of Foreign Affairs"): the role goes on past that comma
    office_bodies: tuple[str, ...] = ()
    #: heads of the nouns of the bodies an office sits in, folded ("ministerium", "amt", "kanzlei"): a place
    #: preposition before one, right after a title, is the office's complement and no place that ends the role
    #: ("Staatssekretärin im Auswärtigen Amt X", "Staatsminister im Bundeskanzleramt X")
    office_seats: tuple[str, ...] = ()
    #: legal forms of companies, as written ("GmbH", "AG"): a capitalised run that ends in one, or that one follows,
    #: is a company's name, not a person's ("Stamina Media GmbH")
    company_forms: tuple[str, ...] = ()
    #: words that, right before a role noun in a named person's own clause, predicate the office they act in ("Barack
    #: Obama besucht als Präsident der USA Berlin", "X stellte als Minister … vor"): their role when none stands by
    #: their name
    capacity_words: tuple[str, ...] = ()
    #: a singular copula right after a named person and before an article and a role noun ("X será el embajador de
    #: México en el país"), maybe a phrase of a few words ("X est devenue la …"): that role is the person's, when none
    #: stands by the name
    copulas: tuple[str, ...] = ()
    #: adverbs that open a sentence and so take a capital there ("Later", "Ensuite", "Luego"): never the first word
    #: of a title that follows them ("Later Prime Minister X left for …" is the Prime Minister), nor a source alone
    #: before a verb of saying ("También reconoció …": its subject is left unsaid)
    sentence_adverbs: frozenset[str] = frozenset()
    #: words that may close a name, as written ("Jr.", "Sr."): kept with their dot
    name_suffixes: tuple[str, ...] = ()
    #: letters after a name that are not part of it ("MP", "QC", "TD"): left out of the name
    post_nominals: frozenset[str] = frozenset()
    #: words between a byline label and the outlet it names ("By Staff The Canadian Press")
    byline_fillers: tuple[str, ...] = ()
    #: lower-case words that can sit inside a name ("de", "van", "bin")
    name_particles: frozenset[str] = frozenset()
    #: whether the language writes a nickname in angle quotes between a given name and the rest of the name ("José
    #: «Pepe» Ortuño"); False where angle quotes hold a company between an office and a name ("Глава «Вальнефти»")
    angle_quoted_nicknames: bool = False
    #: those of `name_particles` that join a given name to a father's ("bin", "ould"): a title right before one is a
    #: given name ("Gen. Sultan bin X"), a title right after one is a father's name ("Saleh bin Amir X")
    patronymic_particles: frozenset[str] = frozenset()
    #: capitalised words that never start or make a name (sentence starters, weekdays…)
    not_names: frozenset[str] = frozenset()
    #: articles, and their contractions with a preposition, that never stand right before a person's bare name
    #: ("se trasladaron al Despacho Presidencial", "al ingresar al Patio de Honor"): a thing's or a place's name
    #: follows them, a person only after a role ("al presidente X")
    thing_articles: frozenset[str] = frozenset()
    #: case endings a name or word may take ("Лаврова", "Лаврову" ~ "Лавров"): compared without them
    case_endings: tuple[str, ...] = ()
    #: endings of a name's genitive written before the noun it owns ("Gaucks Freundin", "Korhonens Schwiegersohn X"):
    #: such a word, when the name without it stands elsewhere in the text, is the owner, no word of a name after it
    name_genitive_endings: tuple[str, ...] = ()
    #: True when nouns compound (German): a word that ends in a role noun is a role ("Außen|minister",
    #: "US-|Präsident"), one that ends in a common noun of `not_names` is no name ("Telefon|gespräch")
    compounds: bool = False
    #: True when every noun is capitalised (German): a capitalised word just after a determiner, maybe
    #: with adjectives between ("der Ernennung", "die verspätete Ankunft"), is a noun, not a name
    capitalised_nouns: bool = False
    #: True when a family name's particle stands right after the given names ("Ursula von der Leyen", "Karl vom
    #: Stein") and never joins two surnames (German): after a surname it links a complement ("Olaf Scholz von der
    #: SPD"), unlike "Cristina Fernández de Kirchner" or "Maurice Couve de Murville"
    particles_follow_given_names: bool = False
    #: adjectives may follow their noun ("au Palais présidentiel"): a venue's noun alone takes the word after it; not
    #: where they stand before it ("im Bundeskanzleramt empfangen", "в Кремле завершились")
    adjectives_follow_nouns: bool = True
    #: a role may end with a place right before its holder, no comma between ("послом России в Минске Дмитрием
    #: Мезенцевым"); elsewhere a place there ends the role ("le ministre a reçu à Rabat X")
    roles_end_in_places: bool = False
    #: nouns in small letters, uninflected, may stand before a role noun as its portfolio or body ("civil aviation
    #: and tourism secretary X", "intelligence organisation chief X"); not where such words inflect or move
    #: ("в состав делегации вошли вице-премьер X") or follow the noun ("ministre de l'Agriculture")
    portfolio_nouns_before_roles: bool = False
    #: words that put a verb right after them ("to" in "came to congratulate new prime minister X"): such a verb is
    #: no portfolio, so small words after them stay out of the role
    infinitive_markers: tuple[str, ...] = ()
    #: prefixes written onto a role noun ("ex" in "expresidenta", "экс" in "экс-премьер"), for languages that
    #: do not otherwise compound their words
    role_prefixes: tuple[str, ...] = ()
    #: words that join the items of a list of names ("y", "und", "и"), as written; alone before a verb of saying
    #: ("Y agregó: …"), no source
    list_joiners: tuple[str, ...] = ()
    #: words that open, in brackets after a full name, another name the same person goes by ("(popularly known as
    #: X)", "(alias X)"): the name in the bracket is an alias, not another person
    alias_phrases: tuple[str, ...] = ()
    #: stems of a spokesperson's title, folded ("sprecher" in "Regierungssprecherin", "пресс-секретар")
    spokesperson_stems: tuple[str, ...] = ()
    #: stems of role nouns that name someone only by a tie to another, folded ("counterpart", "homolog", "kolleg"):
    #: an office the brief gives the same person says more of them; on a visit, the one named so is the host
    relative_role_stems: tuple[str, ...] = ()
    #: endings of a verb form that opens a sentence in capitals right before a name ("Congratulating Cho on …",
    #: "Welcoming Ms X"): a long word with one is no first name
    opening_verb_endings: tuple[str, ...] = ()
    #: name particles written against the word they join, apostrophe included ("d'" in "Giscard d'Estaing"): a name
    #: goes on past one; the same elided word before a capital is a preposition ("accompagnée d'Alexander X"), after
    #: which a name may open
    elided_particles: tuple[str, ...] = ()
    #: titles that name one office, as written in lower case ("mandatario" and "presidente", "canciller" and
    #: "ministro de relaciones exteriores"): a bare one refers to whoever the brief gives another of them
    same_offices: tuple[tuple[str, ...], ...] = ()
    #: titles of the offices the register of officeholders records (`officeholders.OFFICES`), each with the office,
    #: written without the country ("ministre des affaires étrangères", "foreign minister"): a role that is one
    #: of them and a country alone names the person the register lists in that office of that country
    register_titles: tuple[tuple[str, tuple[str, ...]], ...] = ()
    #: short words that tie a list item's own country to its name ("de", "from", "aus der"): between two names of a
    #: list under one role, only these, capitalised words and separators ("посол Украины X, Чехии - Y", "X, de la
    #: República de Chile; Y") give the next item the same role
    item_country_links: tuple[str, ...] = ()
    #: the press writes initials as capitals without stops ("AK Abdul Momen", "S Jaishankar"): two capitals before a
    #: name may be its initials, not a body's ("СГ Дмитрий X", "UE")
    undotted_initials: bool = False
    #: event type → verb phrases that report it ("s'est entretenu avec" → meeting)
    event_verbs: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: auxiliary verbs that go on with a clause after an apposition ("a", "ont", "has", "is")
    auxiliaries: tuple[str, ...] = ()
    #: verbs of reported speech that carry a point of the brief ("a souligné", "stressed")
    speech_verbs: tuple[str, ...] = ()
    #: phrases that tell what an encounter covered ("ont porté sur", "focused on", "was also raised"): the matter
    #: of the talks, a point of the brief though it names no event word
    topic_verbs: tuple[str, ...] = ()
    #: phrases after which come the people that took part together ("entre", "between")
    counterpart_words: tuple[str, ...] = ()
    #: words that open a pair of people an encounter or a relation is between ("between", "entre"): when someone
    #: else is named before or takes part already, and neither of the pair does, the pair is others' ("the task set
    #: in a call between President X and President Y", "tras los choques entre los presidentes X y Y")
    between_words: tuple[str, ...] = ()
    #: subject pronouns that continue talking about a participant ("il", "he")
    pronouns: tuple[str, ...] = ()
    #: whether a verb may come before its subject, so that a pronoun right after a verb of saying is the one who
    #: said and the capitalised phrase before the verb is none ("Von Reiseplänen sagte er nichts", "Об этом сказал
    #: он"); not where a pronoun after the verb opens the clause said ("the ministry said he would come")
    subject_after_verb: bool = False
    #: possessive determiners: "his counterpart" names no one new
    possessives: tuple[str, ...] = ()
    #: endings that make a noun the owner of what follows ("the President's residence"): "'s"
    possessive_endings: tuple[str, ...] = ()
    #: endings whose last mark alone makes a noun ending in s the owner of what follows ("Harris’ visit"): "s’"
    bare_possessive_endings: tuple[str, ...] = ()
    #: demonstrative determiners: "this meeting", like "their meeting", refers back to an event already named
    demonstratives: tuple[str, ...] = ()
    #: adjectives of an event still to come ("prochain", "next", "nächste"): "the next summit" is not the event
    #: reported
    upcoming_words: tuple[str, ...] = ()
    #: times still to come that may follow a gathering's name in its clause ("later this year", "next month"): "at the
    #: Commonwealth summit in Malta later this year" is not the event reported
    coming_times: tuple[str, ...] = ()
    #: words that deny the event named right after them, past one determiner ("pas d'entretien", "no meeting",
    #: "kein Treffen"): the event did not take place, and what the brief reports is what was said about it
    negation_words: tuple[str, ...] = ()
    #: verbs that deny or rule out the event named a few words after them ("desmiente haber tenido una conversación",
    #: "descartó una reunión", "denies meeting", "опроверг информацию о встрече"): the event did not take place, or
    #: is not to; what the brief reports is the denial, a statement
    denial_verbs: tuple[str, ...] = ()
    #: words that deny the verb they stand three words at most before ("n'avait été reçu", "ne s'était pas rendu"):
    #: an opening sentence whose every event word they deny in the tense of `earlier_tense_auxiliaries` sets the
    #: scene ("Dix-sept ans qu'un président syrien n'avait été reçu à l'Élysée."), it does not lead
    verb_negations: tuple[str, ...] = ()
    #: words before an event word, one or two words between at most, that make it one only considered ("possible",
    #: "possibility of a", "условие", "ob") or told as a habit ("regularly", "традиционно"): what the brief reports is
    #: what was said about it, a statement
    undecided_before: tuple[str, ...] = ()
    #: predicates after an event word, in its clause, that leave it undecided or put off ("is possible", "postponed",
    #: "n'est pas à l'ordre du jour", "отложен"): likewise a statement about the event, not the event
    undecided_after: tuple[str, ...] = ()
    #: words of a near future without a day ("in the near future", "prochainement", "в ближайшее время"): close after
    #: an event word, in its clause ("a meeting in the near future", "will meet X soon"), an encounter only announced
    near_future: tuple[str, ...] = ()
    #: definite articles: in a later sentence, "the meeting", like "their meeting", refers back to the event
    #: already named
    definite_articles: tuple[str, ...] = ()
    #: words that put a later sentence's event before the reported one ("already", "уже"): it does not continue it
    background_cues: tuple[str, ...] = ()
    #: auxiliaries of a tense that tells a day before the story's ("avait", "had"): with the background cues, what
    #: marks a later sentence's day as an earlier occasion's (`compiled(language).cues.earlier`)
    earlier_tense_auxiliaries: tuple[str, ...] = ()
    #: words that make a sentence's subject the bearer of a message to the host ("X, ministre …, était porteur d'un
    #: message de Y"): an envoy received, who takes part in the encounter the brief reports
    message_bearers: tuple[str, ...] = ()
    #: words that put an earlier tense's encounter on the story's own day ("plus tôt dans la journée", "earlier in
    #: the day"): one more of the day's audiences, told in the order they came, not a background occasion
    same_day_cues: tuple[str, ...] = ()
    #: words that open a sentence crediting what the sentence before it says to who said it ("Об этом рассказал X",
    #: "Соответствующее заявление сделал Y"): the sentence before tells the news, this one its speaker
    back_references: tuple[str, ...] = ()
    #: endings of the past participle such an auxiliary takes ("avait reçu", "s'était entretenu"), which tell the
    #: earlier tense from the auxiliary as a verb of its own ("avait à ses côtés"); none: the tense is not read
    earlier_participle_endings: tuple[str, ...] = ()
    #: endings of a finite verb in a past tense written in one word ("participó", "llegaron", "asistieron"): one after
    #: a future marker and before a name ends the clause put to come ("En la reunión, que se prolongará hasta la tarde,
    #: participó Z"); none: such a clause is read to the name
    past_endings: tuple[str, ...] = ()
    #: words that join a meeting noun to its members ("meeting of …", "réunion des …"); none where a
    #: genitive ending does it (Russian)
    gathering_links: tuple[str, ...] = ()
    #: words for two parties ("two", "both"): "the meeting of the two leaders" is no gathering
    pair_words: tuple[str, ...] = ()
    #: plural nouns of the members of a gathering ("ministers", "chefs d'État"): a meeting of them is a conference
    gathering_members: tuple[str, ...] = ()
    #: phrases of origin from the whole world or everywhere, lower case ("from around the world", "du monde
    #: entier", "aus aller Welt"): members of a gathering from everywhere ("foreign ministers from around the world
    #: met") are many parties
    everywhere_phrases: tuple[str, ...] = ()
    #: the names of a diplomatic corps, lower case ("corps diplomatique", "Konsularkorps"): the envoys posted to a
    #: country as one body, a gathering whoever meets them
    envoy_bodies: tuple[str, ...] = ()
    #: the offices a diplomatic or consular corps fills from its own members, lower case ("doyen", "Vize-Doyen"):
    #: their holder speaks for the corps and leads it wherever it is received
    corps_offices: tuple[str, ...] = ()
    #: nouns of the members of a body, lower case ("members", "Mitglieder"): "the members of the consular corps" are
    #: the corps itself
    member_nouns: tuple[str, ...] = ()
    #: number words of three or more, and nouns of a round number, that count the members of a gathering before
    #: them ("eleven heads of state", "une dizaine de chefs d'État", "Dutzende Minister"), as figures do
    count_words: tuple[str, ...] = ()
    #: nouns of the countries a count names as the parties of a gathering, lower case ("the top diplomats of seven
    #: countries held a video conference"): counted as `count_words` and figures count members
    country_nouns: tuple[str, ...] = ()
    #: nouns of a body of several members, capitalised as its name writes them ("Council", "League", "Groupe"): a
    #: meeting noun they complete ("the meeting of the Ministerial Council", "la réunion du Conseil de la Ligue") is a
    #: conference
    gathering_bodies: tuple[str, ...] = ()
    #: bodies of one government among `gathering_bodies`' phrases ("National Security Council", "Conseil de défense"):
    #: a meeting of a cabinet is no gathering of several parties
    cabinet_bodies: tuple[str, ...] = ()
    #: adjectives next to a meeting noun that make it a gathering of several parties, by its level or its count
    #: of parties ("ministerial meeting", "réunion quadrilatérale")
    gathering_kinds: tuple[str, ...] = ()
    #: endings of an ordinal in figures ("th" of "159th", "e" of "5e"): a numbered meeting is a body's session
    rank_suffixes: tuple[str, ...] = ()
    #: endings of an ordinal in figures that may open an office ("er" of "1er vice-président", "ème" of "2ème
    #: vice-président"), the first rank's among them; `rank_suffixes` where a language gives none
    office_rank_suffixes: tuple[str, ...] = ()
    #: beginnings of the words of a conversation ("entret" of "s'est entretenu", "talk"): a meeting word
    #: or a call's, which a phone named with one of them ("se sont entretenus par téléphone") makes a call
    talk_stems: tuple[str, ...] = ()
    #: verbs of speaking with someone that a government readout uses for a call without naming the phone ("The
    #: Secretary spoke today with Foreign Minister X"): such a verb with a person after it, in a brief that names no
    #: place for it and no meeting held in person, reports a call. Only for a language whose readouts write so.
    readout_talk_verbs: tuple[str, ...] = ()
    #: beginnings of the words of conversation that a language's briefs use for an audience held in person as much
    #: as for a call ("entret" of "s'est entretenu avec"): a conversation told by one stays a meeting when nothing
    #: places it
    audience_talk_stems: tuple[str, ...] = ()
    #: phrases after which an event word is not the reported event but its setting ("on the sidelines of")
    #: or one only offered ("invited him to")
    aside_cues: tuple[str, ...] = ()
    #: a visit named by its protocol rank ("visite officielle", "state visit", "официальный визит"): a reception or
    #: talks the same sentence reports are part of that visit
    visit_frames: tuple[str, ...] = ()
    #: words before an event noun, up to four words off, that make it the occasion of what its sentence goes on to
    #: report ("during his visit", "lors de sa visite", "who is attending the summit", "à l'occasion du sommet"):
    #: the meeting, call or signing reported after it is the event; a visit named by its rank stays the event
    occasion_cues: tuple[str, ...] = ()
    #: verbs of visiting whose object is the place visited, no preposition between ("visited Tashkent", "посетил
    #: Ташкент", "besuchte am Montag Taschkent", "visitó Lima")
    visit_verbs: tuple[str, ...] = ()
    #: verbs of a visit made or being made, whose object may be a building or a site, an article maybe between
    #: ("besichtigten das Reichstagsgebäude", "ont visité le Palais du Luxembourg", "visitan el Ayuntamiento de X");
    #: no future, whose object is a stop of a programme still to come, nor a form that is also a noun ("visita",
    #: "visite", "visits"), whose venue may be any the sentence goes on to name
    site_visit_verbs: tuple[str, ...] = ()
    #: the participle of a visit that also serves as an adjective of the visitor ("his visiting counterpart", "Visiting
    #: Indian President X and Y witnessed the signing"): before the sentence's verb it names a party, not the event
    attributive_visit_words: tuple[str, ...] = ()
    #: the occasion a statement is made at, between its verb and its place ("said at a press conference in Lima",
    #: "dijo en rueda de prensa en Lima", "заявил на пресс-конференции в Минске")
    speech_occasions: tuple[str, ...] = ()
    #: prepositions that give the place a statement is made from, after its verb only ("declaró desde la Casa de
    #: Nariño", "a déclaré depuis l'Élysée")
    speech_place_prepositions: tuple[str, ...] = ()
    #: an official welcome ("welcome ceremony", "military honours", "con honores"): a reception in its sentence is
    #: a state guest's arrival, the visit; not an event of its own
    welcome_words: tuple[str, ...] = ()
    #: an encounter in the simple present, the tense of a photo's caption over the story ("X welcomes Y to his
    #: office.", "X shakes hands with Y prior to a meeting"): such a line of its own tells no day and leads no story
    caption_verbs: tuple[str, ...] = ()
    #: the passive of a greeting with its agent ("a été salué par", "was greeted by"), or its active where the
    #: welcomers stand after it as the subject ("президента встретили X и Y"): at a state guest's arrival, whom the
    #: guest is greeted by takes part; read in a visit only, where the words praise nothing
    greeting_passives: tuple[str, ...] = ()
    #: the active of a greeting, those greeted after it ("saludó al canciller X", "fue estrechando las manos del
    #: gobernador Y", "los saludos protocolares de Z"): in a visit or a meeting, whom a party greets there takes part
    greeting_actives: tuple[str, ...] = ()
    #: the prepositions after the guest of a verb of welcome that name where the guest arrives ("welcomed X to Paris",
    #: "to the White House"): a welcome to a place is a visit's arrival; none where the preposition also says where
    #: one is received (French "à")
    arrival_links: tuple[str, ...] = ()
    #: the prepositions that give a visit as the purpose of a reception or an arrival ("received X for a state visit",
    #: "llegó al país para una visita oficial", "empfing X zu einem offiziellen Besuch"): the visit the reception opens,
    #: not what describes the guest ("X, qui effectue une visite officielle")
    purpose_links: tuple[str, ...] = ()
    #: the prepositions and articles between a visit word and whom it is paid to ("visits the", "a rendu visite au",
    #: "Besuch bei", "visitó al"), not those naming the visitor ("visite du ministre"): a visit paid to a person is a
    #: call on them, which briefs report as a meeting
    visit_links: tuple[str, ...] = ()
    #: the prepositions that name whom a visit is paid to even past its visitor, in its clause ("Antrittsbesuch: X
    #: bei Landeshauptmann Y", "Antrittsbesuch von X bei Y"): only those that never name a place of arrival
    visit_host_links: tuple[str, ...] = ()
    #: nouns of a statement that is a text of its own (a joint communiqué, a message, a letter, a speech), not a
    #: press release about an event: a title that opens on one is that document, and the brief a statement,
    #: whatever visit or meeting its lead recounts, unless a gathering issued it
    statement_documents: tuple[str, ...] = ()
    #: verbs by which a written statement is sent to whom it is addressed ("sent", "a adressé"), not carried by an
    #: envoy received in audience ("delivered", "a remis"): a title or a first lead sentence whose event is a message
    #: or a letter sent ("X sent a message to Y congratulating him") reports that statement, whatever meeting or visit
    #: the message then speaks of ("I look forward to meeting you")
    sending_verbs: tuple[str, ...] = ()
    #: nouns of a written message or statement ("message", "statement", "communiqué") and the words that say it was
    #: issued ("issued", "signed", "by", "lancé", "rendu public"), a few words after the noun: the place a preposition
    #: gives further on in that sentence ("a congratulatory message issued by his adviser, X, in Abuja on Friday",
    #: "dans un message lancé ce lundi à Libreville") is where the message was issued
    issued_documents: tuple[str, ...] = ()
    issuing_words: tuple[str, ...] = ()
    #: nouns of a message that travels by wire and is only ever sent ("cable"): a sending verb before one reports a
    #: message sent as `statement_documents` do, but what a reception verb receives by wire is a thing, no audience
    wired_documents: tuple[str, ...] = ()
    #: verbs that report a call paid on the holder of an office named by capitalised words and a role ("called on
    #: Sindh Governor X", "calls on PML-Q President Y"): a meeting, though the event phrases list the verb only
    #: before a bare role ("called on Governor X")
    courtesy_call_verbs: tuple[str, ...] = ()
    #: words, written small, that qualify an office's holder for a time before its capitalised words ("called on the
    #: acting Afghan Prime Minister X", "the interim President"): the call is still paid on that holder
    office_qualifiers: tuple[str, ...] = ()
    #: last parts of the compound nouns of a gathering, where words are compounded (`compounds`): a word that ends
    #: with one names a gathering no event phrase spells ("Ostseeratsgipfel", "Klimagipfel")
    gathering_heads: tuple[str, ...] = ()
    #: event phrases told by a finite verb and the particle that closes its clause, split around the clause, as
    #: (finite verb, particle) by event type: German "Die Außenminister kommen heute in Kessel zusammen"
    event_frames: dict[str, tuple[tuple[str, str], ...]] = field(default_factory=dict)
    #: the words that, after the holder's name, open what an appeal asks of them ("called on Xland President Y to
    #: resign"): no call paid on them
    appeal_links: tuple[str, ...] = ()
    #: the words of an envoy's credentials ("lettres de créance", "credentials"): a sentence naming them reports the
    #: audience where they are presented, a meeting, whatever journey brought the envoy there
    credential_words: tuple[str, ...] = ()
    #: verbs of attendance among the event phrases ("attended", "a assisté à", "принял участие"): they report
    #: the kind of event they are followed by ("attended the summit" a conference, "a assisté à la cérémonie de
    #: signature" a signing), their own kind only when no event noun follows
    attendance_verbs: tuple[str, ...] = ()
    #: verbs of an inauguration among the event phrases ("inaugurated", "a inauguré", "inauguró"): followed by a
    #: gathering ("inaugurated the Young Scholars Forum", "inauguró la reunión de cancilleres") they report that
    #: gathering, a conference; their own kind, a ceremony, when they open a building or works
    inauguration_verbs: tuple[str, ...] = ()
    #: nouns of the press met as a gathering ("press conference", "news briefing"): a meeting verb whose object is
    #: one ("hosted a regular press conference", "chaired the weekly briefing") reports what was said to the press, a
    #: statement, not a meeting
    press_gatherings: tuple[str, ...] = ()
    #: the phone-call phrases that name a video link ("videoconference", "visioconférence"): the medium of the
    #: gathering a sentence names first ("The meeting of the ministers was held by videoconference")
    video_media: tuple[str, ...] = ()
    #: verbs that call a person by phone with no medium word ("called", "llamó"), and the words that make them
    #: something else right after them ("called on", "called for": a visit, an appeal); one of them, then in its
    #: clause a purpose link (`call_purpose_links`: "to", "para") and a few words before a statement word ("called X
    #: on Sunday to express his condolences", "llamó hoy a su homólogo para darle las condolencias"): the statement
    #: is delivered by that call, a phone call
    call_verbs: tuple[str, ...] = ()
    call_verb_blockers: tuple[str, ...] = ()
    call_purpose_links: tuple[str, ...] = ()
    #: nouns of an honour conferred ("award", "medal", "prix", "insignes"), of an oath of office ("serment") or of a
    #: ceremony's act ("ribbon cutting", "wreath-laying"): a meeting verb whose object is one ("received the X
    #: award", "a reçu la médaille", "reçoit le serment du gouvernement", "hosts a ribbon cutting ceremony") reports
    #: the award, the swearing-in or the ceremony, an 'other' event, not a meeting
    honour_words: tuple[str, ...] = ()
    #: nouns of a place of remembrance ("memorial", "monument", "cenotaph", "mausoleum"): a visit whose object, in
    #: its clause, is one ("visited the National Martyrs' Memorial and paid homage", "to visit the monument") is
    #: the tribute paid there, a ceremony of honour and mourning, an 'other' event, not a visit
    remembrance_places: tuple[str, ...] = ()
    #: a feeling told as the manner of a reception or welcome verb, right after it or right before it ("received
    #: with deep sadness the news of", "accueille avec satisfaction l'accord", "с удовлетворением воспринял"): what
    #: is received is news, not a guest, and the brief reports a statement
    feeling_manners: tuple[str, ...] = ()
    #: verbs of leaving whose object is the place left ("a quitté Dakar", "departed Kessel"): the start of a journey,
    #: a visit, only when a city or a country follows them ("a quitté ses fonctions" is no journey)
    departure_verbs: tuple[str, ...] = ()
    #: links after a verb of leaving and the place it leaves that lead to where the journey goes ("left Luanda on
    #: Saturday for Libreville", "quitte Dakar pour Paris"): the visit's place, where no preposition of place names it
    departure_links: tuple[str, ...] = ()
    #: phrases that alone lead to where a journey goes ("a pris son envol à destination d'Abidjan")
    destination_phrases: tuple[str, ...] = ()
    #: verbs of being somewhere, with their preposition ("was in", "se trouve à"): a stay, the visit, only when a city
    #: or a country follows them ("was in Canberra this week"; not "was in line with")
    stay_verbs: tuple[str, ...] = ()
    #: adverbs of time that may stand between a verb of being somewhere and its preposition ("is currently in",
    #: "est actuellement à"): the stay is where its subject is while the event is told
    stay_adverbs: tuple[str, ...] = ()
    #: nouns of a journey that name no visit of their own ("departure", "journey"): after a cue that sets it ahead
    #: ("prior to her departure for"), the journey, and so its places, come after what the brief reports
    journey_nouns: tuple[str, ...] = ()
    #: words that set what is said at a gathering named next ("a speech at", "in her address to", "conveyed during"):
    #: the speaker took part in that gathering, which the brief reports ("said in her speech at the General Assembly")
    speech_settings: tuple[str, ...] = ()
    #: words that refer back to what was said and set it at a meeting or a gathering named next ("made these remarks
    #: during", "a fait ces remarques lors de"): the speaker took part in that event, which the brief reports
    remarks_settings: tuple[str, ...] = ()
    #: verbs of agreement among the statement verbs ("agreed", "ont convenu", "acordaron"), and of a matter gone over
    #: together that the language also says of one speaker ("ont évoqué", "ont passé en revue"): whose subject is two
    #: parties joined ("X and Y agreed", "the two ministers agreed"), they report the meeting where they agreed
    agreement_verbs: tuple[str, ...] = ()
    #: verbs of greeting or thanks among the statement verbs whose object is the person addressed ("congratulated X",
    #: "a remercié son hôte"): after a meeting was told, said to the guest at that meeting
    address_verbs: tuple[str, ...] = ()
    #: generic nouns of a meeting ("meeting", "réunion", "Treffen"): with no counterpart after them ("meeting with
    #: X", "réunion entre"), they name as well the gathering the title or the lead names by its own noun
    meeting_nouns: tuple[str, ...] = ()
    #: plural nouns of meetings that tell of a series ("audiences", "reuniones", "Gespräche"): a gathering's nouns, as
    #: the meeting nouns are, when the place of the meetings is read
    series_nouns: tuple[str, ...] = ()
    #: the reception verbs among the meeting phrases ("received", "receives"): whose object is a thing, not a guest
    #: ("received a fresh mandate", "receives written guarantees from X"), they report no meeting
    reception_verbs: tuple[str, ...] = ()
    #: words of the guests a reception verb receives besides persons named or by role ("delegation", "team",
    #: "participants", "them"): an object holding one is a guest, and the reception a meeting
    guest_words: tuple[str, ...] = ()
    #: phrases after which a person is only mentioned, not a participant ("salutations de")
    mention_cues: tuple[str, ...] = ()
    #: nouns of a message or a greeting sent ("message", "greetings") and the links to its sender after them
    #: ("from", "of"): with words in small letters between ("un message écrit de X", "greetings and good wishes from
    #: X"), a mention cue as the phrases of `mention_cues` are
    message_nouns: tuple[str, ...] = ()
    sender_links: tuple[str, ...] = ()
    #: nouns of the greetings a message carries ("félicitations", "condoléances", "vœux"): a reception verb whose
    #: object is a message of them, or they themselves ("a reçu des messages de félicitations", "a reçu les vœux
    #: de X"), receives the message, not its sender; the news is what the message says, no meeting. Greetings sent
    #: to someone in a later sentence of a brief about messages ("Y also conveyed his condolences to …") are one more
    #: message, whose sender takes part
    greeting_nouns: tuple[str, ...] = ()
    #: the infinitive of an encounter with its partner's preposition ("reunirse con", "tras reunirse con"): a name
    #: a mention cue precedes ("…, anunció el presidente X tras reunirse con Y") and this follows within its clause,
    #: a few words between at most, is its subject, who takes part. Read for participants only, no event phrase: a
    #: place after it ("para reunirse con Y en Lima") is no location of the event
    encounter_infinitives: tuple[str, ...] = ()
    #: verbs of arriving ("llegó", "aterrizó"): one of them, then in its sentence a purpose link and one of the
    #: `encounter_infinitives` ("llegó a Madrid para reunirse con el rey X"), tells an encounter the arrival is for,
    #: still to come: whom it names after are not yet met
    arrival_verbs: tuple[str, ...] = ()
    #: words that open a clause about a guest's arrival after the verb that receives the guest ("who", "when", "as":
    #: "received X who arrived in the country", "welcomed X when he landed"): with `arrival_verbs`, the reception is
    #: the arrival, a visit
    arrival_clauses: tuple[str, ...] = ()
    #: those of the mention cues that name who chairs ("sous la présidence de"): in a clause that tells of a meeting
    #: or a gathering, its chair, who takes part; elsewhere a time ("les relations sous la présidence de X")
    chair_cues: tuple[str, ...] = ()
    #: those of the mention cues that name who invited ("at the invitation of"): after a journey told before them in
    #: their clause ("arrived on a visit at the invitation of X"), whom the journey answers, only mentioned; elsewhere
    #: the host of what the sentence tells ("At the invitation of X, Y paid a visit", "… was held at the invitation
    #: of X"), who takes part
    invitation_cues: tuple[str, ...] = ()
    #: phrases that put what a clause tells a week or more back ("last week", "il y a un mois"): a name they follow
    #: in its clause belongs to an earlier event
    long_ago: tuple[str, ...] = ()
    #: conjunctions that open a clause about an event before the one reported ("un día después de que …", "nachdem",
    #: "после того как"), or a preposition of time with an encounter's infinitive or noun ("después de reunirse",
    #: "after talks with"): whom an encounter after one meets, later in the sentence, took part in that earlier one
    earlier_clauses: tuple[str, ...] = ()
    #: verbs that say someone died ("died", "est décédé"): a name they follow in its clause is the deceased, whom a
    #: message of condolence mentions
    death_verbs: tuple[str, ...] = ()
    #: phrases before the name of someone dead, maybe with a title between ("the death of former President X", "the
    #: late X", "la disparition du président X"): the one a message of condolence mourns, named so once, takes part
    #: nowhere in the brief
    mourned_cues: tuple[str, ...] = ()
    #: words of the formula that closes a letter ("haute considération", "sincerely"): the name on the line after
    #: it signs the letter
    letter_closings: tuple[str, ...] = ()
    #: verbs that say their subject takes no part ("ne sera pas de ce voyage", "did not attend", "no asistió"): a
    #: name they follow in its clause, or right after the comma that closes its apposition, is named beside the event
    absence_verbs: tuple[str, ...] = ()
    #: phrases that say whom they come before takes no part: a verb of absence before its subject, or the copula that
    #: names those it is said of ("No participarán los presidentes X", "Tampoco asistió el presidente X", "los que no
    #: asistirán son X"), or an absence noun and its link ("ante la ausencia del presidente X", "in the absence of
    #: President X"): a name they open, with only its determiner, role and the list it is in between, is named
    #: beside the event, not in it
    absence_before: tuple[str, ...] = ()
    #: nouns that call the visiting party its guests ("die Gäste", "the guests"): whoever a later sentence names
    #: receiving or hosting them ("Am Abend lädt X die Gäste zu einem Empfang") meets those taking part
    guest_nouns: tuple[str, ...] = ()
    #: the ceremonies that open or close a gathering ("cérémonie d'ouverture", "l'ouverture des travaux"): a later
    #: sentence of a brief about a gathering that opens on one ("La cérémonie d'ouverture a été marquée par le discours
    #: de X") tells more of the gathering, and whom it names took part
    gathering_ceremonies: tuple[str, ...] = ()
    #: prepositions that say whom a message is for ("to", "à", "an"): a name after a mention cue and one of them
    #: ("a message of condolence to King X") is the addressee, who takes part
    addressee_words: tuple[str, ...] = ()
    #: prepositions that bring in who acts in a passive clause ("par", "by"): a name after a mention cue and one of them
    #: ("accueilli, au nom du chef de l'Etat, par le Premier ministre X") is the one who acts, who takes part
    agent_words: tuple[str, ...] = ()
    #: phrases after which a person takes part on someone's behalf ("représentée par", "represented by")
    representation_cues: tuple[str, ...] = ()
    #: the same told by a verb split around its subject, as (finite verb, particle that closes the clause): German
    #: "nahm Sektionschef X als Experte teil"
    representation_frames: tuple[tuple[str, str], ...] = ()
    #: nouns of the group one side brings ("délégation", "delegation", "comitiva") and verbs that tell whom it is made
    #: of ("comprend", "included", "incluye"): the noun as the verb's subject, a few words between them (its
    #: adjective, an adverb: "La délégation sénégalaise comprend également X", "The Chinese delegation … included
    #: Y"), tells who takes part, as a representation cue does
    delegation_nouns: tuple[str, ...] = ()
    makeup_verbs: tuple[str, ...] = ()
    #: verbs that tell who heads a group ("is leading", "возглавил"): one of them and a delegation noun at most
    #: three words apart, in either order ("X is leading his country's delegation", "Российскую делегацию
    #: возглавляет X"), tells who takes part, as a representation cue does
    lead_verbs: tuple[str, ...] = ()
    #: a side named between an opening and its noun, as (opening, noun): "From the US side, X, Y and Z …", "Por
    #: parte de la representación colombiana están: X, …": the members of one side, who take part
    side_frames: tuple[tuple[str, str], ...] = ()
    #: presence told with its verb last, after a short complement, as (opening, verb): "Present with President X
    #: were Y and Z", "Present there were Y", "Also joining them were Y and Z": those named after it take part
    presence_frames: tuple[tuple[str, str], ...] = ()
    #: company told with a short complement or an adverb between its participle and its agent's link, as (participle,
    #: link): "X estuvo acompañado en la gira por Y", "acompañada también de Z": those named after it take part
    company_frames: tuple[tuple[str, str], ...] = ()
    #: the word that hands the roles after a list of names out to them in order ("X et Y, respectivement A et B")
    respectively_words: tuple[str, ...] = ()
    #: how a one-word role makes its plural, as (singular ending, plural ending), the first that fits applying:
    #: a plural role before a list ("les ambassadeurs du Chili, X, et de Suède, Y") is each one's role
    plural_endings: tuple[tuple[str, str], ...] = ()
    #: words that open a sentence listing whom the event sentence before it counts ("Il s'agit de MM. X, …",
    #: "They are X, …"): the people it names take part
    list_openers: tuple[str, ...] = ()
    #: adverbs of addition that open a sentence going on with the list of the one before, its items kept apart by
    #: semicolons and no verb of their own ("De igual forma, el ministro de A, X; de B, Y"): those it names take
    #: part; a sentence with no semicolon says something else ("De igual manera, destacó que …")
    list_continuers: tuple[str, ...] = ()
    #: plural verbs that tie the group a sentence opens on to the names right after them ("Les chefs d'État présents
    #: sont X (A), Y (B)", "The envoys who called on him were X, …", "Parmi les dirigeants présents figurent X"): such a
    #: sentence after the event's lists whom it counts
    group_verbs: tuple[str, ...] = ()
    #: the preposition that may front the group before such a verb ("Among the leaders hosted were X", "Parmi les …")
    group_prepositions: tuple[str, ...] = ()
    #: a participle of signing before its agent ("signé par", "signed by"): after a lead that reports a signing, a later
    #: sentence that names who signed a further text of the ceremony ("Un accord … a été signé par X et son homologue
    #: Y") goes on with it, its signatories taking part
    signatory_agents: tuple[str, ...] = ()
    #: a verb of signing in the active, after its subject ("X, Minister of A; Y, Minister of B, signed on behalf of
    #: …", "a signé au nom de"): a later sentence of a signing whose signers stand before it goes on with it
    signatory_verbs: tuple[str, ...] = ()
    #: the passive of taking an office by oath, after its subjects ("X, Y and Z were also sworn in as ministers"):
    #: after a lead that reports a swearing-in, a later sentence whose named subjects take the oath goes on with it,
    #: those sworn in taking part
    oath_verbs: tuple[str, ...] = ()
    #: words that open the next item of encounters told one by one ("En deuxième lieu", "Secondly", "Enfin"): a later
    #: sentence opening so that names one who takes part goes on with the event, whoever else it names
    sequence_openers: tuple[str, ...] = ()
    #: adverbs that, between a later sentence's subject and its encounter verb, make the encounter another one than
    #: the event's ("Y has also held talks with X", "X had earlier met Y"): a subject not taking part is mentioned
    separate_event_adverbs: tuple[str, ...] = ()
    #: phrases that open a later sentence on another item of the brief ("In another development", "A su vez", "Par
    #: ailleurs", "Кроме того"): the sentences about the main event end before it (`Analysis.main_event_end`)
    other_item_openers: tuple[str, ...] = ()
    #: nouns (or their stems) of an occasion that is someone's own, not an encounter ("wedding", "fiançailles",
    #: "exclusión", "свадьб"): a name that completes one, maybe past its role, is only mentioned
    occasion_nouns: tuple[str, ...] = ()
    #: nouns of a body that someone leads, not an event ("government", "party", "gobierno"): a name that completes
    #: one ("the government of President X") or leads it ("the party, led by X") is its leader, only mentioned
    institution_nouns: tuple[str, ...] = ()
    #: passive phrases that name who leads what comes before ("led by", "dirigé par"), after an institution noun
    leader_links: tuple[str, ...] = ()
    #: relative pronouns that open a clause about a person right after the name ("who", "qui", "который"): one that
    #: tells an event in a month with no day ("X, who visited Beijing in March") tells another occasion than the one
    #: reported
    relative_pronouns: tuple[str, ...] = ()
    #: conjunctions that open what a verb of saying reports ("that", "que", "dass", "что"): a name after one is in what
    #: is said ("…, said on Friday that Prime Minister X held talks"), not whom the verb credits
    complementizers: tuple[str, ...] = ()
    #: auxiliaries of a finite verb in the active voice ("a", "s'est", "has"): the words before one, at a sentence's
    #: start, are its main clause's subject, who acts in a brief with no encounter, whatever the verb ("X a proclamé")
    active_auxiliaries: tuple[str, ...] = ()
    #: participles that make an auxiliary's clause passive ("été", "been"): its subject is acted on ("X a été élu")
    passive_participles: tuple[str, ...] = ()
    #: the plural's endings in the other cases, where nouns decline, as (singular ending, plural ending), each that
    #: fits applying: a plural role in any case before a list ("двух заместителей – X и Y") is each one's role
    oblique_plural_endings: tuple[tuple[str, str], ...] = ()
    #: articles that make plural a role noun reading alike in both numbers ("die" in "die Botschafter von A, X, aus B,
    #: Y"): the list after it shares the role, as after a plural (`plural_endings`)
    plural_articles: tuple[str, ...] = ()
    #: endings of a role noun's feminine singular, which such an article also goes with ("die Botschafterin")
    feminine_endings: tuple[str, ...] = ()
    #: an article of an oblique case and the ending of a role noun that reads alike in both numbers after it ("den
    #: Landtagsabgeordneten", "der Kulturdezernenten"): plural when the noun heads two names a list joiner ties, the
    #: second with no title of its own ("den Landtagsabgeordneten X und Y")
    paired_plural_articles: tuple[tuple[str, str], ...] = ()
    #: phrases that introduce a source before it ("selon", "according to")
    source_before: tuple[str, ...] = ()
    #: phrases that follow a source ("a fait savoir", "reports")
    source_after: tuple[str, ...] = ()
    #: verbs after a comma that put the source after them ("…, a fait savoir le ministère", "…, said the ministry")
    source_inverted: tuple[str, ...] = ()
    #: a verb and the particle that closes its clause around the source ("teilte … mit", "gab … bekannt"), and the
    #: words that may open what stands between the source and the particle ("am Montag", "auf X", "heute")
    source_framed: tuple[tuple[str, str], ...] = ()
    source_frame_fillers: tuple[str, ...] = ()
    #: nouns that make a phrase a plausible source when it has no capital letter ("agence", "sources")
    source_nouns: tuple[str, ...] = ()
    #: words that credit a dispatch to news agencies at large, written alone on a line below the headline as a
    #: byline is ("Agencias", "AGENCIAS"): the dispatch's source
    agency_credits: tuple[str, ...] = ()
    #: words between a verb of saying and whom it was said to ("a déclaré à l'AFP", "dijo a EFE"); with the
    #: language's determiners, so "told Reuters", "sagte der dpa", "заявил РИА Новости" need none
    source_hearer_links: tuple[str, ...] = ()
    #: verbs that take whom they told with no link ("told Trend", "informed Report"): a name of the register that is
    #: also a word ("Trend", "Sputnik") is the agency told only after one of them or after a link of the hearer
    source_telling_verbs: tuple[str, ...] = ()
    #: words that open the outlet a speaker gave an interview to, wherever they stand ("in an interview with",
    #: "dans une interview à", "в интервью"): an outlet right after them is the source, known to the register or not
    source_interview_links: tuple[str, ...] = ()
    #: verbs by which an agency learned what it reports, right before it ("a appris l'APS", "supo EFE")
    source_learning_verbs: tuple[str, ...] = ()
    #: verbs by which one gives an agency a statement, before it and its link ("a fait à l'AMI la déclaration
    #: suivante", "gave Reuters a statement"): the agency is the source
    source_giving_verbs: tuple[str, ...] = ()
    #: verbs by which an agency quotes someone, before it and at most two words of whom it quotes ("приводит слова
    #: Захаровой ТАСС", "цитирует ТАСС", "zitierte die dpa"): the agency is the source, not the one it quotes
    source_quoting_verbs: tuple[str, ...] = ()
    #: what says from whom an agency learned what it reports, after its name ("apprend KOACI de sources
    #: françaises"): the source's name ends before it
    source_learned_from: tuple[str, ...] = ()
    #: words that open a clause of attribution and are not part of its source ("wie das Amt mitteilte", "as X said")
    source_conjunctions: tuple[str, ...] = ()
    #: the words that open a cleft, which sets the source apart before its relative pronoun and verb ("C'est la
    #: présidence qui a annoncé"): not part of the source
    source_cleft_openers: tuple[str, ...] = ()
    #: the subjects that name no one, of an impersonal verb ("On a indiqué que", "Se informó que", "Man teilte mit"):
    #: no source, as a personal pronoun is none
    impersonal_subjects: tuple[str, ...] = ()
    #: a pronoun that stands for what was said and opens its sentence, the verb of saying then before its subject
    #: ("Das meldete die Agentur", "Dies bestätigte das Ministerium")
    source_fronted_objects: tuple[str, ...] = ()
    #: words that open how something was said, not who said it ("a través de su cuenta", "via X", "через")
    source_channels: tuple[str, ...] = ()
    #: nouns that, heading what a cue introduces, say by which rule, plan or count, not who ("selon les
    #: dispositions de la Constitution", "according to the schedule", "selon les résultats officiels")
    source_rule_nouns: tuple[str, ...] = ()
    #: nouns of a document ("communiqué", "statement"): alone, one names no source ("selon le communiqué")
    source_documents: tuple[str, ...] = ()
    #: plural nouns of reports or figures that, as the whole of what a cue introduces, name nobody ("laut
    #: Berichten"); where words are compounded, also as the last part of one word ("laut Medienberichten")
    source_report_nouns: tuple[str, ...] = ()
    #: the press documents among them that name where a brief's news comes from even with no body's name, when the
    #: brief cites nothing else ("a news release said", "selon un communiqué officiel"); not a message's own words
    #: ("the message reads") nor a document someone spoke in ("said in a statement")
    source_press_documents: tuple[str, ...] = ()
    #: words that tie a document to whose it is ("a statement from the ministry", "un communiqué de la présidence"):
    #: the document then is part of the source's name, not where an inverted verb's subject spoke
    source_document_links: tuple[str, ...] = ()
    #: words that open what follows a source named after a cue, not the source's name going on: an article of
    #: another noun phrase, a time, a verb ("nach Angaben des Kremls am Montag den Botschafter empfangen", "laut dem
    #: Präsidialamt die enge Partnerschaft")
    source_phrase_ends: tuple[str, ...] = ()
    #: the link to a participle's agent ("a statement issued by the ministry", "un communiqué publié par la
    #: présidence"): the body that follows is the source
    source_agent_links: tuple[str, ...] = ()
    #: participles of signing that tie a press document to who signed it ("un communiqué signé par le ministre",
    #: "le communiqué signé Jan Lind"): the signatory is the source
    source_signing_participles: tuple[str, ...] = ()
    #: words that credit an agency in brackets at the end of a paragraph ("(avec AFP)", "(with Reuters)")
    source_with: tuple[str, ...] = ()
    #: words that make a cited phrase point back to a source named before ("la même source", "the same source")
    source_anaphors: tuple[str, ...] = ()
    #: what ties a document to the outlet or agency it reached, before the receiver ("…, indique un communiqué
    #: parvenu à l'AIP"): the receiver relays the document, the news comes through it
    source_receiver_links: tuple[str, ...] = ()
    #: the same told by a relative clause, its pronoun ("dont") before the receiver and these verbs after it ("dont
    #: l'APS a eu connaissance", "dont l'AIP a reçu copie")
    source_receipt_relatives: tuple[str, ...] = ()
    source_receipt_verbs: tuple[str, ...] = ()
    #: the newsroom of an outlet whose name follows ("parvenu à la rédaction de X")
    source_newsroom_links: tuple[str, ...] = ()
    #: the outlet's own staff in the first person ("notre correspondant", "our correspondent"): the outlet's own
    #: reporting or a byline, no source
    source_own_staff: tuple[str, ...] = ()
    #: prepositions that open a phrase set before the finite verb where the subject then follows the verb (German
    #: "Über die Inhalte äußerten sich beide", "Aus Anlass des Anschlags erklärte X"): a noun of that phrase is no
    #: subject, hence no source
    source_fronted_prepositions: tuple[str, ...] = ()
    #: whether a spokesperson who takes part may be the source ("заявил пресс-секретарь X" where X is the one who
    #: speaks): False where a brief that only reports its speaker's words cites no source (words the brief quotes or
    #: reports after a complementizer; one whose verb is only tacked onto another's meeting still reports it)
    speaking_participant_sources: bool = True
    #: articles that open a noun phrase ("le", "l'", "the")
    determiners: tuple[str, ...] = ()
    #: the indefinite ones among them ("un", "une", "a"): a document they open ("indique une note") is one whose
    #: issuer the brief leaves unknown, not one named before
    indefinite_articles: tuple[str, ...] = ()
    #: articles and prepositions of place after which a capitalised phrase is not a person's name ("a Stronger
    #: Union", "the Amu Darya", "in Santo Domingo"); a title between them still leads to one ("the President Joe
    #: Biden"). Only indefinite articles where nouns are capitalised.
    no_name_after: tuple[str, ...] = ()
    #: words that link a site's or a body's noun to the person it is named after ("имени", "им."): a name right
    #: after one, with a lower-case noun before it and maybe the site's own name ("в аэропорту «Z» имени X",
    #: "ансамбля им. Y"), names the site, never a person of the story; after a preposition the name is someone's
    #: own ("от имени X": on X's behalf)
    eponym_links: tuple[str, ...] = ()
    #: a preposition and an article in one word ("zum", "beim"): in a language that capitalises its nouns, the
    #: capitalised word after it is a noun ("zum Tod von X"), as after an article
    article_contractions: tuple[str, ...] = ()
    #: honorifics of plain address ("M.", "Mr", "Mme"), never a title's first word: the capitalised words after one
    #: are the name whole, with the particle or the title that is also a given name it opens on ("M. El Moctar X",
    #: "M. Cheikh Tidiane X")
    address_honorifics: tuple[str, ...] = ()
    #: honorifics that are also given names where the language's press writes both (French "Cheikh" in West Africa):
    #: one that opens a name of two words or more with no particle in it is its first word ("Cheikh Tidiane X"),
    #: else the title of one who goes by a father's and a house's name ("Cheikh Tamim ben Hamad Al-Thani")
    given_name_titles: tuple[str, ...] = ()
    #: the particles of a father's name in the naming custom whose men bear such a title as a given name (the
    #: Hassaniya "ould", "mint"): "Cheikh X Ould Y" is a man named Cheikh, whatever particle the name holds besides
    given_name_title_fathers: frozenset[str] = frozenset()
    #: honorifics that open, as its first word, the name of one the text names by a single word after them ("Sheikh
    #: Hasina"): the title and the word are the name when no fuller name in the text holds the word ("Sheikh Tamim"
    #: after "Sheikh Tamim bin Hamad Al Thani" is his)
    lone_given_name_titles: tuple[str, ...] = ()
    #: beginnings of a word or phrase that makes a role a former one ("former", "ex-", "expresident", "бывш"),
    #: matched at a word's start: someone named so in a clause of their own is in the news for another reason
    former_markers: tuple[str, ...] = ()
    #: beginnings of a word or phrase that set an office at a time gone by ("the then", "then-", "l'alors", "el
    #: entonces", "damalig", "тогдашн"), matched at a word's start: a name they title ("the then foreign minister X
    #: visited in 2011") is told of that time, not of the event the brief reports
    bygone_office_markers: tuple[str, ...] = ()
    #: nouns that head the name of a decoration or a prize ("Order", "Premio", "орденом"): a name after one,
    #: with only capitalised words and role links between ("Order of the Star of X"), is the award's
    award_words: tuple[str, ...] = ()
    #: regexes of dateline shapes that name an agency in a group "agency" ("Madrid, 3 mar (EFE).-")
    datelines: tuple[str, ...] = ()
    #: words that open a subordinate clause and so end a noun phrase ("that", "que")
    clause_openers: tuple[str, ...] = ()
    #: words that join a noun to the one it belongs to ("de", "of", "von"): a name after "the ceremony of" owns the
    #: ceremony, it does not take part in the event; none where the genitive is a case ending
    genitive_links: tuple[str, ...] = ()
    #: nouns of an envoy ("émissaire", "envoyé spécial"): a name after one, its genitive link and a title of a word
    #: or two, no comma between ("l'émissaire du Président X", "en sa qualité de représentant du Président Y"), is
    #: whom the envoy serves, not one who takes part; none where titles run on to the envoy's own name with no comma
    #: ("Special Envoy of the Secretary-General for Syria X")
    envoy_nouns: tuple[str, ...] = ()
    #: byline labels ("By", "Par")
    byline_labels: tuple[str, ...] = ()
    #: nouns that make a capitalised phrase the name of a newspaper, broadcaster or news site ("Matin",
    #: "News", "Zeitung", "Diario"): a byline or a head line naming one names the outlet, not a person
    outlet_words: tuple[str, ...] = ()
    #: labels of a source line ("Source", "Quelle")
    source_labels: tuple[str, ...] = ()
    #: headings of a release's contact block, alone on their line ("Kontakt", "Press contact", "Contact presse"):
    #: the office named on a line below them issues the release
    source_contact_labels: tuple[str, ...] = ()
    #: a teaser's last line, pointing to the outlet that has the rest ("Lire la suite sur X", "Read more at X"): the
    #: outlet is the source
    source_read_more: tuple[str, ...] = ()
    #: social networks and messaging channels as the language writes them ("X", "Telegram", "Truth Social",
    #: "telegram-канал"); a form of two letters or more also matches with a case ending after it ("Твиттере")
    source_social_networks: tuple[str, ...] = ()
    #: prepositions that make a network where words were published, at most four words before its name ("on X",
    #: "sur son compte X", "en su cuenta de Twitter", "в своем telegram-канале")
    source_social_links: tuple[str, ...] = ()
    #: verbs of writing or posting ("wrote", "a écrit", "escribió", "schrieb", "написал"): with them or a verb of
    #: saying in its sentence, a network after one of its links is where the news was published, not a share button
    source_posting_verbs: tuple[str, ...] = ()
    #: nouns of what is posted without words ("photo", "video"): a network that a sentence's only verb of posting
    #: takes one of these to ("posted a photograph of the visit on Facebook") published no words, so is no source
    source_picture_nouns: tuple[str, ...] = ()
    #: words that deny a report in the clause before its source ("La rencontre n'avait pas été annoncée par
    #: l'Élysée", "was not confirmed by the ministry"): who did not say it is no source
    source_negations: tuple[str, ...] = ()
    #: nouns of a kind of outlet that may close an interview's link, before the outlet's name ("dans une interview
    #: accordée au magazine Valdoria Hebdo"): the name after them is an outlet's, known to the register or not
    source_outlet_kinds: tuple[str, ...] = ()
    #: whom a report was told, in a case of its own with no preposition, between a cue and the source it opens
    #: (Russian "как сообщил журналистам X", "как рассказал корреспонденту X"): the source is what follows them
    source_audiences: tuple[str, ...] = ()
    #: nouns that head a venue's name ("Palais", "Palace"): a place, though capitalised like a title
    venue_words: tuple[str, ...] = ()
    #: venue nouns written in lower case after the name they complete ("at the GCC headquarters in Riyadh", "at the AU
    #: headquarters"): the name and the noun are the venue
    trailing_venue_nouns: tuple[str, ...] = ()
    #: nouns that head a venue's name only with a name of their own: an adjective before them, a genitive after them, or
    #: a compound they close ("im Auswärtigen Amt", "im Amt der Landesregierung", "im Landratsamt"); alone, they mean
    #: something else ("seit April im Amt": in office)
    named_venue_words: tuple[str, ...] = ()
    #: nouns of a room inside a building, alone or closing a compound ("Saal": "im Ratssaal", "im Jan-Wellem-Saal"): a
    #: part of a venue, given way to the city the brief places the event in
    room_words: tuple[str, ...] = ()
    #: the events whose place the language's briefs give at the grain of the city when they name a venue of it apart,
    #: not as one phrase ("… zum Staatsbesuch in Berlin eingetroffen. … im Schloss Bellevue empfangen": "Berlin"):
    #: such a venue gives way to the city, as a room does; none where a venue is kept (the counts behind each value
    #: are in the language's module)
    city_grain_events: tuple[str, ...] = ()
    #: whether a brief whose first lead sentence reports by its main word a host's reception of, or talks with, a
    #: guest is a meeting whatever the words of the guest's visit after it add up to ("X welcomed his counterpart Y
    #: … Y arrived yesterday for a two-day visit … It is Y's first visit"), as the language's golds type it; False
    #: where the votes decide (the counts behind each value are in the language's module)
    reception_over_visit: bool = False
    #: whether a brief whose first lead sentence reports by its main word a signing, a ceremony or an award ('other':
    #: "X and his visiting counterpart Y signed an agreement", "Visiting President X and Y witnessed the signing of four
    #: agreements") is that, whatever the words of the visit or the talks it was part of add up to after it; False where
    #: the votes decide (the counts behind each value are in the language's module)
    ceremony_over_visit: bool = False
    #: whether a brief whose first lead sentence reports by its main word a written statement or a press conference
    #: (`statement_documents`: "X and Y gave a joint press conference", "In a Joint Statement issued at the end of the
    #: visit, …") is that statement, whatever the words of the visit or the talks told after it add up to; False where
    #: the votes decide (the counts behind each value are in the language's module)
    document_over_visit: bool = False
    #: chambers of a parliament, venues whose noun alone names them ("Senado", "Bundestag"): where a meeting was held
    #: or a statement made ("durante el encuentro en el Senado"); only the adjective of a country qualifies one
    #: ("en el Senado español")
    chamber_words: tuple[str, ...] = ()
    #: endings of adjectives in the cases they take before a venue's noun after a place preposition, or in its
    #: complement, where adjectives stand before nouns (Russian "-ом", "-ой", "-ого": "в Екатерининском зале
    #: Большого Кремлевского дворца"): the adjectives open the venue's name
    venue_adjective_endings: tuple[str, ...] = ()
    #: endings of adjectives that no given name, patronymic or surname has (Russian "-ых", "-их"; Spanish "-íticas",
    #: "-ionales"): a run with one before its last word (as its last word where adjectives follow nouns) names an
    #: institution or a portfolio ("Содружества Независимых Государств", "Consultas Políticas")
    adjective_endings: tuple[str, ...] = ()
    #: endings of derived nouns that no given name has (German "-ung", "-heit"), folded: a capitalised word with one
    #: before a name's particle is a common noun, and the particle its link ("auf Einladung von X Y")
    noun_endings: tuple[str, ...] = ()
    #: endings of common nouns and adjectives that no given name or surname has, folded (Spanish "-cion",
    #: "-miento", "-idad", "-tivo"): a run holding a word with one that is no given name names an office, a body or
    #: a thing ("Proteccion Civil", "Poder Ejecutivo", "Movilidad Humana"), not a person
    common_word_endings: tuple[str, ...] = ()
    #: nouns that head the name of a site or a body often named after someone ("Airport", "Stade", "Programme"):
    #: a capitalised run holding one, or right after one, names the site, never a person
    facility_words: tuple[str, ...] = ()
    #: nouns that head a body's name, which no one's name ends ("Senado", "Tribunal Supremo"): a run holding one is
    #: no person, as a facility's is not; but a name right after one whose office a role word and its link open is
    #: the holder's ("presidente del Senado Julián X"), where a facility's would be the site's own
    body_words: tuple[str, ...] = ()
    #: a saint's title that opens a place's name ("St Vincent", "Saint Lucia"): a run of it and one word is a place
    saint_words: tuple[str, ...] = ()
    #: words that open an institution's name: a head line that starts with one is a letterhead ("Ministry of
    #: Foreign Affairs of the Republic of Uzbekistan"), a headline only when no other line can be
    institution_words: tuple[str, ...] = ()
    #: section and topic names a page prints as a one-word kicker before its headline, on the same line ("Politik
    #: Valdoria empfängt …", "Internacionales Canciller recibe …"): no part of the headline
    section_names: tuple[str, ...] = ()
    #: nouns a site names itself by in the line of its masthead ("Официальный сайт …", "Informationsportal der Stadt
    #: …", "Portal oficial de …"), a word of its own or, where the language compounds, a compound's last part: a head
    #: line with one among its first words describes the site, a headline only when no other line can be
    site_nouns: tuple[str, ...] = ()
    #: the language's press never closes a headline on a full stop (Russian typography): a first line that does is
    #: the body's first sentence, however short
    stopless_headlines: bool = False
    #: nouns of a topic, after which a place is what was discussed, not where ("la situation au …")
    topic_nouns: tuple[str, ...] = ()
    #: the links from a gathering's noun to its subject ("on", "sur"): "the conference on food security in X" is held
    #: in X, the topic noun being the gathering's subject
    subject_links: tuple[str, ...] = ()
    #: names of regions that briefs use and CLDR's territories lack ("Moyen-Orient", "Sahel"): places, never
    #: people (see `briefparse.places`)
    region_names: tuple[str, ...] = ()
    #: names of countries that briefs use and CLDR and ISO 3166 lack, with the country's ISO 3166-1 alpha-2 code
    #: ("Белоруссия": "BY", "DRC": "CD"; see `briefparse.places`)
    country_names: dict[str, str] = field(default_factory=dict)
    #: beginnings of the words for an airport ("aéroport", "Flughafen", "аэропорт"), matched at a word's start: an
    #: airport is where a visitor lands, not the place of the visit
    airport_words: tuple[str, ...] = ()
    #: a plane's landing with the preposition after it ("приземлился в", "совершил посадку в"): on a visit told as
    #: reaching a country, the airport or the city the phrase goes on to name is where the visitor arrived, the
    #: visit's place as the briefs of the language write it ("прибыл в Россию … приземлился в аэропорту Внуково-2")
    landing_phrases: tuple[str, ...] = ()
    #: nouns of a guest's arrival ("arrival", "arrivée"): "received X upon his arrival at Y Airport" sets the reception
    #: at the airport named after the noun, however long the guest's titles between the verb and it
    arrival_nouns: tuple[str, ...] = ()
    #: adverbs that point to the dateline's place ("here", "ici"): "arrived here on Monday" names where one arrives
    dateline_adverbs: tuple[str, ...] = ()
    #: prepositions that introduce a place ("à", "in")
    place_prepositions: tuple[str, ...] = ()
    #: prepositions toward a place, one only as written in lower case ("nach Wien", "nach Washington fliegen"): at a
    #: sentence's head it may mean "after" ("Nach Paris besucht er Warschau")
    direction_prepositions: tuple[str, ...] = ()
    #: prepositions of a spot, never of a country ("at Bangabhaban", "at the X House"): a place the gazetteer does
    #: not know after one is a venue, which a country a later sentence names does not displace
    spot_prepositions: tuple[str, ...] = ()
    #: prepositions that name a place only before a venue's noun ("vor Schloss Bellevue", "vor dem Kanzleramt"):
    #: before anything else they say when ("vor dem Treffen") or before whom ("vor Journalisten")
    venue_prepositions: tuple[str, ...] = ()
    #: prepositions that name a place only before a settlement's noun (`settlement_words`: "sur l'île de Gorée"):
    #: before anything else they say what about ("sur la situation") or whither ("le cap sur l'hôtel")
    settlement_prepositions: tuple[str, ...] = ()
    #: lower-case nouns of a venue a sentence may name without its name ("au palais présidentiel", "au siège du
    #: ministère", "at the presidential palace"): where the event was held when no named place is given
    unnamed_venues: tuple[str, ...] = ()
    #: nouns of an institution, as written after a place preposition, whose seat a sentence names by them, in lower
    #: case or as a title ("au ministère malien des Affaires étrangères", "à la présidence sénégalaise", "au Premier
    #: ministère", "в Правительстве РА"): where the event was held when no named place is given
    institution_seats: tuple[str, ...] = ()
    #: words that say where someone lives or is based, right before a place preposition ("two ambassadors resident
    #: in Cairo", "Amnon Kalmar, résident à Yaoundé"), or right after the place where adjectives stand before
    #: nouns ("die in Deutschland tätigen Botschafter"): the place is a residence, not the event's
    residence_words: tuple[str, ...] = ()
    #: words of a journey home right before the preposition toward its place ("Vor der Rückreise nach Genf", "before
    #: returning to Lagos", "avant de rentrer à Paris"): the place the visitors leave for, not where the event was
    return_words: tuple[str, ...] = ()
    #: words of a journey called off right before the preposition toward its place ("canceló su viaje a Lima",
    #: "cancelled a trip to Nairobi", "a annulé son déplacement à Lyon"): where the journey would have gone, not
    #: where the event was
    called_off_journeys: tuple[str, ...] = ()
    #: words that tell a visit as over, a few words before its noun ("left for Lagos after a day-long visit to
    #: Kessel", "concluding his tour of", "wrapping up his visit"): a departure's destination is then the next stop,
    #: and the visit that ends is the event's place
    visit_endings: tuple[str, ...] = ()
    #: the nouns of a stay away ("visit", "tour", "trip"), which `visit_endings` end
    stay_nouns: tuple[str, ...] = ()
    #: adjectives that date an occasion before the event, before or after its noun ("during a past visit to
    #: Pretoria", "lors de sa visite précédente à Paris"): the place they lead to is not the event's
    earlier_words: tuple[str, ...] = ()
    #: phrases that set the event after an earlier occasion it continues or carries out, a few words before that
    #: occasion's noun ("in continuation of the call between X and Y", "Als Fortsetzung des Gesprächs von X und Y",
    #: "пониманий, достигнутых в ходе переговоров X с Y"): the two named with that noun are its parties, not the event's
    sequel_phrases: tuple[str, ...] = ()
    #: a relative clause that tells of an occasion still to come, right before its place ("… du Conseil européen,
    #: qui se tiendra à Bruxelles", "which will be held in", "которое состоится в"): the place is that occasion's,
    #: not the event's
    later_clauses: tuple[str, ...] = ()
    #: phrases before the name of a gathering the event was held on the margins of ("on the sidelines of", "en marge
    #: du"): a city that names it is where the event was held ("Antalya Diplomacy Forum", "Sommet de Dakar")
    margin_cues: tuple[str, ...] = ()
    #: nouns that end the name of a body called after the city it was founded in ("Shanghai Cooperation
    #: Organisation", "Lima Group"): such a city names the body, not where its gathering met
    founded_bodies: tuple[str, ...] = ()
    #: a relative clause that tells, right before a day, when a gathering opened or closed ("which kicked off on",
    #: "qui s'est ouvert"): that day is the gathering's, not the day of a meeting held on its margins
    opening_clauses: tuple[str, ...] = ()
    #: nouns of a gathering that opens or closes ("summit", "council", "Tagung"), and the verbs that tell it opened,
    #: began, closed or ended ("opened", "arrancó", "beenden"): a gathering noun and such a verb in one clause, either
    #: way round ("The Ministerial Council … opened", "beenden … ihre Jahrestagung"), report the gathering itself
    gathering_nouns: tuple[str, ...] = ()
    gathering_openings: tuple[str, ...] = ()
    #: words that open a sentence telling of an occasion before the event ("Earlier in the day", "Plus tôt"): the
    #: place it names is not the event's
    earlier_openers: tuple[str, ...] = ()
    #: the book of honoured guests a town keeps ("Goldenes Buch", "livre d'or", "Golden Book"), signed by a guest
    #: who comes to it: the town whose book it is ("ins Goldene Buch der Stadt Würzburg") is where it was signed
    guest_books: tuple[str, ...] = ()
    #: words that open a sentence on an occasion after the event ("After the meeting, …", "Later, …"): the places it
    #: names are that occasion's; one word of them after a verb of a visit makes its site a later stop of the
    #: programme ("besuchten anschließend das Museum")
    later_openers: tuple[str, ...] = ()
    #: roles held in another country than one's own: a place after one and its country names the post, not the
    #: event's place ("l'ambassadeur de la République de Côte d'Ivoire en Mauritanie", "посол России в Минске")
    posted_roles: tuple[str, ...] = ()
    #: nouns of a mission posted to a country or a city ("embassy", "délégation", "Посольства"): as a posted role, a
    #: mission and its country or body before a place preposition make the place its post ("Head of the EU Delegation
    #: to Russia", "руководителем Посольства США в Беларуси"), not where the event was
    posted_missions: tuple[str, ...] = ()
    #: words that mark a post held for the time being, right after its role ("par intérim", "ad interim"): the post
    #: goes on after them ("coordinateur résident par intérim des Nations Unies en Mauritanie")
    interim_marks: tuple[str, ...] = ()
    #: pronouns or articles that stand for the role noun of the item before, in a list of holders of one office
    #: for several countries ("el presidente de Costa Rica, X, y el de Panamá, Y"; "et celui du Niger, Y")
    elided_heads: tuple[str, ...] = ()
    #: offices a country gives its own people, lower case ("président", "ministre", "chef de l'État"): a brief
    #: names them without the country when it is the one it reports from ("le président a reçu …")
    national_offices: tuple[str, ...] = ()
    #: offices of the officeholders register a role noun names, lower case ("président" → head of state, "chef de
    #: la diplomatie" → foreign minister): a role-only phrase of that noun and a nationality ("le président
    #: américain") later tells the office of a party named bare whom the register knows in it for that country
    register_offices: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: a place preposition as a sentence's first word writes it in capitals, without its accent ("A Paris depuis
    #: jeudi, …" for "À Paris"): taken there only, where it is no other word
    opening_place_prepositions: tuple[str, ...] = ()
    #: articles between a place preposition and the place ("à la Maison Blanche", "in the Kremlin")
    place_articles: tuple[str, ...] = ()
    #: nouns of a settlement before its name ("in the city of Langfang", "в городе Сочи", "dans la ville de")
    settlement_words: tuple[str, ...] = ()
    #: lower-case adjectives a settlement's noun takes besides its country's, before it where adjectives lead ("in the
    #: southern French city of Nice", "in the coastal city of Mombasa") and after it where they follow ("dans la ville
    #: côtière de Mombasa"): the noun still stands before the settlement's name
    settlement_adjectives: tuple[str, ...] = ()
    #: endings that make a city's name the adjective before a building, a body or an occasion of that city, after an
    #: article ("am Wiener Opernball", "im Grazer Landhaus"): the city, when the event's sentences name no place
    city_adjective_endings: tuple[str, ...] = ()
    #: head nouns of an institution whose name the city it stands in closes, maybe after a link ("Universität Trier",
    #: "Bauhaus-Universität Weimar", "IHK zu Lübeck"): the city, when the event's sentences name no place
    city_institution_nouns: tuple[str, ...] = ()
    #: links between such a noun and its city ("zu")
    city_institution_links: tuple[str, ...] = ()
    #: nouns of a territorial unit that a role's complement names right before its holder's name, with no comma
    #: between ("Gouverneur des Kaliningrader Gebiets X Y", "Präsident des Kantons Zürich X Y", "Bürgermeister der
    #: Stadt Lindau X Y"): the noun, in any case, and the unit's own name after it are no part of the holder's name.
    #: Written in the nominative, or in every case the language writes them; `unit_noun_endings` derive the others
    unit_nouns: tuple[str, ...] = ()
    #: endings a unit noun takes in a case `unit_nouns` do not write ("-s", "-es" of a German genitive: "Kantons")
    unit_noun_endings: tuple[str, ...] = ()
    #: verbs that say where an event was held ("took place", "s'est déroulée", "fand statt", "состоялась"): a
    #: sentence with one names the event's place, though it stands further down than the lead
    venue_verbs: tuple[str, ...] = ()
    #: participles of those verbs, set right before the place they hold the event in ("разговора, прошедшего в Совете
    #: министров"), where a language makes them of the verb
    venue_participles: tuple[str, ...] = ()
    #: phrases after a place named as their subject that say it held the event ("El Palacio de X fue el escenario
    #: del encuentro", "La salle des actes du Ministère a servi de cadre à la cérémonie"): the subject is the place
    host_venue_phrases: tuple[str, ...] = ()
    #: prepositions of where a journey or a guest comes from ("visits from India", "a flight from the air base in
    #: Pretoria", "en provenance de"): the place they lead to, or one that locates the noun they govern, is where the
    #: journey started, not the event's
    origin_prepositions: tuple[str, ...] = ()
    #: endings of the declined adjectives that may stand between a place preposition and a venue's noun, where
    #: adjectives stand before nouns ("im südsteirischen Schloss Seggau", "im historischen Rathaus"): no part of
    #: the venue's name, as a country's adjective is none of a city's ("im finnischen Rovaniemi")
    place_adjective_endings: tuple[str, ...] = ()
    #: relative pronouns that open a clause about a thing, right before a verb of holding ("the attacks that took
    #: place in Nairobi", "l'attaque qui a eu lieu à"): the place is that thing's, in a statement a topic, not
    #: where the statement was made
    thing_relatives: tuple[str, ...] = ()
    #: stems of passive participles that open a clause set off by a comma, their agent after them ("…, запланированных
    #: президентами X и Y"): who planned or prepared what the clause tells of, no party to the event for that
    agent_participles: tuple[str, ...] = ()
    #: a place preposition and a capital's noun, written without the country's adjective that completes them
    #: ("dans la capitale" sénégalaise, "in der" kenianischen "Hauptstadt": the adjective goes after the phrase, or
    #: before its last word where adjectives stand before nouns): the capital of that country, which the brief
    #: may name elsewhere ("le Forum international de Dakar … dans la capitale sénégalaise")
    capital_phrases: tuple[str, ...] = ()
    #: a noun of a country's soil and what leads to it, written without the country's adjective that completes them
    #: ("en terre" mauritanienne, "a foulé le sol" guinéen): the event is in that country, whose city the brief may
    #: name elsewhere ("… en terre mauritanienne. … À son arrivée à Nouakchott")
    land_phrases: tuple[str, ...] = ()
    #: relative adverbs of place ("où", "donde", "wo", "where"): a place set off by a comma before one whose clause
    #: holds the event ("… al Palacio Nacional de la Cultura, donde se celebrará el encuentro") is the event's
    #: place, whatever preposition leads to it
    place_relatives: tuple[str, ...] = ()
    #: marks of a photo caption or credit ("(R)", "PHOTO |", "(Image")
    caption_cues: tuple[str, ...] = ()
    #: where a person stands in the photo, written in brackets right after their name ("X (links), Präsident des
    #: …", "Y (left), the Minister of …"): part of neither the name nor the role in apposition after it; before a
    #: list of names too ("(v.l.) X, Y und Z"), the abbreviated ones also before a colon ("v.l.n.r.: X, Y"): those a
    #: caption places so were at what its photo shows
    photo_positions: tuple[str, ...] = ()
    #: words that open a phrase of company after a comma ("X, together with the Minister of …, Y"): who is with
    #: someone, not their title in apposition
    company_words: tuple[str, ...] = ()
    #: words that, right after an agency's name, make it a photo's credit ("— Bernama pic", "AFP photo"), as they do
    #: among the words of a credit in brackets or after a label ("(Photo/Courtesy)", "(EPA Foto)")
    photo_words: tuple[str, ...] = ()
    #: words that link a photo's word to whom the picture is credited, on a credit's line with no colon ("Photo
    #: courtesy Office of the President", "Photo via Foreign Ministry", "Photos by Jo Lind")
    photo_credit_links: tuple[str, ...] = ()
    #: regexes of whole lines that are page furniture, not text
    boilerplate: tuple[str, ...] = ()
    #: regexes of clauses trimmed from the end of a summary point ("a fait savoir …")
    point_tails: tuple[str, ...] = ()

    @cached_property
    def months(self) -> dict[str, int]:
        return {**calendar_names(self.code)[0], **self.extra_months}

    @cached_property
    def cut_months(self) -> dict[str, int]:
        """Month names cut short that a full stop ends ("fév."), beyond those CLDR lists."""
        return cut_month_names(self.months, self.weekdays)

    @cached_property
    def weekdays(self) -> dict[str, int]:
        return {**calendar_names(self.code)[1], **self.extra_weekdays}

    @cached_property
    def territory_names(self) -> tuple[str, ...]:
        """Country and region names in this language, as CLDR writes them ("Azerbaïdjan"), and the country names
        briefs use that CLDR lacks (`country_names`)."""
        cldr = territory_names(self.code)
        # a name CLDR writes with another in brackets goes by either: "Myanmar (Birmanie)"
        bracketed = (part.strip(" )") for name in cldr if "(" in name for part in name.split("("))
        return (*cldr, *bracketed, *self.country_names)

    @cached_property
    def territories(self) -> frozenset[str]:
        """Country and region names, lower-cased: never a person's name."""
        return frozenset(name.lower() for name in self.territory_names)
