"""Source: where the information comes from, in order of trust.

1. a source line ("Source: …"); then an agency someone spoke to ("told Reuters", "a déclaré à l'AFP");
2. what a cue names when it is a ministry, an office, an agency ("…, a fait savoir le site du ministère",
   "citing the Foreign Ministry", "referring to the Ministry"): an outlet citing it is only the messenger;
3. the agency the dispatch credits (`Analysis.dateline.agency`: one the register of agencies knows in a
   dateline, a signature line or a byline, else an unknown one in a dateline's shape), or the outlet a teaser
   links to for the rest ("… suite de l'article sur Jeune Afrique", "Read more at X"), or an agency in brackets
   with the language's "with" ("(avec AFP)");
4. an agency of the register closing a paragraph ("… — BelTA", "… (AFP)", "… de cabinet. AMI"): the dispatch's own;
5. any other cue: before the source ("selon …", "according to …"), after it ("Trend reports", "The PMO said"),
   around it ("teilte das Auswärtige Amt am Montag mit");
6. an agency the register does not know closing the text ("… (APS)"), one alone on a line, an outlet after
   a writer's initials or a site's domain in brackets ("SL/ HaïtiLibre", "(Kivu24.com)"), then a byline
   that names an outlet, a service or a site ("By PSCU", "Written By: PSCU", "Rédigé par x.net le …",
   "Rédacteur : Gabon Matin"), not a person, then an outlet naming itself on a short line at the top ("Ammon
   News -", by the language's outlet words; not "Media Release"; not the page's masthead above the lead, which
   names the site, as "World News" or "Valdor News - March 5th, 2012" do), then the copyright line of a site
   the register knows ("© 2021 BelTA. All rights reserved.") or of an outlet by its words ("© 2024 Kivu Times").
A phrase that is only a participant speaking ("Marcos said", "says Chairman") is not a source, and neither is a
photo's credit ("— Bernama pic"), nor a rule, a plan or a count ("selon les dispositions de la Constitution"), nor a
country or a big city alone ("Berlin bestätigte"); a seat of power is one ("the White House said"). A document
names its body ("une note du ministère", "a press release issued by the Presidency"). A site may be named by its
domain ("informe lefigaro.fr"). None when the brief names no source.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Collection, Sequence
from functools import cache
from itertools import dropwhile, takewhile

from briefparse import kept_patterns
from briefparse.agencies import Credit, agencies_named, find_agencies, is_ambiguous, is_titled
from briefparse.analysis import Analysis
from briefparse.analysis.cues import is_caption, names_a_photo
from briefparse.analysis.headline import is_masthead
from briefparse.analysis.names import find_names
from briefparse.document import Document, Segment
from briefparse.given_names import is_given_name
from briefparse.lang.base import Language
from briefparse.lang.compiled import SourcePatterns, compiled, event_key
from briefparse.lang.letters import UPPER, fold, words
from briefparse.lazy_regex import lazy_compile
from briefparse.models import Participant, Source, Span
from briefparse.places import lookup

_URL = lazy_compile(r"https?://\S+")
_WORD = lazy_compile(r"\S+")
_LINE = lazy_compile(r"^[^\S\n]*(?P<a>\S[^\n]*?)[^\S\n]*$", re.M)  # a line's words, without its margins
#: a contact block's telephone or mail: a figure or a mail address ("Telefon: 0211 837", "presse [at] stk.nrw.de")
_CONTACT_DATA = lazy_compile(r"\d|@|\[at\]|\(at\)")
_ACRONYM = lazy_compile(rf"[{UPPER}]{{2,8}}")  # an office's letters after its name: "MAEV", "EDA"
_PARTICULAR_WORDS = 4  # a signature's date, place or office: "25. September 2012", "Berlin", "Pressestelle"
_CONTACT_NAME_LINES = 4  # the lines of a contact block above its data: a person, a post, an office, its body
# a site named by its domain ("lefigaro.fr"), not a file's name ("Foto.JPG", "rapport.pdf")
_DOMAIN = lazy_compile(r"[\w-]+(?:\.[\w-]+)*\.(?!(?i:jpe?g|png|gif|webp|svg|pdf|docx?|xlsx?|mp[34])\b)[a-z]{2,4}")
_DASH = "-–—―"
# a sentence, then a dash and the agency ("… dans la région. – AFP"); not a motto ("Union – Discipline – Travail")
_CLOSING_AGENCY = lazy_compile(
    rf"[.!?»”\")]\s*[{_DASH}]\s*(?P<a>[A-Z][\w&.-]+(?:\s+[A-Z][\w&.-]+){{0,2}})\s*$", re.M
)
_HEAD_CHARS = 800
_NAME_STEM = 4  # letters a declined form of a name shares with its nominative ("Дюмона", "Дюмон")
_DATED = lazy_compile(r"(?:[^\S\n]+[^\W\d_A-Z]{1,3})?,?[^\S\n]+\d")  # " le 3 mars", ", 12.03.2024": a date after a name
#: a date in figures after a source line's name, maybe with its time: "Source: Xinhua 29.06.2013 à 10h01"
_FIGURES_STAMP = lazy_compile(r",?[^\S\n]+\d{1,4}[./-]\d{1,2}[./-]\d{1,4}")
_AGENT_WORDS = 3  # a participle between a document and its agent's link: "communiqué rendu public par"
_CAPITAL_POPULATION = 300_000  # a city whose name alone stands for its government ("Moscou a annoncé")
# a signature closing the text: a writer's initials, a slash, then the outlet's name ("SL/ HaïtiLibre", "LLM / radio
# Métropole"), on its own line or after the last sentence; staff initials alone name an agency of the register (see
# `agencies`), this names any outlet
# a site's domain in brackets closing the text, alone or after the last sentence: "(Kivu24.com)", "(LaIguana.TV)"
_BRACKETED_SITE = lazy_compile(rf"(?:^|(?<=[.!?»”\"]\s))\((?P<a>{_DOMAIN.pattern})\)[^\S\n]*$", re.M | re.I)
# a capitalised name of a few words in brackets after a paragraph's last sentence: "… feuille de route… (Valdor-Presse)"
_BRACKETED_NAME = lazy_compile(
    rf"(?<=[.!?»”\"…][^\S\n])\((?P<a>[{UPPER}][\w'’.-]*(?:[^\S\n]+[\w'’.-]+){{0,3}})\)[^\S\n]*$", re.M
)
# a site's domain alone on its line, maybe as the address of its home page: "Maexpress.ma", "News.Az",
# "https://x.tj", "http://www.x.de/"; not an article's address
_SITE_LINE = lazy_compile(
    rf"[^\S\n]*(?:https?://(?:www\.)?)?(?P<a>{_DOMAIN.pattern})/?[^\S\n]*$", re.M | re.I
)
_INITIALS_SIGNATURE = lazy_compile(
    r"(?:^|(?<=[.!?»”\"]\s))(?:[A-ZÀ-Þ]{1,5}[^\S\n]*/[^\S\n]*){1,3}"
    r"(?P<a>[^\W\d_][\w.'’-]*(?:[^\S\n]+[^\W\d_][\w.'’-]*){0,3})[^\S\n]*$",
    re.M,
)
_COPYRIGHT = lazy_compile(r"©|\([cCсС]\)|copyright|(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?", re.I)
_OUTLET_LINES = 8  # an outlet names itself on one of the first lines ("Ammon News -")
#: a release's date line closed by its issuer after its place: "October 14, 2020 - Ottawa, Ontario - Global Affairs
#: Valdoria"
_DATED_ISSUER = lazy_compile(
    rf"[^\n]*?(?:19|20)\d\d[^\S\n]+[{_DASH}][^\S\n]+[^{_DASH}\n]{{2,40}}?[^\S\n]+[{_DASH}][^\S\n]+"
    rf"(?P<a>[{UPPER}][^{_DASH}\n\d]{{2,60}}?)[^\S\n]*$"
)
#: agencies in small letters in brackets closing a paragraph, maybe after the writers' initials: "kle/se (dpa, afp)"
_SMALL_LETTER_AGENCIES = lazy_compile(
    r"(?:^|(?<=[.!?»”\"]\s))(?:[a-z]{1,4}(?:/[a-z]{1,4})*[^\S\n]+)?"
    r"\((?P<a>[a-z]{2,5}(?:[^\S\n]*[,/][^\S\n]*[a-z]{2,5})*)\)[^\S\n]*$",
    re.M,
)
#: a statement's heading on a line of its own, maybe after the body and a dash, maybe before a dash or a bracket and
#: the date: "Quai d'Orsay - Déclarations du porte-parole - 16 avril 2014", "Déclaration de la porte-parole (17 juin)"
_HEADED_LINE = lazy_compile(
    rf"[^\S\n]*(?:(?P<body>[^\n\d(]{{2,40}}?)[^\S\n]+[{_DASH}][^\S\n]+)?(?P<head>[^\n\d(]{{8,160}}?)"
    rf"(?:[^\S\n]+[{_DASH}][^\S\n]+[^\n]{{0,40}}|[^\S\n]*\([^\n]{{0,40}})?[^\S\n]*"
)
_HEADING_WORDS = 12  # a statement's spokesperson, his office's name included
_ISSUER_LINES = 4  # an office issuing a release names itself on one of the lines above the headline
_LETTERHEAD_LINES = 2  # a letterhead has the state's name above the body's, at least
_DIGITS = lazy_compile(r"\d")
_RELEASE_HEADER = lazy_compile(rf"[^\S\n]*(?P<a>[^{_DASH}\n|]{{2,80}}?)[^\S\n]+[{_DASH}|][^\S\n]+")
#: agencies credited at the end or alone on a line; a copyright line is weaker still (see `_site_footer`)
_WEAK_CREDITS = ("closing", "alone")
_MAX_INVERTED_WORDS = 12
_SIGNATURE_LINES = 2  # a readout signed by the office that wrote it, on one of its last lines
_SIGNATURE_WORDS = 8
# a third of a signing body's words capitalised at least: "Cellule de communication du ministère des Affaires
# étrangères"
_SIGNATURE_CAPITALS = 3
_MARKS = ",.«»\"“”„"  # the punctuation around a word of a source phrase
_SENTENCE_ENDS = (".", "!", "?", "\n")  # what a sentence's first phrase follows
_KIND_WORDS = 2  # an article and a noun of a kind of source ("les médias"): which one it is, is not said
_CAPITAL_INSIDE = lazy_compile(rf"[{UPPER}]")  # a capital after a phrase's first letter: a name in it
_CAPITALISED_NEXT = lazy_compile(rf"[^\S\n]+[{UPPER}]")  # a name goes on: "Lena Ortiz", not the agency "Lena"
# a capital alone that a dot follows ends no phrase: an initialism or an initial cut short ("the U" of "the U.S.")
_LONE_CAPITAL_END = lazy_compile(rf"(?<![\w.])[{UPPER}]$")
_TOLD_CHARS = 40  # a verb of saying and its link to whom it was said to
_PRONOUN_CHARS = 12  # the word after a verb of saying, looked for a pronoun
_ASIDE_CHARS = 40  # a phrase set off by commas before an inverted verb ("…, in a statement, said")
_CLAUSE_MARKS = ".;!?,\n"  # what opens the clause a source stands in
_FIRST_WORD_CHARS = 30  # characters after a phrase's start where its clause's first word ends
_PAIRED_QUOTES = (("«", "»"), ("“", "”"))  # the quotation marks that open and close with different marks
_QUOTE_CLOSED = lazy_compile(r"[»”\"][^\S\n]*\Z")  # a quotation closed where the text searched ends
# a quotation closed, then its verb of saying and who says it: "», – сказал Седов", "», a ajouté M. Lind"
_QUOTE_THEN_VERB = lazy_compile(r"[»”\"][^\S\n]*,[^\S\n]*(?:[-–—][^\S\n]*)?(?:[^\W\d][\w'’.-]*[^\S\n]+){1,4}")



def _words_reported(text: str, clause: int, end: int, language: Language, speaker: Participant) -> bool:
    """The participant the phrase that ends at `end` names (in the clause that opens at `clause`) speaks words the
    brief reports: a quotation the phrase closes ("« … », a déclaré le porte-parole"), what its verb says after a
    complementizer ("Le porte-parole, Jan Lind, a indiqué qu'aucun …"), or, elsewhere, a quotation the speaker's
    surname closes ("«…», – сказал Седов") or what the surname's verb says ("Седов отметил, что …"); not one whose
    verb of saying is only tacked onto the event ("X a reçu Y, a précisé le porte-parole, Jan Lind"), who reports
    it."""
    if text[clause - 1 : clause] == "," and _QUOTE_CLOSED.search(text, 0, clause - 1):
        return True
    if _complementizer_after(language).match(text, end):
        return True
    surname = speaker.name.split()[-1] if speaker.name else ""
    if not surname:
        return False
    if any(text.startswith(surname, m.end()) or f" {surname}" in m.group(0) for m in _QUOTE_THEN_VERB.finditer(text)):
        return True
    # or what the surname's verb says elsewhere: "Седов отметил, что …"
    return any(
        _complementizer_after(language).match(text, m.end())
        for m in re.finditer(rf"(?<!\w){re.escape(surname)}(?!\w)", text)
    )


@cache
def _complementizer_after(language: Language) -> re.Pattern[str]:
    """The phrase's name set off by commas maybe, or the comma that closes an apposition, then its verb of a few
    words and a complementizer ("…, Jan Lind, a indiqué qu'…"), from the phrase's end."""
    if not language.complementizers:
        return kept_patterns.compile(r"(?!)")
    return kept_patterns.compile(
        rf"(?:,[^,\n]{{1,60}},)?,?(?:[^\S\n]+[^\W\d][\w'’-]*?){{1,3}}?,?[^\S\n]+(?:{words(language.complementizers)})"
        r"(?:(?<=['’])|(?!\w))",
        re.I,
    )


def _declined_forms(person: Participant) -> set[str]:
    """The mentions of a person's name in another form, each word of which shares its stem with a word of the name
    ("Дюмона", "Жана Дюмона" for Жан Дюмон), not a title that stands for it."""
    stems = tuple(fold(w)[:_NAME_STEM] for w in (person.name or "").split())
    return {
        m.text
        for m in person.mentions
        if m.text != person.name and m.text.split() and all(fold(w).startswith(stems) for w in m.text.split())
    }


@cache
def _phrase_words(
    language: Language,
) -> tuple[
    frozenset[str], frozenset[str], frozenset[str], frozenset[str], frozenset[str], tuple[str, ...], tuple[str, ...]
]:
    """The folded words a source phrase is read by, once per language: linking words, words of time, documents,
    rules, plans and counts, prepositions (a phrase they open is where or how it was said: "in a statement", "en un
    comunicado"; with the one-word cues of a source, "Según explicó"), channels ("a través de su cuenta") and the
    verbs of saying that may close it."""
    linking = frozenset(fold(w) for w in (*language.determiners, *language.role_links))
    times = frozenset(fold(w) for w in (*language.weekdays, *language.months, *language.relative_days))
    documents = _document_words(language)
    rules = frozenset(fold(w) for w in language.source_rule_nouns)
    # a cue of one word that opens a source after it ("según", "laut"), not a verb: standing before a verb of
    # saying ("Según explicó, …"), it names no one, the speaker being the verb's own subject
    verbs = {fold(v) for v in (*language.source_after, *language.source_inverted)}
    cues = {fold(c) for c in language.source_before if len(c.split()) == 1} - verbs
    prepositions = frozenset(
        fold(w) for w in (*language.no_name_after, *language.place_prepositions, *language.clause_openers, *cues)
    ) - {fold(w) for w in language.determiners}
    channels = tuple(fold(w) for w in language.source_channels)
    saying = tuple(fold(v) for v in language.source_after)
    return linking, times, documents, rules, prepositions, channels, saying


@cache
def _pair_words(language: Language) -> frozenset[str]:
    """The folded words that stand for the two who met ("both", "beide"), once per language."""
    return frozenset(fold(w) for w in language.pair_words)


@cache
def _report_nouns(language: Language) -> tuple[str, ...]:
    """The folded nouns of reports that name nobody alone, once per language (see `Language.source_report_nouns`)."""
    return tuple(fold(w) for w in language.source_report_nouns)


def _unowned_reports(words: list[str], linking: frozenset[str], language: Language) -> bool:
    """The phrase holds a noun of reports that no link after it ties to whose they are ("laut aktuellen Berichten"),
    or, where words are compounded, a compound that ends with one ("Medienberichten", "Behördenangaben"): what was
    reported, by no one named; not "Angaben des Ministeriums"."""
    heads = [fold(w).strip(".,") for w in words]
    reports = _report_nouns(language)
    at = next(
        (i for i, w in enumerate(heads) if w in reports or (language.compounds and w.endswith(reports))), None
    )
    if at is None:
        return False
    following = heads[at + 1] if at + 1 < len(heads) else ""
    return following not in linking


@cache
def _office_heads(language: Language) -> frozenset[str]:
    """The folded nouns of an office one holds: the language's roles of one word ("ministre", "президент"), and the
    first word of a role when a link follows it ("titular de la cartera", "head of state"); not an adjective that
    opens one ("foreign minister", "alta representante")."""
    links = {fold(link) for link in language.role_links}
    return frozenset(
        fold(words[0])
        for words in (role.split() for role in language.roles if role[:1].islower())
        if len(words) == 1 or fold(words[1]) in links
    )


def extract_source(
    analysis: Analysis, people: list[Participant], taking_part: list[Participant] | None = None
) -> Source | None:
    """The source the brief cites, with its span; None when there is none. `people` are all the brief names,
    `taking_part` those of them who take part (all of them when not given). The outlet's own staff ("Avec notre
    correspondant à X", "By our correspondent") is its own reporting, no source."""
    source = _find_source(analysis, people, taking_part)
    if source and analysis.doc.language and compiled(analysis.doc.language).source.own_staff.search(source.name):
        return None
    return source


def _find_source(
    analysis: Analysis, people: list[Participant], taking_part: list[Participant] | None = None
) -> Source | None:
    """The source the brief cites, its own staff maybe (see `extract_source`)."""
    doc = analysis.doc
    if doc.language is None:
        return None
    patterns = compiled(doc.language).source
    text = doc.text
    name_words = {w for p in people if p.name for w in p.name.split()} | set(doc.language.pronouns)
    # and the forms of each name its mentions decline ("в заявлении Дюмона" for Жан Дюмон)
    names = {p.name for p in people if p.name} | {m for p in people for m in _declined_forms(p)}
    # the words after the first of a name whose first word is no source's noun ("Fuente" of "Luis de la Fuente",
    # not "Presidencia" of a run "Fuentes de la Presidencia")
    surnames = {
        w
        for p in people
        if p.name and not patterns.source_noun.fullmatch(p.name.split()[0])
        for w in p.name.split()[1:]
    }
    taking = people if taking_part is None else taking_part
    speakers = {p.name for p in taking if p.name}
    taking_words = {w for name in speakers for w in name.split()}

    role_words = compiled(doc.language).names.role_words
    spokespersons = tuple(fold(s) for s in doc.language.spokesperson_stems) or ("\0",)
    role_noun, compounded = compiled(doc.language).names.role_noun, doc.language.compounds
    territory_words = compiled(doc.language).names.territory_words

    linking, times, documents, rules, prepositions, channels, saying = _phrase_words(doc.language)
    day_parts = {p for p in doc.language.day_parts if " " not in p}
    honorifics = compiled(doc.language).names.honorific_words
    address_words = compiled(doc.language).names.address_words
    office_heads = _office_heads(doc.language)
    outlet_kinds = {fold(k) for k in doc.language.source_outlet_kinds}
    pronouns = {fold(p) for p in (*doc.language.pronouns, *doc.language.impersonal_subjects)}
    adverbs = {fold(w) for w in doc.language.sentence_adverbs}
    unsaid = {fold(w) for w in doc.language.list_joiners} | adverbs
    agency_credits = {fold(w) for w in doc.language.agency_credits}

    def bare_role(words: list[str], after_cue: bool = False) -> bool:
        """Only role words, maybe of a country or a body in capitals ("Chairman", "the Head of State", "el embajador
        de EEUU"): someone who speaks, named elsewhere or not; not an agency's own reporter ("корреспондент ТАСС").
        After its cue or verb, a body whose noun also qualifies roles is one (", informó el Gobierno"); before a verb
        it may be the actor of what was announced ("el Gobierno chino anunció 20 iniciativas")."""
        if find_agencies(" ".join(words), ambiguous=True):
            return False
        bare = [w.strip(_MARKS) for w in words]  # an outlet in quotes is no acronym: "корреспондент «Ъ»"
        heads = [fold(w) for w in bare if fold(w) not in linking]
        if len(heads) > 1 and heads[0].startswith(spokespersons):
            return False  # one who speaks for someone ("the Spokesman for the Secretary-General"), not the one
        head = next((w for w in bare if fold(w) not in linking), "")
        if after_cue and patterns.source_noun.fullmatch(head) and fold(head) not in office_heads:
            return False
        content = [p for w in bare if fold(w) not in linking for p in fold(w).split("-") if p]
        # a country's or a body's initials qualify a role ("el embajador de EEUU"); a body's own initials that the
        # language names a source by are the body itself ("в МИД России", "в российском МИД"), no role's qualifier
        acronyms = {
            fold(w) for w in bare if w.isupper() and len(w) > 1 and not patterns.source_noun.fullmatch(w)
        }
        # a compound that ends with a role where words are compounded ("Außenminister"), not a spokesperson's
        compounds = {
            fold(w)
            for w in bare
            if compounded and role_noun.fullmatch(w.lower()) and not patterns.source_noun.search(w)
        }
        roles = role_words | compounds if compounds else role_words
        return (
            bool(content)
            and any(p in roles for p in content)
            and all(p in roles or p in territory_words or p in acronyms for p in content)
        )

    def holds_a_role(words: list[str]) -> bool:
        """The phrase opens with the noun of an office one person holds, then says of what ("el titular de la
        Cancillería", "le ministre béninois de l'Eau et des Mines"): that person speaking, not a source; not one who
        speaks for a body ("the Spokesman for the Ministry"), nor an agency's name."""
        heads = [fold(w.strip(_MARKS)) for w in words if fold(w.strip(_MARKS)) not in linking]
        joined = f" {' '.join(heads)}"  # a spokesperson's stem may be two words: "chief press secretary to …"
        spokesperson = any(f" {stem}" in joined for stem in spokespersons)  # "Secretary of Defense Spokesperson"
        if not heads or spokesperson or find_agencies(" ".join(words), ambiguous=True):
            return False
        if any(w.strip(_MARKS) in name_words and fold(w) not in linking for w in words):
            # the holder named ("canciller Gustavo Meza-Cuadra"): read as a name with its role; not a link that a
            # name holds too ("la" of "De la Fuente")
            return False
        # past its article, the head's accent may set a body apart from the office one holds, both folded alike
        # ("la Secretaría de Salud" is a ministry, "la secretaria de Salud" the woman who heads it)
        head = next(w.strip(_MARKS) for w in words if fold(w.strip(_MARKS)) not in linking)
        accented_body = patterns.source_noun.fullmatch(head) and fold(head) != head.lower()
        return heads[0] in office_heads and not patterns.source_noun.fullmatch(words[0].strip(_MARKS)) and (
            not accented_body
        )

    others_from = analysis.other_stories_from

    def plausible(start: int, end: int, after_cue: bool = False) -> bool:
        """Whether the phrase at start:end may name a source; `after_cue` when a cue or a verb of saying stands
        before it."""
        if others_from is not None and start > others_from:
            return False  # under "Destacados", "Read also": another story's, not this one's
        if text.startswith(".", end) and _LONE_CAPITAL_END.search(text, start, end):
            return False  # "announced by the U.S. Secretary of State": the phrase stops inside its initialism
        clause = max(text.rfind(mark, 0, start) for mark in _CLAUSE_MARKS) + 1
        if patterns.negation.search(text, clause, start):
            return False  # "La rencontre n'avait pas été annoncée par l'Élysée": who did not say it
        lead = text[clause:start].split()  # with the links that open the phrase: "El titular | de la Cancillería"
        lead += list(takewhile(lambda w: fold(w) in linking, text[start:end].split()))
        if lead and fold(lead[-1]) in linking and len([w for w in lead if fold(w) not in linking]) == 1 and (
            holds_a_role(lead)
        ):
            return False  # the body an office is of ("El titular de la | Cancillería, indicó"): its holder spoke
        phrase = text[start : _with_quoted_name(doc, start, end)]
        if patterns.anaphor.search(phrase) or patterns.own_staff.search(phrase):
            # "la même source": the source named before, found on its own; "notre correspondant": the outlet's own
            return False
        words = _elision_apart(phrase.split(), doc.language)
        said = next((v for v in saying if fold(phrase).endswith(f" {v}")), None)
        if said and any(fold(w) not in linking for w in words[: -len(said.split())]):
            # "In a statement, the Secretary-General said": who speaks is what comes before the verb; after an article
            # alone the word is a noun ("a ajouté le communiqué")
            words = words[: -len(said.split())]
        # a sentence adverb opening the phrase is no part of who spoke ("Bereits im Vorfeld des Treffens erklärte X"):
        # what follows it is read
        words = list(dropwhile(lambda w: fold(w) in adverbs, words))
        if not words or fold(words[0]) in prepositions or fold(phrase).startswith(channels):
            return False
        if all(fold(w).strip(".,") in times or w.strip(".,").isdigit() for w in words):
            return False  # a day or a date standing before the verb ("wie das Außenamt am Mittwoch mitteilte")
        if words[0] in day_parts:
            # a part of the day in lower case: the cue was the time's own word, the afternoon written without its
            # hyphen ("reçu hier en fin d'après midi le ministre"), not a source's cue
            return False
        content = [fold(w) for w in words if fold(w) not in linking]
        if not content:
            return False  # an article alone, before a verb that opens with a document ("The | statement said")
        if set(content) <= _pair_words(doc.language):
            return False  # "Beide berichteten", "the two said": the pair who met, speaking
        if _unowned_reports(words, linking, doc.language):
            return False  # "laut Medienberichten": reports, whose not said
        titled = [re.split("['’]", w.strip(".,"))[-1] for w in content]
        if titled == [t for t in titled if t in pronouns]:
            return False  # a pronoun, maybe elided onto its conjunction ("Puisqu’il écrit"), or an impersonal "On"
        if all(t.strip(".,:") in unsaid for t in titled):
            return False  # a conjunction or an adverb before the verb, its subject left unsaid ("Y agregó:", "También
            # reconoció …"): the one who spoke before
        if (
            any(t in honorifics for t in titled)
            and all(t in honorifics or t in role_words for t in titled)
            and not _CAPITALISED_NEXT.match(text, end)
        ):
            # a title, maybe with an office, standing for the one addressed so ("said His Excellency", "The Honourable
            # Minister said", "Son Excellence Monsieur l'Ambassadeur"): someone speaking; not a name's first word that
            # the phrase was cut from ("a Royal | Court statement")
            return False
        if (
            rules & set(content[:2])
            and not patterns.source_noun.fullmatch(content[0])
            and not _issued_by(phrase, rules, doc.language)
        ):
            # by which rule, plan or count ("selon les dispositions de la Constitution", "according to the official
            # programme"), not who; unless it says who issued it ("según el programa divulgado por la Presidencia")
            return False
        named = " ".join(w for w in words if fold(w) not in linking).strip(".,")
        if _a_country_or_capital(named, doc.language) and not find_agencies(named, ambiguous=True):
            return False  # a country or a capital alone ("a indiqué le Sénégal", "Berlin bestätigte"): whose word?
        agency = bool(find_agencies(phrase, ambiguous=True))  # "Report informs": an agency named like a document
        owners = [n for n in patterns.source_noun.findall(phrase) if fold(n) not in documents]
        if (" ".join(content) in documents and not agency) or (
            documents & set(content) and phrase.islower() and not owners
        ):
            # a document alone ("selon le communiqué", "an official statement"): whose is said elsewhere; not
            # one of a body ("une note du ministère")
            return False
        # a linking word a name holds is no word of that name here: the article of "La SRE subrayó" is not the "la"
        # of "Juan Ramón de la Fuente"
        named = [(w in name_words or w.lower() in name_words) and fold(w) not in linking for w in words]
        # a name, maybe with its role, their article, or an adverb the verb takes ("el canciller De la Fuente",
        # "De la Fuente también afirmó"): someone speaking
        plain = role_words | linking | doc.language.sentence_adverbs
        speaking = any(named) and all(n or fold(w) in plain for w, n in zip(words, named, strict=True))
        noun = patterns.source_noun.search(phrase)
        if noun and noun.group(0) in surnames:
            noun = None  # a word of someone's name that is a source's noun too: "De la Fuente" is no "fuente"
        if noun and any(w.strip(_MARKS) in taking_words for w in words) and (
            _an_office_not_a_body(noun.group(0), office_heads, spokespersons)
            or _in_a_portfolio(phrase[: noun.start()], office_heads, linking)
        ):
            # the office of one taking part, named with it ("aseguró el canciller Marin"), or its portfolio ("el
            # ministro de Gobierno, Marin"): that person speaking; one who only announces it is a source ("anunció el
            # canciller X", who does not attend)
            noun = None
        apposed = text[end : end + 2].strip().startswith(",") and _in_apposition(text[end:].lstrip(" ,"), names)
        # a spokesperson named before the office ("…, said Raveesh Kumar, Spokesperson of the Ministry") is one
        # or after an article: "…, said Anna Lind, a spokeswoman for the prime minister"
        apposition = text[end:].lstrip(" ,")
        article = compiled(doc.language).names.leading_determiner
        opening = article.match(apposition) if article else None
        apposition = apposition[opening.end() :] if opening else apposition
        office = text[end : end + 2].startswith(",") and patterns.source_noun.match(apposition)
        noun = noun or office
        # a name after a title of plain address ("Mr. Lind said", "a ajouté M. Lind"): a person speaking
        addressed = len(words) > 1 and fold(words[0]).rstrip(".") in address_words and words[1][:1].isupper()
        one_speaking = (_names_one(phrase, names) or any(named) or speaking or apposed or addressed) and not noun
        if one_speaking or bare_role(words, after_cue) or holds_a_role(words):
            # a participant speaking ("Vice Minister Yoon said", "says Chairman", "a indiqué l'ambassadeur X à sa
            # sortie"), not a source; a spokesperson or an office named with its person is one
            return False
        # the role as the participant holds it, without the article the phrase opens with ("le porte-parole du
        # ministère" for "porte-parole du ministère"); not an agency's own envoy, who reports ("l'envoyée spéciale de
        # l'APS")
        leading = article.match(phrase) if article else None
        role = fold(phrase[leading.end() if leading else 0 :])
        speaker = next(
            (
                p
                for p in taking
                if (p.name and _names_one(phrase, {p.name}))
                or (p.role and fold(p.role) == role and not find_agencies(phrase, ambiguous=True))
            ),
            None,
        )
        if (
            not doc.language.speaking_participant_sources
            and speaker is not None
            and _words_reported(text, clause, end, doc.language, speaker)
        ):
            return False  # the one whose words the brief reports, spokesperson though he is: no source
        if not noun and a_person(start, end):
            return False  # "…, a déclaré Jean Dupont": someone speaking, though not one of the participants
        return any(c.isupper() for c in phrase) or bool(noun) or bool(_DOMAIN.fullmatch(phrase))

    def a_person(start: int, end: int) -> bool:
        """The phrase is only a person's name of two words or more, not an outlet's ("Jean Dupont"), nor the
        owner of a document ("A Palacio San Martín statement reads")."""
        phrase = text[start:end]
        following = text[end : end + 40].split()
        if following and fold(following[0].strip(",.")) in documents:
            return False
        if find_agencies(phrase, ambiguous=True) or patterns.outlet_word.search(phrase):
            return False
        found = find_names(text, start, end, doc.language)
        article = compiled(doc.language).names.leading_determiner
        opening = article.match(text, start, end) if article else None
        begin = opening.end() if opening else start
        return any(n.start == begin and n.end == end and len(n.tokens) > 1 for n in found)

    def names_a_source(match: re.Match[str]) -> bool:
        """After an inverted verb, a source opens with a name or a role, or says what it is ("a annoncé le
        ministère", "a révélé le quotidien X"), unlike an object ("a annoncé la création d'un centre")."""
        phrase = match.group("src")
        if len(phrase.split()) > _MAX_INVERTED_WORDS:
            return False  # a clause ("…, said his government was ready to open …"), not a noun phrase
        article = compiled(doc.language).names.leading_determiner
        opening = article.match(phrase) if article else None
        rest = phrase[opening.end() :] if opening else phrase
        first = fold(rest.split()[0]) if rest.split() else ""
        domain = _DOMAIN.fullmatch(rest)  # a site's domain: "informe lefigaro.fr"
        kind = first in outlet_kinds  # an outlet by its kind, whatever its name
        return rest[:1].isupper() or first in role_words or kind or bool(patterns.source_noun.search(phrase) or domain)

    def cited_source(match: re.Match[str]) -> Source:
        """The source a cue or a verb cites; a spokesperson with the name set after it by a comma ("said the
        presidency spokesperson, Jan Lind", "a déclaré le porte-parole du ministère des Affaires étrangères, Jan
        Lind"): the phrase holds the spokesperson's word anywhere, its office may follow it. After a cue of a
        document that opens its sentence and a comma ("En un comunicado, la Cancillería de X condenó …"), the body
        alone, cut before its verb."""
        end = match.end("src")
        # a document that reached an agency or an outlet, its issuer unnamed ("selon un communiqué parvenu à l'AIP"):
        # the receiver, not the document and its link; a document tied to whose it is names its issuer ("un
        # communiqué de la présidence parvenu à l'AIP")
        received = _received_by(text, patterns, names, match.start("src"), end)
        if received and not _owned(text[match.start("src") : received[2]], doc.language):
            return _source(doc, received[0], received[1])
        if _holds_a_spokesperson(fold(match.group("src")), spokespersons):
            end = _apposed_name_end(text, end, names, doc.language)
        opening = text[: match.start()].rstrip(" \t")[-1:] in ("", *_SENTENCE_ENDS)
        if opening and text[match.start() : match.start("src")].rstrip().endswith(","):
            # a phrase of the document it spoke in opening the sentence, then the body that spoke as its subject ("En
            # un comunicado, la Cancillería de Chile condenó …"): the body, not its verb and what it said
            end = _before_lower_word(text, match.start("src"), end, doc.language)
        return _source(doc, match.start("src"), end)

    label = patterns.label.search(text) or patterns.bracket_label.search(text) or patterns.phrase_label.search(text)
    if label and analysis.dateline.agency and _in_a_caption(doc, label.start()):
        label = None  # "… Xiong Bo (R) (Source: VGP)" over "Hanoi (VNA) –": the photo's credit, not the dispatch's
    if label and names_a_photo(label.group("src"), doc.language):
        label = None  # "Источник:" over "Фото: ТВ5": the label's line names a photo's credit, not the story's source
    # a label alone on its line ("Источник", then the next line) may be a link's text over a widget ("No comment"):
    # a body the lead cites outranks it; a label with its colon or slash, or on the line of its source, does not
    between = text[label.start() : label.start("src")].lstrip() if label else ""
    bare_label = label and "\n" in between and not re.search(r"[:/]", between)
    if label and not bare_label:
        return _source(doc, label.start("src"), _label_source_end(text, label.start("src"), label.end("src")))
    # past the lead of a dispatch its dateline credits, an interview is one recalled ("… lo llamó así en una
    # entrevista con CNN"), not what the agency reports from
    lead_end = analysis.lead[-1].end if analysis.dateline.agency and analysis.lead else len(text)
    # "told Reuters", "a déclaré à l'AFP", "заявил РИА Новости": an interview; after such a verb the agency may be
    # spelt in title case ("told Efe"); after an interview's link, in the lead, in lower case too ("dans une
    # déclaration à l'agence ivoirienne de presse")
    for agency in find_agencies(text, ambiguous=True, titled=True):
        written = text[agency.start : agency.end]
        if (is_titled(written) or is_ambiguous(written)) and (
            written in name_words or _CAPITALISED_NEXT.match(text, agency.end)
        ):
            continue  # a person's name, not the agency in title case: "said Lena Ortiz"
        before = (text, max(0, agency.start - _TOLD_CHARS), agency.start)
        told = patterns.told.search(*before)
        if told and is_ambiguous(written) and not _told_to(told.group(0), doc.language):
            continue  # a name that is also a word after a verb of saying alone ("said Trend"): its subject, maybe
        if told or patterns.quoting.search(*before):  # or a quote: "цитирует ТАСС"
            return _source(doc, agency.start, agency.end)
        if agency.start < lead_end and text[agency.start].islower() and patterns.interview_link.search(*before):
            return _source(doc, agency.start, agency.end)
    for interview in patterns.interview.finditer(text):  # "in an interview with CNN", "в интервью газете «Ъ»"
        if interview.start() >= lead_end:
            break
        if interview.group("quoted"):
            return _source(doc, interview.start("quoted"), interview.end("quoted"))
        outlet = _interviewer(interview.group("src"), doc.language, names)
        link = text[interview.start() : interview.start("src")].split()
        if not outlet and outlet_kinds & {fold(w) for w in link[-2:]}:
            # "au magazine Valdoria", "à la chaîne francophone Valdoria": an outlet, whatever its name
            outlet = 0, len(interview.group("src").rstrip("."))
        if outlet:
            start = interview.start("src")
            return _source(doc, start + outlet[0], start + outlet[1])
    # the outlet told, between a cue and the body it cites ("как сообщили «Газете» в пресс-службе"), is no source
    before_cues = list(patterns.before.finditer(text))
    hearers = [(m.start(), m.start("src")) for m in before_cues]
    for outlet in patterns.quoted.finditer(text):  # an outlet in quotes, maybe inflected: "сказал он «Интерфаксу»"
        if any(cue < outlet.start() and outlet.end() <= cited for cue, cited in hearers):
            continue
        before = (text, max(0, outlet.start() - _TOLD_CHARS), outlet.start("src"))
        # or after a cue: "сообщает «Коммерсантъ»", "пишет «Вечерний Город»"
        if patterns.told.search(*before) or patterns.cue_quote.search(*before):
            return _source(doc, outlet.start("src"), outlet.end("src"))
    # a cue inside a quotation is the speaker's wording ("« adapter l'aide selon les attentes des communes »"), not
    # the brief citing its source
    cited = [
        match
        for match in before_cues
        if plausible(match.start("src"), match.end("src"), after_cue=True)
        and not _in_open_quotation(doc, match.start())
    ]
    cited += [
        match
        for pattern in (patterns.inverted, patterns.framed)
        for match in pattern.finditer(text)
        if plausible(match.start("src"), match.end("src"), after_cue=pattern is patterns.inverted)
        and names_a_source(match)
        and not (pattern is patterns.inverted and _closes_an_aside(text, match.start(), prepositions, documents))
        # "Er kündigte dem Gast ein Programm an": the pronoun before the verb said it, the words framed are its object
        and not (pattern is patterns.framed and _word_before(text, match.start(), doc.language.pronouns, doc.language))
    ]
    # a body one spoke through ("El Gobierno, a través de la Cancillería, informó …"), named by a capitalised source
    # noun, in a sentence that tells what was said: not a document, an account or a decree one acted through, nor a
    # body one acted through ("Mediante el Ministerio …, el Gobierno oficializó a los embajadores")
    cited += [
        match
        for match in patterns.channel_body.finditer(text)
        if _a_body(match.group("src"), patterns, doc.language)
        and _in_a_statement(doc, match.start())
        and plausible(match.start("src"), match.end("src"))
    ]
    # a network cited after a verb ("informó el viernes en Facebook") is where the words were posted: weighed below
    # with the subject who posted them (`_social_post`), not cited before it; a channel's name in quotes after it
    # ("сообщает Telegram-канал «Пул Первого»") is an outlet
    cited = [
        match
        for match in cited
        if not _a_network(match.group("src"), doc.language)
        or _with_quoted_name(doc, match.start("src"), match.end("src")) > match.end("src")
    ]
    # one who takes part and speaks ("заявил пресс-секретарь Дмитрий Песков, передает РИА Новости") after the rest
    cited.sort(key=lambda m: (_names_one(m.group("src"), names), m.start("src")))
    for match in cited:  # an outlet citing a ministry or an office in its lead: the source is what it cites, not one
        # who takes part and speaks ("заявил замглавы МИД Сергей Рябков" under "INTERFAX.RU -")
        src = match.group("src")
        speaker = _names_one(src, names)
        if match.start() < _HEAD_CHARS and patterns.source_noun.search(src) and _names(src) and not speaker:
            return cited_source(match)
    if label:
        return _source(doc, label.start("src"), _before_stamp(text, label.start("src"), label.end("src")))
    agency = analysis.dateline.agency
    if agency and not patterns.own_staff.fullmatch(agency.text):
        # not the outlet's own desk in the agency's place ("ISLAMABAD (Web Desk) –"): its own reporting
        return _source(doc, agency.start, agency.end)
    teaser = patterns.read_more.search(text)  # "… suite de l'article sur Jeune Afrique": the outlet with the rest
    if teaser and (_URL.fullmatch(teaser.group("src")) or _an_outlet_name(teaser.group("src"), doc.language)):
        return _source(doc, teaser.start("src"), teaser.end("src"), titled=True)
    for credit in patterns.with_credit.finditer(text):  # "(avec AFP)", "(with Reuters)"
        if _names_an_agency(credit.group("src")):
            # the agency, not the words before it: "Con información de EFE"
            named = find_agencies(credit.group("src"), ambiguous=True)
            start, end = (named[0].start, named[0].end) if named else (0, len(credit.group("src")))
            return _source(doc, credit.start("src") + start, credit.start("src") + end)
        outlet = _outlet_before_writer(credit.group("src"), doc.language)
        if outlet:  # "Avec Valnews par Jan Lind": the outlet, then its writer
            return _source(doc, credit.start("src"), credit.start("src") + outlet)
    for credit in analysis.credits:  # "X.com avec(©AFP / 3 mars 2015)": the agency the outlet took the dispatch from
        line_start = text.rfind("\n", 0, credit.start) + 1
        with_mark = patterns.with_copyright.search(text, line_start, credit.start)
        if credit.shape == "copyright" and credit.known and with_mark:
            return _source(doc, credit.start, credit.end)
    # an agency of the register signing a paragraph's end ("… in the region. — BelTA", "… he said.(NAN)") is the
    # dispatch's: it outranks what the story cites or who speaks in it ("statement by the UN chief", "a indiqué un
    # fonctionnaire"), which the agency reports
    signing = next((c for c in analysis.credits if c.shape == "closing" and c.known), None)
    if signing:
        return _source(doc, signing.start, signing.end)
    subjects = [
        *patterns.subject.finditer(text),
        *patterns.noun_subject.finditer(text),
        *patterns.framed_subject.finditer(text),
    ]
    subject = next(
        (
            match
            for match in sorted(subjects, key=lambda m: m.start("src"))
            # not "Von konkreten Reiseplänen sagte er nichts": the pronoun said it, the phrase is its object; nor a
            # phrase a preposition or a pronoun governs ("wie X im Vorfeld der Reise mitteilte", "hob sie die
            # Notwendigkeit hervor"): a circumstance or an object, not who said it; nor the last member of a list
            # ("hob die Bedeutung Lindners und Marins hervor"): the capitalised run stops at the joining word; nor
            # the complement of a noun before it ("le ministre … de la République du Congo a souligné"): that noun
            # is the subject, read whole when it is a source's
            if not _pronoun_said(text, match.end(), doc.language)
            and not _word_before(
                text,
                match.start("src"),
                (*prepositions, *doc.language.pronouns, *doc.language.genitive_links),
                doc.language,
            )
            and not _ends_a_list(text, match.start("src"), doc.language)
            and not _ends_on_joiner(match.group("src"), doc.language)
            and not _in_fronted_phrase(text, match.start("src"), doc.language)
            and plausible(match.start("src"), match.end("src"))
        ),
        None,
    )
    credit = next((c for c in analysis.credits if c.shape in _WEAK_CREDITS), None)
    # or agencies in small letters in brackets closing the text: "kle/se (dpa, afp)", "… empfangen. (apa)"
    weak = (credit.start, credit.end) if credit else _small_letter_agencies(text, analysis.closing[-_SIGNATURE_LINES:])
    # "…, escribió Jan Novak en Truth Social": the network where the words were published, when the brief says so
    # before it cites anyone else and no agency signs it ("… ― Bernama")
    post = None if weak else _social_post(doc, patterns)
    # the one who posted, named after the network and taking no part ("a indiqué sur X Jan Lind, conseiller du
    # président"): the account's holder is the source, the network only carried his words
    after = _poster_after(analysis, post) if post else None
    if after and text[after[0] : after[1]] not in speakers:
        post = after
    elif post and text[post[0] : post[0] + 1].islower():
        # the networks at large, in lower case ("indicó X a través de sus redes sociales"): no channel's name,
        # so the one who posted, when named right after the verb of posting, is the source ("el mandatario": the
        # networks stay)
        poster = _poster(analysis, post)
        if poster is None and not _a_named_network(text[post[0] : post[1]], doc.language) and _quotes_in_paragraph(
            text, *post
        ):
            # "“…,” said the Chief Minister in a social media post": one who takes part, unnamed, quoted from his own
            # post in that paragraph, speaks; the networks at large name no channel, so they are no source
            post = None
        else:
            post = poster or post
    if post and subject and _posted_by_a_body(text, post, subject, patterns):
        post = None  # "A través de redes sociales, la Secretaría … informó": the body posted, the network carried it
    if post and all(post[0] < m.start("src") for m in (*cited[:1], *([subject] if subject else []))):
        return _source(doc, *post)
    # "…, Valdor News reported. … were also discussed, said sources.": an outlet or a body named as the subject
    # outranks a bare kind of source
    if cited and not (
        subject
        and not _names(cited[0].group("src"))
        and _names_an_outlet(subject.group("src"), doc.language)
    ):
        return cited_source(cited[0])
    if subject:
        start = subject.start("src")
        if fold(subject.group("src")).startswith(spokespersons):
            # the spokesperson's name set before the office by a comma: "Jan Lind, spokesperson of the Ministry, said"
            start = _apposed_name_start(text, start, names, doc.language)
        return _source(doc, start, subject.end("src"))
    # who signed a press document ("… du communiqué signé Jan Lind, secrétaire général"), a person or an office
    # though it be: the document is where the news comes from
    signed = patterns.signed_document.search(text)
    if signed and (others_from is None or signed.start() < others_from):
        return _source(doc, signed.start("src"), signed.end("src"))
    if weak:
        return _source(doc, *weak)
    last_lines = analysis.closing[-_SIGNATURE_LINES:]
    closing = _CLOSING_AGENCY.search(text, 0, last_lines[-1].end) if last_lines else None
    if closing:
        return _source(doc, closing.start("a"), closing.end("a"))
    for paragraph in last_lines:  # "SL/ HaïtiLibre": the writer's initials, then the outlet
        signed = (
            _INITIALS_SIGNATURE.search(text, paragraph.start, paragraph.end)
            or _BRACKETED_SITE.search(text, paragraph.start, paragraph.end)
            or _bracketed_outlet(text, paragraph, patterns)
        )
        # "(Medienmitteilung der Staatskanzlei)": the release and the body it is of, in brackets
        closing_credit = _closing_document(doc.language).search(text, paragraph.start, paragraph.end)
        if not signed and closing_credit:
            return _source(doc, closing_credit.start("a"), closing_credit.end("a"), document=True)
        # a name, not one more writer's initials ("JKL/MN/OPQ"): those name only an agency of the register
        if signed and any(c.isupper() for c in signed.group("a")) and any(c.islower() for c in signed.group("a")):
            return _source(doc, signed.start("a"), signed.end("a"))
    for paragraph in doc.paragraphs[1:]:  # "Maexpress.ma" on its own line after the body: the outlet's site
        site = _SITE_LINE.match(text, paragraph.start, paragraph.end)
        if site:
            return _source(doc, site.start("a"), site.end("a"))
    for byline in patterns.byline.finditer(text):
        # the newsroom set apart from what it is of names an outlet: "Autor: Redacción / X"
        if byline.group("apart") or _names_an_outlet(_writer_apart(byline.group("src")), doc.language):
            # not the date that may follow the outlet: "Publié par Kivu Matin le 3 mars 2024"
            dated = _DATED.search(text, byline.start("src"), byline.end("src"))
            return _source(doc, byline.start("src"), dated.start() if dated else byline.end("src"))
    title = analysis.title
    for index, paragraph in enumerate(doc.paragraphs[:_OUTLET_LINES]):  # not a masthead: it names the site's printer
        above = (title and paragraph.start < title.start) or is_masthead(doc, index, analysis.events)
        if title and paragraph.start > title.start and fold(paragraph.text.strip()) in agency_credits:
            return _source(doc, paragraph.start, paragraph.end)  # "AGENCIAS" below the headline, as a byline
        outlet = not above and patterns.outlet_line.match(text, paragraph.start, paragraph.end)
        if outlet and not documents & {fold(w) for w in outlet.group("src").split()}:  # not "Media Release"
            return _source(doc, outlet.start("src"), outlet.end("src"))
        # a release's header: the body, a dash or a bar, then the press document ("Staatskanzlei - Pressemitteilung
        # Nr. 12", "Ministry of Foreign Affairs | Press Release")
        header = _RELEASE_HEADER.match(text, paragraph.start, paragraph.end)
        if header and patterns.press_document.match(text, header.end()) and (
            _signs_as_a_body(header.group("a"), doc.language)
        ):
            return _source(doc, header.start("a"), header.end("a"))
        issuer = _DATED_ISSUER.match(text, paragraph.start, paragraph.end)
        if issuer and _an_issuer(issuer.group("a"), doc.language):
            return _source(doc, issuer.start("a"), issuer.end("a"))
    contact = _contact_office(analysis, patterns)
    if contact:
        return _source(doc, *contact)
    # "La Cellule de Communication du Gouvernement"; not the headline of a brief of one paragraph
    for paragraph in analysis.closing[1:][-_SIGNATURE_LINES:]:
        if title and paragraph.start <= title.start < paragraph.end and text[paragraph.end :].strip():
            # the headline of a short brief, no signature ("Readout of the President's Call with …"); a last line
            # taken for the title of a brief with no headline may sign it
            continue
        if _signs_as_a_body(paragraph.text, doc.language):
            return _source(doc, paragraph.start, paragraph.end)
        # or credited by a label of its own ("Bericht und Bilder: Bayerische Staatskanzlei"), not a photo's
        credited = _credited_body(paragraph.text, doc.language)
        if credited:
            return _source(doc, paragraph.start + credited, paragraph.end)
        # or with its particulars after it, set apart by slashes or commas ("Botschaft von Valdorien, Berlin, 25.
        # September 2012", "Bureau de l'Information et de la Presse/MAEV")
        body_end = _signs_with_particulars(paragraph.text, doc.language)
        if body_end:
            return _source(doc, paragraph.start, paragraph.start + body_end)
    # the press office that issues a release, on a line of its own above the headline ("Office of the Press
    # Secretary"); not a site's masthead that names its body ("Bayerische Staatskanzlei")
    for paragraph in doc.paragraphs[:_ISSUER_LINES] if title else ():
        if paragraph.start >= title.start:
            break
        press = any(stem in fold(paragraph.text) for stem in spokespersons) or find_agencies(paragraph.text)
        if press and _signs_as_a_body(paragraph.text, doc.language, every_word=True):
            return _source(doc, paragraph.start, paragraph.end)
    letterhead = _letterhead_body(doc, title.start) if title else None
    if letterhead:
        return _source(doc, letterhead.start, letterhead.end)
    headed = _headed_statement(doc)
    if headed:
        return _source(doc, *headed)
    footer = next((c for c in analysis.credits if c.shape == "copyright" and _site_footer(text, c)), None)
    if footer:  # the site of an agency or an outlet the register knows: "© 2021 BelTA. All rights reserved."
        return _source(doc, footer.start, footer.end)
    # the agency or the outlet a document reached ("indique un communiqué dont l'APS a eu connaissance", "… parvenu à
    # la rédaction de X"): when the brief names no issuer, the one that relays it is where the news comes from
    received = _received_by(text, patterns, names)
    if received:
        return _source(doc, received[0], received[1])
    # "…, indique une note.", "…, señaló un comunicado oficial, …": a document whose issuer the brief never names
    # says where the news comes from no more than the outlet's own copyright line, which says who printed the brief
    return None


def _owned(phrase: str, language: Language) -> bool:
    """The phrase names someone or ties a document to whose it is ("un communiqué de la présidence")."""
    links = language.source_document_links
    tied = bool(links) and re.search(rf"(?<!\w)(?:{words(links)})(?:(?<=['’])|(?!\w))", phrase, re.I)
    return bool(tied) or any(c.isupper() for c in phrase)


def _received_by(
    text: str, patterns: SourcePatterns, names: Collection[str], start: int = 0, end: int | None = None
) -> tuple[int, int, int] | None:
    """The agency or the outlet a document reached (`SourcePatterns.receiver`, `.receipt`), between `start` and
    `end`: an agency of the register among the receiver's words, or a capitalised name after its newsroom's link or
    before the verb of a relative clause, not a person's ("dont Jan Lind a eu connaissance"); its span, then where
    the link before it opens."""
    end = len(text) if end is None else end
    found = sorted(
        [(m, bool(m.group("newsroom"))) for m in patterns.receiver.finditer(text, start, end)]
        + [(m, True) for m in patterns.receipt.finditer(text, start, end)],
        key=lambda found: found[0].start("src"),
    )
    for match, an_outlet in found:
        name_start, name_end = match.span("src")
        agencies = find_agencies(text[name_start:name_end])
        if agencies:
            return name_start + agencies[0].start, name_start + agencies[0].end, match.start()
        if an_outlet and text[name_start].isupper() and not any(n in text[name_start:name_end] for n in names):
            return name_start, name_end, match.start()
    return None


def _before_stamp(text: str, start: int, end: int) -> int:
    """Where a source line's name ends: before the date in figures the line may go on with ("Xinhua 29.06.2013 à
    10h01"), else at `end`."""
    stamp = _FIGURES_STAMP.search(text, start, end)
    return stamp.start() if stamp and stamp.start() > start else end


def _label_source_end(text: str, start: int, end: int) -> int:
    """Where a source line's name ends: after the site's address that opens it, whatever particulars follow ("Source
    http://www.x.gouv.fr, le 8 octobre 2012"), else before its date in figures (see `_before_stamp`)."""
    address = _URL.match(text, start, end)
    if address:
        return start + len(address.group(0).rstrip(",;"))
    return _before_stamp(text, start, end)


def _contact_office(analysis: Analysis, patterns: SourcePatterns) -> tuple[int, int] | None:
    """The office a release's contact block names past its lead: a contact heading alone on its line ("Kontakt",
    "Pressekontakt", "Media contacts:"), then the name of a body after its colon, or among the few lines of names
    below it that end at the block's telephone or mail ("Sächsische Staatskanzlei", "Jan Lind / Director of
    Communications / Office of the Premier / 555-0100"); not a menu's heading over a link's words ("Kontakt",
    "Engagiere dich"), which no contact data follows."""
    doc = analysis.doc
    text, language = doc.text, doc.language
    lead_end = analysis.lead[-1].end if analysis.lead else 0
    for heading in patterns.contact_heading.finditer(text, lead_end):
        if heading.group("rest"):
            if _signs_as_a_body(heading.group("rest"), language):
                return heading.start("rest"), heading.end("rest")
            continue
        names = []
        for line in _LINE.finditer(text, heading.end()):
            if _CONTACT_DATA.search(line.group("a")):
                body = next((n for n in names if _signs_as_a_body(n.group("a"), language)), None)
                if body:
                    return body.start("a"), body.end("a")
                break
            if len(names) == _CONTACT_NAME_LINES:
                break
            if not patterns.contact_heading.fullmatch(line.group(0)):  # "Kontakt", then "Pressekontakt"
                names.append(line)
    return None


def _letterhead_body(doc: Document, title_start: int) -> Segment | None:
    """The body a communiqué's letterhead names in capitals above its heading, under the state's name and motto
    ("RÉPUBLIQUE DU VALDOR / UNITÉ-TRAVAIL / MINISTÈRE DES AFFAIRES ÉTRANGÈRES"): its last line that opens on one
    of the language's institution words, the most specific, when every line above the heading is in capitals."""
    above = [p for p in doc.paragraphs[:_ISSUER_LINES] if p.start < title_start]
    if len(above) < _LETTERHEAD_LINES or not all(p.text.isupper() and not _DIGITS.search(p.text) for p in above):
        return None
    openers = _institution_openers(doc.language)
    bodies = [p for p in above if fold(p.text.split()[0]) in openers]
    return bodies[-1] if bodies else None


def _headed_statement(doc: Document) -> tuple[int, int] | None:
    """The spokesperson a line of its own heads a statement with: the document's noun, its link, then the
    spokesperson, maybe the topic or the date after ("Déclaration du porte-parole du Quai d'Orsay", "Statement by
    the Press Secretary on the Visit of …"); the body before a dash when the line opens on it ("Quai d'Orsay -
    Déclarations du porte-parole - 16 avril 2014"). Not a statement a person makes himself ("Déclaration de M. X,
    ministre …"): he takes part."""
    language = doc.language
    if language is None or not language.spokesperson_stems:
        return None
    nouns = {fold(n) for n in (*language.source_documents, *language.source_press_documents) if " " not in n}
    links = {fold(w) for w in language.source_document_links}
    articles = {fold(w) for w in language.determiners}
    openers = {fold(w) for w in language.clause_openers}
    spokespersons = tuple(fold(s) for s in language.spokesperson_stems)
    for paragraph in doc.paragraphs:
        line = _HEADED_LINE.fullmatch(paragraph.text)
        if not line:
            continue
        found = [(m.start(), m.end(), fold(m.group())) for m in _WORD.finditer(line.group("head"))]
        if len(found) < 3 or (found[0][2] not in nouns and found[0][2].rstrip("s") not in nouns):
            continue
        at = 1
        while at < len(found) and (found[at][2] in links or found[at][2] in articles):
            at += 1
        if at == 1 or at >= len(found):
            continue  # no link to whose statement it is
        end = next((i for i in range(at + 1, len(found)) if found[i][2] in openers), len(found))
        issuer = " ".join(w for _, _, w in found[at:end])
        if not issuer.startswith(spokespersons) or end - at > _HEADING_WORDS:
            continue
        if line.group("body"):
            return paragraph.start + line.start("body"), paragraph.start + line.end("body")
        offset = paragraph.start + line.start("head")
        return offset + found[at][0], offset + found[end - 1][1]
    return None


@cache
def _institution_openers(language: Language) -> frozenset[str]:
    """The first words of the language's institution words, folded ("ministere", "presidence")."""
    return frozenset(fold(w.split()[0]) for w in language.institution_words)


def _holds_a_spokesperson(phrase: str, spokespersons: tuple[str, ...]) -> bool:
    """A word of the folded phrase, maybe after an elided article, opens on a spokesperson's stem ("le porte-parole
    du ministère", "l'attachée de presse de l'ambassade"): one who speaks, whatever office follows the title."""
    spaced = " " + re.sub(r"['’]", " ", phrase)
    return any(f" {stem}" in spaced for stem in spokespersons)


def _apposed_name_end(text: str, end: int, names: Collection[str], language: Language) -> int:
    """Where the name of a person set after a phrase by a comma ends ("spokesperson, | Jan Lind |, added"): one the
    brief names, or a name of two words or more, that fills its clause; `end` when there is none."""
    if not text.startswith(",", end):
        return end
    after = len(text) - len(text[end + 1 :].lstrip(" "))
    closing = min((i for i in (text.find(mark, after) for mark in _CLAUSE_MARKS) if i >= 0), default=len(text))
    clause = text[after:closing].rstrip(" ")
    if clause in names:
        return after + len(clause)
    found = find_names(text, after, after + len(clause), language)
    whole = any(n.start == after and n.end == after + len(clause) and len(n.tokens) > 1 for n in found)
    return after + len(clause) if whole else end


def _apposed_name_start(text: str, start: int, names: Collection[str], language: Language) -> int:
    """Where the name of a person set before a phrase by a comma starts ("Jan Lind, | spokesperson of …"): one the
    brief names, or a name of two words or more that closes the clause before the comma; `start` when there is
    none."""
    before = text[:start].rstrip(" ")
    if not before.endswith(","):
        return start
    head = before[:-1].rstrip(" ")
    for name in names:
        opening = len(head) - len(name)
        if head.endswith(name) and (opening == 0 or not head[opening - 1].isalnum()):
            return opening
    clause = max(head.rfind(mark) for mark in _CLAUSE_MARKS) + 1
    found = [n for n in find_names(text, clause, len(head), language) if n.end == len(head) and len(n.tokens) > 1]
    return found[-1].start if found else start


def _outlet_before_writer(phrase: str, language: Language) -> int:
    """Where an outlet's name ends before the agent's link and the writer's name of two to four capitalised words
    ("Valnews | par Jan Lind"); 0 when the phrase is none."""
    agents = {fold(w) for w in language.source_agent_links}
    words = phrase.split()
    at = next((i for i, w in enumerate(words) if fold(w) in agents), 0)
    writer = words[at + 1 :]
    if not at or not 2 <= len(writer) <= 4 or not all(w[:1].isupper() for w in writer):
        return 0
    outlet = " ".join(words[:at])
    return len(outlet) if phrase.startswith(outlet) and _an_outlet_name(outlet, language) else 0


def _bracketed_outlet(text: str, paragraph: Segment, patterns: SourcePatterns) -> re.Match[str] | None:
    """The name of a newspaper in brackets after the paragraph's last sentence ("… de cette feuille de route…
    (Valdor-Presse)"), an outlet by one of the language's outlet words: the paper the brief is taken from."""
    closing = _BRACKETED_NAME.search(text, paragraph.start, paragraph.end)
    return closing if closing and patterns.outlet_word.search(closing.group("a")) else None


def _small_letter_agencies(text: str, paragraphs: Sequence[Segment]) -> tuple[int, int] | None:
    """Where the first agency of the register stands in a bracket of agencies written in small letters that closes
    one of the paragraphs ("kle/se (dpa, afp, rtr)", "(apa)"), as the register writes them in capitals or in small
    letters; not a form that is also a word. None when there is none."""
    for paragraph in paragraphs:
        listed = _SMALL_LETTER_AGENCIES.search(text, paragraph.start, paragraph.end)
        if not listed:
            continue
        for item in re.finditer(r"[a-z]+", listed.group("a")):
            written = item.group(0)
            form = written if agencies_named(written) else written.upper()
            if agencies_named(form) and not is_ambiguous(form):
                return listed.start("a") + item.start(), listed.start("a") + item.end()
    return None


def _social_post(doc: Document, patterns: SourcePatterns) -> tuple[int, int] | None:
    """Where the first social network on which the brief says words were published is named ("wrote on X", "a
    écrit sur son compte X", "escribió Trump en Truth Social", "написала в своем telegram-канале"): after one of its
    links, in a sentence with a verb of writing or saying or with the quoted words themselves ("Sur X, le ministre
    est revenu sur l'entretien : « … »"), so that a share button ("Partager sur Facebook") names none. None when
    there is none."""
    pictures = _picture_nouns(doc.language)
    for match in patterns.social.finditer(doc.text):
        start, end = _sentence_around(doc, match.start(), match.end())
        verbs = patterns.posting.finditer(doc.text, start, end)
        if any(not _posts_a_picture(doc.text, verb.end(), pictures) for verb in verbs) or _holds_quotation(
            doc.text, start, end
        ):
            return match.span("src")
    return None


_PICTURE_WORDS = 3  # words after a verb of posting where what it posted is named: "posted a photograph"


@cache
def _picture_nouns(language: Language) -> frozenset[str]:
    """The language's nouns of what is posted without words (`Language.source_picture_nouns`), folded."""
    return frozenset(fold(n) for n in language.source_picture_nouns)


def _posts_a_picture(text: str, at: int, pictures: frozenset[str]) -> bool:
    """The verb of posting that ends at `at` takes a picture as its object, a few words on ("posted a photograph
    of …", "shared photos"): no words published."""
    line_end = text.find("\n", at)
    after = text[at : line_end if line_end >= 0 else len(text)].split()[:_PICTURE_WORDS]
    return any(fold(word.strip(".,;:!?")) in pictures for word in after)


def _holds_quotation(text: str, start: int, end: int) -> bool:
    """The span holds a mark that opens or closes a quotation («, », “, ”): words quoted as they were written."""
    return any(mark in text[start:end] for pair in _PAIRED_QUOTES for mark in pair)


def _quotes_in_paragraph(text: str, start: int, end: int) -> bool:
    """The paragraph that holds the span quotes words as they were written, between paired or straight marks."""
    begin, stop = text.rfind("\n", 0, start) + 1, text.find("\n", end)
    stop = stop if stop >= 0 else len(text)
    return _holds_quotation(text, begin, stop) or text.count('"', begin, stop) >= 2


def _sentence_around(doc: Document, start: int, end: int) -> tuple[int, int]:
    """The bounds of the sentence that holds a span, not cut after an abbreviation ("a indiqué M. Durand sur X");
    the span's own line when no sentence holds it."""
    for sentence in doc.sentences:
        if sentence.start <= start and end <= sentence.end:
            return sentence.start, sentence.end
    text = doc.text
    stop = text.find("\n", end)
    return text.rfind("\n", 0, start) + 1, stop if stop >= 0 else len(text)


def _poster(analysis: Analysis, post: tuple[int, int]) -> tuple[int, int] | None:
    """Where the one who posted on the networks the brief names in lower case is named, in the same sentence: right
    after a verb of posting or saying ("indicó X a través de sus redes sociales"), as the capitalised subject of the
    clause that verb heads ("El Sistema … informó en redes sociales", "En redes sociales, la Secretaría … expresó"),
    maybe past a phrase a comma sets off before it ("Antes de la conferencia, Varga dio a conocer …"), or as the name
    a relative pronoun before that verb takes up ("…, Jan Lind who shared photos on social media");
    None when no one is."""
    text = analysis.doc.text
    language = analysis.doc.language
    patterns = compiled(language).source
    start, stop = _sentence_around(analysis.doc, *post)
    starts = analysis.name_starts
    for verb in patterns.posting.finditer(text, start, post[0]):
        index = bisect_left(starts, verb.end())
        if index < len(starts) and not text[verb.end() : starts[index]].strip():
            name = analysis.names[index][1]
            if name.end <= post[0]:
                return name.start, name.end
    # the verb nearest before the network ("… who shared photos on social media"), else the first after it
    verbs = list(patterns.posting.finditer(text, start, post[0]))
    verb = verbs[-1] if verbs else patterns.posting.search(text, post[1], stop)
    if verb is None or language is None:
        return None
    # the clause the verb heads: past a phrase set off by a comma that holds the network ("En redes sociales, …")
    comma = text.find(",", post[1], verb.start())
    clause = comma + 1 if post[1] <= verb.start() and comma >= 0 else start
    before = text[clause : verb.start()]
    relatives = {fold(r) for r in language.relative_pronouns}
    words_before = before.split()
    if words_before and fold(words_before[-1]) in relatives:
        # "…, Dapo Eniola who shared …": the name the relative pronoun takes up
        end = clause + len(before.rstrip()) - len(words_before[-1])
        named = next((n for _, n in analysis.names if n.end == len(text[:end].rstrip())), None)
        return (named.start, named.end) if named else None
    subject = before.strip()
    fronted = subject.rfind(",")
    if fronted >= 0:  # "Antes de la conferencia, Varga dio a conocer …": past a phrase set off before the subject
        clause += before.find(subject) + fronted + 1
        before, subject = text[clause : verb.start()], subject[fronted + 1 :].strip()
    article = compiled(language).names.leading_determiner
    opening = article.match(subject) if article else None
    head = subject[opening.end() :] if opening else subject
    begin = clause + len(before) - len(before.lstrip())
    # a name of capitals past its first letter, which a sentence capitalises anyway ("Об этом губернатор": no one's),
    # a person's name the brief gives ("Varga dio a conocer …") or a body by its noun ("El Gobierno guatemalteco
    # indicó, en sus redes sociales, …")
    named = head[:1].isupper() and (
        (fronted < 0 and bool(_CAPITAL_INSIDE.search(head, 1)))
        or any((n.start, n.end) == (begin, begin + len(subject)) for _, n in analysis.names)
        or bool(patterns.source_noun.match(head))
    )
    if named and len(subject.split()) <= _MAX_INVERTED_WORDS:
        return begin, begin + len(subject)
    return None


_POSTER_GAP_WORDS = 8  # words between a network and the name of the one who posted on it: his office, maybe
# what no office before a name holds: the end of a clause, or a quotation's mark
_POSTER_GAP_MARKS = frozenset('.;:!?()"«»“”„\n')


def _poster_after(analysis: Analysis, post: tuple[int, int]) -> tuple[int, int] | None:
    """Where the one who posted is named after the network a verb of posting or saying before it names, maybe past
    his office ("a indiqué mardi sur X Jan Lind, conseiller du président", "сообщила в своем телеграм-канале
    пресс-секретарь министерства Анна Линд", "said on X the ministry's spokesman, Jan Lind"): the subject the verb
    puts after it; not a name a clause of its own brings ("wrote on X that Jan Lind …"). None when no one is."""
    doc = analysis.doc
    text, language = doc.text, doc.language
    if language is None:
        return None
    start, stop = _sentence_around(doc, *post)
    if not compiled(language).source.posting.search(text, start, post[0]):
        return None
    # a name read with the network's own word before it ("X Jan Lind") begins after the network
    named = next((n for _, n in analysis.names if post[0] <= n.start and post[1] < n.end <= stop), None)
    if named is None:
        return None
    rest = text[post[1] : named.end]
    begin = max(named.start, post[1] + len(rest) - len(rest.lstrip()))
    gap = text[post[1] : begin]
    words = gap.replace(",", " ").split()
    complementizers = {fold(c) for c in language.complementizers}
    if (
        len(words) > _POSTER_GAP_WORDS
        or _POSTER_GAP_MARKS & set(gap)
        or "," in gap.rstrip()[:-1]  # a comma only closes the office set before the name: "spokesman, Jan Lind"
        or any(fold(w) in complementizers for w in words)
    ):
        return None
    return begin, named.end


def _posted_by_a_body(text: str, post: tuple[int, int], subject: re.Match[str], patterns: SourcePatterns) -> bool:
    """The subject that says what was posted on the network is a body, named after it in the same sentence ("A
    través de redes sociales, la Secretaría de Relaciones Exteriores informó"): the body is the source, the network
    only its channel; a person who posts ("A través de sus redes sociales, la mandataria dio a conocer") is not."""
    ends = [i for i in (text.find(mark, post[1]) for mark in ".!?\n") if i >= 0]
    return post[1] <= subject.start("src") < min(ends, default=len(text)) and bool(
        patterns.source_noun.search(subject.group("src"))
    )


def _an_office_not_a_body(noun: str, office_heads: frozenset[str], spokespersons: tuple[str, ...]) -> bool:
    """A source's noun that is the office one person holds ("canciller"), not one who speaks for others ("portavoz")
    nor a body its accent sets apart from its holder ("Secretaría", folded alike with "secretaria")."""
    folded = fold(noun)
    return folded in office_heads and folded == noun.lower() and not folded.startswith(spokespersons)


def _in_a_portfolio(before: str, office_heads: frozenset[str], linking: frozenset[str]) -> bool:
    """The words before a source's noun end on an office and its links ("el ministro de | Gobierno", "la ministra
    de la | Presidencia"): the noun names the office's portfolio, not a body that speaks."""
    heads = [fold(w.strip(_MARKS)) for w in before.split() if fold(w.strip(_MARKS)) not in linking]
    return before[-1:].isspace() and fold(before.split()[-1]) in linking and bool(heads) and heads[-1] in office_heads


def _a_body(phrase: str, patterns: SourcePatterns, language: Language) -> bool:
    """The phrase, past its article, opens with a source's noun in capitals ("la Cancillería", "el Ministerio de
    …"): a body, not what one acted or wrote through ("un Comunicado Oficial", "su cuenta", "el Decreto 246", "в своём
    Telegram-канале")."""
    article = compiled(language).names.leading_determiner
    opening = article.match(phrase) if article else None
    rest = phrase[opening.end() :] if opening else phrase
    head = fold(rest.split()[0].strip(_MARKS)) if rest.split() else ""
    networks = tuple(fold(n) for n in language.source_social_networks)
    return (
        rest[:1].isupper()
        and bool(patterns.source_noun.match(rest))
        and head not in _document_words(language)
        and not (networks and fold(rest).startswith(networks))
    )


def _a_network(phrase: str, language: Language) -> bool:
    """The phrase, past its article, is only a social network's name ("Facebook", "las redes sociales")."""
    article = compiled(language).names.leading_determiner
    opening = article.match(phrase) if article else None
    rest = fold(phrase[opening.end() :] if opening else phrase).strip(_MARKS)
    return rest in _networks(language)


def _a_named_network(phrase: str, language: Language) -> bool:
    """The phrase opens with a network's own name, maybe written in small letters ("telegram-канал"), not with
    words for the networks at large ("social media", "соцсетях")."""
    names = {re.split(r"[\s-]", fold(n), maxsplit=1)[0] for n in language.source_social_networks if n[:1].isupper()}
    return re.split(r"[\s-]", fold(phrase), maxsplit=1)[0] in names


@cache
def _networks(language: Language) -> frozenset[str]:
    """The folded names of the social networks, once per language (`Language.source_social_networks`)."""
    return frozenset(fold(n) for n in language.source_social_networks)


def _in_a_caption(doc: Document, at: int) -> bool:
    """The paragraph around `at` is a photo's caption ("X (R) and Y (Source: Z)")."""
    paragraph = next((p for p in doc.paragraphs if p.start <= at < p.end), None)
    return paragraph is not None and doc.language is not None and is_caption(paragraph.text, doc.language)


def _in_a_statement(doc: Document, at: int) -> bool:
    """The sentence at `at` has a verb of saying ("comunicó que"), names a press document ("emitió un
    comunicado") or tells a statement's act ("condenó", "lamentó", "welcomed"): what a body one spoke through
    said."""
    patterns = compiled(doc.language)
    sentence = next((s for s in doc.sentences if s.start <= at < s.end), None)
    if sentence is None:
        return False
    if patterns.cues.said.search(doc.lower, sentence.start, sentence.end) or patterns.source.press_document.search(
        doc.text, sentence.start, sentence.end
    ):
        return True
    kinds = patterns.cues.event_kinds
    return any(
        kinds.get(event_key(m.group("phrase"))) == "statement"
        for m in patterns.cues.event_verbs.finditer(doc.lower, sentence.start, sentence.end)
    )


def _in_open_quotation(doc: Document, at: int) -> bool:
    """A quotation opened before `at` in its paragraph («, “) is not closed yet: `at` is in quoted words."""
    paragraph = next((p for p in doc.paragraphs if p.start <= at < p.end), None)
    if paragraph is None:
        return False
    before = doc.text[paragraph.start : at]
    return any(before.count(opening) > before.count(closing) for opening, closing in _PAIRED_QUOTES)


def _pronoun_said(text: str, end: int, language: Language) -> bool:
    """A subject pronoun follows the verb of saying that ends at `end` ("… sagte er"), where a subject may follow its
    verb: the pronoun is who said it."""
    if not language.subject_after_verb:
        return False
    following = text[end : end + _PRONOUN_CHARS].split(maxsplit=1)
    return bool(following) and text[end : end + 1].isspace() and fold(following[0]) in {
        fold(p) for p in language.pronouns
    }


def _word_before(text: str, start: int, folded: Collection[str], language: Language) -> bool:
    """The word before `start` in its clause, past an article, is one of `folded`."""
    clause = max(text.rfind(mark, 0, start) for mark in _CLAUSE_MARKS) + 1
    before = text[clause:start].split()
    if before and fold(before[-1]) in {fold(d) for d in language.determiners}:
        before.pop()
    return bool(before) and fold(before[-1]) in folded


@cache
def _fronted_prepositions(language: Language) -> frozenset[str]:
    return frozenset(fold(p) for p in language.source_fronted_prepositions)


def _in_fronted_phrase(text: str, start: int, language: Language) -> bool:
    """The phrase at `start` opens its clause with a preposition, or stands in a phrase that does ("Über die genauen
    Inhalte äußerten sich …", "Aus Anlass des Anschlags erklärte X"): the phrase set before the verb, whose subject
    follows it."""
    clause = max(text.rfind(mark, 0, start) for mark in _CLAUSE_MARKS) + 1
    opening = re.match(r"\s*(\w+)", text[clause : start + _FIRST_WORD_CHARS])
    return bool(opening) and fold(opening.group(1)) in _fronted_prepositions(language)


def _ends_a_list(text: str, start: int, language: Language) -> bool:
    """The phrase at `start` follows a joining word that joins it to a word before it in its clause ("die Bedeutung
    Lindners und Webers hervor"): a list's last member, not a new clause's subject after a comma (", and Ministry
    spokesperson X tweeted")."""
    clause = max(text.rfind(mark, 0, start) for mark in _CLAUSE_MARKS) + 1
    before = text[clause:start].split()
    if before and fold(before[-1]) in {fold(d) for d in language.determiners}:
        before.pop()
    return len(before) >= 2 and fold(before[-1]) in {fold(w) for w in language.counterpart_words}


def _ends_on_joiner(phrase: str, language: Language) -> bool:
    """The phrase ends on a joining word ("visited the Secretariat on Tuesday and said"): the joiner ties the verb
    of saying to an earlier one, so the phrase is that verb's object, not who said it."""
    words = phrase.split()
    return bool(words) and fold(words[-1]) in {fold(w) for w in language.list_joiners}


def _agent_at(words: list[str], language: Language) -> int | None:
    """Where the agent's link stands in the words after a document's or a plan's noun, when a participle in small
    letters leads to it and a name follows ("emitido por la Cancillería", "divulgado por la presidencia"); None
    otherwise."""
    agents = {fold(w) for w in language.source_agent_links}
    by = next((i for i, w in enumerate(words[: _AGENT_WORDS + 1]) if fold(w) in agents), None)
    if by and by < len(words) - 1 and all(w.islower() for w in words[:by]):
        return by
    return None


def _issued_by(phrase: str, nouns: Collection[str], language: Language) -> bool:
    """After the first of the nouns in the phrase, a cue says who issued it ("el programa divulgado por la
    Presidencia"), not who laid it down or felt it ("les dispositions prévues par la Constitution", "les besoins
    exprimés par les autorités")."""
    noun = next((m for m in _WORD.finditer(phrase) if fold(m.group(0)) in nouns), None)
    cue = compiled(language).source.before
    return noun is not None and cue.match(phrase, noun.end() + 1) is not None


@cache
def _name_links(language: Language) -> frozenset[str]:
    """The folded lower-case words that go on a name where nouns are capitalised: articles, the links of a body's
    name and the words that join two of its nouns ("Ministerium für Europa und Äußeres")."""
    return frozenset(
        fold(w) for w in (*language.determiners, *language.role_links, *language.genitive_links, *language.list_joiners)
    )


def _before_the_verb(text: str, start: int, end: int, language: Language) -> int:
    """Where a source phrase ends in a language that capitalises its nouns: before the first lower-case word that
    follows a capitalised one and is no link of a name, the verb of the clause the phrase opens ("Laut einer
    Mitteilung des Kanzleramts | besprachen die beiden …", "Laut der Nachrichtenagentur Tass | dauerte …"); not a
    word that a noun follows, which qualifies it ("Diplomatenkreisen beider Länder"). `end` when there is none."""
    return _before_lower_word(text, start, end, language) if language.capitalised_nouns else end


def _before_lower_word(text: str, start: int, end: int, language: Language) -> int:
    """Before the first lower-case word of text[start:end] that follows a capitalised one and is no link of a name,
    nor one a capitalised word follows (see `_before_the_verb`); `end` when there is none."""
    links = _name_links(language)
    found = [(w.end(), w.group(0).strip(_MARKS)) for w in _WORD.finditer(text, start, end)]
    following = [*found[2:], (end, "")][: max(0, len(found) - 1)]
    for (before_end, before), (_, bare), (_, after) in zip(found[:-1], found[1:], following, strict=True):
        if before[:1].isupper() and bare[:1].islower() and fold(bare) not in links and not after[:1].isupper():
            return before_end
    return end


def _elision_apart(words: list[str], language: Language) -> list[str]:
    """The phrase's words with an elided article set apart from the noun it is glued to ("l’ambassadrice du Niger"
    read as "l’ | ambassadrice du Niger"), so that a role is read as a role whatever its first letter."""
    article = compiled(language).names.leading_determiner
    opening = article.match(words[0]) if article and words else None
    if not opening or not 0 < opening.end() < len(words[0]) or words[0][opening.end() - 1] not in "'’":
        return words
    return [words[0][: opening.end()], words[0][opening.end() :], *words[1:]]


def _without_document(name: str, language: Language) -> str:
    """The body a document is of, when a case ending links them with no word between ("сообщении пресс-службы
    Кремля" -> "пресс-службы Кремля") or a participle and its agent's link do ("communiqué publié par la présidence"
    -> "présidence", "a press release issued by the Presidency" -> "Presidency"); a name whose document a link word
    ties to its body stays whole ("comunicado de la Cancillería")."""
    folded = fold(name)
    documents = _document_words(language)
    heads = documents | {fold(w) for w in language.source_rule_nouns}
    document = max((d for d in heads if folded.startswith(f"{d} ")), key=len, default=None)
    if document is None:
        return name
    rest = " ".join(name.split()[len(document.split()) :])
    words = rest.split()
    by = _agent_at(words, language)
    if by is not None and (document in documents or _issued_by(name, frozenset((document,)), language)):
        body = " ".join(words[by + 1 :])
        article = compiled(language).names.leading_determiner
        opening = article.match(body) if article else None
        return body[opening.end() :] if opening else body
    if document not in documents:
        return name  # a plan's or a rule's complement is no issuer: "el programa de la visita"
    following = fold(words[0])
    linking = {
        fold(w)
        for w in (*language.determiners, *language.role_links, *language.place_prepositions,
                  *language.source_document_links)
    }
    return name if following in linking or not rest[:1].isalpha() else rest


def _an_outlet_name(name: str, language: Language) -> bool:
    """A name an outlet may go by: a site's domain, or capitalised and no place ("Read more on Ukraine" is a topic)."""
    if _DOMAIN.fullmatch(name):
        return True
    # a capitalised article inside the line opens a title ("sur Le Sahel", "on The Namibian"); a topic takes the
    # article in lower case ("sur le Sahel")
    article = compiled(language).names.leading_determiner
    opening = article.match(name) if article else None
    if opening and name[:1].isupper() and name[opening.end() : opening.end() + 1].isupper():
        return True
    return name[:1].isupper() and lookup(name, language.code) is None


def _only_labels(name: str, language: Language) -> bool:
    """Nothing but a source line's labels and their marks ("Source :", "")."""
    labels = {fold(label) for label in language.source_labels}
    return all(fold(part) in labels for part in re.split(r"[\s:/]+", name) if part)


def _site(url: str) -> str:
    """The host an address names, without "www." ("https://www.lesoleil.sn/a/b" -> "lesoleil.sn")."""
    host = url.split("//", 1)[-1].split("/", 1)[0]
    return host.removeprefix("www.")


def _a_country_or_capital(name: str, language: Language) -> bool:
    """A country, or a city big enough that its name alone stands for its government ("Berlin bestätigte"); not a
    seat of power a building names ("the White House", an old name of Casablanca) or a town shares its name with
    ("Maison Blanche", "Miraflores", "Élysée")."""
    place = lookup(name, language.code)
    if place is None or place.kind == "region":
        return False
    if place.kind == "country":
        return True
    venues = {fold(w) for w in language.venue_words}
    return (place.population or 0) >= _CAPITAL_POPULATION and not venues & {fold(w) for w in name.split()}


def _without_link(name: str, language: Language) -> str:
    """The name without the preposition a cue left before it, and the article after that ("auprès de la présidence"
    -> "présidence", "from the Ministry of the Presidency" -> "Ministry of the Presidency"); a link that opens a
    name in capitals is part of it ("De Telegraaf")."""
    opening = _leading_link(language).match(name)
    if not opening or opening.end() >= len(name):
        return name
    rest = name[opening.end() :]
    article = compiled(language).names.leading_determiner
    after = article.match(rest) if article else None
    return (rest[after.end() :] if after else rest) or rest


@cache
def _leading_link(language: Language) -> re.Pattern[str]:
    """Lower-case prepositions that open a phrase: a place's, a role's or a document's link, or whom one heard it from
    ("apprend-on auprès du ministère")."""
    links = {
        *language.role_links, *language.genitive_links, *language.source_document_links, *language.source_hearer_links
    }
    links = {w for w in links if w[:1].islower()}
    return kept_patterns.compile(rf"(?:{words(links)})(?:(?<=['’])|\s+)" if links else r"(?!)")


@cache
def _closing_document(language: Language) -> re.Pattern[str]:
    """A press document and its body in brackets closing a paragraph, on its own line or after its last sentence
    ("(Medienmitteilung der Staatskanzlei)"): group `a`, the whole credit."""
    if not language.source_press_documents or not language.source_document_links:
        return kept_patterns.compile(r"(?!)")
    return kept_patterns.compile(
        rf"(?:^|(?<=[.!?»”\"]\s))\([^\S\n]*(?P<a>(?:{words(language.source_press_documents)})[^\S\n]+"
        rf"(?:{words(language.source_document_links)})[^\S\n]+[^()\n]{{2,60}}?)[^\S\n]*\)[^\S\n]*$",
        re.M,
    )


@cache
def _document_words(language: Language) -> frozenset[str]:
    """The language's document nouns, folded, and their plurals in -s ("selon des communiqués des deux pays")."""
    return frozenset(f for w in language.source_documents for f in (fold(w), f"{fold(w)}s"))


def _signs_as_a_body(line: str, language: Language, every_word: bool = False) -> bool:
    """A short closing line that is only the name of an office or a body, as a readout signs ("Présidence de la
    République de Guinée", "La Cellule de Communication du Gouvernement"): capitalised words and links, one of the
    language's source nouns or institution words among them, no sentence and no number; with `every_word`, every
    word but the links capitalised, as where nouns are capitalised a phrase may be a third so ("Seit zwei Jahren im
    Amt")."""
    words = line.split()
    article = compiled(language).names.leading_determiner
    opening = article.match(line) if article else None
    rest = line[opening.end() :] if opening else line
    # the links of a name count for nothing: "Cellule de communication de la Présidence de la République"
    links = {fold(w) for w in (*language.determiners, *language.role_links, *language.genitive_links)}
    content = [w for w in words if fold(w) not in links]
    if not content or len(content) > _SIGNATURE_WORDS or not rest[:1].isupper():
        return False
    if re.search(r"[\d.!?:;,«»\"“”|©@/]", line):
        return False
    if {fold(w) for w in rest.split()} <= _document_words(language):
        return False  # what the text is ("Pressemitteilung", "Communiqué"), not who signs it
    if _only_labels(line, language):
        return False  # a source line's label whose link the copy lost ("Fuente", "Quelle"): it names no one
    capitalised = sum(w[:1].isupper() for w in content)
    body = compiled(language).source.source_noun.search(line) or any(
        line.startswith(w) for w in language.institution_words
    )
    if every_word and capitalised < len(content):
        return False
    return bool(body) and capitalised * _SIGNATURE_CAPITALS >= len(content)


def _signs_with_particulars(line: str, language: Language) -> int:
    """Where the body ends in a closing line that signs as a body, then gives its particulars, each set apart by a
    slash or a comma: a date or a figure, a place, an acronym or a press office, a few words each ("Botschaft von
    Valdorien, Berlin, 25. September 2012", "Auswärtiges Amt, Berlin", "Bureau de la Presse/MAEV"); not a sentence's
    clause after its comma. 0 when the line is none."""
    head, *items = re.split(r"[^\S\n]*[/,][^\S\n]*", line.strip())
    if not items or not _signs_as_a_body(head, language):
        return 0
    for item in items:
        if not item or len(item.split()) > _PARTICULAR_WORDS or not (
            any(c.isdigit() for c in item)
            or lookup(item, language.code) is not None
            or _ACRONYM.fullmatch(item)
            or _signs_as_a_body(item, language)
            or compiled(language).source.source_noun.fullmatch(item)
        ):
            return 0
    return line.index(head) + len(head)


def _an_issuer(name: str, language: Language) -> bool:
    """A name that may issue a release: a capitalised word, then capitalised words, the links of a name, or the
    words in small letters of a body a language writes with one capital ("Affaires mondiales Valdoria"), no place,
    no person's name opened by a given name ("Global Affairs Valdoria", "Office of the Prime Minister"; not
    "Ottawa, Ontario", nor "Jan Novak")."""
    links = {fold(w) for w in (*language.determiners, *language.role_links, *language.genitive_links)}
    content = [w for w in name.split() if fold(w) not in links and w != "&"]  # "Media & Communication Dept."
    return (
        bool(content)
        and content[0][:1].isupper()
        and all(w[:1].isupper() or w.isalpha() for w in content)
        and "," not in name
        and lookup(name, language.code) is None
        and not is_given_name(content[0])
    )


def _credited_body(line: str, language: Language) -> int:
    """Where the body starts in a closing credit line, a short label of words, its colon, then what signs as a body
    ("Bericht und Bilder: Bayerische Staatskanzlei", "Texte : Cellule de communication de la Présidence"); not a
    photo's credit ("Photo : Primature"). 0 when the line is none."""
    label, colon, rest = line.partition(":")
    body = rest.strip()
    if not colon or not body or not re.fullmatch(r"[^\W\d_]+(?:\s+[^\W\d_]+){0,2}\s*", label):
        return 0
    if is_caption(f"{label}: ", language) or not _signs_as_a_body(body, language):
        return 0
    return len(line) - len(rest) + rest.index(body)


def _closes_an_aside(text: str, comma: int, prepositions: frozenset[str], documents: frozenset[str]) -> bool:
    """The comma before an inverted verb closes the document it was said in, set off by commas ("the Ministry, in an
    official statement, said the two ministers discussed …"): the verb's subject stands before it, and what follows
    is what was said."""
    opening = text.rfind(",", max(0, comma - _ASIDE_CHARS), comma)
    words = [fold(w) for w in text[opening + 1 : comma].split()] if opening >= 0 else []
    return bool(words) and words[0] in prepositions and words[-1] in documents


def _names(phrase: str) -> bool:
    """The phrase says which body it is, not only what kind ("les médias", "sources"): a capital, or a noun with
    more than an article before it ("the foreign ministry")."""
    return not phrase.islower() or len(phrase.split()) > _KIND_WORDS


def _site_footer(text: str, credit: Credit) -> bool:
    """A copyright line that opens its line and names a site of the register, not a photo's credit ("© Kyodo/Jon
    Berg") nor a copyright inside a caption."""
    line_start = text.rfind("\n", 0, credit.start) + 1
    before = text[line_start : credit.start]
    photo = text[credit.end :].lstrip(" ").startswith("/")  # "© REUTERS / Jane Doe"
    return credit.known and not re.search(r"\w", _COPYRIGHT.sub("", before)) and not photo


def _writer_apart(phrase: str) -> str:
    """A byline's writer without the post set after a comma ("Jo Lind, Presidential Correspondent"): a person, when
    a given name the register lists opens a name of two words or more; else the phrase whole ("PSCU, Nairobi")."""
    head = phrase.split(",")[0].split()
    return " ".join(head) if len(head) >= 2 and is_given_name(head[0]) else phrase


def _names_an_outlet(phrase: str, language: Language) -> bool:
    """A byline that names an outlet or a service ("By PSCU", "Par La Presse Canadienne"), not a person: a name
    of the register, an acronym, a site's domain, or a phrase with one of the language's institution or source
    nouns."""
    words = {fold(w) for w in re.findall(r"[^\W\d_]+", phrase)}
    nouns = {fold(w) for noun in (*language.source_nouns, *language.institution_words) for w in noun.split()}
    acronym = phrase.isupper() and len(phrase.split()) == 1 and len(phrase) >= 2
    outlet = compiled(language).source.outlet_word.search(phrase) or _DOMAIN.fullmatch(phrase)
    return bool(find_agencies(phrase, ambiguous=True)) or acronym or bool(words & nouns) or bool(outlet)


def _told_to(told: str, language: Language) -> bool:
    """The words of saying before a name say it was told to it: a link to whom it was told ("said to", "a indiqué
    à"), or a verb that takes the one told with no link ("told"); not a verb alone whose subject or object may follow
    it ("said Petra", "stressed Petra's role")."""
    folded = [fold(w) for w in told.split()]
    hearers = {fold(w) for w in language.source_hearer_links}
    telling = {fold(v) for v in language.source_telling_verbs}
    return bool(hearers & set(folded)) or any(" ".join(folded[:n]) in telling for n in (1, 2, 3))


def _interviewer(phrase: str, language: Language, names: set[str]) -> tuple[int, int] | None:
    """Where in the capitalised words after "in an interview with" an outlet stands: a name of the register, maybe in
    title case ("Efe"), a name with an outlet's word ("Kivu Times"), an acronym ("CNN") or a domain; not a person
    ("in an interview with Jan Novak"), who may be the one interviewed. None when it names no outlet."""
    phrase = phrase.rstrip(".")  # a capitalised word may close its sentence: "… with KVTV."
    if not phrase:
        return None
    known = find_agencies(phrase, ambiguous=True, titled=True)
    if known and not _names_one(phrase, names):  # a register's name that is a person's too ("Sana")
        return known[0].start, known[0].end
    first = phrase.split()[0]  # an outlet's word outweighs a name's reading: "Radio Lago" is no person
    if compiled(language).source.outlet_word.search(phrase) or _DOMAIN.fullmatch(first):
        return (0, len(phrase)) if not _DOMAIN.fullmatch(first) else (0, len(first))
    if len(first) >= 2 and first.isupper() and first.isalpha():
        return 0, len(first)
    return None


def _in_apposition(text: str, names: set[str]) -> bool:
    """The text opens with one of the names, as whole words, set off by a comma ("Hadja Lahbib, dans un communiqué",
    "selon le ministère, Jan Novak, qui …"); not one a verb follows, the next clause's subject ("selon l'Elysée, Jan
    Novak aurait promis")."""
    return any(
        text.startswith(name) and text[len(name) :].lstrip(" ").startswith(",") for name in names
    )


def _names_an_agency(phrase: str) -> bool:
    """The phrase names an agency of the register, or is an acronym in capitals ("AFP", "Tap", "APS")."""
    return bool(find_agencies(phrase, ambiguous=True)) or (phrase.isupper() and len(phrase.split()) == 1)


def _names_one(phrase: str, names: set[str]) -> bool:
    """One of the names stands in the phrase as whole words (looked up by word runs, however many names there
    are)."""
    starts = [0, *(i + 1 for i, c in enumerate(phrase) if not c.isalnum())]
    ends = [*(i for i, c in enumerate(phrase) if not c.isalnum()), len(phrase)]
    return any(phrase[a:b] in names for a in starts for b in ends if b > a)


_QUOTED_NAME = lazy_compile(r"[^\S\n]*[«\"“„]([^«»\"“”„\n]{1,40})[»\"”“]")


def _with_quoted_name(doc: Document, start: int, end: int) -> int:
    """Where a source ends when the name of the outlet its noun or acronym introduces follows in quotes ("агентство
    «Интерфакс»", "РИА «Новости»", "el diario «El País»"): after the closing quote; else `end`."""
    last = doc.text[start:end].split()[-1:] or [""]
    noun = compiled(doc.language).source.source_noun.fullmatch(last[0])
    quoted = _QUOTED_NAME.match(doc.text, end)
    return quoted.end() if quoted and (noun or (last[0].isupper() and len(last[0]) > 1)) else end


# the marks after which a capital opens a sentence, a label's value, a quotation or a part a bar, a bracket or a
# dash sets off
_OPENING_MARKS = ".!?:;\n»”\")|([/–—-«“„‹‘"


def _opens_sentence(text: str, start: int) -> bool:
    """The phrase at `start` opens its text, a line, a sentence, a label's value or a part set off by a bar, a
    bracket, a dash or an opening quotation mark ("… 2012 | Le Temps de Valdor", "à « Le Courrier du Lac »"): its
    capital may be the sentence's, not a name's."""
    before = text[:start].rstrip(" \t")
    return not before or before[-1] in _OPENING_MARKS


def _source(doc: Document, start: int, end: int, *, titled: bool = False, document: bool = False) -> Source:
    """The source at text[start:end]; `titled` when it is an outlet's title as a link writes it, whose capitalised
    article is its own ("El Universal", "The Daily Star"); `document` when it is a press document that names no
    body, which its name keeps ("communiqué officiel")."""
    if doc.language:
        end = _before_the_verb(doc.text, start, end, doc.language)
    end = _with_quoted_name(doc, start, end)
    span: Span = doc.span(start, end)
    url = _URL.search(span.text)
    name = _URL.sub("", span.text).strip(" -–—,")
    if re.search(r"[^\W\d_]{4}\.$", name):
        name = name[:-1]  # the full stop of its line ("Vía: Televisa."), not an abbreviation's ("Inc.")
    if url and doc.language and _only_labels(name, doc.language):
        name = _site(url.group(0))  # "Source : https://lesoleil.sn/…": the site that the address names
    pattern = compiled(doc.language).names.leading_determiner
    article = pattern.match(name) if pattern else None
    capitalised = article and name[:1].isupper() and name[article.end() : article.end() + 1].isupper()
    # "according to The Valdoria Herald": a capital inside a sentence makes the article the name's; an agency the
    # register knows keeps the form it lists ("Par La Presse Canadienne")
    inside = not _opens_sentence(doc.text, start) and not find_agencies(name, ambiguous=True)
    if capitalised and (titled or inside):
        article = None
    name = (name[article.end() :] if article else name) or span.text
    if doc.language:
        name = _without_link(name, doc.language)
        name = name if document else _without_document(name, doc.language)
    if doc.language and doc.language.nominative_phrase:
        name = doc.language.nominative_phrase(name)  # the span keeps it as written: "пресс-службе Кремля"
    return Source(name=name, url=url.group(0) if url else None, span=span)
