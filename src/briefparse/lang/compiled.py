"""One compiled form of each language: every pattern the analysis and the extractors run, built once from the
language's data (`Language`) and the letters of `letters.py`, cached per language.

`compiled(language).names.role_noun`, `.cues.event_verbs`, `.dates.absolute`… Patterns whose name says
"to run on `Document.lower`" are written in lower case and match without re.IGNORECASE. Each pattern is
compiled on its first use (`lazy_compile`): a brief compiles only the patterns it needs.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import field, fields, replace
from functools import cache, cached_property, lru_cache
from itertools import product
from typing import Any, TypeVar

from briefparse import kept_patterns
from briefparse.lang import sources_digest, sources_unchanged
from briefparse.lang.base import Language, alternation
from briefparse.lang.bylines import BYLINE_CUES
from briefparse.lang.cldr import world_regions
from briefparse.lang.letters import (
    CAP_WORD,
    CAP_WORD_TAIL,
    DIGRAPH_INITIAL,
    LOWER,
    QUOTE_MARKS,
    UPPER,
    either_apostrophe,
    fold,
    starting_words,
    stems,
    words,
)
from briefparse.lazy_regex import NOTHING, LazyPattern, lazy_compile, made_of
from briefparse.settings_record import settings_record

#: one word, then a closing bracket: what an opening bracket holds in a role's qualifier ("Secretary (East)")
_BRACKETED_WORD = r"[^\W\d_][\w-]*\)"
#: event types in the order that breaks ties: a call is more telling than a meeting, a statement least
EVENT_PRIORITY = ("phone_call", "visit", "meeting", "conference", "other", "statement")
_ROMAN = r"(?:I{1,3}|IV|VI{0,3}|IX|X{1,2})"
_MAX_RUN_WORDS = 40  # a capitalised run longer than any name with its titles is cut there
_MAX_SOURCE_CHARS = 120
#: the longest subject of a verb of saying with the day and place between them ("The State Department spokesperson …
#: on Monday in Geneva said"): six words and a date, with room to spare
_MAX_SUBJECT_CHARS = 400
_OPENING_REACH = 130  # characters between a gathering's noun and the verb of its opening within one clause
#: characters a separable verb's bracket may hold between its verb and its particle ("nahmen … teil"), a delegation
#: of eight listed with their titles inside it ("Von A Seite nahmen Landeshauptmann X, die Landesräte Y und Z … teil")
_FRAME_REACH = 320
#: a character inside that bracket: no stop but a name's initial's ("Carlos R. X") or an ordinal day's ("vom 30. Mai")
_FRAME_CHAR = r"(?:[^.;:!?\n]|(?<=\d)\.(?=\s)|(?<![^\W\d_]{2})(?<=[^\W\d_])\.(?=\s))"
_SITE_REACH = 160  # characters between a verb of visiting and the article of the site it visits, in its clause
_DEPARTURE_REACH = 40  # characters from a verb of leaving to its link toward the end ("left Luanda on Saturday")
_SINCE_YEAR_REACH = 30  # characters from a word of "since" to the bare year of its phrase ("depuis son élection en ")
_OPENING_CLAUSE = 40  # characters of a short clause that opens a sentence before its comma ("As X reported, …")
_ORIGIN_WORDS = 5  # words of a noun phrase after a preposition of origin ("from Waterkloof air-force base")
_HOLDER_WORDS = 4  # capitalised words of a place, a party or a name around an office ("VLP-N President X Y")
_SENT_WORDS = 3  # words between a verb of sending and the document it sends ("sent a congratulatory message")
_ISSUED_WORDS = 3  # words between a message's noun and the word that says it was issued ("he personally signed")
_MESSAGE_GAP_WORDS = 3  # words between a message noun and the link to its sender ("greetings and good wishes from")
_ENVOY_TITLE_WORDS = 2  # words of the title between an envoy's genitive link and its principal's name ("du Président")
_GROUP_SUBJECT_CHARS = 120  # characters of a group and what qualifies it before the verb that ties it to names
_COMING_REACH = 40  # characters from an event noun to a time still to come in its clause ("… in Malta later this year")
_SUBJECT_CHARS = 40  # characters of a gathering's subject before the place that follows it ("on food security")
_NEAR_FUTURE_REACH = 60  # characters from an event word to a near future without a day ("встретится с X в …")
_UNDECIDED_REACH = 100  # characters from an event word to the predicate that leaves it undecided ("визит … отложен")


@settings_record
class NamePatterns:
    """Names, role phrases and the words that are never part of a name."""

    name_run: re.Pattern[str]
    #: role nouns in lower case, to run on `Document.lower`
    role_noun: re.Pattern[str]
    #: the nationality or organisation words before a role noun, ending where the noun begins (`…$`)
    role_prefix: re.Pattern[str]
    role_at_start: re.Pattern[str]
    honorific_at_end: re.Pattern[str]
    gap_verb: re.Pattern[str]
    #: "et", "with" at the end of the words between a role and a name: the role is someone else's
    joined_end: re.Pattern[str]
    gap_stop: re.Pattern[str]
    #: a weekday that ends a role in apposition, maybe after one short word ("…, Head of UNOR on Sunday, …"): the
    #: event's time, never the office's; `search` within the role
    role_day: re.Pattern[str]
    gap_place: re.Pattern[str]
    place_phrase: re.Pattern[str]
    not_names: frozenset[str]
    #: a gathering's nouns in any case form (`Language.gathering_nouns`): one opens a venue's or a body's name
    #: ("Palacio de Conferencias de X", "Sesión Solemne de Cabildo"), never a person's
    gathering_words: frozenset[str]
    role_words: frozenset[str]
    territories: frozenset[str]
    territory_words: frozenset[str]  # every word of those names: a token that is none of them is not in one
    honorific_words: frozenset[str]
    #: the words of a title of several words that no title is alone ("tan" of "Tan Sri", "son" of "Son Excellence",
    #: "sri" of "Dato' Sri"): first names and surnames too ("Tan Jian", "Bui Thanh Son", "Sri Mulyani"), so a title
    #: only where its whole phrase stands (`honorific_phrases`)
    honorific_parts: frozenset[str]
    honorific_phrases: frozenset[tuple[str, ...]]
    lone_honorific_words: frozenset[str]
    #: honorifics the language writes only as capitals ("SAR", "SEM", "SM"), folded: a title where a text writes
    #: them so, a name's word written in small letters ("Sâr Vuthy", "Sem Chantha")
    capital_honorific_words: frozenset[str]
    #: the honorifics of plain address (`Language.address_honorifics`), folded, without their dot
    address_words: frozenset[str]
    nationality: re.Pattern[str]
    organisation: re.Pattern[str]
    territory: re.Pattern[str]
    #: folded country name → the name as CLDR writes it; folded nationality adjective → country
    territory_names: dict[str, str]
    nationalities: dict[str, str]
    #: folded names of continents and regions of the world (`cldr.world_regions`): no one's country
    world_regions: frozenset[str]
    #: an office a country gives its own people, in a folded role (`Language.national_offices`)
    national_office: re.Pattern[str] | None
    #: what stands for the role of the item before, right before a name: "y el de Panamá, " (`Language.elided_heads`)
    elided_role: re.Pattern[str] | None
    #: the comma that closes an apposition, maybe with "and" after it ("…, ministre des Transports, et ")
    closing_comma: re.Pattern[str]
    #: the language's case endings, folded, longest first (`Language.case_endings`)
    endings: tuple[str, ...] = ()
    #: how a role noun makes its plural (`Language.plural_endings`; an "s" added where none are given)
    plural_endings: tuple[tuple[str, str], ...] = (("", "s"),)
    #: a word that ends with a role noun or a common noun, for languages that compound them (`Language.compounds`)
    role_end: re.Pattern[str] | None = None
    noun_end: re.Pattern[str] | None = None
    #: the end of a determiner and its adjectives, before a noun (`Language.capitalised_nouns`)
    after_determiner: re.Pattern[str] | None = None
    #: articles, possessives and prepositions that, opening a capitalised run, make its next word a noun ("Im
    #: Mittelpunkt der …", "Ihrer Landsleute"), folded (`Language.capitalised_nouns`)
    noun_openers: frozenset[str] = frozenset()
    #: the end of an article or a preposition of place right before a capitalised run that names no one
    #: (`Language.no_name_after`)
    no_name_lead_in: re.Pattern[str] | None = None
    #: a lower-case noun and a link to whom it is named after, right before a capitalised run (`Language.eponym_links`)
    eponym_lead_in: re.Pattern[str] | None = None
    #: an article that opens a phrase ("The Prime Minister", "l'agence")
    leading_determiner: re.Pattern[str] | None = None
    #: a title right before a name of one word that is a whole name (`Language.sole_name_titles`)
    sole_name_title: re.Pattern[str] | None = None
    #: a family noun after a possessive or a name's genitive, right before a name of one word that is the relative's
    #: whole name (`Language.kin_nouns`: "his wife X", "Z's son, W"), the tie (group `kin`) and its owner (`owner`)
    kin_title: re.Pattern[str] | None = None
    #: a second such title and name joined to one ("… und Königin Máxima"), which shares its country
    sole_name_pair: re.Pattern[str] | None = None
    #: the end of a decoration's or prize's name before a name it is named after (`Language.award_words`)
    award_lead_in: re.Pattern[str] | None = None
    #: a facility's noun, maybe with an adjective or capitalised words, right before a name it is named after
    facility_lead_in: re.Pattern[str] | None = None
    #: a body's noun, maybe with capitalised words or links, right before a name (`Language.body_words`)
    body_lead_in: re.Pattern[str] | None = None
    #: facility and venue nouns, folded: a run holding one is a place or a body (`Language.facility_words`)
    facilities: frozenset[str] = frozenset()
    #: a word that joins a second office to a role, between spaces (`Language.office_joiners`: "and")
    office_joiner: re.Pattern[str] = re.compile(NOTHING)
    #: a photo position in brackets right after a name, spaces before it (`Language.photo_positions`: " (links)")
    photo_position: re.Pattern[str] = re.compile(NOTHING)
    #: a phrase of company's opening words (`Language.company_words`: "together with")
    company_opening: re.Pattern[str] = re.compile(NOTHING)
    #: the one-word titles of those who go by one name, folded ("emir", "sultan"): given names too ("Amir")
    sole_title_words: frozenset[str] = frozenset()
    #: roles the language writes in capitals ("PM", "DG"), lower case: a role only where the text writes them so,
    #: never "3 pm" or "5 cm"
    capital_roles: frozenset[str] = frozenset()
    #: roles the language writes with a capital initial ("Premier"), lower case: a role only where the text writes
    #: that capital, never the ordinal ("le premier à …")
    titled_roles: frozenset[str] = frozenset()
    #: a word, then a role link, right before a name: "embajadores de" before "Gran Bretaña, Peter X"
    linked_word: re.Pattern[str] | None = None
    #: the last word of each nationality adjective, lower case: a role prefix ends with one or a capitalised word
    nationality_ends: frozenset[str] = frozenset()
    #: a one-word role in the plural (`Language.plural_endings`), and each plural's singular, lower case
    role_plural: re.Pattern[str] | None = None
    singulars: dict[str, str] = field(default_factory=dict)
    #: an item of a list that a plural role leads, from its role link, maybe after "and" ("et du Royaume de Suède")
    item_link: re.Pattern[str] | None = None
    #: the portfolio an item of a list gives after its name, to run right at the name's end: ", de Obras Públicas"
    #: in "los ministros X, de Obras Públicas; Y, de Salud" (group 1, from the link)
    portfolio_after: re.Pattern[str] | None = None
    #: a comma, then "and" or "with": what follows is another item of a list ("…, et de Mme X", "…, and Y's")
    joins_another: re.Pattern[str] | None = None
    #: elided articles and links, folded ("l'", "d'"): "L'ambassadeur" is the word "ambassadeur"
    elisions: frozenset[str] = frozenset()
    #: a portfolio of several items between a role noun and a name ("de l'Agriculture, de l'Élevage et de la
    #: Pêche "): a long gap that is still the role's
    portfolio_gap: re.Pattern[str] | None = None
    #: from a role noun's end to a capitalised run that goes on with the office's own name: capitalised words, a
    #: role link, then capitalised items joined by commas or `Language.list_joiners` ("Ministro Plenipotenciario de
    #: ", " de Agricultura y ", " para el Postconflicto, "); group `join` is the last joint (None: the link itself)
    office_items: re.Pattern[str] | None = None
    #: the last items of such an office after a run, the last one joined by "and" (" y Seguridad", ", Industria y
    #: Turismo")
    office_items_after: re.Pattern[str] | None = None
    #: truncated compounds that share a role noun's last part, at the end of what stands before it ("Agrar- und ",
    #: "Wirtschafts-, Arbeits- und "): `search` up to the noun (`Language.compounds` and `Language.list_joiners`)
    truncated_compounds: re.Pattern[str] | None = None
    #: a comma, "and" and a role link at the end of a role before a name ("directeur Europe, et de"): the name is the
    #: next item governed like the one before it ("en présence de M. X, directeur Europe, et de Y, conseiller")
    joined_item_end: re.Pattern[str] | None = None


@settings_record
class CuePatterns:
    """Cues shared by several extractors: events, page furniture, captions, speech."""

    #: every event phrase of every type as one alternation (group `phrase`), to run on `Document.lower`: the
    #: longest phrase at a position wins, whatever its type ("réunion ministérielle" over "réunion"); a
    #: lookahead, so that overlapping phrases ("ont eu un entretien téléphonique") are all found
    event_verbs: re.Pattern[str]
    #: an event phrase, its spaces and apostrophes made plain (`event_key`) → its event type
    event_kinds: dict[str, str]
    #: the first words of the meeting, call, visit and statement phrases, lower case: where a headline's verb may begin
    headline_verb_openers: frozenset[str]
    #: the visits named by their rank or their guest's stay (`Language.visit_frames`), as `event_key`s
    visit_frames: frozenset[str]
    boilerplate: re.Pattern[str]
    #: attribution tails to cut from a summary point ("…, a fait savoir le ministère"), as one pattern
    point_tail: re.Pattern[str]
    caption: re.Pattern[str]
    #: a photo word right after an agency's name, to `match` there ("— Bernama pic")
    photo_after: re.Pattern[str]
    #: a photo's credit in parentheses closing its line, to `search` ("… in Lirno. (AP Photo/Jan Novak)")
    credit_closing: re.Pattern[str]
    source_line: re.Pattern[str]
    #: verbs of reported speech, to run on `Document.lower`
    speech: re.Pattern[str]
    #: what an encounter covered (`Language.topic_verbs`), to run on `Document.lower`
    topic: re.Pattern[str] | None
    #: words that set a sentence's event before the reported one ("already", "уже")
    background: re.Pattern[str] | None
    #: a background cue or the auxiliary of an earlier tense (`Language.earlier_tense_auxiliaries`): a sentence's
    #: day that is an earlier occasion's, not the story's
    earlier: re.Pattern[str] | None
    #: words that put an earlier tense's encounter on the story's day (`Language.same_day_cues`)
    same_day: re.Pattern[str] | None
    #: words that open a sentence crediting the one before it (`Language.back_references`), to `match` at its start
    back_reference: re.Pattern[str] | None
    #: what follows a meeting noun that gathers many parties ("… of the foreign ministers of the region"),
    #: to match on `Document.lower` right after the noun
    gathering: re.Pattern[str] | None
    #: a word of conversation (`Language.talk_stems`), to run on `Document.lower`
    talk: re.Pattern[str] | None
    #: a verb of speaking with someone that reports a call when nothing places it (`Language.readout_talk_verbs`)
    readout_talk: re.Pattern[str] | None
    #: a word of conversation told of audiences held in person as much as of calls (`Language.audience_talk_stems`),
    #: to run on `Document.lower`
    audience_talk: re.Pattern[str] | None
    #: a phrase that sets the next event word aside (`Language.aside_cues`), to run on `Document.lower`
    aside: re.Pattern[str] | None
    #: words that make the event noun right after them (up to four words off) an occasion (`Language.occasion_cues`),
    #: to search on `Document.lower` with the noun's start as its end
    occasion: re.Pattern[str] | None
    #: the same words opening an event phrase ("during his visit", "en visite"), to match at the phrase's start
    occasion_opening: re.Pattern[str] | None
    #: a word that joins a counterpart (`Language.counterpart_words`, "avec", "with") before a capitalised name, maybe
    #: quoted ('avec "France 24"'), to run on `Document.text`; the match ends where the name begins
    counterpart_name: re.Pattern[str] | None
    #: a preposition of arrival before a capitalised place ("to Paris", "to the White House"), to run on `Document.text`
    arrival: re.Pattern[str] | None
    #: the statement verbs, lower case
    statement_verbs: frozenset[str]
    #: a role noun or an institution's noun ("ministre", "Ministry", "Regierung"), to run on `Document.lower`
    actor: re.Pattern[str]
    #: a possessive or demonstrative, maybe with one adjective, right before an event noun
    referring: re.Pattern[str] | None
    #: an adjective of an event still to come, maybe with one or two more words, right before an event noun
    upcoming: re.Pattern[str] | None
    #: one of `Language.coming_times` in the clause right after an event noun, within `_COMING_REACH` characters
    coming_after: re.Pattern[str]
    #: a phrase that opens a sentence on another item of the brief (`Language.other_item_openers`): `match` on its text
    other_item: re.Pattern[str] | None
    #: a word that denies the event, maybe with a determiner, right before an event word (`Language.negation_words`)
    #: a verb of saying, as `speech` or as one that names its source after it ("a indiqué le porte-parole")
    said: re.Pattern[str]
    negated: re.Pattern[str] | None
    #: a verb of denial, four more words at most before the event word, in its clause (`Language.denial_verbs`):
    #: `search` on `Document.lower` up to the word ("desmiente haber tenido una segunda conversación")
    denial: re.Pattern[str] | None = None
    #: a word that denies a verb, three more words at most before the event word (`Language.verb_negations`):
    #: `search` on `Document.lower` up to the word ("n'avait été reçu")
    denied_verb: re.Pattern[str] | None = None
    #: a word that leaves the event only considered, up to two words before an event word
    #: (`Language.undecided_before`): `search` on `Document.lower` up to the word
    undecided_before: re.Pattern[str] | None
    #: a predicate that leaves the event undecided, later in its clause (`Language.undecided_after`), or a near
    #: future without a day close after it (`Language.near_future`): `match` on `Document.lower` at the event word's end
    undecided_after: re.Pattern[str] | None
    #: the first word after a verb, past an article or a possessive
    object_start: re.Pattern[str]
    #: the words of an envoy's credentials (`Language.credential_words`), as `event_key`s
    credentials: frozenset[str] = frozenset()
    #: the words of a day or a time that stand between a verb and its object ("received Tuesday a cable", "a cable
    #: of condolences Thursday from"): weekdays, relative days and sentence adverbs, lower case
    time_words: frozenset[str] = frozenset()
    #: the verbs of attendance (`Language.attendance_verbs`), as `event_key`s
    attendance: frozenset[str] = frozenset()
    #: the verbs of an inauguration (`Language.inauguration_verbs`), as `event_key`s
    inaugurations: frozenset[str] = frozenset()
    #: the object of a verb that is the press met as a gathering (`Language.press_gatherings`), its noun after up to
    #: three small words ("a regular", "the weekly"), to match on `Document.text` right after the verb
    press_object: re.Pattern[str] | None = None
    #: the phone-call phrases of a video link (`Language.video_media`), as `event_key`s
    video: frozenset[str] = frozenset()
    #: a noun of a written statement (`Language.statement_documents`), to run on `Document.lower`
    statement_document: re.Pattern[str] | None = None
    #: a verb of sending and, a few words on, the statement document it sends ("sent a congratulatory message",
    #: "a adressé un message"), to run on `Document.lower`; its group "document" is the document's noun
    sent_document: re.Pattern[str] | None = None
    #: a verb of sending (`Language.sending_verbs`) alone, anywhere in a clause ("hat … übersandt", "a adressé"),
    #: to run on `Document.lower`
    sending: re.Pattern[str] | None = None
    #: a message's or a statement's noun and, a few words on, a word saying it was issued
    #: (`Language.issued_documents`, `Language.issuing_words`): `finditer` on `Document.lower`, the place follows
    issued_document: re.Pattern[str] | None = None
    #: a verb of a courtesy call, capitalised words and a role, before the name or after it in apposition ("called on
    #: X Y, state minister for …") (`Language.courtesy_call_verbs`), not followed by an appeal's link after the
    #: holder's name, to run on `Document.text`
    courtesy_call: re.Pattern[str] | None = None
    #: the courtesy-call verbs, lower case, for a cheap `in` check before `courtesy_call` runs
    courtesy_call_words: tuple[str, ...] = ()
    #: a compound word that ends with a gathering's noun (`Language.gathering_heads`), to run on `Document.lower`
    compound_gathering: re.Pattern[str] | None = None
    #: a gathering's noun and a verb of its opening or closing in one clause, either way round
    #: (`Language.gathering_nouns`, `Language.gathering_openings`), to run on `Document.lower`
    gathering_opening: re.Pattern[str] | None = None
    #: an event told by a finite verb and the particle closing its clause (`Language.event_frames`), to run on
    #: `Document.lower`: the match runs from the verb to the particle, its `lastgroup` is its event type
    event_frames: re.Pattern[str] | None = None
    #: the particles of `event_frames`, for a cheap `in` check before it runs
    event_frame_particles: tuple[str, ...] = ()
    #: a day or a time of day (`Language.relative_days`, a weekday, maybe a short word before it: "this evening",
    #: "este viernes", "ce jeudi") between commas or spaces, its last space left after it: what may stand between
    #: an event phrase's verb and the rest of the phrase; to run on `Document.lower`
    time_gap: re.Pattern[str] | None = None
    #: an airport word (`Language.airport_words`), to run on `Document.lower`
    airport: re.Pattern[str] | None = None
    #: a clause telling a guest's arrival, its opening word, maybe a pronoun, then a verb of arrival
    #: (`Language.arrival_clauses`, `Language.arrival_verbs`), to run on `Document.lower`
    arrival_clause: re.Pattern[str] | None = None
    #: a noun of a guest's arrival (`Language.arrival_nouns`), at a word's start, to run on `Document.lower`
    arrival_noun: re.Pattern[str] | None = None
    #: the adverbs that point to the dateline's place (`Language.dateline_adverbs`), lower case
    dateline_adverbs: frozenset[str] = frozenset()
    #: the first word after a visit word, past the links to whom it is paid (`Language.visit_links`)
    visit_object: re.Pattern[str] | None = None
    #: a link that names whom a visit is paid to past its visitor (`Language.visit_host_links`), and the spaces after
    #: it
    visit_host: re.Pattern[str] | None = None
    #: an official welcome (`Language.welcome_words`), to run on `Document.lower`
    welcome: re.Pattern[str] | None = None
    #: an encounter in a caption's simple present (`Language.caption_verbs`), to run on `Document.lower`
    caption_verb: re.Pattern[str] | None = None
    #: the passive of a greeting with its agent (`Language.greeting_passives`), to run on `Document.lower`
    greeting: re.Pattern[str] | None = None
    #: the active of a greeting, those greeted after it (`Language.greeting_actives`), to run on `Document.lower`
    greeted: re.Pattern[str] | None = None
    #: a call verb with no medium word, then in its clause a purpose link and up to four words, a quotation mark
    #: maybe opening one, ending where the search ends (`Language.call_verbs`): `search` on `Document.lower` up to a
    #: statement word
    call_purpose: re.Pattern[str] | None = None
    #: a count in figures (group `count`) or in words (group `word`, `Language.count_words`) right before the members
    #: of a gathering ("51 heads of state", "twenty foreign ministers"), to run on `Document.lower`
    member_count: re.Pattern[str] | None = None
    #: a count in figures (group `count`) or in words (group `word`) right before a noun of countries
    #: (`Language.country_nouns`: "seven countries", "12 nations"), to run on `Document.lower`
    country_count: re.Pattern[str] | None = None
    #: the members of a group and their link word ("ministers of", "chefs d'état et de gouvernement de"), with the
    #: words before them (group `before`), to run on `Document.lower`
    members_of: re.Pattern[str] | None = None
    #: the members of a gathering (`Language.gathering_members`), to run on `Document.lower`
    members: re.Pattern[str] | None = None
    #: the members of a gathering, the last part of a compound where words are compounded, then up to three words
    #: and a phrase of origin from everywhere (`Language.everywhere_phrases`: "ministers from around the world",
    #: "Außenministerinnen aus aller Welt"), to run on `Document.lower`
    members_everywhere: re.Pattern[str] | None = None
    #: a diplomatic corps (`Language.envoy_bodies`), to run on `Document.lower`
    envoy_body: re.Pattern[str] | None = None
    #: where words are compounded, the members' noun as the last part of a compound (group `head`: its first
    #: parts, "eu-außen" in "eu-außenminister"), maybe with their link word (group `link`), on `Document.lower`
    compound_members: re.Pattern[str] | None = None
    #: a body of several members after a meeting noun, past its link word (group `link`) and up to four words
    #: (group `between`): `match` on `Document.text` at the noun's end
    gathering_body: re.Pattern[str] | None = None
    #: a cabinet (`Language.cabinet_bodies`), to `search` on `Document.lower` around the body's name
    cabinet: re.Pattern[str] | None = None
    #: an adjective of a gathering (`Language.gathering_kinds`) right before a meeting noun: `search` on
    #: `Document.lower` up to the noun's start
    gathering_kind_before: re.Pattern[str] | None = None
    #: the same adjective right after the noun: `match` on `Document.lower` at its end
    gathering_kind_after: re.Pattern[str] | None = None
    #: an ordinal in figures right before a meeting noun, one word between at most ("159th", "5e"): `search` on
    #: `Document.lower` up to the noun's start
    rank: re.Pattern[str] | None = None
    #: a noun of an honour conferred or of an oath of office (`Language.honour_words`), to run on `Document.lower`
    honour: re.Pattern[str] | None = None
    #: a noun of a place of remembrance (`Language.remembrance_places`), to run on `Document.lower`
    remembrance: re.Pattern[str] | None = None
    #: a feeling told as a verb's manner (`Language.feeling_manners`), to run on `Document.lower`
    feeling: re.Pattern[str] | None = None
    #: the verbs of leaving and of being somewhere (`Language.departure_verbs`, `Language.stay_verbs`), as
    #: `event_key`s: a journey or a stay only when a place follows
    departures: frozenset[str] = frozenset()
    #: a noun of a journey (`Language.journey_nouns`), to run on `Document.lower`
    journey_noun: re.Pattern[str] | None = None
    #: words that set speech at a gathering (`Language.speech_settings`), to run on `Document.lower`
    speech_setting: re.Pattern[str] | None = None
    #: words that set what was said, referred back to, at a meeting named next (`Language.remarks_settings`)
    remarks_setting: re.Pattern[str] | None = None
    #: the verbs of agreement (`Language.agreement_verbs`), as `event_key`s
    agreement: frozenset[str] = frozenset()
    #: the verbs of greeting or thanks addressed to a person (`Language.address_verbs`), as `event_key`s
    address: frozenset[str] = frozenset()
    #: an adjective of an occasion before the event (`Language.earlier_words`), maybe with one more word, right before
    #: an event noun ("recent discussions"): `search` up to the noun
    gone_by_before: re.Pattern[str] | None = None
    #: the same adjective right after an event noun ("la visita anterior"): `match` at the noun's end
    gone_by_after: re.Pattern[str] | None = None
    #: a phrase that sets the event after an earlier occasion it continues (`Language.sequel_phrases`), to `search`
    #: for before that occasion's noun
    sequel: re.Pattern[str] | None = None
    #: a generic noun of a meeting (`Language.meeting_nouns`), to run on `Document.lower`
    meeting_noun: re.Pattern[str] | None = None
    #: the reception verbs (`Language.reception_verbs`), as `event_key`s
    reception: frozenset[str] = frozenset()
    #: a word of guests received (`Language.guest_words`), to run on `Document.lower`
    guest_word: re.Pattern[str] | None = None


@settings_record
class DatePatterns:
    """Dates in words and figures, all in lower case: they run on `Document.lower`."""

    absolute: re.Pattern[str]
    numeric: re.Pattern[str]
    relative: re.Pattern[str]
    weekday: re.Pattern[str]
    #: a weekday and the bracket that opens its day in figures ("am Montag (24.10.)"): `search` up to the day
    weekday_bracket: re.Pattern[str]
    publication_cue: re.Pattern[str]
    #: a publication cue anywhere in a line ("First Published: Jul 02 2016"); runs on `Document.lower`
    publication_line: re.Pattern[str]
    #: an update label closing the text before a date on its line ("Mis à jour le "); `search` on `Document.lower`
    update_cue: re.Pattern[str]
    #: an edit label closing the text before a date on its line ("Dernière modification : "); runs on `Document.lower`
    edit_cue: re.Pattern[str]
    #: an update label opening the rest of a date's line, past marks and a time ("08.03.2022 - Última actualización
    #: - 22:50", "18.03.2020 (Aktualisiert am …)"): `match` on `Document.lower` at the date's end
    update_after: re.Pattern[str]
    dateline_before: re.Pattern[str]
    #: relative words, lower case with straight apostrophes → day offset
    relative_days: dict[str, int]
    #: the relative words (same form) that count from the day the story tells before them ("le lendemain")
    story_relative_days: frozenset[str] = frozenset()
    #: an occasion's noun right after a relative word (`Language.eve_occasions`): `match` on `Document.lower` at its end
    eve_occasion: re.Pattern[str] = re.compile(NOTHING)
    #: a word that makes a weekday near it the coming one ("will", "se reunirán"); runs on `Document.text`
    future: re.Pattern[str] = re.compile(NOTHING)
    #: the same after the date, but no adjective of a thing to come: in "met on Thursday ahead of next week's
    #: summit" it tells of the summit; runs on `Document.text`
    future_after: re.Pattern[str] = re.compile(NOTHING)
    #: `future`, its markers also before a role's link ("il aura des entretiens", "sera en visite"), but those of what
    #: comes next (`Language.next_markers`: "next to the President"): what a whole sentence tells as still to come;
    #: runs on `Document.text`
    future_verb: re.Pattern[str] = re.compile(NOTHING)
    #: a word that closes a clause after the encounter it puts to come (`Language.closing_future_markers`): `search`
    #: on `Document.text` from the event word's end to its clause's end
    closing_future: re.Pattern[str] = re.compile(NOTHING)
    #: a past form of the verb such a word closes (`Language.closing_past_verbs`): `search` on `Document.text`
    closing_past: re.Pattern[str] = re.compile(NOTHING)
    #: such an adjective right after a date, which it marks as coming ("le 18 décembre prochain"): `match`
    upcoming_next: re.Pattern[str] = re.compile(NOTHING)
    #: a clause that tells when a gathering opened or closed, right before a date ("which kicked off on "): `search`
    #: on `Document.lower` up to the date
    opening_clause: re.Pattern[str] = re.compile(NOTHING)
    #: the end of a range of days right after a date ("May 11-12", "May 11 to 13"): `match` at the date's end
    range_after: re.Pattern[str] = re.compile(NOTHING)
    #: the whole text between two dates a range word joins ("1. Juli, und Dienstag, 2. Juli", "July 1 and July 2"):
    #: `fullmatch` on `Document.lower` between them
    range_link: re.Pattern[str] = re.compile(NOTHING)
    #: a range's first day and the word that joins it to a date in figures right after ("vom 22. – 25.10.2013",
    #: "du 22 au 25/10/2013"): `search` on `Document.lower` up to the date, group `d0`
    range_before: re.Pattern[str] = re.compile(NOTHING)
    #: a phrase before the gathering a meeting was held on the margins of ("on the sidelines of", "en marge du"):
    #: `search` on `Document.lower`
    margin_cue: re.Pattern[str] = re.compile(NOTHING)
    #: a past marker right after a date ("le 3 mars dernier"): `match` at the date's end
    past_after: re.Pattern[str] = re.compile(NOTHING)
    #: the first day of a night that runs into the next ("nuit de mercredi à jeudi", "night of Wednesday to
    #: Thursday"), group `first` the weekday and its day of the month; runs on `Document.lower`
    night_start: re.Pattern[str] = re.compile(NOTHING)
    #: an abbreviation of "year" right after a date in figures ("03.03.2021 г."): `match` at the date's end
    year_mark: re.Pattern[str] = re.compile(NOTHING)
    #: a line that opens with the heading of a list of other stories ("Read also: …", "À lire aussi"), group `rest`
    #: the words after the heading; runs on `Document.lower`
    other_stories: re.Pattern[str] = re.compile(NOTHING)
    #: a reporting verb ("said", "a indiqué") and maybe a short word right before a date, an article or a
    #: demonstrative ("confirmó este lunes", "said last Friday"): `search` up to the date
    reported_before: re.Pattern[str] = re.compile(NOTHING)
    #: up to two words then a reporting verb right after a date ("am Mittwoch in Berlin mitteilte"): `match`
    reported_after: re.Pattern[str] = re.compile(NOTHING)
    #: an active auxiliary, a participle (maybe quoted) and a comma right before a date ("a « reconnu », hier,"):
    #: the day the lead's own verb was done; `search` on `Document.lower` up to the date
    verb_before_day: re.Pattern[str] = re.compile(NOTHING)
    #: a word that makes the date after it the start of a state still going on (`Language.since_words`): `search`
    #: on `Document.lower` up to the date
    since_before: re.Pattern[str] = re.compile(NOTHING)
    #: a word that opens a clause of a state's start (`Language.since_clause_words`): `search` on
    #: `Document.lower` between a clause's start and a date
    since_clause: re.Pattern[str] = re.compile(NOTHING)
    #: a word that opens a phrase of a state's start, then the rest of that phrase up to a bare year
    #: (`Language.since_year_words`): `search` on `Document.lower` up to the year
    since_year_before: re.Pattern[str] = re.compile(NOTHING)
    #: a word that makes the date after it a document's (`Language.document_day_words`): `search` on
    #: `Document.lower` up to the date
    document_day_before: re.Pattern[str] = re.compile(NOTHING)
    #: a count before a noun of `Language.anniversary_words`, then the rest of its clause (group `count`): `search`
    #: on `Document.lower` up to a date
    anniversary_before: re.Pattern[str] = re.compile(NOTHING)
    #: a count before the words of `Language.un_assembly_words` (group `count`): `finditer` on `Document.lower`
    un_assembly_session: re.Pattern[str] = re.compile(NOTHING)
    #: a noun and the word that ties the weekday after it to that noun (`Language.noun_day_links`), save a word of
    #: `Language.day_of_its_own`: `search` on `Document.lower` up to the weekday
    noun_day_before: re.Pattern[str] = re.compile(NOTHING)
    #: a range word right after a weekday ("del lunes al miércoles"): `match` at the weekday's end
    range_word_after: re.Pattern[str] = re.compile(NOTHING)
    #: the end of a range of days and the year after it, right after a month and its first day ("May 15 to 16,
    #: 2023", "May 15-16, 2023"): `match` at the date's end, group `year`
    range_year: re.Pattern[str] = re.compile(NOTHING)
    #: a time told by its month and year or by its year after a place preposition, no day ("en noviembre de 2022",
    #: "in November 2022", "en 1816", "в 2019 году"): groups `month` (maybe empty) and `year`; `finditer` on
    #: `Document.lower`, a match inside a full date is not one
    period: re.Pattern[str] = re.compile(NOTHING)
    #: a day of the month, maybe a weekday before it or a range's first day, then words that name its month from the
    #: anchor's ("le lundi 11 courant", "du 11 au 13 du mois en cours"): groups `d0` (a range's first day), `d`, `rel`
    relative_month: re.Pattern[str] = re.compile(NOTHING)
    #: those words, lower case with straight apostrophes → month offset from the anchor's
    relative_months: dict[str, int] = field(default_factory=dict)
    #: a participle of an incident's happening and maybe a preposition or an article, right before a date
    #: (`Language.occurrence_participles`): `search` on `Document.lower` up to the date
    occurred_before: re.Pattern[str] = re.compile(NOTHING)
    #: a noun of a death or a verb that says someone died (`Language.death_nouns`, `Language.death_verbs`): `finditer`
    #: on `Document.lower`
    death_word: re.Pattern[str] = re.compile(NOTHING)
    #: a noun of a violent incident (`Language.incident_nouns`): `finditer` and `match` on `Document.lower`
    incident_word: re.Pattern[str] = re.compile(NOTHING)
    #: a word of a vote or of its outcome (`Language.vote_words`): `finditer` on `Document.lower`
    vote_word: re.Pattern[str] = re.compile(NOTHING)
    #: a finite verb's auxiliary as a word of its own (`Language.auxiliaries`, `Language.active_auxiliaries`): `search`
    #: on `Document.lower`
    auxiliary: re.Pattern[str] = re.compile(NOTHING)
    #: a word of "after" (`Language.after_words`), not "d'après" nor "après-midi": `search` on `Document.lower`
    after_word: re.Pattern[str] = re.compile(NOTHING)
    #: a participle that sets an occasion on a day to come and its link, maybe an article, right before a date
    #: (`Language.scheduled_participles`): `search` on `Document.lower` up to the date
    scheduled_before: re.Pattern[str] = re.compile(NOTHING)
    #: a link of an invited day closing the text before the date (`Language.invited_day_links`: "für den"), and a
    #: verb of inviting (`Language.invitation_verbs`); both match nothing unless the language lists both
    invited_day_link: re.Pattern[str] = re.compile(NOTHING)
    invitation_verb: re.Pattern[str] = re.compile(NOTHING)


@settings_record
class PeoplePatterns:
    mention_cue: re.Pattern[str]
    #: a passive participle that opens a clause (`Language.agent_participles`): `match` right after its comma
    agent_participle: re.Pattern[str] | None
    representation: re.Pattern[str] | None
    continuation: re.Pattern[str]
    #: the bearer of a message as a sentence's predicate (`Language.message_bearers`), to `search`
    bearer: re.Pattern[str] | None
    #: a subject pronoun, a whole word ("il", "he"): an opening whose subject is one names it in the sentence before
    subject_pronoun: re.Pattern[str]
    possessive_before: re.Pattern[str]
    #: a possessive and up to two adjectives before an event noun ("sein erster echter Staatsbesuch")
    possessive_event: re.Pattern[str]
    #: "both", "les deux" right before a role noun, maybe with an adjective: two people, not one
    pair_before: re.Pattern[str] | None
    #: a former office right before a name ("la expresidenta ", "former Foreign Minister ")
    former_before: re.Pattern[str] | None = None
    #: an office held at a time gone by, right before a name ("then-foreign minister ", "l'alors ministre ")
    bygone_before: re.Pattern[str] | None = None
    #: a word that opens a subordinate clause (`Language.clause_openers`)
    clause_opener: re.Pattern[str] | None = None
    #: a lower-case noun and a genitive link right before a name ("ceremonia de", `Language.genitive_links`)
    genitive_before: re.Pattern[str] | None = None
    #: an envoy's noun and its genitive link, then a title of a word or two, right before a name or opening a mention
    #: (`Language.envoy_nouns`): "l'émissaire du Président X"
    envoy_before: re.Pattern[str] | None = None
    #: a phrase that puts what a clause tells a week or more back (`Language.long_ago`)
    long_ago: re.Pattern[str] | None = None
    #: an encounter's infinitive after a name's end, a comma and up to three words between at most
    #: (`Language.encounter_infinitives`): `match` on `Document.text` at the name's end
    encounter_infinitive: re.Pattern[str] | None = None
    #: a verb of arriving, then in its sentence a purpose link and an encounter's infinitive ("llegó a Madrid para
    #: reunirse con"; `Language.arrival_verbs`): `search` on `Document.text`, the encounter to come ends it
    arrival_purpose: re.Pattern[str] | None = None
    #: a conjunction that opens a clause about an earlier event (`Language.earlier_clauses`)
    earlier_clause: re.Pattern[str] | None = None
    #: the auxiliary of an earlier tense and its participle, maybe past one word ("avait reçu", "s'était longuement
    #: entretenu"; `Language.earlier_participle_endings`)
    earlier_tense: re.Pattern[str] | None = None
    #: a verb that says someone died (`Language.death_verbs`)
    death: re.Pattern[str] | None = None
    #: a phrase before the name of someone dead (its group 1), up to six words before the end of the searched text
    #: (`Language.mourned_cues`)
    mourned_cue: re.Pattern[str] | None = None
    #: the formula that closes a letter (`Language.letter_closings`)
    letter_closing: re.Pattern[str] | None = None
    #: a verb that says its subject takes no part (`Language.absence_verbs`)
    absence: re.Pattern[str] | None = None
    #: a phrase that says whom it comes before takes no part (`Language.absence_before`)
    absence_before: re.Pattern[str] | None = None
    #: the opening of a sentence that lists whom the one before counts (`Language.list_openers`)
    list_opener: re.Pattern[str] | None = None
    #: the opening of a sentence that goes on with the list before it (`Language.list_continuers`)
    list_continuer: re.Pattern[str] | None = None
    #: the same adverb right before an article that opens the next item ("También el embajador …, X"), and a clause's
    #: verb: such a sentence with no verb of its own goes on with the list before it
    list_continuer_item: re.Pattern[str] | None = None
    clause_verb: re.Pattern[str] | None = None
    #: a sentence's opening on a group up to the plural verb that ties it to names (`Language.group_verbs`)
    group_listing: re.Pattern[str] | None = None
    #: a role link and the capitalised word after it, past a group's plural noun: " d'Etat", " of Mission"
    group_complement: re.Pattern[str] | None = None
    #: a participle of signing before its agent (`Language.signatory_agents`)
    signatory_agent: re.Pattern[str] | None = None
    #: a verb of signing after its subject (`Language.signatory_verbs`)
    signatory_verb: re.Pattern[str] | None = None
    #: the passive of taking an office by oath, after its subjects (`Language.oath_verbs`)
    oath_verb: re.Pattern[str] | None = None
    #: the opening of the next item of encounters told one by one (`Language.sequence_openers`)
    sequence_opener: re.Pattern[str] | None = None
    #: ", respectivement " after a list of names, and what splits the roles it hands out (`Language.respectively_words`)
    respectively: re.Pattern[str] | None = None
    item_break: re.Pattern[str] | None = None
    #: a list joiner as a word (`Language.list_joiners`)
    list_joiner: re.Pattern[str] = re.compile(NOTHING)
    #: what lies between two names of a list: a comma or a joiner, maybe after the first one's complement
    list_item: re.Pattern[str] | None = None
    #: two capitalised words a list joiner joins, each a whole word (a headline's "Castell y Molina"), groups 1 and 2
    joined_pair: re.Pattern[str] = re.compile(NOTHING)
    #: an adverb that makes a later encounter another one (`Language.separate_event_adverbs`)
    separate_event: re.Pattern[str] = re.compile(NOTHING)
    #: one of `Language.occasion_nouns`, a genitive link, maybe a determiner and a title, up to where `search` stops;
    #: no end of a sentence between, a short apposition allowed ("les fiançailles, annoncées la veille, du Prince ")
    occasion_of: re.Pattern[str] = re.compile(NOTHING)
    #: one of `Language.institution_nouns`, maybe a comma, a genitive link or one of `Language.leader_links` and
    #: maybe a determiner, up to where `search` stops ("the government of ", "el gobierno, liderado por el ")
    institution_of: re.Pattern[str] = re.compile(NOTHING)
    #: right after a name, a comma, one of `Language.relative_pronouns` and a clause that names a month with no day
    #: ("…, who visited Beijing in March"); months of three letters or less left out ("May" may be a verb): `match`
    relative_month: re.Pattern[str] = re.compile(NOTHING)
    #: one of `Language.complementizers`, a whole word
    complementizer: re.Pattern[str] = re.compile(NOTHING)
    #: an active auxiliary and the lower-case word after it (`Language.active_auxiliaries`), the group `passive` set
    #: when a passive participle comes in the next words (`Language.passive_participles`): a clause's verb, whose
    #: subject acts unless `passive`
    active_verb: re.Pattern[str] = re.compile(NOTHING)
    #: one of `Language.capacity_words` or `Language.capacity_links` and the spaces after it (or its elided last word),
    #: ending where `search` stops: what predicates the role noun right after it as the office a named person acts in
    capacity_before: re.Pattern[str] = re.compile(NOTHING)
    #: what lies between two items of a list whose names share one office, each item with its own country: separators,
    #: capitalised words and `Language.item_country_links` ("X, Чехии - Y", "X, de la República de Chile; Y"), at
    #: least one comma, semicolon or spaced dash among them; matched whole
    country_item: re.Pattern[str] = re.compile(NOTHING)
    #: `Language.council_titles`, folded: a title before a name, never someone unnamed when it stands alone
    council_titles: frozenset[str] = frozenset()
    #: one of `Language.photo_positions` in brackets, maybe after an ordinal ("(2.v.l.)"), or an abbreviated one
    #: before a colon ("v.l.n.r.:"), to `search`: a caption placing people in its photo
    placed_in_photo: re.Pattern[str] = re.compile(NOTHING)


@settings_record
class PlacePatterns:
    after_preposition: re.Pattern[str]
    venues: frozenset[str]
    #: `Language.named_venue_words`, folded: a venue's noun only in a name of more than one word, or closing a compound
    named_venues: frozenset[str]
    #: `Language.chamber_words`, folded: a venue no other adjective than a country's qualifies
    chambers: frozenset[str]
    #: `Language.founded_bodies`, folded: the last word of a body's name that a city opens
    founded_bodies: frozenset[str]
    #: the one-word `Language.institution_words`, folded: a place named by one is an institution's seat ("the Office
    #: of the Prime Minister", "the President's Office")
    institutions: frozenset[str]
    #: a word that starts like one of `Language.airport_words`, folded
    airport: re.Pattern[str]
    topic_before: re.Pattern[str]
    #: one of `Language.topic_nouns` as a word anywhere: an incident a holding verb's subject names ("The bombing took
    #: place in …") is what a statement is about, not its occasion
    topic_word: re.Pattern[str]
    #: a gathering's noun and one of `Language.subject_links`, then its subject up to the end: a topic noun there
    #: names what the gathering is on, not what a place is a topic of ("the conference on food security in X")
    gathering_subject: re.Pattern[str]
    dateline_rest: re.Pattern[str]
    #: `Language.room_words`, folded: a venue whose first word ends with one is a room of a building
    rooms: frozenset[str] = frozenset()
    #: one of `Language.venue_verbs`: a sentence with one says where the event was held
    venue_verb: re.Pattern[str] = re.compile(NOTHING)
    #: the end of a text before a place preposition that is one of `Language.posted_roles` and its country
    #: ("… ambassadeur de la République de Côte d'Ivoire"): the place names the post
    post: re.Pattern[str] = re.compile(NOTHING)
    #: an unnamed venue after a place preposition, maybe with an adjective or a complement ("au palais
    #: présidentiel", "au siège du ministère", "at the presidential palace"), as group "place"
    unnamed_venue: re.Pattern[str] = re.compile(NOTHING)
    #: an institution's seat named by its noun after a place preposition (`Language.institution_seats`), with the
    #: adjective after it and the capitalised name its genitive link opens ("au ministère malien des Affaires
    #: étrangères", "в Правительстве РА"), as group "place"
    institution_seat: re.Pattern[str] = re.compile(NOTHING)
    #: an institution's seat by its noun (`Language.institution_seats`), maybe after a capitalised adjective, with
    #: the words that name it, right before the verb that holds the event, maybe past the city the phrase adds ("В МИД
    #: РФ состоялась встреча", "в Исполнительном комитете СНГ в Минске прошло заседание"), as group "place"
    seat_held: re.Pattern[str] = re.compile(NOTHING)
    #: the same seat right after a participle of holding (`Language.venue_participles`) that opens a clause set off by
    #: a comma, closed by a mark or by the city's preposition ("разговора, прошедшего в Совете министров, …"), as
    #: group "place"
    seat_after_held: re.Pattern[str] = re.compile(NOTHING)
    #: one of `Language.host_venue_phrases` after a space: the place it follows is the event's
    host_venue: re.Pattern[str] = re.compile(NOTHING)
    #: an article, then a city's name as an adjective (`Language.city_adjective_endings`) as group "city", and the
    #: capitalised noun it qualifies ("am Wiener Opernball")
    city_adjective: re.Pattern[str] = re.compile(NOTHING)
    #: an institution's noun (`Language.city_institution_nouns`), maybe after a capitalised word and a hyphen, then
    #: maybe a link (`Language.city_institution_links`) and the city that closes its name as group "city"
    #: ("Bauhaus-Universität Weimar", "IHK zu Lübeck")
    city_institution: re.Pattern[str] = re.compile(NOTHING)
    #: a part of a named venue after a place preposition, a lower-case noun and its link, then the venue's name as
    #: group "place" ("en la escalinata del Palacio de X", "in the banquet hall of the Y House")
    venue_part: re.Pattern[str] = re.compile(NOTHING)
    #: one of `Language.place_prepositions`, `spot_prepositions`, `venue_prepositions` or `direction_prepositions` as
    #: a whole word: a clause it opens may name where the event was held ("en sus oficinas del Palacio …")
    seat_clause: re.Pattern[str] = re.compile(NOTHING)
    #: the name of a gathering after one of `Language.margin_cues` ("on the sidelines of Antalya Diplomacy Forum",
    #: "en marge du Sommet de Dakar"), as group "name"
    margin: re.Pattern[str] = re.compile(NOTHING)
    #: a verb of visiting, at most two words (a day) and the capitalised run it visits ("посетила Ташкент",
    #: "besuchte am Montag Taschkent"), as group "place"
    visit_object: re.Pattern[str] = re.compile(NOTHING)
    #: a verb of a visit made (`Language.site_visit_verbs`), then at most three lower-case words or a weekday (a day,
    #: an article), or further in its clause a definite article; then the capitalised run it visits with its links
    #: ("besichtigten das Reichstagsgebäude", "visitan el Ayuntamiento de Kessel"), as group "place"
    visited_site: re.Pattern[str] = re.compile(NOTHING)
    #: a verb of being somewhere (`Language.stay_verbs`), maybe with one of `Language.stay_adverbs` before its
    #: preposition ("who is in Kessel", "is currently in Varnia"), then the capitalised run as group "place"
    stay: re.Pattern[str] = re.compile(NOTHING)
    #: one of `Language.margin_cues` alone: the gathering's place may follow its name ("am Rande eines
    #: EU-Außenministertreffens in Brüssel")
    margin_cue: re.Pattern[str] = re.compile(NOTHING)
    #: one of `Language.earlier_openers`, to match at a sentence's start, maybe after a short clause and a comma
    earlier_opener: re.Pattern[str] = re.compile(NOTHING)
    #: one of `Language.later_openers`, to match at a sentence's start, maybe after a short clause and a comma
    later_opener: re.Pattern[str] = re.compile(NOTHING)
    #: one of `Language.guest_books`, in any case ("ins goldene Buch"), to `search` on `Document.text`
    guest_book: re.Pattern[str] = re.compile(NOTHING)
    #: the end of a lower-case text before a place preposition that says where someone lives ("resident in")
    residence: re.Pattern[str] = re.compile(NOTHING)
    #: the end of a lower-case text before a place preposition that tells a journey home (`Language.return_words`)
    journey_home: re.Pattern[str] = re.compile(NOTHING)
    #: the end of a lower-case text before a place: a journey called off (`Language.called_off_journeys`), then the
    #: preposition toward the place
    called_off: re.Pattern[str] = re.compile(NOTHING)
    #: a visit told as over (`Language.visit_endings`, then a stay's noun within a few words), in `Document.text`
    visit_ended: re.Pattern[str] = re.compile(NOTHING)
    #: a verb of leaving (`Language.departure_verbs`) at a match's start, in `Document.text`
    departure: re.Pattern[str] = re.compile(NOTHING)
    #: where a journey goes, in `Document.text`: a verb of leaving, within a short clause a link toward its end
    #: (`Language.departure_links`: "left Luanda on Saturday for"), or a phrase of destination alone
    #: (`Language.destination_phrases`: "à destination d'"); group `place` the capitalised run after it
    journey_end: re.Pattern[str] = re.compile(NOTHING)
    #: the end of a lower-case text before a place preposition that dates an occasion before the event ("during a
    #: past visit", "sa visite précédente")
    earlier: re.Pattern[str] = re.compile(NOTHING)
    #: the end of a lower-case text before a place preposition that dates an occasion by its month and year alone,
    #: with no day ("remontait à mars 2012", "in March 2019"): another occasion's, the event has its day
    month_year: re.Pattern[str] = re.compile(NOTHING)
    #: the start of a lower-case text after a place that dates its occasion by its month alone, no day after it
    #: ("… en Bogotá, en mayo de este año", "in Geneva in March"): another occasion's, the event has its day
    month_after: re.Pattern[str] = re.compile(NOTHING)
    #: the end of a lower-case text before a place preposition that opens a relative clause about an occasion still
    #: to come (`Language.later_clauses`: "qui se tiendra", "которое состоится")
    later: re.Pattern[str] = re.compile(NOTHING)
    #: the end of a text before a place preposition that is a verb of saying, maybe with its day ("a souligné,
    #: jeudi", "said on Thursday"): the place is where a statement was made
    said: re.Pattern[str] = re.compile(NOTHING)
    #: one of `Language.speech_place_prepositions` and the place after it ("desde la Casa de Nariño"), as group
    #: "place": where a statement was made, after its verb
    said_from: re.Pattern[str] = re.compile(NOTHING)
    #: a verb that closes a clause of saying right after a place ("wie das Amt in Berlin mitteilte"): where it was
    #: said, not where the event was
    said_after: re.Pattern[str] = re.compile(NOTHING)
    #: one of `Language.origin_prepositions` among the words between a verb of visiting and its place ("visits from
    #: India"): the place is where the visitors come from
    origin: re.Pattern[str] = re.compile(NOTHING)
    #: the end of a text before a place preposition that is one of `Language.origin_prepositions` and a noun phrase
    #: ending on a lower-case noun ("from Waterkloof air-force base"): the place locates where a journey started
    origin_noun: re.Pattern[str] = re.compile(NOTHING)
    #: one of `Language.residence_words` right after a place, where an attribute stands before its noun ("die in
    #: Deutschland tätigen Botschafter"): the place is where someone is based, not the event's
    residence_after: re.Pattern[str] = re.compile(NOTHING)
    #: one of `Language.thing_relatives`, maybe with one word after it, closing a text before a verb of holding
    #: ("the attacks that took place"): the place held is a thing's the sentence names, not an occasion's
    held_relative: re.Pattern[str] = re.compile(NOTHING)
    #: one of `Language.capital_phrases` with a country's adjective in its group "adjective" ("dans la capitale
    #: sénégalaise", "in der kenianischen Hauptstadt"), no city's name after it
    implied_capital: re.Pattern[str] = re.compile(NOTHING)
    #: one of `Language.land_phrases` with a country's adjective in its group "adjective", in any case ("en terre
    #: Mauritanienne", "sur le sol guinéen")
    implied_country: re.Pattern[str] = re.compile(NOTHING)
    #: a place set off by a comma before one of `Language.place_relatives` ("al Palacio Nacional, donde"), the
    #: place in group "place", the relative clause's text up to its sentence's end in group "clause"
    place_relative: re.Pattern[str] = re.compile(NOTHING)


@settings_record
class SourcePatterns:
    label: re.Pattern[str]
    #: a teaser's last line that points to the outlet with the rest ("… suite de l'article sur Jeune Afrique")
    read_more: re.Pattern[str]
    #: a source line's label in brackets, round or square, in a paragraph ("(Fuente: PL)", "[Source: X]")
    bracket_label: re.Pattern[str]
    #: a label of several words that ends in its link, then the source, a short line of its own with no colon
    #: ("Tomado de X", "По материалам X")
    phrase_label: re.Pattern[str]
    before: re.Pattern[str]
    inverted: re.Pattern[str]
    subject: re.Pattern[str]
    #: a source framed by a verb and its particle ("teilte das Auswärtige Amt am Montag mit")
    framed: re.Pattern[str]
    #: a subject before a verb and its particle ("Das Auswärtige Amt teilte am Montag mit")
    framed_subject: re.Pattern[str]
    #: a lower-case source before a reporting verb ("the ministry said", "Ghana's presidency said")
    noun_subject: re.Pattern[str]
    byline: re.Pattern[str]
    source_noun: re.Pattern[str]
    #: a verb of saying and what links it to whom it was said to, closing a text ("told ", "a déclaré à l'")
    told: re.Pattern[str] = re.compile(NOTHING)
    #: a verb by which an agency quotes someone, and whom, closing a text ("приводит слова Захаровой ")
    quoting: re.Pattern[str] = re.compile(NOTHING)
    #: the outlet a speaker gave an interview to ("in an interview with CNN", "в интервью газете «Ведомости»"), in
    #: group "src": capitalised words right after the link, or a name in quotes after at most two words ("im
    #: Interview mit dem österreichischen Blatt „Kurier“")
    interview: re.Pattern[str] = re.compile(NOTHING)
    #: the link of an interview and its article, closing a text, before a register's name in any case ("dans une
    #: déclaration à l'")
    interview_link: re.Pattern[str] = re.compile(NOTHING)
    #: a name in quotes: an outlet's, after a verb of saying ("сказал «Интерфаксу»")
    quoted: re.Pattern[str] = re.compile(NOTHING)
    #: a cue of a source before it and the quote that opens the outlet's name, closing a text ("сообщает «")
    cue_quote: re.Pattern[str] = re.compile(NOTHING)
    #: an agency credited in brackets or alone on a line with the language's word for "with" ("(avec AFP)")
    with_credit: re.Pattern[str] = re.compile(NOTHING)
    #: the language's "with" then a copyright mark, before an agency's copyright ("X.com avec(©AFP / 3 mars 2015)")
    with_copyright: re.Pattern[str] = re.compile(NOTHING)
    #: a word that points back to a source named before ("la même source")
    anaphor: re.Pattern[str] = re.compile(NOTHING)
    #: the outlet's own staff in the first person ("notre correspondant", "our reporter"): no source
    own_staff: re.Pattern[str] = re.compile(NOTHING)
    #: the language's own dateline shapes, with their agency in a group "agency" (`Language.datelines`)
    datelines: tuple[re.Pattern[str], ...] = ()
    #: a short line that names an outlet by one of the language's outlet words ("Ammon News -")
    outlet_line: re.Pattern[str] = re.compile(NOTHING)
    #: one of the language's outlet words
    outlet_word: re.Pattern[str] = re.compile(NOTHING)
    #: a contact block's heading alone on its line, maybe with its colon and what follows it in group "rest"
    #: ("Pressekontakt", "Media contact: Press Office")
    contact_heading: re.Pattern[str] = re.compile(NOTHING)
    #: one of the language's press documents, a whole word ("communiqué", "news release")
    press_document: re.Pattern[str] = re.compile(NOTHING)
    #: a press document, maybe after a word that qualifies it, as the subject of a verb of saying a few lower-case
    #: words on ("an official statement said", "a press release issued here stated")
    press_subject: re.Pattern[str] = re.compile(NOTHING)
    #: a press document and who signed it, in group "src", up to the next mark: after the agent's link a few words
    #: on ("un communiqué signé ce 31 août par le ministre de la Communication"), or right after the participle,
    #: maybe after a document's link ("le communiqué signé Jan Lind, secrétaire général", "signé du ministre")
    signed_document: re.Pattern[str] = re.compile(NOTHING)
    #: a social network after one of its links and at most four words, in group "src" ("on X", "sur son compte
    #: officiel sur le réseau « X »", "в своем telegram-канале")
    social: re.Pattern[str] = re.compile(NOTHING)
    #: a verb of writing, posting or saying, a whole word: with one in its sentence, a network is where words were
    #: published
    posting: re.Pattern[str] = re.compile(NOTHING)
    #: a word that denies a report (`Language.source_negations`), a whole word
    negation: re.Pattern[str] = re.compile(NOTHING)
    #: the outlet or agency a document reached, in group "src" (maybe with more words after it), its newsroom's link
    #: in group "newsroom": "…, un communiqué parvenu à l'AGP", "… parvenu à la rédaction de X"
    receiver: re.Pattern[str] = re.compile(NOTHING)
    #: the same in a relative clause, in group "src": "un communiqué dont l'APS a eu connaissance"
    receipt: re.Pattern[str] = re.compile(NOTHING)
    #: what one spoke through, in group "src", after a channel word ("El Gobierno, a través de la Cancillería,
    #: condenó …", "through the Foreign Ministry")
    channel_body: re.Pattern[str] = re.compile(NOTHING)


@settings_record
class HeadlinePatterns:
    """What a page glues to its headline."""

    #: a publication or byline stamp with its year ("Rédigé par X le 2 juin 2023 à 20:03", "Posted on 3 May 2021")
    stamp: re.Pattern[str]


class Compiled:
    """Every pattern of one language, each family built when it is first asked for: a brief in one language may
    ask another for a single family (a French page's English date line needs only English dates)."""

    def __init__(self, language: Language) -> None:
        self.language = language

    @cached_property
    def names(self) -> NamePatterns:
        return _kept_family(self.language, NamePatterns, _names)

    @cached_property
    def cues(self) -> CuePatterns:
        return _kept_family(self.language, CuePatterns, _cues)

    @cached_property
    def dates(self) -> DatePatterns:
        return _kept_family(self.language, DatePatterns, _dates)

    @cached_property
    def people(self) -> PeoplePatterns:
        return _kept_family(self.language, PeoplePatterns, _people)

    @cached_property
    def places(self) -> PlacePatterns:
        return _kept_family(self.language, PlacePatterns, _places)

    @cached_property
    def source(self) -> SourcePatterns:
        return _kept_family(self.language, SourcePatterns, _source)

    @cached_property
    def headline(self) -> HeadlinePatterns:
        return _kept_family(self.language, HeadlinePatterns, _headline)


@cache
def compiled(language: Language) -> Compiled:
    """All the patterns of a language, each family compiled on its first use, its words also in the spellings the
    language allows (`Language.respellings`)."""
    return Compiled(_respelled(language))


def _respelled(language: Language) -> Language:
    """The language with each word of its lists also in its other spellings (`Language.respellings`), added after
    the words as written: "begrüßte" is also "begrüsste"."""
    if not language.respellings:
        return language
    changed: dict[str, Any] = {}
    for each in fields(language):  # type: ignore[arg-type]
        value = getattr(language, each.name)
        respelled = _respelled_words(value, language.respellings)
        if respelled is not value:
            changed[each.name] = respelled
    return replace(language, **changed)


def _respelled_words(value: Any, respellings: tuple[tuple[str, str], ...]) -> Any:
    """A list of words (a tuple or set of words, a dictionary keyed by words or holding lists of words) with each
    word's other spellings added; anything else, or a list no word of which is spelled otherwise, as it is."""
    if isinstance(value, dict):
        items = {k: _respelled_words(v, respellings) for k, v in value.items()}
        more = {_respell(k, respellings): v for k, v in items.items() if isinstance(k, str)}
        more = {k: v for k, v in more.items() if k not in items}
        return {**items, **more} if more or any(items[k] is not value[k] for k in value) else value
    if isinstance(value, (tuple, frozenset)) and value and all(isinstance(w, str) for w in value):
        more = tuple(dict.fromkeys(r for w in value if (r := _respell(w, respellings)) not in value))
        if not more:
            return value
        return (*value, *more) if isinstance(value, tuple) else value | frozenset(more)
    return value


def _respell(word: str, respellings: tuple[tuple[str, str], ...]) -> str:
    """The word in the other spelling (`Language.respellings`)."""
    for written, other in respellings:
        word = word.replace(written, other)
    return word


#: a family of patterns (`NamePatterns`, `CuePatterns`…)
Family = TypeVar("Family")
#: how a kept family marks a pattern and a tuple among its values (no word of a language holds a NUL)
_PATTERN, _TUPLE = "\0pattern", "\0tuple"


def _kept_family(language: Language, shape: type[Family], build: Callable[[Language], Family]) -> Family:
    """`build(language)`, kept between runs (`kept_patterns.kept_value`) under the digest of the languages' code
    and data (`sources_digest`): its values, each pattern as what it is made of (`LazyPattern.arguments`). A run
    then builds none of a family's word alternations and pattern sources, and reads it in one file."""
    key = sources_digest()
    if not key:
        return build(language)
    values = kept_patterns.kept_value(
        f"family-{shape.__name__}-{language.code}",
        key,
        lambda: _kept_values(build(language)),
        tuple,
        sources_unchanged,
    )
    return shape(*map(_value_from, values))


def _kept_values(family: object) -> tuple:
    """A family's values in the order of its fields, as `marshal` writes them (`_kept_form`)."""
    return tuple(_kept_form(getattr(family, f.name)) for f in fields(family))  # type: ignore[arg-type]


def _kept_form(value: Any) -> Any:
    """A family's value as `marshal` writes it: a pattern as what it is made of, a tuple or a dictionary with the
    values it holds so written; a set holds words and tuples of words only."""
    if isinstance(value, LazyPattern):
        return (_PATTERN, value.arguments())
    if isinstance(value, tuple):
        return (_TUPLE, tuple(map(_kept_form, value)))
    if isinstance(value, dict):
        return {key: _kept_form(item) for key, item in value.items()}
    if value is None or type(value) in (str, int, bool, frozenset):
        return value
    raise TypeError(f"a family's value that is not kept: {type(value).__name__}")


def _value_from(kept: Any) -> Any:
    """The value `_kept_form` wrote."""
    if isinstance(kept, tuple):
        mark, inner = kept
        return made_of(inner) if mark == _PATTERN else tuple(map(_value_from, inner))
    if isinstance(kept, dict):
        return {key: _value_from(item) for key, item in kept.items()}
    return kept


def _framed_groups(language: Language) -> list[tuple[str, list[str]]]:
    """`Language.source_framed` as each particle with the verbs it closes, in the order the language lists them."""
    verbs: dict[str, list[str]] = {}
    for verb, particle in language.source_framed:
        verbs.setdefault(particle, []).append(verb)
    return list(verbs.items())


def _framed_verbs(language: Language) -> str:
    """The verbs of `Language.source_framed`, those one particle closes in a group of their own (`framed0`, …), so that
    `_framed_particles` closes each with its own particle: "teilte … mit", "aus … hervor"; not "aus … hin" ("mit
    635.000 Einwohnern aus 170 Ländern hin")."""
    return "|".join(rf"(?P<framed{i}>{words(verbs)})" for i, (_, verbs) in enumerate(_framed_groups(language)))


def _framed_particles(language: Language) -> str:
    """The particle that closes the verb `_framed_verbs` matched."""
    return "|".join(rf"(?(framed{i}){words([p])}|(?!))" for i, (p, _) in enumerate(_framed_groups(language)))


def _elided_link(language: Language) -> str:
    """The elided particles as another way to open what a role is of ("et celui d'Allemagne, X"), as an alternative
    to close a group of genitive links; empty where the language elides none."""
    return f"|(?:{words(language.elided_particles)})" if language.elided_particles else ""


def _whole_phrases(phrases: tuple[str, ...]) -> re.Pattern[str] | None:
    """Any of a language's phrases as whole words, in lower case; None when the language lists none."""
    return lazy_compile(rf"{starting_words({p.lower() for p in phrases})}(?!\w)") if phrases else None


def _most_words(*phrase_lists: object) -> int:
    """The most words (runs of non-space characters) that one phrase of these lists holds."""
    return max((len(p.split()) for phrases in phrase_lists for p in phrases), default=1)  # type: ignore[attr-defined]


def _keys(words_: object, endings: tuple[str, ...]) -> frozenset[str]:
    return frozenset(k for w in words_ for k in stems(w, endings))  # type: ignore[attr-defined]


def _needed_words(phrases) -> tuple[str, ...]:
    """The first word of each phrase, in lower case, up to an apostrophe: one of them is in any match of the
    phrases (`lazy_compile(needs=…)`)."""
    return tuple(sorted({p.split()[0].replace("’", "'").split("'")[0].lower() for p in phrases if p.split()}))


def _covering_words(phrases) -> tuple[str, ...]:
    """`_needed_words` without the words that hold another of them ("dienstag" is in "dienstagabend"): fewer words to
    look for, one of which is still in any match."""
    needed = _needed_words(phrases)
    return tuple(w for w in needed if not any(v != w and v in w for v in needed))


def _clause_verbs(language: Language) -> tuple[str, ...]:
    """The auxiliaries and the verbs of speech: a clause's verb."""
    return (*language.auxiliaries, *language.speech_verbs)


def _noun_openers(language: Language) -> tuple[str, ...]:
    """The words after which a capitalised word is a noun in a language that capitalises its nouns: articles,
    possessives, a preposition and its article in one word."""
    return (*language.determiners, *language.possessives, *language.article_contractions)


def _noun_links(language: Language) -> tuple[str, ...]:
    """The role's links that are no name's particle nor a preposition of place ("für", "des"): after one and an
    adjective, a capitalised word is the portfolio's noun, not a name's first word."""
    return tuple(
        w for w in language.role_links if w not in language.name_particles and w not in language.place_prepositions
    )


def _after_no_abbreviation(language: Language) -> str:
    """Lookbehinds that keep a dot from ending a clause after one of the language's lower-case abbreviations ("в
    г.Владивостоке", "ул."): a role may hold a place so written ("Генконсул Узбекистана в г.Владивостоке X")."""
    shortened = sorted(a for a in language.abbreviations if a[:1].islower() and a.isalpha())
    return "".join(rf"(?<!(?<!\w){re.escape(a)})" for a in shortened)


def _rank_in_figures(language: Language) -> str:
    """A rank written in figures with its ordinal ending ("1er", "2ème", "4th"), as it may open an office ("1er
    vice-président"); a pattern that matches nothing where the language lists no such endings."""
    suffixes = language.office_rank_suffixes or language.rank_suffixes
    if not suffixes:
        return NOTHING
    return rf"\d{{1,3}}(?:{words({r.lower() for r in suffixes})})(?!\w)"


def _names(language: Language) -> NamePatterns:
    particles = alternation(language.name_particles)
    prefixed = rf"(?:{particles})[-‐]{CAP_WORD}"
    if language.elided_particles:  # "Poivre d'Arvor": the particle written against the surname
        prefixed += rf"|(?:{words(language.elided_particles)}){CAP_WORD}"
    suffix = alternation({s.rstrip(".") for s in language.name_suffixes})
    # two surnames may be joined by an en dash as by a hyphen: "Díaz–Canel", "Ould–Ahmed"
    # an initial of two letters glued to the surname it stands before is one word with it: "Ts.Sukhbaatar"
    glued = rf"(?:{DIGRAPH_INITIAL}\.(?=[{UPPER}][{LOWER}]))?"
    name_word = rf"[{UPPER}]{glued}{CAP_WORD_TAIL}(?:–[{UPPER}][\w'’]+)*"
    # the first capital before the look-behind that keeps it from ending a word: the regex engine then skips to the
    # next capital at once instead of trying every position
    # or one right after an elided particle, a preposition there ("accompagnée d'Alexander X")
    elided = "".join(rf"|(?<=(?<!\w){re.escape(p[:-1])}['’].)" for p in language.elided_particles)
    first_word = rf"[{UPPER}](?:(?<![\w'’–-].){elided}){glued}{CAP_WORD_TAIL}(?:–[{UPPER}][\w'’]+)*"
    # a nickname in quotes between a given name and the rest of the name: "Luiz Inácio “Lula” da Silva", and in single
    # quotes after a word that ends in a small letter, a given name's ("José 'Pepe' Quiroga", "José ‘Pepe’ Quiroga");
    # in angle quotes after such a word where the language writes nicknames so ("José «Pepe» Ortuño"); elsewhere angle
    # quotes hold a company between an office and a name ("Глава «Вальнефти» Игорь Седов")
    quoted = rf"(?:[“\"]|(?<=[{LOWER}]\s)['‘]){name_word}[”\"'’]"
    if language.angle_quoted_nicknames:
        quoted = rf"(?:{quoted}|(?<=[{LOWER}]\s)«{name_word}»)"
    nickname = rf"{quoted}(?=\s+(?:(?:{particles})\s+)*[{UPPER}])"
    run = rf"{first_word}(?:\s+(?:(?:{particles})\s+)*(?:{name_word}|{prefixed}|{_ROMAN}|{nickname}|(?:{suffix})\.?))"
    run += f"{{0,{_MAX_RUN_WORDS}}}"  # bounded: the regex engine keeps state for every repetition
    roles = words(language.roles)
    roles_lower = words({r.lower() for r in language.roles})
    nationality = alternation(language.nationalities)
    role_words = {w for role in language.roles for w in fold(role).replace("-", " ").split()}
    # a verb between a role and a name puts them in two clauses ("le président était accompagné de X")
    verbs = words([v for verbs in language.event_verbs.values() for v in verbs] + [*_clause_verbs(language)])
    endings = tuple(sorted({fold(e) for e in language.case_endings}, key=len, reverse=True))
    compound = r"(?:[^\W\d_]+-?)?" if language.compounds else ""
    if language.role_prefixes:  # "expresidente", "экс-министр": the office held before
        compound = rf"(?:(?i:{alternation(language.role_prefixes)})-?)?"
    # in every language a role noun may carry a word joined by a hyphen, a country, an organisation or "ex":
    # "US-Außenminister", "EU-Kommissionspräsidentin", "ex-President", "экс-президент"
    # possessive: the letters before the hyphen are the whole word or nothing, never given back one by one
    compound = rf"(?:[^\W\d_]++-)?{compound}"
    determiners = words(language.determiners)
    # the words that end an apposition after a name: its clause goes on ("X, ministre des Finances, a déclaré")
    clause_verbs = words({w.lower() for w in _clause_verbs(language)})
    # "et", "with" end it too, unless a link goes on with the office: "ministre de l'Europe et des Affaires …"
    # or one word then a link: "ambassadeur extraordinaire et plénipotentiaire de …"
    # but not where the link brings in a title of address, the next person's ("…, ministre de X et de M. Y")
    honorific_next = rf"(?!\s*(?:{alternation(language.honorifics)})(?!\w))" if language.honorifics else ""
    rank_in_figures = _rank_in_figures(language)
    office_goes_on = (
        rf"(?!(?:{words(language.role_links)})(?:\s|(?<=['’])){honorific_next}"
        # one word then a link, maybe after a rank in figures: "et vice-président de …", "et 2ème vice-président de …"
        rf"|(?:{rank_in_figures}\s+)?[^\W\d_][\w'’-]*\s+(?:{words(language.role_links)})\s)"
        if language.role_links
        else ""
    )
    # nor where a second nationality shares the noun: "speakers of the Azerbaijani and Armenian parliaments"
    shared_noun = rf"(?!(?:{nationality})\s+[^\W\d_]+(?:\s+respectively)?\s*[,.;:])" if nationality else ""
    joined = rf"\s+(?:{words({w.lower() for w in language.counterpart_words})})\s{office_goes_on}{shared_noun}"
    places = alternation(language.place_prepositions)
    not_names = _keys(language.not_names, endings)
    links = words((*language.role_links, *language.name_particles)) if language.role_links else NOTHING
    # a comma ends a role after a name, unless the portfolio goes on: "ministre de l'Energie, du Pétrole et des Mines"
    portfolio = [w for w in language.role_links if w not in language.place_prepositions]
    # unless the link brings in a title of address, the next item of a list ("composée de M. X, ministre de la
    # Défense, de M. Y, …"), which no portfolio's item opens on
    portfolio_end = rf",(?!\s*(?:{words(portfolio)})(?:\s|(?<=['’])){honorific_next})" if portfolio else ","
    if language.office_bodies:  # "Foreign Secretary, Ministry of Foreign Affairs": the office's body goes on with it
        portfolio_end += rf"(?!\s*(?i:{words(language.office_bodies)})\s)"
    if language.list_joiners and language.genitive_links:
        # nor where capitalised items go on to the last, joined, then the office's country: "minister of
        # Agriculture, Animal Husbandry and Food of Valdoria"
        portfolio_end += (
            rf"(?!(?-i:[^\S\n]*{_OFFICE_ITEM}(?:[^\S\n]*,[^\S\n]*{_OFFICE_ITEM})*[^\S\n]+"
            rf"(?:{words(language.list_joiners)})[^\S\n]+{_OFFICE_ITEM}[^\S\n]+(?:{words(language.genitive_links)})\s))"
        )
    singulars = _plurals(language)
    joined_portfolio = (
        rf"(?:(?:{words(language.office_joiners)})[^\S\n]+(?={CAP_WORD}))?" if language.office_joiners else ""
    )
    not_a_link = rf"(?!(?:{alternation(language.role_links)})(?!\w))" if language.role_links else ""
    # "X, en sa qualité d'ambassadeur …": the words before the title are no part of it
    capacity = rf"(?:(?:{words(language.capacity_links)})(?:\s+|(?<=['’])))?" if language.capacity_links else ""
    sites_and_bodies = (*language.facility_words, *language.body_words)
    return NamePatterns(
        name_run=lazy_compile(run),
        # a dash of two hyphens glued to the role opens it too: "(Dow Jones)--Bundeskanzlerin X"
        role_noun=lazy_compile(rf"(?:(?<![\w-])|(?<=--)){compound}(?:{roles_lower})(?![\w-])"),
        nationality_ends=frozenset(n.lower().split()[-1] for n in language.nationalities if n.split()),
        role_prefix=lazy_compile(
            # capitalised portfolios an office joiner joins may stand before the noun: "Foreign Affairs and Trade"
            # a country's initials in brackets may follow its name: "United Arab Emirates (UAE) Ambassador"
            rf"(?:(?:(?<![\w'’])(?i:{nationality})|{CAP_WORD}['’]s|{CAP_WORD})(?:[^\S\n]+\([{UPPER}]{{2,6}}\))?"
            rf"[^\S\n]+{joined_portfolio}){{1,3}}$"
            # "Chile's economy minister", "Laos' foreign minister": a name in "s" takes the apostrophe alone
            rf"|{CAP_WORD}(?:['’]s|(?<=s)['’])[^\S\n]+(?:[{LOWER}][\w-]*[^\S\n]+){{1,2}}$"
            rf"|(?<![\w'’-])[{LOWER}][\w-]*['’]s[^\S\n]+$"  # "the ministry's spokesperson"
            # a nationality, then a portfolio or a body in small letters: "Chinese defence minister", "Turkish
            # intelligence chief", "Iranian foreign ministry spokesman"
            rf"|(?<![\w'’-])(?=[{UPPER}])(?i:{nationality})[^\S\n]+(?:[{LOWER}][\w-]*[^\S\n]+){{1,2}}$",
            words_at_end=3 * (_most_words(language.nationalities) + _most_words(language.office_joiners) + 1),
        ),
        gap_stop=lazy_compile(
            # a figure of a date, not one inside a body's name ("du G5 Sahel, X")
            rf"(?<!\w)\d|(?<!\w)(?:{alternation(language.weekdays)}|{alternation(language.months)})(?!\w)", re.I
        ),
        role_day=lazy_compile(
            rf"[^\S\n]+(?:[{LOWER}][\w]{{0,3}}[^\S\n]+)?"
            rf"(?i:{alternation(language.weekdays)})(?![\w-])"
        ),
        gap_place=lazy_compile(rf"(?<!\w)(?:{places})\s*$", words_at_end=_most_words(language.place_prepositions)),
        place_phrase=lazy_compile(rf"\s(?:{places})\s+[{UPPER}]"),
        role_at_start=lazy_compile(
            # an elided article may stand against the noun: "X, l’ambassadeur de …"
            # a possessor of a few words before them ("X, the Republic of Y’s acting deputy prime minister, …")
            rf"[\"”»]?\s*,\s*{capacity}(?P<role>(?:(?:[^\W\d_][\w-]*\s+){{1,4}}[^\W\d_][\w-]*['’]s\s+)?"
            # a rank in figures may open the office: "X, 1er vice-président de …", "Y, 2nd Deputy Governor"
            rf"(?:(?:[^\W\d_][\w'’-]*\s+|{rank_in_figures}\s+){{0,3}})(?:[^\W\d_]['’])?"
            rf"{compound}(?:{roles})(?!\w)"
            # a one-word qualifier in brackets is the role's own ("Secretary (East), Ministry of …")
            rf"(?:[^.;:!?()\n«»\"“”]|\({_BRACKETED_WORD}){{0,140}}?)"
            rf"(?=\s*(?:{portfolio_end}|[.;:)]|\((?!{_BRACKETED_WORD})|$|\s+(?:{clause_verbs})\s|{joined}))",
            re.I,
        ),
        honorific_at_end=lazy_compile(
            rf"(?<!\w)(?:{words(language.honorifics)})\s*$", words_at_end=_most_words(language.honorifics)
        ),
        # a full stop ends the gap, not the dots of an abbreviation ("secretario de Estado de EE.UU., X")
        gap_verb=lazy_compile(
            rf"(?<!\w)(?:{verbs})(?!\w)|(?-i:(?<![{UPPER}])){_after_no_abbreviation(language)}\.|[;:!?\n«»\"“”]", re.I
        ),
        not_names=not_names
        | _keys((m for m in language.months if len(m) > 3), endings)  # "Jan", "May" may be names
        | _keys(language.weekdays, endings),
        gathering_words=_keys((g for g in language.gathering_nouns if " " not in g), endings),
        role_words=_keys(role_words, endings) | _keys(language.nationalities, endings),
        plural_endings=(*language.plural_endings, *language.oblique_plural_endings) or (("", "s"),),
        **_territory_keys(language, endings),
        **_honorific_keys(language),
        elisions=frozenset(fold(w) for w in (*language.determiners, *language.role_links) if w.endswith(("'", "’"))),
        nationality=lazy_compile(rf"(?<!\w)(?:{alternation({fold(a) for a in language.nationalities})})(?!\w)"),
        organisation=lazy_compile(rf"(?<!\w)(?:{alternation(language.organisations)})(?!\w)"),
        territory=lazy_compile(rf"(?<!\w)(?:{alternation({fold(t) for t in language.territory_names})})(?!\w)"),
        territory_names={fold(name): name for name in language.territory_names},
        world_regions=frozenset(fold(name) for name in world_regions(language.code)),
        national_office=_national_office(language, endings),
        capital_roles=frozenset(r.lower() for r in language.roles if r.isupper()),
        titled_roles=frozenset(r.lower() for r in language.roles if r[:1].isupper() and not r.isupper()),
        elided_role=lazy_compile(
            # or a semicolon or a comma between the items of a list: "…, X; el de Ghana, Y, la de Uruguay, Z"
            rf"(?:(?<!\w)(?:{words(language.counterpart_words)})\s+|[;,]\s*)(?:{words(language.elided_heads)})\s+"
            rf"(?P<of>(?:(?:{words(language.genitive_links)})\s+{_elided_link(language)})[^,;:.()\n]{{1,60}}?)\s*,\s*$",
            words_at_end=_ELIDED_WORDS,
        )
        if language.elided_heads and language.genitive_links
        else None,
        nationalities={fold(adjective): country for adjective, country in language.nationalities.items()},
        endings=endings,
        role_end=lazy_compile(rf"(?:{alternation({w for w in role_words if len(w) > 3})})$")
        if language.compounds
        else None,
        # a compound ends in a noun, never in a function word: "Steiner", "Kleiner" end in no article "einer"
        noun_end=lazy_compile(
            rf"(?:{alternation({w for w in not_names - _keys(language.stopwords, endings) if len(w) > 4})})$"
        )
        if language.compounds
        else None,
        # the words between are lower case: the flag stays off them (a negated class ignores case too)
        after_determiner=lazy_compile(
            rf"(?<!\w)(?:(?i:{words(_noun_openers(language))})\s+"
            rf"(?:[^\W\d_{UPPER}][\w-]*\s+){{0,2}}"
            # or a role's link and its adjectives: "Minister für auswärtige und europäische Angelegenheiten X Y"
            rf"|(?:{words(_noun_links(language)) or NOTHING})\s+(?:[^\W\d_{UPPER}][\w-]*\s+){{1,3}})$"
        )
        if language.capitalised_nouns and language.determiners
        else None,
        noun_openers=frozenset(fold(w) for w in (*language.determiners, *language.possessives, *language.no_name_after))
        if language.capitalised_nouns
        else frozenset(),
        joined_end=lazy_compile(
            rf"(?<!\w)(?:{alternation(language.counterpart_words)})\s*$",
            re.I,
            words_at_end=_most_words(language.counterpart_words),
        ),
        # the comma may be glued to the word before it: one word more
        closing_comma=lazy_compile(
            rf",\s*(?:(?:{alternation(language.counterpart_words)})\s+)?$",
            re.I,
            words_at_end=1 + _most_words(language.counterpart_words),
        ),
        leading_determiner=lazy_compile(rf"(?:{determiners})(?:\s+|(?<=['’]))", re.I) if language.determiners else None,
        no_name_lead_in=lazy_compile(
            # on the name's own line: an article that ends a line above is a label's ("À la une")
            rf"(?<!\w)(?:{words(language.no_name_after)})(?:[^\S\n]+|(?<=['’]))$",
            re.I,
            words_at_end=_most_words(language.no_name_after),
        )
        if language.no_name_after
        else None,
        eponym_lead_in=lazy_compile(
            rf"(?<!\w)(?!(?:{words(language.stopwords)})\s)[{LOWER}][\w-]*"
            # the site's own name may stand between: "аэропорту «Ташкент» имени X", "аэропорту города Будапешт им. X"
            rf"(?:\s+[\"«„“]?[{UPPER}][\w-]*[\"»“”]?)?\s+(?:{words(language.eponym_links)})\s*$",
            words_at_end=2 + _most_words(language.eponym_links),
        )
        if language.eponym_links
        else None,
        sole_name_title=lazy_compile(
            rf"(?<![\w-])(?:{words(language.sole_name_titles)})[^\S\n]+$",
            re.I,
            words_at_end=_most_words(language.sole_name_titles),
        )
        if language.sole_name_titles
        else None,
        kin_title=lazy_compile(
            rf"(?<![\w-])(?:(?:{words(language.possessives)})[^\S\n]+|(?P<owner>(?-i:[{UPPER}])[\w-]*['’]s[^\S\n]+))"
            rf"(?P<kin>{words(language.kin_nouns)}),?[^\S\n]+$",
            re.I,
            words_at_end=2 + _most_words(language.kin_nouns),
        )
        if language.kin_nouns and language.possessives
        else None,
        sole_name_pair=lazy_compile(
            rf"[^\S\n]+[{LOWER}]+[^\S\n]+(?i:{words(language.sole_name_titles)})[^\S\n]+{CAP_WORD}(?=\s)"
        )
        if language.sole_name_titles
        else None,
        award_lead_in=lazy_compile(
            rf"(?<!\w)(?i:{words(language.award_words)})(?:\s+(?:{CAP_WORD}|(?i:{links})))*\s+$",
            needs=_needed_words(language.award_words),
        )
        if language.award_words
        else None,
        linked_word=lazy_compile(rf"(?<![\w-])([^\W\d_][\w-]*)\s+(?i:{links})\s+$") if language.role_links else None,
        role_plural=lazy_compile(rf"(?<![\w-])(?:{alternation(singulars)})(?![\w-])") if singulars else None,
        singulars=singulars,
        portfolio_after=lazy_compile(
            rf",[^\S\n]*((?:{words(language.role_links)})(?:[^\S\n]+|(?<=['’])){CAP_WORD}"
            rf"(?:[^\S\n]+(?:(?:{words(language.role_links)}|{words(language.list_joiners)})[^\S\n]+)?{CAP_WORD})*)"
            rf"(?=[^\S\n]*[,;.]|[^\S\n]+(?:{words(language.list_joiners)})[^\S\n]|[^\S\n]*$)"
        )
        if language.role_links and language.list_joiners
        else None,
        item_link=lazy_compile(
            rf"(?:(?:{words(language.counterpart_words)})\s+)?(?P<item>(?:{words(language.role_links)})(?:\s|(?<=['’])).*)",
            re.I | re.S,
        )
        if language.role_links
        else None,
        # not a role link that opens on such a word ("with responsibility for Finance")
        joins_another=lazy_compile(
            rf"(?:^|,)\s*{not_a_link}(?:{alternation(language.counterpart_words)})(?!\w)", re.I
        )
        if language.counterpart_words
        else None,
        portfolio_gap=_portfolio_gap(language),
        office_items=_office_items(language),
        office_items_after=_office_items_after(language),
        facility_lead_in=lazy_compile(
            rf"(?<!\w)(?i:{words(sites_and_bodies)})(?:[^\S\n]+(?:{CAP_WORD}|[{LOWER}]+)){{0,3}}[^\S\n]+$",
            words_at_end=_most_words(sites_and_bodies) + 3,
            needs=_needed_words(sites_and_bodies),
        )
        if sites_and_bodies
        else None,
        body_lead_in=lazy_compile(
            rf"(?<!\w)(?i:{words(language.body_words)})(?:[^\S\n]+(?:{CAP_WORD}|[{LOWER}]+)){{0,4}}[^\S\n]+$",
            words_at_end=_most_words(language.body_words) + 4,
            needs=_needed_words(language.body_words),
        )
        if language.body_words
        else None,
        facilities=frozenset(
            fold(w) for w in (*sites_and_bodies, *language.venue_words, *language.chamber_words)
        ),
        office_joiner=lazy_compile(rf"[^\S\n]+(?:{alternation(language.office_joiners)})[^\S\n]+", re.I)
        if language.office_joiners
        else lazy_compile(NOTHING),
        photo_position=lazy_compile(rf"[^\S\n]*\((?:{alternation(language.photo_positions)})\)", re.I)
        if language.photo_positions
        else lazy_compile(NOTHING),
        company_opening=lazy_compile(rf"(?:{alternation(language.company_words)})(?!\w)", re.I)
        if language.company_words
        else lazy_compile(NOTHING),
        sole_title_words=frozenset(fold(t) for t in language.sole_name_titles if " " not in t),
        truncated_compounds=lazy_compile(
            rf"(?<![\w-])(?:[^\W\d_]+-[^\S\n]*,[^\S\n]*)*[^\W\d_]+-[^\S\n]+(?:{words(language.list_joiners)})[^\S\n]+\Z"
        )
        if language.compounds and language.list_joiners
        else None,
        # or the comma alone or "and" alone, when a title of address opens the next name ("composée de M. X,
        # ministre de la Défense, de M. Y, …, et de M. Z"), which no portfolio's item opens on (`_next_item_role`)
        joined_item_end=lazy_compile(
            rf"(?:,\s*(?:(?P<joiner>{alternation(language.counterpart_words)})\s+)?|\s+(?P<bare>"
            rf"{alternation(language.counterpart_words)})\s+)(?P<link>{alternation(language.role_links)})\s*\Z",
            re.I,
        )
        if language.counterpart_words and language.role_links
        else None,
    )


_ELIDED_WORDS = 12  # the most words of "y el de la República Democrática del Congo, " before a name


def _national_office(language: Language, endings: tuple[str, ...]) -> re.Pattern[str] | None:
    """An office of `Language.national_offices` in a folded role, in any case form; where nouns compound, at the end
    of a word too ("bundesaussenministerin")."""
    if not language.national_offices:
        return None
    offices = alternation({fold(o) for o in language.national_offices})
    opening = "" if language.compounds else r"(?<![\w-])"
    return lazy_compile(rf"{opening}(?:{offices})(?:{alternation({*endings, 's'})})?(?![\w-])")


def _territory_keys(language: Language, endings: tuple[str, ...]) -> dict[str, frozenset[str]]:
    """Country names folded, in every case form of their words, and every word of them; in a language whose words
    decline, also the declined names of several words its nationalities hold ("соединенных штатов"), which the case
    endings alone do not reach."""
    declined = (
        {a for a in language.nationalities if " " in a and not any(w in language.stopwords for w in a.split())}
        if language.case_endings
        else set()
    )
    names = (*language.territories, *declined)
    forms = frozenset(" ".join(c) for t in names for c in product(*(stems(w, endings) for w in t.split())))
    return {
        "territories": frozenset(fold(t) for t in names) | forms,
        "territory_words": frozenset(s for t in names for w in t.split() for s in stems(w, endings)),
    }


@lru_cache(maxsize=4096)
def event_key(phrase: str) -> str:
    """An event phrase as `CuePatterns.event_kinds` keys it: one space between words, straight apostrophes (asked
    at every event hit of a text, which repeats its few phrases)."""
    return " ".join(phrase.replace("’", "'").split())


def _event_kinds(language: Language) -> dict[str, str]:
    """Each event phrase → its type; a phrase that two types list goes to the more telling (`EVENT_PRIORITY`)."""
    kinds: dict[str, str] = {}
    for kind in reversed(EVENT_PRIORITY):
        phrases = (*language.event_verbs.get(kind, ()), *(language.visit_frames if kind == "visit" else ()))
        phrases += (*language.departure_verbs, *language.stay_verbs) if kind == "visit" else ()
        phrases += tuple(language.credential_words) if kind == "meeting" else ()
        kinds.update({event_key(p.lower()): kind for p in phrases})
    # a phrase written without its accents, as many sites do ("visite d'Etat", "a recu")
    return {**{_unaccented(p): kind for p, kind in kinds.items()}, **kinds}


class _UnaccentedLetters(dict):
    """Character code → the character folded if it is ASCII or a Latin letter (`fold`), else itself: the table of
    `_unaccented`, each character looked up once (`str.translate` reads it in C)."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        self[code] = folded = fold(char) if char.isascii() or "LATIN" in unicodedata.name(char, "") else char
        return folded


_UNACCENTED_LETTERS = _UnaccentedLetters()


def _unaccented(phrase: str) -> str:
    """The phrase without the accents of its Latin letters (those of other scripts kept: "й" stays)."""
    return phrase.translate(_UNACCENTED_LETTERS)


def _accentless_forms(phrases: tuple[str, ...]) -> set[str]:
    """Each phrase as written, without its accents, and without its first letter's accent only (the capital a
    sentence opens on: "Etaient présents")."""
    return {form for p in phrases for form in (p, _unaccented(p), _unaccented(p[:1]) + p[1:])}


def _cues(language: Language) -> CuePatterns:
    event_kinds = _event_kinds(language)
    # an occasion's words, also without their accents ("A l'occasion du sommet")
    occasions = {form for c in language.occasion_cues for form in (c.lower(), _unaccented(c.lower()))}
    actors = (*language.roles, *language.source_nouns, *language.institution_words)
    referring = (*language.possessives, *language.demonstratives)
    gone_by = words(language.earlier_words)  # adjectives of an occasion before the event
    members = words(_member_forms(language))
    return CuePatterns(
        event_verbs=lazy_compile(rf"(?<!\w)(?=(?P<phrase>{words(event_kinds)})(?!\w))"),
        event_kinds=event_kinds,
        headline_verb_openers=frozenset(phrase.split()[0] for phrase, kind in event_kinds.items() if kind != "other"),
        visit_frames=frozenset(
            k for p in language.visit_frames for k in (event_key(p.lower()), _unaccented(event_key(p.lower())))
        ),
        boilerplate=lazy_compile(rf"^(?:{'|'.join(language.boilerplate)})$", re.I | re.S)
        if language.boilerplate
        else lazy_compile(NOTHING),
        point_tail=lazy_compile(_point_tail(language.point_tails), re.I),
        source_line=lazy_compile(rf"(?:{alternation(language.source_labels)})\s*[:/]", re.I),
        speech=lazy_compile(rf"{starting_words({v.lower() for v in language.speech_verbs})}(?!\w)", memo=True),
        topic=_whole_phrases(language.topic_verbs),
        said=lazy_compile(
            rf"{starting_words({v.lower() for v in (*language.speech_verbs, *language.source_inverted)})}(?!\w)"
        ),
        photo_after=lazy_compile(rf"[^\S\n]*(?:{words(language.photo_words)})(?!\w)", re.I)
        if language.photo_words
        else lazy_compile(NOTHING),
        credit_closing=lazy_compile(
            rf"\((?:[^()\n]*[^\w()\n])?(?:{words(language.photo_words)})(?:[^\w()\n][^()\n]*)?\)[^\S\n]*$", re.I
        )
        if language.photo_words
        else lazy_compile(NOTHING),
        caption=lazy_compile(
            # a cue closed at once marks who is pictured, inside a sentence: "Karl Vogt (Foto) wird …"
            rf"(?:{alternation(language.caption_cues)})(?!\))|\([^()/\n]{{2,40}}/[^()/\n]{{2,40}}\)\s*$", re.I
        ),
        background=lazy_compile(rf"(?<!\w)(?:{words(language.background_cues)})(?!\w)", re.I, memo=True)
        if language.background_cues
        else None,
        earlier=lazy_compile(
            rf"(?<!\w)(?:{words((*language.background_cues, *language.earlier_tense_auxiliaries))})(?!\w)",
            re.I,
            memo=True,
        )
        if language.background_cues or language.earlier_tense_auxiliaries
        else None,
        same_day=lazy_compile(rf"(?<!\w)(?:{words(language.same_day_cues)})(?!\w)", re.I)
        if language.same_day_cues
        else None,
        back_reference=lazy_compile(rf"(?:{words(language.back_references)})(?!\w)", re.I)
        if language.back_references
        else None,
        gathering=_gathering(language),
        talk=lazy_compile(rf"{starting_words(language.talk_stems)}\w*") if language.talk_stems else None,
        readout_talk=lazy_compile(rf"(?:{words(language.readout_talk_verbs)})(?!\w)")
        if language.readout_talk_verbs
        else None,
        audience_talk=lazy_compile(rf"{starting_words(language.audience_talk_stems)}\w*")
        if language.audience_talk_stems
        else None,
        aside=_whole_phrases(language.aside_cues),
        occasion=lazy_compile(rf"{starting_words(occasions)}(?:(?<=['’])[\w-]+)?(?!\w)(?P<gap>(?:[\s'’]+[\w-]+){{0,4}})[\s'’]*$")
        if occasions
        else None,
        occasion_opening=lazy_compile(rf"{starting_words(occasions)}(?=\s)") if occasions else None,
        counterpart_name=lazy_compile(
            rf"(?<!\w)(?i:{words(language.counterpart_words)})\s+[\"«“'‘]?\s*(?=[{UPPER}])"
        )
        if language.counterpart_words
        else None,
        arrival=lazy_compile(
            rf"(?<!\w)(?:{words(language.arrival_links)})\s+(?:(?:{words(language.definite_articles)})\s+)?[A-ZÀ-ÖØ-Þ]"
        )
        if language.arrival_links
        else None,
        statement_verbs=frozenset(v.lower() for v in language.event_verbs.get("statement", ())),
        actor=lazy_compile(rf"(?<![\w-])(?:{words({w.lower() for w in actors})})(?!\w)"),
        referring=lazy_compile(
            rf"(?<!\w)(?:(?:{alternation(referring)})\s+(?:\w+\s+)?|(?:{words(language.definite_articles)})(?:\s+|(?<=['’])))$",
            re.I,
        )
        if referring
        else None,
        upcoming=lazy_compile(rf"(?<!\w)(?:{words(language.upcoming_words)})\s+(?:\w+\s+){{0,2}}$", re.I)
        if language.upcoming_words
        else None,
        coming_after=lazy_compile(
            rf"[^.,;:!?\n]{{0,{_COMING_REACH}}}?(?<!\w)(?:{words(language.coming_times)})(?!\w)", re.I
        )
        if language.coming_times
        else lazy_compile(NOTHING),
        other_item=lazy_compile(rf"\W*(?:{words(language.other_item_openers)})(?!\w)", re.I)
        if language.other_item_openers
        else None,
        denied_verb=lazy_compile(
            rf"(?<!\w)(?:{words(language.verb_negations)})(?:\s+|(?<=['’]))(?:[\w'’-]+\s+){{0,3}}$", re.I
        )
        if language.verb_negations
        else None,
        denial=lazy_compile(rf"(?<!\w)(?P<verb>{words(language.denial_verbs)})(?:[^\S\n]+[\w'’-]+){{0,4}}[^\S\n]+$")
        if language.denial_verbs
        else None,
        negated=lazy_compile(
            rf"(?<!\w)(?:{words(language.negation_words)})(?:\s+|(?<=['’]))"
            rf"(?:(?:{words((*language.determiners, *language.definite_articles))})(?:\s+|(?<=['’])))?$",
            re.I,
        )
        if language.negation_words
        else None,
        undecided_before=lazy_compile(
            rf"(?<!\w)(?:{words({w.lower() for w in language.undecided_before})})(?:\s+|(?<=['’]))"
            rf"(?:[\w'’-]+\s+){{0,2}}$"
        )
        if language.undecided_before
        else None,
        undecided_after=lazy_compile(
            rf"[^,;.!?()\n]{{0,{_UNDECIDED_REACH}}}?"
            rf"(?<!\w)(?:{words({w.lower() for w in language.undecided_after})})(?!\w)"
            # a near future without a day, close after the word: an encounter only announced
            + (
                rf"|[^,;.!?()\n]{{0,{_NEAR_FUTURE_REACH}}}?"
                rf"(?<!\w)(?:{words({w.lower() for w in language.near_future})})(?!\w)"
                if language.near_future
                else ""
            )
        )
        if language.undecided_after
        else None,
        object_start=lazy_compile(
            rf"\s+(?:(?:{words((*language.determiners, *language.possessives))})\s*)?(?P<word>[^\s,.;:]+)", re.I
        ),
        credentials=frozenset(event_key(w.lower()) for w in language.credential_words),
        time_words=frozenset(
            w.lower() for w in (*language.weekdays, *language.relative_days, *language.sentence_adverbs)
        ),
        attendance=frozenset(event_key(w.lower()) for w in language.attendance_verbs),
        inaugurations=frozenset(event_key(w.lower()) for w in language.inauguration_verbs),
        press_object=lazy_compile(
            rf"[^\S\n]+(?:[{LOWER}]+[^\S\n]+){{0,3}}?(?i:{words({p.lower() for p in language.press_gatherings})})(?!\w)"
        )
        if language.press_gatherings
        else None,
        video=frozenset(event_key(w.lower()) for w in language.video_media),
        statement_document=lazy_compile(
            rf"{starting_words({d.lower() for d in language.statement_documents})}(?!\w)"
        )
        if language.statement_documents
        else None,
        sent_document=lazy_compile(
            rf"(?<!\w)(?:{words(v.lower() for v in language.sending_verbs)})(?:,?\s+[\w'’-]+){{0,{_SENT_WORDS}}}?,?\s+"
            rf"(?P<document>{words(d.lower() for d in (*language.statement_documents, *language.wired_documents))})"
            r"(?!\w)"
        )
        if language.sending_verbs and language.statement_documents
        else None,
        sending=lazy_compile(rf"(?<!\w)(?:{words(v.lower() for v in language.sending_verbs)})(?!\w)")
        if language.sending_verbs
        else None,
        issued_document=lazy_compile(
            rf"(?<!\w)(?:{words(d.lower() for d in language.issued_documents)})(?:\s+[\w'’-]+){{0,{_ISSUED_WORDS}}}?"
            rf"\s+(?:{words(w.lower() for w in language.issuing_words)})(?!\w)"
        )
        if language.issued_documents and language.issuing_words
        else None,
        courtesy_call=lazy_compile(
            rf"(?<!\w)(?i:{words(language.courtesy_call_verbs)})[^\S\n]+"
            # the holder's office may open on its article ("called on the Foreign Minister X Y")
            + (rf"(?:(?i:{words(language.definite_articles)})[^\S\n]+)?" if language.definite_articles else "")
            # a holder for a time, by a small word before the office's capitals ("the acting Afghan Prime Minister")
            + (rf"(?:(?:{words(language.office_qualifiers)})[^\S\n]+)?" if language.office_qualifiers else "")
            + rf"(?:(?:{CAP_WORD}[^\S\n]+){{1,{_HOLDER_WORDS}}}?"
            rf"|(?:{CAP_WORD}[^\S\n]+){{0,{_HOLDER_WORDS - 1}}}{CAP_WORD},[^\S\n]+(?:[{LOWER}]\w*[^\S\n]+){{0,2}}"
            # the office alone, written with its capital, then its place ("called on the Governor of Maharashtra X"):
            # a holder's title; an appeal goes to "the governor", or names what it asks for after "to"
            + (rf"|(?=[{UPPER}])(?=[\w-]+(?:[^\S\n]+{CAP_WORD}){{0,1}}[^\S\n]+(?:{words(language.genitive_links)})"
               rf"[^\S\n]+{CAP_WORD}(?:[^\S\n]+{CAP_WORD}){{0,{_HOLDER_WORDS}}}[^\S\n]+(?!(?:{words(language.appeal_links)})"
               rf"[^\S\n])(?:{CAP_WORD}|[{LOWER}])))"
               if language.genitive_links else ")")
            + rf"(?i:{words(language.roles)})(?![\w-])"
            rf"(?!(?:[^\S\n]+{CAP_WORD}){{0,{_HOLDER_WORDS}}},?[^\S\n]+(?:{words(language.appeal_links)})[^\S\n]+[{LOWER}])"
        )
        if language.courtesy_call_verbs and language.appeal_links
        else None,
        courtesy_call_words=tuple(v.lower() for v in language.courtesy_call_verbs),
        compound_gathering=lazy_compile(rf"(?<![\w-])[^\W\d_]{{2,}}?(?:{words(language.gathering_heads)})(?!\w)")
        if language.compounds and language.gathering_heads
        else None,
        gathering_opening=_gathering_opening(language),
        event_frames=_event_frames(language),
        event_frame_particles=tuple(
            sorted({particle for frames in language.event_frames.values() for _, particle in frames})
        ),
        time_gap=lazy_compile(
            rf",?[^\S\n]+(?:[^\W\d_]{{1,4}}[^\S\n]+)?"
            rf"(?:{words({*(d.lower() for d in language.relative_days), *language.weekdays})})"
            r"(?!\w),?(?=[^\S\n])"
        )
        if language.relative_days
        else None,
        airport=lazy_compile(rf"{starting_words({a.lower() for a in language.airport_words})}")
        if language.airport_words
        else None,
        arrival_clause=lazy_compile(
            rf"(?<!\w)(?:{words({c.lower() for c in language.arrival_clauses})})\s+(?:\w+\s+)?"
            rf"(?:{words({v.lower() for v in language.arrival_verbs})})(?!\w)"
        )
        if language.arrival_clauses and language.arrival_verbs
        else None,
        arrival_noun=lazy_compile(rf"{starting_words({a.lower() for a in language.arrival_nouns})}")
        if language.arrival_nouns
        else None,
        dateline_adverbs=frozenset(a.lower() for a in language.dateline_adverbs),
        welcome=_whole_phrases(language.welcome_words),
        caption_verb=_whole_phrases(language.caption_verbs),
        greeting=_whole_phrases(language.greeting_passives),
        greeted=_whole_phrases(language.greeting_actives),
        call_purpose=lazy_compile(
            rf"(?<![\w-])(?:{words(language.call_verbs)})(?!\w)"
            rf"(?![^\S\n]+(?:{words(language.call_verb_blockers) or NOTHING})(?!\w))"
            rf"[^.;:!?\n]{{1,120}}?(?<!\w)(?:{words(language.call_purpose_links)})"
            rf"(?:[^\S\n]+[{re.escape(QUOTE_MARKS)}]?[^\W\d]+){{0,4}}[^\S\n]+[{re.escape(QUOTE_MARKS)}]?\Z",
            re.I,
        )
        if language.call_verbs and language.call_purpose_links
        else None,
        honour=_whole_phrases(language.honour_words),
        remembrance=_whole_phrases(language.remembrance_places),
        feeling=_whole_phrases(language.feeling_manners),
        departures=frozenset(event_key(w.lower()) for w in (*language.departure_verbs, *language.stay_verbs)),
        journey_noun=_whole_phrases(language.journey_nouns),
        speech_setting=_whole_phrases(language.speech_settings),
        remarks_setting=_whole_phrases(language.remarks_settings),
        agreement=frozenset(event_key(v.lower()) for v in language.agreement_verbs),
        address=frozenset(event_key(v.lower()) for v in language.address_verbs),
        visit_object=lazy_compile(
            rf"[^\S\n]+(?:(?:{words(language.visit_links)})(?:[^\S\n]+|(?<=['’])))*(?P<word>[^\s,.;:]+)", re.I
        )
        if language.visit_links
        else None,
        visit_host=lazy_compile(rf"(?<!\w)(?:{words(language.visit_host_links)})[^\S\n]+", re.I)
        if language.visit_host_links
        else None,
        member_count=lazy_compile(
            rf"(?<![\w.,])(?:(?P<count>\d{{1,4}})"
            rf"|(?P<word>{words({c.lower() for c in language.count_words}) or NOTHING}))"
            rf"\s+(?:\S+\s+)?(?:{members})(?!\w)"
        )
        if language.gathering_members
        else None,
        country_count=lazy_compile(
            rf"(?<![\w.,])(?:(?P<count>\d{{1,4}})"
            rf"|(?P<word>{words({c.lower() for c in language.count_words}) or NOTHING}))"
            rf"\s+(?:{words(set(language.country_nouns))})(?!\w)"
        )
        if language.country_nouns
        else None,
        members_of=_members_of(language),
        members_everywhere=_members_everywhere(language),
        compound_members=_compound_members(language),
        gathering_body=_gathering_body(language),
        cabinet=_whole_phrases(language.cabinet_bodies),
        gathering_kind_before=lazy_compile(
            rf"(?<!\w)(?:{words({k.lower() for k in language.gathering_kinds})})[^\S\n]+$"
        )
        if language.gathering_kinds
        else None,
        gathering_kind_after=lazy_compile(rf"[^\S\n]+(?:{words({k.lower() for k in language.gathering_kinds})})(?!\w)")
        if language.gathering_kinds
        else None,
        rank=lazy_compile(
            rf"(?<![\w.,])\d{{1,3}}(?:{words({r.lower() for r in language.rank_suffixes})})"
            rf"[^\S\n]+(?:[\w'’-]+[^\S\n]+)?$"
        )
        if language.rank_suffixes
        else None,
        members=lazy_compile(rf"(?<!\w)(?:{members})(?!\w)")
        if language.gathering_members
        else None,
        gone_by_before=lazy_compile(rf"(?<!\w)(?:{gone_by})\s+(?:\w+\s+)?$", re.I) if gone_by else None,
        gone_by_after=lazy_compile(rf"\s+(?:{gone_by})(?!\w)", re.I) if gone_by else None,
        sequel=lazy_compile(rf"(?<!\w)(?:{words(language.sequel_phrases)})(?!\w)", re.I)
        if language.sequel_phrases
        else None,
        meeting_noun=_whole_phrases(language.meeting_nouns),
        reception=frozenset(event_key(v.lower()) for v in language.reception_verbs),
        guest_word=_whole_phrases(language.guest_words),
        envoy_body=_whole_phrases(language.envoy_bodies),
    )


#: how an attribution tail opens (`Language.point_tails`): a comma, maybe, and spaces, before its first word
_TAIL_OPENINGS = (r",?\s+", r",\s+")


def _point_tail(tails: tuple[str, ...]) -> str:
    """The attribution tails as one alternation. When they all open alike, the opening is written once, before
    the alternation: the regex engine then tries it once at each position, not once per tail. As each tail goes
    on with a word, the spaces are the whole run in both forms and the tails are tried in the same order: the
    same match."""
    opening = next((o for o in _TAIL_OPENINGS if tails and all(t.startswith(o) for t in tails)), "")
    rests = "|".join(f"(?:{t[len(opening) :]})" for t in tails)
    return either_apostrophe(f"{opening}(?:{rests})") if tails else NOTHING


def _gathering_opening(language: Language) -> re.Pattern[str] | None:
    """A gathering's noun, maybe ending a compound, then a verb of its opening or closing within its clause, or
    that verb then the noun: "the ministerial council … opened", "beenden … ihre jahrestagung"."""
    if not (language.gathering_nouns and language.gathering_openings):
        return None
    prefix = r"[^\W\d_]*?" if language.compounds else ""
    noun = rf"(?<![\w-]){prefix}(?:{words(language.gathering_nouns)})(?!\w)"
    verb = rf"(?<![\w'’-])(?:{words(language.gathering_openings)})(?!\w)"
    clause = rf"[^.;:!?\n]{{0,{_OPENING_REACH}}}?"
    return lazy_compile(rf"{noun}{clause}{verb}|{verb}{clause}{noun}")


def _event_frames(language: Language) -> re.Pattern[str] | None:
    """An event phrase split around its clause: its finite verb, up to 80 characters of the clause, and the particle
    that closes it ("kommen heute die Minister in Kessel zusammen."); the group named after the event type is the one
    that matched (`lastgroup`)."""
    if not language.event_frames:
        return None
    kinds = []
    for kind, frames in language.event_frames.items():
        by_particle: dict[str, set[str]] = {}
        for verb, particle in frames:
            by_particle.setdefault(particle, set()).add(verb)
        pairs = "|".join(
            rf"(?:{words(verbs)})[^\S\n][^.;:!?\n]{{1,80}}?[^\S\n]{re.escape(particle)}"
            for particle, verbs in by_particle.items()
        )
        kinds.append(rf"(?P<{kind}>(?<!\w)(?:{pairs}))")
    return lazy_compile(rf"(?:{'|'.join(kinds)})(?=[^\S\n]*(?:[,.;:!?\n)]|$))")


def _members_of(language: Language) -> re.Pattern[str] | None:
    """The members of a group followed by their link word, maybe past the rest of their title ("ministers of",
    "heads of state and government of")."""
    if not language.gathering_members or not language.gathering_links:
        return None
    members = words({m.lower() for m in language.gathering_members})
    links = words({w.lower() for w in language.gathering_links})
    return lazy_compile(
        rf"(?<!\w)(?:{members})(?:\s+[\w'’-]+){{0,3}}?\s+(?:{links})(?!\w)"
    )


def _member_forms(language: Language) -> set[str]:
    """The members of a gathering, also without their accents, as many sites write a capital ("12 chefs d'Etat")."""
    return {form(m.lower()) for m in language.gathering_members for form in (str, _unaccented)}


def _members_everywhere(language: Language) -> re.Pattern[str] | None:
    """The members of a group, maybe the last part of a compound ("Außenministerinnen"), then up to three words and
    a phrase of origin from everywhere ("foreign ministers from around the world", "des chefs d'État du monde
    entier")."""
    if not language.gathering_members or not language.everywhere_phrases:
        return None
    head = r"(?<![\w-])[\w-]*?" if language.compounds else r"(?<!\w)"
    members = words(_member_forms(language))
    everywhere = words({p.lower() for p in language.everywhere_phrases})
    return lazy_compile(rf"{head}(?:{members})(?:\s+[\w'’-]+){{0,3}}?\s+(?:{everywhere})(?!\w)")


def _compound_members(language: Language) -> re.Pattern[str] | None:
    """The members of a group as the last part of a compound, maybe followed by their link word past the rest of
    their title ("Außenminister der", "EU-Außenminister"): group `head` holds the compound's first parts."""
    if not language.compounds or not language.gathering_members:
        return None
    members = words({m.lower() for m in language.gathering_members})
    links = words({w.lower() for w in language.gathering_links}) if language.gathering_links else NOTHING
    return lazy_compile(
        rf"(?<![\w-])(?P<head>[\w-]+?)(?:{members})(?!\w)(?:(?:\s+[\w'’-]+){{0,3}}?\s+(?P<link>{links})(?!\w))?"
    )


def _gathering_body(language: Language) -> re.Pattern[str] | None:
    """A body of several members after a meeting noun, past its link word (group `link`, which the noun's phrase may
    hold: "meeting of") and up to four words of its name (group `between`: "of the Ministerial Council", "du Conseil
    de la Ligue", "de l'Union"); the body's noun is capitalised, as a name writes it."""
    if not language.gathering_bodies or not language.gathering_links:
        return None
    links = words({w.lower() for w in language.gathering_links})
    bodies = words(set(language.gathering_bodies))
    return lazy_compile(
        rf"(?:[^\S\n]+(?P<link>(?i:{links})))?(?P<between>(?:[^\S\n]+[^\s,.;:]+?){{0,4}}?)(?:[^\S\n]+|(?<=['’]))"
        rf"(?P<body>{bodies})(?!\w)"
    )


def _gathering(language: Language) -> re.Pattern[str] | None:
    """The members of a gathering after a meeting noun, past its link word (group `link`, which the noun's
    phrase may hold: "meeting of") and up to four words of a group's name or the members' portfolio ("of
    the Lima Group's Foreign Affairs Ministers"); "two" or "both" members make a meeting, not a gathering."""
    if not language.gathering_members:
        return None
    links = words({w.lower() for w in language.gathering_links})
    link = rf"(?:\s+(?P<link>{links}))?" if language.gathering_links else ""
    members = words({m.lower() for m in language.gathering_members})
    pair = words({w.lower() for w in language.pair_words}) if language.pair_words else NOTHING
    return lazy_compile(rf"{link}\s+(?!(?:\S+\s+)?(?:{pair})\s)(?:[\w'’.-]+\s+){{0,4}}?[\w-]*?(?:{members})(?!\w)")


def _label_before_date(labels: tuple[str, ...]) -> re.Pattern[str]:
    """One of the labels, then up to a dozen characters to the end of the text searched: the label closing the text
    before a date on its line ("Mis à jour le ", "Dernière modification : ")."""
    if not labels:
        return lazy_compile(NOTHING)
    return lazy_compile(rf"(?<!\w)(?:{alternation(labels)})(?!\w)[^\n]{{0,12}}$")


def _dates(language: Language) -> DatePatterns:
    # a month by its name, or cut short before a full stop ("07 fév. 2019")
    month = rf"(?:{alternation(language.months)})|(?:{alternation(language.cut_months)})(?=\.)"
    weekday = alternation(language.weekdays)
    suffix = alternation(language.day_suffixes)
    day = rf"(?P<{{}}>[0-3]?\d)(?:{suffix})?\.?"
    year = r"(?P<{}>(?:1[0-9]|20)\d\d)"
    year_end = r"(?:(?!\d)|(?=\d\d?:\d\d(?!\d)))"  # a time may stick to the year: "22 Dezember 201716:39"
    joiner = rf"(?:(?:{alternation(language.date_connectors)})\s+)?"
    # the range's last day may have its weekday too: "von Montag, 5. bis Dienstag, 6. März", "du lundi 5 au mardi 6"
    # a list of days sharing the month is one span from its first day: "les 10, 11 et 12 juillet", "am 10., 11. und 12."
    listed = rf"(?:[^\S\n]*,[^\S\n]*[0-3]?\d(?:{suffix})?\.?(?![\d:h])){{0,5}},?"
    range_start = (
        rf"(?:(?P<d0>[0-3]?\d)(?:{suffix})?\.?{listed}\s*(?:{alternation(language.range_words)})\s*"
        rf"(?:(?:{weekday})\s*,?\s*)?)?"
    )
    # a dash may part the day, the month and the year: "25 - Mars - 2020", "11-Feb-2021"
    dash = r"(?:\s*-)?"
    # a day and its month stand on one line: "NR-207-17" closing a line is no day of the "June 4" under it
    # an abbreviated month's full stop may run into the year: "erstellt am 30.Aug.2017"
    # an abbreviation of "year" may close it: "3 марта 2021 г."
    year_mark = rf"(?:[^\S\n]?(?:{alternation(language.year_marks)}))?" if language.year_marks else ""
    # a comma may part the day from its month when the year follows: "Monday 18, February 2019"
    day_comma = rf"(?:,(?=[^\S\n]*(?:{month})\.?,?[^\S\n]*(?:1[0-9]|20)\d\d(?!\d)))?"
    day_first = (
        rf"{range_start}{day.format('d1')}{day_comma}{dash}[^\S\n]*{joiner}(?P<m1>{month})\.?(?!\w)"
        rf"(?:(?:,|\.(?=\d))?{dash}\s*{joiner}"
        rf"{year.format('y1')}{year_end}{year_mark})?"
    )
    # a slash may part the day from the year: "March 14/ 2023"
    month_first = rf"(?P<m2>{month})\.?[^\S\n]+{day.format('d2')}(?!\d)(?:(?:[,/]|\s)\s*{year.format('y2')}{year_end})?"
    # the date may follow its weekday in brackets: "am Samstag (2. März)", "dimanche (22 mai)"
    weekday_prefix = rf"(?:(?P<wd>{weekday})\s*[,(]?\s*(?:(?:{alternation(language.determiners)})\s+)?)?"
    # A digit or letter first, the boundary check after it: the regex engine can then skip ahead fast.
    numeric = (
        # year first, its parts joined by one mark: "2023-05-09", "2020/11/17", "2019.07.16"
        r"\d(?<![\d./-]\d)\d*(?:(?<=^\d{4})|(?<=\D\d{4}))(?P<isep>[-/.])(?P<im>[01]?\d)(?P=isep)"
        r"(?P<id>[0-3]?\d)(?!\d)|"
        # day first; after a slash only where letters end a signature's initials ("ANP/jl/14/03/2024"), not a number
        # ("Nr. 123/14.03.2024") nor a path's
        r"\d(?<![\d.-]\d)(?<![\W\d_]/\d)\d?"
        r"(?:[./](?P<b>[0-3]?\d)[./](?P<c>(?:19|20)?\d\d)|-(?P<hb>[0-3]?\d)-(?P<hc>(?:19|20)\d\d))"
        # a four-figure year may run into the time after it, when a page's stamp lost its space ("16.11.201809:35")
        r"(?:(?![\d]|[./-]\d)|(?<=19\d\d|20\d\d)(?=(?:[01]\d|2[0-3]):[0-5]\d(?!\d)))|"
        # a day and its month closed by full stops, with no year: "am 29.03." (read after a cue word only)
        r"\d(?<![\d./-]\d)\d?\.(?P<ym>[01]?\d)\.(?![\d.])"
    )
    past = alternation(language.past_markers)
    coming = alternation(language.next_markers) if language.next_markers else NOTHING
    relative_days = {k.replace("’", "'").lower(): v for k, v in language.relative_days.items()}
    relative_months = {" ".join(k.replace("’", "'").lower().split()): v for k, v in language.relative_months.items()}
    reporting = words({verb.lower() for verb in language.source_after})
    invited = bool(language.invited_day_links and language.invitation_verbs)
    return DatePatterns(
        # every date in words names its month, every weekday phrase its day: a text without one is not scanned
        # a rubric may run into the day of the page's stamp when the copy lost its space ("Actualidad19 de noviembre")
        absolute=lazy_compile(
            rf"(?:(?<![\w:]){weekday_prefix}|(?<=[^\W\d_])(?=\d))(?:{day_first}|{month_first})",
            needs=_covering_words([*language.months, *language.cut_months]),
        ),
        numeric=lazy_compile(numeric),
        relative=lazy_compile(rf"(?P<rel>{starting_words(relative_days)})(?!\w)"),
        weekday=lazy_compile(
            rf"(?<!\w)(?:(?P<next0>{coming})\s+|(?P<past0>{past})\s+)?(?P<wd>{weekday})(?!\w)"
            rf"(?:\s+(?P<past>{past})(?!\w)|\s+(?P<next>{coming})(?!\w))?",
            needs=_covering_words(language.weekdays),
        ),
        weekday_bracket=lazy_compile(rf"(?<!\w)(?P<wd>{weekday})[^\S\n]*\([^\S\n]*$"),
        past_after=lazy_compile(rf"\s+(?:{past})(?!\w)"),
        year_mark=lazy_compile(year_mark) if language.year_marks else lazy_compile(NOTHING),
        night_start=lazy_compile(
            rf"(?:{alternation(language.night_openers)})\s+(?P<first>(?:{weekday})(?:\s+[0-3]?\d(?:{suffix})?)?)"
            rf"\s+(?:{alternation(language.night_links)})\s"
        )
        if language.night_openers
        else lazy_compile(NOTHING),
        other_stories=lazy_compile(
            rf"^[^\w\n]{{0,3}}(?:{words(language.other_stories)})(?!\w)(?P<rest>[^\n]*)$", re.M, memo=True
        )
        if language.other_stories
        else lazy_compile(NOTHING),
        # maybe a time of day between the cue and the date: "Published: 10:58 GMT, May 9, 2016"
        publication_cue=lazy_compile(
            rf"(?<!\w)(?:{alternation(language.publication_cues)})(?!\w)"
            rf"(?:[^\n]{{0,4}}\d{{1,2}}[:h.]\d\d(?:[^\S\n]*[^\W\d_]{{1,4}}\.?)?)?[^\n]{{0,12}}$"
        ),
        publication_line=lazy_compile(rf"(?<!\w)(?:{alternation(language.publication_cues)})(?!\w)"),
        update_cue=_label_before_date(language.update_labels),
        edit_cue=_label_before_date(language.edit_labels),
        update_after=lazy_compile(
            rf"[^\w\n]*(?:[0-2]?\d[:h.][0-5]\d[^\w\n]*)?(?:{alternation(language.update_labels)})(?!\w)"
        )
        if language.update_labels
        else lazy_compile(NOTHING),
        # a place, maybe after an aggregator's credit in parentheses, with its country after a comma, in brackets
        # or after a dash, or two places for a dispatch from both ("(MENAFN- KUNA) KUWAIT, ", "Suva [Fiji], ",
        # "APIA, SAMOA – ", "San José/Panamá, "), its region in parentheses ("Tarvel (Valdor) [India], ")
        dateline_before=lazy_compile(
            rf"^(?:\([^\n]{{0,60}}\)\s+)?(?:[\w .,'’\[\]/-]|\([\w .'’-]{{2,30}}\)){{2,50}}?(?:\s[–—]\s*)?,?\s*"
            rf"(?:\(|(?:{alternation(language.determiners)})\s)?$"
        ),
        relative_days=relative_days,
        story_relative_days=frozenset(k.replace("’", "'").lower() for k in language.story_relative_days),
        eve_occasion=lazy_compile(rf"[^\S\n]+(?:{words(w.lower() for w in language.eve_occasions)})(?!\w)")
        if language.eve_occasions
        else lazy_compile(NOTHING),
        future=_future(language),
        future_after=_future(language, language.upcoming_words),
        future_verb=_future(language, linked=True),
        closing_future=lazy_compile(rf"(?<!\w)(?:{words(language.closing_future_markers)})(?!\w)", re.I)
        if language.closing_future_markers
        else lazy_compile(NOTHING),
        closing_past=lazy_compile(rf"(?<!\w)(?:{words(language.closing_past_verbs)})(?!\w)", re.I)
        if language.closing_past_verbs
        else lazy_compile(NOTHING),
        upcoming_next=lazy_compile(rf"(?i:\s+(?:{words(language.upcoming_words)})(?!\w))")
        if language.upcoming_words
        else lazy_compile(NOTHING),
        opening_clause=lazy_compile(rf"(?<!\w)(?:{words(language.opening_clauses)})[^\S\n]+$")
        if language.opening_clauses
        else lazy_compile(NOTHING),
        margin_cue=lazy_compile(rf"(?<!\w)(?:{words(language.margin_cues)})(?!\w)")
        if language.margin_cues
        else lazy_compile(NOTHING),
        range_after=lazy_compile(
            rf"{listed}[^\S\n]*(?:{alternation(language.range_words)})[^\S\n]*[0-3]?\d(?:{suffix})?(?![\d:h])"
        ),
        range_link=lazy_compile(rf"[^\S\n]*,?[^\S\n]*(?:{alternation(language.range_words)})[^\S\n]*,?[^\S\n]*"),
        range_before=lazy_compile(
            rf"(?<![\w.,/-])(?P<d0>[0-3]?\d)(?:{suffix})?\.?[^\S\n]*(?:{alternation(language.range_words)})[^\S\n]*$"
        ),
        reported_before=lazy_compile(rf"(?<!\w)(?:{reporting})\s+(?:\w{{1,4}}\s+)?$"),
        reported_after=lazy_compile(rf"(?:\s+[\w'’]+){{0,2}}\s+(?:{reporting})(?!\w)"),
        verb_before_day=lazy_compile(
            rf"(?<![\w'’-])(?:{words(language.active_auxiliaries)})[^\S\n]+[«\"“]?[^\S\n]*[{LOWER}]+[^\S\n]*[»\"”]?"
            r"[^\S\n]*,[^\S\n]*$"
        )
        if language.active_auxiliaries
        else lazy_compile(NOTHING),
        range_year=lazy_compile(
            rf"{listed}[^\S\n]*(?:{alternation(language.range_words)})[^\S\n]*[0-3]?\d(?:{suffix})?,?[^\S\n]+"
            r"(?P<year>(?:1[0-9]|20)\d\d)(?!\d)"
        ),
        period=lazy_compile(
            rf"(?<![\w.])(?:(?P<month>{month})\.?[^\S\n]+{joiner}"
            + (rf"|(?:{alternation(language.place_prepositions)})[^\S\n]+" if language.place_prepositions else "")
            + r")(?P<year>(?:1[0-9]|20)\d\d)(?![\d.,/:-]\d|\w)"
        ),
        since_before=lazy_compile(rf"(?<!\w)(?:{words(language.since_words)})[^\S\n]+$")
        if language.since_words
        else lazy_compile(NOTHING),
        since_clause=lazy_compile(rf"(?<!\w)(?:{words(language.since_clause_words)})(?!\w)")
        if language.since_clause_words
        else lazy_compile(NOTHING),
        since_year_before=lazy_compile(
            rf"(?<!\w)(?:{words(language.since_year_words)})(?!\w)[^,;:.!?()\n]{{0,{_SINCE_YEAR_REACH}}}$"
        )
        if language.since_year_words
        else lazy_compile(NOTHING),
        document_day_before=lazy_compile(rf"(?<!\w)(?:{words(language.document_day_words)})[^\S\n]+$")
        if language.document_day_words
        else lazy_compile(NOTHING),
        anniversary_before=lazy_compile(
            rf"(?<![\w.])(?P<count>\d{{1,3}})[^\s\d]{{0,8}}[^\S\n]+(?:{words(language.anniversary_words)})\w*"
            r"[^.;!?\n]*$"
        )
        if language.anniversary_words
        else lazy_compile(NOTHING),
        un_assembly_session=lazy_compile(
            rf"(?<![\w.])(?P<count>\d{{1,3}})[^\s\d]{{0,8}}[^\S\n]+(?:{words(language.un_assembly_words)})(?!\w)"
        )
        if language.un_assembly_words
        else lazy_compile(NOTHING),
        noun_day_before=lazy_compile(
            rf"(?<!\w)(?!(?:{words(language.day_of_its_own) or NOTHING})[^\S\n])[^\W\d_]+[^\S\n]+"
            rf"(?:{words(language.noun_day_links)})[^\S\n]+$"
        )
        if language.noun_day_links
        else lazy_compile(NOTHING),
        range_word_after=lazy_compile(rf"[^\S\n]+(?:{alternation(language.range_words)})[^\S\n]"),
        relative_month=lazy_compile(
            rf"(?<![\w:.]){weekday_prefix}(?:(?P<d0>[0-3]?\d)(?:{suffix})?\.?[^\S\n]*"
            rf"(?:{alternation(language.range_words)})[^\S\n]*)?(?P<d>[0-3]?\d)(?:{suffix})?\.?"
            rf"\s+(?P<rel>{words(relative_months)})(?!\w)"
        )
        if relative_months
        else lazy_compile(NOTHING),
        relative_months=relative_months,
        occurred_before=_closing_participle(language.occurrence_participles, language),
        death_word=lazy_compile(rf"(?<![\w'’])(?:{words((*language.death_nouns, *language.death_verbs))})(?![\w'’])")
        if language.death_nouns
        else lazy_compile(NOTHING),
        incident_word=lazy_compile(
            rf"(?<![\w'’])(?:{words(w.lower() for w in language.incident_nouns)})(?![\w'’])"
        )
        if language.incident_nouns
        else lazy_compile(NOTHING),
        vote_word=lazy_compile(rf"(?<![\w'’])(?:{words(w.lower() for w in language.vote_words)})(?![\w'’])")
        if language.vote_words
        else lazy_compile(NOTHING),
        auxiliary=lazy_compile(
            rf"(?<![\w'’-])(?:{words((*language.auxiliaries, *language.active_auxiliaries))})(?![\w'’-])"
        )
        if language.auxiliaries or language.active_auxiliaries
        else lazy_compile(NOTHING),
        after_word=lazy_compile(rf"(?<![\w'’])(?:{words(language.after_words)})(?![\w'’-])")
        if language.after_words
        else lazy_compile(NOTHING),
        scheduled_before=_closing_participle(language.scheduled_participles, language),
        invited_day_link=lazy_compile(rf"(?<!\w)(?:{words(language.invited_day_links)})\s+$")
        if invited
        else lazy_compile(NOTHING),
        invitation_verb=lazy_compile(rf"(?<!\w)(?:{words(language.invitation_verbs)})(?!\w)")
        if invited
        else lazy_compile(NOTHING),
    )


def _closing_participle(participles: tuple[str, ...], language: Language) -> re.Pattern[str]:
    """One of the participles, maybe a determiner after it, closing the text before a day ("survenu le",
    "scheduled for"); nothing when the language lists none."""
    if not participles:
        return lazy_compile(NOTHING)
    return lazy_compile(
        rf"(?<!\w)(?:{words(participles)})[^\S\n]+(?:(?:{alternation(language.determiners)})[^\S\n]+)?$"
    )


def _honorific_keys(language: Language) -> dict[str, frozenset]:
    """Every word of the language's honorifics, folded; those only found inside a title of several words; those
    titles as word tuples; the words a title may be alone; the words of titles written only in capitals ("SAR"); the
    honorifics of plain address."""
    phrases = [tuple(fold(w).rstrip(".") for w in h.split()) for h in language.honorifics]
    alone = {phrase[0] for phrase in phrases if len(phrase) == 1}
    every = {w for phrase in phrases for w in phrase}
    small = {fold(w).rstrip(".") for h in language.honorifics for w in h.split() if not w.isupper()}
    capitals = {fold(h).rstrip(".") for h in language.honorifics if " " not in h and h.replace(".", "").isupper()}
    return {
        "honorific_words": frozenset(every),
        "honorific_parts": frozenset(every - alone),
        "honorific_phrases": frozenset(phrase for phrase in phrases if len(phrase) > 1),
        "lone_honorific_words": frozenset(alone),
        "capital_honorific_words": frozenset(capitals - small),
        "address_words": frozenset(fold(h).rstrip(".") for h in language.address_honorifics),
    }


def _future(language: Language, leaving: tuple[str, ...] = (), linked: bool = False) -> re.Pattern[str]:
    """A future marker, or a lower-case verb with a future ending ("reunirán", "recevra", "s'entretiendra"): never a
    capitalised name that happens to end the same way ("Ankara"). Not the markers `leaving` names. `linked`: a
    marker other than an adjective of what comes next may be followed by a role's link ("aura des entretiens")."""
    left = {word.lower() for word in leaving}
    kept = [marker for marker in language.future_markers if marker.lower() not in left]
    # not a marker that a role's link follows: "was the next to present his credentials", "next to the President"
    links = rf"(?![^\S\n]+(?i:{words(language.role_links)})(?!\w))" if language.role_links else ""
    nexts = {word.lower() for word in language.next_markers} if linked else {word.lower() for word in kept}
    free = [marker for marker in kept if marker.lower() not in nexts]
    guarded = [marker for marker in kept if marker.lower() in nexts]
    alternatives = ([rf"(?i:{words(free)})"] if free else []) + ([rf"(?i:{words(guarded)}){links}"] if guarded else [])
    markers = "|".join(alternatives) or NOTHING
    # maybe after an elided pronoun ("s'entretiendra", "s'ouvriront")
    endings = (
        rf"(?:[{LOWER}][’'])?[{LOWER}]\w{{2,}}(?:{alternation(language.future_endings)})"
        if language.future_endings
        else NOTHING
    )
    return lazy_compile(rf"(?<![\w'’])(?:{markers}|{endings})(?![\w'’])", memo=True)


def is_role_plural(word: str, role_words: frozenset[str], plural_endings: tuple[tuple[str, str], ...]) -> bool:
    """`word` is the plural of one of `role_words` ("ministros", "cancilleres", "Heads" folded)."""
    return any(
        plural and word.endswith(plural) and word[: len(word) - len(plural)] + singular in role_words
        for singular, plural in plural_endings
    )


_OFFICE_ITEM = rf"[{UPPER}][\w'’-]*(?:[^\S\n]+[{UPPER}][\w'’-]*)*"  # "Agricultura", "Derechos Humanos"


def _office_items(language: Language) -> re.Pattern[str] | None:
    """From a role noun to a run that names more of its office: "Ministro Plenipotenciario de " before "Segunda
    Clase", "Ministra de Comercio, " before "Industria", "Titulares de Embajadas y " before "Consulados"; each item
    maybe after its adjectives in small letters (`_item_adjectives`: "für wirtschaftliche " before "Zusammenarbeit")."""
    if not language.role_links or not language.list_joiners:
        return None
    articles = rf"(?:[^\S\n]+(?:{words(language.definite_articles)}))?" if language.definite_articles else ""
    joint = rf"(?:[^\S\n]*,[^\S\n]*|[^\S\n]+(?:{words(language.list_joiners)})[^\S\n]+)"
    item = _office_item(language)
    return lazy_compile(
        rf"(?:[^\S\n]+{CAP_WORD})*[^\S\n]+(?i:{words(language.role_links)}){articles}"
        rf"(?:[^\S\n]+(?P<items>{item}(?:{joint}{item})*)(?P<join>{joint})|[^\S\n]+{_item_adjectives(language)})"
    )


def _item_adjectives(language: Language) -> str:
    """Adjectives in small letters before an office's item, where every noun takes a capital and its adjectives do
    not ("für wirtschaftliche Zusammenarbeit", "für europäische und internationale Angelegenheiten")."""
    if not language.capitalised_nouns:
        return ""
    joiners = rf"(?:[^\S\n]+(?:{words(language.list_joiners)}))?" if language.list_joiners else ""
    return rf"(?:[{LOWER}][\w'’-]*{joiners}[^\S\n]+){{0,2}}"


def _office_item(language: Language) -> str:
    """One item of an office, maybe after its adjectives (`_item_adjectives`): "Agricultura", "Derechos Humanos",
    "nukleare Sicherheit"."""
    return rf"{_item_adjectives(language)}{_OFFICE_ITEM}"


def _office_items_after(language: Language) -> re.Pattern[str] | None:
    """The last items of an office after a run, the last one joined by "and", maybe after an article (", Industria
    y Turismo", ", External Affairs and the Public Service"), each maybe after its adjectives (`_office_item`)."""
    if not language.list_joiners:
        return None
    articles = rf"(?:(?:{words(language.definite_articles)})[^\S\n]+)?" if language.definite_articles else ""
    item = _office_item(language)
    return lazy_compile(
        rf"(?:[^\S\n]*,[^\S\n]*{item})*[^\S\n]+(?:{words(language.list_joiners)})[^\S\n]+{articles}{item}"
    )


def _portfolio_gap(language: Language) -> re.Pattern[str] | None:
    """Two items of a portfolio or more, each opened by a role link and a capitalised word, kept apart by commas
    or a joining word, maybe closed by a comma: "de l'Agriculture, de l'Élevage et de l'Économie rurale "."""
    if not language.role_links or not language.counterpart_words:
        return None
    item = (
        rf"(?:{words(language.role_links)})(?:[^\S\n]+|(?<=['’]))[{UPPER}][\w'’-]*(?:[^\S\n]+[{LOWER}][\w'’-]*)?"
    )
    joiner = rf"(?:[^\S\n]*,[^\S\n]*|[^\S\n]+(?:{words(language.counterpart_words)})[^\S\n]+)"
    return lazy_compile(rf"[^\S\n]*{item}(?:{joiner}{item}){{1,8}}[^\S\n]*,?[^\S\n]*")


def _plurals(language: Language) -> dict[str, str]:
    """Plural → singular of the language's one-word roles and ranks, lower case (`Language.plural_endings`); where
    the roles are listed in every case ("министр", "министра" …), the shortest form, the nominative, is the singular."""
    plurals = {}
    titles = (*language.roles, *language.rank_titles)
    for role in sorted({r.lower() for r in titles if " " not in r}, key=lambda r: (-len(r), r)):
        ending, plural = next(((e, p) for e, p in language.plural_endings if role.endswith(e)), ("", ""))
        if plural:
            plurals[role[: len(role) - len(ending)] + plural] = role
        for ending, plural in language.oblique_plural_endings:  # every case's plural: "заместителей", "министрам"
            if role.endswith(ending):
                plurals[role[: len(role) - len(ending)] + plural] = role
    return plurals


def _earlier_tense(language: Language) -> LazyPattern | None:
    """An auxiliary of an earlier tense, maybe one word, and a participle (`PeoplePatterns.earlier_tense`); neither
    word an article or a link ("avait à ses côtés", "avait des entretiens": the auxiliary is the verb)."""
    if not (language.earlier_tense_auxiliaries and language.earlier_participle_endings):
        return None
    function_words = words(
        (*language.determiners, *language.genitive_links, *language.addressee_words, *language.possessives)
    )
    word = rf"(?!(?:{function_words})(?!\w))[{LOWER}][\w'’-]*"
    participle = rf"{word}(?:{alternation(language.earlier_participle_endings)})(?!\w)"
    return lazy_compile(
        rf"(?<!\w)(?:{words(language.earlier_tense_auxiliaries)})[^\S\n]+(?:{word}[^\S\n]+)?{participle}"
    )


def _makeup_frame(language: Language) -> str:
    """An alternative of the representation cue: a group's noun, at most three words with no clause's end (its
    adjective, a complement, an adverb), then a verb of its make-up ("La délégation sénégalaise comprend", "The
    Chinese delegation was headed by X and included"); empty when the language lists neither."""
    if not (language.delegation_nouns and language.makeup_verbs):
        return ""
    between = r"(?:[^\S\n]+[^\W\d_][\w'’-]*){0,3}?"
    return (
        rf"|(?<!\w)(?:{words(_accentless_forms(language.delegation_nouns))}){between}"
        rf"[^\S\n]+(?:{words(language.makeup_verbs)})(?!\w)"
    )


def _lead_frame(language: Language) -> str:
    """An alternative of the representation cue: a verb of heading and a group's noun, at most three words with no
    clause's end between them (an article, a possessive, an adjective), in either order ("is leading his country's
    delegation", "Российскую делегацию возглавляет"); empty when the language lists neither."""
    if not (language.delegation_nouns and language.lead_verbs):
        return ""
    between = r"(?:[^\S\n]+[^\W\d_][\w'’-]*){0,3}?"
    nouns, verbs = words(_accentless_forms(language.delegation_nouns)), words(language.lead_verbs)
    return (
        rf"|(?<!\w)(?:{verbs}){between}[^\S\n]+(?:{nouns})(?!\w)"
        rf"|(?<!\w)(?:{nouns}){between}[^\S\n]+(?:{verbs})(?!\w)"
    )


def _message_cue(language: Language, addressees: str) -> str:
    """The alternative of a message noun, a few words in small letters after it, none of them an addressee's or an
    agent's link, then a link to its sender ("message écrit de", "greetings and good wishes from"); empty when the
    language lists none."""
    if not language.message_nouns or not language.sender_links:
        return ""
    gap = rf"(?:\s+(?!(?:{addressees})\s)(?-i:[{LOWER}])[\w'’-]*,?){{1,{_MESSAGE_GAP_WORDS}}}"
    return rf"|(?:{words(language.message_nouns)}){gap}\s+(?:{words(language.sender_links)})"


def _placed_in_photo(language: Language) -> re.Pattern[str]:
    """A place in a photo in brackets, maybe after an ordinal ("(links)", "(2. v. r.)"), or one abbreviated in two
    parts or more before a colon ("v.l.n.r.:"), whatever its spaces and capitals (`Language.photo_positions`); not a
    lone capital ("(C)", "(R)"), which a copyright or a trademark writes too."""
    positions = [p for p in language.photo_positions if len(p.rstrip(".")) > 1 or p.endswith(".")]
    if not positions:
        return lazy_compile(NOTHING)
    spaced = {p: r"[^\S\n]+".join(re.escape(w).replace(r"\.", r"\.[^\S\n]*") for w in p.split()) for p in positions}
    listed = [pattern for p, pattern in spaced.items() if p.count(".") > 1]
    bracketed = rf"\([^\S\n]*(?:\d{{1,2}}\.[^\S\n]*)?(?:{'|'.join(sorted(spaced.values()))})[^\S\n]*\)"
    listing = rf"|(?<![\w.])(?:{'|'.join(sorted(listed))})[^\S\n]*:" if listed else ""
    return lazy_compile(bracketed + listing, re.I)


def _people(language: Language) -> PeoplePatterns:
    pronouns = alternation(language.pronouns)
    possessives = alternation(language.possessives)
    # a name after one of these is not the one a mention cue governs: whom a message is for, or who acts
    addressees = words((*language.addressee_words, *language.agent_words)) if language.addressee_words else NOTHING
    articles = words(language.definite_articles) if language.definite_articles else NOTHING
    return PeoplePatterns(
        # a cue opens after a word's end, or is a comma's ("…, сообщил X", "…, teilte X mit")
        mention_cue=lazy_compile(
            rf"(?:(?<!\w)|(?=,))(?:{words(language.mention_cues)}{_message_cue(language, addressees)})"
            rf"\s*(?:(?!(?:{addressees})\s)\S+\s+){{0,6}}$",
            re.I,
        ),
        agent_participle=lazy_compile(rf"[^\S\n]*(?:{words(language.agent_participles)})[^\W\d_]*(?!\w)", re.I)
        if language.agent_participles
        else None,
        # a cue may end in an elided article ("accompagné d'une délégation"), and lose its accents, all of them or
        # its capital's only, as many sites write capitals ("Etaient présents")
        representation=lazy_compile(
            rf"(?<!\w)(?:{words(_accentless_forms(language.representation_cues))})(?:(?<=['’])|(?!\w))"
            # the bracket around its subject may hold a long middle field: "nimmt nach seinem Intermezzo als
            # Kurzzeit-Bundeskanzler der alte und neue Ressortchef X teil", with the stops of a name's initials
            # ("nahmen Carlos R. Y und Z teil") and of a date's ordinal days ("nahm am Gipfeltreffen vom 30. bis 31. Mai
            # teil")
            + "".join(
                rf"|(?<!\w){re.escape(verb)}\s{_FRAME_CHAR}{{1,{_FRAME_REACH}}}?\s{re.escape(particle)}"
                rf"(?=\s*[,.;:!?\n)]|\s*$)"
                for verb, particle in language.representation_frames
            )
            + _makeup_frame(language)
            + _lead_frame(language)
            + "".join(
                rf"|(?<!\w){words(_accentless_forms((opening,)))}(?:[^\S\n]+[^\W\d_][\w'’.-]*){{1,3}}?"
                rf"[^\S\n]+{re.escape(noun)}(?!\w)"
                for opening, noun in (*language.side_frames, *language.presence_frames, *language.company_frames)
            ),
            re.I,
            memo=True,
        )
        if language.representation_cues
        else None,
        # the pronoun may follow a word or two: "Later, he met…", "Anschließend traf er…" (verb second); so may a
        # role after its article: "Posteriormente, el ministro …", "Anschließend traf der Minister …"
        continuation=lazy_compile(
            rf"^\W*(?:(?:\w+\W+){{0,2}}(?:{pronouns})|(?:\w+\s+|\w+,\s+(?={articles})){{0,2}}"
            rf"(?:(?:{articles})\s+)?(?:{words(language.roles)}))(?!\w)",
            re.I,
        ),
        bearer=lazy_compile(rf"(?<!\w)(?:{words(language.message_bearers)})(?!\w)", re.I)
        if language.message_bearers
        else None,
        subject_pronoun=lazy_compile(rf"(?<!\w)(?:{pronouns or NOTHING})(?!\w)", re.I),
        # "his counterpart", "ihren neuen französischen Kollegen": a word or two between, no preposition
        possessive_before=lazy_compile(
            rf"(?<!\w)(?:{possessives})\s+(?:(?!(?:{words(language.counterpart_words)})\s)\w+\s+){{0,2}}$", re.I
        ),
        pair_before=lazy_compile(rf"(?<!\w)(?:{words(language.pair_words)})\s+(?:\w+\s+)?$", re.I)
        if language.pair_words
        else None,
        possessive_event=lazy_compile(rf"(?<!\w)(?:{possessives})\s+(?:\w+\s+){{0,2}}$"),
        former_before=lazy_compile(
            rf"(?<![\w-])(?:{words(language.former_markers)})[\w-]*(?:[^\S\n]+[\w'’-]+){{0,3}}[^\S\n]+$", re.I
        )
        if language.former_markers
        else None,
        bygone_before=lazy_compile(
            rf"(?<![\w-])(?:{words(language.bygone_office_markers)})[\w-]*(?:[^\S\n]+[\w'’-]+){{0,4}}[^\S\n]+$", re.I
        )
        if language.bygone_office_markers
        else None,
        clause_opener=lazy_compile(rf"(?<!\w)(?:{words(language.clause_openers)})(?!\w)", re.I)
        if language.clause_openers
        else None,
        genitive_before=lazy_compile(rf"(?<![\w-])([{LOWER}]{{3,}})\s+(?:{words(language.genitive_links)})\s+$")
        if language.genitive_links
        else None,
        envoy_before=lazy_compile(
            rf"(?<!\w)(?:{words(language.envoy_nouns)})\s+(?:{words(language.genitive_links)})\s+"
            rf"(?:[^\W\d_][\w'’-]*\s+){{0,{_ENVOY_TITLE_WORDS}}}$",
            re.I,
        )
        if language.envoy_nouns and language.genitive_links
        else None,
        long_ago=lazy_compile(rf"(?<!\w)(?:{words(language.long_ago)})(?!\w)", re.I) if language.long_ago else None,
        encounter_infinitive=lazy_compile(
            rf",?[^\S\n]+(?:[^\W\d]+,?[^\S\n]+){{0,3}}?(?:{words(language.encounter_infinitives)})(?!\w)", re.I
        )
        if language.encounter_infinitives
        else None,
        arrival_purpose=lazy_compile(
            rf"(?<!\w)(?:{words(language.arrival_verbs)})(?!\w)[^.;:!?\n]*?(?<!\w)(?:{words(language.purpose_links)})"
            rf"[^\S\n]+(?:{words(language.encounter_infinitives)})(?!\w)",
            re.I,
        )
        if language.arrival_verbs and language.purpose_links and language.encounter_infinitives
        else None,
        earlier_clause=lazy_compile(rf"(?<!\w)(?:{words(language.earlier_clauses)})(?!\w)", re.I)
        if language.earlier_clauses
        else None,
        earlier_tense=_earlier_tense(language),
        death=lazy_compile(rf"(?<!\w)(?:{words(language.death_verbs)})(?!\w)", re.I) if language.death_verbs else None,
        mourned_cue=lazy_compile(rf"(?<!\w)({words(language.mourned_cues)})\s*(?:\S+\s+){{0,6}}$", re.I)
        if language.mourned_cues
        else None,
        letter_closing=lazy_compile(rf"(?<!\w)(?:{words(language.letter_closings)})(?!\w)", re.I)
        if language.letter_closings
        else None,
        absence=lazy_compile(rf"^(?:{words(_accentless_forms(language.absence_verbs))})(?!\w)", re.I)
        if language.absence_verbs
        else None,
        absence_before=lazy_compile(rf"(?<!\w)(?:{words(_accentless_forms(language.absence_before))})(?!\w)", re.I)
        if language.absence_before
        else None,
        list_opener=lazy_compile(rf"^\W*(?:{words(language.list_openers)})(?!\w)", re.I)
        if language.list_openers
        else None,
        list_continuer=lazy_compile(rf"^\W*(?:{words(language.list_continuers)}),", re.I)
        if language.list_continuers
        else None,
        list_continuer_item=lazy_compile(
            rf"^\W*(?:{words(language.list_continuers)}),?\s+(?:{words(language.determiners)})\s", re.I
        )
        if language.list_continuers and language.determiners
        else None,
        clause_verb=lazy_compile(rf"(?<!\w)(?:{words(_clause_verbs(language))})(?!\w)", re.I)
        if _clause_verbs(language)
        else None,
        group_listing=lazy_compile(
            rf"^\W*(?:(?:{words(language.group_prepositions)})\s+)?(?:{words(language.determiners)})\s"
            rf"[^.;:!?\n]{{0,{_GROUP_SUBJECT_CHARS}}}?(?<!\w)(?:{words(language.group_verbs)})(?!\w)",
            re.I,
        )
        if language.group_verbs and language.determiners
        else None,
        group_complement=lazy_compile(
            rf"[^\S\n]+(?:{words(tuple(w for w in language.role_links if ' ' not in w))})(?:[^\S\n]+|(?<=['’]))"
            rf"[{UPPER}][\w'’-]*"
        )
        if language.group_verbs and language.role_links
        else None,
        signatory_agent=lazy_compile(
            rf"(?<!\w)(?:{words(language.signatory_agents)})(?!\w)",
            re.I,
            needs=_needed_words(language.signatory_agents),
        )
        if language.signatory_agents
        else None,
        signatory_verb=lazy_compile(
            rf"(?<!\w)(?:{words(language.signatory_verbs)})(?!\w)",
            re.I,
            needs=_needed_words(language.signatory_verbs),
        )
        if language.signatory_verbs
        else None,
        oath_verb=lazy_compile(
            rf"(?<!\w)(?:{words(language.oath_verbs)})(?!\w)",
            re.I,
            needs=_needed_words(language.oath_verbs),
        )
        if language.oath_verbs
        else None,
        sequence_opener=lazy_compile(rf"^\W*(?:{words(language.sequence_openers)})(?!\w)", re.I)
        if language.sequence_openers
        else None,
        respectively=lazy_compile(
            rf"[^\S\n]*,?[^\S\n]*(?:{words(language.respectively_words)}),?[^\S\n]+",
            re.I,
            needs=_needed_words(language.respectively_words),
        )
        if language.respectively_words
        else None,
        # a comma, or a joining word not followed by a role link ("et conseiller", not "et des Affaires étrangères")
        item_break=lazy_compile(
            rf"[^\S\n]*,[^\S\n]*(?:(?:{words(language.counterpart_words)})[^\S\n]+)?"
            rf"|[^\S\n]+(?:{words(language.counterpart_words)})[^\S\n]+(?!(?:{words(language.role_links)})(?:\s|(?<=['’])))",
            re.I,
        )
        if language.respectively_words
        else None,
        list_joiner=lazy_compile(rf"(?<!\w)(?:{words(language.list_joiners)})(?!\w)")
        if language.list_joiners
        else lazy_compile(NOTHING),
        list_item=lazy_compile(
            rf"\s*(?:,\s*(?:(?:{words(language.role_links)})\s+[^,.;:()\n]{{1,40}},\s*)?)?"
            rf"(?:(?<=\s)(?:{words(language.list_joiners)})\s+)?"
        )
        if language.list_joiners
        else None,
        # the first word ends on a letter: "Presse- und Informationsamt" joins the halves of one compound
        joined_pair=lazy_compile(
            rf"(?<![\w-])([{UPPER}][{LOWER}'’-]*[{LOWER}'’])\s+(?:{words(language.list_joiners)})\s+"
            rf"([{UPPER}][{LOWER}'’-]+)(?![\w-])"
        )
        if language.list_joiners
        else lazy_compile(NOTHING),
        separate_event=lazy_compile(rf"(?<!\w)(?:{words(language.separate_event_adverbs)})(?!\w)", re.I)
        if language.separate_event_adverbs
        else lazy_compile(NOTHING),
        occasion_of=lazy_compile(
            rf"(?<!\w)(?:{words(language.occasion_nouns)})\w*[^.;:!?\n]{{0,40}}?"
            + (rf"\s(?:{words(language.genitive_links)})\s+" if language.genitive_links else r"\s+")
            + rf"(?:(?:{words((*language.determiners, *language.possessives)) or NOTHING})\s+)?(?:[\w.]+\s+)?$",
            re.I,
        )
        if language.occasion_nouns
        else lazy_compile(NOTHING),
        institution_of=lazy_compile(
            rf"(?<![\w-])(?:{words(language.institution_nouns)})(?:\s*,)?\s+(?:"
            + (rf"(?:{words(language.genitive_links)})|" if language.genitive_links else "")
            + rf"(?:{words(language.leader_links) or NOTHING}))"
            + rf"(?:\s+(?:{words(language.determiners) or NOTHING}))?\s+$",
            re.I,
        )
        if language.institution_nouns
        else lazy_compile(NOTHING),
        relative_month=lazy_compile(
            rf"[^\S\n]*,[^\S\n]*(?:{words(language.relative_pronouns)})\s[^,.;:!?()\n]{{0,80}}?(?<!\d)\s"
            rf"(?:{alternation(tuple(m for m in language.months if len(m) > 3))})(?!\w)(?![^\S\n]*\d)",
            re.I,
        )
        if language.relative_pronouns
        else lazy_compile(NOTHING),
        complementizer=lazy_compile(rf"(?<!\w)(?:{words(language.complementizers)})(?!\w)", re.I)
        if language.complementizers
        else lazy_compile(NOTHING),
        active_verb=lazy_compile(
            rf"(?<![\w'’-])(?:{words(language.active_auxiliaries)})[^\S\n]+"
            rf"(?P<passive>(?=[^.;:!?\n]{{0,30}}?(?<!\w)(?:{words(language.passive_participles) or NOTHING})(?!\w)))?"
            rf"[{LOWER}]"
        )
        if language.active_auxiliaries
        else lazy_compile(NOTHING),
        # the words that open a title after a name predicate it too, an elided article glued to the noun ("X en sa
        # qualité d'ambassadeur de …")
        capacity_before=lazy_compile(
            rf"(?<!\w)(?:{words((*language.capacity_words, *language.capacity_links))})(?:[^\S\n]+|(?<=['’]))$", re.I
        )
        if language.capacity_words or language.capacity_links
        else lazy_compile(NOTHING),
        country_item=lazy_compile(
            rf"(?=[^\n]{{0,80}}\Z)(?:(?=[^\n]*?[{UPPER}])(?=[^\n]*?(?:[,;]|\s[-–—]\s))"
            rf"(?:[^\S\n]*(?:[,;]|[-–—](?!\S)|(?<![\w'’])(?:{words(language.item_country_links)})(?![\w'’])|{CAP_WORD})){{1,10}}"
            r"[^\S\n]*"
            # or each name in brackets after its country: "aus A (X), B (Y) und C (Z)"
            rf"|\)(?:[^\S\n]*(?:,|(?<![\w'’])(?:{words(language.item_country_links)})(?![\w'’])|{CAP_WORD})){{1,6}}[^\S\n]*\("
            # or whatever an item says after its name, up to the semicolon that opens the next ("…, Y ayant la
            # résidence à Kampala ; Z de …")
            r"|[^\n.;!?]*;[^\S\n]*)"
        )
        if language.item_country_links
        else lazy_compile(NOTHING),
        council_titles=frozenset(fold(title) for title in language.council_titles),
        placed_in_photo=_placed_in_photo(language),
    )


_ABBREVIATION = 3  # letters of a month's short name ("Mar", "Dec"), which a place's name may begin with
_RELATIVE_CLAUSE = 160  # characters of a relative clause of place where its verb of holding or event is looked for

def _implied_capital(language: Language) -> re.Pattern[str]:
    """A capital named by its country's adjective alone (`Language.capital_phrases`): "dans la capitale
    sénégalaise", "en la capital peruana", "in der kenianischen Hauptstadt" (with a name after it, "… Hauptstadt
    Nairobi", `after_preposition` reads that name first)."""
    if not language.capital_phrases or not language.nationalities:
        return lazy_compile(NOTHING)
    adjective = rf"(?P<adjective>{words(language.nationalities)})(?!\w)"
    if language.adjectives_follow_nouns:
        phrase = rf"(?i:{words(language.capital_phrases)})\s+{adjective}"
    else:
        heads = {p.rsplit(" ", 1)[0] for p in language.capital_phrases}
        nouns = {p.rsplit(" ", 1)[-1] for p in language.capital_phrases}
        phrase = rf"(?i:{words(heads)})\s+{adjective}\s+(?i:{words(nouns)})"
    return lazy_compile(rf"(?<!\w){phrase}(?!\w)")


def _implied_country(language: Language) -> re.Pattern[str]:
    """A country named by its adjective after a noun of its soil (`Language.land_phrases`): "en terre
    mauritanienne", "a foulé le sol guinéen"; the adjective in any case, as pages write it ("en terre
    Mauritanienne")."""
    if not language.land_phrases or not language.nationalities or not language.adjectives_follow_nouns:
        return lazy_compile(NOTHING)
    adjective = rf"(?P<adjective>{words(language.nationalities)})"
    return lazy_compile(rf"(?<!\w)(?i:{words(language.land_phrases)}\s+{adjective})(?!\w)")


def _article_words(language: Language) -> str:
    """The alternation of the language's articles, contractions and place prepositions ("der", "am", "im")."""
    return words((*language.definite_articles, *language.article_contractions, *language.place_prepositions))


def _stay(language: Language) -> re.Pattern[str]:
    """`PlacePatterns.stay`: each verb of being somewhere split before its preposition, where an adverb of time may
    stand ("is currently in"), then an article maybe and the place's capitalised run."""
    if not language.stay_verbs:
        return lazy_compile(NOTHING)
    adverb = rf"(?:[^\S\n]+(?:{words(language.stay_adverbs)}))?" if language.stay_adverbs else ""
    split = [verb.rpartition(" ") for verb in language.stay_verbs]
    verbs = "|".join(rf"{words([head])}{adverb}[^\S\n]+{words([preposition])}" for head, _, preposition in split)
    article = rf"(?:(?:{words(language.definite_articles)})[^\S\n]+)?" if language.definite_articles else ""
    # a particle written against a later word of the place's name ("Côte d'Ivoire")
    elided = rf"(?:{words(language.elided_particles)})?" if language.elided_particles else ""
    return lazy_compile(
        rf"(?<!\w)(?i:{verbs})[^\S\n]+{article}(?P<place>{CAP_WORD}(?:[^\S\n]+{elided}{CAP_WORD}){{0,2}})"
    )


def _journey_end(language: Language) -> re.Pattern[str]:
    """`PlacePatterns.journey_end`: a verb of leaving and, in its clause, a link toward where the journey goes, or a
    phrase of destination alone; then the place's capitalised run, of three words at most."""
    links = []
    if language.departure_verbs and language.departure_links:
        reach = rf"[^.;:!?\n]{{0,{_DEPARTURE_REACH}}}?"
        links.append(rf"(?i:{words(language.departure_verbs)})(?!\w){reach}\s(?:{words(language.departure_links)})")
    if language.destination_phrases:
        links.append(rf"(?<!\w)(?i:{words(language.destination_phrases)})")
    if not links:
        return lazy_compile(NOTHING)
    run = r"[^\W\d_][^\s,.;:()]*(?:[^\S\n]+[^\W\d_][^\s,.;:()]*){0,2}"
    return lazy_compile(rf"(?:{'|'.join(links)})(?:[^\S\n]+|(?<=['’]))(?P<place>{run})")


def _visited_site(language: Language, place: str) -> re.Pattern[str]:
    """`PlacePatterns.visited_site`: a verb of a visit made, at most three lower-case words or a weekday, or further in
    its clause a definite article, then the place's capitalised run (`place`)."""
    if not language.site_visit_verbs:
        return lazy_compile(NOTHING)
    day = rf"(?i:{words(language.weekdays)})(?!\w)"
    gaps = [rf"(?:[^\S\n]+(?:[{LOWER}\d][\w'’.]*?|{day})){{0,3}}?(?:[^\S\n]+|(?<=['’]))(?!{day})"]
    if language.definite_articles:
        # the first capitalised run after a definite article further in its clause ("besuchte gemeinsam mit dem
        # Botschafter, Dr. X, am Donnerstag die Villa Europa")
        gaps.append(rf"[^!?;:\n]{{1,{_SITE_REACH}}}?[^\S\n](?:{words(language.definite_articles)})[^\S\n]+")
    return lazy_compile(
        rf"(?<!\w)(?:{words(language.site_visit_verbs)})(?!\w)(?:{'|'.join(gaps)})(?P<place>{place})"
    )


def _inverted_subject(language: Language) -> str:
    """Where a verb may come before its subject: an optional subject right after a verb of saying, a pronoun or a
    run of up to four capitalised words, maybe after a definite article ("sagte er", "erklärte Außenminister
    Steinmeier", "sagte der SPD-Politiker"), before the day and the place that tell where it was said; nothing
    elsewhere."""
    if not language.subject_after_verb:
        return ""
    pronoun = rf"(?i:{words(language.pronouns)})|" if language.pronouns else ""
    article = rf"(?:(?:{words(language.definite_articles)})[^\S\n]+)?" if language.definite_articles else ""
    return rf"(?:[^\S\n]+(?:{pronoun}{article}{CAP_WORD}(?:[^\S\n]+{CAP_WORD}){{0,3}}))?"


def _places(language: Language) -> PlacePatterns:
    months = words(m.lower() for m in language.months)
    links = rf"(?:(?:{words(language.role_links)})\s*)?"
    # a lower-case venue noun may close the name it completes ("the GCC headquarters")
    trailing_nouns = words(language.trailing_venue_nouns)
    trailing = rf"(?:[^\S\n]+(?:{trailing_nouns})(?!\w))?" if language.trailing_venue_nouns else ""
    # a venue's name whose noun takes a lower-case complement ("au Palais du peuple", "au Palais de la nation"): the
    # complement is part of the name, not where it ends
    genitive = words(language.genitive_links)
    article_words = (*language.place_articles, *language.definite_articles)
    place_article = rf"(?:(?:{words(article_words)})(?:(?<=['’])|[^\S\n]+))?" if article_words else ""
    complemented = (
        rf"(?:{CAP_WORD}[^\S\n]+){{0,2}}(?:{words(language.venue_words)})[^\S\n]+(?:{genitive})[^\S\n]+{place_article}"
        rf"(?!(?:{words((*language.stopwords, *article_words))})(?!\w))[{LOWER}][\w-]*(?![\w'’])|"
        if language.venue_words and language.genitive_links
        else ""
    )
    # not opening on a day's or a month's whole name: when, not where ("at his residence on Monday")
    days = [name for name in (*language.weekdays, *language.months) if len(name) > _ABBREVIATION]
    calendar = rf"(?!(?i:{words(days)})(?!\w))" if days else ""
    place = rf"{calendar}(?:{complemented}{CAP_WORD}(?:\s+{links}{CAP_WORD}){{0,3}}{trailing})"
    # a venue's noun may be written in lower case before its name, maybe with an adjective ("au palais de la
    # Marina", "en la residencia presidencial Los Pinos", "im Schloss Bellevue");
    # a preposition that opens a sentence has a capital ("In Luanda, …", "В Хельсинки …")
    lower_venues = {v[0].lower() + v[1:] for v in language.venue_words}
    adjective = rf"(?!(?:{words(language.stopwords)})\s)[{LOWER}]+\s+"
    # the venue's noun may head a chain of lower-case nouns ("au palais de la présidence de la République")
    chain = rf"(?:{links}[{LOWER}][\w'’-]+\s+)?" if language.role_links else ""
    # or an adjective may open it, the name right after its noun ("at her official residence Ganabhaban", "at the
    # presidential palace Bangabhaban"; not "at the official residence in Demak Jaya", nor a part of a venue, "in the
    # banquet hall of the Jubilee House")
    nouns = words(lower_venues)
    venue = (
        rf"(?:{adjective}(?:{nouns})\s+|(?:{nouns})\s+(?:{adjective})?{chain}{links})?"
        if language.venue_words
        else ""
    )
    # where adjectives stand before nouns, they open a venue whose noun is in lower case, and its complement
    # may run on in capitals, or in capitalised adjectives and a noun ("в представительском зале Кремля", "в
    # Александровском зале Большого Кремлевского дворца", "в Международном выставочном центре")
    ending = alternation(language.venue_adjective_endings)
    before_noun = (
        rf"(?:(?!(?:{words(language.stopwords)})\s)[\w-]+{ending}\s+){{1,3}}(?:{words(lower_venues)})(?!\w)"
        rf"(?:(?:\s+[{UPPER}][\w-]*{ending}(?!\w))+\s+[{LOWER}]+|(?:\s+{CAP_WORD}){{1,3}})?|"
        if language.venue_adjective_endings and not language.adjectives_follow_nouns and language.venue_words
        else ""
    )
    # a venue's noun before its name in quotes: "в резиденции «Бочаров ручей»"
    quoted = rf"|(?:{words(lower_venues)})\s+[«“„\"][^«»“”„\"\n]{{1,40}}[»”“\"]" if language.venue_words else ""
    articles = rf"(?:(?:{words(language.place_articles)})\s*)?" if language.place_articles else ""
    # whose venue it is, a word or two ending in a possessive ("the President's residence", "the country's presidential
    # palace")
    possessor = (
        rf"(?:(?:[{UPPER}][\w-]*\s+)?[\w-]+(?:{alternation(language.possessive_endings)})\s+)?"
        if language.possessive_endings
        else ""
    )
    # "in the city of Langfang", "в городе Сочи": the settlement's noun is not its name, nor the adjective of its
    # country before or after it ("in Angolan capital Luanda", "в китайском городе Ханчжоу", "en la capital kazaja,
    # Astaná"); a lower-case adjective of a country may stand before the city itself ("в китайском Ханчжоу", "im
    # finnischen Rovaniemi")
    country_adjective = words({n for n in language.nationalities if n.islower()})
    nationality = rf"(?:{country_adjective})\s+"
    regional = ""  # declined adjectives before a settlement's noun ("in der hessischen Landeshauptstadt Wiesbaden")
    # or any declined adjective before a venue's noun, where the language gives its endings ("im südsteirischen
    # Schloss Seggau", "im historischen Bundeskanzleramt")
    if language.place_adjective_endings and language.venue_words:
        endings = alternation(language.place_adjective_endings)
        declined = rf"(?!(?:{words(language.stopwords)})\s)[{LOWER}][\w-]*(?:{endings})"
        regional = rf"|(?:{declined}\s+){{1,2}}"
        before_venue = rf"(?=[{UPPER}])(?=[\w-]*?(?i:{alternation(language.venue_words)})(?!\w))"
        nationality = rf"(?:(?:{country_adjective})\s+|(?:{declined}\s+){{1,2}}{before_venue})"
    # an airport named after its city, in lower case ("à l'aéroport international de Niamey", "в аэропорту
    # Астаны"): the city is the place (`extract.location` keeps it only when the gazetteer knows it as a city)
    airport = (
        rf"(?:{starting_words({a.lower() for a in language.airport_words})}[\w-]*(?:\s+[{LOWER}][\w'’-]*){{0,3}}?\s+)|"
        if language.airport_words
        else ""
    )
    # where adjectives follow nouns, the country's adjective stands between a settlement's noun and its link ("en la
    # ciudad ecuatoriana de Cuenca", "en la localidad argentina de Ushuaia")
    # and a settlement's own adjectives ("in the southern French city of Nice", "dans la ville côtière de Mombasa")
    described = rf"(?:(?:{words(language.settlement_adjectives)})\s+)?" if language.settlement_adjectives else ""
    following = (
        rf"(?:{country_adjective}|{words(language.settlement_adjectives)})"
        if language.settlement_adjectives
        else rf"(?:{country_adjective})"
    )
    linked_settlements = (
        "|".join(
            rf"{words([noun])}\s+{following}(?:\s+{following})?\s+{words([link])}"
            for noun, link in (phrase.rsplit(" ", 1) for phrase in language.settlement_words if " " in phrase)
        )
        if language.adjectives_follow_nouns and any(n.islower() for n in language.nationalities)
        else ""
    )
    settlement_nouns = (
        f"{linked_settlements}|{words(language.settlement_words)}"
        if linked_settlements
        else words(language.settlement_words)
    )
    settlement = (
        # a whole word, not a compound's head ("im Gemeindehaus" holds no "Gemeinde"); "ville d'" ends on its own
        # after up to three capitalised words: a country's adjective, a sea's name ("the Egyptian Red Sea resort of")
        rf"(?:{airport}{described}(?:(?:{CAP_WORD}\s+){{1,3}}|{nationality}{regional})?{described}"
        rf"(?P<settlement>(?i:{settlement_nouns}))"
        rf"(?:(?<!\w)|(?!\w))"
        rf"(?:\s+(?:{country_adjective}))?,?\s*|{nationality})?"
        if language.settlement_words
        else rf"(?:{airport}{nationality})?"
    )
    # "A Paris depuis jeudi, …": at a line's start or after a sentence's end only, in capitals as written
    opening = (
        rf"|(?:(?<![^\n])|(?<=[.!?»”]\s))(?:{alternation(language.opening_place_prepositions)})"
        if language.opening_place_prepositions
        else ""
    )
    # a whole word, not a word's end ("in Marins Amtssitz" holds no "ins")
    directions = alternation(language.direction_prepositions)
    toward = f"|(?<!\\w)(?P<toward>{directions})" if language.direction_prepositions else ""
    # a preposition that names a place only before a venue ("vor Schloss Bellevue"): `extract.location` checks it
    front = (
        rf"|(?<!\w)(?P<front>{alternation(language.venue_prepositions)})" if language.venue_prepositions else ""
    )
    # a preposition that names a place only before a settlement's noun ("sur l'île de Gorée"): `extract.location`
    # checks it
    onto = (
        rf"|(?<!\w)(?P<onto>{alternation(language.settlement_prepositions)})"
        if language.settlement_prepositions
        else ""
    )
    # an institution's noun, maybe after a capitalised adjective ("Исполнительном комитете"), and a word of its name
    # that is no place preposition and no verb of holding
    seat_noun = rf"(?:[{UPPER}][{LOWER}]+\s+)?(?i:{words(language.institution_seats)})(?!\w)"
    seat_word = rf"(?!(?i:{alternation((*language.place_prepositions, *language.venue_verbs))})(?!\w))[\w-]+"
    seat_at = rf"(?i:{alternation(language.place_prepositions)})"  # the place preposition before the seat or its city
    # a gathering's noun in lower case, maybe after its ordinal, and the link to the name that completes it ("la 51e
    # conférence de Munich"); that name then ends the phrase, before a mark or a short word ("… de Munich sur la
    # sécurité"), or it is a noun's modifier ("the meeting of Commonwealth foreign ministers")
    gathering_noun = (
        rf"(?P<noun>(?:\d+[{LOWER}]{{0,3}}\s+)?[{LOWER}][\w-]+\s+(?:{words(language.role_links)})\s*)?"
        if language.role_links
        else ""
    )
    name_ends = (
        rf"(?(noun)(?=[^\S\n]*(?:[^\w\s]|$|(?i:{words(language.stopwords)})(?!\w))))" if language.role_links else ""
    )
    said_from = (
        lazy_compile(
            rf"(?<!\w)(?i:{alternation(language.speech_place_prepositions)})\s+{articles}(?P<place>{venue}{place})(?!\w)"
        )
        if language.speech_place_prepositions
        else lazy_compile(NOTHING)
    )
    topic_adjective = rf"(?:\s+[{LOWER}][\w-]+)?" if language.adjectives_follow_nouns else ""
    gathering_nouns = [p for p in language.event_verbs.get("conference", ()) if p.isalpha()]
    gathering_subject = (
        lazy_compile(
            rf"(?<!\w)(?:{words(gathering_nouns)})\s+(?:{words(language.subject_links)})\s+"
            rf"[^.,;:!?\n]{{0,{_SUBJECT_CHARS}}}$",
            re.I,
        )
        if gathering_nouns and language.subject_links
        else lazy_compile(NOTHING)
    )
    # an adjective written after an institution's noun or its name ("présidence sénégalaise", "Affaires étrangères"),
    # not a function word or a day ("… des Affaires étrangères mardi")
    not_adjective = words((*language.stopwords, *language.weekdays, *language.months))
    follower = (
        rf"(?:[^\S\n]+(?!(?i:{not_adjective})(?!\w))[{LOWER}][\w-]+)?" if language.adjectives_follow_nouns else ""
    )
    seat_prepositions = alternation(
        (
            *language.place_prepositions,
            *language.spot_prepositions,
            *language.venue_prepositions,
            *language.direction_prepositions,
        )
    )
    return PlacePatterns(
        said_from=said_from,
        after_preposition=lazy_compile(
            rf"(?:(?<!\w)(?i:{alternation(language.place_prepositions)}){opening}{toward}{front}{onto})\s+{articles}{settlement}"
            rf"(?P<place>{before_noun}{venue}{place}{quoted})(?!\w)",
            memo=True,
        ),
        venue_verb=lazy_compile(rf"(?<!\w)(?:{words(language.venue_verbs)})(?!\w)", re.I)
        if language.venue_verbs
        else lazy_compile(NOTHING),
        # at the sentence's start, or after a short clause set off by a comma ("Как писала X, ранее …", "As X reported,
        # earlier …")
        earlier_opener=lazy_compile(
            rf"\s*(?:[^,.;:!?\n]{{1,{_OPENING_CLAUSE}}},\s*)?(?i:{alternation(language.earlier_openers)})(?!\w)"
        )
        if language.earlier_openers
        else lazy_compile(NOTHING),
        later_opener=lazy_compile(
            rf"\s*(?:[^,.;:!?\n]{{1,{_OPENING_CLAUSE}}},\s*)?(?i:{alternation(language.later_openers)})(?!\w)"
        )
        if language.later_openers
        else lazy_compile(NOTHING),
        guest_book=lazy_compile(rf"(?<!\w)(?i:{words(language.guest_books)})(?!\w)")
        if language.guest_books
        else lazy_compile(NOTHING),
        # the gathering's noun may be in lower case, maybe after its ordinal, with its city's name after a link ("en
        # marge de la 51e conférence de Munich")
        margin=lazy_compile(
            rf"(?<!\w)(?i:{alternation(language.margin_cues)})\s+{articles}{gathering_noun}"
            rf"(?P<name>{CAP_WORD}(?:\s+{links}{CAP_WORD}){{0,4}}){name_ends}",
            memo=True,
        )
        if language.margin_cues
        else lazy_compile(NOTHING),
        visit_object=lazy_compile(
            rf"(?<!\w)(?i:{words(language.visit_verbs)})(?:,?[^\S\n]+[{LOWER}\d][\w.-]*){{0,2}}?"
            rf"(?:[^\S\n]+\([^()\n]{{1,30}}\))?,?[^\S\n]+"  # "a regagné mardi après-midi (vers 14h30) Alger"
            rf"(?P<place>{CAP_WORD}(?:[^\S\n]+{CAP_WORD}){{0,2}})"
        )
        if language.visit_verbs
        else lazy_compile(NOTHING),
        visited_site=_visited_site(language, place),
        stay=_stay(language),
        margin_cue=lazy_compile(rf"(?<!\w)(?i:{alternation(language.margin_cues)})(?!\w)", memo=True)
        if language.margin_cues
        else lazy_compile(NOTHING),
        seat_clause=lazy_compile(rf"(?<!\w)(?:{seat_prepositions})(?!\w)", re.I)
        if seat_prepositions
        else lazy_compile(NOTHING),
        venue_part=lazy_compile(
            rf"(?<!\w)(?i:{alternation((*language.place_prepositions, *language.venue_prepositions))})"
            rf"\s+{articles}[{LOWER}][\w'’-]+"
            rf"(?:\s+{links}[{LOWER}][\w'’-]+)?\s+(?:{words(language.role_links)})\s*{articles}(?P<place>{place})(?!\w)"
        )
        if language.role_links and language.venue_words
        else lazy_compile(NOTHING),
        city_adjective=lazy_compile(
            rf"(?<!\w)(?i:{_article_words(language)})"
            rf"[^\S\n]+(?P<city>[{UPPER}][{LOWER}]+)(?:{alternation(language.city_adjective_endings)})[^\S\n]+{CAP_WORD}"
        )
        if language.city_adjective_endings
        else lazy_compile(NOTHING),
        city_institution=lazy_compile(
            rf"(?<![\w-])(?:{CAP_WORD}-)?(?:{alternation(language.city_institution_nouns)})"
            + (
                rf"(?:[^\S\n]+(?:{alternation(language.city_institution_links)}))?"
                if language.city_institution_links
                else ""
            )
            + rf"[^\S\n]+(?P<city>{CAP_WORD})(?!\w)"
        )
        if language.city_institution_nouns
        else lazy_compile(NOTHING),
        # the venue's noun, maybe with an adjective or a complement of one or two links ("au palais de la
        # présidence", "dans son palais du bord de mer"), the second not a place preposition ("… de la présidence en
        # Côte d'Ivoire"); a preposition of venues names one too ("dans")
        unnamed_venue=lazy_compile(
            rf"(?<!\w)(?i:{alternation((*language.place_prepositions, *language.venue_prepositions))})\s+{articles}"
            rf"(?P<place>{possessor}(?:{adjective})?(?:{words(language.unnamed_venues)})"
            rf"(?:\s+(?!(?:{words(language.stopwords)})\s)[{LOWER}]+|\s+(?:{words(language.role_links)})\s*[\w'’-]+"
            rf"(?:\s+(?!(?i:{words(language.place_prepositions)})\s)(?:{words(language.role_links)})\s*[{LOWER}][\w'’-]*)?)?)"
            rf"(?!\w)"
        )
        if language.unnamed_venues
        else lazy_compile(NOTHING),
        institution_seat=lazy_compile(
            rf"(?<!\w)(?i:{alternation(language.place_prepositions)})\s+{articles}"
            rf"(?P<place>(?i:{words(language.institution_seats)}){follower}"
            rf"(?:\s+(?:(?:{words(language.genitive_links)})\s+(?:{words(language.place_articles)})?\s*)?"
            rf"{CAP_WORD}(?:\s+{CAP_WORD}){{0,3}}{follower})?)(?!\w)"
        )
        if language.institution_seats
        else lazy_compile(NOTHING),
        seat_held=lazy_compile(
            rf"(?<!\w){seat_at}\s+{articles}(?P<place>{seat_noun}(?:\s+{seat_word}){{0,4}}?)(?:\s+{seat_at}\s+{CAP_WORD})?"
            rf"\s+(?i:{words(language.venue_verbs)})(?!\w)"
        )
        if language.institution_seats and language.venue_verbs
        else lazy_compile(NOTHING),
        seat_after_held=lazy_compile(
            rf",\s*(?i:{words(language.venue_participles)})\s+{seat_at}\s+{articles}(?P<place>{seat_noun}"
            rf"(?:\s+{seat_word}){{0,4}})(?=[^\S\n]*(?:[^\w\s]|$)|\s+{seat_at}\s)"
        )
        if language.institution_seats and language.venue_participles
        else lazy_compile(NOTHING),
        host_venue=lazy_compile(rf"[^\S\n]+(?i:{words(language.host_venue_phrases)})(?!\w)")
        if language.host_venue_phrases
        else lazy_compile(NOTHING),
        residence=lazy_compile(rf"(?<!\w)(?:{words(w.lower() for w in language.residence_words)}),?\s+$")
        if language.residence_words
        else lazy_compile(NOTHING),
        journey_home=lazy_compile(rf"(?<!\w)(?:{words(w.lower() for w in language.return_words)})\s+$")
        if language.return_words
        else lazy_compile(NOTHING),
        called_off=lazy_compile(rf"(?<!\w)(?:{words(w.lower() for w in language.called_off_journeys)})\s+\w+\s*$")
        if language.called_off_journeys
        else lazy_compile(NOTHING),
        visit_ended=lazy_compile(
            rf"(?<!\w)(?i:{words(language.visit_endings)})(?:[^\S\n]+[\w'’-]+){{0,4}}?[^\S\n]+"
            rf"(?i:{words(language.stay_nouns)})(?!\w)"
        )
        if language.visit_endings and language.stay_nouns
        else lazy_compile(NOTHING),
        departure=lazy_compile(rf"(?i:{words(language.departure_verbs)})(?!\w)")
        if language.departure_verbs
        else lazy_compile(NOTHING),
        journey_end=_journey_end(language),
        month_year=lazy_compile(
            # no day before the month, maybe written with an ordinal's ending or a link ("1er février 2022",
            # "1st March 2022", "15 de febrero de 2022"): a full date is the event's own
            rf"(?<![\d.]\s)(?<!\d\S\s)(?<!\d\S\S\s)(?<!\d\s\w\w\s)(?<!\d\S\s\w\w\s)(?<!\d)(?<![\w.])"
            rf"(?:{words({month.lower() for month in language.months})})"
            r"(?:\s+\w{1,2})?\s+\d{4},?\s+$"
        ),
        month_after=lazy_compile(
            rf",?[^\S\n]+(?:{words(p.lower() for p in language.place_prepositions)})[^\S\n]+"
            rf"(?:{words({month.lower() for month in language.months})})(?!\w)(?![^\S\n]+\d)"
        )
        if language.place_prepositions
        else lazy_compile(NOTHING),
        earlier=lazy_compile(
            rf"(?<!\w)(?:(?:{words(language.earlier_words)})\s+[\w'’-]+|[\w'’-]+\s+(?:{words(language.earlier_words)}))\s+$"
        )
        if language.earlier_words
        else lazy_compile(NOTHING),
        later=lazy_compile(rf"(?<!\w)(?:{words(c.lower() for c in language.later_clauses)})\s+$")
        if language.later_clauses
        else lazy_compile(NOTHING),
        said=lazy_compile(
            rf"(?<!\w)(?i:{words((*language.speech_verbs, *language.source_after))}),?"
            # who said it, where the subject may follow the verb ("sagte Außenminister Steinmeier in Berlin", "sagte
            # er in Moskau")
            f"{_inverted_subject(language)}"
            # its day, maybe after a short word or a demonstrative ("am Montag", "este lunes", "this Monday")
            rf"(?:[^\S\n]+(?:(?:\w{{1,3}}|(?i:{words(language.demonstratives)}))[^\S\n]+)?"
            rf"(?i:{words((*language.weekdays, *language.relative_days))}))?"
            # the day's date written out, alone or set off after its weekday ("заявил сегодня, 8 апреля, в Ереване",
            # "said on April 8 in Geneva", "afirmó hoy, 8 de abril, en Lima")
            rf"(?:,?[^\S\n]+(?:\w{{1,3}}[^\S\n]+)?(?:\d{{1,2}}\.?[^\S\n]+(?:\w{{1,2}}[^\S\n]+)?(?i:{months})"
            rf"|(?i:{months})[^\S\n]+\d{{1,2}}(?!\d))(?!\w)(?:,?[^\S\n]+\d{{4}}(?!\d)(?:[^\S\n]+\w{{1,4}}\.?)?)?)?"
            # the day's date in brackets, maybe after the time of day ("sagte heute (14.07.) in Amman", "heute
            # Abend (3.5.; Ortszeit) in Rom")
            r"(?:(?:[^\S\n]+\w+)?[^\S\n]*\(\d{1,2}[./-]\d{1,2}[./-]?(?:\d{2,4})?(?:[;,][^()\n]{1,16})?\))?"
            # the occasion it was said at ("at a press conference", "en rueda de prensa")
            rf"(?:,?[^\S\n]+(?i:{words(language.speech_occasions)}))?"
            r",?[^\S\n]*$"
            # or that occasion alone, the verb after the place ("At her weekly news briefing here in Islamabad, the
            # spokesperson said"), maybe with the adverb that points to the dateline's place
            + (
                rf"|(?<!\w)(?i:{words(language.speech_occasions)})"
                rf"(?:[^\S\n]+(?i:{words(language.dateline_adverbs)}))?,?[^\S\n]*$"
                if language.speech_occasions and language.dateline_adverbs
                else ""
            )
        )
        if language.speech_verbs
        else lazy_compile(NOTHING),
        residence_after=lazy_compile(rf"[^\S\n]+(?i:{words(language.residence_words)})(?!\w)")
        if language.residence_words and not language.adjectives_follow_nouns
        else lazy_compile(NOTHING),
        said_after=lazy_compile(rf"[^\S\n]+(?:{words(language.source_after)})(?!\w)")
        if language.source_after
        else lazy_compile(NOTHING),
        held_relative=lazy_compile(rf"(?<!\w)(?i:{words(language.thing_relatives)})[^\S\n]+(?:[^\W\d]+[^\S\n]+)?$")
        if language.thing_relatives
        else lazy_compile(NOTHING),
        implied_capital=_implied_capital(language),
        implied_country=_implied_country(language),
        place_relative=lazy_compile(
            rf"(?<![\w-])(?P<place>{venue}{place})[^\S\n]*,[^\S\n]*(?i:{words(language.place_relatives)})(?!\w)"
            rf"(?P<clause>[^.;!?\n]{{0,{_RELATIVE_CLAUSE}}})",
            needs=_covering_words(language.place_relatives),  # a text without "où", "donde" is not scanned
        )
        if language.place_relatives
        else lazy_compile(NOTHING),
        origin=lazy_compile(rf"(?<!\w)(?i:{words(language.origin_prepositions) or NOTHING})(?!\w)"),
        origin_noun=lazy_compile(
            rf"(?<!\w)(?i:{words(language.origin_prepositions) or NOTHING})"
            rf"(?:[^\S\n]+[^\s,.;:!?()]+){{0,{_ORIGIN_WORDS - 1}}}?[^\S\n]+[{LOWER}][\w'’-]*[^\S\n]+$"
        ),
        post=lazy_compile(
            rf"(?<![\w-])(?i:{words((*language.posted_roles, *language.posted_missions))})"
            # held for the time being ("par intérim")
            rf"(?:[^\S\n]+(?i:{words(language.interim_marks) or NOTHING}))?"
            # its nationality after it ("l'ambassadeur français à Rabat")
            rf"(?:[^\S\n]+(?i:{words(language.nationalities) or NOTHING}))?"
            # its country or body, in capitals, maybe with an adjective in lower case inside its name ("de la République
            # islamique d'Iran", "du Secrétaire général des Nations unies"; not a conjunction: "for Afghanistan and Head
            # of UNAMA"), or after a link ("of their countries", "de leurs pays")
            rf"(?:[^\S\n]+{links}{CAP_WORD}"
            rf"(?:[^\S\n]+(?!(?:{words(language.stopwords)})\s)[{LOWER}]+(?=[^\S\n]+{links}{CAP_WORD}))?"
            # the body's adjective of nationality closing its name, and its initials in brackets ("de l'Union
            # européenne (UE) en Haïti")
            rf"(?:[^\S\n]+(?:{words(language.nationalities) or NOTHING})(?![\w'’-]))?(?:[^\S\n]*\([{UPPER}]{{2,8}}\))?"
            # or a body in lower case after a link, maybe elided onto it ("de l'ambassade des États-Unis à …")
            rf"|[^\S\n]+(?:{words(language.role_links) or NOTHING})(?:[^\S\n]+|(?<=['’]))[{LOWER}]+"
            rf"(?:[^\S\n]+[{LOWER}]+)?)*[^\S\n]*$"
        )
        if language.posted_roles
        else lazy_compile(NOTHING),
        venues=frozenset(fold(v) for v in (*language.venue_words, *language.chamber_words)),
        named_venues=frozenset(fold(v) for v in language.named_venue_words),
        rooms=frozenset(fold(r) for r in language.room_words),
        chambers=frozenset(fold(v) for v in language.chamber_words),
        founded_bodies=frozenset(fold(v) for v in language.founded_bodies),
        institutions=frozenset(fold(v) for v in language.institution_words if " " not in v),
        airport=lazy_compile(
            rf"(?<!\w)(?:{alternation({fold(a) for a in language.airport_words}) or NOTHING})", memo=True
        ),
        # maybe with an adjective after it, where adjectives follow nouns ("la crise politique au Bénin")
        gathering_subject=gathering_subject,
        topic_before=lazy_compile(
            rf"(?<!\w)(?:{alternation({t.lower() for t in language.topic_nouns})}){topic_adjective}\s+$"
        ),
        topic_word=lazy_compile(
            rf"(?<!\w)(?:{alternation({t.lower() for t in language.topic_nouns}) or NOTHING})(?!\w)"
        ),
        dateline_rest=lazy_compile(
            # maybe after the city's region or agency between slashes ("MOSCOW /Moscow Region/, March 3") or its country
            # in square brackets ("Tashkent [Uzbekistan], July 16"); an agency between slashes may close it with a full
            # stop before the first sentence ("Ulaanbaatar /MONTSAME/. On March 16, …")
            rf"\s*(?:/[^/\n]{{1,40}}/|\[[^\[\]\n]{{1,40}}\])?\s*(?:[,.]\s*(?:(?:{alternation(language.determiners)})\s+)?\w*\.?\s*\d"
            rf"|\(\w|\s*[-–—])|\s*(?-i:/[{UPPER}][{UPPER}\d&-]{{1,19}}/\.[^\S\n]+[{UPPER}])",
            re.I,
        ),
    )


def _source(language: Language) -> SourcePatterns:
    # a site's domain keeps its dot, which ends no source ("informe lefigaro.fr", "News.Az reports"), and so does an
    # initial ("как сообщил журналистам М. Бочарников")
    tld = r"(?:[a-z]{2,4}|[A-Z][a-z]{1,3})(?!\w|\.\w)"
    # a comma between the capitalised items of a body's portfolio, which a list joiner closes, is the name's own
    # ("Ministerium für Wirtschaft, Verkehr und Technologie", "Ministry of Energy, Mines and Water"); an item may open
    # with a link and close with words in small letters
    # ("ministère des Affaires étrangères, de la Coopération régionale et des Tchadiens de l’étranger")
    item_link = rf"(?:(?:{words(language.role_links)})(?:(?<=['’])|[^\S\n]+))?" if language.role_links else ""
    item = rf"{item_link}[{UPPER}][\w'’-]*(?:[^\S\n]+{item_link}[{LOWER}][\w'’-]*){{0,2}}?"
    portfolio_comma = (
        rf",(?=[^\S\n]+{item}(?:,[^\S\n]+{item})*[^\S\n]+(?:{words(language.list_joiners)})"
        rf"[^\S\n]+{item_link}[{UPPER}])"
        if language.list_joiners
        else NOTHING
    )
    char = rf"(?:[^,.;:!?()\n«»\"“”]|\.(?={tld})|(?<=(?<!\w)[{UPPER}])\.|{portfolio_comma})"
    # the rest of such a portfolio after its first item: ", Verkehr und Technologie"
    portfolio_items = (
        rf"(?:(?:{portfolio_comma}[^\S\n]+{item})+[^\S\n]+(?:{words(language.list_joiners)})[^\S\n]+{item})?"
        if language.list_joiners
        else ""
    )
    phrase = rf"{char}{{2,{_MAX_SOURCE_CHARS}}}?"
    # a source ends at punctuation, a clause, where it says in what it spoke ("la présidence dans un communiqué"),
    # from whom it learned ("apprend KOACI de sources françaises") or a demonstrative's noun phrase ("selon X ces …")
    ends = [NOTHING]
    if language.source_documents:
        ends.append(rf"\s+\w{{1,5}}\s+(?:\w{{1,5}}\s+)?(?i:{words(language.source_documents)})(?!\w)")
    if language.source_learned_from:
        ends.append(rf"\s+(?:{words(language.source_learned_from)})(?!\w)")
    if language.demonstratives:
        ends.append(rf"\s+(?i:{words(language.demonstratives)})\s")
    if language.source_phrase_ends:
        ends.append(rf"\s+(?:{words(language.source_phrase_ends)})(?!\w)")
    if language.source_channels:  # through what it spoke: "indique la présidence sur sa page Facebook"
        ends.append(rf"\s+(?i:{words(language.source_channels)})(?!\w)")
    openers = alternation(language.clause_openers)
    # in what it spoke, between the verb and the source: "…, annonce dans un communiqué la présidence"
    # not a document tied to whose it is: that is the source ("…, précise un communiqué de la présidence")
    # or to its agent, after a participle ("…, indique un communiqué rendu public par le ministère")
    agent = (
        rf"|(?:\s+[{LOWER}]+){{1,3}}\s+(?:{words(language.source_agent_links)})\s"
        if language.source_agent_links
        else ""
    )
    owner = (
        rf"(?!\s+(?i:{words(language.source_document_links)})(?:(?<=['’])|(?!\w)){agent})"
        if language.source_document_links
        else ""
    )
    # or through it: "…, informó a través de un comunicado la oficina de prensa"
    channel = rf"(?i:{words(language.source_channels)})|" if language.source_channels else ""
    in_document = (
        rf"(?:\s+(?:{channel}\w{{1,5}})\s+(?:\w{{1,5}}\s+)?(?i:{words(language.source_documents)})(?!\w){owner})?"
        if language.source_documents
        else ""
    )
    # to whom it was said, between the verb and the source: "…, a précisé à la presse le porte-parole du gouvernement"
    # not a body's head that a link ties to its name ("…, apprend-on auprès du ministère des Affaires étrangères"):
    # that is the source
    hearer_head_end = (
        rf"(?!\s+(?i:{words(language.role_links)})(?:(?<=['’])|\s))" if language.role_links else ""
    )
    hearer = (
        # its noun is no article: in "à la presse" the hearer is the press, not "la" with "presse" the source
        rf"(?:\s+(?i:{words(language.source_hearer_links)})\s+(?:(?i:{words(language.determiners)})\s*)?"
        rf"(?!(?i:{words(language.determiners)})(?!\w))[{LOWER}][\w'’-]*{hearer_head_end})?"
        if language.source_hearer_links and language.determiners
        else ""
    )
    # the same, set off by commas between a subject and its verb, maybe said through it and qualified after it ("the
    # Ministry, in an official statement, said", "La Cancillería, a través de un comunicado, precisó", "Le ministère,
    # dans un communiqué rendu public lundi, a annoncé"), or with no commas when nothing qualifies it ("La présidence à
    # travers un communiqué a publié")
    in_aside = (
        rf"(?:,[^\S\n]*(?:{channel}\w{{1,5}})[^\S\n]+(?:[\w'’-]+[^\S\n]+){{0,2}}(?i:{words(language.source_documents)})"
        rf"(?:[^\S\n]+[\w'’-]+){{0,4}}?,"
        rf"|[^\S\n]+(?:{channel}\w{{1,5}})[^\S\n]+(?:\w{{1,5}}[^\S\n]+)?(?i:{words(language.source_documents)})(?!\w))?"
        if language.source_documents
        else ""
    )
    # what does not open a subject: a word that opens a clause of attribution ("as"), or a cleft ("C'est … qui a
    # annoncé"), whose relative pronoun then stands before the verb; not one that is also an article ("der", "die")
    fronted = (
        rf"|(?:\A|(?<=\n)|(?<=[.!?]\s))(?-i:{words({o.capitalize() for o in language.source_fronted_objects})})[^\S\n]+"
        if language.source_fronted_objects
        else ""
    )
    not_opening = words((*language.source_conjunctions, *language.source_cleft_openers)) or NOTHING
    relatives = set(language.relative_pronouns) - set(language.determiners)
    relative = rf"(?:\s+(?i:{words(relatives)}))?" if relatives else ""
    # a title's abbreviation inside the run: "Secretary of Defense Spokesperson Cmdr. Gary Ross provided …"
    titled = (
        rf"|[{UPPER}](?i:{alternation({a[1:] for a in language.abbreviations if len(a) > 1})})\."
        if language.abbreviations
        else ""
    )
    # the body's acronym in brackets after its name: "the Prime Minister's Office (PMO) tweeted"
    acronym = rf"(?:[^\S\n]+\((?-i:[{UPPER}][{UPPER}0-9&.-]{{1,9}})\))?"
    when = alternation([*language.weekdays, *(k.replace("’", "'").lower() for k in language.relative_days)])
    months = alternation(m for m in language.months if len(m) > 2)
    # a day or a date, maybe after a short word ("samedi", "am Mittwoch", "18 февраля", "on May 3"), maybe then where
    # it was said ("am Freitag in Berlin"): it stands between a source and its verb, and is none
    # maybe with its year: "le 3 mars 2024", "May 3, 2024"
    date = rf"(?:\d{{1,2}}(?:er|\.)?\s+(?:{months})|(?:{months})\s+\d{{1,2}}),?(?:\s+\d{{4}})?"
    day_part = rf"(?:\s+(?:{words(language.day_parts)}))?" if language.day_parts else ""
    # the weekday and its date may be set off by a comma: "в воскресенье, 27 ноября"
    time = rf"(?i:(?:\w{{1,3}}\s+)?(?:(?:{when}){day_part}(?:,?\s+(?:{date}))?|{date})(?!\w))"
    # a day, or the document it spoke in and when, set off by commas between the verb and the source: "…, a indiqué,
    # lundi soir, la présidence", "…, a annoncé, dans un communiqué publié mardi, le ministère"
    in_document_aside = (
        rf"|(?:{channel}\w{{1,5}})\s+(?:\w{{1,5}}\s+)?(?i:{words(language.source_documents)})(?!\w){owner}"
        rf"(?:[^\S\n]+[{LOWER}][\w'’-]*){{0,2}}?(?:\s+{time})?"
        if language.source_documents
        else ""
    )
    aside = rf",[^\S\n]*(?:{time}{in_document_aside})[^\S\n]*,"
    # the place links that close a cue ("сообщили в"), said again after a day that follows the cue
    linked_cues_all = [cue.rsplit(maxsplit=1) for cue in language.source_before if len(cue.split()) > 1]
    linked_cues = [(head, link) for head, link in linked_cues_all if link in language.place_prepositions]
    cue_links = words({link for _, link in linked_cues}) or NOTHING
    linked_heads = words({head for head, _ in linked_cues}) or NOTHING
    quoted_hearer = r"[«“„\"][^«»\"“”„\n]{1,40}[»”“\"]"
    # or unquoted, an outlet's acronym or a site's domain ("как сообщили НТВ в …", "сообщили Накануне.RU в …")
    told_outlet = (
        rf"(?:{quoted_hearer}|(?-i:[{UPPER}]{{2,8}}(?![\w.])|[{UPPER}][\w-]*\.(?:[A-Za-z]{{2,4}}|[{LOWER}]{{2,3}})(?!\w)))"
    )
    # a passive cue said with its day before its agent's link: "was issued today by the Spokesman", "publié lundi par"
    agent_cues = [(head, link) for head, link in linked_cues_all if link in language.source_agent_links]
    agent_heads = words({head for head, _ in agent_cues}) or NOTHING
    agent_links = words({link for _, link in agent_cues}) or NOTHING
    # whom it was told, with no preposition: "как сообщил журналистам X"
    audience = rf"(?:\s+(?:{words(language.source_audiences)}))?" if language.source_audiences else ""
    said_at = rf"(?:\s+(?i:{alternation(language.place_prepositions)})\s+{CAP_WORD}(?:\s+{CAP_WORD})?)?"
    # not the full stop of a lone capital before a name: an honorific's or an initial's ("l'entourage de M. Chirac")
    initial = rf"(?<=(?<![\w.])[{UPPER}]\.)[^\S\n]+[{UPPER}]"
    punctuation = rf"\s*(?:[,;:!?()\n«»\"“”]|\.(?!{tld})(?!{initial})|\s[-–—]\s|$)"
    # the time the source spoke, after it, closes it too ("sagte Regierungssprecher X am Freitagabend.")
    after = words(language.source_after)
    # a verb of saying after it closes it too ("fuentes de la Presidencia han confirmado el encuentro")
    stop = (
        rf"(?={punctuation}|\s+{time}{said_at}(?={punctuation})|\s+(?:{openers})\s|{'|'.join(ends)}"
        rf"|\s+(?:{after})(?!\w))"
    )
    said = rf"\s(?=((?:{after})(?!\w)))"  # where a subject's verb of saying ends: the end of a match
    nouns = words(language.source_nouns)
    compound = r"(?:[^\W\d_]+-?)?" if language.compounds else ""
    outlets = words(language.outlet_words)
    # a link inside a body's name ("Ministry of External Affairs spokesperson X said")
    of = rf"(?:(?:{words(language.role_links)})[^\S\n]+)?" if language.role_links else ""
    # the same, maybe elided onto the next word ("d'Information")
    of_link = rf"(?:(?:{words(language.role_links)})(?:(?<=['’])|[^\S\n]+))?" if language.role_links else ""
    fillers = alternation([*language.source_frame_fillers, *language.weekdays, *language.relative_days]) or NOTHING
    # or, where a subject may follow its verb, the speaker's name before the one told: "sagte Mercier der APA"
    # (a name's words, maybe double-barrelled, not a capitalised noun of a channel: "пишет Telegram-канал ТАСС")
    speaker_after = (
        rf"|(?-i:[{UPPER}][^\W\d_]+(?:-[{UPPER}][^\W\d_]+)?\s+){{1,3}}" if language.subject_after_verb else ""
    )
    phrase_labels = [label for label in language.source_labels if " " in label]
    told_verbs = (
        *language.speech_verbs,
        *language.source_learning_verbs,
        *language.source_giving_verbs,
        *language.source_inverted,
    )
    return SourcePatterns(
        label=lazy_compile(
            # or the label alone on its line, the source on the next: "Herausgeber\n\nEidgenössisches Departement …"
            # or a slash: "Source/Radio Kiskeya"; with its colon it may also close a paragraph's last sentence
            # ("… – подчеркнул губернатор. Источник: Вести Приморье") or follow the time stamp that opens its line
            # ("09:00 27.11.2022 Источник: ТАСС"); a label that opens its line may also be set apart by a dash
            # ("Источник и фото - lenta.ru") or by a space alone before a credit, a site's address or an acronym
            # that ends the line or a slash or a comma begins ("Source http://www.x.gouv.fr, le 8 octobre 2012",
            # "Source LLM / radio Valdor"), not before a word of a sentence or a headline ("Sources said …")
            rf"(?:^\s*|(?:^[^\S\n]*\d[\d\s.:/-]*|[.!?…»”])[^\S\n]+(?=(?:{words(language.source_labels)})[^\S\n]*:))"
            rf"(?:{words(language.source_labels)})(?:\s*:[^\S\n]*\n?|[^\S\n]*/[^\S\n]*|[^\S\n]*\n"
            rf"|[^\S\n]+[-–—][^\S\n]+"
            rf"|[^\S\n]+(?=https?://|www\.|(?-i:[{UPPER}]{{2,}})(?:[^\S\n]*[/,]|[^\S\n]*$)))\s*"
            rf"(?P<src>(?=[\w«\"„“])[^\n]{{2,{_MAX_SOURCE_CHARS}}}?)\s*$",  # a name, not a mark ("Источник: |")
            re.M | re.I,
        ),
        # on its own line, or closing the last sentence's line ("… en fin de mission.... suite de l'article sur X"),
        # maybe after a colon, with the site's address ("La suite sur: https://…") or its name and an ellipsis
        # ("Подробнее читайте на x.ru ...")
        read_more=lazy_compile(
            rf"(?:^|(?<=[.…!?»”]))[^\S\n]*(?:\.{{3}}|…)?[^\S\n]*(?i:{words(language.source_read_more)})"
            rf"[^\S\n]*:?[^\S\n]+(?P<src>https?://\S+|[^\s:][^\n:]{{1,58}}?)[^\S\n]*(?:\.{{3}}|…|[.!])?[^\S\n]*$",
            re.M,
        )
        if language.source_read_more
        else lazy_compile(NOTHING),
        bracket_label=lazy_compile(
            rf"[(\[][^\S\n]*(?:{words(language.source_labels)})[^\S\n]*:[^\S\n]*(?P<src>[^()\[\]\n:]{{2,40}}?)[^\S\n]*[)\]]",
            re.I,
        ),
        phrase_label=lazy_compile(
            rf"^[^\S\n]*(?:{words(phrase_labels)})[^\S\n]+(?P<src>[\w«\"„“][^\n.,;:!?]{{1,58}}?)[^\S\n]*\.?[^\S\n]*$",
            re.M | re.I,
        )
        if phrase_labels
        else lazy_compile(NOTHING),
        # a day may stand after the cue, then its link again ("как сообщили в воскресенье, 27 ноября, в МИД"), and
        # the outlet told, in quotes or by its acronym or domain ("как сообщили «Газете» в пресс-службе"): the source
        # is the body after them
        # a verb that puts its subject after it may follow the cue, singular or plural, as a clause's verb does
        # ("según informaron fuentes del ministerio", "según detalló el Ministerio"): the source is its subject
        before=lazy_compile(
            rf"(?<!\w)(?:{words(language.source_before)}|(?:{linked_heads})\s+{told_outlet}\s+(?:{cue_links})"
            rf"|(?:{agent_heads})\s+{time}\s+(?:{agent_links}))"
            rf"(?:\s+(?:{words(language.source_inverted) or NOTHING})(?!\w))?"
            rf"(?:\s+{time},?(?:\s+(?:{cue_links}))?)?{audience}\s+(?P<src>{phrase}){stop}",
            re.I,
            memo=True,  # asked again about each sentence for every mention that may be credited there
        ),
        # a day may stand between the verb and the source: "…, ont indiqué vendredi les services du Premier ministre",
        # and the document it spoke in ("…, a indiqué lundi dans une note le ministère"); the comma may close a quote
        # before its mark ("… Singapore," said X); a dash may follow the quote, with its comma or none ("«…», — пишет
        # РИА Новости", "«…» — пишет …")
        inverted=lazy_compile(
            # or a closing guillemet or curly quote alone before the verb: "«…» reseñó la Prensa Presidencial"
            # or a pronoun for what was said, opening its sentence: "Das meldete die Agentur"
            rf"(?:,[\"”’]?\s*(?:[-–—][^\S\n]*)?|[»\"”],?[^\S\n]*[-–—][^\S\n]*|[»”][^\S\n]+{fronted})"
            rf"(?:{words(language.source_inverted)})(?:(?:\s+{time})?{in_document}(?:\s+{time})?|{aside}){hearer}\s+"
            rf"(?P<src>{phrase}){stop}",
            re.I,
        ),
        framed=lazy_compile(
            # maybe with a name set off by commas: "teilte der Sprecher des Weißen Hauses, Sean Spicer, am Freitag mit"
            rf"(?<!\w)(?:{_framed_verbs(language)})\s+(?!(?:{fillers})(?!\w))"
            rf"(?P<src>{phrase}(?:,[^\S\n]*(?-i:{CAP_WORD})(?:[^\S\n]+(?-i:{CAP_WORD})){{0,3}},)?)"
            rf"(?:\s+(?:{fillers})(?!\w)[^,.;:!?()\n]{{0,60}}?)?\s+(?:{_framed_particles(language)})"
            rf"(?=\s*[,.;:!?\n]|\s*$)",
            re.I,
        )
        if language.source_framed
        else lazy_compile(NOTHING),
        # a capitalised run, a source noun maybe inside it ("State Department spokesperson Ned Miller said")
        subject=lazy_compile(
            rf"(?<![\w'’&-])(?!(?i:{not_opening})\s)"
            rf"(?P<src>(?:(?:[{UPPER}][\w'’&-]*|(?i:{nouns}){titled})[^\S\n]+{of}){{0,5}}"
            rf"[{UPPER}][\w'’&-]*(?:\.{tld})?{acronym})"
            # where it was said may stand alone before the verb: "wie Sprecher X auf Twitter schreibt"
            rf"{in_aside}(?:\s+{time}{said_at}|{said_at})?{relative}\s+(?:{after})(?!\w)",
            anchor=said,
            max_chars=_MAX_SUBJECT_CHARS,
        ),
        # a source noun, maybe with a short complement ("le ministère des Affaires étrangères a annoncé")
        noun_subject=lazy_compile(
            rf"(?<![\w'’-])(?!(?:{not_opening})\s)"
            rf"(?P<src>(?:(?:{words(language.determiners)})[^\S\n]+)?(?:[\w'’-]+[^\S\n]+){{0,2}}"
            # the noun may end a compound ("Bundesministerium"), and its portfolio list its items ("für Bildung,
            # Kultur und Sport")
            # a title's abbreviation may stand among them: "le cabinet de M. Marin"
            rf"{compound}(?:{nouns})(?:[^\S\n]+(?:[\w'’-]+|[{UPPER}]\w{{0,2}}\.)){{0,5}}?{portfolio_items}{acronym}"
            # the outlet's name in quotes after its noun: "wie die Zeitung „Die Welt“ berichtet"
            rf"(?:[^\S\n]+[«“„\"][^«»\"“”„\n]{{1,40}}[»\"”“])?"
            # a name set off by commas after it: "La porte-parole de la Maison Blanche, Karoline Leavitt, a annoncé"
            rf"(?:,[^\S\n]*(?-i:{CAP_WORD})(?:[^\S\n]+(?-i:{CAP_WORD})){{0,3}}(?=,))?){in_aside},?(?:\s+{time}{said_at})?{relative}\s+"
            rf"(?:{after})(?!\w)",
            re.I,
            anchor=said,
            max_chars=_MAX_SUBJECT_CHARS,
        ),
        # a subject before a verb and its particle ("Das Auswärtige Amt teilte am Montag mit")
        framed_subject=lazy_compile(
            rf"(?<![\w'’&-])(?P<src>(?:[A-Z][\w'’&-]*[^\S\n]+){{0,4}}[A-Z][\w'’&-]*)\s+"
            rf"(?:{_framed_verbs(language)})"
            rf"(?:\s+(?:{fillers})(?!\w)[^,.;:!?()\n]{{0,40}}?)?\s+(?:{_framed_particles(language)})"
            rf"(?=\s*[,.;:!?\n]|\s*$)"
        )
        if language.source_framed
        else lazy_compile(NOTHING),
        # at the head of a line, or after the date stamp that opens it ("mardi 29 janvier 2008 par …"), by a label
        # or a written cue ("Written By: PSCU"); a site's domain may open a longer line ("Rédigé par x.net le …")
        byline=lazy_compile(
            # after the date stamp, maybe a bar: "11.11.2025 | von Departement …"
            rf"^(?:[^\n]{{0,40}}?\d{{4}}[^\S\n]+(?:[|·][^\S\n]*)?)?"
            rf"(?i:{alternation((*language.byline_labels, *(c for c in BYLINE_CUES.split('|') if ' ' in c)))})"
            # a filler may be set apart from the outlet by a slash or a bar ("Autor: Redacción / X")
            rf"(?:\s*:)?\s+(?:(?:{alternation(language.byline_fillers)})(?:\s*(?P<apart>[/|]))?\s+)?"
            # or an agency that writes its name in lower case, alone after the label ("von dpa"); the outlet ends at
            # a bar that opens the line's date ("X | Publicado: 1 de octubre de 2024")
            rf"(?P<src>[A-Z][^\n|]{{1,60}}?(?=[^\S\n]+\|[^\n]*\d{{4}})|[A-Z][^\n]{{1,60}}$"
            rf"|[\w-]+\.[a-z]{{2,4}}(?![\w.])|[a-z]{{2,5}}[^\S\n]*$)",
            re.M,
        ),
        #: a short line that names an outlet ("Ammon News -"), by the language's outlet words
        outlet_line=lazy_compile(
            rf"^(?P<src>(?:{CAP_WORD}[^\S\n]+){{1,3}}(?:{outlets})(?:[^\S\n]+{CAP_WORD}){{0,2}}"
            rf"|(?:{outlets})(?:[^\S\n]+{CAP_WORD}){{1,2}})"
            rf"[^\S\n]*(?:[-–—:][^\S\n]*)?$",
            re.M,
        )
        if language.outlet_words
        else lazy_compile(NOTHING),
        # maybe with a number glued on ("Canal26", "Tele13")
        # maybe glued to the name before it, where a capital opens it: "SenewebNews", "AbidjanInfo"
        outlet_word=lazy_compile(rf"(?:(?<!\w)|(?<=[{LOWER}])(?=[{UPPER}]))(?:{outlets})(?![^\W\d_])")
        if language.outlet_words
        else lazy_compile(NOTHING),
        contact_heading=lazy_compile(
            rf"^[^\S\n]*(?:{words(language.source_contact_labels)})[^\S\n]*(?::[^\S\n]*(?P<rest>[^\n]*?))?[^\S\n]*$",
            re.M | re.I,
        )
        if language.source_contact_labels
        else lazy_compile(NOTHING),
        press_document=lazy_compile(rf"(?<![\w-])(?:{words(language.source_press_documents)})(?![\w-])", re.I)
        if language.source_press_documents
        else lazy_compile(NOTHING),
        press_subject=lazy_compile(
            rf"(?<![\w-])(?P<src>(?:[{LOWER}][\w'’-]*[^\S\n]+)?(?i:{words(language.source_press_documents)}))"
            rf"(?:[^\S\n]+[{LOWER}][\w'’-]*){{0,3}}?[^\S\n]+(?:{after})(?!\w)"
        )
        if language.source_press_documents and language.source_after
        else lazy_compile(NOTHING),
        signed_document=lazy_compile(
            rf"(?<![\w-])(?i:{words(language.source_press_documents)})[^\S\n]+"
            rf"(?:{words(language.source_signing_participles)})[^\S\n]+"
            rf"(?:(?:[\w'’]+[^\S\n]+){{0,4}}?(?:{words(language.source_agent_links)})[^\S\n]+"
            rf"|(?:{words(language.source_document_links)})(?:(?<=['’])|[^\S\n]+)|(?=[{UPPER}]))"
            rf"(?P<src>[^\n,;:()«»\"]{{2,80}}?)(?=[^\S\n]*(?:[,;:()\n]|\.(?:\s|$))|$)"
        )
        if language.source_press_documents and language.source_signing_participles and language.source_agent_links
        else lazy_compile(NOTHING),
        # "les services du …"; where nouns are compounded, one that ends a word ("Regierungssprecher")
        source_noun=lazy_compile(rf"(?<!\w){compound}(?:{nouns})s?(?!\w)", re.I),
        # maybe with the speaker's pronoun after the verb, and the quote that opens an outlet's name ("сказал он
        # «Интерфаксу»")
        # a verb of a source too: "confirmó a EFE un portavoz", "a indiqué à l'AFP une source diplomatique"
        told=lazy_compile(
            rf"(?<!\w)(?:{words(told_verbs)})"
            rf"\s+"
            rf"(?:(?:{words(language.pronouns) or NOTHING})\s+{speaker_after})?"
            rf"(?:(?:{words(language.source_hearer_links)})\s*)?"
            rf"(?:(?:{words(language.determiners)})\s*)?[«“„\"]?\s*\Z"
            # or, after a verb of speech, what the agency is, by a source noun: "told state news agency Xinhua", "a
            # déclaré à l'agence officielle APS"
            rf"|(?<!\w)(?:{words(language.speech_verbs)})\s+(?:(?:{words(language.pronouns) or NOTHING})\s+)?"
            rf"(?:(?:{words(language.source_hearer_links)})\s*)?(?:(?:{words(language.determiners)})\s*)?"
            rf"(?:[{LOWER}][\w-]*\s+){{0,2}}(?:{nouns})(?:\s+[{LOWER}][\w-]*)?\s+[«“„\"]?\s*\Z",
            re.I,
        )
        if language.speech_verbs
        else lazy_compile(NOTHING),
        # an agency quoting someone, at most two words of whom it quotes between ("приводит слова Захаровой ТАСС")
        quoting=lazy_compile(
            rf"(?<!\w)(?:{words(language.source_quoting_verbs)})(?:\s+[\w-]+){{0,2}}?\s+[«“„\"]?\Z", re.I
        )
        if language.source_quoting_verbs
        else lazy_compile(NOTHING),
        interview=lazy_compile(
            rf"(?<!\w)(?i:{words(language.source_interview_links)})[^\S\n]+"
            rf"(?:(?i:{words(language.determiners) or NOTHING})(?:(?<=['’])|[^\S\n]+))?"
            # what kind of outlet, before its name, maybe with an adjective after it: "en entrevista con el diario El
            # Heraldo", "à la chaîne francophone X"
            rf"(?:(?:{words(language.source_outlet_kinds) or NOTHING})[^\S\n]+"
            rf"(?:[{LOWER}][\w-]*[^\S\n]+(?={CAP_WORD}))?)?"
            rf"(?:(?:[\w-]+[^\S\n]+){{0,2}}[«“„\"][^\S\n]*(?P<quoted>[^«»“”„\"\n]{{2,40}}?)[^\S\n]*[»”“\"]"
            # a link may join its words: "l'Agence Mauritanienne d'Information", "Agencia de Noticias"
            rf"|(?P<src>{CAP_WORD}(?:[^\S\n]+{of_link}{CAP_WORD}){{0,3}}))"
        )
        if language.source_interview_links
        else lazy_compile(NOTHING),
        interview_link=lazy_compile(
            rf"(?<!\w)(?:{words(language.source_interview_links)})\s+(?:(?:{words(language.determiners)})\s*)?\Z",
            re.I,
        )
        if language.source_interview_links
        else lazy_compile(NOTHING),
        quoted=lazy_compile(rf"[«“„\"][^\S\n]*(?P<src>{CAP_WORD}(?:[^\S\n]+[\w-]+){{0,2}}?)[^\S\n]*[»”“\"]"),
        cue_quote=lazy_compile(rf"(?<!\w)(?:{words(language.source_before)})[^\S\n]+[«“„\"][^\S\n]*\Z", re.I)
        if language.source_before
        else lazy_compile(NOTHING),
        with_credit=lazy_compile(
            # or on a line of its own after the outlet's name: "Le Quotidien avec AFP"
            rf"(?:\(|^(?:[^\S\n]*[^()\n]{{1,40}}?[^\S\n]+)?)[^\S\n]*(?:{words(language.source_with)})\s+"
            rf"(?P<src>[^()\n]{{2,40}}?)[^\S\n]*(?:\)|$)",
            re.I | re.M,
        )
        if language.source_with
        else lazy_compile(NOTHING),
        with_copyright=lazy_compile(
            rf"(?<!\w)(?:{words(language.source_with)})[^\S\n]*\(?[^\S\n]*(?:©|\([cCсС]\))[^\S\n]*\Z", re.I
        )
        if language.source_with
        else lazy_compile(NOTHING),
        anaphor=lazy_compile(rf"(?<!\w)(?:{words(language.source_anaphors)})(?!\w)", re.I)
        if language.source_anaphors
        else lazy_compile(NOTHING),
        own_staff=lazy_compile(rf"(?<!\w)(?:{words(language.source_own_staff)})(?!\w)", re.I)
        if language.source_own_staff
        else lazy_compile(NOTHING),
        datelines=tuple(lazy_compile(p, re.M) for p in language.datelines),
        social=_social(language),
        negation=lazy_compile(rf"(?<!\w)(?:{words(language.source_negations)})(?!\w)", re.I)
        if language.source_negations
        else lazy_compile(NOTHING),
        channel_body=lazy_compile(rf"(?<!\w)(?:{words(language.source_channels)})\s+(?P<src>{phrase}){stop}", re.I)
        if language.source_channels
        else lazy_compile(NOTHING),
        posting=lazy_compile(
            rf"(?<!\w)(?:{words((*language.source_posting_verbs, *language.source_after, *language.source_inverted))})"
            rf"(?!\w)",
            re.I,
        )
        if language.source_posting_verbs
        else lazy_compile(NOTHING),
        receiver=_receiver(language),
        receipt=_receipt(language),
    )


#: the name a receiver has: no mark of a clause or a quotation, at most a few words
_RECEIVER_NAME = r"[^\s,.;:!?()«»\"“”](?:[^,.;:!?()\n«»\"“”]|\.(?=\w)){0,58}?"


def _receiver(language: Language) -> re.Pattern[str]:
    """The outlet or agency a document reached, after the link that ties them (`SourcePatterns.receiver`)."""
    if not language.source_receiver_links:
        return lazy_compile(NOTHING)
    newsroom = (
        rf"(?:{words(language.source_newsroom_links)})(?:(?<=['’])|[^\S\n]+)" if language.source_newsroom_links else ""
    )
    return lazy_compile(
        rf"(?<!\w)(?:{words(language.source_receiver_links)})[^\S\n]+(?P<newsroom>{newsroom})?"
        rf"(?P<src>{_RECEIVER_NAME})(?=[^\S\n]*(?:[,.;:!?\n]|$))",
        re.I,
    )


def _receipt(language: Language) -> re.Pattern[str]:
    """The outlet or agency a relative clause says a document reached (`SourcePatterns.receipt`)."""
    if not (language.source_receipt_relatives and language.source_receipt_verbs):
        return lazy_compile(NOTHING)
    return lazy_compile(
        rf"(?<!\w)(?:{words(language.source_receipt_relatives)})[^\S\n]+(?P<src>{_RECEIVER_NAME})[^\S\n]+"
        rf"(?:{words(language.source_receipt_verbs)})(?!\w)",
        re.I,
    )


def _social(language: Language) -> re.Pattern[str]:
    """A network after a link and at most four words (`SourcePatterns.social`); a name of one letter ("X") only in
    capitals and with no letter, digit or hyphen after it, a longer one in any case, with a case ending maybe
    ("Твиттере"): one of the language's own where it declines, so that a longer word the name only begins is
    none ("в телеграмме главы государства": a telegram, not Telegram)."""
    if not (language.source_social_networks and language.source_social_links):
        return lazy_compile(NOTHING)
    short = [n for n in language.source_social_networks if len(n) == 1]
    long = [n for n in language.source_social_networks if len(n) > 1]
    ending = rf"(?i:{words(language.case_endings)})?" if language.case_endings else r"[^\W\d_]*"
    names = [rf"(?i:{words(long)}){ending}(?![\w-])"] if long else []
    names += [rf"(?:{words(short)})(?![\w-])"] if short else []
    return lazy_compile(
        rf"(?<!\w)(?i:{words(language.source_social_links)})(?:[^\S\n]+[\w'’-]+){{0,4}}?[^\S\n]+[«“„\"]?[^\S\n]*"
        rf"(?P<src>{'|'.join(names)})"
    )


def _headline(language: Language) -> HeadlinePatterns:
    written = [cue for cue in BYLINE_CUES.split("|") if " " in cue]  # "rédigé par", "posted by": not a bare "par"
    cues = rf"(?i:{alternation((*language.publication_cues, *written))})|{alternation(language.byline_labels)}"
    full_date = r"\d{1,2}\.?[^\S\n]*[^\W\d]+\.?,?[^\S\n]+(?:19|20)\d\d|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}[:h]\d\d"
    return HeadlinePatterns(
        stamp=lazy_compile(rf"[^\S\n]+[|–—-]?[^\S\n]*(?:{cues})(?!\w)[^\n]*?(?<!\d)(?:{full_date})(?!\d)[^\n]*$"),
    )
