"""People: persons with their roles, merged across mentions, split into participants and the merely mentioned.

A capitalised run of two or more words is a person when a role or honorific stands next to it,
or when its last word comes back alone elsewhere; a single word is only ever a further mention
of a known person. A person takes part in the event when mentioned in a sentence that reports
it (see `_lead_windows`), unless right after a "mention" cue ("greetings of", "au nom de").
A role named alone in such a sentence ("the Secretary-General") is the known person with that
role, or else an unnamed participant. A later sentence continues the event when its subject is a
participant, a pronoun or a participant's role, or when someone meets a participant there; not when
it tells an encounter to come. A letter printed whole has its signer and addressee take part.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Container, Iterator
from functools import cache, lru_cache
from itertools import pairwise

from briefparse import kept_patterns
from briefparse.agencies import agencies_named
from briefparse.analysis import Analysis
from briefparse.analysis.cues import BULLETS, CORE_EVENTS, EventHit, is_boilerplate
from briefparse.analysis.names import (
    ELIDED_CAPITAL,
    HOLDER_AFTER,
    NameMatch,
    common_word,
    find_names,
    group_item_role,
    inverted_predicate_role,
    joins_next_person,
    listed_role,
    nationality_country,
    office_goes_on,
    opening_verb,
    predicate_role,
    role_after,
    role_extent,
    role_glued_after,
    role_glued_in_list,
    same_country,
    settlement_nouns,
    singular,
    territory_after,
    without_possessive,
)
from briefparse.analysis.speaker import saying_sentences
from briefparse.document import Document, Segment
from briefparse.extract.dates import WrittenDays
from briefparse.extract.people_index import Mentions, PeopleIndex, Person, same_person
from briefparse.given_names import is_given_name
from briefparse.lang.base import Language
from briefparse.lang.bylines import BYLINE_CUES, WRITTEN_AND_WORDS
from briefparse.lang.cldr import territory_names
from briefparse.lang.compiled import compiled, event_key, is_role_plural
from briefparse.lang.letters import LOWER, QUOTE_MARKS, UPPER, fold, same_word, stems, words
from briefparse.lazy_regex import lazy_compile
from briefparse.models import Participant, Span
from briefparse.officeholders import holders_named, terms
from briefparse.places import country_name, lookup, place_kind, places
from briefparse.ranges import Ranges

_LEAD_EVENTS = 2
_ARTICLE_REACH = 8  # the most characters of an article and the spaces after it, before a name
#: the lower-case word, then spaces on one line, that ends a stretch
_ARTICLE_BEFORE = lazy_compile(r"(?<!\w)(\w+)[^\S\n]+$")
# between an adjective of a title and its noun: at most two capitalised words of the title ("former Senate chairman"),
# not a phrase of its own ("el último encuentro del monarca")
_NOUN_PHRASE_GAP = lazy_compile(rf"[^\S\n]+(?:[{UPPER}][\w'’-]*[^\S\n]+){{0,2}}")
_MODIFIER_AT = lazy_compile(r"[\w'’-]+")  # a word that may qualify an office before its noun ("14th", "nuevo")
_CAPACITY_MODIFIERS = 4  # the most words (an article and what qualifies the office) between a capacity word and noun
_NAME_FOLLOWS = lazy_compile(rf"[^\S\n]+[{UPPER}]")  # a capitalised word right after a style of address
_SETTLEMENT_REACH = 20  # characters before a name where a settlement's noun ("в городе") is looked for
_STYLE_REACH = 60  # characters before a name where the style of address it was named under is looked for
_GROUP_NAME_REACH = 40  # characters after the verb that ties a group to its names where the first name begins
_PAIR_REACH = 20  # characters before a role noun where "both", "two" tell it is the office of a pair
_PAIR_ITEM_WORDS = 4  # the most words of the second country after "and" in a pair's office
_LIST_LINE_WORDS = 25  # the most words of a line that names one person of a list and their office
_ENCOUNTERS = frozenset({"meeting", "phone_call", "visit"})
_MEETS = frozenset({"meeting", "phone_call"})  # the encounters that are no journey
_GATHERING_KINDS = frozenset({"meeting", "conference"})  # what one chairs
_HANDING_OVER = frozenset({"meeting", "visit"})  # the encounters at which a visitor hands over a message
_GATHERINGS = frozenset({"conference"})
_SUBJECT_EVENTS = CORE_EVENTS | {"statement"}  # what a headline's subject does ("X félicite Y", "X condamne …")
_OPENING_EVENTS = CORE_EVENTS | _GATHERINGS  # what a sentence that tells more of the event may open on
_VERB_ARTICLE_CHARS = 12  # characters before a statement's word where an article would make it a noun
_OBJECT_TITLE_WORDS = 4  # words at most between a statement's verb and whom it is addressed to ("to President")
_SPOKESPERSON_REACH = 40  # characters before a role where a spokesperson's title is looked for
_SPOKESPERSON_LINK_WORDS = 2  # words at most linking a spokesperson's title to the office it speaks for ("of the")
_QUALIFIED_ROLE_REACH = 30  # characters after a background word where the role noun it qualifies is looked for
_COUNTERPART_REACH = 80  # characters before a name where a counterpart's noun is looked for ("son homologue")
_COUNTERPART_GAP = 6  # words or marks at most between that noun and the name ("homologue malien le Premier ministre X")
_NEAR_EVENT_CHARS = 30
_MIN_OPENING_WORDS = 6
_OPENING_WORDS = 3  # words before the event's name in a sentence that opens on it ("Der heutige Empfang")
_FRONTED_PLACE_WORDS = 2  # a place preposition and its noun, fronted before the verb ("Im Landeshaus wurde …")
_OPENER_WORDS = 20  # words of a phrase of time or circumstance that opens a sentence, up to its comma
_OPENING_SENTENCES = 2
_EVENT_TIME_WORDS = 15  # words at most from a name to the month or year that dates its occasion, after it
_SUBJECT_REACH = 60  # characters from a sentence's start where the role noun of its subject is looked for
_TOKEN_AT = lazy_compile(r"[^\W\d_][\w'’-]*")
# a social network handle after a title, through its complement's and honorifics' words ("FM @x", "Secretary of
# State @x", "MoS Hon @x", "Fiji PM H.E @x"), no punctuation between
_HANDLE_AFTER = lazy_compile(r"(?:[^\S\n]+[\w.]+){0,3}?[^\S\n]+@(\w+)")
_HANDLE_NAME_LETTERS = 4  # a last name this long, inside a handle, is taken as spelling it
#: a name in quotes right after a title, the one its holder goes by ("Chairperson 'Prachanda'")
_QUOTED_NAME_AFTER = lazy_compile(
    rf"[^\S\n]*['‘’{QUOTE_MARKS}]([{UPPER}][\w.-]*(?:[^\S\n]+[{UPPER}][\w.-]*)*)['‘’{QUOTE_MARKS}]"
)
_WORD_AT = lazy_compile(r"\w*")  # a word less what is glued to it ("abdullah" of "abdullah’s")
_ABBREVIATED_OFFICE = 3  # letters of an office written as its capitals at most ("FM", "PM")
_NAME_GAP = 3  # characters after a role where a name that goes with it would begin
_CHAIN_GAP = 6  # characters between two chained offices' comma and the second, or an article and the first
_CHAIN_REACH = 120  # characters before that comma where the first office's noun is looked for
_BRACKETED_ACRONYM = lazy_compile(r"\([A-Z][A-Za-z]{1,9}\)")  # an office's body's acronym after it: "(ECOWAS)"
_SUBJECT_OPENERS = ("", ",", ".")  # what a subject that opens its sentence or clause follows, spaces aside
_CHAIN_BREAK = lazy_compile(r"[\n.,;:!?()\"«»“”]")  # what no office's complement holds: a comma ends an item
_SHORT_ROLE_WORDS = 4  # words at most of a bare role given to the one person named without one
_HOME_MENTIONS = 2  # times a brief names a country, at least, for its officials to be taken as that country's
_BIG_CITY = 1_000_000
_FORMER_REACH = 60  # characters before a name where a former office is looked for
_GAP_REACH = 4  # characters after an office where the name of its holder may open ("…, X")
_ARTICLE_REACH = 12  # characters before an office where its article is looked for
_LINKED_REACH = 40  # characters before a name where the role word and its link are looked for
_TO_COME_REACH = 80  # characters before a name where the event noun it completes is looked for
_SUBJECT_LIST_WORDS = 14  # words from a name to the future verb its subject list governs
_PAST_STEM = 3  # letters at least before a past tense's ending: "participó", not "yo"
_NAME_CONTEXT = 60  # characters before a name where the word that tells its case is looked for
_RANK_TITLE_REACH = 30  # characters before a name where a rank title that stands for its role is looked for
#: "X, " before a role in apposition, maybe with lower-case words that open the role ("X, haut conseiller de")
_HOLDER_BEFORE = lazy_compile(rf"[{UPPER}][\w'’.-]*[^\S\n]*,[^\S\n]*(?P<lead>(?:[{LOWER}][\w'’-]*[^\S\n]+){{0,2}})$")
_AIRPORT_REACH = 40  # the most characters between an airport's word and the name of the airport
_CLAUSE_BREAK = lazy_compile(r"[,.;:!?()«»\"“”\n]")
_ACRONYM_AFTER = lazy_compile(r"[^\S\n]*\(([A-Z][A-Z0-9&.-]{1,9})\)")  # " (PML-N)": a body's acronym after its name
_ITEM_SEPARATOR = lazy_compile(r"[\s,;]*")
_REGNAL_NUMBER = lazy_compile(r"[IVX]{1,5}")  # the number after a sovereign's or a pope's given name
_ELIDED_LINK = lazy_compile(r"^\w+['’]")  # the link elided before the item: "d'" of "d'Ostrovie"
_MIN_LISTED = 2
_MIN_LISTED_NAMES = 3  # full names one after the other, at least, that a list of people holds
_MIN_NAME_WORDS = 2
_COUNTRY_ITEM_LEAD_WORDS = 2  # words a country item of a list may open on before the country: "et du Togo"
_MAX_PLACE_WORDS = 3  # the longest country looked for at the head of a run
#: what stands between two names of a list: commas, a country in brackets, one short linking word
_LISTED_BETWEEN = lazy_compile(r"[^\S\n]*(?:\([^()\n]{2,40}\))?[^\S\n]*,?[^\S\n]*(?:\w{1,4}[^\S\n]+)?")
_BRACKETED = lazy_compile(r"[^\S\n]*\(([^()\n]{2,40})\)")
#: a line's opening words up to a colon or a comma ("Guinea Bissau: ", "República Dominicana, "): maybe a country
_COUNTRY_LABEL = lazy_compile(rf"[^\S\n]*([{UPPER}][^\n,;:.!?()]{{1,40}}?)[^\S\n]*[:,][^\S\n]+")
#: from one bracketed name to the next in a list of countries each followed by its holder's name in brackets
#: ("Bénin (X), Burkina Faso (Y) et Togo (Z)"): the bracket's close, maybe a comma, then what the next name stands
#: for (a country, maybe after a joining word or an article), then the next bracket's opening
_COUNTRY_ITEM_GAP = lazy_compile(r"\)[^\S\n]*,?[^\S\n]*([^()\n,;:.!?]{2,40}?)[^\S\n]*\(")
#: what stands between two items of a list that semicolons set apart: the first one's apposition maybe, the
#: semicolon, then the next item's opening words ("X, embajador de A; Y", "…, X; de Chile, Y", "X; y Z")
_SEMICOLON_ITEM = lazy_compile(r"(?:[^\S\n]*,[^;:.!?\n]{1,80})?[^\S\n]*;[^;:.!?\n]{0,40}")
_CLOSING_ITEM_REACH = 90  # characters of the last item's gap in such a list: its apposition, a comma, the joiner
#: a country after a spaced dash that closes a line's item: "X – Республика Корея,"
_DASHED_ITEM = lazy_compile(r"[^\S\n]+[–—-][^\S\n]+([^,;.()\n]{2,60}?)[^\S\n]*[,;.]?[^\S\n]*(?:\n|$)")
#: what may stand before a name that opens a line's item: a bullet, a number, spaces
_ITEM_OPENING = lazy_compile(r"(?:^|\n)[^\S\n]*(?:[-–—•*·▪►]|\d{1,2}[.)])?[^\S\n]*$")
_QUOTED_REACH = 15  # characters of a short quoted title on either side of a run it holds
#: an opening quotation mark, then to the window's end no mark and no line break: what a quoted run follows
_QUOTE_OPENS_BEFORE = lazy_compile(r"[«\"“„][^«»\"“”„\n]*\Z")
#: no mark and no line break, then a closing quotation mark: what a quoted run is followed by
_QUOTE_CLOSES_AFTER = lazy_compile(r"[^«»\"“”„\n]*[»\"”“]")
_ITEM_REACH = 8  # characters before a name where a line's bullet or number is looked for
_ITEM_EDGES = " \t,;()-–—"  # what is trimmed around the words between two items of a list
_ITEM_WORDS = 6  # at most the words of a country's long name ("Reino de los Países Bajos")
_CLAUSE_END = lazy_compile(r"[.;:!?()\n]")
# a clause's end: not a bracket about a name ("X (CDU)"), nor a comma between the items of a list ("X, Bundeskanzler
# Y und Z"), but one before a word in lower case ("…, ein weiteres Treffen ist geplant")
_CLAUSE_STOP = lazy_compile(rf"[;:!?\n]|\.(?!\w)|,(?=[^\S\n]*[{LOWER}])")
_SENTENCE_END = lazy_compile(rf"[.!?](?=[^\S\n]+[{UPPER}])|\n")  # a full stop before a capital, or a line break
_BETWEEN_REACH = 30  # words from a word of between to a name of the pair it opens
_PAIR = 2  # the people a pair holds
_PAIR_BREAK = lazy_compile(r"[;:!?()\n]")  # what ends a pair's phrase in its sentence ("U.S. President" does not)
_APPOSITION_WORDS = 8  # words of a name's apposition between it and a list's joiner
_BETWEEN_LOOKBACK = 40  # characters before a pair's first name where a word of between opens it
_SEQUEL_REACH = 60  # characters after a sequel phrase where the noun of the occasion it continues is looked for
# a word of between whose object is one word, closed by a comma: "entre otros,", "entre autres,"
_ONE_WORD_CLOSED = lazy_compile(r"[^\S\n]+[\w'’-]+[^\S\n]*,")
_INITIALS_REACH = 10  # characters before a closing bracket where the opening one of initials is looked for
#: what stands between a quotation's last words and the verb that credits it: a comma, maybe with the closing mark
#: before or after it ("…, a déclaré X", "…," said X", "…», dijo X")
_QUOTE_CREDIT_GAP = lazy_compile(r"(?:,[^\S\n]*[»\"”]|[»\"”][^\S\n]*,|,)[^\S\n]*\Z")
_COMMA_APPOSITION = lazy_compile(r"[^\S\n]*,[^,.;:!?()\n]{1,80},")  # ", head of the Press Office,"
_SAID_CLAUSE_REACH = 30  # characters after a verb of saying where the clause it opens starts ("on Friday that")
_APPOSITION_CHARS = 160
_ABSENCE_REACH = 60  # characters after a name where a verb saying it takes no part is read
_ABSENCE_LIST_REACH = 600  # characters between a phrase of absence and a name of the list it opens
_PRESENCE_REACH = 20  # characters before an adverb where the phrase of presence it belongs to may begin
_ROLE_REACH = 200
_BRACKETED_INITIALS = lazy_compile(rf"[^\S\n]*\(([{UPPER}]{{2,6}})\)")  # "… de Transition (CNT)"
_CAPITALISED_WORD = lazy_compile(rf"(?<!\w)[{UPPER}][\w-]*")  # "Assemblée" in "l’Assemblée"
_VENUE_NAME_END = lazy_compile(r"[^\S\n]*(?:[,.;:)]|$)", re.M)  # a venue's name closes its clause
_ROLE_TAIL = lazy_compile(rf"(?:[^\S\n]+[{LOWER}][\w'’-]*){{0,2}}[^\S\n]+")  # "président guinéen " before a name
#: a site's name after a title, past a spaced dash or bar: capitalised words only, four at most
_SITE_AFTER_TITLE = lazy_compile(rf"\s+[-–—|]\s+(?:[«\"“]?[{UPPER}][\w'’.»\"”-]*\s*){{1,4}}$")
_POSSESSOR_REACH = 40  # characters before an event word where "his", "sa", "sein" is looked for
_OCCASION_REACH = 70  # characters before a name, or its role, where the occasion noun it completes is looked for
_INSTITUTION_REACH = 40  # characters before a name, or its role, where the body it leads is looked for
_GENITIVE_REACH = 40  # characters before a name where the noun it completes is looked for
#: the last word before a position, with the space after it (a match holds one word: searched from the window's last)
_WORD_BEFORE = lazy_compile(r"[\w'’-]+\s+$", words_at_end=1)
_DOTTED_WORD_BEFORE = lazy_compile(r"[\w.]+\.\s+$", words_at_end=1)  # the same, an abbreviation ("M. ", "S.E. ")
_LINE = lazy_compile(r"[^\n]*")
#: a dateline's full stop and dash right after its words: "Santo Domingo.- El presidente …"
_DATELINE_DASH = lazy_compile(r"\.[^\S\n]*[-–—]")
#: a lower-case apposition after a name, up to the next comma or the clause's end (", membre du bureau politique.")
_PLAIN_APPOSITION = lazy_compile(
    rf"[^\S\n]*,[^\S\n]*([{LOWER}][^,.;:!?()«»\"“”\n]{{1,80}}?)[^\S\n]*(?=[,.;:!?()\n]|$)"
)
_APPOSITION_WORDS = 8  # the most words of such an apposition read as a role
#: after a run that opens its line, a bullet or a bar and the rest of the line with a year: a byline's name and its
#: date ("Jo Lind • 9 July 2025 16:07"), a writer's, not a person taking part
_BYLINE_TAIL = lazy_compile(r"[^\S\n]*[•|][^\n]*?(?<!\d)(?:1[89]|20)\d\d(?!\d)[^\n]*$", re.M)
#: a byline's cue that opens its line, maybe with a colon ("Par ", "Por:", "Rédigé par "), or the cue alone on it
_BYLINE_OPENING = lazy_compile(rf"[^\S\n]*(?i:{BYLINE_CUES})(?:[^\S\n]*:)?(?:[^\S\n]+|[^\S\n]*$)", re.M)
#: the names of a byline before another one: capitalised words, each name closed by a comma or a joining word
_BYLINE_NAMES = lazy_compile(
    rf"(?:(?:[{UPPER}][\w.'’-]*[^\S\n]+)+(?:(?:{'|'.join(WRITTEN_AND_WORDS)})[^\S\n]+|,[^\S\n]*))*"
)
#: the closing slash and the dash of a dateline's correspondent set between slashes: "КАЗИНФОРМ /Павел Маринов/ - "
_SLASHED_CREDIT_END = lazy_compile(r"/[^\S\n]*[-–—]")
#: what follows a photo's credit at the end of a caption's line: maybe a slash and the other half of the credit, then
#: a dash and a short tail, an agency or a date ("… / Ana Ruiz – Europa Press", "Pool Moncloa / Ana Ruiz - 28.12.2015")
_CAPTION_CREDIT_TAIL = lazy_compile(
    rf"[^\S\n]*(?P<slash>/[^\S\n]*[{UPPER}][^\n/–—-]{{0,40}}?)?[^\S\n]+[-–—][^\S\n]+[{UPPER}\d][^\n]{{0,40}}$", re.M
)
_COPYRIGHT_REACH = 3  # characters between a copyright sign and the name it credits at most ("© X")
_COMPANY_FORM_REACH = 12  # characters after a name in which a company's legal form may follow it
#: a dateline that ends on an agency in brackets and a dash: "Dakar, 3 jan (APS) – ", "Port Elan (NorDaily) -- "
_AGENCY_DATELINE = lazy_compile(r"[^\n.()–—]{1,60}?\([^()\n]{1,20}\)[^\S\n]*(?:--|[-–—])[^\S\n]*")
#: a list item whose dash is written against its first word: "-Yacouba X, ministre …"
_GLUED_BULLET = lazy_compile(rf"[-–][{UPPER}]")
#: a line of prose: six words or more, some in lower case; a letter's heading ("A SON EXCELLENCE …") comes before
_PROSE_LINE = lazy_compile(rf"(?=.*[{LOWER}]{{3}})(?:\S+[^\S\n]+){{5}}\S")
_NAMED_NEXT = 4  # sentences after the story's first where the two people its roles stand for may be named
_ENCOUNTER_NEXT = 10  # sentences after the story's first where an encounter's object may name its counterpart
_ATTRIBUTION_REACH = 60  # characters before a name where a verb of saying or a cue that credits it is looked for
_SUBJECT_WORDS = 3  # the first words of a sentence, where a plural role as its subject is looked for
_SIGNATURE_LINES = 3  # lines after a letter's closing formula where its signature is looked for
_SIGNATURE_REACH = 20  # characters before a letter's addressee where the honorific is looked for
#: a name alone on its line, two to five capitalised words ("IBRAHIM BOUBACAR KEITA", "Jacques CHIRAC")
#: a headline's words of four letters or more, where capitals are counted (`_capitalised_title`)
_TITLE_WORD = lazy_compile(r"[^\W\d_][\w'’-]{3,}")
_TITLE_CASE_WORDS = 3
_LITTLE_WORD = lazy_compile(r"(?<![\w'’-])[^\W\d_]{2,}(?![\w'’-])")  # a whole word of two letters or more
_WORD_START = lazy_compile(r"(?<!\w)\w")
_APPOSITION_GAP = lazy_compile(r",[^\S\n]*")
_NEXT_WORD = lazy_compile(r"[^\S\n]+(\w+)")
_THING_CLAUSE = lazy_compile(r",[^\S\n]+(\w+)[^\S\n]")  # a comma and the word that may open a relative clause
_LAST_WORD_BEFORE = lazy_compile(r"(\w[\w-]*)[^\S\n]*$")  # the noun a relative clause goes with, before its comma
_NAME_REACH = 40  # characters before a relative clause's noun where a person's name ending there may begin
_CAREER_REACH = 40  # characters between a name and the relative clause that tells its career ("X, 59 ans, qui")
_GROUP_WORDS = 5  # the first words of a sentence, where one of a group the event counts is looked for
_GROUP_SUBJECT_WORDS = 10  # words before the name of that one, its role and its country
_MESSAGE_GAP_WORDS = 4  # words between a verb and the message it takes ("received on Saturday a message from")
_EARLIER_WORDS = 3  # the first words of a sentence, where "earlier" puts it before the event
_TITLE_CASE_SHARE = 0.8
#: words at most, and letters at most in each, between a headline's event verb and whom it is done to ("recibe a",
#: "se reúne con", "meets"): links, not a noun ("recibe cartas de")
_OBJECT_LINK_WORDS = 2
_LINK_LETTERS = 4
#: what ends a headline's kicker: "Bénin – …", "Sénégal : …", "Kenya | …"
_KICKER_END = lazy_compile(r"\s*[:–—|]|\s+-\s")
#: the opening bracket right before a lone word, after a space or not: "X Y (Z)", "X Y(Z)"
_NICKNAME_BRACKETS = lazy_compile(r".{0,2}\(")
_SIGNATURE_MARKS = " \t\"“”«»"  # around a signature: spaces and the quotation marks of a letter quoted whole
_SIGNATURE = lazy_compile(rf"[{UPPER}][\w'’.-]*(?:[^\S\n]+[{UPPER}][\w'’.-]*){{1,4}}")


def _find_people(analysis: Analysis, events: Ranges, headline: Ranges, later: Ranges) -> list[Person]:
    """People named in the brief: a name with a role or an honorific next to it, and a full name whose surname
    comes back alone, that stands next to an event word, or that a sentence reporting the event holds, or that a
    `later` event sentence lists under a plural office ("Les ambassadeurs d'Argentine, X, et du Chili, Y, ont
    également remis …"). A name that the register of agencies knows is an outlet, not a person."""
    doc = analysis.doc
    language, text = doc.language, doc.text
    honorific_at_end = compiled(language).names.honorific_at_end
    sole_name_title = compiled(language).names.sole_name_title
    kin_title = compiled(language).names.kin_title
    people = PeopleIndex(language)
    loose: list[NameMatch] = []
    sole: dict[NameMatch, tuple[int, int] | None] = {}  # one word after a title of those who go by one name
    titled: dict[NameMatch, tuple[int, int]] = {}  # one word right after a role: "Secretary Miller"
    given_titled: dict[NameMatch, NameMatch] = {}  # one word after a title that is also a given name: "Sheikh Hasina"
    roles: dict[NameMatch, tuple[int, int]] = {}  # the role next to a further mention ("le président Macron")
    sentence_starts: dict[int, int] = {}
    shared: tuple[int, tuple[int, int]] | None = None  # (where the last name holding a role of several ends, role)
    office: tuple[int, tuple[int, int], Person] | None = None  # (where the last role holder ends, role noun, list head)
    capitals = _capitalised_title(analysis)
    capitalised: set[NameMatch] = set()  # runs of a headline that capitalises every word: further mentions only
    previous: tuple[int, NameMatch] | None = None  # (its sentence's start, the name before in the text)
    for sentence, match in analysis.names:
        sentence_starts[match.start] = sentence.start
        before_name = previous[1] if previous and previous[0] == sentence.start else None
        previous = (sentence.start, match)
        if capitals and capitals[0] <= match.start < capitals[1]:
            capitalised.add(match)
            loose.append(match)
            continue
        answers = _run_answers(analysis)  # a fallback's call asks again about the same runs
        kept = answers.get((sentence.start, match))
        if kept is None:
            kept = answers[(sentence.start, match)] = _kept_run(analysis, sentence, match)
        if kept is _DROPPED:
            continue
        next_item = kept[0]
        before = None if next_item else analysis.role_before(sentence.start, match.start)
        if before and before_name:
            before = _past_previous_item_role(analysis, sentence, before_name, before)
        if before is not None and (_apposition_closes(text, match) or _ends_sentence(text, match, sentence)):
            before = _office_before_rank(analysis, sentence, before, before_name) or before
        after = role_after(text, match.end, sentence.end, language) or next_item
        if after is None and _venue_name(analysis, match):
            continue
        if before and after and _previous_one_s_second_role(analysis, sentence, before):
            before = None  # "X, ministre de A, porte-parole du gouvernement, Y, directeur …": X's second title
        if before and after and _next_one_s_role(analysis, before, after, match):
            after = None
        if not before and after and _role_of_name_after_list(analysis, sentence, after, match):
            after = None  # "les conseillers du roi, X, Y et Z, le président de la Chambre, W": W's role
        if after and _titles_next_name(analysis, sentence, after):
            after = None
        if not before and not after and shared and _next_in_list(analysis, shared[0], match.start):
            before = shared[1]  # "Die Außenminister Russlands und Deutschlands, X und Y": Y's role too
        chained = None  # "посол Украины X, Чехии - Y": the next item of a list of holders of one office
        if not before and not after and office and _country_item(analysis, office[0], match.start):
            chained = office
        if not before and not after:
            after = _pair_role_after(analysis, sentence, match)  # "X and Y, speakers of A and B": X's too
        if not before and not after and match.start == sentence.start:  # "X ambassadeur de A, Y, …"
            after = role_glued_after(text, match.end, sentence.end, language)
        if not before and not after:  # "…, Y ministre de B, Z le président de C, …": each item's own
            after = _item_role_glued(analysis, sentence, match)
        if not before and not after:  # "X será el embajador de México en el país": the role its copula predicates
            after = predicate_role(text, match.end, sentence.end, language)
        if not before and not after:  # "Seit Mai ist X schwedische Botschafterin": the copula before the name
            after = inverted_predicate_role(text, match.start, match.end, sentence.end, language)
        shared = (match.end, before) if before and _role_of_several(analysis, before) else None
        role = before or after
        reach = max(0, match.start - 40)
        honorific = honorific_at_end.search(text, reach, match.start)
        country = _country_in_brackets(doc, match)
        if (
            role
            or honorific
            or chained
            or country
            or _country_item_name(analysis, match)
            or _after_elided_head(analysis, sentence, match)
        ) and len(match.tokens) >= 2:
            person = people.merge(match, doc)
            person.country = person.country or country
            if chained and chained[2] is not person:
                person.list_head = chained[2]
            office = (match.end, chained[1], chained[2]) if chained else _office_noun(analysis, match, role, person)
            role = _without_given_names(text, role, person.tokens, match) if role else None
            if role and _fuller_role(analysis, person.role, role):
                person.role = doc.span(*role)
                if role == before:  # "Ambassador X of Canada": what the title is of, after the name
                    person.role_of = _country_after(analysis, person.role, match, sentence)
            if before and after and person.apposition is None and _own_apposition(analysis, after):
                person.apposition = doc.span(*after)
        else:
            loose.append(match)
            if role:
                roles[match] = role
            kin = kin_title.search(text, reach, match.start) if kin_title and len(match.tokens) == 1 else None
            if len(match.tokens) == 1 and sole_name_title and sole_name_title.search(text, reach, match.start):
                sole[match] = role
            elif kin:  # "his wife X", "Z's son, W": the tie is the role
                sole[match] = (kin.start("owner") if kin.group("owner") else kin.start("kin"), kin.end("kin"))
            elif len(match.tokens) == 1 and (whole := _given_name_title_before(text, match, language)):
                given_titled[match] = whole
            elif len(match.tokens) == 1 and before and _ends_in_role_noun(analysis, before, match):
                titled[match] = role
    nicknames: dict[str, list[Person]] = {}  # "Jokowi" after "Joko Widodo (Jokowi)"
    for match in loose:
        known = (
            nicknames.get(match.tokens[0] if len(match.tokens) == 1 else "")
            or people.matching(match.tokens)
            or _by_first_word(people, match.tokens, language)
            or _by_inner_word(people.found, match.tokens, language)
        )
        if not known and (known := _nickname_of(text, people.found, match, language)):
            nicknames[match.tokens[0]] = known
        begin = match.start
        if not known and (past := _known_past_country(analysis, people, match)):
            known, begin = past
        if len(known) == 1:
            if len(known[0].tokens) == 1 < len(match.tokens):
                people.merge(match, doc)  # "Сергей Лавров" after a headline's "Лавров": the full name is the name
            else:
                known[0].mentions.append(doc.span(begin, match.end))
            # a role beside a further mention, without the given names it took for a country's ("Kenia")
            role = _without_given_names(text, roles[match], known[0].tokens, match) if match in roles else None
            if role and _fuller_role(analysis, known[0].role, role):
                known[0].role = doc.span(*role)
        elif match in capitalised:
            continue  # "Putin and Obama Hold One-on-One Meeting": "Obama Hold" is no one the body names
        elif match in sole and not known:  # "King Willem-Alexander", "el papa Francisco": the whole name
            person = people.merge(match, doc)
            if person.role is None and sole[match]:
                person.role = doc.span(*sole[match])
                pair = compiled(language).names.sole_name_pair
                joined = pair.match(text, match.end) if pair else None  # "King X and Queen Y of Z"
                of = territory_after(text, joined.end() if joined else match.end, len(text), language)
                person.role_of = doc.span(*of) if of else None
        elif match in given_titled and not known:  # "Prime Minister Sheikh Hasina": the title opens her name
            person = people.merge(given_titled[match], doc)
            if person.role is None and match in roles:
                person.role = doc.span(*roles[match])
        elif (
            match in titled
            and not known
            and (events.holds(match.start) or headline.holds(match.start) or _next_to_event(analysis, match))
            and _surname_only(match, language)
        ):  # "Secretary Miller spoke with …", a headline's "Außenminister X kommt zu Antrittsbesuch": the name given
            person = people.merge(match, doc)
            person.role = person.role or doc.span(*titled[match])
        elif (
            not known
            and len(match.tokens) == 1
            and (events.holds(match.start) or headline.holds(match.start))
            and (_known_surname(match, language) or (_next_to_event(analysis, match) and _guessed(match, language)))
        ):  # "В начале встречи Медведев сказал …", "началась встреча Лаврова и …": a surname the dictionary knows;
            # "встретился с Фиданом": a word it only guesses is a name, right by the event
            people.merge(match, doc)
        elif (
            not known
            and len(match.tokens) >= 2
            and (
                events.holds(match.start)
                or _surname_stands_alone(analysis, match)
                or _next_to_event(analysis, match)
                or _among_listed_names(analysis, match)
                or (
                    later.holds(match.start)
                    and listed_role(text, sentence_starts[match.start], match.start, language) is not None
                )
            )
            and not agencies_named(" ".join(match.tokens))
            and not _thing_named(analysis, match)
        ):
            people.merge(match, doc)
    for person in people.found:
        first = person.mentions[0].start if person.mentions else None
        shared = person.role is not None and (
            _shared_by_nationalities(person.role, language)
            or _of_several_countries(person.role, language)
            or _last_of_nationalities(text, person.role, language)
        )
        plural = person.role is not None and _bare_plural_role(person.role.text, language)
        if (person.role is None or shared or plural) and first in sentence_starts:
            listed, person.listed_role = _listed_mention(analysis, person, sentence_starts)
            if person.listed_role:
                person.role = None  # "ministres américain et français …, X et Y": X's own part of the plural
                if not nationality_country(person.listed_role, language):
                    # "Ambassadors X of Argentina and Y of Chile": the item gives its country after the name, or
                    # its portfolio after a comma ("los ministros X, de Obras Públicas; Y, de Salud")
                    of = territory_after(text, listed.end, len(text), language)
                    if of is None and not _names_what_it_is_of(person.listed_role, language):
                        of = _portfolio_after(analysis, listed.end, _envoys(person.listed_role, language))
                    person.role_of = doc.span(*of) if of else None
        if person.role is None and person.listed_role is None and first is not None:
            person.listed_role = _country_line_role(analysis, first)
        if person.role is None and person.listed_role is None and _envoy_item(analysis, first):
            person.listed_role = language.posted_roles[0]  # "Юнхо Ли – Республика Корея," under "… вручили:"
        countryless = person.role is None or not nationality_country(person.role.text, language)
        if countryless and not person.listed_role and first in sentence_starts:
            elided = _elided_role(doc, people.found, sentence_starts[first], first)
            if elided:
                person.role, person.listed_role = None, elided
        if person.role is None and person.listed_role is None and first in sentence_starts:
            # "… nouveaux ambassadeurs. Il s'agit de X de l'État du Qatar, Y du Royaume de Norvège": the group's office
            floor = _previous_sentence_start(analysis, sentence_starts[first])
            person.listed_role = group_item_role(text, doc.lower, floor, first, person.mentions[0].end, language)
    _hand_out_roles(doc, people.found)
    _register_roles(doc, people.found)
    return people.found


def _register_roles(doc: Document, people: list[Person]) -> None:
    """A party named bare ("Amaury Delvaux et Teodoro Brandt se sont parlé") takes the role-only phrase the brief
    gives its office after naming them ("le président américain a …", "son homologue américain"), when the
    officeholders register knows them in that office for that country and no other bare party holds an office of that
    country. A role-only phrase before the name is left to the reading of parties told by role first ("his Bangladeshi
    counterpart … Oskar Lindqvist telephoned Teodoro Brandt"): then the brief tells its parties by role, and no
    phrase is taken."""
    language = doc.language
    bare = [p for p in people if p.name and p.role is None and p.listed_role is None]
    if not bare or not language.register_offices:
        return
    folded = "".join((fold(c) or c)[0] for c in doc.text)  # one letter for one, so that offsets hold
    first = _office_phrases(language).search(folded)
    if first is None or first.start() < min(m.start for p in bare for m in p.mentions):
        return
    countries = compiled(language).names.nationalities
    held = {id(p): {(country_name(t.country, language.code), t.office) for t in terms(p.name)} for p in bare}
    roles = [(p.role.start, p.role.end) for p in people if p.role is not None]
    for person in bare:
        taken = roles + [(m.start, m.end) for p in people if p is not person for m in p.mentions]
        others = {country for o in bare if o is not person for country, _ in held[id(o)]}
        named = min((m.start for m in person.mentions), default=len(folded))
        for phrase in _office_phrases(language).finditer(folded, named):
            office = phrase.group("office") or phrase.group("office2")
            country = countries.get(phrase.group("nat") or phrase.group("nat2"))
            counterpart = office.startswith(tuple(language.relative_role_stems))
            offices = {o for f, held_offices in language.register_offices.items() if fold(f) == office
                       for o in held_offices}
            fits = any(c == country and (counterpart or o in offices) for c, o in held[id(person)])
            if country in others or not fits:
                continue
            if any(s < phrase.end() and phrase.start() < e for s, e in taken) or _beside_name(doc.text, phrase):
                continue
            person.listed_role = doc.text[phrase.start("role") : phrase.end("role")]
            break


@cache
def _office_phrases(language: Language) -> re.Pattern[str]:
    """A role-only phrase, folded: a definite article or a possessive, then a register office or a counterpart
    noun and a nationality, either way round ("le president americain", "his american counterpart")."""
    openers = "|".join(
        re.escape(fold(d)) + ("" if d.endswith("'") else r"\s+")
        for d in (*language.definite_articles, *language.possessives)
    )
    offices = "|".join(
        sorted({re.escape(fold(o)) for o in language.register_offices}, key=len, reverse=True)
        + [re.escape(fold(s)) + r"\w*" for s in language.relative_role_stems]
    )
    nationalities = "|".join(sorted({re.escape(fold(n)) for n in language.nationalities}, key=len, reverse=True))
    return kept_patterns.compile(
        rf"(?<!\w)(?:{openers})(?P<role>(?P<office>{offices})\s+(?P<nat>{nationalities})"
        rf"|(?P<nat2>{nationalities})\s+(?P<office2>{offices}))(?!\w)"
    )


def _beside_name(text: str, phrase: re.Match[str]) -> bool:
    """The phrase is a name's apposition: a capitalised word right after it ("le président américain, Teodoro
    Brandt") or a capitalised word and a comma right before it ("Amaury Delvaux, le chef de la diplomatie
    américaine")."""
    after = text[phrase.end() :].lstrip(" ,")
    before = text[: phrase.start()].rstrip(" ")
    words = before.rstrip(",").split()
    return after[:1].isupper() or (before.endswith(",") and bool(words) and words[-1][:1].isupper())


#: `_kept_run`'s answer for a run that names no one
_DROPPED = ()


@lru_cache(maxsize=2)
def _run_answers(analysis: Analysis) -> dict[tuple[int, NameMatch], tuple[tuple[int, int] | None] | tuple[()]]:
    """`_kept_run`'s answers about a document's runs, kept while `extract_people` asks again in its fallbacks."""
    return {}


def _kept_run(analysis: Analysis, sentence: Segment, match: NameMatch) -> tuple[tuple[int, int] | None] | tuple[()]:
    """What the text alone says of a run, the same in each of `_find_people`'s calls: `_DROPPED` for an office's
    words, a work's title, a credit, a company or places; else (the role of the next item of a list, or None)."""
    doc = analysis.doc
    language, text = doc.language, doc.text
    if _role_complement(analysis, sentence, match) or _listed_item(analysis, sentence, match):
        return _DROPPED
    if office_goes_on(text, (sentence.start, sentence.end), match.start, match.end, language, analysis.role_nouns):
        return _DROPPED  # "el Ministro de Agricultura y Desarrollo Rural": the office's name, not a person
    next_item = _next_item_role(analysis, sentence, match)
    if not next_item and _completes_holders_role(analysis, sentence, match):
        return _DROPPED
    if _common_words(analysis, match) or _quoted_elsewhere(analysis, match):
        return _DROPPED
    if _event_name(analysis, match) or _dateline_words(text, match) or _byline_words(text, match):
        return _DROPPED
    if _written_by(text, match):
        return _DROPPED
    if _company_name(text, match, language) or _places_only(match, language):
        return _DROPPED
    if _after_settlement(text, match, language):
        return _DROPPED
    if _slashed_credit(text, match) or _copyright_credit(text, match) or _caption_credit(text, match):
        return _DROPPED
    if _spelled_initials(analysis, match) or _after_thing_article(text, match, language):
        return _DROPPED
    if _party_in_brackets(analysis, match) and not _country_item_name(analysis, match):
        return _DROPPED
    if _named_by_acronym(text, match, language):
        return _DROPPED
    return (next_item,)


def _past_previous_item_role(
    analysis: Analysis, sentence: Segment, previous: NameMatch, role: tuple[int, int]
) -> tuple[int, int] | None:
    """What is left of the role before a name once the role glued after the name before it is taken away ("X
    ministre de A, Y": none of it is Y's; "X Préfet du Lot, la députée Mme Y": "députée"); `role` when no glued
    role of the item before reaches into it."""
    text = analysis.doc.text
    glued = _item_role_glued(analysis, sentence, previous)
    if glued is None or glued[1] <= role[0] or glued[1] > role[1]:
        return role
    start = _ITEM_SEPARATOR.match(text, glued[1], role[1]).end()
    article = _TOKEN_AT.match(text, start, role[1])
    if article and fold(article.group(0)) in {fold(a) for a in analysis.language.definite_articles}:
        start = _ITEM_SEPARATOR.match(text, article.end(), role[1]).end()
    return (start, role[1]) if start < role[1] and analysis.role_nouns.within(start, role[1]) else None


def _item_role_glued(analysis: Analysis, sentence: Segment, match: NameMatch) -> tuple[int, int] | None:
    """The role glued after a name that opens an item of a list (see `role_glued_in_list`): a comma, a semicolon,
    a colon or a joiner of the list's items stands before it, or an honorific ("…, M. X le président de …"); or
    after any name, when the role ends the sentence ("… s'est entretenu avec X premier ministre belge.")."""
    text, language = analysis.doc.text, analysis.language
    opening = _honorifics_start(analysis, sentence.start, match.start)
    before = text[sentence.start : opening].rstrip()
    last = before.split()[-1] if before.split() else ""
    joined = fold(last) in {fold(w) for w in language.list_joiners}
    glued = role_glued_in_list(text, match.end, sentence.end, language)
    if glued and opening == match.start and not before.endswith((",", ";", ":")) and not joined:
        return glued if not text[glued[1] : sentence.end].strip(" .!?") else None  # "… avec X premier ministre."
    return glued


def _previous_sentence_start(analysis: Analysis, sentence_start: int) -> int:
    """Where the sentence before the one that opens at `sentence_start` opens (that one's start when it is the
    first)."""
    sentences = analysis.doc.sentences
    index = bisect_left(sentences, sentence_start, key=lambda sentence: sentence.start)
    return sentences[index - 1].start if index > 0 else sentence_start


def _next_one_s_role(analysis: Analysis, before: tuple[int, int], after: tuple[int, int], match: NameMatch) -> bool:
    """In a list that gives each title before its name and a comma after it ("attended by Minister for Energy, X,
    Minister for Defence, Y, …"), the role after a name is the next one's: a comma closes the role before the name,
    and a name follows the role after it right past a comma."""
    text = analysis.doc.text
    if "," not in text[before[1] : match.start]:
        return False
    gap = _APPOSITION_GAP.match(text, after[1])
    if gap is None:
        return False
    starts = analysis.name_starts
    index = bisect_left(starts, gap.end())
    if index >= len(starts):
        return False
    honorifics = compiled(analysis.language).names.honorific_words
    between = text[gap.end() : starts[index]].split()  # "Minister of Defence, Mr. Y": the honorific of the name
    return all(fold(word).rstrip(".") in honorifics for word in between)


def _previous_one_s_second_role(analysis: Analysis, sentence: Segment, before: tuple[int, int]) -> bool:
    """In a list that gives each name its title after it ("X, ministre de A, porte-parole du gouvernement, Y,
    directeur de cabinet"), the role before a name that itself has one after it can be the previous name's second
    title: the apposition after the previous name ends right where a comma opens that role."""
    text = analysis.doc.text
    index = bisect_left(analysis.name_starts, before[0]) - 1
    while index >= 0 and (previous := analysis.names[index][1]).start >= sentence.start:
        own = role_after(text, previous.end, sentence.end, analysis.language)
        if own is not None and own[1] <= before[0]:
            return _APPOSITION_GAP.fullmatch(text, own[1], before[0]) is not None
        if len(previous.tokens) > 1:
            return False  # a full name with no apposition: the role before is the next one's
        index -= 1  # a capitalised word inside the previous one's title ("… des Technologies de l'information")
    return False


def _role_of_name_after_list(
    analysis: Analysis, sentence: Segment, after: tuple[int, int], match: NameMatch
) -> bool:
    """The last of a list of bare names ("les conseillers du roi, X, Y et Z, le président de la Chambre, W") has no
    apposition of its own: the role after it, right before a comma and the next name, is that name's. Told by the
    name before it, joined to it by a comma or "et" and with no role after it either, and by a singular role (a
    plural is the list's: "X et Y, conseillers du roi, Z, …")."""
    text, language = analysis.doc.text, analysis.language
    if _role_of_several(analysis, after):
        return False  # "X et Y, conseillers du roi, Z, …": a plural the pair shares
    starts = analysis.name_starts
    index = bisect_left(starts, match.start) - 1
    if index < 0:
        return False
    previous = analysis.names[index][1]
    if previous.start < sentence.start or not _next_in_list(analysis, previous.end, match.start):
        return False
    if role_after(text, previous.end, sentence.end, language) is not None:
        return False
    gap = _APPOSITION_GAP.match(text, after[1])
    if gap is None:
        return False
    following = bisect_left(starts, gap.end())
    if following >= len(starts) or starts[following] >= sentence.end:
        return False
    honorifics = compiled(language).names.honorific_words
    between = text[gap.end() : starts[following]].split()
    return all(fold(word).rstrip(".") in honorifics for word in between)


def _listed_mention(
    analysis: Analysis, person: Person, sentence_starts: dict[int, int]
) -> tuple[Span, str | None]:
    """The first mention of a person that a list under a plural role holds, with the role the list gives it; else
    the first mention and None. A caption that names the people first ("X, Y und Z © Foto") is no such list, the
    sentence after it may be ("… trafen sich die Landtagspräsidenten X (A), Y (B) und Z (C)"); a person whose first
    mention gave a role keeps to that mention (a later sentence's opening words are no list of theirs)."""
    text, language = analysis.doc.text, analysis.language
    for mention in person.mentions if person.role is None else person.mentions[:1]:
        if mention.start in sentence_starts:
            role = listed_role(text, sentence_starts[mention.start], mention.start, language)
            if role:
                return mention, role
    return person.mentions[0], None


def _bare_plural_role(role: str, language: Language) -> bool:
    """The role is a plural role noun alone, maybe after its article ("los ministros" before "X, de A; Y, de B"):
    the list's, whose singular and the item's portfolio are each one's role."""
    words = [fold(w) for w in role.strip(" ,").split()]
    names = compiled(language).names
    return len(words) in (1, 2) and is_role_plural(words[-1], names.role_words, names.plural_endings)


def _names_what_it_is_of(role: str, language: Language) -> bool:
    """The list's role already names what it is of, a link then a capitalised word ("embajador no residente de la
    República de A" for the item after "de la República de A,"): the item after the name adds no second one."""
    words = role.split()
    links = {fold(link) for link in language.role_links if " " not in link}
    articles = {fold(article) for article in language.definite_articles}
    for index, word in enumerate(words[:-1]):
        after_article = fold(words[index + 1]) in articles and index + 2 < len(words)
        following = words[index + 2] if after_article else words[index + 1]
        if fold(word) in links and following[:1].isupper():
            return True
    return False


def _portfolio_after(analysis: Analysis, name_end: int, envoys: bool) -> tuple[int, int] | None:
    """Offsets of what an item of a list gives after its holder's name and a comma, from its link to the item's
    end: the portfolio (", de Obras Públicas;") or the country (", de Benín;") the list's plural role is of, for
    that one. Envoys' items are countries, known to the gazetteer or not; anyone else's item that names a place is
    kept only when that place is a country ("los ministros X, de Austria; Y, de Noruega"), not a city or region."""
    portfolio = compiled(analysis.language).names.portfolio_after
    found = portfolio.match(analysis.doc.text, name_end) if portfolio else None
    if found is None:
        return None
    start, end = found.span(1)
    end -= analysis.doc.text[start:end].endswith(".")
    linked = analysis.doc.text[start:end]
    item = linked.split(maxsplit=1)[1] if len(linked.split(maxsplit=1)) > 1 else _ELIDED_LINK.sub("", linked)
    if envoys:
        return start, end
    known = places(item, analysis.language.code)
    if known and not any(place.kind == "country" for place in known):
        return None  # "los alcaldes X, de Lyon; Y, de Niza": where each one is from, not what the office is of
    return start, end


def _envoys(role: str, language: Language) -> bool:
    """The role is an envoy's post ("embajador", "ambassadeur"): what each item names after its holder is a
    country, whether the gazetteer knows it or not, not a portfolio."""
    posted = {fold(r) for r in language.posted_roles}
    return any(fold(w) in posted for w in role.split())


def _envoy_item(analysis: Analysis, start: int | None) -> bool:
    """The name opens a line's item with a country after a dash ("Юнхо Ли – Республика Корея,") below a sentence
    that names credentials ("Верительные грамоты Президенту вручили:"): an envoy presenting them."""
    doc, language = analysis.doc, analysis.language
    if start is None or language is None or not language.posted_roles:
        return False
    text = doc.text
    if not _ITEM_OPENING.search(text, max(0, start - _ITEM_REACH), start):
        return False
    line_end = text.find("\n", start)
    if not _DASHED_ITEM.search(text, start, len(text) if line_end < 0 else line_end + 1):
        return False
    credentials = compiled(language).cues.credentials
    return any(event_key(doc.lower[s:e]) in credentials for s, e, _kind in analysis.events_in(0, start))


def _titles_next_name(analysis: Analysis, sentence: Segment, after: tuple[int, int]) -> bool:
    """Whether the apposition after a name is the title of a full name inside it: "вице-премьер X, глава
    Минфина Y" gives X no "глава Минфина Y", the role before Y that opens where the apposition does."""
    names = analysis.names
    starts = analysis.name_starts
    code = analysis.language.code if analysis.language else ""
    for index in range(bisect_left(starts, after[0]), bisect_left(starts, after[1])):
        match = names[index][1]
        if len(match.tokens) < 2 or places(" ".join(match.tokens), code):
            continue  # "ambassadeur de la République de Corée": a country, not the next person
        own = analysis.role_before(sentence.start, match.start)
        if own and own[0] <= after[0] and not _ends_in_link(analysis.doc.text[own[0] : own[1]], analysis.language):
            return True  # not "ministro de Salud Pública": the capitalised words are the office's complement
    return False


def _ends_in_link(role: str, language: Language) -> bool:
    """Whether a role phrase ends on a word that links it to a complement ("ministro de", "Minister of the"): what
    follows completes the office rather than names its holder."""
    words = fold(role).replace("’", "'").split()
    return any(words[-len(link.split()) :] == link.split() for link in _role_links_of(language))


@lru_cache(maxsize=8)
def _role_links_of(language: Language) -> tuple[str, ...]:
    """A language's role links, folded, apostrophes straightened."""
    return tuple(fold(link).replace("’", "'") for link in language.role_links)


def _country_in_brackets(doc: Document, match: NameMatch) -> Span | None:
    """A country in brackets right after the name ("Sebastian Kurz (Österreich), Didier Burkhalter (Schweiz)"), or
    after a dash in a list of one name a line ("Юнхо Ли – Республика Корея,"), as the envoys of a ceremony are
    listed: the country's span, the one the person stands for."""
    text = doc.text
    country = _BRACKETED.match(text, match.end)
    if country is None and _ITEM_OPENING.search(text, max(0, match.start - _ITEM_REACH), match.start):
        country = _DASHED_ITEM.match(text, match.end)
    code = doc.language.code if doc.language else ""
    if country is None or not any(p.kind == "country" for p in places(country.group(1), code)):
        return None
    return doc.span(country.start(1), country.end(1))


def _country_item_name(analysis: Analysis, match: NameMatch) -> bool:
    """The name stands alone in brackets after a country, an item of a list of such items ("Bénin (X), Burkina Faso
    (Y) et Togo (Z)", "los presidentes de Chile (X), Perú (Y) …"): the list of who leads each country."""
    text = analysis.doc.text
    if not _bracketed(text, match):
        return False
    index = bisect_left(analysis.name_starts, match.start)
    neighbours = [
        (analysis.names[i - 1][1].end, analysis.names[i][1].start)
        for i in (index, index + 1)
        if 0 < i < len(analysis.names)
    ]
    return any(_country_item_gap(analysis, start, end) for start, end in neighbours)


def _country_item_gap(analysis: Analysis, start: int, end: int) -> bool:
    """From the closing bracket after one name to the opening bracket before the next there stands a country alone,
    maybe after a comma and a joining word or an article ("), Burkina Faso (", ") et du Togo (")."""
    gap = _COUNTRY_ITEM_GAP.fullmatch(analysis.doc.text, start, end)
    if gap is None:
        return False
    words, code = gap.group(1).split(), analysis.language.code
    return any(
        any(p.kind == "country" for p in places(" ".join(words[skip:]), code))
        for skip in range(min(len(words), _COUNTRY_ITEM_LEAD_WORDS + 1))
    )


def _party_in_brackets(analysis: Analysis, match: NameMatch) -> bool:
    """A run of two words or more alone in brackets right after a name is what that person belongs to ("Alexander
    X (Open Vld)", a party), not someone else; a nickname in brackets is one word ("Joko Widodo (Jokowi)")."""
    text = analysis.doc.text
    bracketed = text[match.start - 1 : match.start] == "(" and text[match.end : match.end + 1] == ")"
    index = bisect_left(analysis.name_starts, match.start) - 1
    if len(match.tokens) < 2 or not bracketed or index < 0:
        return False
    return analysis.names[index][1].end == len(text[: match.start - 1].rstrip())


def _country_after(analysis: Analysis, role: Span, match: NameMatch, sentence: Segment) -> Span | None:
    """The country a title before a name is of, written after the name ("Ambassador X of Canada", "le président X du
    Sénégal"), when the title names none itself."""
    doc, language = analysis.doc, analysis.language
    if nationality_country(role.text, language):
        return None
    of = territory_after(doc.text, match.end, sentence.end, language)
    return doc.span(*of) if of else None


def _after_thing_article(text: str, match: NameMatch, language: Language) -> bool:
    """A run of several words right after a lower-case article that never precedes a person's bare name ("al
    Despacho Presidencial", `Language.thing_articles`): a place's or a thing's name, not a person."""
    if len(match.tokens) < _MIN_NAME_WORDS or not language.thing_articles:
        return False
    before = _ARTICLE_BEFORE.search(text, max(0, match.start - _ARTICLE_REACH), match.start)
    return before is not None and before.group(1) in language.thing_articles


def _after_elided_head(analysis: Analysis, sentence: Segment, match: NameMatch) -> bool:
    """An article or a pronoun that stands for the office of the item before opens the run's apposition ("la
    embajadora de Chipre, X; el de Ghana, Y", "…, et celui du Niger, Y"): a holder of that office, as a role would."""
    pattern = compiled(analysis.language).names.elided_role
    return pattern is not None and pattern.search(analysis.doc.text, sentence.start, match.start) is not None


def _elided_role(doc: Document, people: list[Person], sentence_start: int, start: int) -> str | None:
    """The role of a name after an article or a pronoun that stands for the previous holder's office ("el presidente
    de Costa Rica, X, y el de Panamá, Y"; "…, et celui du Niger, Y"): that office, of what the words name."""
    pattern = compiled(doc.language).names.elided_role
    found = pattern.search(doc.text, sentence_start, start) if pattern else None
    if found is None:
        return None
    before = [p for p in people if p.role and sentence_start <= p.role.end <= found.start()]
    if not before:
        return None
    role = max(before, key=lambda p: p.role.end).role.text
    folded = fold(role)
    country = compiled(doc.language).names.territory.search(folded)
    links = {fold(w) for w in (*doc.language.genitive_links, *doc.language.definite_articles)}
    if country and len(folded) == len(role):
        words = role[: country.start()].split()
    else:  # "alcalde de Toledo, X, y el de Ávila": the office is the head before its own complement
        words = role.split()
        genitive = {fold(w) for w in doc.language.genitive_links}
        cut = next((i for i, word in enumerate(words) if i and fold(word) in genitive), len(words))
        words = words[:cut]
    while country and words and fold(words[-1]) in links:
        words.pop()  # "presidente de | Costa Rica": the office without its country
    return " ".join([*words, found.group("of")]) if words else None


def _capitalised_title(analysis: Analysis) -> tuple[int, int] | None:
    """The headline's span when it capitalises its common words too ("Putin and Obama Hold One-on-One Meeting at
    G20"): there a capital tells no name from a verb or a noun. Its words of four letters or more after the first are
    nearly all capitalised, and one of them is written in lower case in the brief's prose, maybe with an ending
    ("Subscribe" / "subscribed"). So is a headline in capitals ("CASSIS ZIEHT EINE POSITIVE BILANZ"), in every
    language."""
    title = analysis.title
    if title is not None and title.text.isupper() and len(_TITLE_WORD.findall(title.text)) >= _TITLE_CASE_WORDS:
        return (title.start, title.end)
    if title is None or analysis.language.capitalised_nouns:
        return None  # where every noun takes a capital, a headline's capitals tell what a sentence's do
    words = _TITLE_WORD.findall(title.text)[1:]
    capitalised = [w for w in words if w[0].isupper()]
    common = analysis.prose_lower_words
    if len(words) < _TITLE_CASE_WORDS or len(capitalised) < _TITLE_CASE_SHARE * len(words):
        return None
    # a word of the headline the prose writes in lower case, as it stands or with an ending ("Subscribe" /
    # "subscribed"), or a little word capitalised inside it, which no name writes so ("Pays Courtesy Call On
    # Minister Of Foreign Affairs")
    found = any(w.lower() in common or common.inflects(w.lower()) for w in capitalised)
    return (title.start, title.end) if found or _capitalised_stopword(title.text, analysis.language) else None


def _capitalised_stopword(text: str, language: Language) -> bool:
    """A stopword of the language after a headline's first word, written with a capital where a sentence would go on
    ("Envoy Pays Courtesy Call On Minister", not "Kenya: The President …"): the headline capitalises every word. Not
    one the register knows for a given name too ("Said")."""
    for word in _LITTLE_WORD.finditer(text):
        token = word.group(0)
        opener = text[: word.start()].rstrip()[-1:]
        if (
            word.start() > 0
            and opener.isalnum()
            and token[0].isupper()
            and token[1:].islower()
            and token.lower() in language.stopwords
            and not is_given_name(token)
        ):
            return True
    return False


def _shared_by_nationalities(role: Span, language: Language) -> bool:
    """A plural role with a nationality, which a list may share out ("ministres américain et français des Affaires
    étrangères", "Azerbaijani, Turkish and Pakistani Foreign Ministers")."""
    patterns = compiled(language).names
    folded = fold(role.text)
    # two nationalities at least: one is a title's own ("главы МИД Армении", where the genitive looks plural)
    return bool(set(folded.split()) & patterns.singulars.keys()) and len(patterns.nationality.findall(folded)) >= 2


def _last_of_nationalities(text: str, role: Span, language: Language) -> bool:
    """A role that opens with the last of a list of nationalities ("ukrainischen, russischen und | französischen
    Amtskollegen"): the list shares the role out among the names after it."""
    nationality = compiled(language).names.nationality
    words = [fold(w).strip(",") for w in text[max(0, role.start - _LINKED_REACH) : role.start].split()[-2:]]
    first = fold(role.text.split()[0]) if role.text.split() else ""
    joins = {fold(w) for w in (*language.counterpart_words, *language.list_joiners)}
    return (
        len(words) == 2
        and bool(nationality.fullmatch(first))
        and (words[1] in joins or text[: role.start].rstrip().endswith(","))
        and bool(nationality.fullmatch(words[0] if words[1] in joins else words[1]))
    )


def _of_several_countries(role: Span, language: Language) -> bool:
    """A role of two countries or more, joined ("presidentes de Colombia y de Estados Unidos"), which a list of
    names may share out."""
    patterns = compiled(language).names
    folded = fold(role.text)
    joined = any(f" {fold(w)} " in f" {folded} " for w in language.list_joiners)
    return joined and len(patterns.territory.findall(folded)) >= 2


def _hand_out_roles(doc: Document, people: list[Person]) -> None:
    """Roles after a list of names that "respectivement" hands out in order ("MM. X et Y, respectivement
    directeur de cabinet et conseiller"): each name takes its own, when there are as many roles as names; else each
    name that has none takes the whole first phrase, which holds its own."""
    patterns = compiled(doc.language).people
    if patterns.respectively is None or patterns.item_break is None:
        return
    text, role_noun = doc.text, compiled(doc.language).names.role_noun
    for cue in patterns.respectively.finditer(text):
        roles = [r.strip() for r in patterns.item_break.split(text[cue.end() : _roles_end(text, cue.end())])]
        if cue.group(0).rstrip().endswith(",") and not all(role_noun.search(r.lower()) for r in roles):
            continue  # "X y Y, respectivamente, sostuvieron …": the cue closes the list and no role follows it
        named = sorted((m.start, m.end, p) for p in people if p.name for m in p.mentions if m.end <= cue.start())
        listed: list[Person] = []
        end = cue.start()
        for start, finish, person in reversed(named):
            gap = text[finish:end]
            if len(listed) == len(roles) or (listed and not patterns.item_break.fullmatch(gap)) or (
                not listed and gap.strip()
            ):
                break
            listed.insert(0, person)
            end = start
        if len(listed) != len(roles) or len(roles) < 2 or not all(roles):
            if len(listed) >= _MIN_LISTED and roles[0]:  # roles that cannot be counted out ("respectivement
                for person in (p for p in listed if p.role is None and p.listed_role is None):  # ministres du X et
                    person.listed_role = roles[0]  # des Y et de Z"): each shares the phrase that holds its own
            continue
        for person, role in zip(listed, roles, strict=True):
            if person.role is None or person.role.start >= cue.start():
                person.role, person.apposition, person.listed_role = None, None, role


def _roles_end(text: str, start: int) -> int:
    """Where the roles that "respectivement" hands out end: at the clause's end, past an abbreviation in brackets
    that one of them holds ("ancien président de la République démocratique du Congo (RDC), nouvelle …")."""
    while stop := _CLAUSE_END.search(text, start):
        close = text.find(")", stop.end()) if stop.group(0) == "(" else -1
        if close < 0 or "\n" in text[stop.end() : close]:
            return stop.start()
        start = close + 1
    return len(text)


def _role_of_several(analysis: Analysis, role: tuple[int, int]) -> bool:
    """A role that a list of names shares: it joins countries or adjectives ("Außenminister Russlands und
    Deutschlands", "ukrainischen, russischen und französischen Amtskollegen") or its noun is a plural ("los
    ministros de …", "los cancilleres de …")."""
    patterns = compiled(analysis.language).people
    if patterns.list_item is None:
        return False
    text = analysis.doc.text[role[0] : role[1]]
    if patterns.list_joiner.search(text) or "," in text:
        return True
    role_words = compiled(analysis.language).names.role_words
    nouns = analysis.role_nouns.within(role[0], role[1])
    word = fold(nouns[0].group(0)) if nouns else ""
    return is_role_plural(word, role_words, compiled(analysis.language).names.plural_endings)


def _pair_role_after(analysis: Analysis, sentence: Segment, match: NameMatch) -> tuple[int, int] | None:
    """The role in the plural that follows the next name when only a joining word leads to it ("X and Y, speakers
    of the A and B parliaments respectively", "X et Y, les ministres français et allemand des Affaires
    étrangères"): the pair shares it, as the text states it. None otherwise."""
    names, text = analysis.names, analysis.doc.text
    index = bisect_left(analysis.name_starts, match.end)
    if index >= len(names) or names[index][1].start >= sentence.end:
        return None
    following = names[index][1]
    between = text[match.end : following.start].split()
    joins = {fold(w) for w in analysis.language.counterpart_words}
    if len(between) != 1 or fold(between[0]) not in joins or len(following.tokens) < 2:
        return None
    role = role_after(text, following.end, sentence.end, analysis.language)
    nouns = analysis.role_nouns.within(*role) if role else []
    names = compiled(analysis.language).names
    plural = bool(nouns) and is_role_plural(fold(nouns[0].group(0)), names.role_words, names.plural_endings)
    return role if plural else None


def _office_of_list_heads(analysis: Analysis, people: list[Person]) -> None:
    """An item of a list that no rule gave a role of its own holds the office its list's first item holds, as the
    noun of that one's role in the singular, with the country the item writes before its name (`_own_country_item`):
    "посол Чехии" for "Чехии - Y" after "посол Украины X", "presidente de Cuba" for "de Cuba, Y" after "el presidente
    de México, X"; the noun alone where the item writes none."""
    for person in people:
        head = person.list_head
        if head is None or head.role is None or person.role is not None or person.listed_role is not None:
            continue
        nouns = analysis.role_nouns.within(head.role.start, head.role.end)
        if not nouns:
            continue
        noun = analysis.doc.text[nouns[0].start() : nouns[0].end()]  # as written
        names = compiled(analysis.language).names
        if is_role_plural(fold(noun), names.role_words, names.plural_endings):
            noun = singular(noun, analysis.language)  # "ministros de A, X; de B, Y": Y is one "ministro de B"
        item = _own_country_item(analysis, people, person)
        person.listed_role = f"{noun} {_head_link(analysis, head.role, nouns[0].end(), item)}{item}" if item else noun


def _own_country_item(analysis: Analysis, people: list[Person], person: Person) -> str | None:
    """The country an item of a list writes between the name before it and its own ("Чехии" in "посол Украины X,
    Чехии - Y", "de Cuba" in "el presidente de México, X; de Cuba, Y", "der Slowakei" in "aus A (X), der Slowakei
    (Y)"), past the list's joining word; None where only separators stand between."""
    text = analysis.doc.text
    head = person.list_head
    start = min(m.start for m in person.mentions)
    members = [p for p in people if p is head or (p.list_head is head and p is not person)]
    ends = [m.end for p in members for m in p.mentions if m.end <= start]
    if not ends:
        return None
    words = re.split(r"[,;]", text[max(ends) : start].strip(_ITEM_EDGES), maxsplit=1)[0].split()  # not ", Dr."
    if words and fold(words[0]) in {fold(w) for w in analysis.language.list_joiners}:
        words.pop(0)
    if not words or len(words) > _ITEM_WORDS or not any(w[:1].isupper() for w in words):
        return None
    return " ".join(words)


def _head_link(analysis: Analysis, role: Span, noun_end: int, item: str) -> str:
    """The words that link the list's office to the first item's country ("de" of "presidente de México", "aus" of
    "Amtskollegen aus A"), with a space after, for an item that does not open on them itself; none where a case
    ending links them ("посол Украины")."""
    link = []
    for word in analysis.doc.text[noun_end : role.end].split():
        if word[:1].isupper() or not word.isalpha():
            break
        link.append(word)
    opening = item.split()[: len(link)]
    if not link or [fold(w) for w in opening] == [fold(w) for w in link]:
        return ""
    if fold(item.split()[0]) in {fold(w) for w in analysis.language.genitive_links} and fold(link[0]) in {
        fold(w) for w in analysis.language.genitive_links
    }:
        return ""  # "de Cuba" after "presidente de México", "del Perú" too
    return " ".join(link) + " "


_ELIDED_ITEM = lazy_compile(r"[^\S\n]*[,;][^\S\n]*(?P<item>[^,;.:\n()]{3,90}?)[^\S\n]*,?[^\S\n]*")


def _elided_head_items(analysis: Analysis, people: list[Person]) -> None:
    """The items of a list whose plural role names the first item's country or portfolio before its name, each next
    item's own before its name ("les représentants du Venezuela, X, du Soudan, Y", "los embajadores del Reino de A,
    X; Reino de B, Y"): each next one holds the office of its own complement, not the first's."""
    doc, language = analysis.doc, analysis.language
    if not language.genitive_links:
        return  # a case ending, not a link, ties an item to its office ("посол Украины X, Чехии - Y")
    text, names = doc.text, compiled(language).names
    joiners = {fold(w) for w in language.list_joiners}
    named = sorted((p.mentions[0].start, p.mentions[0].end, p) for p in people if p.name and p.mentions)
    head, shared = None, None  # the office in the singular, the plural role of the first item as written
    for (_, end, before), (start, _, person) in pairwise(named):
        own = before.role
        nouns = analysis.role_nouns.within(own.start, own.end) if own and own.end <= end else []
        if own and nouns and is_role_plural(fold(nouns[0].group(0)), names.role_words, names.plural_endings):
            rest = text[nouns[0].end() : own.end].split()
            office = text[own.start : nouns[0].end()].split()  # "Prime Ministers" of "Prime Ministers of A"
            head = " ".join([*office[:-1], singular(office[-1], language)]) if rest else None
            shared = own.text
        elif not (before.listed_role and head and before.listed_role.startswith(head)):
            head = None
        found = _ELIDED_ITEM.fullmatch(text, end, start) if head else None
        if found is None or (person.role and person.role.text != shared):
            head = None
            continue
        words = found.group("item").split()
        while words and fold(words[0]) in joiners:
            words.pop(0)
        item = " ".join(words)
        linked = bool(words) and fold(words[0]) in {fold(w) for w in language.genitive_links}
        if not item or analysis.role_nouns.within(found.start("item"), found.end("item")):
            head = None
            continue
        if not (linked or names.territory.search(fold(item))):
            head = None
            continue
        item = item if linked else f"{language.genitive_links[0]} {item}"  # "Reino de Noruega": "de Reino …"
        person.role, person.role_of, person.apposition, person.listed_role = None, None, None, f"{head} {item}"


def _office_noun(
    analysis: Analysis, match: NameMatch, role: tuple[int, int] | None, head: Person
) -> tuple[int, tuple[int, int], Person] | None:
    """(where the name ends, the role noun of its role, the list's first item): what the next items of a list may
    hold too; None without a role noun."""
    nouns = analysis.role_nouns.within(*role) if role else []
    return (match.end, (nouns[0].start(), nouns[0].end()), head) if nouns else None


def _country_item(analysis: Analysis, previous_end: int, start: int) -> bool:
    """The name at `start` is the next item of a list after the name ending at `previous_end`, each item with its
    own country: only separators, capitalised words and the links of an item's country between ("посол Украины X,
    Чехии - Y", "the ambassadors of Uruguay, X, Chile, Y", "X, de la República de Chile; Y"). Not when the words
    between are another person's full name, a given name the register lists opening it ("Bürgermeisterkollegen X,
    Y, Z": Y is the list's next name, no country of Z's)."""
    pattern = compiled(analysis.language).people.country_item
    if pattern.fullmatch(analysis.doc.text, previous_end, start) is None:
        return False
    return not any(
        previous_end <= match.start and match.end <= start and _named_in_full(match)
        for _sentence, match in analysis.names
    )


def _named_in_full(match: NameMatch) -> bool:
    """A run read as a name of two words or more that a given name the register lists opens ("Markus Feldner"),
    not a place's ("Costa Rica")."""
    return len(match.tokens) >= 2 and is_given_name(match.tokens[0].split("-")[0])


def _next_in_list(analysis: Analysis, previous_end: int, start: int) -> bool:
    """The name at `start` is the next item of a list after the name ending at `previous_end`: only a comma or a
    joining word ("und", "y", "и") between, maybe after the first one's country (", de Colombia, y ")."""
    pattern = compiled(analysis.language).people.list_item
    return bool(pattern and pattern.fullmatch(analysis.doc.text, previous_end, start))


def _without_given_names(
    text: str, role: tuple[int, int], name: tuple[str, ...], match: NameMatch
) -> tuple[int, int] | None:
    """The role before a further mention, less the person's given names that close it: "La diputada panista Kenia
    López Rabadán" after "Kenia López Rabadán" is "diputada panista", for "Kenia" (Kenya) was read as a country's
    name; None when nothing is left."""
    given = name[: len(name) - len(match.tokens)] if tuple(name[-len(match.tokens) :]) == match.tokens else ()
    words = text[role[0] : role[1]].split()
    if not given or len(words) <= len(given) or tuple(words[-len(given) :]) != given:
        return role
    end = role[1]
    for word in reversed(given):
        end = text.rindex(word, role[0], end)
    end = len(text[role[0] : end].rstrip()) + role[0]
    return (role[0], end) if end > role[0] else None


def _fuller_role(analysis: Analysis, known: Span | None, role: tuple[int, int]) -> bool:
    """Whether a role found beside a further mention says more than the one known: there was none, or it
    holds the known one and goes on ("homologue" then "homologue du Koweït"), or it names a country the
    known one does not ("Président" then "président sénégalais"), or it is an office where the headline or a
    caption only called them someone's counterpart ("… welcomes Zambia counterpart X" then "President X of
    Zambia"), or, wherever they were so called, an office below a head of state's that names its country ("his
    Chinese counterpart X" then "Foreign Minister of China X")."""
    if known is None:
        return True
    doc = analysis.doc
    text, old = fold(doc.text[role[0] : role[1]]), fold(known.text)
    language = doc.language
    if _in_caption(analysis, known.start) and not _in_caption(analysis, role[0]):
        # the story's own words for the office, not a photo caption's (maybe in another language), unless the story
        # only calls them someone's counterpart or writes the caption's office as its capitals ("PM")
        return not (language and _relative_role(text, language)) and not _spells_out(
            doc.text[role[0] : role[1]], known.text, language
        )
    if (
        _in_title(analysis, known.start)
        and not _above_story(analysis, role[0])
        and not (language and _relative_role(text, language))
        and not any(old in fold(s.text) for s in analysis.story)
    ):
        return True  # the story's own office for a headline's shorthand ("Chinas Staatschef X in Berlin" over "Der
        # chinesische Präsident X"), unless the story writes the headline's words too
    if old in text and len(text) > len(old):
        return True
    if _spells_out(known.text, doc.text[role[0] : role[1]], language):
        return True  # "Prime Minister" over a headline's "PM", "Bangladeshi Prime Minister" over "Bangladesh PM"
    if language and _relative_role(old, language) and not _relative_role(text, language):
        if _office_with_country(text, language) and nationality_country(old, language) in (
            None,
            nationality_country(text, language),
        ):
            return True  # "his Chinese counterpart X" then "Foreign Minister of China X": the office itself
        # unless the story itself calls them so: its lead's counterpart is the role a reader takes
        return not any(s.start <= known.start < s.end or old in fold(s.text) for s in analysis.story)
    if _abbreviated_office(doc.text[role[0] : role[1]]) and not _abbreviated_office(known.text):
        return False  # "Deputy Minister of Foreign Affairs" says more than "Azerbaijani Deputy FM"
    return bool(language) and not nationality_country(known.text, language) and bool(
        nationality_country(text, language)
    ) and len(text.split()) <= len(old.split()) + 3


def _above_story(analysis: Analysis, at: int) -> bool:
    """The offset stands in the headline or in a photo's caption: words over the story, not its own."""
    return _in_title(analysis, at) or _in_caption(analysis, at)


def _in_title(analysis: Analysis, at: int) -> bool:
    """The offset stands in the headline."""
    title = analysis.title
    return title is not None and title.start <= at < title.end


def _in_caption(analysis: Analysis, at: int) -> bool:
    """The offset stands in a sentence of the body tagged as a photo's caption."""
    return any(s.caption and s.start <= at < s.end for s in analysis.body)


def _abbreviated_office(role: str) -> bool:
    """The role writes its office as capitals of two or three letters ("FM", "PM", "PIF Chair")."""
    return any(2 <= len(word) <= _ABBREVIATED_OFFICE and word.isupper() for word in role.split())


def _spells_out(short: str, role: str, language: Language | None) -> bool:
    """Whether the role writes out in full the office the short one gives as its capitals: every capitalised
    abbreviation of the short one ("PM", "FM") is the run of initials of some words of the role ("Prime Minister",
    "Foreign Minister"), which gives none itself; or a word of the short one is an office the language abbreviates
    (`Language.office_abbreviations`: "LH", "Bgm.") that the role writes out ("Landeshauptmann", "Bürgermeisterin")."""
    if language is not None and _writes_out(short, role, language):
        return True
    if not _abbreviated_office(short) or _abbreviated_office(role):
        return False
    stop = language.stopwords if language else frozenset()
    initials = "".join(w[0] for w in fold(role).replace("-", " ").split() if w not in stop)
    return all(
        fold(word) in initials for word in short.split() if 2 <= len(word) <= _ABBREVIATED_OFFICE and word.isupper()
    )


def _writes_out(short: str, role: str, language: Language) -> bool:
    """A word of the short role is an office the language abbreviates, which the role writes out and abbreviates in
    no word of its own."""
    offices = language.office_abbreviations
    if any(w.rstrip(".") in offices for w in role.split()):
        return False
    full = fold(role)
    return any(fold(offices[w.rstrip(".")]) in full for w in short.split() if w.rstrip(".") in offices)


def _office_with_country(folded: str, language: Language) -> bool:
    """A folded role that names an office below the head of state together with the country it serves ("chinese
    foreign minister", "глава мид узбекистана"): what a counterpart is, said outright. A head of state's title
    ("presidente de eeuu") is left to the counterpart, the way briefs name a leader's peer."""
    if nationality_country(folded, language) is None:
        return False
    heads = next((titles for office, titles in language.register_titles if office == "head_of_state"), ())
    words = folded.split()
    return not any(
        fold(title) in folded if " " in title else any(word.startswith(fold(title)) for word in words)
        for title in heads
    )


def _relative_role(folded: str, language: Language) -> bool:
    """A role that names someone only by a tie to another ("homologue ivoirien", "Zambia counterpart",
    "US-Amtskollegen"): `Language.relative_role_stems`."""
    return any(stem in word for word in folded.split() for stem in language.relative_role_stems)


def _own_apposition(analysis: Analysis, after: tuple[int, int]) -> bool:
    """A role in apposition after a name is that person's second role, not another's: it names no one
    ("…, le ministre X Y") and its noun is not a plural that a list of names shares ("X et Y, ministres de …")."""
    doc = analysis.doc
    nouns = analysis.role_nouns.within(after[0], after[1])
    if not nouns or doc.language is None:
        return False
    word = fold(nouns[0].group(0))
    plural = word.endswith("s") and word[:-1] in compiled(doc.language).names.role_words
    named = any(len(m.tokens) >= 2 for m in find_names(doc.text, after[0], after[1], doc.language))
    return not plural and not named


def _common_words(analysis: Analysis, match: NameMatch) -> bool:
    """Every word of the run is written in lower case elsewhere in the brief: words of a heading ("Anciens
    Combattants", "Hechos de Violencia"), not a name."""
    common = analysis.prose_lower_words
    particles = analysis.doc.language.name_particles if analysis.doc.language else frozenset()
    for t in match.tokens:
        if t.lower() not in common and fold(t) not in particles:
            return False  # the usual case, told at the first word: a name's words are not prose
    return any(t.lower() != t for t in match.tokens if fold(t) not in particles)


def _quoted_elsewhere(analysis: Analysis, match: NameMatch) -> bool:
    """The run's words stand inside quotes somewhere in the text ("recibió un ejemplar del libro “Una Historia
    Compartida”"), a work's title that a headline may give without its quotes, and its last word never stands
    without the others: not a person's name in quotes whose surname comes back alone ("Araqchi a souligné")."""
    if len(match.tokens) < 2:
        return False
    text, first = analysis.doc.text, match.tokens[0]
    reach = _QUOTED_REACH + 1 + len(first)
    if not any(first in text[at + 1 : at + reach] for at in analysis.quote_openings):
        return False  # the usual case, told without a pattern compiled for the run
    words = r"\s+".join(re.escape(t) for t in match.tokens)
    runs = [m.span(1) for m in re.finditer(rf"(?<!\w)(?=({words})(?!\w))", text)]  # overlapping ones too
    if not any(_in_short_quotes(text, start, end) for start, end in runs):
        return False
    if any(_titled_by_role(analysis, start) for start, _end in runs):
        return False  # "le président guinéen Alpha Condé" then "son « ami Alpha Condé »": a person
    last = rf"(?<!\w){re.escape(match.tokens[-1])}(?!\w)"
    return len(re.findall(last, text)) == len(re.findall(rf"(?<!\w){words}(?!\w)", text))


def _titled_by_role(analysis: Analysis, start: int) -> bool:
    """A role noun stands right before the run, maybe with a word or two in lower case after it ("le président
    guinéen Alpha Condé"): the run names a person, not a work."""
    nouns = analysis.role_nouns.within(max(0, start - _ROLE_REACH), start)
    return bool(nouns) and _ROLE_TAIL.fullmatch(analysis.doc.text, nouns[-1].end(), start) is not None


def _in_short_quotes(text: str, start: int, end: int) -> bool:
    """The text from `start` to `end` stands in quotation marks at most `_QUOTED_REACH` characters away on either
    side, on its line, with no other mark between."""
    opened = _QUOTE_OPENS_BEFORE.search(text, max(0, start - _QUOTED_REACH - 1), start) is not None
    return opened and _QUOTE_CLOSES_AFTER.match(text, end, end + _QUOTED_REACH + 1) is not None


def _ends_in_role_noun(analysis: Analysis, role: tuple[int, int], match: NameMatch) -> bool:
    """The role ends with its noun, right before the name: "Secretary Miller", "министр Лавров"."""
    nouns = analysis.role_nouns.within(max(0, role[1] - _ROLE_REACH), role[1])
    return bool(nouns) and nouns[-1].end() == role[1] and not analysis.doc.text[role[1] : match.start].strip()


def _known_surname(match: NameMatch, language: Language) -> bool:
    """A lone word that the language's dictionary knows as a surname."""
    return language.known_surname is not None and language.known_surname(match.tokens[0])


def _guessed(match: NameMatch, language: Language) -> bool:
    """A lone word the language's dictionary guesses is a person's name, that no gazetteer knows as a place."""
    guessed = language.guessed_surname
    return guessed is not None and guessed(match.tokens[0]) and _surname_only(match, language)


def _thing_named(analysis: Analysis, match: NameMatch) -> bool:
    """No word of the run is a given name the register knows, and one of its words (not a particle) is an office's
    word or its plural, a nationality, a number, a country, a region or a large city, or is written in lower case
    elsewhere in the brief ("American Dream", "Acht Botschafterinnen"), or the whole run is such a place ("Middle
    East"): a thing's name, not a person's."""
    language = analysis.language
    given = language.known_given_name
    if any(is_given_name(t) or (given is not None and given(t)) for t in match.tokens):
        return False  # the usual case for a person named without a role
    if len(match.tokens) > 1 and _place_word(" ".join(match.tokens), language):
        return True  # "Middle East", "North Korea": a region's or a country's name of several words
    names = compiled(language).names
    return any(
        not stems(t, language.case_endings).isdisjoint(names.role_words)
        or is_role_plural(fold(t), names.role_words, names.plural_endings)
        or t.lower() in analysis.prose_lower_words
        or fold(t) in map(fold, language.count_words)
        or _place_word(t, language)
        for t in match.tokens
        if fold(t) not in language.stopwords and fold(t) not in language.name_particles
    )


def _place_word(word: str, language: Language) -> bool:
    """The word names a country, a region or a large city; not a small town or a province, whose names are often
    surnames too ("León")."""
    readings = places(word, language.code)
    return any(p.kind not in ("city", "province") or (p.population or 0) >= _BIG_CITY for p in readings)


def _surname_only(match: NameMatch, language: Language) -> bool:
    """A lone word after a role that may be a surname: no country, region or large city, no outlet ("Minister
    Lavrov", not "Japan"); surnames are often small towns' and provinces' names too ("León")."""
    word = match.tokens[0]
    return (
        not _place_word(word, language)
        and not _joined_province(word, language)
        and not agencies_named(word)
        and not word.isupper()
    )


def _joined_province(word: str, language: Language) -> bool:
    """The word is a province's name of capitalised parts joined by hyphens ("Schleswig-Holstein", "Emilia-Romagna"):
    a double-barrelled surname names no province."""
    parts = word.split("-")
    return (
        len(parts) > 1
        and all(part[:1].isupper() for part in parts)
        and any(place.kind == "province" for place in places(word, language.code))
    )


def _role_complement(analysis: Analysis, sentence: Segment, match: NameMatch) -> bool:
    """What a role is of, in apposition before its holder: "the ambassadors of Great Britain, X" or "los
    embajadores de Gran Bretaña, X" name a country (or an institution) the gazetteer may lack, not a person."""
    doc = analysis.doc
    patterns = compiled(doc.language).names
    if not HOLDER_AFTER.match(doc.text, match.end, sentence.end):
        return False  # the usual case, told at once: no holder's name after a comma
    reach = max(sentence.start, match.start - _LINKED_REACH)
    linked = patterns.linked_word and patterns.linked_word.search(doc.text, reach, match.start)
    if not linked:
        return False
    word = fold(linked.group(1))
    return any(w in patterns.role_words for w in (word, word[:-1], word[:-2]))


def _completes_holders_role(analysis: Analysis, sentence: Segment, match: NameMatch) -> bool:
    """The run completes the role, ending on its link word, that stands in apposition after its holder's name ("Mr
    X, Member of Parliament for Asutifi North, left …"): a constituency, a country or a body, not a person."""
    role = analysis.role_before(sentence.start, match.start)
    words = analysis.doc.text[role[0] : role[1]].lower().split() if role else []
    if not role or not words or words[-1] not in analysis.doc.language.role_links:
        return False
    if joins_next_person(analysis.doc.text, sentence.start, match.start, match.end, analysis.doc.language):
        return False  # "…, ministre de l'Intérieur et de Jean X": the next person, after "and"
    holder = _HOLDER_BEFORE.search(analysis.doc.text, sentence.start, role[0])
    return holder is not None and _opens_role(holder.group("lead"), analysis.doc.language)


@lru_cache(maxsize=8)
def _links_of(language: Language) -> frozenset[str]:
    """The little words that join a clause to what follows rather than open a role: a role's links, prepositions of
    place, the words that bring in a counterpart or an agent ("de", "à", "avec", "par"), folded."""
    words = (*language.role_links, *language.place_prepositions, *language.counterpart_words, *language.agent_words)
    return frozenset(fold(w) for w in words)


def _opens_role(lead: str, language: Language) -> bool:
    """The lower-case words between a holder's comma and a role open the role ("haut", "l'ancien"), not another
    clause ("avec le", "reçu par")."""
    return not any(fold(word) in _links_of(language) for word in lead.split())


def _next_item_role(analysis: Analysis, sentence: Segment, match: NameMatch) -> tuple[int, int] | None:
    """The role of the next person of a list whose items are each a name and its apposition: the run follows the
    role of the name before it, then a comma, "and" and the link that governed that name ("en présence de M. X,
    directeur Europe, et de Y, membre du bureau", "y de Y, asesor"). Its own apposition, lower-case and without a
    verb, is its role as the other item's is; None when the run has none (then it completes that role)."""
    doc = analysis.doc
    patterns = compiled(doc.language).names
    role = analysis.role_before(sentence.start, match.start)
    joined = patterns.joined_item_end.search(doc.text, *role) if patterns.joined_item_end and role else None
    if joined is None:
        return None
    if joined.group("joiner") is None and _honorifics_start(analysis, role[1], match.start) == match.start:
        return None  # "ministre de l'Économie, de Y": an item of the portfolio, no title of address opening a name
    own = role_after(doc.text, match.end, sentence.end, doc.language)
    if own is not None:
        return own
    apposition = _PLAIN_APPOSITION.match(doc.text, match.end, sentence.end)
    if apposition is None or len(apposition.group(1).split()) > _APPOSITION_WORDS:
        return None
    return None if patterns.gap_verb.search(apposition.group(1)) else apposition.span(1)


def _listed_item(analysis: Analysis, sentence: Segment, match: NameMatch) -> bool:
    """What an item of a list under a plural role is of, before its holder: "los secretarios de Relaciones
    Exteriores, X; de Hacienda y Crédito Público, Y" names an office in "Crédito Público", not a person. The item
    opens after a comma or a semicolon on a role link, maybe after "and"; a plural role stands before it."""
    doc = analysis.doc
    patterns = compiled(doc.language).names
    if patterns.item_link is None or patterns.role_plural is None:
        return False
    if not HOLDER_AFTER.match(doc.text, match.end, sentence.end):
        return False
    cut = max(doc.text.rfind(mark, sentence.start, match.start) for mark in ",;")
    if cut < 0 or not patterns.item_link.match(doc.text[cut + 1 : match.start].lstrip()):
        return False
    return patterns.role_plural.search(doc.lower, sentence.start, cut) is not None


def _dateline_words(text: str, match: NameMatch) -> bool:
    """The run opens its line and a dateline's dash follows it ("Redacción X.- Fue recibido …", "Santo Domingo.-"):
    a place or a newsroom, not a person."""
    line_start = text.rfind("\n", 0, match.start) + 1
    return not text[line_start : match.start].strip() and _DATELINE_DASH.match(text, match.end) is not None


def _slashed_credit(text: str, match: NameMatch) -> bool:
    """The name stands alone between slashes before a dateline's dash ("АСТАНА. 22 января. КАЗИНФОРМ /Павел
    Маринов/ - …"): the agency's correspondent who wrote the dispatch, not a person taking part."""
    return text[match.start - 1 : match.start] == "/" and _SLASHED_CREDIT_END.match(text, match.end) is not None


def _office_before_rank(
    analysis: Analysis, sentence: Segment, rank: tuple[int, int], previous: NameMatch | None
) -> tuple[int, int] | None:
    """The office that a comma sets before a one-word title and its holder's name, in an apposition that another
    comma closes ("El Ministro de Defensa, General X, recibió …", "la Canciller, Embajadora Y, …"): the title is the
    holder's rank, the office their role. None when the title stands alone or follows no office, or when that
    office ends on a title and the name before (`previous`): it is the list's item before, a title and a surname
    ("mit Bundespräsident X, Vizepräsident Y Z, …"); the caller asks only where a comma, a semicolon or the
    sentence's end closes the name (not in a list: "the Prime Minister, Ambassador X and the Mayor")."""
    text = analysis.doc.text
    if " " in text[rank[0] : rank[1]].strip():
        return None
    before = text[sentence.start : rank[0]].rstrip()
    if not before.endswith(","):
        return None
    comma = sentence.start + len(before) - 1
    office = analysis.role_before(sentence.start, comma)
    if office is None or text[office[1] : comma].strip():
        return None
    if previous is not None and office[0] <= previous.start < office[1]:
        nouns = analysis.role_nouns.within(office[0], previous.start)
        if nouns and not text[nouns[-1].end() : previous.start].strip():
            return None  # a title right before a name: "Bundespräsident X", not "Comandante de las Fuerzas Militares"
    return office


def _apposition_closes(text: str, match: NameMatch) -> bool:
    """A comma or a semicolon right after the name closes it ("…, el secretario de Defensa, general X; el jefe de
    …"): the apposition that opened on a comma ends there, and the next item of the list begins."""
    return text[match.end : match.end + 1] in (",", ";")


def _ends_sentence(text: str, match: NameMatch, sentence: Segment) -> bool:
    """The name closes its sentence, only a full stop after it ("…, así como el jefe del Cuerpo de Ayudantes,
    general X."): an apposition that opened on a comma ends with it."""
    return not text[match.end : sentence.end].strip(" .!")


def _caption_credit(text: str, match: NameMatch) -> bool:
    """The name stands on either side of a slash that closes a caption's line before a dash and an agency or a
    date ("… José Ruiz. / Ana Gil – Europa Press", "Pool Moncloa / Ana Gil - 28.12.2015"): the photographer and
    the photo's pool, not people taking part."""
    tail = _CAPTION_CREDIT_TAIL.match(text, match.end)
    if tail is None:
        return False
    line_start = text.rfind("\n", 0, match.start) + 1
    return bool(tail.group("slash")) or text[line_start : match.start].rstrip().endswith("/")


def _company_name(text: str, match: NameMatch, language: Language) -> bool:
    """The run ends in a company's legal form, or one follows it ("Stamina Media GmbH", "Valdor Solar AG"): a
    company's name (`Language.company_forms`)."""
    forms = language.company_forms
    if not forms:
        return False
    following = text[match.end : match.end + _COMPANY_FORM_REACH].split()
    return match.tokens[-1] in forms or bool(following and following[0].rstrip(",.;") in forms)


def _places_only(match: NameMatch, language: Language) -> bool:
    """The run is a country's or a region's name ("Costa de Marfil"), or every word of it, parts of a hyphened pair
    too, is a place the gazetteer knows and one is a country or a region ("sommet Russie-Afrique de Sotchi"): a
    summit's or a country's name, not a person's."""
    whole = lookup(" ".join(match.tokens), language.code)
    if len(match.tokens) > 1 and whole is not None and whole.kind in ("country", "region"):
        return True
    if _abbreviated_territory(match, language):
        return True
    parts = [
        part
        for token in match.tokens
        if fold(token) not in language.name_particles
        for part in token.split("-")
        if part
    ]
    if len(parts) < 2:
        return False
    readings = []
    for part in parts:  # most runs hold a word no place has: the first of them decides
        reading = lookup(part, language.code)
        if reading is None:
            return False
        readings.append(reading)
    return any(r.kind in ("country", "region") for r in readings)


def _after_settlement(text: str, match: NameMatch, language: Language) -> bool:
    """The run follows right after a settlement's noun of one word on its line ("в городе Сандора", "der Stadt
    Kessel"): a town's name, though the gazetteer may not know it, not a person's. A headline that ends on such a
    noun ("Ceremony in the capital") leaves the next line's name alone."""
    before = text[max(0, match.start - _SETTLEMENT_REACH) : match.start].rsplit("\n", 1)[-1]
    words = before.split()
    return before[-1:].isspace() and bool(words) and fold(words[-1]) in settlement_nouns(language)


def _abbreviated_territory(match: NameMatch, language: Language) -> bool:
    """The run is a country's name of several words whose first is cut to its initial ("N. Korea", "S Arabia"), as
    headlines write it: CLDR names a territory whose first word opens on that letter and whose last is the run's."""
    if len(match.tokens) != 2 or len(match.tokens[0].rstrip(".")) != 1:
        return False
    return (fold(match.tokens[0][0]), fold(match.tokens[1])) in _territory_ends(language.code)


@cache
def _territory_ends(code: str) -> frozenset[tuple[str, str]]:
    """(initial, last word), folded, of each CLDR territory name of several words in the language ("North Korea" →
    ("n", "korea"))."""
    names = (name.split() for name in territory_names(code))
    return frozenset((fold(words[0][0]), fold(words[-1])) for words in names if len(words) > 1)


def _copyright_credit(text: str, match: NameMatch) -> bool:
    """The name follows a copyright sign ("… in Wien © Anna Berger", "© Photothek Media Lab"): a photo's credit,
    not a person taking part."""
    return text[max(0, match.start - _COPYRIGHT_REACH) : match.start].rstrip().endswith("©")


def _spelled_initials(analysis: Analysis, match: NameMatch) -> bool:
    """The initials in brackets after the run are those of its capitalised words and of the ones right before it
    ("Conseil National de Transition (CNT)", "Assemblée Législative de la Transition (ALT)"): a body's name spelled
    out, not a person's."""
    text = analysis.doc.text
    initials = _BRACKETED_INITIALS.match(text, match.end)
    if initials is None:
        return False
    letters = initials.group(1)
    own = sum(1 for token in match.tokens if token[:1].isupper())
    if len(letters) <= own:
        return False  # "Paul Marin (PM)": a body's name begins with a word the run left out ("Conseil", "Assemblée")
    line_start = text.rfind("\n", 0, match.start) + 1
    capitalised = _CAPITALISED_WORD.findall(text, line_start, match.end)
    return len(capitalised) >= len(letters) and "".join(w[0] for w in capitalised[-len(letters) :]) == letters


def _venue_name(analysis: Analysis, match: NameMatch) -> bool:
    """The run names the venue said right before it, in lower case ("au palais présidentiel Ntare Rushatsi, …"): a
    building's name, not a person; not when a verb follows the run, whose subject it is ("au palais présidentiel
    Paul Marin a reçu …"), nor (for the caller) when a role follows it ("au palais X, ambassadrice de …")."""
    text = analysis.doc.text
    venues = list(
        compiled(analysis.language).places.unnamed_venue.finditer(
            text, max(0, match.start - _NEAR_EVENT_CHARS), match.start
        )
    )
    venue = venues[-1] if venues else None
    return (
        venue is not None
        and _qualified_venue(venue.group("place"), analysis.language)
        and not text[venue.end() : match.start].strip()
        and _VENUE_NAME_END.match(text, match.end) is not None
    )


def _qualified_venue(place: str, language: Language) -> bool:
    """The venue ends with an adjective of its own ("palais présidentiel"), which a name may go on with; after a
    bare one ("au palais X", "at the presidential palace X") or a complement ("au siège du ministère X") a name is
    as often whom the verb receives."""
    words = place.split()
    return (
        len(words) > 1
        and not any(fold(word) in language.role_links for word in words)
        and not any(fold(place).endswith(fold(venue)) for venue in language.unnamed_venues)
    )


def _byline_words(text: str, match: NameMatch) -> bool:
    """The run opens its line and a bullet or a bar follows it, then the date the line gives ("Jo Lind • 9 July 2025
    16:07"): the byline of whoever wrote the brief."""
    line_start = text.rfind("\n", 0, match.start) + 1
    return not text[line_start : match.start].strip() and _BYLINE_TAIL.match(text, match.end) is not None


def _written_by(text: str, match: NameMatch) -> bool:
    """The run follows a byline's cue that opens its line, maybe after other names of the byline ("Par Jo Lind",
    "Rédigé par Jo Lind le …", "By Jo Lind and Al Kerr"), or it is alone on its line under a line that holds only the
    cue ("Por" over "Jo Lind"): whoever wrote the brief, not a person taking part."""
    line_start = text.rfind("\n", 0, match.start) + 1
    cue = _BYLINE_OPENING.match(text, line_start)
    if cue is not None and cue.end() <= match.start:
        names = _BYLINE_NAMES.match(text, cue.end(), match.start)
        return names is not None and names.end() == match.start
    line_end = text.find("\n", match.end)
    if line_start == 0 or text[line_start : match.start].strip() or text[match.end : line_end].strip():
        return False  # not alone on a line under another (a line's end is -1 on the text's last line: never alone)
    above = text[text.rfind("\n", 0, line_start - 1) + 1 : line_start - 1]
    return _BYLINE_OPENING.fullmatch(above) is not None


def _event_name(analysis: Analysis, match: NameMatch) -> bool:
    """The run goes on from an event noun written with a capital inside a sentence ("la Cumbre Iberoamericana de
    Cádiz", "beim Gipfel …"): the rest of the event's own name, not a person."""
    text = analysis.doc.text
    hits = analysis.events_in(max(0, match.start - _NEAR_EVENT_CHARS), match.start)
    hit = hits[-1] if hits else None
    if hit is None or text[hit[0]].islower() or text[hit[1] : match.start].strip():
        return False
    before = text[max(0, hit[0] - _NEAR_EVENT_CHARS) : hit[0]].split()
    return bool(before) and before[-1].isalpha() and before[-1].islower()


def _next_to_event(analysis: Analysis, match: NameMatch) -> bool:
    """A name right before or after an event phrase ("X met Y", "X s'est entretenu lundi avec Y")."""
    doc = analysis.doc
    near = analysis.events_in(max(0, match.start - _NEAR_EVENT_CHARS), match.end + _NEAR_EVENT_CHARS)
    for start, end, kind in near:
        if kind not in CORE_EVENTS:
            continue
        gap = (match.end, start) if start >= match.end else (end, match.start)
        between = doc.text[gap[0] : gap[1]]
        outside = start >= match.end or end <= match.start
        near = len(between.split()) <= 2 and not _CLAUSE_BREAK.search(between)
        if outside and near and not _named_in(analysis, *gap):
            return True
    return False


def _named_in(analysis: Analysis, start: int, end: int) -> bool:
    """Whether a name of the text begins within [start, end): "call with Erdogan amid East Med" puts Erdogan, not
    "East Med", next to the call."""
    starts = analysis.name_starts
    index = bisect_left(starts, start)
    return index < len(starts) and starts[index] < end


def _full_name_in(analysis: Analysis, start: int, end: int) -> bool:
    """Whether a name of two words or more begins within [start, end): a sentence naming only a place or an outlet
    ("au palais de Koulouba, retransmis par ORTM") names no one."""
    starts, names = analysis.name_starts, analysis.names
    index = bisect_left(starts, start)
    while index < len(starts) and starts[index] < end:
        if len(names[index][1].tokens) >= 2:
            return True
        index += 1
    return False


def _by_first_word(people: PeopleIndex, tokens: tuple[str, ...], language: Language) -> list[Person]:
    """The one known person whose name begins with this lone word, when it ends no one's name and names no
    country: "Anwar" after "Anwar Ibrahim" (Malay, Indonesian, Arabic and Thai names go by their first word)."""
    patterns = compiled(language).names
    word = tokens[0]
    forms = stems(word, patterns.endings)
    if len(tokens) > 1 or forms & patterns.territory_words or word.isupper():
        return []  # an acronym is no first name: "PM" is not "PM X Y"
    found = people.only_one_starting_with(forms)
    return [found] if found and not people.ending_with(forms) else []


def _by_inner_word(people: list[Person], tokens: tuple[str, ...], language: Language) -> list[Person]:
    """The one known person of three words or more whose name holds this lone word inside it, neither first nor
    last, when it is no given name: "Tshisekedi" after "Félix Antoine Tshisekedi Tshilombo", "López" after "Andrés
    Manuel López Obrador" (a first surname that a second one follows)."""
    word = tokens[0]
    if len(tokens) > 1 or word.isupper() or is_given_name(word):
        return []
    endings = compiled(language).names.endings
    found = [p for p in people if len(p.tokens) > 2 and any(same_word(word, t, endings) for t in p.tokens[1:-1])]
    return found if len(found) == 1 else []


def _given_name_title_before(text: str, match: NameMatch, language: Language) -> NameMatch | None:
    """The lone word with the title right before it that opens such a name (`Language.lone_given_name_titles`), as
    one name: "Prime Minister Sheikh Hasina", whom no fuller name names; a short form of a fuller name ("Sheikh
    Tamim" after "Sheikh Tamim bin Hamad Al Thani") is that person's, found before this is asked."""
    before = text[max(0, match.start - 20) : match.start]
    title = next((t for t in language.lone_given_name_titles if before.endswith(t + " ")), None)
    if title is None:
        return None
    start = match.start - len(title) - 1
    if start > 0 and text[start - 1].isalnum():
        return None  # a longer word ending so
    return NameMatch(start, match.end, (title, *match.tokens))


def _nickname_of(text: str, people: list[Person], match: NameMatch, language: Language) -> list[Person]:
    """The person whose full name a lone word follows in brackets: "Joko Widodo (Jokowi)", "Luiz Inácio Lula da
    Silva (Lula)" give the short name the brief goes on to use, not another person; so does a name after one of the
    language's alias phrases ("X (popularly known as Saad X)")."""
    if not text.startswith(")", match.end):
        return []
    opening = text.rfind("(", 0, match.start)
    lone = len(match.tokens) == 1 and _NICKNAME_BRACKETS.fullmatch(text, max(0, match.start - 3), match.start)
    # or any name after a phrase that says it is another name of the same person: "(popularly known as Saad X)"
    said = opening >= 0 and fold(text[opening + 1 : match.start].strip()) in {fold(a) for a in language.alias_phrases}
    if not (lone or said):
        return []
    named = [p for p in people if p.name and any(0 <= opening - m.end <= 1 for m in p.mentions)]
    return named[:1]


def _surname_stands_alone(analysis: Analysis, match: NameMatch) -> bool:
    """The last word of the name also appears without the first: "Guterres" after "António Guterres"."""
    surname = match.tokens[-1]
    if len(surname) < 3:
        return False
    words, pairs = analysis.word_counts
    return words[surname] > pairs[(match.tokens[-2], surname)]


def _known_past_country(
    analysis: Analysis, people: PeopleIndex, match: NameMatch
) -> tuple[list[Person], int] | None:
    """A run that opens on a country and ends on the name of one person already known, with where that name
    begins: "… a delegation of the People's Republic of China Chithyola-Banda said" (no comma after a long clause)
    is a further mention of "Simplex Chithyola-Banda", not a person named "China Chithyola-Banda"."""
    tokens, language = match.tokens, analysis.language
    for size in range(1, min(_MAX_PLACE_WORDS, len(tokens) - 1) + 1):
        if not any(p.kind == "country" for p in places(" ".join(tokens[:size]), language.code)):
            continue
        known = people.matching(tokens[size:])
        if len(known) == 1:
            begin = analysis.doc.text.find(tokens[size], match.start, match.end)
            return known, begin if begin >= 0 else match.start
    return None


def _among_listed_names(analysis: Analysis, match: NameMatch) -> bool:
    """The run is an item of a list of full names, three or more, one after the other ("The three were X, Y and Z –
    ambassadors to …"): people named together, whose role the list gives apart or not at all. Not a list with a
    one-word item, nor one whose items share their first word ("Akyemansa, Kwahu West, Kwahu South"): places."""
    text = analysis.doc.text
    # a capitalised word alone in brackets is an item's portfolio or country ("X (Culture) et Y (Budget)"), no item
    names = [(s, m) for s, m in analysis.names if m is match or not _bracketed(text, m)]
    index = bisect_left([m.start for _s, m in names], match.start)
    gaps = [""] + [text[names[i - 1][1].end : names[i][1].start] for i in range(1, len(names))]
    first = last = index
    while first > 0 and _list_gap_at(gaps, first, analysis.language):
        first -= 1
    while last + 1 < len(names) and _list_gap_at(gaps, last + 1, analysis.language):
        last += 1
    items = [m.tokens for _s, m in names[first : last + 1]]
    return (
        len(items) >= _MIN_LISTED_NAMES
        and all(len(tokens) >= _MIN_NAME_WORDS for tokens in items)
        and len({tokens[0] for tokens in items}) == len(items)
    )


def _list_gap_at(gaps: list[str], index: int, language: Language) -> bool:
    """The gap before the `index`-th name joins it to the name before as items of one list (see `_list_gap`); or
    it closes a list whose items semicolons set apart, the last item after the previous one's apposition, a comma
    and a joining word ("X, de Benín; Y, de Laos, y Z, de Dominica"). A genitive link alone is no gap of a list:
    "X, Y and Z of A" names the party of the last item, not a fourth one."""
    gap = gaps[index]
    if fold(gap.strip()) in {fold(w) for w in language.genitive_links}:
        return False
    if _list_gap(gap):
        return True
    words = gap.split()
    closing = (
        gap.lstrip().startswith(",")
        and len(words) >= 2
        and fold(words[-1]) in {fold(w) for w in language.list_joiners}
        and not any(mark in gap for mark in ";:.!?\n")
        and len(gap) <= _CLOSING_ITEM_REACH
    )
    return closing and index >= 2 and _SEMICOLON_ITEM.fullmatch(gaps[index - 1]) is not None


def _list_gap(gap: str) -> bool:
    """What stands between two items of a list of names: a comma or a joining word, or a semicolon after the first
    one's apposition ("X, de la República de Polonia; Y, de Suiza"), when semicolons set the items apart."""
    return bool(_LISTED_BETWEEN.fullmatch(gap) or _SEMICOLON_ITEM.fullmatch(gap))


def _named_by_acronym(text: str, match: NameMatch, language: Language) -> bool:
    """The run is followed by its own acronym in brackets, whose letters end with the initials of its capitalised
    words ("Pakistan Muslim League-Nawaz (PML-N)", "Rwanda Development Board (RDB)"): a body, not a person; a party's
    acronym after a person's name ("John Doe (PDP)") spells other initials, and a person's own initials ("Paul Marin
    (PM)", "Pedro Pablo Gómez Ruiz (PPGR)", the run opening on a given name that names no place) are no body's."""
    found = _ACRONYM_AFTER.match(text, match.end)
    if found is None:
        return False
    initials = "".join(word[0] for word in re.split(r"[\s-]+", text[match.start : match.end]) if word[:1].isupper())
    letters = "".join(c for c in found.group(1) if c.isalpha())
    if len(initials) < 2 or not letters.upper().endswith(initials.upper()):
        return False
    if len(letters) == len(initials) and _opens_on_given_name(match, language):
        return False
    return len(initials) > 2 or len(letters) > len(initials)  # not a person's own initials ("Paul Marin (PM)")


def _opens_on_given_name(match: NameMatch, language: Language) -> bool:
    """The run's first word is a given name that names no country, region or large city ("Pedro", not "Asia")."""
    first = match.tokens[0]
    return is_given_name(first) and not _place_word(first, language)


def _bracketed(text: str, match: NameMatch) -> bool:
    """The run stands alone between brackets: "(Culture)", "(Chili)"."""
    return text[match.start - 1 : match.start] == "(" and text[match.end : match.end + 1] == ")"


def _another_occasion(analysis: Analysis, sentence: Segment, mentions: Mentions, days: WrittenDays | None) -> bool:
    """The sentence writes another occasion's day and not the event's (`days`), and no one taking part is the subject
    of its encounter: "annoncé le 22 janvier à l'issue d'un entretien avec X", "referred to the talks held on January
    12 between X and Y"; not "Le 8 juin M. Marin avait eu des entretiens avec X", one more of a participant's
    encounters that the brief reports."""
    if days is None or not days.tell_another_occasion(sentence.start, sentence.end):
        return False
    verb = analysis.first_event(sentence.start, sentence.end)
    if verb is None or verb[2] not in _ENCOUNTERS:
        return True
    return not any(person.participant for _s, _e, _id, person in mentions.within(sentence.start, verb[0]))


def _lead_windows(analysis: Analysis) -> tuple[list[Segment], list[Segment]]:
    """(sentences that surely report the event, later event sentences that may continue it)."""
    doc, body = analysis.doc, analysis.story
    # a line of page furniture ("Lesen Sie auch: …", "Читайте также: …") tells another story
    chosen = [s for s in analysis.event_sentences if not is_boilerplate(s.text, doc.language)]
    first = next((s for s in body if s.words >= _MIN_OPENING_WORDS and not s.boilerplate), None)
    if compiled(doc.language).cues.background:  # an event gone by or to come ("lors de la visite, en 2023, de …")
        kept = [s for s in chosen if not _tells_another_occasion(analysis, s)]  # is not the one reported
        # when all do, they stand for the event unless the story opens on it ("Leaders began their summit …" then
        # "X is expected to be represented by Y")
        opens_on_event = first is not None and bool(analysis.events_in(first.start, first.end))
        chosen = kept or ([] if opens_on_event and first not in chosen else chosen)
    # "Reports earlier Thursday said that X held a call with Y": after the first, an occasion before the event
    chosen = chosen[:1] + [s for s in chosen[1:] if not _opens_earlier(analysis, s)]
    reporting = [s for s in chosen if s.words >= _MIN_OPENING_WORDS or _names_someone(analysis, s)] or chosen
    lead = reporting[:_LEAD_EVENTS]
    later = [s for s in chosen if s not in lead and s.start > lead[0].start] if lead else []
    if lead:  # "A la cumbre asisten los mandatarios de …": a gathering's own name opens a sentence of no encounter
        told = {s.start for s in (*lead, *later)}
        opening = [s for s in body if s.start > lead[0].start and s.start not in told]
        later = sorted(
            later + [s for s in opening if _opens_on_gathering(analysis, s) or _opens_on_talks(analysis, s)],
            key=lambda s: s.start,
        )
    for sentence in list(lead):
        before = _possessor_sentence(analysis, sentence, body)
        if before is not None and before not in lead:
            lead.insert(lead.index(sentence), before)
    if first and first not in lead and (
        analysis.events_in(first.start, first.end) or _tells_welcome(analysis, first) or _pair_agrees(analysis, first)
    ):
        lead.insert(0, first)  # "X has congratulated Y …" opens a brief whose call comes next
    if lead and not _names_someone(analysis, lead[0]):
        # "… состоялся телефонный разговор президентов A и B. X и Y обменялись …": an event told by its parties'
        # offices alone, the next sentence opening on two full names joined by "and", names the two
        after = next((s for s in body if s.start > lead[0].start), None)
        pair = _joined_pair(analysis, after) if after is not None and after not in lead else None
        if pair is not None and not analysis.doc.text[after.start : pair[0].start].strip():
            lead.insert(1, after)
    lead += _listed_after(analysis, lead)
    lead += _listing_sentences(analysis, lead)
    return lead, later


def _pair_agrees(analysis: Analysis, sentence: Segment) -> bool:
    """A verb of agreement or of a matter gone over together (`Language.agreement_verbs`) whose subject is two full
    names ("Le ministre …, X et l'ambassadeur …, Y, ont évoqué lundi la coopération"): the opening reports the two
    parties' encounter, though a later sentence names it by a noun ("Le tête-à-tête entre les deux délégations …")."""
    clause = analysis.doc.lower[sentence.start : sentence.end].replace("’", "'")  # offsets kept, as the keys spell it
    found = [at for phrase in compiled(analysis.language).cues.agreement if (at := _word_at(clause, phrase)) >= 0]
    if not found:
        return False
    starts = analysis.name_starts
    names = analysis.names[bisect_left(starts, sentence.start) : bisect_left(starts, sentence.start + min(found))]
    return sum(len(match.tokens) >= 2 for _s, match in names) >= 2


def _word_at(text: str, phrase: str) -> int:
    """Where `phrase` first stands in `text` as whole words, or -1."""
    at = text.find(phrase)
    while at >= 0:
        before, after = text[at - 1 : at], text[at + len(phrase) : at + len(phrase) + 1]
        if not before.isalnum() and not after.isalnum():
            return at
        at = text.find(phrase, at + 1)
    return -1


def _tells_another_occasion(analysis: Analysis, sentence: Segment) -> bool:
    """The sentence goes back to an earlier event or forward to one to come (`Language.background_cues`), other than
    in the career a relative clause tells of someone just named ("… des ambassadeurs du Pérou, X, 59 ans, qui a déjà
    servi à Y")."""
    background = compiled(analysis.language).cues.background
    return not _on_the_same_day(analysis, sentence) and any(
        not _career_clause(analysis, sentence, sentence.start + found.start())
        for found in background.finditer(sentence.text)
    )


def _on_the_same_day(analysis: Analysis, sentence: Segment) -> bool:
    """The sentence puts its encounter on the story's own day ("Un peu plus tôt dans la journée, X avait rencontré
    Y"): one more of the day's audiences, told in the earlier tense for the order they came in."""
    same_day = compiled(analysis.language).cues.same_day
    return bool(same_day and same_day.search(sentence.text))


def _career_clause(analysis: Analysis, sentence: Segment, at: int) -> bool:
    """`at` is in a relative clause that opens a few words after a full name ("X, 59 ans, qui a déjà …")."""
    before = analysis.doc.text[sentence.start : at]
    opening = max(before.rfind(f", {pronoun} ") for pronoun in analysis.language.relative_pronouns or ("",))
    if opening < 0 or "," in before[opening + 1 :]:
        return False
    clause = sentence.start + opening
    index = bisect_left(analysis.name_starts, clause)
    return any(
        len(match.tokens) >= 2 and clause - _CAREER_REACH <= match.end <= clause
        for _sentence, match in analysis.names[max(0, index - 2) : index]
    )


def _tells_welcome(analysis: Analysis, sentence: Segment) -> bool:
    """The sentence tells of an official welcome ("X encabeza la ceremonia de bienvenida al mandatario de Y"): the
    guest's arrival, which the brief reports even when a later sentence names the talks that followed."""
    welcome = compiled(analysis.language).cues.welcome
    return bool(welcome and welcome.search(analysis.doc.lower, sentence.start, sentence.end))


def _opens_earlier(analysis: Analysis, sentence: Segment) -> bool:
    """The sentence's first words put it before the event ("Earlier, …", "Reports earlier Thursday said …", "Plus
    tôt, …"), or a week or more back in a phrase up to its first comma ("A la fin de la semaine dernière,
    …"): it tells another occasion; not one on the story's own day ("Plus tôt dans la journée, X avait reçu Y"),
    one more of the day's audiences."""
    if _on_the_same_day(analysis, sentence):
        return False
    patterns = compiled(analysis.language)
    opener, long_ago, text = patterns.places.earlier_opener, patterns.people.long_ago, analysis.doc.text
    comma = text.find(",", sentence.start, sentence.end)
    opening_words = len(text[sentence.start : comma].split()) if comma > 0 else _OPENER_WORDS + 1
    if long_ago and opening_words <= _OPENER_WORDS and long_ago.search(text, sentence.start, comma):
        return True  # "A la fin de la semaine dernière, X a effectué …"
    return any(
        opener.match(text, sentence.start + word.start(), sentence.end)
        for word in list(_WORD_START.finditer(sentence.text))[:_EARLIER_WORDS]
    )


def _names_someone(analysis: Analysis, sentence: Segment) -> bool:
    """Whether a sentence names a person, a place or a role: a heading of a word or two that names no one
    ("Antrittsbesuch") reports no one's event and leaves its place among the lead sentences to one that does."""
    starts = analysis.name_starts
    index = bisect_left(starts, sentence.start)
    return (index < len(starts) and starts[index] < sentence.end) or bool(
        analysis.role_nouns.within(sentence.start, sentence.end)
    )


def _possessor_sentence(analysis: Analysis, sentence: Segment, body: list[Segment]) -> Segment | None:
    """The sentence before one whose event belongs to someone named earlier ("X est à Vienne. C'est sa
    première visite d'État"): it names the participant. Not when the sentence names him before the possessive
    ("… kommt der Außenminister X zu seinem Antrittsbesuch")."""
    event = analysis.first_event(sentence.start, sentence.end)
    possessive = compiled(analysis.language).people.possessive_event
    reach = max(sentence.start, event[0] - _POSSESSOR_REACH) if event else 0
    found = possessive.search(analysis.doc.lower, reach, event[0]) if event else None
    if found is None or analysis.role_nouns.within(sentence.start, found.start()):
        return None
    starts = analysis.name_starts
    if bisect_left(starts, sentence.start) < bisect_left(starts, found.start()):
        return None
    index = body.index(sentence)
    return body[index - 1] if index else None


def _listed_after(analysis: Analysis, sentences: list[Segment]) -> list[Segment]:
    """Bullet lines after an event sentence, or after the sentence next to it, that ends with a colon; and the lines
    a list runs on to when its items close with a semicolon, the line before ending with one ("…, President of
    Ghana;" then "H.E. X, President of Guinea; …") or a colon before a first item that closes so, or with a comma
    after such a first item, up to the one that closes with a full stop; and, after the colon, the lines that each
    open on a full name and its office ("X, ministre de …" one a line, with no mark between them) or on a country
    before a name (`_country_led_line`: "Malí: X Y"), a heading between two groups of such lines going on with the
    list (`_country_list_heading`)."""
    doc = analysis.doc
    listed: list[Segment] = []
    for sentence in sentences:
        following = [s for s in doc.sentences if s.start >= sentence.start][:2]
        colon = next((s for s in following if s.text.rstrip().endswith(":")), None)
        if colon is not None and is_boilerplate(colon.text, doc.language):  # "Read more:" lists other stories
            continue
        opener = colon or (sentence if sentence.text.rstrip().endswith(";") else None)
        if opener is None:
            continue
        previous = opener_text = opener.text.rstrip()
        after = [p for p in doc.paragraphs if p.start > opener.end]
        for index, paragraph in enumerate(after):
            item = paragraph.text.rstrip()
            if _country_list_heading(analysis, previous, item, after[index + 1 : index + 2]):
                previous = item  # "Los siguientes vicepresidentes representarán a sus países:" between two groups
                continue
            bullet = paragraph.text.startswith(BULLETS) or _GLUED_BULLET.match(paragraph.text)
            # items that close with a comma run on to one that closes with a full stop ("X – Panama,", "Y – Korea.")
            run_on = bool(listed) and previous.endswith(",") and item.endswith((",", "."))
            name_led = (previous.endswith(":") or previous is not opener_text) and (
                _name_led_line(analysis, paragraph) or _country_led_line(analysis, paragraph)
            )
            if not bullet and not run_on and not name_led and not (
                previous.endswith(";") or (previous.endswith(":") and item.endswith((";", ",")))
            ):
                break
            listed.append(Segment(paragraph.start, paragraph.end, paragraph.text, paragraph.paragraph))
            previous = item
    return listed


def _name_led_line(analysis: Analysis, line: Segment) -> bool:
    """The line opens on a full name set off by a comma from what follows ("X Y, ministre de …") and is short: an
    item of a list printed one person a line, not a paragraph of prose."""
    if len(line.text.split()) > _LIST_LINE_WORDS:
        return False
    starts, text = analysis.name_starts, analysis.doc.text
    index = bisect_left(starts, line.start)
    if index == len(starts) or starts[index] != line.start:
        return False
    match = analysis.names[index][1]
    return len(match.tokens) >= 2 and text.startswith(",", match.end) and match.end < line.end


def _country_line_role(analysis: Analysis, start: int) -> str | None:
    """The role of a name a country-led line lists (`_country_led_line`): the plural role noun of the heading above
    the list's lines, in the singular, with the line's country when the heading ends on the link that wants it
    ("embajador de Mali" under "En el lugar estaban los embajadores de:", "mandatario" under "Los mandatarios
    confirmados son:"); None for a name on no such line or under no such heading."""
    doc, language = analysis.doc, analysis.language
    patterns = compiled(language).names
    text = doc.text
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    line = Segment(line_start, line_end, text[line_start:line_end], 0)
    label = _COUNTRY_LABEL.match(line.text)
    if patterns.role_plural is None or label is None or not _country_led_line(analysis, line):
        return None
    end = line_start - 1
    while end > 0:
        heading_start = text.rfind("\n", 0, end) + 1
        heading = text[heading_start:end].rstrip()
        if heading.endswith(":"):
            break
        if heading and _COUNTRY_LABEL.match(heading) is None:
            return None
        end = heading_start - 1
    else:
        return None
    nouns = list(patterns.role_plural.finditer(doc.lower, heading_start, heading_start + len(heading)))
    if not nouns:
        return None
    role = patterns.singulars[nouns[-1].group(0)]
    words = heading[:-1].split()
    if words and fold(words[-1]) in {fold(w) for w in language.genitive_links}:
        role = f"{role} {words[-1]} {label.group(1)}"
    return role


def _country_list_heading(analysis: Analysis, previous: str, item: str, following: list[Segment]) -> bool:
    """A line closing with a colon between two country-led items (`_country_led_line`): the heading of the list's
    next group ("Los siguientes vicepresidentes representarán a sus países:"), not its end."""
    if not item.endswith(":") or previous.endswith(":") or not following:
        return False
    return _COUNTRY_LABEL.match(previous) is not None and _country_led_line(analysis, following[0])


def _country_led_line(analysis: Analysis, line: Segment) -> bool:
    """The line opens on a country set off by a colon or a comma and then names someone, and is short ("Malí:
    X Y", "Chile, X Y", "España, el Rey Z"): an item of a list printed one country a line, the country the one its
    person stands for."""
    if len(line.text.split()) > _LIST_LINE_WORDS:
        return False
    label = _COUNTRY_LABEL.match(line.text)
    if label is None or not any(p.kind == "country" for p in places(label.group(1), analysis.language.code)):
        return False
    starts = analysis.name_starts
    index, stop = bisect_left(starts, line.start + label.end()), bisect_left(starts, line.end)
    return any(
        len(match.tokens) >= _MIN_NAME_WORDS for _s, match in analysis.names[index:stop] if match.end <= line.end
    )


def _listing_sentences(analysis: Analysis, sentences: list[Segment]) -> list[Segment]:
    """The sentences right after an event sentence that list whom it counts ("Il s'agit de MM. X, …, et Y, …",
    "They are X, …"), maybe past one sentence that names no one and so can only say more of the same group ("Les
    nouveaux ambassadeurs ont présenté leurs lettres. Il s'agit de X, …"; a place or an outlet's name alone names
    no one), unless they tell of an event gone by or to come before the first name they list
    (`_tells_occasion_before_names`)."""
    patterns = compiled(analysis.language)
    opener, background = patterns.people.list_opener, patterns.cues.background
    if opener is None:
        return []
    continuer = patterns.people.list_continuer

    def lists(sentence: Segment) -> bool:
        """The sentence opens on a list opener, on an adverb of addition before items that semicolons part or before
        an article, with no verb of its own (`_verbless_items`), or on a group tied to the names after it
        (`_names_its_group`)."""
        return (
            bool(opener.match(sentence.text))
            or (continuer is not None and ";" in sentence.text and continuer.match(sentence.text) is not None)
            or _verbless_items(analysis, sentence)
            or _names_its_group(analysis, sentence)
        )

    body, taken, found = analysis.body, {s.start for s in sentences}, []
    for sentence in sentences:
        index = next((i for i, s in enumerate(body) if s.start == sentence.start), len(body)) + 1
        if (
            index + 1 < len(body)
            and not lists(body[index])
            and lists(body[index + 1])
            and not _full_name_in(analysis, body[index].start, body[index].end)
        ):
            index += 1
        while index < len(body) and lists(body[index]):
            listing = body[index]
            if _tells_occasion_before_names(analysis, listing, background) or listing.start in taken:
                break
            taken.add(listing.start)
            found.append(listing)
            index += 1
    return found


def _verbless_items(analysis: Analysis, sentence: Segment) -> bool:
    """The sentence opens on an adverb of addition and an article whose noun is the role of the first name, with no
    verb of its own ("También, el viceministro …, X, y el embajador …, Y.", "También el embajador …, Z, entre otros
    invitados."): an elliptical sentence that goes on with the list of the one before ("También el canciller X
    destacó que …", "Asimismo, el jerarca saludó … al Presidente Y" have their verb)."""
    patterns = compiled(analysis.language).people
    opening = patterns.list_continuer_item.match(sentence.text) if patterns.list_continuer_item else None
    if opening is None or analysis.events_in(sentence.start, sentence.end):
        return False
    if patterns.clause_verb is not None and patterns.clause_verb.search(sentence.text):
        return False
    index = bisect_left(analysis.name_starts, sentence.start)
    full = [m for _s, m in analysis.names[index:] if m.start < sentence.end and len(m.tokens) >= 2]
    if not full:  # a capitalised portfolio word alone is no full name ("… de Comercio")
        return False
    role = analysis.role_before(sentence.start, full[0].start)
    if role is None or role[0] != sentence.start + opening.end():
        return False
    return not any(_verb_after_item(analysis, match.end, sentence.end) for match in full)


def _verb_after_item(analysis: Analysis, end: int, sentence_end: int) -> bool:
    """A lower-case word right after a name and its comma that opens no next item of a list (a joiner, an article,
    a link of an affiliation, "entre otros"): the name is the subject of a verb ("…, Y, presentó el presupuesto")."""
    language = analysis.language
    following = _TOKEN_AT.search(analysis.doc.text, end, sentence_end)
    if following is None or not following.group(0)[0].islower():
        return False
    allowed = {
        fold(w)
        for w in (*language.list_joiners, *language.determiners, *language.genitive_links, *language.group_prepositions)
    }
    return fold(following.group(0)) not in allowed


def _group_roles(analysis: Analysis, people: list[Person]) -> None:
    """Whoever a sentence that ties a group to names lists with no role of their own (`_names_its_group`: "Les
    Chefs d'Etat présents sont X (A), Y (B)") holds the group's office: its plural noun in the singular, with the
    complement that names what it heads ("Chef d'Etat", "Head of Mission")."""
    patterns = compiled(analysis.language)
    group, complements = patterns.people.group_listing, patterns.people.group_complement
    plural = patterns.names.role_plural
    if group is None or plural is None:
        return
    text, lower = analysis.doc.text, analysis.doc.lower
    for sentence in (s for s in analysis.body if _names_its_group(analysis, s)):
        verb = group.match(sentence.text)
        nouns = list(plural.finditer(lower, sentence.start, sentence.start + verb.end())) if verb else []
        if verb is None or not nouns:
            continue
        noun = nouns[0]
        singular = patterns.names.singulars[noun.group(0)]
        complement = complements.match(text, noun.end()) if complements else None
        role = (singular[0].upper() + singular[1:] if text[noun.start()].isupper() else singular) + (
            complement.group(0) if complement else ""
        )
        for person in people:
            if (
                person.participant
                and person.role is None
                and person.listed_role is None
                and sentence.start + verb.end() <= person.first < sentence.end
            ):
                person.listed_role = role


def _pair_role(analysis: Analysis, people: list[Person]) -> None:
    """The two named parties, one or both with no role, hold the office the text gives a pair in the plural: of
    two countries joined by "and" ("the foreign ministers of A and B", "les présidents français et russe",
    "Президенты России и Украины"), each the country in the same place as their name, or of "both", "the two"
    ("die beiden Außenminister", "Президенты двух государств"), the office alone."""
    named = sorted((p for p in people if p.participant and p.name), key=lambda p: p.first)
    if len(named) != 2 or all(p.role or p.listed_role for p in named):
        return
    roles = _pair_office(analysis)
    if roles is None:
        return
    language = analysis.language
    for index, person in enumerate(named):
        theirs = nationality_country(person.role.text, language) if person.role else None
        if theirs and theirs == nationality_country(roles[1 - index], language):
            roles = roles[::-1]  # the country of the one named with a role is theirs, the other the roleless one's
    for person, role in zip(named, roles, strict=True):
        if person.role is None and person.listed_role is None:
            person.listed_role = role


def _pair_office(analysis: Analysis) -> tuple[str, str] | None:
    """The first office in the plural the text gives a pair (`_pair_role`), in the singular, as each of the two
    holds it; None when the text gives none."""
    patterns, text, language = compiled(analysis.language), analysis.doc.text, analysis.language
    if patterns.names.role_plural is None:
        return None
    pair = patterns.people.pair_before
    joiners = {fold(w) for w in language.list_joiners}
    pairs = {fold(w) for w in language.pair_words}
    plurals = [(m, patterns.names.singulars[m.group(0)]) for m in patterns.names.role_plural.finditer(text.lower())]
    alike = [  # a plural written as its singular after "both" ("die beiden Außenminister")
        (m, m.group(0))
        for m in analysis.role_nouns.within(0, len(text))
        if pair and pair.search(text, max(0, m.start() - _PAIR_REACH), m.start())
    ]
    for noun, one in sorted(plurals + alike, key=lambda found: found[0].start()):
        start, _end = role_extent(text, noun.start(), noun.end(), language, noun.end())
        both = pair.search(text, max(0, noun.start() - _PAIR_REACH), noun.start()) if pair else None
        if both:  # the office without "both" ("die beiden Außenminister"), with what qualifies it ("both foreign …")
            start = max(start, both.start() + len(both.group(0).split()[0]))
        office = f"{text[start : noun.start()]}{one[0].upper() if text[noun.start()].isupper() else one[0]}{one[1:]}"
        after = re.match(r"[^.,;:!?()«»\"\n]*", text[noun.end() : noun.end() + _PAIR_REACH * 3]).group(0).split()
        if both or any(fold(w) in pairs for w in after[:3]):
            return office.strip(), office.strip()  # "die beiden Außenminister", "Президенты двух государств"
        cut = next((i for i, word in enumerate(after) if fold(word) in joiners), None)
        if cut is None or cut == 0:
            continue
        left, right = after[:cut], after[cut + 1 : cut + 1 + _PAIR_ITEM_WORDS]
        item = next((i for i in reversed(range(len(left))) if nationality_country(" ".join(left[i:]), language)), None)
        length = next((k for k in range(1, len(right) + 1) if nationality_country(" ".join(right[:k]), language)), 0)
        if item is None or not length:
            continue
        first, second = " ".join(left[item:]), " ".join(right[:length])
        if nationality_country(first, language) == nationality_country(second, language):
            continue
        shared = " ".join([office, *left[:item]])
        return f"{shared} {first}", f"{shared} {second}"
    return None


def _tells_occasion_before_names(analysis: Analysis, sentence: Segment, background: re.Pattern[str] | None) -> bool:
    """A cue of an event gone by or to come stands in the sentence before the first name it lists ("They had met
    in 2019: X, …"); not one in an item's title ("… were former Governor, X; …"), where it tells the office."""
    if background is None:
        return False
    starts = analysis.name_starts
    index = bisect_left(starts, sentence.start)
    first = starts[index] if index < len(starts) and starts[index] < sentence.end else sentence.end
    return background.search(analysis.doc.text, sentence.start, first) is not None


def _names_its_group(analysis: Analysis, sentence: Segment) -> bool:
    """The sentence opens on a group of people and ties it by a plural verb to the names right after ("Les chefs
    d'État présents sont X (A), Y (B)", "The nine envoys who called on him were Their Excellencies X, …"): the
    group holds a role noun, and a name follows the verb within a title or two."""
    group = compiled(analysis.language).people.group_listing
    found = group.match(sentence.text) if group is not None else None
    if found is None:
        return False
    names = compiled(analysis.language).names
    opening = [fold(w) for w in _TOKEN_AT.findall(found.group(0))]
    if not analysis.role_nouns.within(sentence.start, sentence.start + found.end()) and not any(
        is_role_plural(word, names.role_words, names.plural_endings) for word in opening
    ):
        return False
    verb_end = sentence.start + found.end()
    return _named_in(analysis, verb_end, min(sentence.end, verb_end + _GROUP_NAME_REACH))


def _mark_participants(
    analysis: Analysis,
    mentions: Mentions,
    windows: list[Segment],
    took_place: bool = False,
    stated: bool = False,
    days: WrittenDays | None = None,
) -> None:
    """Whoever a window names takes part, unless named after a mention cue ("au nom de X") or by a former
    office in a clause of its own ("… le agradeció el apoyo que brindó la expresidenta X"); after an event that
    `took_place`, not as a party to one still to come ("подготовка грядущей встречи X и Y"), nor, in a statement
    (`stated`), as a party to an encounter it names as to come ("X said Y hopes to hold talks with Z"); nor as one of
    a pair of others told as background (`_pair_of_others`), nor as the principal an envoy serves
    (`_principal_of_envoy`)."""
    for window in windows:
        for start, end, _id, person in mentions.within(window.start, window.end):
            if person.participant or (
                _after_mention_cue(analysis, mentions, window, start) and not _meets_by_infinitive(analysis, end)
            ):
                continue
            if _comments_on_the_event(analysis, mentions, window, end):
                continue
            if _credited_later(analysis, mentions, window, start, stated):
                continue
            if _dies(analysis, window, start, end) or _names_the_airport(analysis, start, end):
                continue
            if _long_ago(analysis, end) or _relative_of_another_month(analysis, end):
                continue
            if _party_at_an_earlier_time(analysis, window, start, end, days):
                continue
            if _office_gone_by(analysis, window, start):
                continue
            if _stays_away(analysis, end) or _named_after_absence(analysis, window, start):
                continue
            if _addressee_of_carried_message(analysis, mentions, window, start, person):
                continue
            if _pair_of_others(analysis, mentions, window, start) or _principal_of_envoy(analysis, window, start, end):
                continue
            if _pair_of_continued_occasion(analysis, mentions, window, start):
                continue
            if (took_place or stated) and _of_event_to_come(analysis, window, start):
                continue
            if took_place and (
                _meets_later(analysis, window, start, end)
                or _subject_of_encounter_to_come(analysis, window, start, end)
                or _met_on_arrival_to_come(analysis, window, start)
                or _company_in_clause_to_come(analysis, window, start, end)
            ):
                continue
            if _met_before(analysis, window, start):
                continue
            if _in_earlier_opening(analysis, window, start):
                continue
            if _told_in_earlier_tense(analysis, window, start):
                continue
            if _occasion_of(analysis, window, start) or _leads_institution(analysis, window, start):
                continue
            if _holder_in_thing_clause(analysis, mentions, window, start):
                continue
            if not _former_in_own_clause(analysis, window, start) and not _thing_of(analysis, window, start):
                person.participant = True


def _party_at_an_earlier_time(
    analysis: Analysis, window: Segment, start: int, end: int, days: WrittenDays | None
) -> bool:
    """The name at `start`..`end` is a party to an occasion that a month or a year gone by dates, in a window after
    the first event sentence that tells nothing that may be the event's day (`WrittenDays.earlier_time`): the time
    follows the name within a few words, no event word nor a word of "since" between ("la visita del presidente X,
    en noviembre de 2022", "visits by X in November 2022"; not "Y, host of the previous summit held in 2009", nor
    "X's visit is the first since the ties were restored in 2021"), or opens the window before its first event word
    ("En mai 2016, le Président a pris part, à l'invitation de X, au Forum")."""
    times = days.earlier_times(window.start, window.end) if days is not None else ()
    events = analysis.event_sentences
    if not times or (events and events[0].start <= start < events[0].end):
        return False
    verb = analysis.first_event(window.start, window.end)
    if times[0] < start and (verb is None or times[0] < verb[0]):
        return True
    at = next((at for at in times if at >= end), None)
    if at is None:
        return False
    between = analysis.doc.text[end:at]
    since = {fold(word) for word in analysis.language.since_words}
    return (
        len(between.split()) <= _EVENT_TIME_WORDS
        and not analysis.events_in(end, at)
        and since.isdisjoint(fold(between).split())
    )


def _addressee_of_carried_message(
    analysis: Analysis, mentions: Mentions, window: Segment, start: int, person: Person
) -> bool:
    """The name at `start` is whom a message a visitor carries is for, and someone else, named before the event's
    verb, received it ("Le Premier ministre, X, a reçu … Y, porteur d'un message du président Z, au président de la
    République, W"): W was not there. The host named as the addressee ("… à son frère le président X") is X. An
    addressee word inside a role is the envoy's posting, not whom anything is for ("les lettres de créance de
    l'ambassadeur du Ghana au Togo, W", "of the Ambassador of Ghana to Cameroon, W"): W presented them."""
    text, lower, language = analysis.doc.text, analysis.doc.lower, analysis.language
    document = compiled(language).cues.statement_document
    events = analysis.events_in(window.start, start)
    if document is None or not events or events[0][2] not in _HANDING_OVER or not language.addressee_words:
        return False  # a message sent ("a déclaré X dans un message adressé au président Y"): Y takes part
    found = list(document.finditer(lower, events[0][1], start))
    if not found or _CLAUSE_END.search(text, found[-1].end(), start) or analysis.events_in(found[-1].end(), start):
        return False
    addressees = {fold(w) for w in language.addressee_words}
    roles = [p.role for _s, _e, _id, p in mentions.within(found[-1].end(), start + 1) if p.role is not None]
    words = ((w.start(), fold(w.group(0))) for w in _WORD.finditer(text, found[-1].end(), start))
    if not any(word in addressees and not any(r.start <= at < r.end for r in roles) for at, word in words):
        return False
    return any(
        other is not person and other.name for _s, _e, _id, other in mentions.within(window.start, events[0][0])
    )


def _principal_of_envoy(analysis: Analysis, window: Segment, start: int, end: int) -> bool:
    """The name at `start` follows an envoy's noun, its genitive link and a title of a word or two, no comma between
    ("l'émissaire du Président X", "en sa qualité de représentant du Président Y"), or the mention is that noun
    with the link after it, read as the principal's own ("… envoyé spécial du président de la Gambie, … un message de
    X, président de la Gambie"): whom the envoy serves, who sent them and was not there (`Language.envoy_nouns`)."""
    envoy = compiled(analysis.language).people.envoy_before
    if envoy is None:
        return False
    text = analysis.doc.text
    if envoy.search(text, max(window.start, start - _GENITIVE_REACH), start) is not None:
        return True
    link = _TOKEN_AT.search(text, end, window.end)
    return (
        fold(text[start:end].strip()) in {fold(noun) for noun in analysis.language.envoy_nouns}
        and link is not None
        and not text[end : link.start()].strip()
        and fold(link.group(0)) in {fold(word) for word in analysis.language.genitive_links}
    )


def _pair_of_others(analysis: Analysis, mentions: Mentions, window: Segment, start: int) -> bool:
    """The name at `start` is of a pair that a word of between opens inside its sentence, the pair's joiner between
    its two and none before the first, no event and no clause's end from the word to the name ("… set in a telephone
    conversation between Russian President X and US President Y", "luego de los choques entre los presidentes X y
    Y"; not "entre los gobiernos de A y B, por parte de X y Y", nor "entre otros, X y Y"), a pair of whom no one
    takes part, while someone else named outside its sentence does already: an encounter or a relation of others,
    told as background. Not when that one is named only in the sentence ("Spokesman X described the call between
    Minister Y and Minister Z", after a lead of offices alone)."""
    language, text = analysis.language, analysis.doc.text
    between = {fold(word) for word in language.between_words}
    opening = None
    for word in _TOKEN_AT.finditer(text, window.start, start):
        if fold(word.group(0)) in between:
            opening = word
    if opening is None or not text[window.start : opening.start()].strip():
        return False
    if _PAIR_BREAK.search(text, opening.end(), start) or analysis.events_in(opening.end(), start):
        return False
    if len(text[opening.end() : start].split()) > _BETWEEN_REACH or _ONE_WORD_CLOSED.match(text, opening.end()):
        return False
    stop = next((event_start for event_start, _end, _kind in analysis.events_in(opening.end(), window.end)), window.end)
    clause_end = _PAIR_BREAK.search(text, opening.end(), stop)
    end = clause_end.start() if clause_end else stop
    firsts: dict[int, tuple[int, int, Person]] = {}
    for mention_start, mention_end, key, person in mentions.within(opening.end(), end):
        if person.name and key not in firsts:
            firsts[key] = (mention_start, mention_end, person)
    pair = list(firsts.values())
    if len(pair) != _PAIR or any(person.participant for _s, _e, person in pair):
        return False
    joiners = {fold(word) for word in language.list_joiners}
    if {fold(w) for w in text[opening.end() : pair[0][0]].split()} & joiners:
        return False
    if not {fold(w) for w in text[pair[0][1] : pair[1][0]].split()} & joiners:
        return False
    return any(
        p.participant and p.name and key not in firsts and not window.start <= mention_start < window.end
        for mention_start, _e, key, p in mentions.entries
    )


def _pair_of_continued_occasion(analysis: Analysis, mentions: Mentions, window: Segment, start: int) -> bool:
    """The name at `start` is one of the first two named after the noun of an occasion that a sequel phrase sets before
    the event (`Language.sequel_phrases`: "Als Fortsetzung des Gesprächs des Präsidenten X und der Kanzlerin Y",
    "пониманий, достигнутых в ходе переговоров президента X с Y"), the first titled by an office after the noun, a word
    of counterparts between the two and no event from the noun to the name: the pair of that earlier occasion, when
    neither takes part and someone named outside the sentence does already; not "Im Anschluss an die Begrüßung folgte
    ein Empfang von X und Y"."""
    sequel, text = compiled(analysis.language).cues.sequel, analysis.doc.text
    if sequel is None:
        return False
    opening = None
    for found in sequel.finditer(text, window.start, start):
        opening = found
    if opening is None:
        return False
    nouns = [hit for hit in analysis.events_in(opening.end(), start) if hit[2] in CORE_EVENTS]
    if not nouns or nouns[0][0] - opening.end() > _SEQUEL_REACH:
        return False
    noun_end = nouns[0][1]
    if analysis.events_in(noun_end, start):
        return False
    firsts: dict[int, tuple[int, int, Person]] = {}
    for mention_start, mention_end, key, person in mentions.within(noun_end, window.end):
        if person.name and key not in firsts:
            firsts[key] = (mention_start, mention_end, person)
    pair = list(firsts.values())[:_PAIR]
    if len(pair) != _PAIR or start not in (pair[0][0], pair[1][0]) or any(p.participant for _s, _e, p in pair):
        return False
    if not analysis.language.counterpart_words or analysis.events_in(pair[0][1], pair[1][0]):
        return False
    if not analysis.role_nouns.within(noun_end, pair[0][0]):
        return False  # the first is titled in the noun's phrase ("des Präsidenten X"), no subject of a clause after
    joined = re.search(
        rf"(?<!\w)(?:{'|'.join(re.escape(w) for w in analysis.language.counterpart_words)})(?!\w)",
        text[pair[0][1] : pair[1][0]],
        re.I,
    )
    if joined is None:
        return False
    return any(
        p.participant and p.name and key not in firsts and not window.start <= mention_start < window.end
        for mention_start, _e, key, p in mentions.entries
    )


def _holder_in_thing_clause(analysis: Analysis, mentions: Mentions, window: Segment, start: int) -> bool:
    """The name at `start` stands in a relative clause set off by a comma after the noun of a thing that frames the
    event, a margin cue before it, no event and no one ("im Rahmen der Bundesratspräsidentschaft, die
    Ministerpräsident X derzeit innehat"), and no event word is in the clause: what X holds or does is said of that
    frame, not X taking part."""
    text, relatives = analysis.doc.text, analysis.language.thing_relatives
    if not relatives:
        return False
    opening = _THING_CLAUSE.search(text, window.start, start)
    while opening is not None and fold(opening.group(1)) not in relatives:
        opening = _THING_CLAUSE.search(text, opening.end(), start)
    if opening is None or _CLAUSE_BREAK.search(text, opening.end(), start):
        return False
    closing = _CLAUSE_BREAK.search(text, start, window.end)
    clause_end = closing.start() if closing else window.end
    antecedent = _LAST_WORD_BEFORE.search(text, window.start, opening.start())
    if antecedent is None or analysis.events_in(opening.start(), clause_end):
        return False
    noun = (antecedent.start(), antecedent.end())
    named = any(s <= noun[0] and e >= noun[1] for s, e, _id, _p in mentions.within(noun[0] - _NAME_REACH, noun[1]))
    if named or analysis.events_in(*noun):
        return False  # a person's clause ("X, der …"), or a gathering's ("der Gipfel, den X leitete")
    if any(n.start() < noun[1] and noun[0] < n.end() for n in analysis.role_nouns.within(*noun)):
        return False
    # the thing frames the event, a margin cue before it ("im Rahmen der …"): not a party to it, as a delegation the
    # event receives is ("empfing eine Delegation, die Minister X anführte")
    cue = compiled(analysis.language).places.margin_cue
    margin = cue.search(analysis.doc.lower, max(window.start, noun[0] - _NAME_REACH), noun[0])
    return margin is not None and not _CLAUSE_BREAK.search(text, margin.end(), noun[0])


def _of_event_to_come(analysis: Analysis, window: Segment, start: int) -> bool:
    """The name at `start` completes, in its clause, an event noun that an adjective puts to come ("подготовка
    грядущей встречи российского лидера X и Y", "la próxima visita del presidente X"): a party to that one."""
    upcoming, text = compiled(analysis.language).cues.upcoming, analysis.doc.text
    if upcoming is None or _visit_reported(analysis):
        return False  # the talks to come of a visit reported are its own: "… станут предстоящие переговоры с X"
    last = _event_completed(analysis, window, start)
    return last is not None and upcoming.search(text, max(window.start, last[0] - _TO_COME_REACH), last[0]) is not None


def _event_completed(analysis: Analysis, window: Segment, start: int) -> EventHit | None:
    """The event noun that the name at `start` completes in its clause ("the talks between X", "la visita de X"), with
    no clause break between them but the comma of an apposition."""
    text = analysis.doc.text
    hits = analysis.events_in(max(window.start, start - _TO_COME_REACH), start)
    last = next((h for h in reversed(hits) if h[1] <= start and h[2] in CORE_EVENTS), None)
    if last is None or _CLAUSE_BREAK.search(text, last[1], _apposition_start(text, last[1], start)):
        return None
    return last


def _apposition_start(text: str, floor: int, start: int) -> int:
    """Where the comma stands that sets off the name at `start` as an apposition to the words before it ("avec le
    président de la Commission, X"), or `start` when none does."""
    before = text[floor:start].rstrip()
    return floor + len(before) - 1 if before.endswith(",") else start


def _visit_reported(analysis: Analysis) -> bool:
    """The story's first event sentence reports a visit first."""
    sentences = analysis.event_sentences
    first = analysis.first_event(sentences[0].start, sentences[0].end) if sentences else None
    return first is not None and first[2] == "visit"


def _meets_later(analysis: Analysis, window: Segment, start: int, end: int) -> bool:
    """The encounter nearest the name between `start` and `end`, in its sentence, is told in the future after a
    meeting or a call ("Nach der Unterredung mit X soll Lawrow mit Y zusammentreffen", "Tras la reunión, se reunirá
    con Y"), or the name's clause, after the sentence's first, names no encounter but tells one to come ("…l'année.Les
    chefs de la diplomatie, X et Y, doivent s'entretenir lundi", glued to the sentence that reports the call): Y is a
    party to one still to come. Not by the tense of a relative clause about the name ("a reçu … X, qui effectue une
    visite de travail"): it tells of X, met in the encounter before."""
    text = analysis.doc.text
    before = [m.end() for m in _CLAUSE_END.finditer(text, window.start, start) if not _in_initialism(text, m.start())]
    clause_start = before[-1] if before else window.start
    after = _CLAUSE_END.search(text, start, window.end)
    clause_end = after.start() if after else window.end
    hits = [h for h in analysis.events_in(clause_start, clause_end) if h[2] in _ENCOUNTERS]
    future = compiled(analysis.language).dates.future
    if not hits:  # a later clause of its own, with no encounter but one to come: "….Les ministres X et Y doivent …"
        return clause_start > window.start and future.search(text, clause_start, clause_end) is not None
    nearest = min(hits, key=lambda h: h[0] - start if h[0] >= start else start - h[1])
    # the talks of the visit reported are its own ("прибыл в X, где проведет переговоры с Y"); where the brief
    # reports a meeting, the visit is its setting, and a meeting the visit has to come is another ("… is on a
    # four-day visit during which she will also meet Y")
    visit_reported = _visit_reported(analysis)
    before = [h for h in hits if h[1] <= nearest[0] and (h[2] != "visit" or not visit_reported)]
    if not before:
        return False
    floor = max(clause_start, before[-1][1])
    ceiling = start if nearest[0] >= end and _relative_clause_follows(analysis, end, clause_end) else nearest[1]
    return future.search(text, floor, ceiling) is not None


def _in_initialism(text: str, at: int) -> bool:
    """The bracket at `at` encloses a title's initials after it ("External Affairs Minister (EAM) X"): no clause's
    end."""
    if text[at] == "(":
        return _BRACKETED_INITIALS.match(text, at) is not None
    if text[at] == ")":
        opening = text.rfind("(", max(0, at - _INITIALS_REACH), at)
        return opening >= 0 and _BRACKETED_INITIALS.match(text, opening) is not None
    return False


def _relative_clause_follows(analysis: Analysis, end: int, limit: int) -> bool:
    """A comma and a relative pronoun follow the name that ends at `end`, or the role in apposition after it, before
    `limit` ("…, X, qui effectue une visite …", "a reçu … X, Président de la République du Bénin, qui effectue …")."""
    text = analysis.doc.text
    role = role_after(text, end, limit, analysis.language)
    if role is not None:
        end = role[1]
    if text[end : end + 1] != ",":
        return False
    following = _NEXT_WORD.match(text, end + 1)
    return following is not None and fold(following.group(1)) in analysis.language.relative_pronouns


def _subject_of_encounter_to_come(analysis: Analysis, window: Segment, start: int, end: int) -> bool:
    """After the sentence's own event, the name between `start` and `end` is the subject of a verb put to come before
    the next encounter ("L'échange a eu lieu alors que le Premier ministre X doit se rendre lundi en France pour
    rencontrer son homologue Y"): a party to that one."""
    hits = analysis.events_in(window.start, window.end)
    after = next((h for h in hits if h[0] >= end and h[2] in _ENCOUNTERS), None)
    if after is None or not any(h[1] <= start for h in hits) or analysis.events_in(end, after[0]):
        return False
    if _CLAUSE_BREAK.search(analysis.doc.text, end, after[0]):
        return False
    return compiled(analysis.language).dates.future.search(analysis.doc.text, end, after[1]) is not None


def _company_in_clause_to_come(analysis: Analysis, window: Segment, start: int, end: int) -> bool:
    """In a sentence after the one that reports the event, the name between `start` and `end` is told in a clause
    put to come: a future marker stands between the sentence's last event word before the name and the name ("…
    empezó una gira por Bruselas, donde tiene previsto participar en el Consejo, junto a la jefa de la diplomacia
    europea, X"), or, after an event word, the name opens the subject of a future verb, no event word nor relative
    pronoun between ("Este encuentro se da …, ocasión para la cual el presidente X y los ministros de Defensa
    llegarán hasta …"): X is of the occasion to come, not of the event reported."""
    sentences = analysis.event_sentences
    if not sentences or sentences[0].start <= window.start < sentences[0].end:
        return False  # the sentence that reports the event: its parties are the event's
    text, future = analysis.doc.text, compiled(analysis.language).dates.future
    hits = [h for h in analysis.events_in(window.start, start) if h[1] <= start]
    floor = hits[-1][1] if hits else window.start
    ahead = future.search(text, floor, start)
    clause = _CLAUSE_END.search(text, end, window.end)
    if analysis.events_in(end, clause.start() if clause else window.end):
        return False  # an encounter after the name is the one it is party to ("wird Marin mit X zusammentreffen")
    if ahead is not None and not _CLAUSE_END.search(text, ahead.end(), start):
        # unless a verb in a past tense comes back to the event reported ("…, que se prolongará …, participó X")
        past = analysis.language.past_endings
        words = (w.strip(",;") for w in text[ahead.end() : start].lower().split())
        return not any(w.endswith(past) and len(w) > _PAST_STEM + 1 for w in words)
    if not hits:
        return False  # no event told before the name: whom the sentence opens on may be the event's party
    after = future.search(text, end, clause.start() if clause else window.end)
    if after is None:
        return False
    comma = text.rfind(",", window.start, start)
    if analysis.events_in(max(comma, window.start), start):
        return False  # the name is what an event word before it acts on ("se reunió con X y ambos viajarán …")
    between = text[end : after.start()].split()
    relatives = {fold(w) for w in analysis.language.relative_pronouns}
    return len(between) <= _SUBJECT_LIST_WORDS and not any(fold(w.strip(",")) in relatives for w in between)


def _met_on_arrival_to_come(analysis: Analysis, window: Segment, start: int) -> bool:
    """The name at `start` follows, in its sentence, an arrival told with the encounter it is for ("aterrizó en
    Madrid para reunirse con el rey X, el presidente Y"), with no other event between, in a story that reports the
    trip: a party to that encounter, still to come, not yet met. Where the story reports a meeting, the arrival is
    only its setting ("Llegaron a Los Pinos para reunirse con el presidente X. El encuentro durará una hora")."""
    purpose, text = compiled(analysis.language).people.arrival_purpose, analysis.doc.text
    if purpose is None or not _visit_reported(analysis):
        return False
    stop = _CLAUSE_END.search(text, window.start, start)
    while stop is not None and _CLAUSE_END.search(text, stop.end(), start):
        stop = _CLAUSE_END.search(text, stop.end(), start)
    found = purpose.search(text, stop.end() if stop else window.start, start)
    if found is None or _CLAUSE_END.search(text, found.end(), start):
        return False
    return not [h for h in analysis.events_in(found.end(), start) if h[0] >= found.end()]


def _met_before(analysis: Analysis, window: Segment, start: int) -> bool:
    """The name at `start` follows, in its sentence, a clause about an earlier event ("… un día después de que la
    canciller se reunió con X", "…, luego de que la ministra X calificara al Gobierno …", "El encuentro tuvo lugar días
    después de que el embajador X presentara sus cartas credenciales"): a party to that one, or its topic, when the
    sentence told its own event first; not one named in a later sentence of the window."""
    cue = compiled(analysis.language).people.earlier_clause
    first = analysis.first_event(window.start, window.end)
    if cue is None or first is None or first[0] >= start:
        return False
    found = cue.search(analysis.doc.text, first[1], start)
    if found is None:
        return False
    if any(h[2] in _ENCOUNTERS for h in analysis.events_in(found.end(), start)):
        return True  # an encounter in that clause: its party
    return not _SENTENCE_END.search(analysis.doc.text, found.end(), start)


def _told_in_earlier_tense(analysis: Analysis, window: Segment, start: int) -> bool:
    """The name at `start` is in a relative clause told in a tense before the story's, after its verb ("qui avait
    présenté la veille un plan à X", "rencontre au cours de laquelle il avait animé un débat avec X"), no clause break
    between but an apposition's comma: a party to that earlier occasion, not to the event reported. (A main clause
    in that tense may tell the event itself: "La diplomate avait été convoquée par le ministre".)"""
    earlier, text = compiled(analysis.language).people.earlier_tense, analysis.doc.text
    if earlier is None:
        return False
    found = list(earlier.finditer(text, window.start, start))
    last = found[-1] if found else None
    if last is None or not _relative_clause(analysis, window, last.start()):
        return False
    limit = _honorifics_start(analysis, last.end(), start)  # "… à M. X": the honorific's dot breaks no clause
    return not _CLAUSE_BREAK.search(text, last.end(), _apposition_start(text, last.end(), limit))


def _relative_clause(analysis: Analysis, window: Segment, at: int) -> bool:
    """The verb at `at` is in a relative clause, its pronoun between it and the last clause break ("…, qui avait",
    "rencontre au cours de laquelle X avait")."""
    text, language = analysis.doc.text, analysis.language
    breaks = list(_CLAUSE_BREAK.finditer(text, window.start, at))
    opening = breaks[-1].end() if breaks else window.start
    relatives = {
        fold(word) for word in (*language.relative_pronouns, *language.thing_relatives, *language.place_relatives)
    }
    return not relatives.isdisjoint(fold(text[opening:at]).split())


def _honorifics_start(analysis: Analysis, floor: int, start: int) -> int:
    """Where the honorifics right before the name at `start` begin ("M. ", "S.E. Mme "), not before `floor`;
    `start` when none stands there."""
    honorifics = compiled(analysis.language).names.honorific_words
    text = analysis.doc.text
    while True:
        found = _WORD_BEFORE.search(text, floor, start) or _DOTTED_WORD_BEFORE.search(text, floor, start)
        if found is None or fold(found.group(0).split()[0]).rstrip(".") not in honorifics:
            return start
        start = found.start()


def _in_earlier_opening(analysis: Analysis, window: Segment, start: int) -> bool:
    """The sentence opens on a clause about an earlier encounter, a few words before its cue ("Quatre jours après
    l'appel entre les présidents X et Y, …", "Au lendemain de sa rencontre avec X, …"), and the name at `start` is in
    it, before its first clause break: a party to that one."""
    cue, text = compiled(analysis.language).people.earlier_clause, analysis.doc.text
    found = cue.search(text, window.start, start) if cue else None
    if found is None or len(text[window.start : found.start()].split()) > _OPENING_WORDS:
        return False
    if _CLAUSE_BREAK.search(text, window.start, start):
        return False
    return any(h[2] in _ENCOUNTERS for h in analysis.events_in(found.end(), start))


def _comments_on_the_event(analysis: Analysis, mentions: Mentions, window: Segment, end: int) -> bool:
    """The name ending at `end` is of someone who says what they think of the event ("The opposition leader, Tom X,
    said the meeting was a missed opportunity", "Foreign Secretary Y told the Post that A and B held talks"): a verb of
    speech follows the name and comes before the event's word, after the lead's sentences have already named two who
    take part."""
    event = analysis.first_event(window.start, window.end)
    speech = compiled(analysis.language).cues.speech.search(analysis.doc.lower, end, event[0]) if event else None
    if speech is None or analysis.doc.text[end : speech.start()].count(",") > 1:
        return False
    opening = analysis.lead[0] if analysis.lead else None
    if opening is None or opening.start == window.start:
        return False
    named = {id(p) for _s, _e, _id, p in mentions.within(opening.start, window.start) if p.participant and p.name}
    return len(named) >= 2


def _credited_later(analysis: Analysis, mentions: Mentions, window: Segment, start: int, stated: bool = False) -> bool:
    """The name at `start` is whom a sentence that opens on a source's cue credits with what it tells ("Selon le chef
    de la police, Omar X, deux gardes ont été tués", "According to police chief Omar X, …"), once someone already
    takes part, or, in a brief that is no statement (`stated`), once the brief names someone else who may, the cue
    governing the name with no comma between and an encounter told after it: a source ("According to State House
    Spokesperson X, this follows talks between the two leaders"; not "In a statement, X said …", X its subject)."""
    before = compiled(analysis.language).source.before
    text = analysis.doc.text
    found = before.match(text, window.start + len(window.text) - len(window.text.lstrip()), window.end)
    if found is None or not (
        found.start("src") <= start < found.end("src") or _APPOSITION_GAP.fullmatch(text, found.end("src"), start)
    ):
        return False
    if any(p.participant and p.name for _s, _e, _id, p in mentions.entries):
        return True
    if stated or "," in text[found.start() : start]:  # "In a statement, X said …": X speaks, the subject
        return False
    if not any(kind in _ENCOUNTERS for _s, _e, kind in analysis.events_in(start, window.end)):
        return False  # "Das sagte Regierungssprecher X": what X says is no encounter of others
    credited = {id(p) for s, _e, _id, p in mentions.entries if s == start}
    return any(p.name and id(p) not in credited for _s, _e, _id, p in mentions.entries)


def _stays_away(analysis: Analysis, end: int) -> bool:
    """The name ending at `end` is the subject of a verb that says it takes no part, right after it, after the comma
    that closes its apposition ("Le ministre …, M. X, ne sera pas de ce voyage", "X did not attend the talks"), or
    after the complement and seat of the office noun that stands for it ("El embajador de Norlandia en Valdoria no fue
    invitado"): named beside the event, not in it."""
    absence, text = compiled(analysis.language).people.absence, analysis.doc.text
    if absence is None:
        return False
    complement = _office_complement(analysis.language)
    office = complement.match(text, end) if complement is not None else None
    if office is not None:
        seat = _office_seat(analysis.language)
        held = seat.match(text, office.end()) if seat is not None else None
        end = (held or office).end()
    gap = _APPOSITION_GAP.match(text, end)
    return bool(absence.match(text[gap.end() if gap else end :].lstrip()[:_ABSENCE_REACH]))


def _named_after_absence(analysis: Analysis, window: Segment, start: int) -> bool:
    """The name at `start` is whom a phrase of absence before it in its sentence is said of ("No participarán los
    presidentes X (Colombia), Y (Chile)", "Tampoco asistió el presidente de Valdoria, X, ni su colega, Y", "los que
    no asistirán son X", "ante la ausencia del presidente X"): the phrase is followed by a determiner or a preposition
    and its article in one word ("no se le cursó invitación al embajador X"), a name (the list's first), or, after an
    absence noun's link, a role, and nothing between it and the name opens a clause or tells an event (not "X no viajó
    a Porta Nova, pero recibió a Y")."""
    language = analysis.language
    patterns = compiled(language).people
    if patterns.absence_before is None:
        return False
    text = analysis.doc.text
    phrase = max(patterns.absence_before.finditer(text, window.start, start), key=lambda m: m.start(), default=None)
    if phrase is None:
        return False
    gap = text[phrase.end() : start]
    if len(gap) > _ABSENCE_LIST_REACH or any(mark in gap for mark in ".:!?\n"):
        return False
    first = _NEXT_WORD.match(gap)
    linked = phrase.group().split()[-1].lower() in language.genitive_links
    openers = (*language.determiners, *language.article_contractions)
    if first and not linked and not first.group(1)[0].isupper() and first.group(1).lower() not in openers:
        return False  # the list's earlier names may come first: "no asistirán fueron X, de Cuba; Y, de Nicaragua"
    opener = compiled(language).people.clause_opener
    if opener is not None and opener.search(gap):
        return False
    return not analysis.events_in(phrase.end(), start)


def _dies(analysis: Analysis, window: Segment, start: int, end: int) -> bool:
    """The name between `start` and `end` is the subject of a death in its clause, no event word between: the death
    told after it ("after President X and Minister Y died in a crash", "X est décédé"), not in a relative clause
    opened on a later noun ("… президенту X в связи с пожаром, в результате которого погибли люди"), or told right
    before it in its own clause ("…, в которой погиб министр Y"): the one mourned, not one who takes part."""
    death, text = compiled(analysis.language).people.death, analysis.doc.text
    if death is None:
        return False
    breaks = list(_CLAUSE_BREAK.finditer(text, window.start, start))
    before = death.search(text, breaks[-1].end() if breaks else window.start, start)
    if before is not None and not analysis.events_in(before.end(), start):
        return True
    stop = _CLAUSE_END.search(text, end)
    found = death.search(text, end, stop.start() if stop else len(text))
    if found is None or analysis.events_in(end, found.start()):
        return False
    opening = next(_CLAUSE_BREAK.finditer(text, end, found.start()), None)
    if opening is None or not text[end : opening.start()].strip():
        return True  # the name's own clause ("X, who died", "X, скончавшийся")
    return not _relative_clause(analysis, window, found.start())


def _sources_report(analysis: Analysis, people: list[Person], event_type: str) -> None:
    """Whoever the brief names only as whom it credits, after a verb of saying or a cue ("…, a confirmé X,
    conseillère diplomatique", "according to X"), reports a meeting or call between two others, or a visit of
    another: a source."""
    named = [p for p in people if p.participant and p.name]
    least = 1 if event_type == "visit" else 2  # who take part once the sources are set apart
    if len(named) <= least:
        return
    sentences = analysis.doc.sentences
    starts = [s.start for s in sentences]
    for person in list(named):
        credited = [
            _attributed(analysis, sentences, starts, m.start)
            or _attributed(analysis, sentences, starts, _role_opening(person, m))
            or _said_after_clause(analysis, person, m)
            or _reports_an_encounter(analysis, m)
            or (not _by_name(person, m) and not _introduced_by_role(analysis, person, m))  # "the aide said": no one
            for m in person.mentions
        ]
        if len(named) > least and any(_by_name(person, m) for m in person.mentions) and all(credited):
            person.participant = False
            named.remove(person)


def _introduced_by_role(analysis: Analysis, person: Person, mention: Span) -> bool:
    """The mention is a bare role in a sentence that reports the event, before the person is first named: someone
    taking part ("la délégation française avait à sa tête la ministre de …"), whom a later quote credits by name
    ("…, a déclaré la ministre …, X")."""
    named = [m.start for m in person.mentions if _by_name(person, m)]
    if _by_name(person, mention) or not named or mention.start > min(named):
        return False
    return any(s.start <= mention.start < s.end for s in analysis.event_sentences)


def _role_opening(person: Person, mention: Span) -> int:
    """Where the person's role opens when it stands right before the mention ("со ссылкой на официального
    представителя ведомства X": the cue credits the role first), else where the mention opens."""
    role = person.role
    return role.start if role and 0 <= mention.start - role.end <= _NAME_GAP else mention.start


def _by_name(person: Person, mention: Span) -> bool:
    """The mention gives a word of the person's name, not their role alone ("the aide")."""
    words = {fold(t) for t in person.tokens}
    return any(fold(w) in words for w in mention.text.split())


def _said_after_clause(analysis: Analysis, person: Person, mention: Span) -> bool:
    """The mention closes its sentence as the subject of a verb of saying, after a comma that ends the clause it
    reports ("…, Presidential Aide X said.", "…, a affirmé la ministre des Affaires étrangères, X."): its source."""
    patterns, text = compiled(analysis.language), analysis.doc.text
    said = patterns.places.said_after.match(text, mention.end)
    stop = _CLAUSE_END.search(text, said.end() if said else mention.end)
    closing = said.end() if said else mention.end
    if stop is None or text[stop.start()] not in ".!?\n" or text[closing : stop.start()].strip():
        return False  # the verb, or else the end of the sentence, must follow the name at once
    opens = person.role.start if person.role and person.role.end <= mention.start else mention.start
    before = text[max(0, opens - _ATTRIBUTION_REACH) : opens].rstrip()
    if said:
        return before.endswith(",")  # "…, Presidential Aide X said."
    inverted = patterns.source.inverted.search(text, max(0, opens - _ATTRIBUTION_REACH), stop.end())
    # "…, a affirmé la ministre …, X."
    return inverted is not None and inverted.start("src") <= opens < inverted.end("src")


def _attributed(analysis: Analysis, sentences: list[Segment], starts: list[int], start: int) -> bool:
    """The name at `start` follows a verb of saying or a cue that credits it, in its sentence (`starts` are the
    sentences' starts)."""
    source, text = compiled(analysis.language).source, analysis.doc.text
    if not sentences:
        return False
    sentence = sentences[max(0, bisect_left(starts, start + 1) - 1)]
    floor = max(sentence.start, start - _ATTRIBUTION_REACH)
    # every credit the sentence gives from there: "сообщает корреспондент X со ссылкой на Y" credits X, then Y
    found = [f for pattern in (source.inverted, source.before) for f in pattern.finditer(text, floor, sentence.end)]
    # not a clause the verb of saying opens ("…, said on Friday that Prime Minister X held talks"): what it says
    complementizer = compiled(analysis.language).people.complementizer
    return any(
        f.start("src") <= start < f.end("src") and not complementizer.match(text, f.start("src")) for f in found
    )


def _reports_an_encounter(analysis: Analysis, mention: Span) -> bool:
    """The mention is the subject of a verb of saying, maybe past an apposition between commas, that opens a clause
    telling an encounter ("X, head of the Press Office, said on Friday that Prime Minister Y held talks with Z"):
    X is the source, Y and Z take part."""
    patterns, text = compiled(analysis.language), analysis.doc.text
    apposition = _COMMA_APPOSITION.match(text, mention.end)
    said = patterns.places.said_after.match(text, apposition.end() if apposition else mention.end)
    if said is None:
        return False
    stop = _CLAUSE_END.search(text, said.end())
    end = stop.start() if stop else len(text)
    clause = patterns.people.complementizer.search(text, said.end(), min(end, said.end() + _SAID_CLAUSE_REACH))
    return clause is not None and any(h[2] in _ENCOUNTERS for h in analysis.events_in(clause.end(), end))


def _long_ago(analysis: Analysis, end: int) -> bool:
    """The clause of the name ending at `end` puts it a week or more back ("flagged by Prime Minister X last week",
    "Après avoir reçu X au fort il y a une semaine, …", "on X's trip to Moscow earlier this month"): another
    event's."""
    long_ago, text = compiled(analysis.language).people.long_ago, analysis.doc.text
    stop = _CLAUSE_BREAK.search(text, end)
    return bool(long_ago and long_ago.search(text, end, stop.start() if stop else len(text)))


def _office_gone_by(analysis: Analysis, window: Segment, start: int) -> bool:
    """The name at `start` is titled by an office held at a time gone by ("then-foreign minister X visited in 2011",
    "the then prime minister X travelled", `Language.bygone_office_markers`), after the first sentence that reports
    an event: told of that time, not of the event."""
    bygone = compiled(analysis.language).people.bygone_before
    if not (bygone and bygone.search(analysis.doc.text, max(window.start, start - _FORMER_REACH), start)):
        return False
    events = analysis.event_sentences
    return bool(events) and not events[0].start <= start < events[0].end  # not the lead's own "the then X met Y"


def _relative_of_another_month(analysis: Analysis, end: int) -> bool:
    """The name ending at `end` opens a relative clause that tells an event in a month, no day given ("following
    Treasury Secretary X, who visited Beijing in March"): another occasion, X is mentioned."""
    found = compiled(analysis.language).people.relative_month.match(analysis.doc.text, end)
    return found is not None and bool(analysis.events_in(end, found.end()))


def _thing_of(analysis: Analysis, window: Segment, start: int) -> bool:
    """A name that completes a common noun that is no event and no role ("la ceremonia de trasmisión de mando de X",
    "el gobierno de X"): what belongs to X, not X taking part."""
    text, patterns = analysis.doc.text, compiled(analysis.language).people
    genitive = patterns.genitive_before
    if genitive is None:
        return False
    found = genitive.search(text, max(window.start, start - _GENITIVE_REACH), start)
    role = analysis.role_before(window.start, start) if found is None else None
    # past a title in apposition, an honorific before the name: "la vision du Président …, Monsieur X"; not a
    # companion's role ("en compagnie du ministre des Sports, X"); where nouns take a capital, the lower-case word
    # before an article is no noun ("führte der Außenminister Russlands, X")
    if role and _honorific_apposition(analysis, role[1], start) and not analysis.language.capitalised_nouns:
        found = genitive.search(text, max(window.start, role[0] - _GENITIVE_REACH), role[0])
    if found is None or any(end > found.start(1) for _s, end, _k in analysis.events_in(window.start, found.end(1))):
        return False
    # the verb of a sentence that opens on a list is no noun: "Il s'agit de X, Y et Z", "Se trata de X, Y y Z"
    opener = patterns.list_opener.match(window.text) if patterns.list_opener else None
    if opener and window.start + opener.end() >= found.end(1):
        return False
    # the noun is a representation cue's own word ("contó con la presencia como testigo de honor de X"), or the cue
    # ends right before the noun
    representation = patterns.representation
    reach = found.start(1) - 30
    if representation and any(m.end() >= reach for m in representation.finditer(text, window.start, start)):
        return False
    # the word the genitive completes may be a role's adjective: "le représentant spécial du secrétaire général"
    noun_start = _WORD_BEFORE.search(text, max(window.start, found.start(1) - _GENITIVE_REACH), found.start(1))
    return not analysis.role_nouns.within(noun_start.start() if noun_start else found.start(1), found.end(1))


def _principals_in_passing(analysis: Analysis, people: list[Person]) -> None:
    """Whoever the brief names only as the principal of another's role ("Y, l'envoyé spécial du président X") is
    named in passing: once every rule has counted who takes part, that one no longer does."""
    mentions, sentences = Mentions(people), analysis.doc.sentences
    starts = [s.start for s in sentences]
    for person in people:
        if not person.participant or not person.name or not person.mentions:
            continue
        windows = [sentences[i] if (i := bisect_right(starts, m.start) - 1) >= 0 else None for m in person.mentions]
        if all(
            window is not None
            and m.start < window.end
            and _principal_of_anothers_role(analysis, mentions, window, m.start)
            for window, m in zip(windows, person.mentions, strict=True)
        ):
            person.participant = False


def _principal_of_anothers_role(analysis: Analysis, mentions: Mentions, window: Segment, start: int) -> bool:
    """The name at `start`, right after its own title, completes the role noun of a holder named before it ("Y,
    l'émissaire spécial du président X", "Y, the special envoy of President X"): whom Y serves, not one who takes
    part. Without a holder before it, the name may be the role's own ("reçu le conseiller du ministre X")."""
    genitive, text = compiled(analysis.language).people.genitive_before, analysis.doc.text
    role = analysis.role_before(window.start, start) if genitive else None
    if role is None or genitive is None or _CLAUSE_BREAK.search(text, role[0], start) or text[role[1] : start].strip():
        return False  # a comma sets the name apart as the role holder: "le conseiller du président, X"
    found = genitive.search(text, max(window.start, role[0] - _GENITIVE_REACH), role[0])
    if found is None:
        return False
    noun = _WORD_BEFORE.search(text, max(window.start, found.start(1) - _GENITIVE_REACH), found.start(1))
    noun_start = noun.start() if noun else found.start(1)
    if not analysis.role_nouns.within(noun_start, found.end(1)):
        return False
    if _HOLDER_BEFORE.search(text, max(window.start, noun_start - _GENITIVE_REACH), noun_start) is None:
        return False
    comma = text.rfind(",", window.start, noun_start)  # the holder's name ends on it: "Y, l'envoyé …"
    return any(end == comma for _s, end, _id, _p in mentions.within(window.start, comma))


def _occasion_of(analysis: Analysis, window: Segment, start: int) -> bool:
    """The name at `start`, maybe past its role, completes a noun of someone's own occasion ("les fiançailles,
    annoncées la veille, du Prince X", "the wedding of their counterpart Mr X"), no event word between: whose occasion
    it is, not one who takes part."""
    occasion, text = compiled(analysis.language).people.occasion_of, analysis.doc.text
    role = analysis.role_before(window.start, start)
    for end in (start, role[0]) if role else (start,):
        found = occasion.search(text, max(window.start, end - _OCCASION_REACH), end)
        if found and not analysis.events_in(found.start(), end):
            return True
    return False


def _leads_institution(analysis: Analysis, window: Segment, start: int) -> bool:
    """The name at `start`, maybe past its role, completes or leads a body that is no event ("after the government
    of President X assumed office", "the party, led by X, won"): that body's leader, named as whose it is, not one
    who takes part."""
    institution, text = compiled(analysis.language).people.institution_of, analysis.doc.text
    role = analysis.role_before(window.start, start)
    return any(
        institution.search(text, max(window.start, end - _INSTITUTION_REACH), end)
        for end in ((start, role[0]) if role else (start,))
    )


def _honorific_apposition(analysis: Analysis, role_end: int, start: int) -> bool:
    """Between a role and the name at `start`, a comma and honorifics only (", Monsieur", ", S.E.M.")."""
    between = analysis.doc.text[role_end:start].strip()
    honorifics = compiled(analysis.language).names.honorific_words
    words = between[1:].split() if between.startswith(",") else []
    return bool(words) and all(fold(w).rstrip(".,") in honorifics or fold(w) in honorifics for w in words)


def _after_mention_cue(analysis: Analysis, mentions: Mentions, window: Segment, start: int) -> bool:
    """A mention cue governs the name at `start`: no event word and no one else's name come between them
    ("au nom du président X", not "en représentation du président X, Y est reçue par Z" for Y or Z)."""
    cue = compiled(analysis.language).people.mention_cue
    found = list(cue.finditer(analysis.doc.text, window.start, start))
    role = analysis.role_before(window.start, start) if not found else None
    if role:  # a long title between: "on behalf of the Custodian of the Two Holy Mosques, King X"
        found = list(cue.finditer(analysis.doc.text, window.start, role[0]))
    if not found:
        return False
    last = found[-1]
    if _message_received(analysis, window, last):
        return False
    if _cue_within_own_title(analysis, mentions, window, last.start(), start):
        return False
    if _chairs_the_gathering(analysis, window, last) or _hosts_by_invitation(analysis, window, last):
        return False
    complementizer = compiled(analysis.language).people.complementizer
    if last.group(0).startswith(",") and complementizer.search(analysis.doc.text, last.start() + 1, start):
        return False  # the clause a verb of saying opens: "…, informó el viernes que el primer ministro X …"
    between = [m for m in mentions.within(last.end(), start) if m[0] < start]
    if _named_in(analysis, start, start + 1) and _cue_phrase_closed(
        analysis, mentions, window, last.start(), role[0] if role else start
    ):
        return False  # a name, not a role alone that may stand in apposition to a name the brief did not read
    return not between and not analysis.events_in(last.end(), start)


def _meets_by_infinitive(analysis: Analysis, end: int) -> bool:
    """The name ending at `end` is the subject of an encounter's infinitive right after it, a comma and a few words
    between at most ("…, anunció el presidente X, tras reunirse con su homólogo Y"): one who meets, whom the cue
    before only credits with what is said."""
    infinitive = compiled(analysis.language).people.encounter_infinitive
    return infinitive is not None and infinitive.match(analysis.doc.text, end) is not None


def _cue_within_own_title(analysis: Analysis, mentions: Mentions, window: Segment, cue_start: int, start: int) -> bool:
    """The cue is a phrase of the title the name at `start` holds, a title that opens before it and whose phrase the
    cue's object closes with a comma, an object that names no one and no office ("le ministre des Affaires
    étrangères, porte-parole, au nom du gouvernement, M. X"): X holds the title, he is not the one the cue governs,
    unlike "au nom du président, M. X" (a title after the cue) or "le ministre, au nom du président Y, M. X"."""
    held = analysis.role_before(window.start, start)
    return held is not None and held[0] < cue_start and _cue_object_closed(analysis, mentions, cue_start, start)


def _cue_object_closed(analysis: Analysis, mentions: Mentions, cue_start: int, name_start: int) -> bool:
    """A comma closes the phrase of the cue at `cue_start` before the name, a phrase that names no one and no office
    the name could stand in apposition to ("au nom du gouvernement, M. X"; not "au nom du président, M. X")."""
    comma = analysis.doc.text.find(",", cue_start + 1, name_start)  # a cue may open on its comma (`mention_cue`)
    closed = comma >= 0 and not analysis.role_nouns.within(cue_start, comma)
    return closed and not _named_in(analysis, cue_start, comma) and not mentions.within(cue_start, comma)


def _chairs_the_gathering(analysis: Analysis, window: Segment, cue: re.Match[str]) -> bool:
    """The cue names who chairs ("sous la présidence de") a meeting or a gathering its window tells of before it
    ("Le conseil des ministres s'est tenu mercredi sous la présidence de X"): the chair, who takes part."""
    said = cue.group(0).lower()
    if not any(chair in said for chair in analysis.language.chair_cues):
        return False
    return any(kind in _GATHERING_KINDS for _start, _end, kind in analysis.events_in(window.start, cue.start()))


def _hosts_by_invitation(analysis: Analysis, window: Segment, cue: re.Match[str]) -> bool:
    """The cue names who invited (`Language.invitation_cues`) and no journey is told before it in its window ("At
    the invitation of X, Y paid a visit", "The meeting was held … at the invitation of X"): X hosts, and takes part;
    after a journey ("Y arrived on a visit at the invitation of X") X is whom the journey answers."""
    said = cue.group(0).lower()
    if not any(invitation in said for invitation in analysis.language.invitation_cues):
        return False
    return not any(kind == "visit" for _start, _end, kind in analysis.events_in(window.start, cue.start()))


def _cue_phrase_closed(
    analysis: Analysis, mentions: Mentions, window: Segment, cue_start: int, name_start: int
) -> bool:
    """The cue opens the sentence, or the phrase of a verb form that opens it, and a comma closes its phrase before
    the name, a phrase that names no one and no office the name could stand in apposition to: the name is the
    subject of the sentence's own clause ("Speaking on behalf of the delegation, Deputy Director X said …", "On
    behalf of the government, X thanked …"), unlike "On behalf of the Emir, Sheikh X, …" or "… the death of the
    hero, General X"."""
    text = analysis.doc.text
    lead_in = text[window.start : cue_start]
    words = lead_in.split()
    if words and ("," in lead_in or not opening_verb(words[0], analysis.language)):
        return False
    return _cue_object_closed(analysis, mentions, cue_start, name_start)


def _message_received(analysis: Analysis, window: Segment, cue: re.Match[str]) -> bool:
    """The cue is a message or a letter that the verb of the brief's opening sentence takes as its object ("a reçu
    un message de félicitations du président X", "received a letter from X"): the message is the event, and its
    sender takes part; not one a visitor hands over ("met … and delivered to him a letter from X"), nor one among
    the audiences a brief goes on to tell."""
    document = compiled(analysis.language).cues.statement_document
    lower = analysis.doc.lower
    opening = analysis.lead[0].start if analysis.lead else -1
    if window.start != opening or document is None or not document.search(lower, cue.start(), cue.end()):
        return False
    events = analysis.events_in(window.start, cue.start())
    if not events:
        return False
    verb_end = events[-1][1]
    between = analysis.doc.text[verb_end : cue.start()].split()
    articles = {fold(d) for d in analysis.language.determiners}
    return (
        len(between) <= _MESSAGE_GAP_WORDS
        and (not between or fold(between[-1]) in articles)
        and not _CLAUSE_END.search(analysis.doc.text, verb_end, cue.start())
        and not _named_in(analysis, verb_end, cue.start())
    )


def _former_in_own_clause(analysis: Analysis, window: Segment, start: int) -> bool:
    """A name after a former office ("l'ancien président X"), in a subordinate clause after the event's words."""
    patterns, text = compiled(analysis.language).people, analysis.doc.text
    former, opener = patterns.former_before, patterns.clause_opener
    if former is None or opener is None or not former.search(text, max(window.start, start - _FORMER_REACH), start):
        return False
    events = analysis.events_in(window.start, start)
    return bool(events) and opener.search(text, max(end for _s, end, _k in events), start) is not None


def _continues(analysis: Analysis, sentence: Segment, mentions: Mentions, took_place: bool = True) -> bool:
    """A later event sentence that opens with a pronoun, a role or the event itself, or whose subject is a role in
    the plural, or that names a participant (its subject, or the one its verb acts on: "X empfängt Ayrault", "…
    recibieron a Y, quien le obsequió a Maduro …"), or whose encounter is with a participant, and that does not go
    back to an earlier event nor, after an event that `took_place`, tell one to come: when the lead itself tells a
    journey to come ("X entame lundi une mission … Il rencontrera également Y"), the meetings to come are its own,
    not a journey to come ("Y ne sera pas du voyage") nor a meeting someone named after it announces ("… se
    réuniront, a affirmé la ministre Z")."""
    patterns = compiled(analysis.language)
    if _background(analysis, sentence) or (
        _encounter_to_come(analysis, sentence)
        and (took_place or not _meeting_first(analysis, sentence) or _credited_after_event(analysis, sentence))
    ):
        return False
    if _told_by_participant(analysis, sentence, mentions) or _event_in_earlier_tense(analysis, sentence):
        return False
    if (
        patterns.people.continuation.match(sentence.text)
        or _continues_past_opener(analysis, sentence, mentions)
        or _opens_on_the_event(analysis, sentence)
        or _plural_role_subject(analysis, sentence)
    ):
        return True
    if any(person.participant for _s, _e, _id, person in mentions.within(sentence.start, sentence.end)):
        return True
    if _bears_a_message(analysis, sentence):
        return True
    verb = analysis.first_event(sentence.start, sentence.end)
    if verb is None or verb[2] not in _ENCOUNTERS:
        return False
    return _participant_object(analysis, sentence, verb, mentions) or _role_subject(analysis, sentence, verb, mentions)


def _bears_a_message(analysis: Analysis, sentence: Segment) -> bool:
    """The sentence opens on a name, maybe after titles of address, whose predicate makes them the bearer of a
    message ("Tahir X, ministre …, était porteur d'un message du président Y"): an envoy the host received."""
    bearer = compiled(analysis.language).people.bearer
    found = bearer.search(analysis.doc.text, sentence.start, sentence.end) if bearer else None
    if found is None:
        return False
    index = bisect_left(analysis.name_starts, sentence.start)
    if index == len(analysis.names):
        return False
    match = analysis.names[index][1]
    return match.end < found.start() and _honorifics_start(analysis, sentence.start, match.start) == sentence.start


def _signed_too(analysis: Analysis, sentence: Segment) -> bool:
    """A later sentence of a brief that reports a signing names who signed a further text ("Un accord … a été
    signé par X et son homologue Y") or, before the verb, who signed for the other side ("On the Rwandan side: X,
    Minister of A; Y, Minister of B, signed on behalf of the government"): the signatories of the same ceremony,
    unless it goes back to an earlier one, or tells the signing in a tense before the story's ("Le traité avait été
    signé par X et Y en 1985"). So of a swearing-in, whose later sentence names more who took the oath ("X, Y and Z of
    A were also sworn in as ministers")."""
    patterns, text = compiled(analysis.language).people, analysis.doc.text
    if _background(analysis, sentence):
        return False
    found = patterns.signatory_agent.search(text, sentence.start, sentence.end) if patterns.signatory_agent else None
    if found is None:
        verb = patterns.signatory_verb.search(text, sentence.start, sentence.end) if patterns.signatory_verb else None
        # those sworn in after the lead's swearing-in: "X, Y and Z of A were also sworn in as ministers"
        verb = verb or (patterns.oath_verb.search(text, sentence.start, sentence.end) if patterns.oath_verb else None)
        return verb is not None and _full_name_in(analysis, sentence.start, verb.start())
    if patterns.earlier_tense is not None and patterns.earlier_tense.search(text, sentence.start, found.start()):
        return False
    return _full_name_in(analysis, found.end(), sentence.end)


def _told_by_participant(analysis: Analysis, sentence: Segment, mentions: Mentions) -> bool:
    """A later sentence whose event a participant tells, credited before it, someone else its subject ("The
    President, according to the Foreign Minister, also welcomed X", "the Minister said President Y undertook visits
    to …"): what they said of other occasions, not the event reported; not "X said it was a pleasure to meet Y"."""
    event = analysis.first_event(sentence.start, sentence.end)
    if event is None:
        return False
    patterns, text = compiled(analysis.language), analysis.doc.text
    # the participants named, and the roles alone ("the Minister"), which stand for them in a later sentence
    named = mentions.within(sentence.start, event[0])
    tellers = [(start, end) for start, end, _id, p in named if p.participant]
    tellers += [
        (noun.start(), noun.end())
        for noun in analysis.role_nouns.within(sentence.start, event[0])
        if not _named_in(analysis, noun.end(), noun.end() + _NAME_GAP)  # "President X said": X's title
    ]
    others = [(start, end) for start, end, _id, p in named if not p.participant]
    others += [(noun.start(), noun.end()) for noun in analysis.role_nouns.within(sentence.start, event[0])]
    for start, end in tellers:
        if not any(not (s <= start < e) for s, e in others):
            continue  # "X said it was a pleasure to meet Y": the teller's own encounter
        if patterns.places.said_after.match(text, end):
            return True
        floor = max(sentence.start, start - _ATTRIBUTION_REACH)
        for pattern in (patterns.source.inverted, patterns.source.before):
            found = pattern.search(text, floor, event[0])
            if found is not None and found.start("src") <= start < found.end("src"):
                return True
    return False


def _continues_past_opener(analysis: Analysis, sentence: Segment, mentions: Mentions) -> bool:
    """The sentence opens on a phrase of time or circumstance up to a comma, which names no one, and goes on with a
    pronoun or a role as the subject of its encounter ("Trois mois avant le départ des casques bleus, le Premier
    ministre a eu des entretiens avec …", "Dans la continuité des rencontres, le ministre X a reçu …")."""
    text, language = analysis.doc.text, analysis.language
    comma = text.find(",", sentence.start, sentence.end)
    if comma < 0 or mentions.within(sentence.start, comma) or not analysis.events_in(comma, sentence.end):
        return False
    if len(text[sentence.start : comma].split()) > _OPENER_WORDS:
        return False
    subject = compiled(language).people.continuation.match(text[comma + 1 : sentence.end])  # anchored at its start
    first = subject.group(0).split()[0].casefold() if subject else ""
    return first in language.pronouns or first in language.definite_articles  # not "…, a précisé le ministre"


def _another_encounter(analysis: Analysis, sentence: Segment, mentions: Mentions) -> bool:
    """A later sentence whose subject, named and not taking part, has an encounter of its own, an adverb between them
    setting it apart ("Foreign Minister Y has also held talks with X during his visit", "Y had earlier met X"): the
    subject and whom it meets there are mentioned, not in the event reported. Not an envoy who "also presented" their
    credentials: each envoy of a ceremony presents them in turn."""
    verb = analysis.first_event(sentence.start, sentence.end)
    if verb is None or verb[2] not in _ENCOUNTERS:
        return False
    if event_key(analysis.doc.lower[verb[0] : verb[1]]) in compiled(analysis.language).cues.credentials:
        return False  # "Y also presented their letters of credence": one more envoy of the ceremony reported
    if _attends_the_event(analysis, verb):
        return False  # "Y also attended the meeting": one more person at the encounter reported
    if _received_by_participant(analysis, sentence, verb, mentions):
        return False  # "Y a également été reçu par le président": one more audience of the host's, reported
    patterns = compiled(analysis.language).people
    adverb = patterns.separate_event.search(analysis.doc.text, sentence.start, verb[0])
    if adverb is None or mentions.within(adverb.end(), verb[0]):
        return False
    if _word_of_presence(analysis, sentence, adverb, verb):
        return False  # "X et Y étaient également présents à l'entretien": more people at the encounter reported
    named = [p for _s, _e, _id, p in mentions.within(sentence.start, adverb.start()) if p.name]
    return bool(named) and not named[-1].participant


def _word_of_presence(
    analysis: Analysis, sentence: Segment, adverb: re.Match[str], verb: tuple[int, int, str]
) -> bool:
    """The adverb is a word of a phrase that tells who was there ("également présents", "were also present",
    "waren auch anwesend"), or stands right before one ("X also took part in the meeting", "Y también participó
    en la reunión", "Z также принял участие во встрече"), the event named as a noun ("… à l'entretien", "beim
    Gespräch"): it adds people to the encounter reported, it does not set another one apart. A verb of attendance is
    the event itself, whose object tells which (`_attends_the_event`: "also attended a dinner in Penang")."""
    patterns = compiled(analysis.language)
    representation = patterns.people.representation
    if representation is None or event_key(analysis.doc.lower[verb[0] : verb[1]]) in patterns.cues.attendance:
        return False
    text = analysis.doc.text
    cue = representation.search(text, max(sentence.start, adverb.start() - _PRESENCE_REACH), sentence.end)
    if cue is not None and cue.start() <= adverb.start() < cue.end():
        return True
    after = sentence.end - len(text[adverb.end() : sentence.end].lstrip())  # the next word's start
    return after > adverb.end() and representation.match(text, after, sentence.end) is not None


def _received_by_participant(
    analysis: Analysis, sentence: Segment, verb: tuple[int, int, str], mentions: Mentions
) -> bool:
    """The encounter is a passive one ("a été reçu", "was received") whose agent, in the verb's clause, is one taking
    part, by name or by an office that stands for them ("… par João X", "… by the President"): the subject is met
    by them, in the event reported."""
    language, text = analysis.language, analysis.doc.text
    if not language.agent_words or not language.passive_participles:
        return False
    before = {fold(w) for w in text[sentence.start : verb[1]].split()}
    if before.isdisjoint(fold(w) for w in language.passive_participles):
        return False
    stop = _CLAUSE_BREAK.search(text, verb[1], sentence.end)
    end = stop.start() if stop else sentence.end
    agents = {fold(w) for w in language.agent_words}
    at = verb[1]
    for word in text[verb[1] : end].split():
        at = text.index(word, at) + len(word)
        if fold(word) in agents:
            break
    else:
        return False
    named = mentions.within(at, end)
    nouns = [n for n in analysis.role_nouns.within(at, end) if _stands_alone(analysis, n, mentions)]
    if named and (not nouns or named[0][0] < nouns[0].start()):
        return bool(named[0][3].participant)
    if not nouns:
        return False
    doc = analysis.doc
    taking_part = list({id(p): p for _s, _e, _id, p in mentions.entries if p.participant and p.name}.values())
    role = doc.span(*role_extent(text, nouns[0].start(), nouns[0].end(), doc.language, end))
    return _role_holder(doc, taking_part, fold(nouns[0].group(0)), role.text) is not None


def _attends_the_event(analysis: Analysis, verb: tuple[int, int, str]) -> bool:
    """A verb of attendance whose object opens on a definite article ("attended the meeting", "attended the
    talks"): the encounter the brief has told already, not one of its own."""
    if event_key(analysis.doc.lower[verb[0] : verb[1]]) not in compiled(analysis.language).cues.attendance:
        return False
    following = _NEXT_WORD.match(analysis.doc.text, verb[1])
    return bool(following) and fold(following.group(1)) in analysis.language.definite_articles


def _opens_on_the_event(analysis: Analysis, sentence: Segment) -> bool:
    """A sentence that opens on the event itself, a few lower-case words before its name ("Der heutige Empfang …
    durch X", "Al encuentro asistieron X e Y", "La reunión contó con la presencia de X"): it tells more of it."""
    event = analysis.first_event(sentence.start, sentence.end, _OPENING_EVENTS)
    return event is not None and _opens_on(analysis, sentence, event)


def _opens_on(analysis: Analysis, sentence: Segment, event: EventHit) -> bool:
    """The sentence opens on the event phrase, past an attribution and a few lower-case words."""
    start = _past_attribution(analysis, sentence.start, event[0])
    opening = analysis.doc.text[start : event[0]].split()
    if len(opening) <= _OPENING_WORDS and all(w.islower() for w in opening[1:]):
        return True
    # where nouns take a capital and the verb comes second, past a fronted place ("Im Landeshaus wurde der Besuch …"):
    # a venue or a place the gazetteer knows, not a phrase of time ("Im Vorfeld des Besuchs hatte X …")
    language = analysis.language
    fronted = language.capitalised_nouns and len(opening) > 1 and fold(opening[0]) in language.place_prepositions
    rest = opening[_FRONTED_PLACE_WORDS:]
    if not fronted or not _fronted_place(opening[1], language):
        return False
    return len(rest) <= _OPENING_WORDS and all(w.islower() for w in rest)


def _fronted_place(word: str, language: Language) -> bool:
    """The noun of a fronted phrase names a place: the gazetteer knows it, or it is a venue's noun or a compound
    ending in one ("Landeshaus", "Rathaus")."""
    folded = fold(word.strip(".,"))
    venues = compiled(language).places.venues
    return lookup(word.strip(".,"), language.code) is not None or any(folded.endswith(v) for v in venues)


def _opens_on_gathering(analysis: Analysis, sentence: Segment) -> bool:
    """A sentence that opens, a few lower-case words in, on the name of a gathering ("A la cumbre asisten …"), which
    no encounter word of its own makes an event sentence."""
    gathering = analysis.first_event(sentence.start, sentence.end, _GATHERINGS)
    return gathering is not None and _opens_on(analysis, sentence, gathering)


@lru_cache(maxsize=8)
def _ceremony_pattern(language: Language) -> re.Pattern[str] | None:
    """The ceremonies that open or close a gathering (`Language.gathering_ceremonies`), to run on `Document.lower`."""
    if not language.gathering_ceremonies:
        return None
    phrases = sorted((re.escape(p.lower()).replace("'", "['’]") for p in language.gathering_ceremonies), key=len)
    return kept_patterns.compile(rf"(?<!\w)(?:{'|'.join(reversed(phrases))})(?!\w)")


def _opens_on_ceremony(analysis: Analysis, sentence: Segment, lead: list[Segment]) -> bool:
    """A sentence that opens, a few lower-case words in, on the ceremony that opens or closes a gathering an earlier
    sentence names ("La cérémonie d'ouverture a été marquée par le discours de bienvenue du président X"): it tells
    more of the gathering, which no encounter word of its own makes an event sentence."""
    pattern = _ceremony_pattern(analysis.language)
    if not lead or sentence.start <= lead[0].start or _background(analysis, sentence):
        return False
    found = pattern.search(analysis.doc.lower, sentence.start, sentence.end) if pattern else None
    if found is None:
        return False
    opening = analysis.doc.text[sentence.start : found.start()].split()
    if len(opening) > _OPENING_WORDS or not all(w.islower() for w in opening[1:]):
        return False
    return any(hit[2] in _GATHERINGS for hit in analysis.events_in(0, sentence.start))


def _opens_on_talks(analysis: Analysis, sentence: Segment) -> bool:
    """A sentence that opens on the talks reported, referred back to by an article or a possessive, up to its comma
    ("In the talks, X and Y agreed …", "During their conversation, …"), which no encounter word of its own makes an
    event sentence: it tells more of them."""
    text = analysis.doc.text
    comma = text.find(",", sentence.start, sentence.end)
    if comma < 0 or len(text[sentence.start : comma].split()) > _OPENING_WORDS:
        return False
    cues = compiled(analysis.language).cues
    talk = cues.talk.search(analysis.doc.lower, sentence.start, comma) if cues.talk else None
    return talk is not None and bool(cues.referring and cues.referring.search(text, sentence.start, talk.start()))


def _past_attribution(analysis: Analysis, start: int, end: int) -> int:
    """Past an attribution that opens the sentence up to its comma and names no one ("Selon la même source, …",
    "According to the statement, …"): where the rest of the sentence begins; `start` when none opens it."""
    text, language = analysis.doc.text, analysis.language
    comma = text.find(",", start, end)
    if comma < 0 or not language.source_before:
        return start
    opener = fold(text[start:comma].lstrip())
    if not any(opener.startswith(fold(word) + " ") for word in language.source_before):
        return start
    starts = analysis.name_starts
    index = bisect_left(starts, start)
    if index < len(starts) and starts[index] < comma:
        return start  # "Selon X, …": someone's word
    return comma + 1


def _others_to_meet(analysis: Analysis, sentence: Segment, mentions: Mentions) -> bool:
    """A sentence after the lead tells, in the words of one who takes part, of an encounter to come whose subject,
    the last person named before its verb, does not ("Marin said President X will meet President Y on May 9"): X and
    Y are mentioned, not in the event."""
    verb = analysis.first_event(sentence.start, sentence.end)
    if verb is None or verb[2] not in _ENCOUNTERS or not _to_come(analysis, sentence):
        return False
    named = [(start, end, p) for start, end, _id, p in mentions.within(sentence.start, verb[0]) if p.name]
    if len(named) < 2 or not named[0][2].participant or named[-1][2].participant:
        return False
    said = compiled(analysis.language).cues.said  # the one taking part says it, before the subject named
    return said.search(analysis.doc.lower, named[0][1], named[-1][0]) is not None


def _to_come(analysis: Analysis, sentence: Segment) -> bool:
    """Whether a sentence tells of an event to come: a future marker before its event word ends ("… soll Lawrow mit X
    zusammentreffen", "se reunirá con X"), not one in a clause after it ("… de la prochaine réunion"), or a word that
    closes the event's clause after it ("Danach ist ein Gespräch mit X geplant"). After a lead that tells of an event
    that took place, such a sentence tells of another one."""
    event = analysis.first_event(sentence.start, sentence.end)
    end = event[1] if event else sentence.end
    if compiled(analysis.language).dates.future.search(analysis.doc.text, sentence.start, end) is not None:
        return True
    return event is not None and _closed_as_to_come(analysis, sentence, end)


def _closed_as_to_come(analysis: Analysis, sentence: Segment, end: int) -> bool:
    """A word closes the clause of the event word ending at `end` and puts it to come
    (`Language.closing_future_markers`: "Danach ist ein Gespräch mit X (CDU) geplant", "stehen Treffen mit X, Y und Z
    auf dem Programm"), no other event word and no clause's end between, and no past form of the verb it closes
    before ("Ein Termin bei X stand auf dem Programm": done)."""
    text, dates = analysis.doc.text, compiled(analysis.language).dates
    stop = _CLAUSE_STOP.search(text, end, sentence.end)
    closing = dates.closing_future.search(text, end, stop.start() if stop else sentence.end)
    if closing is None or analysis.events_in(end, closing.start()):
        return False
    return dates.closing_past.search(text, sentence.start, closing.start()) is None


def _airport_scenes(
    analysis: Analysis, lead: list[Segment], windows: list[Segment], mentions: Mentions, days: WrittenDays | None
) -> list[Segment]:
    """The sentences of a visit's story after its first lead one that place someone at an airport
    (`Language.airport_words`: "Le président a été raccompagné à l'aéroport par le Premier ministre, X", "На
    территории аэропорта гостя ожидали X и Y"): the guest's arrival or departure, whose welcoming party takes part;
    not one that goes back to an earlier occasion or forward to one to come, nor one of a later item of the brief."""
    airport = compiled(analysis.language).cues.airport
    if airport is None or not lead:
        return []
    taken, end = {w.start for w in windows}, analysis.main_event_end
    return [
        s
        for s in analysis.story
        if lead[0].start < s.start < end
        and s.start not in taken
        and airport.search(analysis.doc.lower, s.start, s.end)
        and not _background(analysis, s)
        and not _to_come(analysis, s)
        and not _another_occasion(analysis, s, mentions, days)
    ]


def _names_a_participant(analysis: Analysis, sentence: Segment, mentions: Mentions) -> bool:
    """The sentence names someone taking part, or opens on a pronoun or a role as its subject."""
    return bool(compiled(analysis.language).people.continuation.match(sentence.text)) or any(
        person.participant for _s, _e, _id, person in mentions.within(sentence.start, sentence.end)
    )


def _names_the_airport(analysis: Analysis, start: int, end: int) -> bool:
    """The name at `start`-`end` is an airport's, no one who takes part: an airport word follows it after capitalised
    words only ("Nur Khan airbase", "King Khalid International Airport"), or comes right before it, a word between at
    most that is no stopword ("aéroport international Blaise Diagne", "Aeropuerto Jorge Chávez"; not "airport by X"),
    past the capitalised title of whom it is named after ("aeropuerto internacional Mariscal Sucre").
    """
    airport, text = compiled(analysis.language).cues.airport, analysis.doc.text
    if airport is None:
        return False
    after = airport.search(analysis.doc.lower, end, min(len(text), end + _AIRPORT_REACH))
    if after is not None and all(w[:1].isupper() for w in text[end : after.start()].split()):
        return not _CLAUSE_BREAK.search(text, end, after.start())
    words = text[max(0, start - _AIRPORT_REACH) : start].split()
    # the title of the one the airport is named after, in capitals between its words and the name ("aeropuerto
    # internacional Mariscal Sucre", "Aeropuerto Internacional Ministro Pistarini")
    for _title in range(2):
        if len(words) < 2 or not words[-1][:1].isupper() or airport.search(" ".join(words[-2:]).lower()):
            break
        words.pop()
    for back in (1, 2):
        if len(words) < back or _CLAUSE_BREAK.search(" ".join(words[-back:])):
            return False
        if airport.search(" ".join(words[-back:]).lower()):
            return back == 1 or words[-1].lower() not in analysis.language.stopwords
    return False


def _with_messages_sent(analysis: Analysis, lead: list[Segment], later: list[Segment]) -> list[Segment]:
    """The later sentences of a brief about messages, with every sentence of the story after the first lead one
    that tells of a message sent to someone, in text order."""
    taken = {s.start for s in (*lead, *later)}
    first = lead[0].start if lead else len(analysis.doc.text)
    sent = [s for s in analysis.story if s.start > first and s.start not in taken and _sends_word(analysis, s)]
    return sorted([*later, *sent], key=lambda s: s.start)


def _with_greetings(
    analysis: Analysis, lead: list[Segment], later: list[Segment], passives: bool = True
) -> list[Segment]:
    """The later sentences of a visit or a meeting, with every sentence of the story after the first lead one that
    tells whom someone greeted there ("Luego, X saludó al canciller, Y", `Language.greeting_actives`) or, with
    `passives` (a visit), whom the guest was greeted by ("Il a ensuite été salué par le gouverneur, X, …"), in text
    order."""
    cues = compiled(analysis.language).cues
    patterns = [p for p in (cues.greeting if passives else None, cues.greeted) if p is not None]
    if not patterns or not lead:
        return later
    taken = {s.start for s in (*lead, *later)}
    lower = analysis.doc.lower
    greeted = [
        s
        for s in analysis.story
        if s.start > lead[0].start
        and s.start not in taken
        and any(p.search(lower, s.start, s.end) for p in patterns)
    ]
    return sorted([*later, *greeted], key=lambda s: s.start)


def _greets_the_guest(analysis: Analysis, sentence: Segment) -> bool:
    """A later sentence of a visit that tells whom the guest was met by (`Language.greeting_passives`: "У трапа
    президента встретили X и Y", the guest named by a role before the welcomers), and goes back to no earlier event:
    the welcoming party, who take part, whatever words name the guest."""
    greeting = compiled(analysis.language).cues.greeting
    return bool(
        greeting
        and greeting.search(analysis.doc.lower, sentence.start, sentence.end)
        and not _background(analysis, sentence)
    )


def _background(analysis: Analysis, sentence: Segment) -> bool:
    """The sentence goes back to an earlier event or forward to one to come (`Language.background_cues`); not one a
    cue puts on the story's own day ("Más temprano, X se había reunido con Y"): one more of the day's encounters."""
    background = compiled(analysis.language).cues.background
    return bool(background and background.search(sentence.text)) and not _on_the_same_day(analysis, sentence)


def _sends_word(analysis: Analysis, sentence: Segment, greetings: bool = False) -> bool:
    """A later sentence of a brief about messages that tells of another message sent to someone ("Separately, X
    sent a message of condolence to his counterpart Y"): its sender and its addressee take part too. With
    `greetings`, the greetings sent stand for the message ("Y also conveyed his condolences to the people of A")."""
    if _background(analysis, sentence):
        return False
    document = compiled(analysis.language).cues.statement_document
    found = document.search(analysis.doc.lower, sentence.start, sentence.end) if document else None
    after = found.end() if found else (_greetings_end(analysis, sentence) if greetings else None)
    addressees = {fold(w) for w in analysis.language.addressee_words}
    return after is not None and any(fold(w) in addressees for w in analysis.doc.text[after : sentence.end].split())


def _greetings_end(analysis: Analysis, sentence: Segment) -> int | None:
    """Where the sentence's first noun of greetings ends (`Language.greeting_nouns`: "conveyed his condolences to the
    people of A", "sent “deepest condolences” to …"): the greetings stand for the message sent; None without one."""
    greetings = {fold(w) for w in analysis.language.greeting_nouns}
    for word in _WORD.finditer(analysis.doc.text, sentence.start, sentence.end):
        if fold(word.group(0).strip(_GREETING_MARKS)) in greetings:
            return word.end()
    return None


_GREETING_MARKS = "\"'“”«»‘’.,;:()"  # quotation marks and punctuation around a noun of greetings


def _event_in_earlier_tense(analysis: Analysis, sentence: Segment) -> bool:
    """The sentence's first event word is told in a tense before the story's: a noun after an auxiliary of that tense
    and its participle ("Justo had paid Dr X a visit", "où il avait entamé dimanche une visite … à l'invitation de
    X"), or that participle itself, its clause naming no one it acts on ("Wang had last visited Nepal ahead of the
    visit of Y"): another, earlier occasion. Not "had" as the verb itself ("had their first telephone conversation"),
    nor a participant's encounter with someone named in that tense ("X avait accueilli à la présidence Y", "Z had
    received a call from W"), which the golds split between parties and people mentioned, nor an airport's scene, the
    visit's own arrival ("Y had welcomed the visiting minister at the airport")."""
    text, patterns = analysis.doc.text, compiled(analysis.language)
    event, earlier = analysis.first_event(sentence.start, sentence.end), patterns.people.earlier_tense
    if event is None or earlier is None:
        return False
    airport = patterns.cues.airport
    if airport is not None and airport.search(analysis.doc.lower, sentence.start, sentence.end):
        return False
    stops = list(_CLAUSE_STOP.finditer(text, sentence.start, event[0]))
    opening = stops[-1].end() if stops else sentence.start
    if earlier.search(text, opening, event[0]):
        return True
    verb = earlier.search(text, opening, event[1])
    if verb is None or verb.end() != event[1]:
        return False
    stop = _CLAUSE_STOP.search(text, event[1], sentence.end)
    later = [s for s, _e, _k in analysis.events_in(event[1], sentence.end)]  # "… ahead of the visit of Y"
    end = min([stop.start() if stop else sentence.end, *later])
    return not (_full_name_in(analysis, verb.start(), event[0]) or _full_name_in(analysis, event[1], end))


def _plural_role_subject(analysis: Analysis, sentence: Segment) -> bool:
    """The sentence opens with a role in the plural, maybe after an article and an adjective ("The envoys who
    presented their credentials were …", "Les deux ministres ont …"): the group the event counts."""
    singulars = compiled(analysis.language).names.singulars
    return any(fold(word.strip(",.;:")) in singulars for word in sentence.text.split()[:_SUBJECT_WORDS])


def _encounter_to_come(analysis: Analysis, sentence: Segment) -> bool:
    """The sentence's first encounter is one to come ("Il s'entretiendra ensuite avec X", "Danach ist ein Gespräch
    mit X geplant"), or the one its main clause tells after an opening phrase that sets it in another ("During his
    visit, X will meet Y", "Nach dem Besuch der Gedenkstätte wird X mit Y zusammenkommen"), or, when the first is a
    journey, the first meeting or call after it, told in the future."""
    verb = analysis.first_event(sentence.start, sentence.end)
    if verb is None or verb[2] not in _ENCOUNTERS:
        return False
    if _encounter_in_future(analysis, sentence, verb) or _closed_as_to_come(analysis, sentence, verb[1]):
        return True
    if _fronted_meeting(analysis, sentence, verb) is not None:
        return True
    main = _past_opening_phrase(analysis, sentence, verb)
    if main is not None and _encounter_in_future(analysis, sentence, main):
        return True
    if verb[2] in _MEETS:
        return False
    # a journey named first in a phrase or a clause of its own, the meeting its sentence tells in the future ("Le chef
    # de l'Etat, en visite de deux jours en Italie, s'entretiendra avec X", "во время визита X также встретится с Y")
    meeting = analysis.first_event(verb[1], sentence.end, _MEETS)
    return meeting is not None and _encounter_in_future(analysis, sentence, meeting)


def _fronted_to_come(analysis: Analysis, sentence: Segment) -> bool:
    """The sentence's main clause tells a meeting to come after an opening phrase that holds a journey
    (`_fronted_meeting`)."""
    verb = analysis.first_event(sentence.start, sentence.end)
    return verb is not None and _fronted_meeting(analysis, sentence, verb) is not None


def _fronted_meeting(analysis: Analysis, sentence: Segment, verb: EventHit) -> EventHit | None:
    """The meeting of the main clause after an opening phrase that holds a journey, no comma closing it, when a future
    marker stands before anyone is named ("Nach dem Besuch der Gedenkstätte wird X mit Y zusammenkommen"): the journey
    is its setting, the meeting one to come. None when the sentence does not open so."""
    text = analysis.doc.text
    if verb[2] in _MEETS or len(text[sentence.start : verb[0]].split()) > _OPENING_WORDS:
        return None
    meeting = analysis.first_event(verb[1], sentence.end, _MEETS)
    if meeting is None:
        return None
    future = compiled(analysis.language).dates.future.search(text, verb[1], meeting[0])
    return meeting if future is not None and not _named_in(analysis, sentence.start, future.start()) else None


def _past_opening_phrase(analysis: Analysis, sentence: Segment, verb: EventHit) -> EventHit | None:
    """The first encounter after the comma that closes a short opening phrase holding `verb` ("During his visit,",
    "Au cours de sa visite,"): the event of the main clause, `verb` only its setting. None when the sentence does
    not open so."""
    text = analysis.doc.text
    if len(text[sentence.start : verb[0]].split()) > _OPENING_WORDS:
        return None
    comma = text.find(",", verb[1], sentence.end)
    main = analysis.first_event(verb[1], sentence.end, _ENCOUNTERS)
    if comma < 0 or main is None or main[0] < comma:
        return None
    return main


def _meeting_first(analysis: Analysis, sentence: Segment) -> bool:
    """The sentence's first event, or the one of its main clause after an opening phrase ("Au cours de sa visite,
    il s'entretiendra avec X", "Nach dem Besuch wird X mit Y zusammenkommen"), is a meeting or a call, not a
    journey."""
    verb = analysis.first_event(sentence.start, sentence.end)
    if verb is not None and verb[2] not in _MEETS:
        verb = _past_opening_phrase(analysis, sentence, verb) or _fronted_meeting(analysis, sentence, verb)
    return verb is not None and verb[2] in _MEETS


def _credited_after_event(analysis: Analysis, sentence: Segment) -> bool:
    """After its first event, the sentence credits someone with what it tells ("…, a affirmé la ministre X")."""
    event = analysis.first_event(sentence.start, sentence.end)
    inverted = compiled(analysis.language).source.inverted
    return event is not None and inverted.search(analysis.doc.text, event[1], sentence.end) is not None


def _encounter_in_future(analysis: Analysis, sentence: Segment, verb: tuple[int, int, str]) -> bool:
    """The encounter is told in the future ("will meet", "recevra"): not one the brief reports."""
    future = compiled(analysis.language).dates.future
    return bool(future.search(analysis.doc.text, max(sentence.start, verb[0] - _POSSESSOR_REACH), verb[1]))


def _participant_object(analysis: Analysis, sentence: Segment, verb: tuple[int, int, str], mentions: Mentions) -> bool:
    """A participant is whom someone named before the verb meets, in the clause of the verb: "Shortly afterwards,
    X met with Y" (Y already taking part) reports a further encounter of the event."""
    if not any(p.name and not p.participant for _s, _e, _id, p in mentions.within(sentence.start, verb[0])):
        return False  # "Visite officielle de X …": no one new meets them
    stop = _CLAUSE_BREAK.search(analysis.doc.text, verb[1], sentence.end)
    end = stop.start() if stop else sentence.end
    if any(p.participant for _s, _e, _id, p in mentions.within(verb[1], end)):
        return True
    if _guests_in_clause(analysis, sentence, verb, end, mentions):
        return True
    # "Enfin, X s'est entretenue avec le chef de l'Etat": the office of one taking part, named by it alone
    doc = analysis.doc
    nouns = [n for n in analysis.role_nouns.within(verb[1], end) if _stands_alone(analysis, n, mentions)]
    if not nouns:
        return False
    taking_part = list({id(p): p for _s, _e, _id, p in mentions.entries if p.participant and p.name}.values())
    role = doc.span(*role_extent(doc.text, nouns[0].start(), nouns[0].end(), doc.language, end))
    return _role_holder(doc, taking_part, fold(nouns[0].group(0)), role.text) is not None


def _guests_in_clause(
    analysis: Analysis, sentence: Segment, verb: tuple[int, int, str], end: int, mentions: Mentions
) -> bool:
    """After the name before the verb, its clause calls those taking part the guests ("Am Abend lädt X die Gäste zu
    einem Empfang", "X empfängt die Gäste"): X receives the visiting party."""
    guests = {fold(w) for w in analysis.language.guest_nouns}
    named = [e for _s, e, _id, p in mentions.within(sentence.start, verb[0]) if p.name and not p.participant]
    if not guests or not named or not any(p.participant for _s, _e, _id, p in mentions.entries):
        return False
    if _CLAUSE_BREAK.search(analysis.doc.text, named[0], verb[0]) is not None:
        return False  # "X, der die Gäste …": the verb is in another clause than the name
    words = _TOKEN_AT.finditer(analysis.doc.text, named[0], end)
    return any(fold(word.group(0)) in guests for word in words)


def _role_subject(analysis: Analysis, sentence: Segment, verb: tuple[int, int, str], mentions: Mentions) -> bool:
    """The subject is a bare role whose holder takes part, its noun maybe after lower-case words ("The external
    affairs minister also met …"), maybe after an opening adverb ("Later in the day, the external affairs minister met
    …"): no name stands before the verb."""
    starts = analysis.name_starts
    index = bisect_left(starts, sentence.start)
    if index < len(starts) and starts[index] < verb[0] and not _sentence_adverb(analysis, analysis.names[index][1]):
        return False
    if index + 1 < len(starts) and starts[index + 1] < verb[0]:
        return False
    nouns = analysis.role_nouns.within(sentence.start, verb[0])
    if not nouns:
        return False
    doc = analysis.doc
    people = list({id(p): p for _s, _e, _id, p in mentions.entries if p.participant}.values())
    noun = nouns[-1]
    role = doc.span(*role_extent(doc.text, noun.start(), noun.end(), doc.language, verb[0]))
    return _role_holder(doc, people, fold(noun.group(0)), role.text) is not None


def _sentence_adverb(analysis: Analysis, match: NameMatch) -> bool:
    """The name found is one word that opens a sentence as its adverb ("Later", "Meanwhile",
    `Language.sentence_adverbs`), capitalised for its place, no one's name."""
    return len(match.tokens) == 1 and fold(match.tokens[0]) in analysis.language.sentence_adverbs


def _counterpart_named_later(analysis: Analysis, people: list[Person], lead: list[Segment]) -> None:
    """The opening gives the other party only as a counterpart of a country that no one named holds ("… s'est
    entretenu mardi par téléphone avec son homologue ukrainien"), and one of the next sentences opens on a full name
    that holds no role and takes no part yet ("Volodymyr X a remercié la France …"): that one is the counterpart."""
    doc, language = analysis.doc, analysis.language
    if not lead:
        return
    opening, possessive = lead[0], compiled(language).people.possessive_before
    roles = []
    for noun in analysis.role_nouns.within(opening.start, opening.end):
        if not possessive.search(doc.lower, opening.start, noun.start()):
            continue
        role = doc.span(*role_extent(doc.text, noun.start(), noun.end(), language, opening.end))
        if _titles_someone_named(people, role):
            continue  # "… y su homólogo cubano, Raúl X, dialogaron": the counterpart is named with it
        if nationality_country(role.text, language) and _country_holder(doc, people, role.text) is None:
            roles.append(role)
    if len(roles) != 1:
        return
    starts = analysis.name_starts
    for number, sentence in enumerate([s for s in analysis.story if s.start > opening.start][:_ENCOUNTER_NEXT]):
        index = bisect_left(starts, sentence.start)
        if index == len(starts) or starts[index] >= sentence.end:
            continue
        match = analysis.names[index][1]
        met = None  # an encounter's object, whom a role of their own may title ("with Foreign Minister X")
        if len(match.tokens) < 2 or doc.text[sentence.start : match.start].strip() or number >= _NAMED_NEXT:
            match = met = _encounter_object(analysis, sentence, index)
            if match is None:
                continue
        person = next((p for p in people if p.name and same_person(p.tokens, match.tokens, language)), None)
        if person is None and not agencies_named(" ".join(match.tokens)):
            person = _take_part(doc, people, match)  # a name the rules found no reason to keep yet
            person.participant = False
        if person is not None and not person.participant and (person.role is None or met):
            person.participant, person.role = True, roles[0]
            return


def _titles_someone_named(people: list[Person], role: Span) -> bool:
    """The role is the title a named person was found with ("su homólogo cubano, X"): it names no one new."""
    return any(p.name and p.role and p.role.start < role.end and role.start < p.role.end for p in people)


def _encounter_object(analysis: Analysis, sentence: Segment, index: int) -> NameMatch | None:
    """The full name, of two words or more, that an encounter's word and its counterpart word lead to in the sentence,
    maybe past a role ("… my meeting with Foreign Minister X Y will …"); None when the sentence has none. `index`
    is that of the sentence's first name in `Analysis.names`."""
    text, language = analysis.doc.text, analysis.language
    for _segment, match in analysis.names[index:]:
        if match.start >= sentence.end:
            break
        if len(match.tokens) < 2:
            continue
        role = analysis.role_before(sentence.start, match.start)
        lead_end = role[0] if role else match.start
        events = analysis.events_in(sentence.start, lead_end)
        if not events:
            continue
        # the counterpart word after the encounter's, or the last of its phrase ("meeting with")
        link = text[events[-1][0] : lead_end].split()[-1:]
        if link and fold(link[0]) in language.counterpart_words:
            return match
    return None


def _speaker_named_later(analysis: Analysis, people: list[Person], lead: list[Segment]) -> None:
    """The opening gives the one person who takes part unnamed by an office alone ("Le ministre sénégalais … a reçu
    …"), and one of the next sentences credits a quotation to a full name that holds no role and takes no part yet
    ("« Nous avons …, a déclaré X. »", "\"…\", dijo X", "\"…,\" X said"): the speaker holds that office."""
    unnamed = [p for p in people if p.participant and p.name is None and p.role]
    if not lead or len(unnamed) != 1:
        return
    opening = lead[0]
    for sentence in [s for s in analysis.story if s.start > opening.start][:_NAMED_NEXT]:
        match = _quoted_speaker(analysis, sentence)
        if match is None:
            continue
        known = [p for p in people if p.name and same_person(p.tokens, match.tokens, analysis.language)]
        if any(p.participant or p.role for p in known) or agencies_named(" ".join(match.tokens)):
            return
        person = _take_part(analysis.doc, people, match)
        person.role, person.first = unnamed[0].role, min(person.first, unnamed[0].first)
        person.mentions = sorted(person.mentions + unnamed[0].mentions, key=lambda m: m.start)
        people.remove(unnamed[0])
        return


def _quoted_speaker(analysis: Analysis, sentence: Segment) -> NameMatch | None:
    """The full name, of two words or more, a verb of saying credits with a quotation the sentence holds, the verb
    right before the name or after it, next to the quotation's end."""
    text, lower = analysis.doc.text, analysis.doc.lower
    if not any(mark in sentence.text for mark in "«“\""):
        return None
    speech = compiled(analysis.language).cues.speech
    index = bisect_left(analysis.name_starts, sentence.start)
    for _segment, match in analysis.names[index:]:
        if match.start >= sentence.end:
            break
        if len(match.tokens) < 2:
            continue
        verb = next(reversed(list(speech.finditer(lower, sentence.start, match.start))), None)
        before_verb = verb and not text[verb.end() : match.start].strip() and verb.start()
        after = speech.match(lower, match.end + 1) if text.startswith(" ", match.end) else None
        quote_end = before_verb or (after and match.start)
        if quote_end and _QUOTE_CREDIT_GAP.search(text, sentence.start, quote_end):
            said = text[sentence.start : quote_end]
            if any(mark in said for mark in "«“\""):
                return match
    return None


def _sequence_items(analysis: Analysis, mentions: Mentions, windows: list[Segment]) -> list[Segment]:
    """Later sentences of the story that open on the next item of encounters told one by one, whose subject takes
    part already ("En cinquième lieu, X a prêté une oreille attentive au Professeur Y, avant de finir avec Z"): the
    series goes on there, whatever its verb. Not one that goes back to an earlier event or on to one to come."""
    opener = compiled(analysis.language).people.sequence_opener
    if opener is None or not windows:
        return []
    taken, found = {w.start for w in windows}, []
    for sentence in analysis.story:
        opening = opener.match(sentence.text)
        if sentence.start <= windows[0].start or sentence.start in taken or opening is None:
            continue
        named = mentions.within(sentence.start + opening.end(), sentence.start + opening.end() + _SUBJECT_REACH)
        if named and named[0][3].participant and not _background(analysis, sentence):
            found.append(sentence)
    return found


def _pronoun_subject_named_before(analysis: Analysis, people: list[Person], lead: list[Segment]) -> None:
    """The story's opening event sentence has a pronoun for its subject, among its first words, right after the
    comma that closes a clause the event opens ("Il a reçu …", "Receiving …, he noted …"), right before the event
    after a comma that closes an opening clause ("Avant de présider le conseil, il a reçu …"), or right after the
    event's verb where a subject may follow its verb ("Am Dienstag empfing er …"), and names one who takes
    part at most: its subject is the person the sentence before, or the headline above it, names last ("«…», a
    souligné le président X. Il a reçu …"), or the one before that when the sentence between names no one ("X entame
    une mission. Une semaine chargée attend le dirigeant. Il rencontrera …")."""
    if not lead:
        return
    opening, story, text = lead[0], analysis.story, analysis.doc.text
    named_in_opening = {id(p) for p in people if p.participant and p.name and _named_within(p, opening)}
    index = next((i for i, s in enumerate(story) if s.start == opening.start), None)
    event = analysis.first_event(opening.start, opening.end)
    pronoun = compiled(analysis.language).people.subject_pronoun.search(text, opening.start, opening.end)
    previous = story[index - 1] if index else analysis.title if index == 0 else None
    if previous is None or event is None or pronoun is None:
        return
    # right after the event's verb, where a verb may come before its subject ("Am Dienstag empfing er X, Y und
    # Z"): its subject, whoever the sentence goes on to list
    inverted = (
        analysis.language.subject_after_verb
        and event[0] < pronoun.start()
        and len(text[event[0] : pronoun.start()].split()) == 1
    )
    if len(named_in_opening) >= _MIN_LISTED and not inverted:
        return
    opens_on_it = len(text[opening.start : pronoun.start()].split()) < _OPENING_WORDS
    after_clause = event[0] < pronoun.start() and text[event[0] : pronoun.start()].rstrip().endswith(",")
    # or the event's own subject after a clause that opens the sentence ("Avant de présider …, il a reçu …")
    verb_after_clause = (
        pronoun.end() <= event[0]
        and len(text[pronoun.end() : event[0]].split()) <= 1
        and text[opening.start : pronoun.start()].rstrip().endswith(",")
    )
    if not opens_on_it and not after_clause and not verb_after_clause and not inverted:
        return
    named = [(m.start, p) for p in people if p.name for m in p.mentions if previous.start <= m.start < previous.end]
    if not named and index and index >= 2:
        earlier = story[index - 2]
        named = [(m.start, p) for p in people if p.name for m in p.mentions if earlier.start <= m.start < earlier.end]
    if named:
        max(named, key=lambda pair: pair[0])[1].participant = True


def _named_within(person: Person, sentence: Segment) -> bool:
    """One of the person's mentions is in the sentence."""
    return any(sentence.start <= mention.start < sentence.end for mention in person.mentions)


def _group_members(analysis: Analysis, lead: list[Segment], taken: set[int]) -> list[Segment]:
    """The named subjects of later sentences that open on one of a group the opening event counts in the plural
    ("… received letters of credence from five new ambassadors. … Ambassador of Algeria, Ali X, committed to …"); an
    envoy of any post is one of a group that presents its credentials ("from the newly appointed Heads of Mission").
    Each part runs from the sentence's start to the end of its first name; the whole sentence when it opens on the
    group's plural ("The new envoys are Ambassador X of A, Ambassador Y of B and …"): it lists the members."""
    language, doc = analysis.language, analysis.doc
    singulars = compiled(language).names.singulars
    if not lead or analysis.first_event(lead[0].start, lead[0].end) is None:
        return []
    opening, credentials = lead[0], compiled(language).cues.credentials
    group = {singulars[w] for w in (fold(t.strip(",.;:()")) for t in opening.text.split()) if w in singulars}
    elisions = compiled(language).names.elisions
    presents = any(
        event_key(doc.lower[s:e]) in credentials for s, e, _k in analysis.events_in(opening.start, opening.end)
    )
    if presents:
        group |= {fold(r) for r in language.posted_roles}
    if not group:
        return []
    starts, found = analysis.name_starts, []
    background = compiled(language).cues.background
    for sentence in analysis.story:
        if sentence.start <= opening.start or sentence.start in taken:
            continue
        index = bisect_left(starts, sentence.start)
        if index == len(starts) or starts[index] >= sentence.end:
            continue
        _sentence, match = analysis.names[index]
        # an earlier or later occasion told before the name ("Lors de sa précédente visite, l'ambassadeur X"), not
        # the career an apposition tells after it ("L'ambassadeur de A, X, qui a déjà servi à B, a été accrédité")
        if background and background.search(doc.text, sentence.start, match.end):
            continue
        words = " ".join(_unelided(fold(t.strip(",.;:()")), elisions) for t in sentence.text.split()[:_GROUP_WORDS])
        opens_on_group = any(f" {g} " in f" {words} " for g in group)
        if not (
            opens_on_group
            or (presents and _group_role_before(analysis, sentence, match, group))
            or _group_role_after(analysis, sentence, match, group)
        ):
            continue
        if opens_on_group and len(doc.text[sentence.start : match.start].split()) > _GROUP_SUBJECT_WORDS:
            continue
        if _plural_role_subject(analysis, sentence):
            found.append(sentence)
        else:
            found.append(Segment(sentence.start, match.end, doc.text[sentence.start : match.end], sentence.paragraph))
    return found


def _unelided(word: str, elisions: frozenset[str]) -> str:
    """A folded word without the elided article glued to it ("l'ambassadeur" → "ambassadeur")."""
    elided, _apostrophe, rest = word.partition("'")
    return rest if rest and elided + "'" in elisions else word


def _envoys_further_in(analysis: Analysis, mentions: Mentions, parts: list[Segment]) -> None:
    """Past the first envoy of a sentence told in turn, the others it names by the same office take part too ("…, Y,
    y tras ella lo han hecho la nueva embajadora de Z, W"): in the sentence the part opens, whoever holds a role of
    an envoy's post."""
    posted = {fold(r) for r in analysis.language.posted_roles}
    for part in parts:
        sentence = next((s for s in analysis.story if s.start == part.start), None)
        if sentence is None or sentence.end == part.end:
            continue
        for _start, _end, _id, person in mentions.within(part.end, sentence.end):
            role = person.role.text if person.role else person.listed_role or ""
            if person.name and any(fold(w.strip(",.;:()")) in posted for w in role.split()):
                person.participant = True


def _group_role_before(analysis: Analysis, sentence: Segment, match: NameMatch, group: set[str]) -> bool:
    """The sentence's first name holds one of the group's offices in the role right before it, which a few words
    open ("A continuación ha sido el turno de la nueva embajadora de X, Y"): the next envoy of a credentials
    ceremony, told in turn."""
    role = analysis.role_before(sentence.start, match.start)
    if role is None or len(analysis.doc.text[sentence.start : role[0]].split()) > _GROUP_SUBJECT_WORDS:
        return False
    return any(fold(t.strip(",.;:()")) in group for t in analysis.doc.text[role[0] : role[1]].split())


def _group_role_after(analysis: Analysis, sentence: Segment, match: NameMatch, group: set[str]) -> bool:
    """The sentence opens on its first name, maybe after titles of address, and the role in apposition after it is
    one of the group's offices ("Son Excellence M. X, ambassadeur de A et doyen du corps diplomatique, a affirmé au
    nom de la délégation …"): one of the group the opening counts, its subject."""
    if _honorifics_start(analysis, sentence.start, match.start) != sentence.start:
        return False
    role = role_after(analysis.doc.text, match.end, sentence.end, analysis.language)
    return role is not None and any(
        fold(t.strip(",.;:()")) in group for t in analysis.doc.text[role[0] : role[1]].split()[:_GROUP_WORDS]
    )


def _group_listed_later(
    analysis: Analysis, people: list[Person], mentions: Mentions, lead: list[Segment], taken: set[int], took_place: bool
) -> list[Segment]:
    """The event's sentences name one person at most ("die Außenamtschefs Österreichs, Deutschlands, … einigten
    sich", "Außenminister X und seine Amtskollegen aus …"), and one of the next sentences lists two people or more
    who take no part yet, one after the other ("X (Österreich), Y (Deutschland) und Z (Schweiz)"): the group's
    members, named later. Not a sentence of an earlier event or one to come."""
    if not lead or sum(1 for p in people if p.participant and p.name) > 1:
        return []
    for sentence in [s for s in analysis.story if s.start > lead[0].start][:_NAMED_NEXT]:
        if sentence.start in taken or _background(analysis, sentence) or (took_place and _to_come(analysis, sentence)):
            continue
        named = [m for m in mentions.within(sentence.start, sentence.end) if m[3].name and not m[3].participant]
        if len(named) >= _MIN_LISTED and all(
            _LISTED_BETWEEN.fullmatch(analysis.doc.text[a[1] : b[0]])
            or _COUNTRY_ITEM_GAP.fullmatch(analysis.doc.text, a[1], b[0])  # "(X), Burkina Faso (Y)"
            for a, b in pairwise(named)
        ):
            return [sentence]
    return []


def _semicolon_list_members(analysis: Analysis, mentions: Mentions, took_place: bool) -> None:
    """A list whose items semicolons set apart ("Son X, embajador de A; Y, representante de B; y Z, …") names
    people who stand together: when one of them takes part, the others do too. Not in a sentence of an earlier
    event, nor of one to come after a lead that tells what took place."""
    text = analysis.doc.text
    for sentence in analysis.body:
        if _background(analysis, sentence) or (took_place and _to_come(analysis, sentence)):
            continue
        named = [m for m in mentions.within(sentence.start, sentence.end) if m[3].name]
        runs = [named[:1]] if named else []
        for before, after in pairwise(named):
            if _SEMICOLON_ITEM.fullmatch(text, before[1], after[0]):
                runs[-1].append(after)
            else:
                runs.append([after])
        for run in runs:
            if len(run) >= _MIN_LISTED and any(m[3].participant for m in run):
                for _start, _end, _id, person in run:
                    person.participant = True


def _representations(analysis: Analysis, windows: list[Segment]) -> list[Segment]:
    """Other sentences that say who takes part for whom ("L'UE est représentée par X"), when the brief
    reports an event and the sentence does not go back to an earlier one, nor tells, in the future, who will be at
    an occasion to come after a lead that tells what took place ("La ceremonia contará con la presencia de X")."""
    patterns = compiled(analysis.language)
    representation, background = patterns.people.representation, patterns.cues.background
    if not windows or representation is None:
        return []
    taken = {s.start for s in windows}
    future = patterns.dates.future
    lead_to_come = any(_to_come(analysis, w) for w in windows)
    return [
        s
        for s in analysis.body
        if s.start not in taken
        and (cue := representation.search(s.text))
        and not (background and _background_beyond_roles(analysis, background, s))
        and (lead_to_come or not future.search(_cue_clause(s.text, cue)))
    ]


def _background_beyond_roles(analysis: Analysis, background: re.Pattern[str], sentence: Segment) -> bool:
    """A background cue in the sentence that is not a word of someone's title: "former" in "former Senate chairman
    X" qualifies the office a member of the party once held, not the sentence's occasion."""
    text = analysis.doc.text
    for cue in background.finditer(text, sentence.start, sentence.end):
        reach = min(sentence.end, cue.end() + _QUALIFIED_ROLE_REACH)
        noun = next(iter(analysis.role_nouns.within(cue.end(), reach)), None)
        if noun is None or not _NOUN_PHRASE_GAP.fullmatch(text, cue.end(), noun.start()):
            return True
    return False


def _cue_clause(text: str, cue: re.Match[str]) -> str:
    """The clause of a sentence up to the end of its representation cue, from the comma or semicolon before it: the
    tense that puts who takes part to come ("…, quien estará acompañada por X"), not a later clause's ("El acto, en
    el que ha estado presente X, permitirá …")."""
    opening = max(text.rfind(",", 0, cue.start()), text.rfind(";", 0, cue.start())) + 1
    return text[opening : cue.end()]


def _members_named_next(analysis: Analysis, mentions: Mentions, sentence: Segment, taken: set[int]) -> list[Segment]:
    """The sentence right after one that says who was there without naming anyone ("Ambas partes estuvieron
    acompañadas de sus delegaciones. En la mesa estuvieron X, …; Y, …", "Церемония продолжилась представлением
    членов делегаций. …"), when it names two people or more and tells no earlier event nor one to come: the members."""
    if any(p.name for _s, _e, _id, p in mentions.within(sentence.start, sentence.end)):
        return []
    following = next((s for s in analysis.body if s.start >= sentence.end), None)
    if following is None or following.start in taken:
        return []
    if _background(analysis, following) or _to_come(analysis, following):
        return []
    named = {id(p) for _s, _e, _id, p in mentions.within(following.start, following.end) if p.name}
    return [following] if len(named) >= _MIN_LISTED else []


def _plural_role(word: str, role_words: Container[str]) -> bool:
    """The plural of a role word ("ministers")."""
    return word.endswith("s") and word[:-1] in role_words


def _agency_in_brackets(text: str, noun: re.Match[str]) -> bool:
    """The role noun is written in capitals alone in brackets, and the agencies register knows it as an agency's
    name ("(MNA)"): an agency's credit, not an office."""
    written = text[noun.start() : noun.end()]
    return (
        written.isupper()
        and text[noun.start() - 1 : noun.start()] == "("
        and text[noun.end() : noun.end() + 1] == ")"
        and bool(agencies_named(written))
    )


def _stands_alone(analysis: Analysis, noun: re.Match[str], mentions: Mentions) -> bool:
    """A singular role noun that is not part of a named person's role or apposition, nor the rank of a plural one."""
    patterns = compiled(analysis.language).names
    word = fold(noun.group(0))
    if _plural_role(word, patterns.role_words) or analysis.doc.text.startswith(("'s", "’s"), noun.end()):
        return False
    following = _NEXT_WORD.match(analysis.doc.text, noun.end())
    venues = compiled(analysis.language).places.venues
    if following and following.group(1)[0].isupper() and fold(following.group(1)) in venues:
        return False  # "at the PM House": a building's name
    if following and _plural_role(fold(following.group(1)), patterns.role_words):
        return False  # "Deputy Ministers": the rank of a plural role, a group
    if _agency_in_brackets(analysis.doc.text, noun):
        return False  # "TEHRAN, Apr. 21 (MNA) –": the credit of an agency that goes by the office's capitals
    nearby = mentions.within(max(0, noun.start() - _ROLE_REACH), noun.end() + _APPOSITION_CHARS)
    for start, end, _id, person in nearby:
        if person.role and person.role.start <= noun.start() < person.role.end:
            return False
        if person.name and start <= noun.start() < end:
            return False  # "Eduardo Enrique Reina": a word of a name, its surname
        if 0 <= noun.start() - end <= 4:
            return False
        if 0 <= start - noun.end() <= _APPOSITION_CHARS:
            role = analysis.role_before(noun.start(), start)
            if role and role[0] <= noun.start() < role[1]:
                return False
    return True


def _add_role_mentions(
    analysis: Analysis, people: list[Person], mentions: Mentions, windows: list[Segment], create: bool = True
) -> None:
    """Roles standing alone ("the Secretary-General", "le ministre azerbaïdjanais"): a mention of the known
    person with that role or country, or else (when `create`) an unnamed participant. "His counterpart"
    refers to someone else: only a country ("his Australian counterpart") names them, as the person the
    brief gives that country's role to ("Australian Foreign Minister X said …")."""
    doc = analysis.doc
    patterns = compiled(doc.language).people
    possessive, pair = patterns.possessive_before, patterns.pair_before
    for window in windows:
        for noun in analysis.role_nouns.within(window.start, window.end):
            if not _stands_alone(analysis, noun, mentions):
                continue
            if pair and pair.search(doc.lower, window.start, noun.start()):
                continue  # "both ministers", "beide Minister": the two already named
            word = fold(noun.group(0))
            span = doc.span(noun.start(), noun.end())
            role = doc.span(*role_extent(doc.text, noun.start(), noun.end(), doc.language, window.end))
            if _runs_into_name(analysis, mentions, noun.end(), role.end):
                continue  # "the US Special Envoy for X Ambassador Y Z": the title of the name it runs into
            if quoted := _QUOTED_NAME_AFTER.match(doc.text, noun.end()):
                # "met party Chairperson 'Prachanda' in the capital": the title of the one the quotes name
                if holder := _quoted_holder(people, quoted.group(1)):
                    holder.mentions.append(span)
                    mentions.add(holder, span)
                continue
            if handle := _HANDLE_AFTER.match(doc.text, noun.end()):
                # "with FM @xyz during a stopover": the title of the account's holder, whom the handle names
                if holder := _handle_holder(people, handle.group(1)):
                    holder.mentions.append(span)
                    mentions.add(holder, span)
                continue
            if possessive.search(doc.lower, window.start, noun.start()):
                holder = _country_holder(doc, people, role.text)
                if holder and _other_office(analysis, mentions, window, noun.start(), holder):
                    continue  # "Außenministerin X empfängt ihren französischen Kollegen": not France's president
                if holder:
                    holder.mentions.append(span)
                    mentions.add(holder, span)
                continue
            holder = _role_holder(doc, people, word, role.text, noun.start())
            short = _up_to_country(doc, role, noun)
            whole = _with_portfolio(doc, short, role, noun)  # "le ministre russe des Affaires étrangères"
            if holder is None and (
                (holder := _other_side(doc, people, word, role.text))
                or (holder := _only_roleless(doc, people, short, whole))
            ):
                holder.role = whole  # "X talked with the President of Belarus Y … the President of Russia …": X;
                # "X met Y, minister of A … the Argentinian president": X
            elif holder and (fuller := _spelled_out(analysis, people, holder, noun, role)):
                holder.role = fuller  # "le président X … le président de la République a salué …"
            holder = holder or _office_holder(doc, people, role.text)  # "Президент X … Глава государства …"
            if holder:
                holder.mentions.append(span)
                mentions.add(holder, span)
            elif create and word not in patterns.council_titles and not _group_noun(analysis, noun):
                # not "der Nationalrat tagt" (the council itself), nor "los embajadores" (a group, no one person)
                unnamed = Person(tokens=(word,), name=None, role=role, mentions=[span], first=span.start)
                people.append(unnamed)
                mentions.add(unnamed, span)


def _quoted_holder(people: list[Person], quoted: str) -> Person | None:
    """The one named person whose name, or last name word, the quoted words are ("'Prachanda'"); None when no one,
    or several, fit."""
    key = fold(quoted)
    fits = [p for p in people if p.name and key in (fold(p.name), fold(p.tokens[-1]))]
    return fits[0] if len(fits) == 1 else None


def _handle_holder(people: list[Person], handle: str) -> Person | None:
    """The one named person whose last name word the account's handle spells ("@JaneDoeMP": Jane Doe); None when
    no one, or several, fit."""
    folded = fold(handle).replace("_", "")
    fits = [p for p in people if p.name and len(last := fold(p.tokens[-1])) >= _HANDLE_NAME_LETTERS and last in folded]
    return fits[0] if len(fits) == 1 else None


def _group_noun(analysis: Analysis, noun: re.Match[str]) -> bool:
    """A role noun in the plural ("los embajadores y cónsules del país", "the ministers"): the holders of an office
    as a group, not one person the brief leaves unnamed."""
    names = compiled(analysis.language).names
    return is_role_plural(fold(noun.group(0).split()[0]), names.role_words, names.plural_endings)


def _style_mentions(analysis: Analysis, people: list[Person], mentions: Mentions, windows: list[Segment]) -> None:
    """A style of address standing alone, no name after it ("a phone call made by His Highness last night", "Sa
    Majesté a reçu …"): a further mention of the one person the brief names under that style ("His Highness Sheikh
    X"). None when no one, or several, bear it."""
    doc = analysis.doc
    found = _styles(doc.language)
    if found is None:
        return
    named = [p for p in people if p.name]
    for window in windows:
        for style in found.finditer(doc.text, window.start, window.end):
            if _NAME_FOLLOWS.match(doc.text, style.end()) or mentions.within(style.start(), style.end()):
                continue  # "His Highness Sheikh X": the style of the name after it
            bearers = [
                p
                for p in named
                if any(
                    (before := _last(found.finditer(doc.text, max(0, m.start - _STYLE_REACH), m.start)))
                    and _titles_only(analysis, doc.text[before.end() : m.start])
                    and fold(before.group(0)) == fold(style.group(0))
                    for m in p.mentions
                )
            ]
            if len(bearers) == 1:
                span = doc.span(style.start(), style.end())
                bearers[0].mentions.append(span)
                mentions.add(bearers[0], span)


def _titles_only(analysis: Analysis, between: str) -> bool:
    """Only honorifics and a sovereign's titles stand between a style of address and the name ("His Highness Sheikh
    X", "His Majesty King Y")."""
    names = compiled(analysis.language).names
    return all(
        fold(word).rstrip(".") in names.honorific_words or fold(word) in names.sole_title_words
        for word in between.split()
    )


def _last(matches: Iterator[re.Match[str]]) -> re.Match[str] | None:
    """The last of the matches, None when there is none."""
    last = None
    for last in matches:  # noqa: B007
        pass
    return last


@lru_cache(maxsize=8)
def _styles(language: Language) -> re.Pattern[str] | None:
    """The language's honorifics of several whole words ("His Highness", "Sa Majesté"), as a style of address may
    stand for the person it was first set before; not an abbreviation's letters ("H. E."). None when it has none."""
    styles = [h for h in language.honorifics if " " in h and all(len(w) > 2 and w.isalpha() for w in h.split())]
    if not styles:
        return None
    alternation = "|".join(re.escape(h).replace(r"\ ", r"[^\S\n]+") for h in sorted(styles, key=len, reverse=True))
    return kept_patterns.compile(rf"(?<!\w)(?:{alternation})(?!\w)")


def _spelled_out(
    analysis: Analysis, people: list[Person], holder: Person, noun: re.Match[str], role: Span
) -> Span | None:
    """The title a bare role standing alone writes out in full, when its holder was named with a shorter one ("le
    président X" … "le président de la République a salué", "spokeswoman X" … "A Foreign Ministry spokeswoman
    said"): its words before the noun and the links and capitalised words of its complement, holding every word of
    the holder's role and more. None when it names another country than the holder's role, stands above the story,
    holds a name, is of another noun than theirs, or when someone else named holds its noun or the words it adds
    before it (it may be theirs)."""
    doc, language = analysis.doc, analysis.language
    if holder.role is None or holder.apposition is not None or not holder.name or _above_story(analysis, role.start):
        return None
    if not any(s.start <= role.start < s.end for s in analysis.story):
        return None
    fuller = doc.span(role.start, _complement_end(doc.text, noun.end(), role.end, language, genitive=True))
    known, words = fold(holder.role.text).split(), fold(fuller.text).split()
    if len(words) <= len(known) or not set(known) <= set(words) or _named_in(analysis, fuller.start, fuller.end):
        return None
    name = {fold(token) for token in holder.tokens}
    if any(_WORD_AT.match(word).group(0) in name for word in words):
        return None  # "King Abdullah’s leadership": their name, not the title's complement
    country = nationality_country(fuller.text, language)
    if country and country != nationality_country(holder.role.text, language):
        return None  # "le président X … le Président de la Transition de Madagascar": maybe the other side's
    parts = set(fold(noun.group(0)).replace("-", " ").split())
    if not _shares_role_word(parts, holder.role.text, language):
        return None  # "der Bundespräsident den Botschafter X": another office that runs into theirs
    if any(p is not holder and p.name and p.role and _shares_role_word(parts, p.role.text, language) for p in people):
        return None
    before = set(fold(doc.text[fuller.start : noun.start()]).split()) - set(known) - language.stopwords
    if any(p is not holder and p.name and p.role and before & set(fold(p.role.text).split()) for p in people):
        return None  # "Samoan counterpart Y" … "Samoan Prime Minister": the words it adds before its noun are another's
    return fuller


def _runs_into_name(analysis: Analysis, mentions: Mentions, start: int, end: int) -> bool:
    """A named person's name begins in [start, end), a role's words after its noun, with no comma and no article
    between ("el mandatario el canciller X", "the chief of staff, General X": another's title, or an apposition)."""
    articles = {fold(w) for w in analysis.language.definite_articles}
    for name_start, _end, _id, person in mentions.within(start, end):
        if person.name:
            gap = analysis.doc.text[start:name_start]
            return "," not in gap and not any(fold(w) in articles for w in gap.split())
    return False


def _other_office(analysis: Analysis, mentions: Mentions, window: Segment, start: int, holder: Person) -> bool:
    """The counterpart at `start` is of the office of whoever the window names last before it; the holder found by
    country alone has a role that shares no word with that one ("Präsident" for a minister's "Kollege")."""
    before = [p for _s, end, _id, p in mentions.within(window.start, start) if end <= start and p.role and p.name]
    if not before or holder.role is None or before[-1] is holder:
        return False
    nouns = analysis.role_nouns.within(holder.role.start, holder.role.end)
    parts = {word for n in nouns for word in fold(n.group(0)).replace("-", " ").split()}
    return bool(parts) and not _shares_role_word(parts, before[-1].role.text, analysis.language)


def _heading_roles(analysis: Analysis, people: list[Person], mentions: Mentions, heading: Segment) -> None:
    """A bare singular role of a country in a headline that reports the event ("X recibió al presidente de Bolivia")
    is the one person the body gives that office and country ("el presidente boliviano Y"): a mention of them."""
    doc, language = analysis.doc, analysis.language
    role_words = compiled(language).names.role_words
    for noun in analysis.role_nouns.within(heading.start, heading.end):
        word = fold(noun.group(0))
        plural = is_role_plural(word, role_words, compiled(language).names.plural_endings)
        if plural or not _stands_alone(analysis, noun, mentions):
            continue
        role = doc.span(*role_extent(doc.text, noun.start(), noun.end(), language, heading.end))
        if not nationality_country(role.text, language):
            continue  # the country tells whose office it is
        holder = _role_holder(doc, [p for p in people if p.name], word, role.text)
        parts = set(word.replace("-", " ").split())
        if (
            holder
            and not holder.participant
            and holder.role
            and (_shares_role_word(parts, holder.role.text, language) or _same_office(word, holder.role.text, language))
        ):
            span = doc.span(noun.start(), noun.end())
            holder.mentions.append(span)
            mentions.add(holder, span)


def _named_next(analysis: Analysis, people: list[Person], mentions: Mentions) -> None:
    """Two roles standing alone open the story and the next sentences name two people joined by "and", with no role
    of their own ("Le ministre russe … et son homologue français ont abordé … ». … X et Y ont échangé …"): the
    second party named later; each name takes the role in the same place of the opening. One role alone goes to
    the one of the two who has none, when the other was named with a role, or to the full name with no role that
    the next sentence opens on ("Le ministre de l'Intérieur tire la sonnette d'alarme. X soutient que …")."""
    doc = analysis.doc
    opening = next((s for s in analysis.lead if _names_someone(analysis, s)), None)  # not a date line
    if opening is None:
        return
    following = [s for s in analysis.story if s.start > opening.start][:_NAMED_NEXT]
    nouns = [n for n in analysis.role_nouns.within(opening.start, opening.end) if _stands_alone(analysis, n, mentions)]
    if len(nouns) == 2 and _complement_of(analysis, nouns[0], nouns[1]):
        nouns = nouns[:1]  # "Пресс-секретарь президента России ответил …": one role, whose office is another's
    pair = next((p for s in following if (p := _joined_pair(analysis, s))), None)
    verb = compiled(analysis.language).people.active_verb
    if len(nouns) == 1 and pair is None and not verb.search(doc.text, opening.start, nouns[0].start()):
        pair = _opens_on_full_name(analysis, following[:1])  # the role is the opening's subject, before any verb
    if len(nouns) not in (1, 2) or pair is None:
        return
    told = next((s for s in following if s.start <= pair[0].start < s.end), None)
    if told is not None and _tells_another_occasion(analysis, told):
        return  # "… qu'un président syrien n'avait été reçu à l'Élysée. X avait alors assisté au défilé": a past guest
    roled = [
        any(p.role for p in people if p.name and same_person(p.tokens, match.tokens, doc.language)) for match in pair
    ]
    if len(nouns) == 1 and len(pair) == 2 and sum(roled) == 1:
        # "La première ministre de Belgique a offert un dîner au président X. … Y et X ont évoqué …": Y is the role
        pair = tuple(match for match, has_role in zip(pair, roled, strict=True) if not has_role)
    elif len(nouns) != len(pair) or any(roled):
        return  # named with a role of their own: not the two the opening speaks of
    for noun, match in zip(nouns, pair, strict=True):
        person = _take_part(doc, people, match)
        person.role = _role_up_to_verb(analysis, noun, opening.end)
        span = doc.span(noun.start(), noun.end())
        person.mentions.append(span)
        mentions.add(person, span)


def _complement_of(analysis: Analysis, first: re.Match[str], second: re.Match[str]) -> bool:
    """The role noun `second` completes `first`, only words of a phrase between them, no joiner, no comma and no
    verb ("the spokesman of the president", "пресс-секретарь президента"): one office, not two people's."""
    between = analysis.doc.text[first.end() : second.start()]
    if any(mark in between for mark in ",;:.()\n") or analysis.events_in(first.end(), second.start()):
        return False
    joiners = {fold(w) for w in analysis.language.list_joiners}
    verb = compiled(analysis.language).people.active_verb
    return joiners.isdisjoint(fold(between).split()) and not verb.search(between)


def _role_up_to_verb(analysis: Analysis, noun: re.Match[str], limit: int) -> Span:
    """A bare role's phrase, from its nationality before the noun to the verb, the punctuation or the "and" that
    follows it ("Le ministre mauritanien des Affaires étrangères a reçu …")."""
    doc = analysis.doc
    start, extent_end = role_extent(doc.text, noun.start(), noun.end(), doc.language, limit)
    stop = _CLAUSE_BREAK.search(doc.text, noun.end(), limit)
    if stop and stop.group(0) == "," and extent_end > stop.end():
        return doc.span(start, extent_end)  # "Le ministre de l'Économie, des Finances et du Plan a …": the portfolio
    verb = compiled(analysis.language).names.gap_verb.search(doc.text, noun.end(), stop.start() if stop else limit)
    end = verb.start() if verb else stop.start() if stop else limit
    joins = {fold(w) for w in analysis.language.counterpart_words}
    for word in re.finditer(r"\S+", doc.text[noun.end() : end]):
        if fold(word.group(0)) in joins:
            end = noun.end() + word.start()
            break
    return doc.span(start, len(doc.text[:end].rstrip()))


def _opens_on_full_name(analysis: Analysis, sentences: list[Segment]) -> tuple[NameMatch] | None:
    """The full name (two words or more) the first of the sentences opens on, with no role before it, its verb
    right after it ("X soutient que …"; not "Redacción X.- Fue recibido …", a dateline's words)."""
    starts, text = analysis.name_starts, analysis.doc.text
    for sentence in sentences:
        index = bisect_left(starts, sentence.start)
        if index < len(starts) and starts[index] < sentence.end:
            match = analysis.names[index][1]
            opens = not text[sentence.start : match.start].strip(" «“\"'")
            if len(match.tokens) >= 2 and opens and _VERB_NEXT.match(text, match.end):
                return (match,)
    return None


def _joined_pair(analysis: Analysis, sentence: Segment) -> tuple[NameMatch, NameMatch] | None:
    """Two full names of a sentence joined by "and" / "et", nothing else between ("X et Y ont …")."""
    starts = analysis.name_starts
    names = analysis.names[bisect_left(starts, sentence.start) : bisect_left(starts, sentence.end)]
    joins = {fold(w) for w in analysis.language.counterpart_words}
    for (_s, first), (_t, second) in pairwise(names):
        between = analysis.doc.text[first.end : second.start].split()
        if len(first.tokens) >= 2 and len(second.tokens) >= 2 and len(between) == 1 and fold(between[0]) in joins:
            return first, second
    return None


def _country_holder(doc: Document, people: list[Person], role: str) -> Person | None:
    """The one named person whose role is of the country this role names; None when it names none."""
    country = nationality_country(role, doc.language) if doc.language else None
    fits = [
        p
        for p in people
        if p.name and p.role and same_country(nationality_country(p.role.text, doc.language), country, doc.language)
    ]
    return fits[0] if country and len(fits) == 1 else None


def _role_holder(doc: Document, people: list[Person], noun: str, role: str, at: int | None = None) -> Person | None:
    """The person a bare role refers to: the same country, else the same role noun; the earliest
    participant when several fit. A role that names a country, written at `at`, refers back to no one whose role
    names none and who is named only after it ("le nouveau président malgache … le président Vladimir Poutine"),
    when someone without a role is there for it to refer back to."""
    language = doc.language
    if language is None:
        return None
    country = nationality_country(role, language)
    fits = [p for p in people if p.role and same_country(nationality_country(p.role.text, language), country, language)]
    parts = set(noun.replace("-", " ").split())
    # where the bare role stands, when it names a country and someone without a role may be the one it refers to
    anchor = at if country and at is not None and any(not q.role for q in people) else None
    # another title of the office is someone's only when no participant named without a role may be the one meant
    offices = not _named_without_role(people)
    fits = fits or [
        p
        for p in people
        if p.role
        and (
            _shares_role_word(parts, p.role.text, language)
            or (offices and _same_office(noun, p.role.text, language))
        )
        and (
            not country
            or (theirs := nationality_country(p.role.text, language)) is None
            or same_country(theirs, country, language)
        )  # not another country's
        and not (anchor is not None and p.first > anchor and nationality_country(p.role.text, language) is None)
    ]
    if not fits:
        return None
    return min(fits, key=lambda p: (not p.participant, p.first))


def _same_office(noun: str, role: str, language: Language) -> bool:
    """The bare role noun (folded) and the role a person was given are titles of one office
    (`Language.same_offices`): "el mandatario" is the man named "presidente X", "el canciller" the one named
    "ministro de Asuntos Exteriores X"."""
    held = f" {fold(role)} "
    return any(
        noun in titles and any(f" {title} " in held for title in titles if title != noun)
        for titles in _folded_offices(language)
    )


def _office_holder(doc: Document, people: list[Person], role: str) -> Person | None:
    """The earliest participant the brief gives another title of the office that a bare role's words open with
    (`Language.same_offices`: "le chef de l'État" is "le président X"), of the bare role's country when it names
    one; None when no one holds it, or when a participant named without a role may be the one it refers to."""
    language = doc.language
    title = _office_title(role, language) if language else ""
    if not title or _named_without_role(people):
        return None
    country = nationality_country(role, language)
    fits = [
        p
        for p in people
        if p.participant
        and p.role
        and _same_office(title, p.role.text, language)
        and (not country or same_country(nationality_country(p.role.text, language), country, language))
    ]
    return min(fits, key=lambda p: p.first, default=None)


def _named_without_role(people: list[Person]) -> bool:
    """A participant is named without a role: a bare title may be theirs, so another title of an office is no one's."""
    return any(p.participant and p.name and not p.role for p in people)


def _office_title(role: str, language: Language) -> str:
    """The title of `Language.same_offices` that a bare role's words open with, folded ("Глава государства
    подчеркнул": "глава государства"), the longest; "" when none does."""
    words = f"{fold(role)} "
    titles = [title for group in _folded_offices(language) for title in group if words.startswith(f"{title} ")]
    return max(titles, key=len, default="")


@cache
def _folded_offices(language: Language) -> tuple[frozenset[str], ...]:
    """`Language.same_offices`, each title folded."""
    return tuple(frozenset(fold(title) for title in titles) for titles in language.same_offices)


def _other_side(doc: Document, people: list[Person], noun: str, role: str) -> Person | None:
    """The one person named with no role, when a bare role is the office one other person holds for another
    country ("… с президентом Белоруссии Y. … президент России …"): the two sides of a meeting between peers."""
    language = doc.language
    country = nationality_country(role, language) if language else None
    if not country:
        return None
    parts = set(noun.replace("-", " ").split())
    peers = [p for p in people if p.name and p.role and _shares_role_word(parts, p.role.text, language)]
    theirs = nationality_country(peers[0].role.text, language) if len(peers) == 1 else None
    roleless = [p for p in people if p.name and p.role is None and p.listed_role is None]
    return roleless[0] if theirs and theirs != country and len(roleless) == 1 else None


def _only_roleless(doc: Document, people: list[Person], role: Span, whole: Span) -> Person | None:
    """The one person named with no role, when a short bare role of a country fits no one the brief gives a role
    ("X a reçu Y … le ministre tunisien …"): the office is theirs, the one name it can refer to, if they already
    take part (the role tells who they are, not that they were there); not a long phrase (a byline's "envoy of …").
    `whole` is the role with its portfolio, which they keep."""
    if not doc.language or len(role.text.split()) > _SHORT_ROLE_WORDS:
        return None
    if not nationality_country(role.text, doc.language):
        return None
    roleless = [p for p in people if p.name and p.role is None and p.listed_role is None]
    if len(roleless) != 1:
        return None
    if not roleless[0].participant:
        roleless[0].pending_role = roleless[0].pending_role or whole  # theirs if they are found to take part
        return None
    return roleless[0]


def _up_to_country(doc: Document, role: Span, noun: re.Match[str]) -> Span:
    """A bare role from its noun (or the nationality before it) to the country it names, without the words a
    loose reading took around it ("Ранее президент России направил" is "президент России")."""
    patterns = compiled(doc.language).names
    folded = fold(role.text)
    found = patterns.nationality.search(folded) or patterns.territory.search(folded)
    if found is None or len(folded) != len(role.text):
        return role
    start = role.start + found.start() if found.start() < noun.start() - role.start else noun.start()
    return doc.span(start, max(role.start + found.end(), noun.end()))


def _with_portfolio(doc: Document, short: Span, role: Span, noun: re.Match[str]) -> Span:
    """A bare role cut at its country (`_up_to_country`) with the portfolio that follows a nationality written after
    its noun ("le ministre russe des Affaires étrangères"), within the whole phrase read (`role`)."""
    if doc.language is None or short.start != noun.start() or short.end <= noun.end():
        return short
    return doc.span(short.start, _portfolio_end(doc.text, short.end, role.end, doc.language))


def _portfolio_end(text: str, start: int, limit: int, language: Language) -> int:
    """Where a portfolio that follows a nationality written after its role noun ends: genitive links and capitalised
    words, each capitalised one maybe with one small adjective after it (" des Affaires étrangères", " de Relaciones
    Exteriores"); `start` when no genitive link and capital open it."""
    links = {fold(w) for w in language.genitive_links}
    kept, previous = start, ""
    for word in _TOKEN_AT.finditer(text, start, limit):
        token = word.group(0)
        if token[:1].isupper() or ELIDED_CAPITAL.match(token):
            kept, previous = word.end(), "capital"
        elif fold(token) in links and previous != "link":
            previous = "link"
        elif previous == "capital" and token[:1].islower() and kept == word.start() - 1:
            kept, previous = word.end(), "adjective"
        else:
            break
    return kept


def _shares_role_word(parts: set[str], role: str, language: Language) -> bool:
    """A word of the role is one of `parts` in any case form ("министром" is the "министр"), or, where nouns
    compound, ends with one ("der Kanzler" is the "Bundeskanzler", "dem Präsidenten" the "US-Präsident")."""
    endings = compiled(language).names.endings
    wanted = {form for part in parts for form in stems(part, endings)}
    held = {form for word in fold(role).replace("-", " ").split() for form in stems(word, endings)}
    if language.compounds:
        return any(word.endswith(form) for word in held for form in wanted)
    return bool(wanted & held)


def _to_model(doc: Document, person: Person, home: Callable[[], str | None] | None = None) -> Participant:
    role = person.role.text.strip(" ,") if person.role else person.listed_role
    if role and person.role_of:
        role = f"{role} {person.role_of.text}"
    if role and person.apposition:
        second = person.apposition.text.strip(" ,")
        role = second if fold(role) in fold(second) else f"{role}, {second}"
    affiliation = nationality_country(role, doc.language) if role else None
    if affiliation is None and person.country:
        affiliation = person.country.text.strip()  # "X (Angola), Y (Tchad)": the country each item stands for
    if affiliation is None and role and home and _home_office(role, doc.language):
        affiliation = home()  # "le président de la République" in a brief from Cotonou
    if role and person.chained_office:
        role = f"{person.chained_office.text}, {role}"
        affiliation = affiliation or nationality_country(role, doc.language)
    mentions = sorted({(m.start, m.end): m for m in person.mentions}.values(), key=lambda m: m.start)
    if role and doc.language and doc.language.nominative_phrase:
        role = doc.language.nominative_phrase(role)  # "посла Латвии" is the role "посол Латвии"
    name = person.name
    if name and doc.language and doc.language.nominative_name:
        written = next((m for m in mentions if m.text == name), None)  # where it is written, with the word before
        before = doc.text[max(0, written.start - _NAME_CONTEXT) : written.start] if written else ""
        before = before.partition(" ")[2] if written and written.start > _NAME_CONTEXT else before  # whole words
        name = doc.language.nominative_name(_bare_surname(person, name), before)  # the mentions keep it as written
    return Participant(name=name, role=role, affiliation=affiliation, mentions=mentions)


def _owners(analysis: Analysis, people: list[Person]) -> list[tuple[Person, Person]]:
    """(person, owner) where a possessive opens the person's role and names the person mentioned just before it in
    the sentence ("el presidente de Chile, X, y su ministro de Relaciones Exteriores, Y": Y's country is X's)."""
    doc = analysis.doc
    possessive = compiled(doc.language).people.possessive_before
    spans = sorted(((m.end, p) for p in people if p.name for m in p.mentions), key=lambda pair: pair[0])
    found = []
    for person in people:
        role = person.role
        if role is None or not possessive.search(doc.lower, max(0, role.start - _POSSESSOR_REACH), role.start):
            continue
        if _relative_role(fold(role.text), doc.language):
            continue  # "son homologue X": the other side, of another country
        sentence = next((s for s in doc.sentences if s.start <= role.start < s.end), None)
        before = [p for end, p in spans if end <= role.start and p is not person and sentence and end > sentence.start]
        if before:
            found.append((person, before[-1]))
    return found


def _home_office(role: str, language: Language) -> bool:
    """An office a country gives its own people, named without the country ("President", "ministre des Affaires
    étrangères", "Bundesaußenministerin"); not a post abroad ("ambassadeur") nor someone's counterpart."""
    office = compiled(language).names.national_office
    folded = fold(role)
    posted = any(f" {fold(p)} " in f" {folded} " for p in language.posted_roles)
    return bool(office and office.search(folded)) and not posted and not _relative_role(folded, language)


def _home_country(analysis: Analysis) -> str | None:
    """The country a brief reports from, which names its own officials without it: the one a headline's kicker
    names ("Bénin – Palais de la Marina : …"), else its dateline's city's ("Addis Ababa June 1 (ENA)")."""
    language = analysis.language
    patterns = compiled(language).names
    title = analysis.title
    folded = fold(title.text).lstrip(" \"'«“") if title else ""
    country = patterns.territory.match(folded)
    if country and country.group(0) not in patterns.world_regions and _KICKER_END.match(folded, country.end()):
        return patterns.territory_names[country.group(0)]
    cities = analysis.dateline.cities
    found = [p for p in places(cities[0].text, language.code) if p.country] if cities else []
    return country_name(found[0].country, language.code) if found else None


def _own_officials(analysis: Analysis, people: list[Person], models: dict[int, Participant]) -> None:
    """Officials named by an office a country gives its own people and no country ("le chef de l'État", "Foreign
    Minister") belong to the country the brief names most, other than the countries of the others it names."""
    language = analysis.language
    own = [
        key
        for key, model in models.items()
        if model.affiliation is None and model.role and _home_office(model.role, language)
    ]
    if not own:
        return
    taken = {fold(m.affiliation) for m in models.values() if m.affiliation}
    taken |= {fold(name) for name in language.organisations}  # "Unión Europea": an organisation, no one's country
    country = _most_named_country(analysis, taken)
    if country:
        for key in own:
            models[key] = models[key].model_copy(update={"affiliation": country})


def _role_told_next(analysis: Analysis, people: list[Person]) -> None:
    """A participant named without a role takes the role a later sentence opens on, when no one else holds it and
    no name goes with it ("Kneissl plädierte für … . Die Außenministerin würde …"; "X met Y, Minister of Finance.
    The President said …"): the brief names them by their office the second time. Where several are named without
    one, a sentence right after the first naming (or right before it) that opens on article and role gives it to
    the one that naming names first ("X a reçu Y. Le chef de l'Etat a …": X; "Le ministre … effectue une visite.
    X a été reçu par Y": X), unless the role is of someone else's country or of a list's office."""
    roleless = [p for p in people if p.participant and p.name and p.role is None and p.listed_role is None]
    for person in roleless:
        if person.mentions:
            _take_role_told_next(analysis, people, person, roleless)


def _take_role_told_next(analysis: Analysis, people: list[Person], person: Person, roleless: list[Person]) -> None:
    """`_role_told_next` for one of the `roleless`."""
    doc = analysis.doc
    if any(p.participant and not p.name and _said_together(analysis, p, person) for p in people):
        return  # "Le ministre a reçu X": one named by a role alone takes part with them, whom a bare role may be
    said = sorted(m.start for m in person.mentions)
    story = [s for s in analysis.story if not s.boilerplate]
    opening = [s for s in story if s.end <= said[0]][-1:]
    if opening and _sentences_between(analysis, opening[0].start, said[0]) > 1:
        opening = []  # the lead's office, then the name in the very next sentence: "Le président … . X …"
    for sentence in [*opening, *story]:
        index = bisect_left(said, sentence.start)
        if sentence not in opening and (not index or _sentences_between(analysis, said[index - 1], sentence.start) > 1):
            continue  # the person was named in this sentence, not before it, or too long before
        if index < len(said) and said[index] < sentence.end:
            continue
        if len(roleless) > 1 and sentence not in opening and (
            index > 1 or _sentences_between(analysis, said[0], sentence.start)
        ):
            continue  # of several named without a role, the office is told right after the first naming
        if not _named_first(analysis, person, roleless, said[0] if sentence in opening else said[index - 1]):
            continue  # another named without a role comes first where they are named: the subject role is theirs
        found = _opening_role(analysis, sentence, person, people, sentence not in opening)
        if found is None:
            continue
        noun, role, holders = found
        if len(roleless) > 1 and not _opens_on_article(analysis, sentence, noun.start()):
            continue  # "Jeudi dernier, le porte-parole …": of several, a subject told plainly, its article first
        word = fold(noun.group(0))
        known = _role_holder(doc, [p for p in people if p.name], word, doc.text[role[0] : role[1]])
        if known is not None and known is not person:
            continue  # "El mandatario mexicano" after "el presidente mexicano X": X's office, by its country
        parts = set(word.replace("-", " ").split()) - analysis.language.stopwords
        if any(p.listed_role and _shares_role_word(parts, p.listed_role, analysis.language) for p in people):
            continue  # "Los gobernadores entrante y saliente, X y Y … El gobernador …": one of theirs
        for holder in holders:  # the role alone, taken for someone unnamed or named only later: the person named before
            if holder.name:
                holder.mentions = [m for m in holder.mentions if m.start != noun.start()]
            else:
                holder.participant, holder.mentions = False, []
        person.role = doc.span(*role)
        person.mentions.append(doc.span(noun.start(), noun.end()))
        return


def _opens_on_article(analysis: Analysis, sentence: Segment, at: int) -> bool:
    """Whether the sentence opens on the word at `at`, only an article before it ("Le chef de l'Etat a …"), or its
    clause does after a lead-in that points back to the event told with a demonstrative ("Lors de cet entretien, le
    président …"; not "Jeudi dernier, le porte-parole …")."""
    text = analysis.doc.text
    lead = _after_lead_in(text, sentence.start, at)
    demonstratives = {fold(w) for w in analysis.language.demonstratives}
    if not any(fold(w) in demonstratives for w in re.findall(r"\w+", text[sentence.start : lead])):
        lead = sentence.start
    words = text[lead:at].split()
    determiners = {fold(w) for w in analysis.language.determiners}
    return len(words) <= 1 and all(fold(w) in determiners for w in words)


def _after_lead_in(text: str, start: int, at: int) -> int:
    """Where the clause holding `at` begins, past a lead-in its sentence opens with and sets off by a comma
    ("Dans un communiqué, le …", "After the talks, the …"): right after the last comma before `at`, else `start`."""
    comma = text.rfind(",", start, at)
    return comma + 1 if comma >= 0 else start


def _named_first(analysis: Analysis, person: Person, roleless: list[Person], at: int) -> bool:
    """Whether, of the `roleless`, the sentence holding the mention at `at` names `person` first."""
    sentence = next((s for s in analysis.doc.sentences if s.start <= at < s.end), None)
    if sentence is None:
        return len(roleless) == 1
    first = [
        (min(m.start for m in p.mentions if sentence.start <= m.start < sentence.end), i)
        for i, p in enumerate(roleless)
        if any(sentence.start <= m.start < sentence.end for m in p.mentions)
    ]
    return not first or roleless[min(first)[1]] is person


def _role_as_capacity(analysis: Analysis, people: list[Person]) -> None:
    """A participant named without a role, or with that noun alone or a former office, takes the office their own
    clause says they act in, a capacity word before its noun, its article and what qualifies it ("Paul Marin besucht
    zum letzten Mal als Präsident der USA Berlin", "X was sworn in as the US Ambassador to India"), with no other name
    and no clause break between the name and the noun. The noun, read alone, was no one else's."""
    doc = analysis.doc
    capacity = compiled(analysis.language).people.capacity_before
    determiners = {w.casefold() for w in analysis.language.determiners}
    articles = determiners | {w.casefold() for w in analysis.language.possessives}  # "serves as our King"
    sentences = doc.sentences
    starts = [s.start for s in sentences]
    named = [(m.start, p) for p in people if p.name for m in p.mentions]
    for person in people:
        if not (person.participant and person.name and person.listed_role is None):
            continue
        for mention in sorted(person.mentions, key=lambda m: m.start):
            sentence = sentences[max(0, bisect_left(starts, mention.start + 1) - 1)] if sentences else None
            if sentence is None or not sentence.start <= mention.start < sentence.end:
                continue
            clause = _CLAUSE_BREAK.search(doc.text, mention.end, sentence.end)
            clause_end = clause.start() if clause else sentence.end
            nouns = analysis.role_nouns.within(mention.end, clause_end)
            if not nouns:
                continue
            predicate, start = _capacity_before_noun(doc.text, mention.end, nouns[0].start(), capacity, articles)
            if predicate is None:
                continue
            between = _TOKEN_AT.finditer(doc.text, mention.end, predicate.start())
            if any(w.group(0).casefold() in determiners for w in between):
                continue  # an object the office is said of: "X bezeichnete die Konsuln als Botschafter Kärntens"
            noun = nouns[0]
            if not _yields_to_capacity(person.role, noun.group(0), analysis.language):
                break
            end = _complement_end(doc.text, noun.end(), clause_end, analysis.language)
            if _opens_a_title(predicate.group(0), analysis.language):  # the whole title: "en sa qualité d'ambassadeur
                end = max(end, _title_end(doc.text, noun.start(), clause_end, analysis.language))  # extraordinaire …"
            if any(mention.end <= s < end and other is not person for s, other in named):
                continue  # another's name before the noun or in the role: "X traf als Gastgeber Präsident Y"
            for unnamed in (p for p in people if not p.name and p.participant):
                if any(noun.start() <= m.start < end for m in unnamed.mentions):
                    unnamed.participant, unnamed.mentions = False, []
            person.role = doc.span(start, end)
            break


def _yields_to_capacity(role: Span | None, noun: str, language: Language) -> bool:
    """Whether the office a capacity clause tells takes the place of a person's role: none, the same noun alone
    ("President Baker" … "on his re-election as President of Norland"), or an office held before ("Former
    Los Angeles Mayor X was sworn in as US Ambassador to India")."""
    if role is None:
        return True
    held = fold(role.text)
    return held == fold(noun) or any(held.startswith(fold(marker)) for marker in language.former_markers)


def _capacity_before_noun(
    text: str, begin: int, noun: int, capacity: re.Pattern[str], articles: set[str]
) -> tuple[re.Match[str] | None, int]:
    """The capacity word before a role noun, past the office's own article or possessive and the words in small
    letters or in capitals that qualify it ("sworn in as the 14th President", "as US Ambassador", "asumió como el
    nuevo ministro", "als neuer Botschafter"), and where the role begins: at the first of those words that is no
    article. (None, noun) when no capacity word stands there."""
    words = list(_MODIFIER_AT.finditer(text, begin, noun))[-_CAPACITY_MODIFIERS:]
    cuts = [noun]
    for word in reversed(words):
        token = word.group(0)
        if not (token[:1].islower() or token[:1].isdigit() or token.isupper()) or text[word.end():cuts[-1]].strip():
            break  # a capitalised word is a name or a noun of its own, but one in capitals is a country's ("US")
        cuts.append(word.start())
        if token.casefold() in articles:
            break  # the office's article or possessive opens it: the capacity word is right before
    for cut in cuts:
        predicate = capacity.search(text, begin, cut)
        if predicate is not None:
            kept = [w for w in words if cut <= w.start() < noun and w.group(0).casefold() not in articles]
            return predicate, kept[0].start() if kept else noun
    return None, noun


def _role_as_rank_title(analysis: Analysis, people: list[Person]) -> None:
    """A participant still without a role takes the rank title right before one of their mentions ("le prince Albert
    II", "Emir Tamim"): a sovereign's or a royal's title, which stands in their name's place when an office comes
    first ("Foreign Minister Prince X"), is their role when nothing else is."""
    title = compiled(analysis.language).names.sole_name_title
    if title is None:
        return
    doc = analysis.doc
    for person in people:
        if not (person.participant and person.name and person.role is None and person.listed_role is None):
            continue
        for mention in sorted(person.mentions, key=lambda m: m.start):
            found = title.search(doc.text, max(0, mention.start - _RANK_TITLE_REACH), mention.start)
            if found:
                person.role = doc.span(found.start(), found.start() + len(found.group(0).rstrip()))
                break


def _sovereign_named_once(analysis: Analysis, people: list[Person]) -> None:
    """An unnamed participant known by a sovereign's title or office alone ("le Souverain", "El Rey", "el monarca")
    is the one person the brief names under that title ("el rey X"), or under any royal title for a sovereign's
    office word, when they take part or the headline or the opening sentence names them: a further mention of them,
    who takes part in their stead. A royal named only in a passage on the background is not whom a loose reading
    took part for."""
    language = analysis.language
    titles = compiled(language).names.sole_title_words
    sovereign = frozenset(fold(word) for word in language.sovereign_words)

    def head(person: Person) -> str:
        words = person.role.text.split() if person.role else []
        return fold(words[0]) if words else ""

    spans = [(s.start, s.end) for s in [analysis.title, *analysis.lead[:1]] if s is not None]
    opening = [
        p for p in people if p.name and (p.participant or any(a <= m.start < b for m in p.mentions for a, b in spans))
    ]
    def regnal(person: Person) -> bool:
        """Named with a regnal number ("Felipe VI") and no title of another sovereign office for a role."""
        return bool(person.name and _REGNAL_NUMBER.fullmatch(person.name.split()[-1])) and head(person) not in titles
    unnamed = [p for p in people if p.participant and not p.name and p.role]
    for word in {head(p) for p in unnamed} & (titles | sovereign):
        royals = [p for p in opening if head(p) == word or (word in sovereign and head(p) in titles) or regnal(p)]
        if len(royals) == 1:
            _take_over(people, royals[0], [p for p in unnamed if head(p) == word])


def _holder_named_elsewhere(analysis: Analysis, people: list[Person]) -> None:
    """An unnamed party known by an office of a country alone ("le ministre russe des Affaires étrangères", "the
    President of Egypt") is the one person the brief names, taking part or not, whom the register of officeholders
    lists in that office of that country ("… Amaury Delvaux a …"): the party named by office first or again, who
    takes part in its stead and keeps the office when the brief gives them none. Someone the register lists in
    another office, or no one's, stays as they are."""
    language = analysis.language
    for unnamed in [p for p in people if p.participant and not p.name and p.role]:
        held = _register_office(unnamed.role.text, language)
        fits = [
            p
            for p in people
            if held
            and p.name
            and any((t.office, t.country) == held for key in holders_named(p.name) for t in terms(key))
        ]
        if len(fits) == 1:
            fits[0].role = fits[0].role or unnamed.role
            _take_over(people, fits[0], [unnamed])


@lru_cache(maxsize=8)
def _office_complement(language: Language) -> re.Pattern[str] | None:
    """What an office noun is of, right after it on its line: genitive links, maybe with an article, each followed
    by capitalised words ("de la République du Cameroun", "of the Republic")."""
    if not language.genitive_links:
        return None

    def either(words: tuple[str, ...]) -> str:
        escaped = sorted((re.escape(w).replace("'", "['’]") for w in words), key=len)
        return "|".join(reversed(escaped))

    article = rf"(?:[^\S\n]+(?:{either(language.definite_articles)}))?" if language.definite_articles else ""
    word = rf"[{UPPER}][\w'’-]*"
    return kept_patterns.compile(
        rf"(?:[^\S\n]+(?:{either(language.genitive_links)}){article}(?:(?<=['’])|[^\S\n]+){word}(?:[^\S\n]+{word})*)+"
    )


@lru_cache(maxsize=8)
def _office_seat(language: Language) -> re.Pattern[str] | None:
    """Where an office is held, right after its complement: a place preposition and capitalised words ("en Chile")."""
    if not language.place_prepositions:
        return None
    word = rf"[{UPPER}][\w'’-]*"
    return kept_patterns.compile(
        rf"[^\S\n]+(?:{words(language.place_prepositions)})[^\S\n]+{word}(?:[^\S\n]+{word})*"
    )


def _held_by_another(office: str, held: set[str]) -> bool:
    """The office (folded) is one another person's role gives, or begins with one ("président du Sénat" after "le
    président du Sénat, X"); not one only the start of another's ("President of the Republic" beside "President of
    the Republic of A, X")."""
    return any(office == h or office.startswith(h + " ") for h in held)


def _office_told_in_full(analysis: Analysis, people: list[Person]) -> None:
    """A participant whose role is its noun alone ("le président X", "President X") holds the office the brief writes
    in full where it names no one by it ("le président de la République a reçu …", "The President of the Republic
    sent …"): after a definite article ("au président de …" too), in no one's role, no name right after it, not the
    office another's role gives, and of no country named. The fullest such office is theirs when they alone hold that
    noun."""
    doc, language = analysis.doc, analysis.language
    complement = _office_complement(language)
    role_words = compiled(language).names.role_words
    bare = [p for p in people if p.participant and p.name and p.role and fold(p.role.text) in role_words]
    if complement is None or len(bare) != 1 or bare[0].listed_role is not None:
        return
    person, taken = bare[0], [(p.role.start, p.role.end) for p in people if p.role]
    held = {fold(p.role.text) for p in people if p.role and p is not person and len(p.role.text.split()) > 1}
    starts = set(analysis.name_starts)
    articles = {fold(w).replace("’", "'") for w in (*language.definite_articles, *language.thing_articles)}
    best: Span | None = None
    for noun in analysis.role_nouns.within(0, len(doc.text)):
        if fold(noun.group(0)) != fold(person.role.text) or any(s <= noun.start() < e for s, e in taken):
            continue
        before = doc.text[max(0, noun.start() - _ARTICLE_REACH) : noun.start()].split()
        whole = len(before) >= 2 or noun.start() <= _ARTICLE_REACH  # the last word, not a cut one's end
        if not (before and whole) or fold(before[-1]).replace("’", "'") not in articles:
            continue  # "le plus jeune président de la Vème République": what someone else became, not the office
        found = complement.match(doc.text, noun.end())
        if found is None:
            continue
        gap = doc.text[found.end() : found.end() + _GAP_REACH]
        if found.end() + len(gap) - len(gap.lstrip(" ,\n")) in starts:
            continue  # "the President of the Republic of A, X": X's office
        office = doc.span(noun.start(), found.end())
        if nationality_country(office.text, language) or _held_by_another(fold(office.text), held):
            continue  # "le président de la Transition de Madagascar": a country's, maybe not theirs
        if best is None or len(office.text) > len(best.text):
            best = office
    if best is not None:
        person.role = best


def _counterparts_of_visit(analysis: Analysis, people: list[Person], lead: list[Segment]) -> None:
    """On a visit, a person named as someone's counterpart ("Il a été reçu par son homologue X", or in a visit
    announced: "X entamera lundi une visite à Y, où il doit rencontrer son homologue Z") is the host the visitor comes
    to see: they take part. Only a nationality, an article, the person's own role and the commas of an apposition may
    stand between the noun and the name; a link after the noun ("la homóloga de X") makes the name whose counterpart the
    subject is. A sentence that goes back to an earlier occasion ("Il intervient une semaine après la visite de X, qui a
    rencontré son homologue Y") names no host; nor does one that tells the talks as to come after a lead told as held
    ("X est arrivé à Y. Il doit rencontrer son homologue Z"): a later occasion, whose host is only mentioned."""
    language = analysis.language
    if not language.relative_role_stems:
        return
    text, sentences = analysis.doc.text, analysis.doc.sentences
    held = bool(lead) and not _to_come(analysis, lead[0])
    nationalities = compiled(language).names.nationalities
    for person in [p for p in people if p.name and not p.participant]:
        own = set(re.findall(r"\w+", fold(person.role.text))) if person.role else set()
        for mention in person.mentions:
            sentence = next((s for s in sentences if s.start <= mention.start < s.end), None)
            earlier = sentence is not None and _tells_another_occasion(analysis, sentence)
            later = (
                sentence is not None
                and held
                and (_to_come(analysis, sentence) or _encounter_to_come(analysis, sentence))
            )
            if later or (earlier and not _to_come(analysis, sentence)):
                continue  # a later or an earlier occasion's counterpart
            reach = max(0, mention.start - _COUNTERPART_REACH)
            before = re.findall(r"[\w'’-]+|[^\w\s]", fold(text[reach : mention.start]))
            stem = max(
                (i for i, w in enumerate(before) if any(w.startswith(s) for s in language.relative_role_stems)),
                default=None,
            )
            gap = before[stem + 1 :] if stem is not None else None
            if gap is None or (gap and gap[0] in language.role_links):
                continue  # no such noun, or "la homóloga de X": the name whose counterpart the subject is
            fits = all(w in own or w in language.stopwords or w in nationalities or w == "," for w in gap)
            if len(gap) <= _COUNTERPART_GAP and fits:
                person.participant = True
                break


def _register_office(role: str, language: Language) -> tuple[str, str] | None:
    """The register's office and the country's code a role names when it is one of `Language.register_titles` and
    a country alone ("ministre russe des Affaires étrangères": foreign_minister, RU); None for any other role."""
    country = nationality_country(role, language)
    code = next((p.country for p in places(country, language.code) if p.kind == "country"), None) if country else None
    if code is None:
        return None
    names = compiled(language).names
    bare = names.territory.sub(" ", names.nationality.sub(" ", fold(role)))
    words = re.findall(r"\w+", bare)
    while words and (words[-1] in language.stopwords or len(words[-1]) == 1):
        words.pop()  # the link to the country taken out: "canciller de [China]"
    while words and (words[0] in language.stopwords or len(words[0]) == 1):
        words.pop(0)  # the same before the title: "[Turkey]'s foreign minister", "the [French] President"
    return next(((office, code) for office, titles in _register_titles(language) if tuple(words) in titles), None)


@cache
def _register_titles(language: Language) -> tuple[tuple[str, frozenset[tuple[str, ...]]], ...]:
    """`Language.register_titles`, each title folded into its words."""
    return tuple(
        (office, frozenset(tuple(re.findall(r"\w+", fold(title))) for title in titles))
        for office, titles in language.register_titles
    )


def _take_over(people: list[Person], royal: Person, unnamed: list[Person]) -> None:
    """The royal takes part in the unnamed participants' stead, their mentions added to theirs."""
    royal.participant = True
    royal.first = min(royal.first, *(p.first for p in unnamed))
    royal.mentions = sorted(royal.mentions + [m for p in unnamed for m in p.mentions], key=lambda m: m.start)
    for person in unnamed:
        people.remove(person)
    people.sort(key=lambda p: p.first)


def _role_in_later_list(analysis: Analysis, people: list[Person]) -> None:
    """A participant still without a role takes the one a list under a plural role gives a further mention of their
    full name ("X et Y se sont entretenus" over "Les présidents russe X et turc Y |"): the office the brief names
    them by when they come again."""
    text, language = analysis.doc.text, analysis.language
    for person in people:
        if not (person.participant and person.name and person.role is None and person.listed_role is None):
            continue
        for sentence, match in analysis.names:
            if len(match.tokens) < 2 or not same_person(person.tokens, match.tokens, language):
                continue
            role = listed_role(text, sentence.start, match.start, language)
            if role:
                person.listed_role = role
                break


@lru_cache(maxsize=8)
def _title_openers(language: Language) -> frozenset[str]:
    """`Language.capacity_links` that are no `Language.capacity_words` too ("en tant que" predicates a clause's
    office), folded, one kind of apostrophe."""
    return frozenset(fold(link.replace("’", "'")) for link in language.capacity_links) - frozenset(
        fold(word.replace("’", "'")) for word in language.capacity_words
    )


def _opens_a_title(words: str, language: Language) -> bool:
    """Whether the capacity words before a role noun are a link that opens a whole title ("en sa qualité de"), not a
    word that predicates an office in a clause ("als", "comme")."""
    return fold(words.strip().replace("’", "'")) in _title_openers(language)


def _title_end(text: str, noun_start: int, limit: int, language: Language) -> int:
    """Where a title that starts at `noun_start` ends, read as a role in apposition is (`role_at_start`): its
    qualifiers and complements in small letters too ("ambassadeur extraordinaire et plénipotentiaire de …")."""
    match = compiled(language).names.role_at_start.match(", " + text[noun_start:limit])
    return noun_start - 2 + match.end("role") if match and match.start("role") == 2 else noun_start


def _complement_end(text: str, noun_end: int, limit: int, language: Language, genitive: bool = False) -> int:
    """Where a role noun's complement ends: its links and capitalised words ("Präsident der USA", "Mitglied des
    Bundestages", "président de la Norlande"), up to the first other lower-case word ("… die deutsche Hauptstadt").
    Only genitive links when `genitive` ("President of X", not "President at the Y Palace")."""
    role_links = () if genitive else language.role_links
    links = {w.casefold() for w in (*role_links, *language.genitive_links, *language.determiners)}
    kept = noun_end
    for word in _TOKEN_AT.finditer(text, noun_end, limit):
        if word.group(0)[:1].isupper() or ELIDED_CAPITAL.match(word.group(0)):  # "de l’État"
            kept = word.end()
        elif word.group(0).casefold() not in links:
            break
    return kept


def _opening_role(
    analysis: Analysis, sentence: Segment, person: Person, people: list[Person], after_person: bool
) -> tuple[re.Match[str], tuple[int, int], list[Person]] | None:
    """The bare role a sentence opens on as its subject, with no name beside it and no one else named holding it:
    its noun, its phrase and the unnamed people a loose reading gave it to. None when there is none. A sentence
    `after_person` names them before it: someone the brief names only later is not whom its role refers back to."""
    doc, language = analysis.doc, analysis.language
    names = compiled(language).names
    possessive = compiled(language).people.possessive_before
    dateline = _AGENCY_DATELINE.match(doc.text, sentence.start, sentence.end)
    start = dateline.end() if dateline else sentence.start  # "Dakar, 3 jan (APS) – Le président …"
    nouns = analysis.role_nouns.within(start, sentence.end)
    if not nouns:
        return None
    noun = nouns[0]
    lead = _after_lead_in(doc.text, start, noun.start())  # "Dans un communiqué, le ministre …": the clause's own start
    if lead == start and noun.start() > start + _SUBJECT_REACH:
        return None
    opening = doc.text[lead : noun.start()]
    word = fold(noun.group(0))
    if (
        len(opening.split()) > _SUBJECT_WORDS
        or (names.gap_verb.search(opening) and not _pronoun_is(opening, language))
        or possessive.search(doc.lower, lead, noun.start())
        or is_role_plural(word, names.role_words, names.plural_endings)
        or _relative_role(word, language)
    ):
        return None
    role = _anaphoric_role(analysis, sentence, noun)
    if _named_in(analysis, start, role[1] + _NAME_GAP):
        return None  # "Die Außenministerin Karin X …", "X, die Außenministerin": someone named with it
    parts = set(word.replace("-", " ").split()) - language.stopwords  # "chef de l'etat": not any role with "de"
    holders = [p for p in people if p is not person and p.role and _shares_role_word(parts, p.role.text, language)]
    if any(
        (p.name and not (after_person and all(m.start >= sentence.end or m.start == noun.start() for m in p.mentions)))
        or (not p.name and not any(m.start == noun.start() for m in p.mentions))
        for p in holders
    ):
        return None  # the office another holds: a further mention of them
    return noun, role, holders


def _pronoun_is(opening: str, language: Language) -> bool:
    """The words before a role are a subject pronoun and a form of "to be" ("Elle est Directrice du Club …"): the
    sentence says what the person named before is."""
    words = [fold(w) for w in opening.split()]
    return len(words) == 2 and words[0] in map(fold, language.pronouns) and words[1] in map(fold, language.auxiliaries)


def _said_together(analysis: Analysis, one: Person, other: Person) -> bool:
    """Whether a sentence mentions both."""
    spans = [(m.start, 0) for m in one.mentions] + [(m.start, 1) for m in other.mentions]
    found: dict[int, set[int]] = {}
    for start, who in spans:
        sentence = next((s.start for s in analysis.doc.sentences if s.start <= start < s.end), None)
        if sentence is not None:
            found.setdefault(sentence, set()).add(who)
    return any(len(w) == 2 for w in found.values())


def _anaphoric_role(analysis: Analysis, sentence: Segment, noun: re.Match[str]) -> tuple[int, int]:
    """A sentence's subject role, from its nationality or organisation to its complement when a link opens one
    ("The Minister of Finance said …"); only its noun, and the nationality right after it, when a verb the rules may
    not know follows it ("Die Außenministerin würde …", "Le président ivoirien et la diplomate … ont échangé")."""
    doc, language = analysis.doc, analysis.language
    start, end = role_extent(doc.text, noun.start(), noun.end(), language, sentence.end)
    start = max(start, sentence.start)
    opening = _TOKEN_AT.match(doc.text, start, noun.start())
    if opening and fold(opening.group(0)) in {fold(w) for w in language.determiners}:
        start = noun.start() if opening.end() >= noun.start() - 1 else start  # "Die Außenministerin": no article
    following = _NEXT_WORD.match(doc.text, noun.end())
    links = {fold(w) for w in language.role_links}
    if following is None or fold(following.group(1)) not in links:
        nationality = following and following.group(1).lower() in compiled(language).names.nationality_ends
        end = following.end() if nationality else noun.end()  # "Le président ivoirien et …": its country too
    return start, end


def _sentences_between(analysis: Analysis, start: int, end: int) -> int:
    """How many sentences of the story begin after `start` and before `end`."""
    return sum(1 for s in analysis.story if start < s.start < end)


def _most_named_country(analysis: Analysis, taken: set[str]) -> str | None:
    """The country a brief names most, by its name or its adjective ("le Gabon", "le numéro un gabonais"), leaving
    out those in `taken`, when it is named twice or more and more often than any other."""
    patterns = compiled(analysis.language).names
    text = analysis.doc.text
    folded = fold(text)
    aligned = len(folded) == len(text)
    counts: dict[str, int] = {}
    for found in patterns.territory.finditer(folded):
        if aligned and not text[found.start()].isupper():
            continue  # "la reunión", "la réunion": a common word a territory's name spells (Réunion), no country
        if found.group(0) not in patterns.world_regions:
            country = patterns.territory_names[found.group(0)]
            counts[country] = counts.get(country, 0) + 1
    for found in patterns.nationality.finditer(folded):
        country = patterns.nationalities[found.group(0)]
        counts[country] = counts.get(country, 0) + 1
    ranked = sorted(((c, n) for c, n in counts.items() if fold(c) not in taken), key=lambda item: item[1], reverse=True)
    if not ranked or ranked[0][1] < _HOME_MENTIONS or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


def _bare_surname(person: Person, name: str) -> str:
    """A lone surname first written in a case ending ("переговоры Лаврова с …") and elsewhere without it ("Лавров
    и … пожали руки"): the form without the ending, which the dictionary cannot tell from a woman's name."""
    if " " in name:
        return name
    forms = [m.text for m in person.mentions if " " not in m.text and len(m.text) < len(name)]
    return min((f for f in forms if name.startswith(f)), key=len, default=name)


def _opening(analysis: Analysis) -> list[Segment]:
    """The title and the first full sentences of the body: what a brief is about is named there."""
    title = analysis.title
    heading = []
    if title:
        site = _SITE_AFTER_TITLE.search(title.text)  # "… - Weekly Argument": the site's name, no one's
        end = title.start + site.start() if site else title.end
        heading = [Segment(title.start, end, title.text[: end - title.start], 0)]
    return heading + [s for s in analysis.lead if not s.caption][:_OPENING_SENTENCES]


def _first_naming(analysis: Analysis) -> Segment | None:
    """The story's first sentence that names someone in full, when neither the event's sentences nor the opening
    name anyone: the brief's first actor."""
    starts = analysis.name_starts
    for sentence in analysis.story:
        if sentence.boilerplate:
            continue
        first, past = bisect_left(starts, sentence.start), bisect_left(starts, sentence.end)
        # any full name of the sentence, not only its first ("Как передает Day.Az, … поделился … Питер Тейс")
        if any(len(match.tokens) >= 2 for _sentence, match in analysis.names[first:past]):
            return sentence
    return None


def _speakers(analysis: Analysis) -> list[Segment]:
    """At a conference, the words of each sentence before its speech verb ("X, ministre de la Santé, a
    souligné …"): whoever speaks there took part."""
    doc, cues = analysis.doc, compiled(analysis.language).cues
    speech, background = cues.speech, cues.background
    found = []
    for sentence in analysis.body:
        if background and background.search(sentence.text):
            continue
        verb = speech.search(doc.lower, sentence.start, sentence.end)
        if verb:
            subject = doc.text[sentence.start : verb.start()]
            found.append(Segment(sentence.start, verb.start(), subject, sentence.paragraph))
    return found


def _main_subjects(analysis: Analysis) -> list[Segment]:
    """The words of each opening sentence before its first active verb ("X a proclamé …", "Reconnaissant sa défaite,
    le Premier ministre X a félicité …", "X s'est engagé …"): the main clause's subject, who acts in a brief that
    reports no encounter, whatever the verb; not one acted on ("X a été élu")."""
    doc, verb = analysis.doc, compiled(analysis.language).people.active_verb
    found = []
    for sentence in [s for s in analysis.story if not s.boilerplate and not s.caption][:_OPENING_SENTENCES]:
        match = verb.search(doc.text, sentence.start, sentence.end)
        if match and match.group("passive") is None:  # the first verb's subject, not one past a passive clause
            subject = doc.text[sentence.start : match.start()]
            found.append(Segment(sentence.start, match.start(), subject, sentence.paragraph))
    return found


def _tail_of_capitalised_title(analysis: Analysis, person: Person) -> bool:
    """The name opens on a link in lower case right after a capitalised word ("la Banda de Música", "el Jefe de
    Ceremonial de Presidencia", "Jefes de Misión del GRULAC"): the end of a body's or an office's capitalised name,
    not a person ("el general de Valcourt" keeps its lower-case title before the link)."""
    if not person.name or not person.name[:1].islower() or analysis.language is None:
        return False
    if fold(person.name.split()[0]) not in analysis.language.role_links:
        return False
    text = analysis.doc.text
    named = [m for m in person.mentions if text[m.start : m.start + 1].islower()]
    before = [text[max(0, m.start - 40) : m.start].split() for m in named]
    return bool(named) and all(words and words[-1][:1].isupper() for words in before)


def extract_people(
    analysis: Analysis, event_type: str = "other", days: WrittenDays | None = None
) -> tuple[list[Participant], list[Participant]]:
    """(participants, people only mentioned), each in order of first mention; at a conference, or when the
    event's sentences name no one, whoever speaks took part; when no one speaks either, whoever the title and
    the opening sentences name (a message, a joint statement, an event word the rules do not know). `days`, where
    the text writes a day and whether it is another occasion's (`dates.written_days`), tell which sentences after
    the first are of another occasion; those from a later item of the brief on (`Analysis.main_event_end`: "In
    another development, …") name no party."""
    doc = analysis.doc
    if doc.language is None:
        return [], []
    lead, later = _lead_windows(analysis)
    end = analysis.main_event_end  # a later item of the brief ("In another development, …") tells no party
    lead, later = [s for s in lead if s.start < end], [s for s in later if s.start < end]
    people = _people_taking_part(analysis, lead, later, event_type, days)
    if not any(p.participant for p in people):
        opening = _opening(analysis)
        starts = {s.start for s in opening}
        people = _people_taking_part(
            analysis, opening + [s for s in lead if s.start not in starts], later, event_type, days
        )
    if not any(p.participant for p in people):
        naming = _first_naming(analysis)  # "La información la dio a conocer el canciller X …", past the opening
        if naming is not None:
            people = _people_taking_part(analysis, [naming, *lead], later, event_type, days)
    if event_type not in _ENCOUNTERS:  # after the fallbacks: whom an opening's act is done to may take part too
        _mark_participants(analysis, Mentions(people), _main_subjects(analysis))
    _headline_cued(analysis, people)
    _headline_pair(analysis, people)
    _headline_subject(analysis, people)
    _headline_role_subject(analysis, people)
    _headline_object(analysis, people)
    if event_type in _ENCOUNTERS:
        _spokespeople_report(analysis, people)
        _sources_report(analysis, people, event_type)
    elif event_type == "statement":
        _letter_parties(analysis, people)
        _spokesperson_speaks(analysis, people)
        _headline_speaker_speaks(analysis, people)
        _body_states(analysis, people)
    _principals_in_passing(analysis, people)
    _mourned_aside(analysis, people)
    _joined_to_participants(analysis, Mentions(people), not (lead and _to_come(analysis, lead[0])), days)
    people.sort(key=lambda p: p.first)
    people = _without_joined_pairs(analysis, people)
    people = _chained_office_before(analysis, people)
    _role_told_next(analysis, people)
    _role_as_capacity(analysis, people)
    _role_as_rank_title(analysis, people)
    _role_in_later_list(analysis, people)
    _sovereign_named_once(analysis, people)
    _holder_named_elsewhere(analysis, people)
    _office_told_in_full(analysis, people)
    if event_type == "visit":
        _counterparts_of_visit(analysis, people, lead)
    _spokespeople_of_another(analysis, people)
    _unnamed_spokespeople(analysis, people)
    if event_type == "phone_call":
        _call_parties_only(analysis, people)
    # a visitor is named without the country as often as the host: no country is anyone's by default then
    visit = event_type == "visit"
    # looked for only when an office needs it
    home = None if visit else cache(lambda: _home_country(analysis))
    _office_of_list_heads(analysis, people)
    _elided_head_items(analysis, people)
    _group_roles(analysis, people)
    _pair_role(analysis, people)
    people = _names_closing_roles(analysis, people)
    people = _roles_beside_names(analysis, people)
    people = [p for p in people if not _tail_of_capitalised_title(analysis, p)]
    people = _without_shorter_forms(people, doc.language)
    models = {id(p): _to_model(doc, p, home) for p in people if p.participant or p.name}
    for person, owner in _owners(analysis, people):
        model, theirs = models.get(id(person)), models.get(id(owner))
        if model and theirs and model.affiliation is None and theirs.affiliation:
            models[id(person)] = model.model_copy(update={"affiliation": theirs.affiliation})
    _own_officials(analysis, people, models)
    participants = [models[id(p)] for p in people if p.participant]
    mentioned = [models[id(p)] for p in people if not p.participant and p.name]
    return participants, mentioned


def _without_shorter_forms(people: list[Person], language: Language) -> list[Person]:
    """A name found apart that is a shorter form of another one the brief gives ("Al Bowardi" and "Mohammed bin Ahmed
    Al Bowardi", "Sama Lukonde" and "Jean-Michel Sama Lukonde Kyenge"): one person, known by the fuller name, who
    takes part when either form does; a form that fits several fuller names is left as it is."""
    kept = list(people)
    for person in people:
        if not person.name or len(person.tokens) < 2:
            continue
        fuller = [
            p
            for p in kept
            if p is not person and p.name and len(p.tokens) > len(person.tokens)
            and same_person(person.tokens, p.tokens, language)
        ]
        if len(fuller) != 1:
            continue
        into = fuller[0]
        into.participant = into.participant or person.participant
        into.role = into.role or person.role
        into.mentions = sorted(into.mentions + person.mentions, key=lambda m: m.start)
        into.first = min(into.first, person.first)
        kept.remove(person)
    return kept


def _roles_beside_names(analysis: Analysis, people: list[Person]) -> list[Person]:
    """An unnamed party whose role is the title of one named right by it, in one sentence: written before the name of
    one found without a role, with only a comma or a style of address between ("Foreign Minister of Valdoria, Mr. X
    arrived"); closing the apposition that a comma opens after it ("welcomed by X, Valdoria's culture and tourism
    minister, and …"; "X, member of … and Chairman of …"); or the next office of a named one's apposition, after a
    comma or "and" ("X, membre du Bureau politique, secrétaire du Comité central et chef de …"). One person, named,
    whose role runs on to the unnamed one's end."""
    kept = list(people)
    for unnamed in people:
        if unnamed.name is not None or unnamed.role is None or not unnamed.participant:
            continue
        role = unnamed.role
        beside = {
            id(person): (person, start)
            for person in kept
            if person.name and person.listed_role is None
            for start in (
                [person.role.start] if person.role and _next_office(analysis, person.role, role) else
                [] if person.role else [_role_beside(analysis, role, mention) for mention in person.mentions]
            )
            if start is not None
        }
        if len(beside) != 1:
            continue
        holder, start = next(iter(beside.values()))
        holder.role = analysis.doc.span(start, role.end)
        holder.participant = True
        holder.mentions = sorted(holder.mentions + unnamed.mentions, key=lambda m: m.start)
        holder.first = min(holder.first, unnamed.first)
        kept.remove(unnamed)
    return kept


def _next_office(analysis: Analysis, held: Span, role: Span) -> bool:
    """`role` follows the role `held` with only a comma or an office's joining word between ("membre du Bureau
    politique, secrétaire du Comité central", "member of … and chairman of …"): the same apposition's next office,
    which opens on its role noun (not "…, Robert X Ambassador of Y", the next item of a list of names)."""
    nouns = analysis.role_nouns.within(role.start, role.end)
    if held.end > role.start or not any(n.start() == role.start for n in nouns):
        return False
    gap = analysis.doc.text[held.end : role.start]
    joiners = {fold(w) for w in (*analysis.language.office_joiners, *analysis.language.list_joiners)}
    words = gap.replace(",", " ").split()
    return "\n" not in gap and gap.count(",") <= 1 and len(words) <= 1 and all(fold(w) in joiners for w in words)


def _role_beside(analysis: Analysis, role: Span, mention: Span) -> int | None:
    """Where the role that `mention`'s name bears starts, when `role` is written right by it (`_roles_beside_names`):
    the role's own start before the name, the apposition's first word after it; None when other words stand between."""
    text, language = analysis.doc.text, analysis.language
    if role.end <= mention.start:
        gap = text[role.end : mention.start]
        words = gap.replace(",", " ").split()
        styles = compiled(language).names.honorific_words
        if "\n" in gap or gap.count(",") > 1 or any(fold(w).rstrip(".") not in styles for w in words):
            return None
        return role.start
    if mention.end > role.start:
        return None
    gap = text[mention.end : role.start]
    comma = gap.lstrip()
    if not comma.startswith(","):
        return None
    apposition = comma[1:].strip()
    if not apposition:
        return role.start
    words = apposition.split()
    joiners = {fold(w) for w in language.office_joiners}
    openers = {fold(w) for w in (*language.clause_openers, *language.list_joiners)}
    if any(c in apposition for c in ",;\n") or fold(words[-1]) not in joiners or fold(words[0]) in openers:
        return None
    return mention.end + len(gap) - len(comma) + 1  # past the comma: `Document.span` trims the space


def _names_closing_roles(analysis: Analysis, people: list[Person]) -> list[Person]:
    """An unnamed party whose role, as found, ends on a name that a given name the register lists opens, the name
    finder having taken it for the office's last words ("la porte-parole du Quai d'Orsay Anne X", "Minister of
    Communities and Social Movements Jorge Y"): the name is theirs and the role ends before it; one who is already
    known by that name takes part in their stead. A role closed by a facility's noun names a site after someone
    ("King X International Airport"): no name; a role that is nothing but the site's name is no party."""
    doc = analysis.doc
    facilities = compiled(analysis.language).names.facilities
    kept = []
    for person in people:
        unnamed = person.name is None and person.participant
        site = unnamed and person.role is not None and fold(person.role.text.split()[-1].strip(".,")) in facilities
        if site and all(_capitalised_word(w) for w in person.role.text.split()):
            continue  # "at King Omar International Airport", "Queen Lina International Airport": a site, no party
        named = _name_at_role_end(person.role) if unnamed and not site else None  # "director of King X Airport"
        if named is None:
            kept.append(person)
            continue
        role, span = person.role, doc.span(*named)
        tokens = tuple(span.text.split())
        known = next((p for p in people if p.name and same_person(p.tokens, tokens, doc.language)), None)
        if known is not None:
            known.participant = True
            continue
        person.name, person.tokens = span.text, tokens
        person.role = doc.span(role.start, span.start) if role else None
        person.mentions.append(span)
        kept.append(person)
    return kept


def _name_at_role_end(role: Span | None) -> tuple[int, int] | None:
    """Where a name closes the role's text, its words capitalised from a given name the register lists to the end,
    a surname at least after it; None when the role ends on no such name."""
    if role is None:
        return None
    words = list(_WORD.finditer(role.text))
    begin = len(words)
    while begin > 0 and _capitalised_word(words[begin - 1].group(0)):
        begin -= 1
    # a compound given name counts by its first part ("Anne-Claire")
    given = next((i for i in range(begin, len(words) - 1) if is_given_name(words[i].group(0).split("-")[0])), None)
    if given is None or given == 0:
        return None
    return role.start + words[given].start(), role.start + words[-1].end()


def _capitalised_word(word: str) -> bool:
    """A word of letters, maybe hyphenated, that opens on a capital: a name's word ("Lorrain", "Anne-Claire")."""
    return word[:1].isupper() and word.replace("-", "").isalpha()


_WORD = lazy_compile(r"\S+")  # a word of a role's text, between spaces
_VERB_NEXT = lazy_compile(rf"[^\S\n]+[{LOWER}]")  # a lower-case word right after a name: its verb
_PAIR_DASH = lazy_compile(rf"(?<=\w)[-–](?=[{UPPER}])")


def _ends_name_of(words: list[str], person: Person, endings: tuple[str, ...]) -> bool:
    """The words are the last words of the person's name ("Le Drian" of "Jean-Yves Le Drian")."""
    tail = person.tokens[-len(words) :] if len(words) <= len(person.tokens) else ()
    return bool(tail) and all(same_word(w, t, endings) for w, t in zip(words, tail, strict=True))


def _joins_two_others(person: Person, others: list[Person], endings: tuple[str, ...]) -> bool:
    """A "name" that is two other people's surnames joined by a dash, as a headline writes a meeting ("Rencontre
    X-Le Y", "Entretien X–Y"): each side ends the name of another person of the brief, and not the same one."""
    name = person.name or ""
    for dash in _PAIR_DASH.finditer(name):
        left, right = name[: dash.start()].split(), name[dash.end() :].split()
        ones = [o for o in others if o is not person and o.name and _ends_name_of(left, o, endings)]
        twos = [o for o in others if o is not person and o.name and _ends_name_of(right, o, endings)]
        if any(a is not b for a in ones for b in twos):
            return True
    return False


def _without_joined_pairs(analysis: Analysis, people: list[Person]) -> list[Person]:
    """The people but those whose name joins two others' surnames by a dash: a headline's pair, no one."""
    endings = compiled(analysis.language).names.endings
    return [p for p in people if not (p.name and _joins_two_others(p, people, endings))]


def _chained_office_before(analysis: Analysis, people: list[Person]) -> list[Person]:
    """An office that a comma (maybe after its acronym in brackets) joins to the article-less role right before a
    name, the subject opening its sentence or clause on its article ("the chairman of the bloc (ECOWAS), Valdor's
    President X", "The PIF Chairman, Norland's Prime Minister X"): the first office is the named person's too, said
    first; a person read from it alone was them. Not a role with its own article after the comma ("…, the Prime
    Minister X": a list), nor an object's ("He met the Prime Minister, Ambassador X and …")."""
    doc, language = analysis.doc, analysis.language
    text = doc.text
    articles = {fold(w) for w in language.definite_articles}
    gone: list[Person] = []
    for person in people:
        role = person.role
        if person.name is None or role is None or not role.text.split() or fold(role.text.split()[0]) in articles:
            continue
        if not any(0 <= m.start - role.end <= 2 for m in person.mentions):
            continue  # the role stands after the name, or apart from it
        comma = text.rfind(",", max(0, role.start - _CHAIN_GAP), role.start)
        if comma < 0 or text[comma + 1 : role.start].strip():
            continue
        nouns = analysis.role_nouns.within(max(0, comma - _CHAIN_REACH), comma)
        if not nouns:
            continue
        first = role_extent(text, nouns[-1].start(), nouns[-1].end(), language, comma)
        # the office's complement may run on past a number the bare role stops at: "of the 15-nation Community"
        rest = _BRACKETED_ACRONYM.sub("", text[first[1] : comma])
        opening = text[max(0, first[0] - _CHAIN_GAP) : first[0]].split()
        if not opening or fold(opening[-1]) not in articles or _CHAIN_BREAK.search(rest):
            continue
        article = text.rindex(opening[-1], 0, first[0])
        if text[:article].rstrip()[-1:] not in _SUBJECT_OPENERS:
            continue  # "He met the Prime Minister, Ambassador X and …": an object's list, not the subject
        if compiled(language).names.gap_verb.search(rest):
            continue
        person.chained_office = doc.span(first[0], comma)
        gone += [p for p in people if p.name is None and p.role and first[0] <= p.role.start < comma]
    return [p for p in people if not any(p is g for g in gone)]


def _mourned_aside(analysis: Analysis, people: list[Person]) -> None:
    """Whoever the headline or a sentence names right after a phrase of a death, a title or two between
    (`Language.mourned_cues`: "suite à la disparition du président X", "the late former president of A, X"), is the
    one mourned: mentioned, though a quoted tribute names them again ("« le président X était un éminent homme
    d'État »")."""
    cue = compiled(analysis.language).people.mourned_cue
    if cue is None:
        return
    mentions = Mentions(people)
    segments = [analysis.title, *analysis.story] if analysis.title else list(analysis.story)
    starts = [s.start for s in segments]
    for person in people:
        if person.participant and person.name and any(
            _mourned_at(analysis, mentions, segments[index], span.start, cue)
            for span in person.mentions
            if len(span.text.split()) > 1  # a full name: "the late strongman Ferdinand" may be another of the family
            and (index := bisect_right(starts, span.start) - 1) >= 0 and span.start < segments[index].end
        ):
            person.participant = False


def _mourned_at(analysis: Analysis, mentions: Mentions, segment: Segment, start: int, cue: re.Pattern[str]) -> bool:
    """A phrase of a death governs the name at `start` in its segment: the mention cue it is, no one else named and
    no comma between them but the one that closes a title in apposition ("the late former president of A, X")."""
    found = cue.search(analysis.doc.text, segment.start, start)
    if found is None or not _after_mention_cue(analysis, mentions, segment, start):
        return False
    if any(m[1] > found.end(1) for m in mentions.within(segment.start, start)):
        return False  # "Décès de X : le message de Y": Y is named after X, whom the death is of
    gap = analysis.doc.text[found.start() : start]
    comma = gap.find(",")
    return comma < 0 or bool(analysis.role_nouns.within(found.start(), found.start() + comma))


def _headline_cued(analysis: Analysis, people: list[Person]) -> None:
    """A full name that a headline gives after a mention cue ("Der frühe Tod von X ist ein Verlust", "Tributes
    after the death of X") and that no one found bears: mentioned, as the dead a message of condolence speaks of,
    though the body names only the sender. Not a headline that capitalises every word, whose runs tell no name."""
    title = analysis.title
    if title is None or _capitalised_title(analysis) is not None:
        return
    window = Segment(title.start, title.end, title.text, 0)
    for _sentence, match in analysis.names:
        if not title.start <= match.start < title.end or len(match.tokens) < 2:
            continue
        if any(same_person(p.tokens, match.tokens, analysis.language) for p in people):
            continue
        if _after_mention_cue(analysis, Mentions(people), window, match.start):
            span = analysis.doc.span(match.start, match.end)
            people.append(Person(tokens=match.tokens, name=span.text, mentions=[span], first=span.start))


def _headline_pair(analysis: Analysis, people: list[Person]) -> None:
    """A headline that reports the event by two surnames joined by "and" ("Castell y Molina repasan …", "Лавров и
    Рубио обсудили …"): both take part, the one the body names in full or, when it gives only roles, the surname
    itself. Not a place's name (nor one place's name whose words "and" joins: "Trinidad and Tobago"), an outlet's, an
    acronym, an office's noun ("Diplomatinnen und Diplomaten"), nor a word the brief writes in lower case, nor a
    kicker's pair before its colon or dash."""
    title = analysis.title
    reports = analysis.first_event(title.start, title.end) or analysis.event_sentences if title else None
    if title is None or not (reports or not any(p.participant and p.name for p in people)):
        return  # the headline or the story under it reports an event, or nothing else names who took part
    doc = analysis.doc
    if not analysis.language.list_joiners:
        return
    pair = compiled(analysis.language).people.joined_pair.search(title.text)
    if pair is None or any(_capitalised_next(title.text, pair, group) for group in (1, 2)):
        _headline_full_pair(analysis, people)
        return
    if _KICKER_END.match(title.text, pair.end()):
        return  # "Valdoria and Norland: a new chapter …": a kicker's pair names the topic, not who met
    common = analysis.prose_lower_words
    matches = [
        without_possessive(
            doc.text, NameMatch(title.start + pair.start(g), title.start + pair.end(g), (pair.group(g),)), doc.language
        )
        for g in (1, 2)
    ]
    if any(
        m.tokens[0].lower() in common or not _surname_only(m, doc.language) or _thing_named(analysis, m)
        for m in matches
    ):
        return  # a country, a large city, an outlet, an acronym, an office's plural: "Rusia y China firman …"
    if _place_word(pair.group(0), doc.language):
        return  # one country whose name joins two words: "Trinidad and Tobago delegation meets …"
    first = matches[0]
    if office_goes_on(doc.text, (title.start, title.end), first.start, first.end, doc.language, analysis.role_nouns):
        return  # "… Reunión de Titulares de Embajadas y Consulados": an office's or a body's own name
    endings = compiled(doc.language).names.endings
    bearers = [
        [p for p in people if p.name and any(same_word(match.tokens[0], t, endings) for t in p.tokens)]
        for match in matches
    ]
    if _nouns_pair(matches, bearers, doc.language):
        return  # "… dem belgischen Volk und Staat", "Minister für Umwelt und Tourismus": two nouns, no one's names
    for match, known in zip(matches, bearers, strict=True):
        if len(known) == 1:  # "Xi y Obama …": Xi Jinping, named in full below
            known[0].participant = True
            known[0].mentions.append(doc.span(match.start, match.end))
        else:
            _take_part(doc, people, match)


def _nouns_pair(matches: list[NameMatch], bearers: list[list[Person]], language: Language) -> bool:
    """In a language that writes every noun with a capital (`Language.capitalised_nouns`), so that no word of the
    prose in lower case tells a noun, a headline's pair one word of which no one in the body bears and the language
    knows for a common noun (`common_word`): two nouns the headline joins ("dem belgischen Volk und Staat",
    "Zusammenarbeit und Integration"), not two people."""
    return language.capitalised_nouns and any(
        not known and common_word(m.tokens[0], language) for m, known in zip(matches, bearers, strict=True)
    )


def _headline_full_pair(analysis: Analysis, people: list[Person]) -> None:
    """A headline that reports the event by two full names joined by "and" ("Ana Soto y Luis Vera abordan …") while
    the body may give the two by their offices alone: both take part. Not a kicker's pair before its colon or dash,
    nor a place's or an outlet's name."""
    doc, title = analysis.doc, analysis.title
    if title is None:
        return
    names = find_names(doc.text, title.start, title.end, doc.language)
    joiners = analysis.language.list_joiners
    for first, second in pairwise(names):
        if doc.text[first.end : second.start].strip() not in joiners:
            continue
        pair = (first, second)
        if any(len(m.tokens) < 2 or places(" ".join(m.tokens), doc.language.code) for m in pair):
            return
        if _KICKER_END.match(doc.text, second.end) or any(agencies_named(" ".join(m.tokens)) for m in pair):
            return  # "Ana Soto y Luis Vera: una amistad …": a kicker names the topic, not who met
        for match in pair:
            _take_part(doc, people, match)
        return


def _headline_subject(analysis: Analysis, people: list[Person]) -> None:
    """A headline that opens on one name before its event verb ("Karambiri a rencontré X à …", "Delvaux meets …") or,
    for a full name outside a title-case headline, before a verb of saying ("Mathieu Karambiri félicite Y …"; a lone
    word before one is as often a country's): the person the brief names so takes part. When the body gives that side
    by its office alone ("Le Président de la République a accordé une audience …"), the name is the office holder's,
    the first participant the body leaves unnamed; a full name the body never gives is a participant of its own."""
    title = analysis.title
    verb = analysis.first_event(title.start, title.end, _SUBJECT_EVENTS) if title else None
    if title is None or verb is None:
        return
    doc = analysis.doc
    kicker = list(_KICKER_END.finditer(doc.text, title.start, verb[0]))
    start = kicker[-1].end() if kicker else title.start
    names = find_names(doc.text, start, verb[0], doc.language)
    if len(names) != 1 or doc.text[start : names[0].start].strip():
        return
    match = names[0]
    full = len(match.tokens) > 1
    if doc.text[match.end : verb[0]].strip() or (not full and not _surname_only(match, doc.language)):
        return  # "X et Y …", "Kenya receives …": not one person alone before the verb
    if (not full and verb[2] not in CORE_EVENTS) or (full and _capitalised_title(analysis) is not None):
        return  # a lone word before a word of saying is as often a country's; title case tells no full name
    if match.tokens[0].lower() in analysis.prose_lower_words:
        return
    span = doc.span(match.start, match.end)
    endings = compiled(doc.language).names.endings
    word = match.tokens[0]
    if full:  # the person the brief names so
        known = [p for p in people if p.name and same_person(p.tokens, match.tokens, doc.language)]
    else:  # a surname of theirs, or a short name the brief gave them ("Joko Widodo (Jokowi)")
        known = [
            p
            for p in people
            if p.name
            and (any(same_word(word, t, endings) for t in p.tokens) or any(m.text == word for m in p.mentions))
        ]
    unnamed = [
        p for p in people if p.name is None and p.participant and p.role and _home_office(p.role.text, doc.language)
    ]
    if len(known) == 1:
        known[0].participant = True
        if span not in known[0].mentions:
            known[0].mentions.append(span)
    elif not known and unnamed:
        holder = min(unnamed, key=lambda p: p.first)
        holder.name, holder.tokens = span.text, match.tokens
        holder.mentions.append(span)
    elif not known and full:  # a full name the body never gives: "X félicite Y", then "son homologue sénégalais"
        people.append(Person(tokens=match.tokens, name=span.text, mentions=[span], first=span.start, participant=True))
        _register_roles(doc, people)


def _headline_role_subject(analysis: Analysis, people: list[Person]) -> None:
    """A headline that opens on a bare singular role before its event verb ("Le Premier ministre reçoit …", "The
    President receives …") while the opening sentence names that side by name alone, as the subject of the same kind
    of event ("Monsieur X a reçu …"): the headline's role is theirs, as written."""
    title = analysis.title
    verb = analysis.first_event(title.start, title.end) if title else None
    if title is None or verb is None:
        return
    doc, language = analysis.doc, analysis.language
    kicker = list(_KICKER_END.finditer(doc.text, title.start, verb[0]))
    start = kicker[-1].end() if kicker else title.start
    nouns = analysis.role_nouns.within(start, verb[0])
    if not nouns or find_names(doc.text, start, verb[0], language):
        return
    noun = nouns[0]
    articles = {fold(a) for a in language.definite_articles}
    if any(fold(w) not in articles for w in doc.text[start : noun.start()].split()):
        return  # "Visite du Premier ministre …": the role is no subject
    patterns = compiled(language).names
    if is_role_plural(fold(noun.group(0)), patterns.role_words, patterns.plural_endings):
        return
    role = role_extent(doc.text, noun.start(), noun.end(), language, verb[0])
    if doc.text[role[1] : verb[0]].strip():
        return
    opening = next((s for s in analysis.lead if s.start >= title.end), None)
    if opening is None:
        return
    for person in people:
        if not (person.participant and person.name and person.role is None and person.listed_role is None):
            continue
        first = min((m for m in person.mentions if m.start >= opening.start), key=lambda m: m.start, default=None)
        if first is None or first.start >= opening.end:
            continue
        lead_in = doc.text[opening.start : first.start]
        if lead_in.strip() and not patterns.honorific_at_end.fullmatch(lead_in.strip() + " "):
            continue
        event = analysis.first_event(first.end, opening.end)
        if event is not None and event[2] == verb[2]:
            person.role = doc.span(*role)
        return


def _headline_object(analysis: Analysis, people: list[Person]) -> None:
    """A headline that names, right after its event verb and a short link, the one the event is done with or to
    ("Vela recibe a Quispe", "X se reúne con Ana Soto", "X meets Y") takes part, though the body may give them by
    their office alone ("recibió a su homólogo peruano"): the person the body names so, or one more."""
    title = analysis.title
    verb = analysis.first_event(title.start, title.end) if title else None
    if title is None or verb is None or _capitalised_title(analysis) or _object_named_below(analysis):
        return  # a headline in title case tells no name by its capital; a body that names whom it met needs none
    doc = analysis.doc
    if doc.language.capitalised_nouns:
        return  # where every noun takes a capital, the word after the verb is as often a thing ("empfängt Delegation")
    names = find_names(doc.text, verb[1], title.end, doc.language)
    if not names:
        return
    match = names[0]
    link = doc.text[verb[1] : match.start].split()
    if len(link) > _OBJECT_LINK_WORDS or not all(w.islower() and len(w) <= _LINK_LETTERS for w in link):
        return  # "X recibe cartas credenciales de Y": a noun between the verb and the name
    if any(fold(w) in map(fold, doc.language.count_words + doc.language.pair_words) for w in link):
        return  # "X and Y sign two MoUs": a number counts things
    if _KICKER_END.match(doc.text, match.end) or agencies_named(" ".join(match.tokens)):
        return
    if len(match.tokens) == 1 and (
        match.tokens[0].lower() in analysis.prose_lower_words or not _surname_only(match, doc.language)
    ):
        return  # a country, a large city, an outlet: "X se reúne con Rusia"
    at_place = bool(link) and link[-1].lower() in doc.language.place_prepositions
    if (len(match.tokens) > 1 or at_place) and places(" ".join(match.tokens), doc.language.code):
        return  # "… se sont rencontrés à Québec": after a place's preposition, any place the gazetteer knows
    endings = compiled(doc.language).names.endings
    known = [p for p in people if p.name and any(same_word(match.tokens[-1], t, endings) for t in p.tokens)]
    span = doc.span(match.start, match.end)
    if len(known) == 1:
        known[0].participant = True
        known[0].mentions.append(span)
    elif not known:
        _take_part(doc, people, match)


def _object_named_below(analysis: Analysis) -> bool:
    """The body's first sentence that tells the event names someone in full after its event word: whom the event
    was done with, which the headline's name then only repeats or leaves aside."""
    doc = analysis.doc
    for sentence in analysis.body:
        verb = analysis.first_event(sentence.start, sentence.end)
        if verb is not None:
            names = find_names(doc.text, verb[1], sentence.end, doc.language)
            return any(len(m.tokens) >= 2 for m in names)
    return False


def _capitalised_next(text: str, pair: re.Match[str], group: int) -> bool:
    """The word of the pair goes on a name of several words: a capitalised word right before or after it."""
    before = text[: pair.start(group)].split()
    after = text[pair.end(group) :].split()
    neighbours = [before[-1] if before and group == 1 else "", after[0] if after and group == 2 else ""]
    return any(w[:1].isupper() for w in neighbours)


def _letter_parties(analysis: Analysis, people: list[Person]) -> None:
    """A letter printed whole (a message of condolence or of congratulation): whoever signs it, on a line of
    their own after the closing formula, and whoever its heading addresses with an honorific take part. The
    heading's first line that opens with a role is the signer's ("LE PRESIDENT DE LA REPUBLIQUE, CHEF DE L'ETAT")."""
    doc, text = analysis.doc, analysis.doc.text
    closing = compiled(analysis.language).people.letter_closing
    closings = list(closing.finditer(text)) if closing else []
    below = text.find("\n", closings[-1].end()) if closings else -1
    if below < 0:
        return
    lines = [m for m in _LINE.finditer(text, below) if m.group(0).strip()][:_SIGNATURE_LINES]
    # the signature may close the quotation that holds the whole letter: "X Y”"
    signed = next((m for m in lines if _SIGNATURE.fullmatch(m.group(0).strip(_SIGNATURE_MARKS))), None)
    if signed is None:
        return
    start = signed.start() + len(signed.group(0)) - len(signed.group(0).lstrip(_SIGNATURE_MARKS))
    name = signed.group(0).strip(_SIGNATURE_MARKS)
    signer = _take_part(doc, people, NameMatch(start, start + len(name), tuple(name.split())))
    heading_start = analysis.title.end if analysis.title else 0
    prose = next((m for m in _LINE.finditer(text, heading_start) if _PROSE_LINE.search(m.group(0))), None)
    heading_end = prose.start() if prose else closings[-1].start()
    honorifics = compiled(analysis.language).names.honorific_words
    addressed = heading_end
    for _sentence, match in analysis.names:
        before = text[max(0, match.start - _SIGNATURE_REACH) : match.start].split()
        if heading_start <= match.start < heading_end and before and fold(before[-1]).rstrip(".,") in honorifics:
            person = _take_part(doc, people, match)
            person.role = person.role or _role_line(analysis, text.find("\n", match.end), heading_end, first=True)
            addressed = min(addressed, match.start)
    signer.role = signer.role or _role_line(analysis, 0, addressed)


def _role_line(analysis: Analysis, start: int, end: int, first: bool = False) -> Span | None:
    """The first line of text in [start, end) that opens with a role word, maybe after an article ("LE PRESIDENT
    DE LA REPUBLIQUE DU NIGER" under a letter's addressee); with `first`, only the first line is looked at."""
    language = analysis.language
    articles = {fold(d) for d in language.determiners}
    lines = [m for m in _LINE.finditer(analysis.doc.text, start, end) if m.group(0).strip()] if start >= 0 else []
    for line in lines[:1] if first else lines:
        words = [fold(w).rstrip(",") for w in line.group(0).split()]
        words = words[1:] if words[0] in articles else words
        if words and words[0] in compiled(language).names.role_words:
            return analysis.doc.span(line.start(), line.start() + len(line.group(0).rstrip()))
    return None


def _take_part(doc: Document, people: list[Person], match: NameMatch) -> Person:
    """The person a name found outside the event's sentences names, taking part: a known one, or a new one."""
    span = doc.span(match.start, match.end)
    known = [p for p in people if p.name and _same_ends(p.tokens, match.tokens, doc.language)]
    if not known:
        known = [Person(tokens=match.tokens, name=span.text, mentions=[span], first=span.start)]
        people.append(known[0])
    person = known[0]
    for other in known[1:]:  # the name written out in full once, with an initial once: one person
        person.mentions += other.mentions
        people.remove(other)
    person.participant = True
    return person


def _same_ends(tokens: tuple[str, ...], other: tuple[str, ...], language: Language) -> bool:
    """The same person's name, maybe with a middle name written out once and as an initial once ("Andry N. X" and
    "Andry Nirina X")."""
    return same_person(tokens, other, language) or (
        fold(tokens[0]) == fold(other[0]) and fold(tokens[-1]) == fold(other[-1])
    )


def _call_parties_only(analysis: Analysis, people: list[Person]) -> None:
    """A call is between those the headline and sentences telling a call name, and those a word of presence adds
    to it ("Auch X nahm teil"): once two named people take part there, one named only in other sentences (talks on
    an earlier trip, the talks a caller asked about) is mentioned."""
    title, text = analysis.title, analysis.doc.text
    presence = compiled(analysis.language).people.representation
    told = Ranges(
        [
            (s.start, s.end)
            for s in [*([title] if title else []), *analysis.story]
            if any(hit[2] == "phone_call" for hit in analysis.events_in(s.start, s.end))
            or (presence is not None and presence.search(text, s.start, s.end))
        ]
    )
    parties = [p for p in people if p.participant and any(told.holds(m.start) for m in p.mentions)]
    if sum(1 for p in parties if p.name) < 2:
        return
    for person in people:
        if person.participant and person not in parties:
            person.participant = False


def _body_states(analysis: Analysis, people: list[Person]) -> None:
    """A statement that a body or a country makes, the opening sentence naming no one before its verb ("El
    Ministerio lamentó la carta enviada por la vicecanciller X al comisionado Y", "The ministry condemned the attack
    on X"): whom it speaks of is only mentioned; not whom it is addressed to, its verb's object ("congratulated
    President X"), nor one who speaks or acts for it ("…, spokesperson Z said", "Minister Z offers his condolences",
    its spokesperson named anywhere); not a joint statement of two countries ("Vietnam and the Philippines issued a
    joint statement"), whose leaders make it, nor a message the sentence names as a noun ("un message adressé par le
    Chef de l'État à X")."""
    lead = analysis.lead
    if not lead:
        return
    first = lead[0]
    verbs = compiled(analysis.language).cues.statement_verbs
    lower = analysis.doc.lower
    verb = next((h for h in analysis.events_in(first.start, first.end) if h[2] == "statement"), None)
    named = [p for p in people if p.participant]
    if verb is None or lower[verb[0] : verb[1]] not in verbs or not named:
        return
    words = lower[max(first.start, verb[0] - _VERB_ARTICLE_CHARS) : verb[0]].split()
    before = re.split("['’]", words[-1])[-1] if words else ""  # the article elided onto its preposition: "d'un"
    if before in {fold(w) for w in (*analysis.language.determiners, *analysis.language.possessives)}:
        return  # "un message adressé par le Chef de l'État à X": a noun, whose sender the sentence names after it
    subject = analysis.doc.text[first.start : verb[0]]
    title = analysis.title
    opening = [(first.start, verb[0])] + ([(title.start, title.end)] if title else [])
    if any(a <= m.start < b for p in people for m in p.mentions for a, b in opening) or any(
        p.role is not None and first.start <= p.role.start < verb[0] for p in people
    ):
        return  # someone named before the verb, or in the headline ("X congratulates Y"), makes it
    pronouns = {w.lower() for w in analysis.language.pronouns}  # not folded: "él" is no article "el"
    if not pronouns.isdisjoint(w.lower() for w in re.findall(r"\w+", subject)):
        return  # "I offer my congratulations to X": a person speaks
    if _pair_of_countries(subject, analysis.language):
        return
    for person in named:
        if not (
            _addressed(analysis, person, verb)
            or _speaks(analysis, person)
            or _states(analysis, person)
            or _opens_a_sentence(analysis, person)
            or _body_spokesperson(analysis, person)
        ):
            person.participant = False


def _body_spokesperson(analysis: Analysis, person: Person) -> bool:
    """The person's title names a spokesperson ("la porte-parole du Quai d'Orsay X", "el vocero X"), maybe chained
    onto the office read as the role ("le porte-parole du président russe X"): the body's own voice, who states what
    the body states, however far the verb of saying stands from the name."""
    role = person.role
    if role is None:
        return False
    stems = [fold(stem) for stem in analysis.language.spokesperson_stems]
    if any(stem in fold(role.text) for stem in stems):
        return True
    before = fold(analysis.doc.text[max(0, role.start - _SPOKESPERSON_REACH) : role.start])
    for stem in stems:
        at = before.rfind(stem)
        link = before[at + len(stem) :]
        words = link.split()[1:] if link[:1].isalnum() else link.split()  # the stem's word goes on: "spokes|man"
        if at >= 0 and not _CHAIN_BREAK.search(link) and len(words) <= _SPOKESPERSON_LINK_WORDS:
            return True
    return False


def _pair_of_countries(subject: str, language: Language) -> bool:
    """Two countries joined in the subject ("Vietnam and the Philippines"): the two sides of a joint statement."""
    words = [w.strip(",.;:()") for w in subject.split()]
    joiners = {fold(w) for w in language.list_joiners}
    determiners, code = {fold(w) for w in language.determiners}, language.code
    for i, word in enumerate(words[1:-1], start=1):
        if fold(word) not in joiners:
            continue
        after = [w for w in words[i + 1 :] if fold(w) not in determiners][:1]
        if after and place_kind(words[i - 1], code) == "country" and place_kind(after[0], code) == "country":
            return True
    return False


def _addressed(analysis: Analysis, person: Person, verb: EventHit) -> bool:
    """The person, maybe after a title or a day, is the statement verb's object ("congratulated President X",
    "felicitó este lunes al presidente X"): whom the statement is addressed to."""
    return any(_right_after(analysis, verb[1], _opening_of(person, m)) for m in person.mentions)


def _speaks(analysis: Analysis, person: Person) -> bool:
    """A verb of saying follows a mention of the person ("…, spokesperson X said", "X added that …") or stands right
    before it, maybe before a title ("a déclaré le porte-parole …, X", "said spokesperson X")."""
    speech, doc = compiled(analysis.language).cues.speech, analysis.doc
    for mention in person.mentions:
        if speech.match(doc.lower, _next_word(doc.text, mention.end)):
            return True
        opens = _opening_of(person, mention)
        said = list(speech.finditer(doc.lower, max(0, opens - _SPOKESPERSON_REACH), opens))
        if said and _right_after(analysis, said[-1].end(), opens):
            return True
    return False


def _opening_of(person: Person, mention: Span) -> int:
    """Where the mention opens, or its person's title when the title stands before it."""
    return person.role.start if person.role and person.role.end <= mention.start else mention.start


def _right_after(analysis: Analysis, end: int, opens: int) -> bool:
    """From `end` to `opens` stand only a few articles, words of address, titles or days, in one clause."""
    text, language = analysis.doc.text, analysis.language
    if opens < end or _CLAUSE_END.search(text, end, opens):
        return False
    allowed = {fold(w) for w in (*language.determiners, *language.addressee_words, *language.demonstratives)}
    allowed |= compiled(language).names.honorific_words | compiled(language).names.role_words
    allowed |= {fold(w) for w in compiled(language).cues.time_words}
    between = [fold(w.group(0)).strip(",") for w in _WORD.finditer(text, end, opens)]
    return len(between) <= _OBJECT_TITLE_WORDS and all(w in allowed for w in between)


def _opens_a_sentence(analysis: Analysis, person: Person) -> bool:
    """A mention of the person, maybe after their title, opens a sentence of the lead: its subject, who acts."""
    starts = {s.start for s in analysis.lead}
    role = person.role
    return any(m.start in starts for m in person.mentions) or (role is not None and role.start in starts)


def _spokespeople_of_another(analysis: Analysis, people: list[Person]) -> None:
    """A spokesperson whose title a possessive opens and who speaks ("…, his spokesman Stefan X said in a statement",
    "…, a déclaré son porte-parole X") speaks for one who takes part: the spokesperson reports, and is only
    mentioned; not one met ("le mouvement … et son porte-parole X")."""
    stems = analysis.language.spokesperson_stems
    speech, lower = compiled(analysis.language).cues.speech, analysis.doc.lower
    for person in [p for p in people if p.participant and p.name and p.role]:
        role = fold(person.role.text)
        if not any(fold(stem) in role for stem in stems):
            continue
        reach = max(0, person.role.start - _SPOKESPERSON_REACH)
        said_before = speech.search(lower, reach, person.role.start)  # "…, a indiqué son porte-parole X"
        said_after = any(speech.match(lower, _next_word(analysis.doc.text, m.end)) for m in person.mentions)
        if not said_before and not said_after:
            continue
        others = [p for p in people if p is not person and p.participant and p.name]
        if others and _title_possessed(analysis, person):
            person.participant = False


def _unnamed_spokespeople(analysis: Analysis, people: list[Person]) -> None:
    """A spokesperson the brief never names ("a government spokesman confirmed", "Sprecher des Auswärtigen Amts") is
    a party only when no one named takes part (the spokesperson's own statement): beside a named participant they
    report, and are left out as an unnamed secondary person."""
    stems = tuple(fold(stem) for stem in analysis.language.spokesperson_stems)
    if not any(p.participant and p.name for p in people):
        return
    for person in people:
        role = fold(person.role.text) if person.participant and person.name is None and person.role else ""
        if role and any(stem in role for stem in stems):
            person.participant = False


def _title_possessed(analysis: Analysis, person: Person) -> bool:
    """A possessive opens the person's title ("his spokesman X", "son porte-parole X"): they speak for another."""
    reach = max(0, person.role.start - _SPOKESPERSON_REACH)
    possessive = compiled(analysis.language).people.possessive_before
    return possessive.search(analysis.doc.lower, reach, person.role.start) is not None


def _next_word(text: str, end: int) -> int:
    """Where the next word after `end` begins, past spaces and a comma."""
    while end < len(text) and text[end] in " ,":
        end += 1
    return end


def _spokesperson_speaks(analysis: Analysis, people: list[Person]) -> None:
    """A statement a spokesperson makes ("Putin lädt nur Freunde ein, sagte Regierungssprecher X", "…, заявил
    пресс-секретарь X") is theirs: whom it speaks of is only mentioned."""
    named = [p for p in people if p.participant and p.name]
    speaking = [p for p in named if p.role and _speaks_for_someone(analysis, p, people)]
    if len(speaking) != 1 or len(named) < 2 or any(_states(analysis, p) for p in named if p is not speaking[0]):
        return  # "Le secrétaire général X a condamné …, a déclaré son porte-parole Y": X's statement
    if _title_possessed(analysis, speaking[0]):
        return  # "X urged restraint, his spokesman Y said": the spokesperson speaks for X, whose statement it is
    for person in named:
        if person is not speaking[0]:
            person.participant = False


def _headline_speaker_speaks(analysis: Analysis, people: list[Person]) -> None:
    """The headline gives the speaker of a remark about another event ("Дорнов: разговор Ларина и Волкова …", "Kreml:
    Telefonat zwischen Larin und Walker …", "…, заявила Ланина"): the speaker takes part, whom the remark speaks of
    is only mentioned. A seat or an office speaks by the person the lead's saying sentences name, not the headline."""
    speaker = analysis.headline_speaker
    if speaker is None:
        return
    named = [p for p in people if p.name]
    if speaker.seat:
        told = [p for p in named if any(speaker.clause_start <= m.start < speaker.clause_end for m in p.mentions)]
        saying = saying_sentences(analysis)
        own = [
            p for p in named if p not in told and any(s.start <= m.start < s.end for s in saying for m in p.mentions)
        ][:1]
    else:
        written = fold(analysis.doc.text[speaker.start : speaker.end].split()[-1])
        own = [p for p in named if any(same_word(fold(t), written) for t in p.tokens[-1:])]
    if len(own) != 1:
        return
    for person in people:
        person.participant = person is own[0]


def _states(analysis: Analysis, person: Person) -> bool:
    """A mention of the person is the subject of a statement right after it, in its sentence ("X a condamné")."""
    text = analysis.doc.text
    for mention in person.mentions:
        stop = _CLAUSE_END.search(text, mention.end)
        limit = min(mention.end + _NEAR_EVENT_CHARS, stop.start() if stop else len(text))
        if any(kind == "statement" for _s, _e, kind in analysis.events_in(mention.end, limit)):
            return True
    return False


def _speaks_for_someone(analysis: Analysis, person: Person, people: list[Person]) -> bool:
    """The person's title, maybe some words before the role found, is a spokesperson's."""
    stems = analysis.language.spokesperson_stems
    others = [m.end for q in people if q is not person for m in q.mentions if m.end <= person.role.start]
    floor = max([person.role.start - _SPOKESPERSON_REACH, *others, 0])
    nouns = [fold(n.group(0)) for n in analysis.role_nouns.within(floor, person.role.end)]
    return any(stem in noun for noun in nouns for stem in stems)


def _spokespeople_report(analysis: Analysis, people: list[Person]) -> None:
    """A spokesperson of one side ("Regierungssprecher X erklärte", "пресс-секретарь X сообщил") reports a
    meeting, call or visit between two others: a source, not a participant."""
    stems = analysis.language.spokesperson_stems
    speaking = []
    for person in (p for p in people if p.participant and p.role and not _listed_silent(analysis, p)):
        # the title may come before the role found ("пресс-секретарь российского лидера X"), not past another name
        others = [m.end for q in people if q is not person for m in q.mentions if m.end <= person.role.start]
        floor = max([person.role.start - _SPOKESPERSON_REACH, *others, 0])
        nouns = [fold(n.group(0)) for n in analysis.role_nouns.within(floor, person.role.end)]
        title = fold(analysis.doc.text[floor : person.role.end])  # a title of two words: "Kremlin Press Secretary"
        if any(stem in noun for noun in nouns for stem in stems) or any(" " in s and fold(s) in title for s in stems):
            speaking.append(person)
    if sum(p.participant and p.name is not None for p in people) - len(speaking) >= 2:
        for person in speaking:
            person.participant = False


def _listed_silent(analysis: Analysis, person: Person) -> bool:
    """A spokesperson named as the last item of a list ("… y el vocero X", "… et son porte-parole X"), after a cue of
    who is present ("принимают участие помощник президента X"), or one whose title opens on another office ("le
    ministre des Affaires étrangères, porte-parole du gouvernement, X"), in a sentence that reports no speech: one of a
    delegation, who takes part, not one who reports."""
    doc, role = analysis.doc, person.role
    if role is None:
        return False
    sentence = next((s for s in doc.sentences if s.start <= role.start < s.end), None)
    if sentence is None or compiled(analysis.language).cues.said.search(doc.lower, sentence.start, sentence.end):
        return False
    if _office_before_spokesperson(analysis, role):
        return True
    present = compiled(analysis.language).people.representation
    cue = present.search(doc.lower, sentence.start, role.start) if present is not None else None
    if cue and not any(mark in doc.text[cue.end() : role.start] for mark in QUOTE_MARKS):
        return True  # "Во встрече принимают участие помощник президента X и …": named among those present
    before = [fold(w) for w in doc.text[sentence.start : role.start].split()[-2:]]
    joiners = {fold(w) for w in analysis.language.list_joiners}
    language = analysis.language
    determiners = {fold(w) for w in (*language.determiners, *language.possessives)}  # "… et son porte-parole X"
    if before and before[-1] in determiners:
        before = before[:-1]
    return bool(before) and before[-1] in joiners


def _joined_to_participants(analysis: Analysis, mentions: Mentions, took_place: bool, days: WrittenDays | None) -> None:
    """The one named right after a participant, a joiner of a list between them and at most the first's apposition
    before it and the second's title after it ("Награды вручили губернатор X и председатель Совета Y",
    "Oberbürgermeister X (SPD) und Bürgermeister Y begrüßten", "attended by Governor X and his deputy Y"), in a
    sentence of the story, takes part with them: the two are one subject or one object of the sentence's verb. Not
    after a word of between ("talks between X and Y"), not titled by an office gone by, not in a sentence that a month
    or a year gone by dates or that tells an encounter to come, and only past the checks any window's names pass
    (`_mark_participants`)."""
    text, language = analysis.doc.text, analysis.language
    joiners = {fold(w) for w in language.list_joiners}
    between = {fold(w) for w in language.between_words}
    small = {fold(w) for w in (*language.determiners, *language.possessives)}
    bygone = compiled(language).people.bygone_before
    entries = list(mentions.entries)
    changed = bool(joiners)
    while changed:
        changed = False
        for (start, end, key, first), (next_start, next_end, next_key, second) in pairwise(entries):
            if not first.participant or second.participant or key == next_key or not second.name:
                continue
            joiner = _joiner_after_apposition(text, end, next_start, joiners)
            if joiner is None or analysis.events_in(end, next_start):
                continue
            if bygone is not None and bygone.search(text, end, next_start):
                continue
            title = second.role
            words = text[joiner:next_start].split()
            if title is not None and joiner <= title.start and title.end <= next_start:
                words = text[joiner : title.start].split()
            if any(fold(w) not in small for w in words):
                continue  # "X und dort im Club Y": more than a title between the joiner and the name
            sentence = next((s for s in analysis.body if s.start <= start and next_end <= s.end), None)
            if sentence is None or (days is not None and days.earlier_times(sentence.start, sentence.end)):
                continue  # "Im November 2019 hatten X und Y …": a pair of an occasion gone by
            if _to_come(analysis, sentence):
                continue  # "… will also meet President X and Prime Minister Y": not met yet
            before = [fold(w) for w in text[max(sentence.start, start - _BETWEEN_LOOKBACK) : start].split()]
            if between.intersection(before):
                continue
            window = Segment(start, next_end, text[start:next_end], sentence.paragraph)
            _mark_participants(analysis, mentions, [window], took_place, days=days)
            changed = changed or second.participant


def _joiner_after_apposition(text: str, end: int, stop: int, joiners: set[str]) -> int | None:
    """Where the words after a list's joiner begin, the joiner right after the name ending at `end` or after its
    apposition, a comma's or a bracket's of a few words ("X, Governor of Y, and", "X (SPD) und"); else None."""
    gap = text[end:stop]
    if "\n" in gap or "." in gap or ";" in gap:
        return None
    for word in _WORD.finditer(text, end, stop):
        if fold(word.group(0)) in joiners:
            apposition = text[end : word.start()].strip()
            if not apposition or (
                len(apposition.split()) <= _APPOSITION_WORDS
                and (apposition[0], apposition[-1]) in {(",", ","), ("(", ")"), ("(", ","), (",", ")")}
            ):
                return word.end()
            return None
    return None


def _office_before_spokesperson(analysis: Analysis, role: Span) -> bool:
    """The title opens on an office other than a spokesperson's and names that one after it ("ministre de la
    Communication, porte-parole du gouvernement"): a minister who also speaks for the government."""
    stems = analysis.language.spokesperson_stems
    nouns = [fold(n.group(0)) for n in analysis.role_nouns.within(role.start, role.end)]
    return len(nouns) > 1 and not any(stem in nouns[0] for stem in stems)


def _people_taking_part(
    analysis: Analysis,
    lead: list[Segment],
    later: list[Segment],
    event_type: str,
    days: WrittenDays | None,
) -> list[Person]:
    """The people of the brief, those named in `lead` (and in the later sentences that continue it) taking part;
    not in a sentence after the first that tells another occasion by its day (`_another_occasion`)."""
    # who is there may be named with no role ("…; de Comercio, X", "une délégation conduite par X")
    present = lead + _representations(analysis, lead)
    present += _listing_sentences(analysis, present)  # "Estuvieron X, de A; Y, de B. Además, Z, de C; W, de D."
    title = analysis.title
    reporting = title if title and analysis.first_event(title.start, title.end) else None
    headline = Ranges([(reporting.start, reporting.end)] if reporting else [])
    later_ranges = Ranges([(s.start, s.end) for s in later])
    people = _find_people(analysis, Ranges([(s.start, s.end) for s in present]), headline, later_ranges)
    mentions = Mentions(people)
    body = [s for s in lead if title is None or s.start >= title.end]  # a role in a headline is no one yet
    _named_next(analysis, people, mentions)
    _add_role_mentions(analysis, people, mentions, body)
    _style_mentions(analysis, people, mentions, body)
    # the first sentence tells whether the event took place: a later one may tell of one still to come ("… held talks
    # on Thursday … X tendrá una audiencia con …"), whose parties are not the event's
    took_place = not (lead and _to_come(analysis, lead[0]))
    stated = event_type == "statement"
    _mark_participants(analysis, mentions, lead[:1], took_place, stated, days=days)
    # "Y has also held talks with X"; in a visit, the calls the visitor receives are its own
    apart = [s for s in lead[1:] if event_type != "visit" and _another_encounter(analysis, s, mentions)]
    apart += [s for s in lead[1:] if s not in apart and _another_occasion(analysis, s, mentions, days)]
    if event_type == "statement":  # "X will meet his counterpart Y on Thursday": not the statement made
        apart += [s for s in lead[1:] if s not in apart and _to_come(analysis, s)]
    elif lead and not _to_come(analysis, lead[0]):  # "X said Y will meet Z next week": others' encounter to come
        apart += [s for s in lead[1:] if s not in apart and _others_to_meet(analysis, s, mentions)]
    if took_place:  # "Nach dem Besuch der Gedenkstätte wird Y mit Z zusammenkommen": after the event, one to come
        apart += [s for s in lead[1:] if s not in apart and _fronted_to_come(analysis, s)]
    if took_place and event_type == "visit":  # "X llegó a Y. Se reunirá con Z": the talks to come are other events
        apart += [s for s in lead[1:] if s not in apart and _encounter_to_come(analysis, s)]
    _mark_participants(analysis, mentions, [s for s in lead[1:] if s not in apart], took_place, stated, days=days)
    if reporting:  # "X recibió a Y": the headline reports it too; its bare role may be someone the body names
        heading = Segment(reporting.start, reporting.end, reporting.text, 0)
        _heading_roles(analysis, people, mentions, heading)
        _mark_participants(analysis, mentions, [heading], days=days)
    windows = list(lead)
    messages = event_type == "statement"
    following = later
    if messages:
        following = _with_messages_sent(analysis, lead, later)
    elif event_type in ("visit", "meeting"):
        following = _with_greetings(analysis, lead, later, passives=event_type == "visit")
    for sentence in following:
        told = (
            not (took_place and _to_come(analysis, sentence))
            # the calls a visitor receives while away are the visit's own ("Y also called on the Prime Minister")
            and not (event_type != "visit" and _another_encounter(analysis, sentence, mentions))
            and not _another_occasion(analysis, sentence, mentions, days)
            and (
                _continues(analysis, sentence, mentions, took_place)
                or (event_type == "other" and _signed_too(analysis, sentence))
                or (event_type == "visit" and _greets_the_guest(analysis, sentence))
            )
        )
        if told or (messages and _sends_word(analysis, sentence)):
            listing = _listing_sentences(analysis, [sentence])  # "… welcomed Y. Those officials are X, Z …"
            _add_role_mentions(analysis, people, mentions, [sentence])
            _style_mentions(analysis, people, mentions, [sentence])
            _mark_participants(analysis, mentions, [sentence, *listing], took_place, days=days)
            windows += [sentence, *listing]
    for sentence in _sequence_items(analysis, mentions, windows):
        _mark_participants(analysis, mentions, [sentence], took_place, days=days)
        windows.append(sentence)
    if event_type == "visit":
        for sentence in _airport_scenes(analysis, lead, windows, mentions, days):
            _add_role_mentions(analysis, people, mentions, [sentence])
            _style_mentions(analysis, people, mentions, [sentence])
            if not _names_a_participant(analysis, sentence, mentions):
                continue  # "Le ballet des chefs d'Etat se poursuit à l'aéroport": others' arrivals
            speech = compiled(analysis.language).cues.speech.search(analysis.doc.lower, sentence.start, sentence.end)
            said = speech.start() if speech else sentence.end
            told = Segment(sentence.start, said, sentence.text[: said - sentence.start], sentence.paragraph)
            _mark_participants(analysis, mentions, [told], took_place, days=days)  # not whom a speaker there names
            windows.append(sentence)
    _counterpart_named_later(analysis, people, lead)
    _speaker_named_later(analysis, people, lead)
    _pronoun_subject_named_before(analysis, people, lead)
    subjects = _group_members(analysis, lead, {w.start for w in windows})
    _mark_participants(analysis, mentions, subjects, days=days)
    _envoys_further_in(analysis, mentions, subjects)
    listing = _group_listed_later(analysis, people, mentions, lead, {w.start for w in windows}, took_place)
    _mark_participants(analysis, mentions, listing, took_place, days=days)
    windows += listing
    for sentence in _representations(analysis, windows):
        listed = _listed_after(analysis, [sentence])  # "… accompagné d'une délégation composée de :" and a list
        listed += _members_named_next(analysis, mentions, sentence, {w.start for w in windows})
        listed += _listing_sentences(analysis, [sentence])  # "… participan X; Y. Así como el jefe …, Z"
        _mark_participants(analysis, mentions, [sentence, *listed], days=days)
        windows += [sentence, *listed]
    # at a gathering still to come when the brief was published, no one has spoken yet
    if (event_type == "conference" and not (days and days.to_come)) or not any(p.participant for p in people):
        _mark_participants(analysis, mentions, _speakers(analysis), days=days)
    if messages and lead:  # "Y also conveyed his condolences to …": one more sender, once the speakers are known
        taken = {w.start for w in windows}
        for sentence in analysis.story:
            if (
                sentence.start > lead[0].start
                and sentence.start not in taken
                and _sends_word(analysis, sentence, greetings=True)
                and not _another_occasion(analysis, sentence, mentions, days)
            ):
                _add_role_mentions(analysis, people, mentions, [sentence])
                _style_mentions(analysis, people, mentions, [sentence])
                _mark_participants(analysis, mentions, [sentence], took_place, days=days)
                windows.append(sentence)
    for person in people:  # "посол Украины X, Чехии - Y, …": the items of a list take part with its first
        if person.list_head is not None and person.list_head.participant:
            person.participant = True
    _semicolon_list_members(analysis, mentions, took_place)
    # "La cérémonie d'ouverture a été marquée par le discours de X": more of the gathering, once some of those who
    # attend it are known (else the opening sentences are read for them first)
    taken = {w.start for w in windows}
    known = any(p.participant for p in people)
    ceremonies = [s for s in analysis.story if known and s.start not in taken and _opens_on_ceremony(analysis, s, lead)]
    _mark_participants(analysis, mentions, ceremonies, took_place, days=days)
    windows += ceremonies
    # a caption that places those its photo shows ("X (links) und Y (2.v.r.)", "(v.l.) A, B und C"): they were at what
    # the photo shows, the event told as held
    placed = compiled(analysis.language).people.placed_in_photo
    taken = {w.start for w in windows}
    posed = [
        s
        for s in analysis.body
        if s.start not in taken and not s.boilerplate and placed.search(analysis.doc.text, s.start, s.end)
    ]
    if took_place and event_type != "phone_call" and posed:
        _add_role_mentions(analysis, people, mentions, posed)
        _style_mentions(analysis, people, mentions, posed)
        _mark_participants(analysis, mentions, posed, took_place, days=days)
        windows += posed
    continuation = compiled(analysis.language).people.continuation
    covered = Ranges([(w.start, w.end) for w in windows])
    later_subjects = [s for s in analysis.body if not covered.holds(s.start) and continuation.match(s.text)]
    _add_role_mentions(analysis, people, mentions, later_subjects, create=False)
    _corps_officers_take_part(analysis, people, event_type)
    return _give_pending_roles(people)


def _corps_officers_take_part(analysis: Analysis, people: list[Person], event_type: str) -> None:
    """A corps' officer named by the office or the corps in the role ("Angeführt wurde das Konsularische Korps von
    Doyen X", "Der Generalsekretär des Konsularkorps, X, bedankte sich …"), at an encounter with someone that is
    no call: the corps came and its officer speaks for it, so takes part like a host's welcomer
    (`Language.corps_offices`, `Language.envoy_bodies`)."""
    offices = {w.lower() for w in analysis.language.corps_offices}
    body = compiled(analysis.language).cues.envoy_body
    if not offices or event_type == "phone_call" or not any(p.participant for p in people):
        return
    for person in people:
        spans = (person.role, person.apposition, person.chained_office)
        role = " ".join([*(s.text for s in spans if s is not None), person.listed_role or ""]).lower()
        if not person.name or (body is not None and body.search(person.name.lower())):
            continue  # "Doyen des Hessischen Consular Corps": the corps' own name read as a person's
        if any(w.strip(",.;:()") in offices for w in role.split()) or (body is not None and body.search(role)):
            person.participant = True


def _give_pending_roles(people: list[Person]) -> list[Person]:
    """The bare role met before its person was found to take part (`_only_roleless`) is theirs once they do, unless
    another bare role stands unnamed too (either may be theirs); the unnamed person read from it is them."""
    for person in people:
        pending = person.pending_role
        if not (person.participant and pending and person.role is None and person.listed_role is None):
            continue
        unnamed = [p for p in people if p.name is None and p.role]
        same = [p for p in unnamed if p.role.start < pending.end and pending.start < p.role.end]
        if len(same) != len(unnamed):
            continue
        person.role = pending
        for other in same:
            person.mentions.extend(other.mentions)
        people = [p for p in people if not any(p is other for other in same)]
    return people
