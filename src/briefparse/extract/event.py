"""Event type: the kind of event the title and the lead report, by the language's verb lists.

Each of the title and the first body sentences votes, weighted by its position, with every event type its words name,
each weighted by how telling the type is; the type with the most weight wins, and in a tie the one a titled brief's
first lead sentence reports as done by its main word (the title's "Visit of the envoy to X" against the lead's "The
governor met the envoy"), then the one first in `EVENT_PRIORITY`. A statement word ("said", "a déclaré") votes only
in a window that names no other event: a leading "said" does not outvote the meeting the same sentence reports. When
nothing matches but a person, a role or an institution acts in the title or the lead, the brief reports what they
said or decided: a statement; else 'other'. In a window after one that named an event, an event named after a
possessive, a demonstrative or a definite article ("ce premier entretien", "their meeting", "la rencontre") refers
back to one already reported: its vote counts half; a phrase that opens on its article ("The meeting was organised by
…") does so only after a word of its own kind. Within a window, the first event word is the main one, except that a
meeting yields to the visit it is part of ("received X at the start of his state visit", not a guest "who is on an
official visit") and a statement noun to the gathering that issued it; words set aside (the occasion around the
event, an offered visit, "the next summit", "ahead of his trip") do not vote. A verb of attendance ("attended")
reports the event it attends; a meeting verb whose subject is the members of a group ("the foreign ministers of the
Lake Union met") reports a gathering. A phone call, or an envoy's credentials, are their window's only vote, except
that a video link yields to the gathering it carries. A title that opens on a text of its own (a joint communiqué, a
letter, a speech, a press conference), or whose last part opens on one after a separator, makes the brief that
statement, whatever its lead recounts.

Which word of a sentence reports its event: a visit or a gathering named as the occasion of what the sentence goes
on to report ("During his visit to X, the minister met Y", "X, en visite à Y, a été reçu par Z", "qui participe au
sommet, a rencontré") yields to the meeting, call or signing after it, unless the visit is named by its rank; a
summit after a meeting verb is its object only when no occasion's words open it ("hosted the summit", not "met X at
the summit"). An official welcome is a visit's arrival, told alone or to a country or a city ("welcomed X to
Paris"); a conversation with a news outlet is an interview; a video link among the members of a group, and the
members of a named gathering at work ("the ministers will exchange views"), are that gathering.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

from briefparse.agencies import find_agencies
from briefparse.analysis import Analysis
from briefparse.analysis.cues import CORE_EVENTS, EventHit, leaves_no_place
from briefparse.analysis.names import find_names
from briefparse.document import Document
from briefparse.lang.base import Language
from briefparse.lang.compiled import EVENT_PRIORITY, compiled, event_key
from briefparse.lang.letters import COPYRIGHT_MARK, UPPER, fold
from briefparse.lazy_regex import lazy_compile
from briefparse.models import EventType, Span
from briefparse.places import lookup, place_kind

#: the title's weight, then the lead sentences' in order (a brief without a title starts at its first sentence's)
_POSITION_WEIGHTS = (1.0, 1.0, 0.7, 0.5, 0.3)
_TYPE_WEIGHTS = {"phone_call": 1.5, "visit": 1.0, "meeting": 1.0, "conference": 0.8, "other": 0.6, "statement": 0.5}
_REFERRING_BACK = 0.5
_SCENE_AND_TALKS = 3  # the opening sentence that names a visit, then at least two that tell only of the talks
_LATER_WORD = 0.2  # a later event word of the window, often in an attribute or a subordinate clause
_MEDIUM_REACH = 30  # characters between a word of conversation and the phone that carries it
_ASIDE_REACH = 60  # characters from an aside cue to the event word it sets aside
_NAME_JOINS = 4  # words between two event words of one gathering's name ("session of the United Nations Assembly")
_DETERMINER_REACH = 30
_PURPOSE_WORDS = 3  # words before a visit's phrase where a preposition gives it as a purpose ("for a")
_COUNTERPART_REACH = 40  # characters from the noun that names a counterpart to their name ("homologue russe, Sergueï")
_OBJECT_REACH = 80  # characters after a verb where its object's event noun is looked for
_OUTLET_REACH = 160  # characters after a word of conversation where the outlet it talks to is looked for
_OUTLET_NAME = 40  # characters of an outlet's name
_OBJECT_WORDS = 4  # words after a verb where the role of whom it acts on is looked for ("eight new ambassadors")
_HOST_REACH = 80  # characters after a visit word where a link names whom it is paid to past the visitor
_HOST_BREAK = lazy_compile(r"[.;!?\n]")  # the end of the sentence or the line a visit's host must stand in
_DESTINATION_WORDS = 3  # words after a visit word where a city names where one arrives ("arrivé lundi à X")
_ISSUER_REACH = 40  # characters between a statement noun and the gathering that issued it
_SIGNED_REACH = 60  # characters between the participle of signing that completes it and the gathering, in its clause
_AIRPORT_REACH = 80  # characters between a verb of welcome and the airport where it happens
_ARRIVAL_PLACES = ("country", "city")  # where an arrival told with a welcome makes it the arrival of a visit
_LARGE_CITY = 100_000  # people in a city whose name, alone before a verb, is the city's rather than a person's
_MANY = 3  # members counted that make a gathering
_PAIR = 2  # parties that make a pair, not a gathering
_REPORTER_WORDS = 2  # words after a name where a verb of speech makes its bearer the one who reports the event
_PAIR_WORDS = 3  # words before the members of a group where "two" or "both" makes them a pair
_PAIR_AFTER = 5  # words after them, past a ministry's name, where "of the two countries" makes them a pair
_MEMBERS_WORDS = 8  # words between the members of a group and the verb they are the subject of
_SETTING_WORDS = 5  # words between what sets a speech at a gathering and the gathering's noun ("at the 77th UN …")
_BRACKETED = lazy_compile(r"\([^()]*\)")
_CAPITALISED_RUN = lazy_compile(rf"[{UPPER}][\w'’-]*(?:\s+[{UPPER}][\w'’-]*)*")
_WORD = lazy_compile(r"[\w'’-]+")
_TOKEN = lazy_compile(r"[\w'’.&-]+")  # a word with the dots of an abbreviation ("U.S.")
_ACRONYM = lazy_compile(rf"[{UPPER}](?:\.?[{UPPER}])+\.?")  # "UN", "EU", "U.S."
_CLAUSE_OPENERS = ",;:"  # what opens a clause inside a sentence
_LIST_BREAK = lazy_compile(r"(?:,\s*(?P<next>[\w'’-]*)|[(;:])")  # where a list of counterparts may end
_SPACES = lazy_compile(r"[^\S\n]*")
_SEPARATOR = lazy_compile(r"(?::|\s[|–—-])\s*$")  # a separator that opens a part of a title
_SEPARATOR_WITHIN = lazy_compile(r"(?::|\s[|–—-])\s")  # a separator inside a title, before another part
_SET_OFF = lazy_compile(r"(?:^|[,;:(–—-])\s*$")  # a phrase set off by a comma, or opening its sentence
_LABEL_END = lazy_compile(rf":[^\S\n]+[{UPPER}]")  # a label's colon, a sentence opening on a capital after it
_CLAUSE_END = lazy_compile(r"[,;.!?()\n]")  # the end of the clause a verb's object stands in
_CLOSES_CLAUSE = lazy_compile(r"[^\S\n]*[,;.!?()\n]")  # a clause's end right after a word: a verb-final clause
_LABEL = lazy_compile(r"(?:\s+\S+){0,2}?\s*:")  # a document noun as a label: "Press release:", "Communiqué de presse :"


def _kind_by_object(
    doc: Document, hit: tuple[int, int, str], hits: list[tuple[int, int, str]], window: tuple[int, int]
) -> str:
    """A verb of attendance takes the kind of the event it attends ("attended the summit", "a assisté à la
    cérémonie de signature"); a verb of inauguration opening a gathering reports it ("inaugurated the Forum"), a
    conference. A visit to a place of remembrance ("visited the war memorial", `_visits_memorial`) is the tribute
    paid there, 'other'. A meeting verb takes its kind from what it acts on. Its object is the press met as a gathering
    ("hosted a regular press conference", `_meets_press`): a statement. Its object is a conference
    ("accueille le Forum", "hosted a ministerial conference"), a meeting word that names a gathering
    (`_names_gathering`: "chaired the 61st session of the Ministerial Council"), or a meeting of many parties' members
    ("la réunion des ministres de la région", "51 heads of state met"): a conference. It greets someone at an airport
    ("встретил … в аэропорту", "welcomed at the airport"): the arrival of a visit. A verb both lists hold
    ("welcomed") reports a meeting only when a person follows it ("welcomed Prime Minister X", "welcomed his
    counterpart"), else a statement ("welcomed the ceasefire"). A reception whose guest's arrival a clause after it
    tells ("received X who arrived in the country", `_received_on_arrival`) is a visit. A video link among a group's
    members, or with two counterparts or more named after it (`_links_many`), is a conference. A meeting's verb told
    with a feeling ("has received with deep sadness the news") receives news: a statement."""
    start, end, kind = hit
    if event_key(doc.lower[start:end]) in compiled(doc.language).cues.attendance:
        attended = next((h for h in hits if h != hit and end <= h[0] <= end + _OBJECT_REACH), None)
        return _kind_by_object(doc, attended, hits, window) if attended else kind
    if _inaugurates(doc, hit) and any(h[2] == "conference" and end <= h[0] <= end + _OBJECT_REACH for h in hits):
        return "conference"
    if kind == "visit" and (
        _visits_someone(doc, hit) or _arrives_for_talks(doc, hit, hits, window) or _envoy_calls(doc, hit, window)
    ):
        return "meeting"
    if kind == "visit" and _visits_memorial(doc, hit, window):
        return "other"
    if kind == "conference" and _gathering_with_one(doc, hit, hits):
        return "meeting"
    if kind == "phone_call" and event_key(doc.lower[start:end]) in compiled(doc.language).cues.video:
        # a video link among the members of a group ("Foreign ministers of four countries hold teleconference")
        many = _gathers_many(doc, hit, window[1]) or _counts_many(doc, window) or _members_meet(doc, hit, window)
        return "conference" if many or _links_many(doc, hit, window) or _links_parties(doc, hit, window) else kind
    if kind == "visit" and _meets_envoys(doc, hit, window, guests_before=True):
        return "conference"  # "Konsularkorps zu Gast im Rathaus": the corps is the guest its host meets
    if kind != "meeting":
        return kind
    if _meets_press(doc, hit):
        return "statement"
    if _receives_honour(doc, hit, window):
        return "other"
    if _received_with_feeling(doc, hit, window):
        return "statement"
    if _talks_to_outlet(doc, hit, window):
        return "statement"
    if any(
        (h[2] == "conference" or (h[2] == "meeting" and h != hit and _names_gathering(doc, h)))
        and end <= h[0] <= end + _OBJECT_REACH
        and not _complements_a_noun(doc, h, end)
        and not _occasion_of(doc, h, end)
        and not _counterpart_before(doc, end, h)
        and not any(o[0] < h[0] and h[1] <= o[1] for o in hits)  # "conference" of "a joint press conference"
        for h in hits
    ):
        return "conference"
    if _gathers_many(doc, hit, window[1]) or _counts_many(doc, window) or _members_meet(doc, hit, window):
        return "conference"
    if _received_for_gathering(doc, hit, hits, window):
        return "conference"
    if _members_before(doc, hit, window):
        return "conference"
    if _receives_members_of_many(doc, hit, window) or _meets_envoys(doc, hit, window):
        return "conference"
    if _names_gathering(doc, hit):
        return "conference"
    if _at_airport(doc, hit, window) or _place_hosts(doc, hit, window) or _received_on_arrival(doc, hit, window):
        return "visit"
    if doc.lower[start:end] in compiled(doc.language).cues.statement_verbs:
        if not (_welcomes_people_before(doc, hit, window) if _closes_clause(doc, end) else _welcomes_people(doc, end)):
            return "statement"
        if _welcomed_to_place(doc, end, hits, window):
            return "visit"
    if len(_parties_at_meeting(doc, hit, hits, window)) >= _MANY:
        return "conference"
    return kind


def _parties_at_meeting(doc: Document, hit: EventHit, hits: list[EventHit], window: tuple[int, int]) -> set[str]:
    """The countries a meeting verb's sentence puts at the meeting: those its subject names and those of whom it
    meets, up to where its object ends (`_object_end`), as country names or as the nationality adjectives of people
    ("U.S. President A met with Japanese Prime Minister B and South Korean President C", "held a meeting with his
    counterparts from the US, Australia and Brazil", "The Foreign Ministers of A, B, C and D held a meeting"): three
    or more make a gathering. None in a sentence that sets the meeting aside ("met X on the sidelines of the
    summit": talks of two, whoever else came) or that tells a call (a call of many stays a call); nor the countries
    of envoys (`_names_envoys`)."""
    cues = compiled(doc.language).cues
    if any(h[2] == "phone_call" and window[0] <= h[0] < window[1] for h in hits):
        return set()
    if cues.aside is not None and cues.aside.search(doc.lower, *window):
        return set()
    segments = ((window[0], hit[0]), (hit[1], _object_end(doc, hit, window)))
    return {
        country
        for start, end in segments
        if not _names_envoys(doc, start, end)
        for country in _party_countries(doc, start, end)
    }


def _names_envoys(doc: Document, start: int, end: int) -> bool:
    """`start`..`end` names envoys posted to a country (`Language.posted_roles`: "the ambassadors of A, B and C"):
    each speaks for their country to the host, whom they meet, and their countries make no gathering."""
    titles = _posted_titles(compiled(doc.language).language)
    words = [fold(word[0]) for word in _WORD.finditer(doc.lower, start, end)]
    return any(word in titles or " ".join(words[i : i + 2]) in titles for i, word in enumerate(words))


def _object_end(doc: Document, hit: EventHit, window: tuple[int, int]) -> int:
    """Where the object of a meeting verb ends: at the clause's end, at a comma that neither a capital, an article,
    a joining word nor a genitive link follows (a list of parties goes on past its commas and brackets), or at the
    first place preposition or occasion word ("in Paris", "during the summit"), after which the countries named are
    places, not parties."""
    cues = compiled(doc.language).cues
    language = compiled(doc.language).language
    clause = _HOST_BREAK.search(doc.text, hit[1], window[1])
    end = clause.start() if clause else window[1]
    joiners = {
        *language.counterpart_words,
        *language.definite_articles,
        *language.indefinite_articles,
        *language.genitive_links,
    }
    for mark in _LIST_BREAK.finditer(doc.text, hit[1], end):
        word = mark.group("next") or ""
        if mark.group(0)[0] == "(":
            continue  # the names of those a list's countries send ("du Mali (A B), du Niger (C D)")
        if mark.group(0)[0] != "," or (word and word.lower() not in joiners and not word[0].isupper()):
            end = mark.start()
            break
    places = {p.lower() for p in language.place_prepositions}
    occasion = cues.occasion_opening
    for word in _WORD.finditer(doc.lower, hit[1], end):
        if word[0] in places or (occasion is not None and occasion.match(doc.lower, word.start())):
            return word.start()
    return end


@lru_cache(maxsize=8)
def _party_nouns(language: Language) -> frozenset[str]:
    """The first words of the roles and of a gathering's members (`Language.roles`, `Language.gathering_members`),
    lower case: a nationality adjective beside one qualifies a party ("ses homologues américain et mexicain")."""
    return frozenset(role.lower().split()[0] for role in (*language.roles, *language.gathering_members) if role.split())


def _party_countries(doc: Document, start: int, end: int) -> set[str]:
    """The countries that `start`..`end` names as parties (ISO codes): a country's name not after a place
    preposition nor in brackets ("in Vietnam", "(Vietnam)": where, not who), and a nationality adjective that
    qualifies a person, a role's noun or a name beside it past a run of adjectives and joining words ("Japanese
    Prime Minister", "les dirigeants russe et américain"), not a thing ("the Afghan situation")."""
    names = compiled(doc.language).names
    language = compiled(doc.language).language
    nouns = _party_nouns(language)
    joiners = set(language.counterpart_words)
    tokens = [token[0] for token in _TOKEN.finditer(doc.text, start, end)]
    folded = [fold(token) for token in tokens]

    def qualifier(index: int) -> bool:
        return folded[index] in joiners or folded[index] in names.nationalities

    found: set[str] = set()
    index = 0
    while index < len(tokens):
        size = next((n for n in (2, 1) if " ".join(folded[index : index + n]) in names.nationalities), 0)
        if not size or index + size > len(tokens):
            index += 1
            continue
        after, before = index + size, index - 1
        while after < len(tokens) and qualifier(after):
            after += 1
        while before >= 0 and qualifier(before):
            before -= 1
        following = tokens[after] if after < len(tokens) else ""
        preceding = tokens[before] if before >= 0 else ""
        country = lookup(names.nationalities[" ".join(folded[index : index + size])], "en")
        person = following[:1].isupper() or following.lower() in nouns or preceding.lower() in nouns
        if country and country.kind == "country" and person:
            found.add(country.country)
        index += size
    places = {p.lower() for p in language.place_prepositions}
    for run in _CAPITALISED_RUN.finditer(doc.text, start, end):
        country = lookup(run[0], language.code)
        before = doc.text[start : run.start()]
        if not country or country.kind != "country" or before.rstrip().endswith("("):
            continue
        if before.lower().split()[-1:] and before.lower().split()[-1] in places:
            continue
        found.add(country.country)
    return found


def _talks_as_purpose(doc: Document, hit: EventHit, start: int) -> bool:
    """The title's word of talks follows a link of purpose after the person it is about ("Staatsministerin X zu
    migrationspolitischen Gesprächen in Rom", "Minister X leaves for talks in Y"): the talks are what a trip is for,
    and the story's lead tells which event the brief reports; not a visit's word ("Generalkonsul zu Besuch", a call
    on a person) nor a title that opens on the link ("Zum Treffen der Außenminister …": what it is about)."""
    language = doc.language
    if language is None or not language.purpose_links or hit[2] != "meeting":
        return False
    words = doc.lower[start : hit[0]].split()
    before = words[-_PURPOSE_WORDS:]
    return len(words) > len(before) and bool(set(before) & set(language.purpose_links))


def _received_for_gathering(doc: Document, hit: EventHit, hits: list[EventHit], window: tuple[int, int]) -> bool:
    """A meeting verb whose clause goes on to the gathering it brings its guests to, its noun a few words after a link
    of purpose ("empfing X die Regierungschefs der Ostseeländer … zum Ostseeratsgipfel in Stralsund", "trifft
    Regierungschefs … zu virtuellem Gipfel"): the gathering is the event, however far its noun stands from the verb.
    Only where nouns take capitals, which tells the verb from a meeting's noun ("une réunion préparatoire pour la
    conférence" is a meeting)."""
    language = compiled(doc.language).language
    if not (language.purpose_links and language.capitalised_nouns) or doc.text[hit[0]].isupper():
        return False  # a verb, told apart from a meeting noun by its small letter ("Vorbereitungstreffen zum Gipfel")
    gathering = next((h for h in hits if h[2] == "conference" and hit[1] <= h[0] < window[1]), None)
    if gathering is None or _CLAUSE_END.search(doc.text, hit[1], gathering[0]):
        return False
    before = doc.lower[hit[1] : gathering[0]].split()[-_PURPOSE_WORDS:]  # "zu einem virtuellen Westbalkangipfel"
    return bool(set(before) & set(language.purpose_links))


def _gathering_with_one(doc: Document, hit: EventHit, hits: list[EventHit]) -> bool:
    """A gathering's word that a meeting with one counterpart completes ("held a summit meeting with U.S. President
    X", "a high-level meeting with World Bank President Y"): the meeting phrase overlaps the gathering's word or
    follows it at once, ends on a counterpart word, and a name or a role comes after it, not members in the plural
    ("a ministerial meeting with the foreign ministers of …"). Two met: a meeting, not a gathering of many."""
    language = compiled(doc.language).language
    meeting = next((h for h in hits if h[2] == "meeting" and hit[0] < h[0] <= hit[1] + 1), None)
    if meeting is None or doc.lower[meeting[0] : meeting[1]].split()[-1] not in language.counterpart_words:
        return False
    words = list(_WORD.finditer(doc.lower, meeting[1], meeting[1] + _OBJECT_REACH))[:_OBJECT_WORDS]
    plural = any(w.group(0) in compiled(doc.language).names.singulars for w in words)
    return not plural and _welcomes_people(doc, meeting[1])


def _pair_agrees(doc: Document, hit: EventHit, window: tuple[int, int]) -> bool:
    """A verb of agreement whose subject is two parties: named and joined ("X, Minister of A, and Y, Minister of B,
    agreed yesterday", "Norland and Valdoria agreed"), or a pair by its word ("the two ministers agreed", "both sides
    agreed"). They agreed where they met: the sentence reports their meeting, not a statement."""
    if event_key(doc.lower[hit[0] : hit[1]]) not in compiled(doc.language).cues.agreement:
        return False
    language = compiled(doc.language).language
    subject = doc.text[window[0] : hit[0]]
    words = subject.lower().replace(",", " ").split()
    if set(words[-_PAIR_WORDS:]) & set(language.pair_words):
        return True
    joined = any(word in words for word in language.counterpart_words)
    determiners = {*language.definite_articles, *language.possessives, *language.demonstratives}
    named = {run for run in _CAPITALISED_RUN.findall(subject) if run.lower() not in determiners}
    return joined and len(named) >= 2


def _receives_honour(doc: Document, hit: EventHit, window: tuple[int, int]) -> bool:
    """What the verb receives, in its clause, is an honour ("received the Lake Union Peace award", "a reçu la
    médaille de l'ordre"): the brief reports the award, not a meeting with whoever handed it over."""
    return _object_in_clause(doc, hit, window, compiled(doc.language).cues.honour)


def _visits_memorial(doc: Document, hit: EventHit, window: tuple[int, int]) -> bool:
    """What the visit goes to, in its clause, is a place of remembrance ("visited the National Martyrs' Memorial and
    paid homage", "visited the Yad Vashem Holocaust Remembrance Centre, laying a wreath"): the brief reports the
    tribute paid there, a ceremony, not a visit to a country or a city."""
    return _object_in_clause(doc, hit, window, compiled(doc.language).cues.remembrance)


def _object_in_clause(doc: Document, hit: EventHit, window: tuple[int, int], cue: re.Pattern[str] | None) -> bool:
    """The language's cue (None when the language has none) is found after the verb, within its clause."""
    if cue is None:
        return False
    reach = min(window[1], hit[1] + _OBJECT_REACH)
    clause = _CLAUSE_END.search(doc.text, hit[1], reach)
    return bool(cue.search(doc.lower, hit[1], clause.start() if clause else reach))


def _receives_thing(doc: Document, hit: EventHit, window: tuple[int, int]) -> bool:
    """A reception verb whose object, in its clause and before whom it comes from, is a thing, not a guest ("received
    a fresh democratic mandate", "receives concrete written guarantees from X"): it opens on a word of its own, past
    an article or a count, and names no one (no capital or figure, no role, no guest's word, no document, honour or
    credentials, which an audience hands over). It reports no meeting."""
    cues = compiled(doc.language).cues
    if event_key(doc.lower[hit[0] : hit[1]]) not in cues.reception:
        return False
    language = compiled(doc.language).language
    reach = min(window[1], hit[1] + _OBJECT_REACH)
    clause = _CLAUSE_END.search(doc.text, hit[1], reach)
    words: list[re.Match[str]] = []
    for word in _WORD.finditer(doc.text, hit[1], clause.start() if clause else reach):
        lowered = word.group(0).lower()
        if lowered in language.origin_prepositions:
            break  # "from Afghan authorities": who gave it, not what was received
        if lowered in cues.time_words:  # a day is no object: "received Sunday a cable", "a cable … Thursday from"
            before = words[-1].group(0).lower() if words else ""
            if before in language.stopwords or before in language.demonstratives:
                words.pop()  # nor its preposition or demonstrative: "received on Tuesday a cable", "a reçu ce lundi"
            continue
        words.append(word)
    skipped = (*language.determiners, *language.count_words)
    opening = [w.group(0).lower() for w in words if w.group(0).lower() not in skipped]
    if not opening or opening[0] in language.stopwords or opening[0] in language.sentence_adverbs:
        return False  # "received in audience", "received yesterday": no object yet
    names = compiled(doc.language).names
    found = doc.lower[hit[1] : words[-1].end()]
    return not (
        any(not w.group(0)[:1].islower() or w.group(0).lower() in names.singulars for w in words)
        or names.role_noun.search(found)
        or any(pattern and pattern.search(found) for pattern in (cues.guest_word, cues.statement_document, cues.honour))
        or any(event_key(w.group(0).lower()) in cues.credentials for w in words)
    )


def _received_with_feeling(doc: Document, hit: EventHit, window: tuple[int, int]) -> bool:
    """A meeting's verb told with a feeling (`Language.feeling_manners`) right after it or right before it, in its
    window ("has received with deep sadness the news of", "accueille avec satisfaction l'accord", "с
    удовлетворением воспринял"): news is received or welcomed, not a guest, and what the text reports is a statement."""
    pattern = compiled(doc.language).cues.feeling
    if pattern is None:
        return False
    after = _WORD.search(doc.lower, hit[1], window[1])
    if after and not doc.text[hit[1] : after.start()].strip() and pattern.match(doc.lower, after.start()):
        return True
    return any(
        not doc.text[found.end() : hit[0]].strip()
        for found in pattern.finditer(doc.lower, max(window[0], hit[0] - _OBJECT_REACH), hit[0])
    )


def _receives_greetings(doc: Document, hit: EventHit, window: tuple[int, int]) -> bool:
    """A meeting's verb whose object, in its clause, is a message of greetings or the greetings themselves ("a reçu
    des messages de félicitations de X", "a reçu les vœux de Y", `Language.greeting_nouns`): the message came, not
    its sender, and the news is what it says, no meeting. Not when the window tells of one bearing a message
    (`Language.message_bearers`), whom the host received."""
    language = compiled(doc.language).language
    if not language.greeting_nouns or hit[2] != "meeting":
        return False
    reach = min(window[1], hit[1] + _OBJECT_REACH)
    clause = _CLAUSE_END.search(doc.text, hit[1], reach)
    skipped = {*language.determiners, *language.count_words, *compiled(doc.language).cues.time_words}
    words = [
        w.group(0).lower()
        for w in _WORD.finditer(doc.text, hit[1], clause.start() if clause else reach)
        if w.group(0).lower() not in skipped
    ]
    greetings = {noun.lower() for noun in language.greeting_nouns}
    if not words or not (words[0] in greetings or (words[0] in language.message_nouns and greetings & set(words))):
        return False
    bearer = compiled(doc.language).people.bearer
    return not (bearer and bearer.search(doc.text, *window))


def _place_hosts(doc: Document, hit: EventHit, window: tuple[int, int]) -> bool:
    """The verb's subject is a country or a large city and nothing else ("Jamaica welcomes Valdoria's Prime Minister",
    "Yaoundé accueille une mission conjointe"): the place receives a guest, who has come on a visit. A small town's
    name is more often a person's ("Marlow receives Berg")."""
    subject = doc.text[window[0] : hit[0]].strip()
    place = lookup(subject, compiled(doc.language).language.code) if subject else None
    if place is None:
        return False
    return place.kind == "country" or (place.kind == "city" and (place.population or 0) >= _LARGE_CITY)


def _meets_press(doc: Document, hit: EventHit) -> bool:
    """A meeting verb whose object is the press met as a gathering ("spokesman X hosted a regular press conference",
    "chaired the weekly briefing"): what was said there, a statement; no name stands between the verb and the noun."""
    pattern = compiled(doc.language).cues.press_object
    return bool(pattern and pattern.match(doc.text, hit[1]))


def _talks_to_outlet(doc: Document, hit: EventHit, window: tuple[int, int]) -> bool:
    """A word of conversation whose counterpart is a news outlet of the register ("Entretien de M. X, ministre …,
    avec France 24 et RFI", "s'est entretenu avec Al Jazeera", "Speaking to Reuters, X said"): an interview, what was
    said."""
    pattern = compiled(doc.language).cues.counterpart_name
    if not pattern or not _is_talk(doc, hit):
        return False
    after = doc.text[hit[1] : hit[1] + _OUTLET_NAME]
    named = find_agencies(after.lstrip())
    if named and named[0].start == 0:
        return True  # the phrase ends on its own link ("speaking to Reuters", "spoke to CNN")
    limit = min(window[1], hit[1] + _OUTLET_REACH)
    for link in pattern.finditer(doc.text, hit[1], limit):
        named = find_agencies(doc.text[link.end() : link.end() + _OUTLET_NAME])  # a slice is read quickly
        if named and named[0].start == 0:
            return True
    return False


def _welcomed_to_place(doc: Document, end: int, hits: list[EventHit], window: tuple[int, int]) -> bool:
    """A verb of welcome whose guest is welcomed to a country or a city ("has welcomed Y to Paris", "welcomed X to
    Valmora"): the guest's arrival, a visit. The place comes before any other event word. A building ("welcomed X to
    the State House") is where a guest is received: a meeting."""
    pattern = compiled(doc.language).cues.arrival
    if not pattern:
        return False
    limit = min(window[1], end + _OBJECT_REACH, next((h[0] for h in hits if h[0] >= end), window[1]))
    found = pattern.search(doc.text, end, limit)
    run = _CAPITALISED_RUN.match(doc.text, found.end() - 1) if found else None
    return bool(run) and place_kind(run.group(0), compiled(doc.language).language.code) in ("country", "city")


def _welcomes_people(doc: Document, end: int) -> bool:
    """What a verb both lists hold ("welcomed") acts on is people: a name ("welcomed Prime Minister X"), or a role
    within its first words, in the plural too ("welcomed his counterpart", "welcomes eight new ambassadors"). Where
    every noun takes a capital, a capital after a determiner names no one ("begrüßte die Einigung")."""
    names = compiled(doc.language).names
    following = compiled(doc.language).cues.object_start.match(doc.text, end)
    word = following.group("word") if following else ""
    noun = (
        following is not None
        and compiled(doc.language).language.capitalised_nouns
        and bool(following.group(0).split()[1:])
    )
    if word[:1].isupper() and not noun:
        return not _owner_of_thing(doc, following.start("word"))
    clause = _CLAUSE_END.search(doc.text, end, end + _OBJECT_REACH)  # not the subject after it ("To the media, X said")
    words = list(_WORD.finditer(doc.lower, end, clause.start() if clause else end + _OBJECT_REACH))[:_OBJECT_WORDS]
    if not words:
        return False
    return bool(names.role_noun.search(doc.lower, end, words[-1].end())) or any(w[0] in names.singulars for w in words)


def _owner_of_thing(doc: Document, start: int) -> bool:
    """The capitalised words at `start` own or qualify a thing, not a person: a possessive ("India's readiness",
    "the UK's decision"), a country or an acronym ("the UN Security Council resolution", "U.S. easing") before a
    word in small letters that is neither a link word nor a role or a guest's word ("Norland's Prime Minister X",
    "Kessel's mayor X", "EU foreign ministers", "India at the palace" are people)."""
    tokens: list[re.Match[str]] = []
    end = start
    for token in _TOKEN.finditer(doc.text, start, min(len(doc.text), start + _OBJECT_REACH)):
        if doc.text[end : token.start()].strip() or len(tokens) > _OBJECT_WORDS:
            break  # a comma or a bracket ends the phrase
        tokens.append(token)
        end = token.end()
    run: list[re.Match[str]] = []
    for token in tokens:
        if not token.group(0)[:1].isupper():
            break
        run.append(token)
        if token.group(0).endswith(("'s", "’s")):
            break  # the owner ends at its possessive
    if not run or len(run) == len(tokens):
        return False
    language, names = compiled(doc.language).language, compiled(doc.language).names
    following = tokens[len(run)]
    reach = tokens[min(len(tokens), len(run) + _PAIR_WORDS) - 1].end()
    guest = compiled(doc.language).cues.guest_word
    if (
        not following.group(0)[:1].islower()
        or following.group(0) in language.stopwords
        or following.group(0) in names.singulars
        or names.role_noun.search(doc.lower, following.start(), reach)
        or (guest and guest.search(doc.lower, following.start(), reach))
    ):
        return False
    owner = " ".join(token.group(0) for token in run)
    return (
        owner.endswith(("'s", "’s"))
        or bool(_ACRONYM.fullmatch(run[0].group(0)))
        or place_kind(owner, language.code) == "country"
    )


def _closes_clause(doc: Document, end: int) -> bool:
    """The verb ends its clause: a participle at the end of a verb-final clause ("hat … den Botschafter begrüßt.")."""
    return bool(_CLOSES_CLAUSE.match(doc.text, end))


def _welcomes_people_before(doc: Document, hit: EventHit, window: tuple[int, int]) -> bool:
    """A verb-final participle that both lists hold acts on people when the head noun of the object before it, in its
    clause and after its auxiliary, is a role or a guest's word ("hat … den äthiopischen Botschafter begrüßt"), not a
    thing ("hat die Einigung begrüßt"): the head is the first capitalised word after the first determiner."""
    language = compiled(doc.language).language
    clause_start = window[0]
    for mark in _CLAUSE_END.finditer(doc.text, window[0], hit[0]):
        clause_start = mark.end()
    words = list(_WORD.finditer(doc.text, clause_start, hit[0]))
    auxiliary = max((i for i, w in enumerate(words) if w.group(0).lower() in language.auxiliaries), default=None)
    if auxiliary is None:
        return False
    after = words[auxiliary + 1 :]
    opening = next((i for i, w in enumerate(after) if w.group(0).lower() in language.determiners), None)
    head = next((w for w in after[opening + 1 :] if w.group(0)[:1].isupper()), None) if opening is not None else None
    if head is None:
        return False
    cues, names = compiled(doc.language).cues, compiled(doc.language).names
    lowered = head.group(0).lower()
    return bool(
        names.role_noun.fullmatch(lowered)
        or lowered in names.singulars
        or (cues.guest_word is not None and cues.guest_word.fullmatch(lowered))
    )


def _visits_someone(doc: Document, hit: EventHit) -> bool:
    """A visit paid to a person ("visits President X", "paid a visit to the Governor", "Visiting Chinese Vice
    President X met …", "a rendu visite au ministre"): a call on them, which briefs report as a meeting. A visit to
    a place ("visits Ghana", "en visite au Mali", "visited the Ministry", "Arrives In Ghana For First Visit After
    Assuming Office") stays a visit. The person may also be named past the visitor, after a link of the language's
    `visit_host_links`, in the same sentence ("Antrittsbesuch: X bei Landeshauptmann Y")."""
    following = compiled(doc.language).cues.visit_object
    word = following.match(doc.text, hit[1]) if following else None
    if word and _person_at(doc, word.start("word")) and not _subject_follows(doc, hit):
        return True
    host = compiled(doc.language).cues.visit_host
    found = host.search(doc.text, hit[1], min(len(doc.text), hit[1] + _HOST_REACH)) if host else None
    # the host named past the visitor in the same clause ("Antrittsbesuch: X bei Y", "Antrittsbesuch als
    # Vorsitzender der Konferenz bei Bundespräsident Y")
    return bool(found and not _HOST_BREAK.search(doc.text, hit[1], found.start()) and _person_at(doc, found.end()))


def _subject_follows(doc: Document, hit: EventHit) -> bool:
    """The verb's clause opens on a phrase set before it, a preposition's or an adverb ("Auf Einladung von X
    besuchte der Präsident des Senats …", "Angesichts der Lage reist Bundeskanzlerin X …", "trotzdem besucht X am
    Montag die Hansestadt"): where the finite verb stands second, the person right after it is its subject, the
    visitor, not whom the visit is paid to."""
    language = doc.language
    if not language.source_fronted_prepositions:
        return False
    sentence = next((s.start for s in doc.sentences if s.start <= hit[0] < s.end), 0)
    clause = max(sentence, *(doc.text.rfind(mark, sentence, hit[0]) + 1 for mark in _CLAUSE_OPENERS))
    opening = _WORD.search(doc.text, clause, hit[0])
    return bool(opening) and fold(opening.group(0)) in _fronted_openers(language)


@lru_cache(maxsize=8)
def _fronted_openers(language: Language) -> frozenset[str]:
    """The words that open a phrase set before a finite verb that stands second (`Language.source_fronted_prepositions`
    and `Language.sentence_adverbs`), folded."""
    return frozenset(fold(word) for word in (*language.source_fronted_prepositions, *language.sentence_adverbs))


def _person_at(doc: Document, begin: int) -> bool:
    """Whether a person is named from `begin` on: a role's noun, or a run of capitals that a role's noun or a name of
    two words or more fills, not one a city or a country opens."""
    names = compiled(doc.language).names
    if names.role_noun.match(doc.lower, begin) or names.role_noun.match(doc.lower, _past_former(doc, begin)):
        return True  # "au ministre", "the governor", "former president"
    run = names.name_run.match(doc.text, begin)
    if not run or place_kind(run.group(0).split()[0].rstrip(".,;:"), doc.language.code) in ("city", "country"):
        # a place opens the run: "Arrives In India For First Overseas Visit" in a headline's capitals, or ends its
        # sentence before the next one's capitals ("on a visit to Canada. Deputy Minister X greeted her")
        return False
    end = begin + len(run.group(0).split("\n", 1)[0])  # a run of capitals stops at its line's end
    if names.role_noun.search(doc.lower, begin, end):
        return True  # "Chinese Vice President X", "Ogun State Governor"
    return any(len(name.tokens) >= 2 for name in find_names(doc.text, begin, end, doc.language))


def _past_former(doc: Document, begin: int) -> int:
    """Past a word that makes the role after it a former one (`Language.former_markers` written as a word or its
    stem: "former president X", "l'ancien président", "den ehemaligen Präsidenten"), where the role starts; else
    `begin`."""
    word = _WORD.match(doc.text, begin)
    markers = [fold(marker) for marker in doc.language.former_markers if marker.isalpha()]
    if not word or not any(fold(word.group(0)).startswith(marker) for marker in markers):
        return begin
    following = _WORD.search(doc.text, word.end(), word.end() + 2)
    return following.start() if following else begin


def _envoy_calls(doc: Document, hit: EventHit, window: tuple[int, int]) -> bool:
    """A visit that a diplomat posted to the country pays, named near it ("the ambassador's inaugural visit to the
    mayor", "received the consul on a visit"): the envoy lives in the country and calls on its office holders, which
    briefs report as a meeting. Not when the window names a region the visit tours ("the ambassador visited the
    province of X"), nor when a city or a country a few words after it is where the envoy arrives ("arrived in
    Kessel to take up his post")."""
    language = compiled(doc.language).language
    posts = _posted_titles(language)
    near = doc.lower[max(window[0], hit[0] - _OBJECT_REACH) : min(window[1], hit[1] + _OBJECT_REACH)]
    if not any(_posted(fold(word), posts, language.case_endings) for word in _WORD.findall(near)):
        return False
    following = list(_WORD.finditer(doc.text, hit[1], window[1]))[:_DESTINATION_WORDS]
    if any(word.group(0).lower() in compiled(doc.language).cues.dateline_adverbs for word in following):
        return False  # "arrived here on Monday for talks": where the envoy arrives is the dateline's place
    reach = following[-1].end() if following else hit[1]
    destination = compiled(doc.language).places.after_preposition.search(doc.text, hit[1], reach)
    if destination and place_kind(destination.group("place").rstrip("."), language.code) in ("city", "country"):
        return False  # "arrived in Kessel to take up his post"
    runs = _CAPITALISED_RUN.findall(doc.text, window[0], window[1])
    parts = {part for run in runs for part in (run, *run.split())}  # "am Montag Bayern": a capitalised noun before it
    return not any(place_kind(part, language.code) in ("region", "province") for part in parts)


def _posted(word: str, posts: frozenset[str], endings: tuple[str, ...]) -> bool:
    """A diplomat's title, as written or with a case ending ("botschafters")."""
    return word in posts or any(word.endswith(ending) and word[: -len(ending)] in posts for ending in endings)


@lru_cache(maxsize=8)
def _posted_titles(language: Language) -> frozenset[str]:
    """The titles of diplomats posted to a country (`Language.posted_roles`), folded."""
    return frozenset(fold(role) for role in language.posted_roles)


def _arrives_for_talks(doc: Document, hit: EventHit, hits: list[EventHit], window: tuple[int, int]) -> bool:
    """A verb of travel whose destination, right after it, is a building ("прибыл в Кремль", "arrived at the White
    House"), and talks named after it in the window ("… для переговоров с Путиным"), with no visit named by its rank:
    the guest comes to the building for the meeting held there, which the window reports. A city or a country as the
    destination makes a visit ("arrived in Moscow for talks")."""
    places = compiled(doc.language).places
    gap = _SPACES.match(doc.text, hit[1])
    destination = places.after_preposition.match(doc.text, gap.end(), window[1])
    if not destination:
        return False
    words = [fold(word).rstrip(".") for word in destination.group("place").split()]
    if not any(word in places.venues for word in words):
        return False
    frames = compiled(doc.language).cues.visit_frames
    later = [h for h in hits if h[0] >= destination.end("place")]
    return any(h[2] == "meeting" for h in later) and not any(event_key(doc.lower[h[0] : h[1]]) in frames for h in hits)


def _members_meet(doc: Document, hit: EventHit, window: tuple[int, int]) -> bool:
    """The verb's subject is the members of a group ("The foreign ministers of the Lake Union met", "Les chefs
    d'État de la CEDEAO se sont réunis"): a gathering. Not when the members complement another noun, right after its
    link word ("el presidente del Consejo de Ministros de X, Y, recibió"), when they are a pair ("the two ministers",
    "the ministers of the two countries"),
    or those of two parties ("of Turkey and Iran", "de Valmora y Norhavn") or of one country: the subject counts its
    parties by the countries it names, else by its commas and joining words. Members that open the sentence are its
    subject however long their group's name (`_members_opening`)."""
    segment_start = max(window[0], hit[0] - _OBJECT_REACH)
    if _members_from_everywhere(doc, hit, segment_start):
        return True
    pattern = compiled(doc.language).cues.members_of
    members = next(reversed(list(pattern.finditer(doc.lower, segment_start, hit[0]))), None) if pattern else None
    members = members or _plural_compound(doc, segment_start, hit[0], linked=True) or _members_within(doc, hit)
    if members is None and pattern:
        members = _members_opening(doc, pattern, hit, window)
    elif members is not None and len(doc.text[members.end() : hit[0]].split()) > _MEMBERS_WORDS:
        return False
    if members is None:
        return False
    language = compiled(doc.language).language
    before = doc.lower[segment_start : members.start()].split()
    if set(before[-_PAIR_WORDS:]) & set(language.pair_words):
        return False  # "the two ministers of"
    if before and before[-1] in language.genitive_links:
        return False  # "el presidente del Consejo de Ministros de Cuba, X, recibió": they complement another noun
    subject_end = hit[1] if members.start() > hit[0] else hit[0]  # the subject inside a split phrase: to its particle
    subject = doc.text[members.end() : subject_end]
    if set(subject.lower().split()[:_PAIR_AFTER]) & set(language.pair_words):
        return False  # "the ministers of the two countries", "les ministres des Affaires étrangères des deux pays"
    countries = sum(place_kind(run, language.code) == "country" for run in _CAPITALISED_RUN.findall(subject))
    joined = subject.count(",") + sum(
        len(re.findall(rf"(?<!\w){re.escape(word)}(?!\w)", subject.lower())) for word in language.counterpart_words
    )
    parties = max(countries, joined + 1 if joined else 0)
    return parties >= _MANY or (countries == 0 and parties <= 1)


def _members_opening(
    doc: Document, pattern: re.Pattern[str], hit: EventHit, window: tuple[int, int]
) -> re.Match[str] | None:
    """The members of a group that open the window past their article, the subject of its verb however long the
    name of their group ("Les ministres des Affaires étrangères de la Confédération des États du Sahel (AES) qui
    étaient, dimanche, en réunion"): the words up to the verb counted without that name's, its capitalised words,
    link words, articles and brackets. Not when two people are named before the verb: a pair."""
    language = compiled(doc.language).language
    words = doc.lower[window[0] : hit[0]].split()
    if len(words) < 2 or words[0] not in language.definite_articles:
        return None
    opening = pattern.match(
        doc.lower, doc.lower.index(words[1], doc.lower.index(words[0], window[0]) + len(words[0])), hit[0]
    )
    if opening is None:
        return None
    named = find_names(doc.text, opening.start(), hit[0], doc.language)
    if sum(len(name.tokens) >= _PAIR for name in named) == _PAIR:
        return None  # "The leaders of Kenya and Djibouti, A B and C D, held talks": a pair, by its two people
    between = _BRACKETED.sub(" ", doc.text[opening.end() : hit[0]]).split()
    skipped = {*language.gathering_links, *language.definite_articles}
    left = [word for word in between if not word[:1].isupper() and word.lower() not in skipped]
    return opening if len(left) <= _MEMBERS_WORDS else None


def _members_from_everywhere(doc: Document, hit: EventHit, segment_start: int) -> bool:
    """The verb's subject is members from everywhere, a few words before it ("Foreign ministers from around the
    world met", "Außenministerinnen aus aller Welt sind zusammengekommen"): many parties, a gathering."""
    pattern = compiled(doc.language).cues.members_everywhere
    return pattern is not None and any(
        len(doc.text[found.end() : hit[0]].split()) <= _MEMBERS_WORDS
        for found in pattern.finditer(doc.lower, segment_start, hit[0])
    )


def _members_within(doc: Document, hit: EventHit) -> re.Match[str] | None:
    """The members of a group standing inside a phrase split around its clause, between its verb and its particle,
    where a verb second puts the subject ("Heute kommen die EU-Außenminister in Kessel zusammen"); a listed phrase
    holds no subject."""
    if event_key(doc.lower[hit[0] : hit[1]]) in compiled(doc.language).cues.event_kinds:
        return None
    return _plural_compound(doc, hit[0], hit[1], linked=False) or _plural_compound(doc, hit[0], hit[1], linked=True)


def _members_before(doc: Document, hit: EventHit, window: tuple[int, int]) -> bool:
    """The members of a group right before the verb, named by what they belong to as a headline writes them ("Lake
    foreign ministers meet in Kessel", "G7 leaders meet"): a gathering. Not a pair, by its word ("the two ministers")
    or by the two parties its names give ("Valdorian, Norland foreign ministers meet", "Turkish and Iranian ministers
    meet"), nor members named by their article alone ("Les ministres se sont retrouvés")."""
    pattern = compiled(doc.language).cues.members
    members = (
        next(
            (m for m in pattern.finditer(doc.lower, window[0], hit[0]) if not doc.text[m.end() : hit[0]].strip()), None
        )
        if pattern
        else None
    )
    compound = None if members else _plural_compound(doc, window[0], hit[0], linked=False)
    if compound is not None and not doc.text[compound.end() : hit[0]].strip():
        members = compound
    if members is None:
        return False
    language = compiled(doc.language).language
    subject = doc.text[window[0] : members.start()]
    if members is compound and _group_prefix(doc, compound):
        return not set(subject.lower().split()[-_PAIR_WORDS:]) & set(language.pair_words)
    if set(subject.lower().split()[-_PAIR_WORDS:]) & set(language.pair_words):
        return False
    if subject.lower().split()[-1:] and subject.lower().split()[-1] in language.gathering_links:
        return False  # the members complete a body's noun ("Le Conseil des ministres s'est réuni"): a cabinet
    determiners = {*language.definite_articles, *language.possessives, *language.demonstratives}
    if subject.lower().split()[-1:] and subject.lower().split()[-1] in determiners:
        return False  # "Au cours de la conversation, les dirigeants ont discuté": the ones the brief tells of
    names = [run for run in _CAPITALISED_RUN.findall(subject) if run.lower() not in determiners]
    return len(names) not in (0, 2)


def _plural_compound(doc: Document, start: int, end: int, linked: bool) -> re.Match[str] | None:
    """The last compound in `start`..`end` whose last part is the members of a group, where words are compounded
    and the members' noun reads alike in both numbers ("Außenminister"), in the plural: after a plural article ("die
    Außenminister der EU-Staaten") or, when no link word follows (`linked` false), naming the group in its first
    part before a hyphen ("EU-Außenminister", not a former holder's "Ex-Außenminister")."""
    pattern = compiled(doc.language).cues.compound_members
    if pattern is None:
        return None
    language = compiled(doc.language).language
    for match in reversed(list(pattern.finditer(doc.lower, start, end))):
        if bool(match.group("link")) != linked:
            continue
        before = doc.lower[max(start, match.start() - _DETERMINER_REACH) : match.start()].split()
        if (before and before[-1] in language.plural_articles) or (not linked and _group_prefix(doc, match)):
            return match
    return None


def _group_prefix(doc: Document, match: re.Match[str]) -> bool:
    """A compound that names its group in its first part, capitalised before a hyphen ("EU-Außenminister",
    "G7-Staatschefs"), not a former holder's mark ("Ex-")."""
    head = match.group("head")
    if "-" not in head or not doc.text[match.start()].isupper():
        return False
    prefix = head[: head.index("-") + 1]
    return prefix not in {m.lower() for m in compiled(doc.language).language.former_markers}


def _receives_members_of_many(doc: Document, hit: EventHit, window: tuple[int, int]) -> bool:
    """The verb's object is the members of a group from three or more countries, the countries named in its clause
    ("empfängt die Außenminister aus Tschechien, der Slowakei, Slowenien und Ungarn", "received the foreign ministers
    of A, B and C"): a gathering the host holds. So are members from two countries, named or given by the adjectives
    that qualify the members' noun, when a possessive or a plural article opens it ("trifft sich mit seinen Kollegen
    aus Frankreich und Polen", "recevra ses homologues américain et mexicain", "met his Japanese and Korean
    counterparts"): with the host, three parties. Its first words hold the members' noun, its last part of a compound
    where words are compounded ("Außenminister")."""
    language = compiled(doc.language).language
    members = [m.lower() for m in language.gathering_members]
    objects = list(_WORD.finditer(doc.lower, hit[1], min(window[1], hit[1] + _OBJECT_REACH)))[:_MEMBERS_WORDS]
    found = next(
        (
            word
            for word in objects
            if any(word[0] == m or (language.compounds and word[0].endswith(m)) for m in members)
        ),
        None,
    )
    if found is None:
        return False
    clause = re.split(r"[.;:!?\n]", doc.text[found.end() : window[1]], maxsplit=1)[0]
    countries = [run for run in _CAPITALISED_RUN.findall(clause) if place_kind(run, language.code) == "country"]
    if len(countries) >= _MANY:
        return True
    adjectives, determiner = _qualifying_nationalities(doc, found, hit[1])
    owned = determiner in {*language.possessives, *language.plural_articles}
    return owned and len({*countries, *adjectives}) >= _MANY - 1


def _meets_envoys(doc: Document, hit: EventHit, window: tuple[int, int], *, guests_before: bool = False) -> bool:
    """Whom the meeting word meets is a diplomatic corps (`Language.envoy_bodies`), the envoys of many countries as
    one body: among the first words of its clause after it ("déjeuner de travail avec le Corps consulaire", "met
    the diplomatic corps"), or before a verb that closes a verb-final clause ("hat … die Mitglieder des
    Konsularkorps … empfangen") or a word of a visit whose guests stand before it (`guests_before`: "Konsularkorps
    zu Gast im Rathaus"). With their host, many parties: a gathering. Not a corps that completes another noun
    than its members' ("le doyen du corps diplomatique", "une délégation du corps diplomatique")."""
    pattern = compiled(doc.language).cues.envoy_body
    if pattern is None:
        return False
    clause = _CLAUSE_END.search(doc.text, hit[1], window[1])
    after = list(_WORD.finditer(doc.lower, hit[1], clause.start() if clause else window[1]))[:_MEMBERS_WORDS]
    spans = [(hit[1], after[-1].end())] if after else []
    if guests_before or _closes_clause(doc, hit[1]):
        opening = window[0]
        for mark in _CLAUSE_END.finditer(doc.text, window[0], hit[0]):
            opening = mark.end()
        spans.append((opening, hit[0]))
    language = compiled(doc.language).language
    for start, end in spans:
        for found in pattern.finditer(doc.lower, start, end):
            before = doc.lower[start : found.start()].split()
            completes = before[-2:-1] and before[-1] in language.genitive_links
            if not (completes and before[-2] not in language.member_nouns):
                return True
    return False


def _qualifying_nationalities(doc: Document, noun: re.Match[str], start: int) -> tuple[set[str], str]:
    """The countries of the nationality adjectives that qualify a noun, in a run next to it joined by commas and
    joining words: before it ("seine ukrainischen, russischen und französischen Amtskollegen") or after it ("ses
    homologues américain et mexicain"), not past the verb at `start`; and the word before the run that opens the
    noun's phrase, its determiner ("seine", "ses")."""
    nationalities = compiled(doc.language).names.nationalities
    joiners = set(compiled(doc.language).language.counterpart_words)
    before = list(_WORD.finditer(doc.lower, start, noun.start()))
    after = list(_WORD.finditer(doc.lower, noun.end(), noun.end() + _OBJECT_REACH))
    countries: set[str] = set()
    determiner = ""
    for run, opening in ((reversed(before), True), (after, False)):
        for word in run:
            country = nationalities.get(fold(word[0]))
            if country:
                countries.add(country)
            elif word[0] not in joiners:
                determiner = word[0] if opening else determiner
                break
    return countries, determiner


def _links_many(doc: Document, hit: EventHit, window: tuple[int, int]) -> bool:
    """A video link's noun whose counterparts follow it, after the word that links them ("Videokonferenz mit den
    Außenministern Österreichs, Luxemburgs und Liechtensteins", "Telefonkonferenz mit Präsident A B, dem Premier C
    D"): two of them or more, named as countries or as people, and with their host three parties, a gathering. The
    list ends where a clause takes over, at a comma that neither an article nor a joining word follows ("mit X Y,
    wie Sprecher Z W mitteilte") or at a bracket. Not when a video link was told before it: the brief is about
    that one, and this is another of the same day."""
    language = compiled(doc.language).language
    if not language.counterpart_words or _linked_before(doc, hit):
        return False
    link = language.counterpart_words[0]
    after = doc.lower[hit[1] : window[1]]
    if not after.startswith(f" {link} "):
        return False
    start = hit[1] + len(link) + 2
    joiners = {*language.counterpart_words, *language.definite_articles, *language.indefinite_articles}
    end = window[1]
    for mark in _LIST_BREAK.finditer(doc.text, start, window[1]):
        word = (mark.group("next") or "").lower()
        if mark.group(0)[0] != "," or (word and word not in joiners and not mark.group("next")[0].isupper()):
            end = mark.start()
            break
    segment = doc.text[start:end]
    countries = sum(place_kind(run, language.code) == "country" for run in _CAPITALISED_RUN.findall(segment))
    people = sum(len(name.tokens) >= 2 for name in find_names(doc.text, start, end, doc.language))
    return max(countries, people) >= _MANY - 1


def _links_parties(doc: Document, hit: EventHit, window: tuple[int, int]) -> bool:
    """A video link among three parties or more, a gathering: the countries that its subject and its object name as
    parties, as a meeting's are counted (`_party_countries`: "Leaders of A, B, C and D participated in the video
    conference"), three countries or more its subject counts ("The top diplomats of seven countries held a video
    conference"), or the people its sentence names in full, past those who report it ("…, spokesman A B announced"):
    "A video conference was held between Foreign Ministers A B and C D, with the participation of E F and G H". Two
    parties make a call, however it is carried. Not when a video link was told before it (`_linked_before`): the brief
    is about that one."""
    if _linked_before(doc, hit):
        return False
    segments = ((window[0], hit[0]), (hit[1], _object_end(doc, hit, window)))
    if len({country for start, end in segments for country in _party_countries(doc, start, end)}) >= _MANY:
        return True
    cues = compiled(doc.language).cues
    counted = cues.country_count and cues.country_count.search(doc.lower, window[0], hit[0])
    if counted and (counted["word"] or int(counted["count"]) >= _MANY):
        return True  # "The top diplomats of seven countries held a video conference"
    language = compiled(doc.language).language
    reporting = {*cues.statement_verbs, *(verb.lower() for verb in language.speech_verbs)}
    people = {
        " ".join(name.tokens)
        for name in find_names(doc.text, window[0], window[1], doc.language)
        if len(name.tokens) >= _PAIR
        and not reporting & set(doc.lower[name.end : window[1]].split()[:_REPORTER_WORDS])
    }
    return len(people) >= _MANY


def _linked_before(doc: Document, hit: EventHit) -> bool:
    """A video link's word stands in the text before the hit."""
    before = doc.lower[: hit[0]]
    return any(re.search(rf"(?<!\w){re.escape(words)}(?!\w)", before) for words in compiled(doc.language).cues.video)


def _counts_many(doc: Document, window: tuple[int, int]) -> bool:
    """The window counts three or more members of a gathering, in figures or in words ("34 Staats- und
    Regierungschefs", "Eleven Heads of State", "une dizaine de chefs d'État"): more parties than a meeting has."""
    pattern = compiled(doc.language).cues.member_count
    return bool(pattern) and any(
        m["word"] or int(m["count"]) >= _MANY for m in pattern.finditer(doc.lower, *window)
    )


def _at_airport(doc: Document, hit: EventHit, window: tuple[int, int]) -> bool:
    """An airport named near a verb of welcome, in its sentence: a welcome at the airport is a guest's arrival (a
    word of conversation, "discussed the new airport", names no welcome), or the first place named after the verb. A
    noun of arrival after the verb carries the airport named right after it, however long the guest's titles between
    ("received X, crown prince of …, upon his arrival at Y Airport")."""
    cues = compiled(doc.language).cues
    pattern = cues.airport
    if not pattern or _is_talk(doc, hit):
        return False
    near = (max(window[0], hit[0] - _AIRPORT_REACH), min(window[1], hit[1] + _AIRPORT_REACH))
    if pattern.search(doc.lower, *near):
        return True
    # the first place the verb's sentence names after it, past the guest's long titles ("receives X, the president of
    # the Democratic Socialist Republic of Y, at the Z Airbase")
    first = compiled(doc.language).places.after_preposition.search(doc.text, hit[1], window[1])
    if first and pattern.search(doc.lower, first.start("place"), first.end("place")):
        return True
    arrival = cues.arrival_noun.search(doc.lower, hit[1], window[1]) if cues.arrival_noun else None
    return bool(arrival) and bool(
        pattern.search(doc.lower, arrival.end(), min(window[1], arrival.end() + _AIRPORT_REACH))
    )


def _received_on_arrival(doc: Document, hit: EventHit, window: tuple[int, int]) -> bool:
    """A verb of welcome whose guest's arrival a clause after it tells ("received X who arrived in the country on a
    visit", "welcomed X when he landed"), or that its sentence tells on the guest's arrival in a country or a city
    (`_on_arrival_in_place`): the reception is the guest's arrival, a visit. Talks are no welcome, and an arrival
    told before the verb ("X, who arrived on Tuesday, was received by Y") is the guest's, not the reception's."""
    if _is_talk(doc, hit):
        return False
    pattern = compiled(doc.language).cues.arrival_clause
    if pattern and pattern.search(doc.lower, hit[1], min(window[1], hit[1] + _OBJECT_REACH)):
        return True
    return _on_arrival_in_place(doc, window)


def _on_arrival_in_place(doc: Document, window: tuple[int, int]) -> bool:
    """The sentence names the guest's arrival by its noun after a possessive, in a country or a city the gazetteer
    knows ("A son arrivée à Kinshasa, X a été accueilli par …", "recibió a X a su llegada al Perú"): a welcome told
    then is the arrival of a visit. An arrival at a building ("a su llegada al Palacio Real", "upon their arrival to
    the Ministry") opens a meeting there; one an aside sets before ("Quelques jours après son arrivée à Lomé") is an
    earlier occasion."""
    cues = compiled(doc.language).cues
    if not cues.arrival_noun:
        return False
    language = compiled(doc.language).language
    places = compiled(doc.language).places.after_preposition
    for arrival in cues.arrival_noun.finditer(doc.lower, *window):
        before = doc.lower[window[0] : arrival.start()].split()
        if not before or before[-1] not in language.possessives:
            continue
        reach = max(window[0], arrival.start() - _DETERMINER_REACH)
        if cues.aside and cues.aside.search(doc.lower, reach, arrival.start()):
            continue  # an arrival set aside as an earlier occasion ("Quelques jours après son arrivée à Lomé, …")
        # the link is the noun's own ("llegada al Perú") or a preposition right after it ("arrivée à Kinshasa")
        place = places.search(doc.text, arrival.start(), window[1])
        if not place or not (place.start() == arrival.start() or doc.text[arrival.end() : place.start()].isspace()):
            continue
        if place_kind(place.group("place").rstrip("."), language.code) in _ARRIVAL_PLACES:
            return True
    return False


def _set_aside(doc: Document, hits: list[EventHit], window_start: int) -> set[EventHit]:
    """The event words that follow an aside cue: the occasion around the event ("on the sidelines of the
    summit"), one only offered ("invited her to visit"), one still to come ("the next summit"), one denied
    ("il n'y a pas eu d'entretien", "no meeting is planned") or one left undecided ("a possible meeting", "la
    rencontre n'est pas à l'ordre du jour", "визит отложен"), not the event reported."""
    cues = compiled(doc.language).cues
    pattern = cues.aside
    aside = {
        hit
        for hit in hits
        if any(
            cue and cue.search(doc.lower, max(window_start, hit[0] - _DETERMINER_REACH), hit[0])
            for cue in (cues.upcoming, cues.negated)
        )
        or _undecided(doc, hit, window_start)
        or _in_earlier_tense(doc, hit, window_start)
    }
    # with the words read within a phrase set aside ("переговоры" of "рассчитывает провести телефонные переговоры")
    aside.update(hit for hit in hits for other in list(aside) if other[0] <= hit[0] and hit[1] <= other[1])
    # with a passive verb of attendance after one ("had held talks in X, which were attended by Y"): it attends it
    aside.update(
        hit for before, hit in pairwise(hits) if before in aside and _attended_by(doc, hit, before[1], window_start)
    )
    # a gathering still to come, named with its time after it ("at the Heads of Government Meeting in Malta later this
    # year"), with the words read within its name ("Meeting in")
    for coming in [hit for hit in hits if hit[2] == "conference" and cues.coming_after.match(doc.text, hit[1])]:
        aside.update(hit for hit in hits if hit[0] < coming[1] and coming[0] < hit[1])
    if not pattern or not hits:
        return aside
    for cue in pattern.finditer(doc.lower, max(window_start, hits[0][0] - _ASIDE_REACH), hits[-1][0]):
        following = next((hit for hit in hits if hit[0] >= cue.end()), None)
        if following and following[0] - cue.end() <= _ASIDE_REACH:
            # with the words read within the same phrase ("the extraordinary meeting" and "meeting of"), and the
            # rest of the gathering's name ("the 77th session of the UN General Assembly")
            named = _gathering_name_end(doc, hits, following)
            aside.update(hit for hit in hits if hit[0] < named and following[0] < hit[1])
    return aside


def _gathering_name_end(doc: Document, hits: list[EventHit], first: EventHit) -> int:
    """Where the name of the gathering that `first` opens ends: a gathering's word a few joining words on, in the
    same clause, belongs to it ("la 77e session ordinaire de l'Assemblée générale", "the 78th session of the United
    Nations General Assembly"), a meeting's verb after it ("the summit, X met Y") does not."""
    end = first[1]
    for hit in hits:
        if hit[0] < end:
            continue
        gap = doc.text[end : hit[0]]
        if hit[2] != "conference" or _CLAUSE_END.search(gap) or len(gap.split()) > _NAME_JOINS:
            break
        end = hit[1]
    return end


def _attended_by(doc: Document, hit: EventHit, after: int, window_start: int) -> bool:
    """A verb of attendance in the passive, its agent right after it ("…, which were attended by X"): it attends
    the event told before it (ending at `after`, in the window), not one of its own."""
    if after < window_start or event_key(doc.lower[hit[0] : hit[1]]) not in compiled(doc.language).cues.attendance:
        return False
    following = doc.lower[hit[1] : hit[1] + _OBJECT_REACH].split()[:1]
    return bool(following) and following[0] in compiled(doc.language).language.agent_words


def _attended(doc: Document, hit: EventHit, hits: list[EventHit]) -> EventHit | None:
    """The event word a verb of attendance attends, in its object ("attended the meeting"), else None."""
    if event_key(doc.lower[hit[0] : hit[1]]) not in compiled(doc.language).cues.attendance:
        return None
    return next((h for h in hits if h != hit and hit[1] <= h[0] <= hit[1] + _OBJECT_REACH), None)


def _in_earlier_tense(doc: Document, hit: EventHit, window_start: int) -> bool:
    """The event word's verb stands in a tense before the story's, in what a verb of saying before it reports, and
    its subject is not a pronoun ("said the two sides had held talks", "a déclaré que le président avait reçu"): an
    earlier occasion the speaker tells of, not the event reported. The speaker's own encounter ("said she had met
    her counterpart"), or one told by itself ("X s'était entretenu jeudi avec Y"), is the news."""
    cues, language = compiled(doc.language).cues, compiled(doc.language).language
    pattern = compiled(doc.language).people.earlier_tense
    if pattern is None:
        return False
    for found in pattern.finditer(doc.text, max(window_start, hit[0] - _DETERMINER_REACH), hit[1]):
        if not (found.start() <= hit[0] < found.end() and cues.said.search(doc.lower, window_start, found.start())):
            continue
        subject = re.split(r"['’]", (doc.lower[window_start : found.start()].split() or [""])[-1])[-1]
        return subject not in language.pronouns
    return False


def _undecided(doc: Document, hit: EventHit, window_start: int) -> bool:
    """The event word names an event only considered or put off: a word before it ("a possible meeting", "условие
    встречи", "whether … a meeting") or a predicate after it in its clause ("a meeting is possible", "визит … отложен",
    "n'est pas à l'ordre du jour"), or one only announced, a near future without a day close after it ("встретится с
    X в ближайшее время", "a meeting in the near future")."""
    cues = compiled(doc.language).cues
    before = cues.undecided_before
    after = cues.undecided_after
    cue = before.search(doc.lower, max(window_start, hit[0] - _DETERMINER_REACH), hit[0]) if before else None
    return bool(cue) or bool(after and after.match(doc.lower, hit[1]))


def _statement_yields(doc: Document, kinds: list[tuple[str, EventHit]]) -> bool:
    """A leading verb of speech ("said", "a déclaré") yields to the event its clause reports (a word that the
    meeting list holds too, "welcomed the ceasefire agreed …", keeps its vote), not to an agreement it acts on
    ("a salué l'accord de paix signé à …": what was welcomed); a leading statement noun yields to the gathering
    that issued it."""
    kind, hit = kinds[0]
    if kind != "statement":
        return False
    if hit[2] == "statement" and compiled(doc.language).cues.speech.match(doc.lower, hit[0]):
        return any(other in CORE_EVENTS and not _acted_on(doc, hit, other, at) for other, at in kinds)
    return _issued_by_gathering(doc, hit, kinds)


def _announced_dropped(doc: Document, kinds: list[tuple[str, EventHit]]) -> list[tuple[str, EventHit]]:
    """Without the encounters that a leading verb of speech tells as still to come after it ("Путин сообщил, что …
    встретится с X", "заявил, что Y рассчитывает провести телефонные переговоры с Z"): what the clause reports is
    the announcement, and the encounter is yet to be held."""
    if not kinds or kinds[0][0] != "statement":
        return kinds
    speech = kinds[0][1]
    if speech[2] != "statement" or not compiled(doc.language).cues.speech.match(doc.lower, speech[0]):
        return kinds
    coming = [
        hit
        for kind, hit in kinds
        if kind in CORE_EVENTS and hit[0] > speech[1] and _told_as_future(doc, hit, speech[1])
    ]
    # with the words read within the same phrase ("переговоры" of "телефонные переговоры")
    return [(kind, hit) for kind, hit in kinds if not any(c[0] <= hit[0] < c[1] for c in coming)]


def _called_to_say(doc: Document, hit: EventHit, start: int) -> bool:
    """A statement word that a call verb's purpose link leads to in its clause ("called X on Sunday to express his
    condolences", "llamó hoy a su homólogo para darle las condolencias"): the call delivers the statement."""
    pattern = compiled(doc.language).cues.call_purpose
    return bool(pattern and pattern.search(doc.lower, start, hit[0]))


def _acted_on(doc: Document, verb: EventHit, kind: str, event: EventHit) -> bool:
    """An agreement or a signing right after a verb of speech, within its first words: the verb's object."""
    return kind == "other" and verb[1] <= event[0] and len(_WORD.findall(doc.lower, verb[1], event[0])) <= 2


def _window_votes(
    doc: Document,
    hits: list[EventHit],
    window: tuple[int, int],
    named_before: bool = True,
    named_kinds: frozenset[str] = frozenset(),
    welcome_next: bool = False,
    named_heads: dict[str, set[str]] | None = None,
) -> dict[str, tuple[float, EventHit]]:
    """Each event type one window names, with the strength of its most telling word and that word. The
    first event word is the sentence's main one; later words of another type ("met with visiting ...")
    count less. A phone call, or an envoy's credentials, are the window's only vote; a verb of speech
    ("said") votes only when the window names no meeting, call, visit or signing. A possessive before an
    event word refers back only when an earlier window named an event (`named_before`): in the title, "his
    visit" is the visit reported. A phrase that opens on its determiner ("The meeting was organised by …") refers
    back only to a word of its own kind named before (`named_kinds`): "The meeting between X and Y" after a title
    about a summit is the first word of that meeting. A reception told in the window, the official welcome told alone
    in the next (`welcome_next`: "X received Y at the palace." / "A welcome ceremony took place …"), is a guest's
    arrival. A noun named again after its article takes the kind of the earlier word it ends (`named_heads`,
    `_named_again`: "paid a courtesy call on X." / "During the call, …" is that meeting, not a phone call)."""
    window_start, window_end = window
    referring = compiled(doc.language).cues.referring if named_before else None
    aside = _set_aside(doc, hits, window_start)
    reported = _reported(doc, hits, window, aside)
    kinds = [(_kind_by_object(doc, hit, reported, window), hit) for hit in reported]
    if named_heads:
        kinds = [(_named_again(doc, hit, named_heads) or kind, hit) for kind, hit in kinds]
    if "conference" in named_kinds:  # "The ministers will exchange views …" after the title named their meeting
        kinds = [(_kind_of_members(doc, kind, hit, window_start), hit) for kind, hit in kinds]
    credentials = compiled(doc.language).cues.credentials
    kinds = [
        (kind, hit) for kind, hit in kinds if not (kind in ("phone_call", "visit") and _inside_other_phrase(hit, hits))
    ]
    kinds = _announced_dropped(doc, kinds)
    if kinds and _by_video(doc, kinds, named_kinds):
        kinds = [(kind, hit) for kind, hit in kinds if kind != "phone_call"]
    if not any(kind == "phone_call" for kind, _ in kinds):
        kinds = [
            ("phone_call", hit) if kind == "statement" and _called_to_say(doc, hit, window_start) else (kind, hit)
            for kind, hit in kinds
        ]
    if any(kind == "phone_call" for kind, _ in kinds):
        kinds = [(kind, hit) for kind, hit in kinds if kind == "phone_call"]
    elif any(event_key(doc.lower[hit[0] : hit[1]]) in credentials for _, hit in kinds):
        kinds = [("meeting", hit) for _, hit in kinds if event_key(doc.lower[hit[0] : hit[1]]) in credentials]
    elif kinds and _statement_yields(doc, kinds):
        nouns = [hit for kind, hit in kinds if kind == "statement"]
        kinds = [
            (kind, hit)
            for kind, hit in kinds
            if kind != "statement" and not any(_completes_noun(doc, kind, hit, noun) for noun in nouns)
        ]
    main = _after_occasion(doc, kinds, window_start, not named_before) or _after_label(doc, kinds, window)
    if main:
        kinds.insert(0, kinds.pop(main))
    elif (met := _meeting_at_gathering(doc, kinds, window)) is not None:
        kinds.insert(0, ("meeting", kinds.pop(met)[1]))
    frame = next(
        (
            hit
            for kind, hit in kinds
            if kind == "visit"
            and _frames_visit(doc, hit, window_end)
            # a visit in a relative clause about the subject, before the verb, frames nothing ("X, who is on a state
            # visit, met Y"); one about the guest received after it does only as the guest's own visit or its purpose
            and not (
                hit[0] < kinds[0][1][0]
                and (
                    _in_relative_clause(doc, hit[0], window_start)
                    or (not named_before and _fronted_occasion(doc, hit[0], window_start))
                )
            )
            and not (kinds[0][0] == "meeting" and _guest_on_visit(doc, hit, kinds[0][1], window_start))
        ),
        None,
    )
    if frame and kinds[0][0] == "meeting":
        kinds.insert(0, kinds.pop(kinds.index(("visit", frame))))
    elif (
        kinds
        and kinds[0][0] == "meeting"
        and not _is_talk(doc, kinds[0][1])
        and not _receives_guest_on_visit(doc, hits, window)
        and (
            _welcomed(doc, window)
            or (welcome_next and _reception_alone(doc, kinds, credentials))
        )
    ):
        kinds[0] = ("visit", kinds[0][1])
    votes: dict[str, tuple[float, EventHit]] = {}
    for position, (kind, hit) in enumerate(kinds):
        strength = 1.0 if position == 0 else _LATER_WORD
        before = referring and referring.search(doc.text, max(window_start, hit[0] - _DETERMINER_REACH), hit[0])
        if before or (hit[2] in named_kinds and _opens_on_determiner(doc, hit)):
            strength *= _REFERRING_BACK
        if strength > votes.get(kind, (0.0, hit))[0]:
            votes[kind] = (strength, hit)
    welcome = None if votes else _welcome(doc, window)
    if welcome:  # "Un accueil officiel a été réservé au roi", "the welcoming ceremony of the President took place"
        votes["visit"] = (1.0, welcome)
    said = None if votes or not aside else compiled(doc.language).cues.said.search(doc.lower, *window)
    if said:  # "Il n'y avait pas d'entretien entre X et Y en marge du forum, a indiqué le porte-parole"
        votes["statement"] = (1.0, (said.start(), said.end(), "statement"))
    undecided = None if votes else next((hit for hit in hits if _undecided(doc, hit, window_start)), None)
    if undecided:  # "Визит Лаврова в Минск отложен", "Possible meeting of the two presidents": what was said of it
        votes["statement"] = (1.0, (undecided[0], undecided[1], "statement"))
    interview = None if votes else _interview(doc, window)
    if interview:  # "X said in an interview with Rossiya-1 television": what was said
        votes["statement"] = (1.0, interview)
    return votes


def _named_again(doc: Document, hit: EventHit, named_heads: dict[str, set[str]]) -> str | None:
    """The kind of the earlier event word that a phrase names again: its noun, its last word, follows a definite
    article or a demonstrative ("during the call", "the call") and ends an event word of one kind in a window read
    before ("paid a courtesy call on X"); none when the noun ended words of several kinds."""
    phrase = doc.lower[hit[0] : hit[1]].split()
    language = compiled(doc.language).language
    if len(phrase) < 2 or phrase[-2] not in (*language.definite_articles, *language.demonstratives):
        return None
    kinds = named_heads.get(phrase[-1], set())
    return next(iter(kinds)) if len(kinds) == 1 and hit[2] not in kinds else None


def _interview(doc: Document, window: tuple[int, int]) -> EventHit | None:
    """An interview given to an outlet, told in a window that names no event ("Lukashenko said in an interview with
    Rossiya-1 television"): a statement. Not when a person's name follows the link ("im Gespräch mit Anna Berg"),
    a conversation with that person."""
    interview = compiled(doc.language).source.interview.search(doc.text, *window)
    if not interview or (
        interview.group("src") and find_names(doc.text, interview.start("src"), interview.end("src"), doc.language)
    ):
        return None
    return interview.start(), interview.end(), "statement"


def _inside_other_phrase(hit: EventHit, hits: list[EventHit]) -> bool:
    """The phrase begins within an event phrase of another kind that begins before it ("call with" of "held a
    courtesy call with X", "a farewell call with", "Staatsbesuch" of "hoher Staatsbesuch", the guest of rank): its
    first word is the other phrase's, which names the event."""
    return any(other[0] < hit[0] < other[1] and other[2] != hit[2] for other in hits)


def _after_label(doc: Document, kinds: list[tuple[str, EventHit]], window: tuple[int, int]) -> int:
    """Where the event a headline's sentence reports stands, after a label that names its occasion and a colon
    ("Conférence de l'Union : le président a quitté Kessel pour Ostrava"): the first event word of that sentence,
    which opens on a capital, when the label names only a gathering. 0 when there is none."""
    if not kinds or kinds[0][0] != "conference" or doc.text[window[0] : window[1]].count(":") != 1:
        return 0
    if _inaugurates(doc, kinds[0][1]):
        return 0  # "X inaugurated the Forum on the theme 'Y: Z' hosted by W": a verb, no label
    colon = doc.text.index(":", window[0], window[1])
    if not _LABEL_END.match(doc.text, colon) or any(colon < hit[0] and kind == "conference" for kind, hit in kinds):
        return 0
    return next((index for index, (_, hit) in enumerate(kinds) if hit[0] > colon), 0)


def _opens_on_determiner(doc: Document, hit: EventHit) -> bool:
    """The event phrase opens on an article, a possessive or a demonstrative ("the meeting", "their talks")."""
    phrase = doc.lower[hit[0] : hit[1]].split()
    language = compiled(doc.language).language
    determiners = (*language.definite_articles, *language.possessives, *language.demonstratives)
    return len(phrase) > 1 and phrase[0] in determiners


def _by_video(doc: Document, kinds: list[tuple[str, EventHit]], named_kinds: frozenset[str] = frozenset()) -> bool:
    """The window's first event is a gathering, or a bare meeting noun after a window that named one ("The Chinese
    and Russian ministers attend the meeting through videoconference"), and its calls are video links ("The meeting
    of the ministers was held by videoconference"): the link is the gathering's medium, and the window reports the
    gathering."""
    video = compiled(doc.language).cues.video
    calls = [hit for kind, hit in kinds if kind == "phone_call"]
    first_kind, first = kinds[0]
    gathering = first_kind == "conference" or (
        first_kind == "meeting"
        and "conference" in named_kinds
        and _opens_on_determiner(doc, first)
        and _bare_meeting_noun(doc, first, first[0])
    )
    return gathering and bool(calls) and all(event_key(doc.lower[hit[0] : hit[1]]) in video for hit in calls)


def _inaugurates(doc: Document, hit: EventHit) -> bool:
    """A verb of inauguration ("X inaugurated the Forum hosted by Y"): the gathering it opens is the sentence's own
    news, neither the occasion of a meeting after it, nor the place where two people met, nor a headline's label."""
    return event_key(doc.lower[hit[0] : hit[1]]) in compiled(doc.language).cues.inaugurations


def _after_occasion(doc: Document, kinds: list[tuple[str, EventHit]], window_start: int, first: bool = False) -> int:
    """Where the event the window reports stands, when its first event word is a visit or a gathering named as
    the occasion of what follows ("During his visit to Kessel, the minister met …", "Le président, qui participe au
    sommet, a rencontré …", "X, en visite à Kessel, a été reçu par …"): the first meeting, call or signing after
    it, which the sentence's verb reports. The occasion opens the sentence or is set off by commas. 0 when there
    is none; when a visit named by its rank comes first ("during his state visit"), whose reception or talks are
    part of it, unless the `first` window that names an event fronts it before its subject (`_fronted_occasion`);
    or when the members of the gathering act ("At the summit, heads of state discussed …")."""
    if not kinds or kinds[0][0] not in ("visit", "conference"):
        return 0
    cues = compiled(doc.language).cues
    start, end, _kind = kinds[0][1]
    if _inaugurates(doc, kinds[0][1]):
        return 0
    # a ranked visit fronted before the subject ("En visite officielle en France, X a été reçu par Y") is told as
    # the occasion too: the sentence's verb reports the meeting
    relative = _in_relative_clause(doc, start, window_start) or (first and _fronted_occasion(doc, start, window_start))
    if not cues.occasion or (event_key(doc.lower[start:end]) in cues.visit_frames and not relative):
        return 0
    position = 0
    for index, (kind, hit) in enumerate(kinds[1:], start=1):
        if kind == "visit" and event_key(doc.lower[hit[0] : hit[1]]) in cues.visit_frames and not relative:
            return 0  # "during his official visit" ("official visit" stands after "visit")
        if kind in CORE_EVENTS and kind != "visit" and hit[0] >= end:
            position = index
            break
    if not position:
        return 0
    verb = kinds[position][1][0]
    opening = cues.occasion_opening.match(doc.lower, start)
    before = cues.occasion.search(doc.lower, max(window_start, start - _ASIDE_REACH), start)
    cue_starts = [start] if opening and opening.end() < end else []
    cue_starts += [before.start()] if before else []
    set_off = (
        relative
        or any(_SET_OFF.search(doc.text[window_start:c]) for c in cue_starts)
        or bool(cue_starts and "," in doc.text[window_start : min(cue_starts)] and "," in doc.text[end:verb])
    )
    if not set_off or _members_act(doc, end, verb):
        return 0  # "X est en visite à Kessel, où il rencontrera …": the visit is what the sentence says
    return position


def _meeting_at_gathering(doc: Document, kinds: list[tuple[str, EventHit]], window: tuple[int, int]) -> int | None:
    """Where the meeting stands when the window first names a gathering, or a meeting word read as its work, and its
    meeting word joins one person named by their tie to the other ("En marge de l'Assemblée générale, X s'est
    entretenu avec son homologue russe, Y", "Parallel zum Gipfel sind X und sein Kollege Y zusammengekommen", "X y su
    homólogo Y se reunieron tras la Cumbre"): the two met, and the gathering is only where. None otherwise, or when
    the window counts many members or parties (`_parties_at_meeting`: "a rassemblé les ministres de A, B et C
    autour de leur homologue marocain, X") or the word names the gathering itself."""
    if not kinds or kinds[0][0] != "conference" or _counts_many(doc, window) or not _named_counterpart(doc, window):
        return None
    if len(_parties_at_meeting(doc, kinds[0][1], [hit for _, hit in kinds], window)) >= _MANY:
        return None
    if _inaugurates(doc, kinds[0][1]):
        return None
    return next(
        (index for index, (_, hit) in enumerate(kinds) if hit[2] == "meeting" and not _names_gathering(doc, hit)),
        None,
    )


def _named_counterpart(doc: Document, window: tuple[int, int]) -> bool:
    """The window names one person by their tie to another, their name right after that noun ("son homologue
    russe, Sergueï Lavrov", "sein russischer Kollege Sergej Lawrow", "su homólogo Antony Blinken"):
    `Language.relative_role_stems`."""
    stems = compiled(doc.language).language.relative_role_stems
    for word in _WORD.finditer(doc.lower, *window):
        if any(stem in fold(word.group(0)) for stem in stems):
            end = min(window[1], word.end() + _COUNTERPART_REACH)
            if any(len(name.tokens) >= 2 for name in find_names(doc.text, word.end(), end, doc.language)):
                return True
    return False


def _fronted_occasion(doc: Document, start: int, window_start: int) -> bool:
    """The event word stands in an occasion's phrase put before the subject, in the sentence's opening words that a
    comma closes and that name no one, by name or with a definite article, before the occasion's cue ("En visite de
    travail en France, X a été reçu …", "Iniciando su primera jornada en la gira por Europa, X se reunió …"): an
    adverbial, not what the sentence's verb reports."""
    cues = compiled(doc.language).cues
    if cues.occasion is None or cues.occasion_opening is None or "," in doc.text[window_start:start]:
        return False
    cue = cues.occasion.search(doc.lower, max(window_start, start - _ASIDE_REACH), start)
    cue_start = start if cues.occasion_opening.match(doc.lower, start) else cue.start() if cue else None
    if cue_start is None:
        return False
    articles = compiled(doc.language).language.definite_articles
    opening = doc.text[window_start:cue_start].replace("’", "'").replace("'", "' ").split()
    if any(word.lower() in articles for word in opening) or any(word[:1].isupper() for word in opening[1:]):
        return False  # "Le président X en visite officielle à Paris, …": the subject comes first
    comma = doc.text.find(",", start)
    return comma >= 0 and not _CLAUSE_END.search(doc.text, start, comma)


def _in_relative_clause(doc: Document, start: int, window_start: int) -> bool:
    """The event word stands in a relative clause about a participant, opened by an occasion's cue on a relative
    pronoun and unbroken up to the word ("X who was on a one-day official visit to Y met Z", "X, who is on a state
    visit to Y, called on Z"): the visit, whatever its rank, tells who the person is, not what the sentence's verb
    reports."""
    cues, language = compiled(doc.language).cues, compiled(doc.language).language
    if not cues.occasion or not language.relative_pronouns:
        return False
    for cue in cues.occasion.finditer(doc.lower, max(window_start, start - _ASIDE_REACH), start):
        opening = cue.group(0).split()[:1]
        if opening and opening[0] in language.relative_pronouns and not _CLAUSE_END.search(doc.text, cue.end(), start):
            return True
    return False


def _occasion_of(doc: Document, noun: EventHit, start: int) -> bool:
    """A gathering's noun after a meeting verb names the occasion of the meeting, not what the verb acts on, when an
    occasion's words open its phrase, past determiners, a name and one more word ("met X at the Lake Union summit",
    "s'est entretenu avec Y lors du sommet", "during the Commonwealth summit"); "a accueilli mardi au palais le Forum"
    hosts it."""
    pattern = compiled(doc.language).cues.occasion
    language = compiled(doc.language).language
    determiners = {*language.definite_articles, *language.possessives, *language.demonstratives}
    position = max(start, noun[0] - _ASIDE_REACH)
    while pattern and (found := pattern.search(doc.lower, position, noun[0])):  # the nearest cue may be the one
        gap = doc.text[found.start("gap") : found.end("gap")].replace("’", "'").replace("'", "' ").split()
        if all(word.lower() in determiners or word[:1].isupper() for word in gap[:-1]):
            return True
        position = found.start() + 1
    return False


def _counterpart_before(doc: Document, start: int, noun: EventHit) -> bool:
    """A word that joins the verb's counterpart stands between the verb and the gathering's noun ("se reunió en Lima
    con políticos y coordinó la Cumbre"): the verb met those people, and the gathering is another verb's object."""
    between = doc.lower[start : noun[0]].split()
    return bool(set(between) & set(compiled(doc.language).language.counterpart_words))


def _complements_a_noun(doc: Document, noun: EventHit, start: int) -> bool:
    """The gathering's noun completes another noun, past a link word, determiners and a name ("chatted before the
    family photo of the Lake Summit", "la photo de famille du sommet"): no object of the verb before them."""
    language = compiled(doc.language).language
    determiners = {*language.definite_articles, *language.possessives, *language.demonstratives}
    words = doc.text[start : noun[0]].replace("’", "'").replace("'", "' ").split()
    while words and (words[-1].lower() in determiners or words[-1][:1].isupper()):
        words.pop()
    return len(words) >= 2 and words[-1].lower() in language.gathering_links and words[-2].islower()


def _kind_of_members(doc: Document, kind: str, hit: EventHit, window_start: int) -> str:
    """A meeting verb whose subject is the members of the gathering an earlier window named, with their definite
    article ("The Ministers will exchange views", "Les ministres ont ensuite discuté"): the gathering's own work. Not
    members a preposition governs ("talks with the leaders"), nor a pair, by its word ("the two ministers") or by
    the two nationalities that qualify them ("Les dirigeants russe et américain ont eu une conversation")."""
    if kind != "meeting":
        return kind
    pattern, language = compiled(doc.language).cues.members, compiled(doc.language).language
    if not pattern or not language.definite_articles:
        return kind
    for members in pattern.finditer(doc.lower, max(window_start, hit[0] - _OBJECT_REACH), hit[0]):
        before = doc.lower[max(window_start, members.start() - _DETERMINER_REACH) : members.start()].split()
        governed = len(before) > 1 and before[-2] in (*language.counterpart_words, *language.pair_words)
        if before and before[-1] in language.definite_articles and not governed:
            if len(_qualifying_nationalities(doc, members, window_start)[0]) == _PAIR:
                continue
            return "conference"
    return kind


def _members_act(doc: Document, start: int, end: int) -> bool:
    """The members of a gathering, not a pair of them ("heads of state", not "the two leaders"), between the
    gathering's noun and a verb: they are its subject, and the verb the gathering's own work."""
    pattern = compiled(doc.language).cues.members
    pairs = set(compiled(doc.language).language.pair_words)
    return bool(pattern) and any(
        not set(doc.lower[max(start, m.start() - _DETERMINER_REACH) : m.start()].split()[-_PAIR_WORDS:]) & pairs
        for m in pattern.finditer(doc.lower, start, end)
    )


def _frames_visit(doc: Document, hit: EventHit, window_end: int) -> bool:
    """A visit named by its rank or its guest's stay ("visite officielle", "on a state visit"): the meeting
    its sentence reports ("X received Y at the start of his official visit") is part of it, and the brief reports
    the visit; not a visit set in another time ("… discussed the state visit planned for next year")."""
    cues = compiled(doc.language).cues
    if event_key(doc.lower[hit[0] : hit[1]]) not in cues.visit_frames:
        return False
    return not (cues.background and cues.background.search(doc.text, hit[1], window_end))


def _guest_on_visit(doc: Document, visit: EventHit, verb: EventHit, window_start: int) -> bool:
    """A visit by its rank after the reception or the talks, with no possessive, demonstrative or definite article of
    its own ("a reçu X, qui effectue une visite officielle", "recibió a X, de visita oficial", "held a meeting with X,
    who is on a working visit"): it tells what brings the guest, and the sentence reports the meeting. A visit of its
    own ("recibe a X en su primera visita oficial", "at the start of his state visit") is the visit the meeting is
    part of, and so is a visit given as the purpose of the reception or of the guest's arrival ("empfing X zu einem
    offiziellen Besuch", "quien llegó al país para una visita oficial")."""
    if visit[0] < verb[1]:
        return False
    language = compiled(doc.language).language
    referring = compiled(doc.language).cues.referring
    first = doc.lower[visit[0] : visit[1]].split()[0]
    owned = first in (*language.possessives, *language.demonstratives, *language.definite_articles)
    reach = max(window_start, verb[1], visit[0] - _DETERMINER_REACH)
    purpose = set(doc.lower[reach : visit[0]].split()[-_PURPOSE_WORDS:]) & set(language.purpose_links)
    return not (owned or purpose or (referring and referring.search(doc.text, reach, visit[0])))


def _receives_guest_on_visit(doc: Document, hits: list[EventHit], window: tuple[int, int]) -> bool:
    """The window's reception is of a guest told on a visit by its rank after the verb ("recibió en el palacio a X,
    quien realiza una visita oficial"): the sentence reports the meeting, and the official welcome told with it or in
    the next sentence is that meeting's ceremony, not the guest's arrival."""
    verb = next((hit for hit in hits if hit[2] == "meeting"), None)
    return verb is not None and any(
        hit[2] == "visit" and _frames_visit(doc, hit, window[1]) and _guest_on_visit(doc, hit, verb, window[0])
        for hit in hits
    )


def placed_as_visit(analysis: Analysis) -> bool:
    """A meeting whose title or lead tells the guest's visit by its rank after the reception ("a reçu X, qui effectue
    une visite officielle en Kessel"): it is held where the guest went, and its place is read as a visit's."""
    doc = analysis.doc
    windows = [*([analysis.title] if analysis.title else []), *analysis.lead]
    for window in windows[: len(_POSITION_WEIGHTS)]:
        hits = analysis.events_in(window.start, window.end)
        verb = next((hit for hit in hits if hit[2] == "meeting"), None)
        if verb and any(
            hit[2] == "visit" and _frames_visit(doc, hit, window.end) and _guest_on_visit(doc, hit, verb, window.start)
            for hit in hits
        ):
            return True
    return False


def _welcomed(doc: Document, window: tuple[int, int]) -> bool:
    """The window tells of an official welcome ("received his counterpart with military honours in Kessel", "ceremonia
    oficial de bienvenida"): the reception it reports is a state guest's arrival. Talks that open with the welcome
    ("began talks with an official welcome ceremony") are the talks, not the arrival: the caller asks of a reception
    only. The building the guest is welcomed in ("reçu avec les honneurs au palais", "im Schloss Bellevue") changes
    nothing: honours are a state guest's, whatever the hall."""
    return _welcome(doc, window) is not None


def _reported(doc: Document, hits: list[EventHit], window: tuple[int, int], aside: set[EventHit]) -> list[EventHit]:
    """The window's event words that report an event: not set aside, not a place's name, not a thing or greetings
    received."""
    return [
        hit
        for hit in hits
        if hit not in aside
        and not leaves_no_place(doc, hit)
        and not _receives_thing(doc, hit, window)
        and not _receives_greetings(doc, hit, window)
        and not _attributive_visit(doc, hit, hits)
    ]


def _attributive_visit(doc: Document, hit: EventHit, hits: list[EventHit]) -> bool:
    """A participle of a visit that stands as an adjective of a party, after a determiner or before the party's name
    ("X and his visiting Turkish counterpart signed an agreement", "Visiting Indian President X and Y witnessed the
    signing"), ahead of the sentence's other event words: it describes who acts, and the event word after it tells
    what was done."""
    language = doc.language
    if event_key(doc.lower[hit[0] : hit[1]]) not in language.attributive_visit_words:
        return False
    if not any(other[0] >= hit[1] for other in hits) or any(other[0] < hit[0] for other in hits):
        return False
    before = doc.lower[max(0, hit[0] - _DETERMINER_REACH) : hit[0]].split()[-1:]
    determiners = {*language.definite_articles, *language.indefinite_articles, *language.possessives}
    following = _WORD.search(doc.text, hit[1])
    return bool(before and before[0] in determiners) or bool(following and _person_at(doc, following.start()))


def _reception_alone(doc: Document, kinds: list[tuple[str, EventHit]], credentials: frozenset[str]) -> bool:
    """A reception that a welcome told in the next sentence makes a state guest's arrival ("El presidente recibió a
    su homólogo en el palacio." / "… recibieron los honores de rigor"): not one its own sentence gives talks as the
    purpose of ("empfängt X zu einem Gespräch"), nor an envoy's credentials, whose ceremony has its honours too."""
    return not any(_is_talk(doc, hit) or event_key(doc.lower[hit[0] : hit[1]]) in credentials for _, hit in kinds)


def _welcome_told_alone(doc: Document, hits: list[EventHit], window: tuple[int, int]) -> bool:
    """The window tells of an official welcome with no reception of its own ("Une cérémonie d'accueil officielle a eu
    lieu, avant le début d'un tête-à-tête", "… recibieron los honores de rigor"): the welcome of the reception told
    before it. A window that tells a reception again ("hat X mit militärischen Ehren empfangen") is its own; a verb
    within the welcome's own words ("le président a reçu les honneurs militaires") is the welcome, and talks the
    guests withdraw for after it ("Tras la recepción oficial, se retiraron para sostener una reunión") follow it."""
    welcome = _welcome(doc, window)
    if welcome is None:
        return False
    reported = _reported(doc, hits, window, _set_aside(doc, hits, window[0]))
    return not any(
        hit[2] == "meeting"
        and not welcome[0] <= hit[0] < welcome[1]
        and not _is_talk(doc, hit)
        and not (hit[0] >= welcome[1] and _talks_as_purpose(doc, hit, welcome[1]))
        for hit in reported
    )


def _welcome(doc: Document, window: tuple[int, int]) -> EventHit | None:
    """The official welcome the window tells of, as a visit's words: a window that names no other event but a
    welcome ("Une cérémonie d'accueil officielle a eu lieu au palais") reports a state guest's arrival."""
    pattern = compiled(doc.language).cues.welcome
    found = pattern.search(doc.lower, *window) if pattern else None
    return (found.start(), found.end(), "visit") if found else None


def _issued_by_gathering(doc: Document, statement: EventHit, kinds: list[tuple[str, EventHit]]) -> bool:
    """A statement noun right before the gathering that adopted it ("Communiqué after the 59th Ordinary Session",
    "the Baku Statement adopted following the trilateral meeting"), past the participle of signing that completes
    the noun ("a joint communique signed by them at the conclusion of the summit"): the brief reports the gathering.
    Not a word of reaction to another statement that the gathering issued ("rejected allegations of the statement
    issued by the meeting of G-7 ministers"): what is reported is the reaction."""
    between = [hit for kind, hit in kinds if kind == "statement" and hit != statement]
    signed = next((hit[1] for kind, hit in kinds if _completes_noun(doc, kind, hit, statement)), None)
    end, reach = (signed, _SIGNED_REACH) if signed else (statement[1], _ISSUER_REACH)
    return any(
        kind == "conference"
        and 0 <= hit[0] - end <= reach
        and not (signed and _CLAUSE_END.search(doc.text, end, hit[0]))
        and not any(statement[1] <= other[0] < hit[0] for other in between)  # "rejected the statement issued by …"
        for kind, hit in kinds
    )


def _completes_noun(doc: Document, kind: str, hit: EventHit, noun: EventHit) -> bool:
    """A signing's participle right after a statement noun, completing it ("a joint communique signed by them")."""
    return kind == "other" and hit[0] > noun[1] and doc.text[noun[1] : hit[0]].isspace()


def _gathers_many(doc: Document, hit: EventHit, end: int) -> bool:
    """A meeting noun followed by its members in the plural ("réunion des ministres", "meeting of foreign
    ministers"): the link word is after the noun or ends its phrase, so that a verb's object does not count. The
    members stand in the noun's own sentence, which ends at `end`: "un encuentro de alto nivel. Las delegaciones …"
    names no members of the meeting."""
    gathering = compiled(doc.language).cues.gathering
    members = gathering.match(doc.lower, hit[1], end) if gathering else None
    if not members:
        return False
    if doc.language.capitalised_nouns and doc.text[hit[0]].islower():
        return False  # a verb, whose subject follows it ("traf der Bundesminister … mit X zusammen"), is no noun's link
    links = compiled(doc.language).language.gathering_links
    return not links or bool(members.group("link")) or doc.lower[hit[0] : hit[1]].rsplit(None, 1)[-1] in links


def _names_gathering(doc: Document, hit: EventHit) -> bool:
    """A meeting noun that names a gathering of several parties: by the body it is a meeting of ("the meeting of
    the Ministerial Council", "la réunion du Conseil de la Ligue arabe"; not a cabinet, "du Conseil de défense"),
    by its level or its count of parties ("ministerial meeting", "réunion quadrilatérale"), or by its number in a
    series of sessions ("the 159th meeting", "la 5e réunion")."""
    cues, language = compiled(doc.language).cues, compiled(doc.language).language
    start, end = hit[0], hit[1]
    if cues.gathering_kind_after and cues.gathering_kind_after.match(doc.lower, end):
        return True
    if cues.gathering_kind_before and cues.gathering_kind_before.search(
        doc.lower, max(0, start - _DETERMINER_REACH), start
    ):
        return True
    if cues.rank and cues.rank.search(doc.lower, max(0, start - _DETERMINER_REACH), start):
        return True
    body = cues.gathering_body.match(doc.text, end) if cues.gathering_body else None
    if not body:
        return False
    linked = bool(body.group("link")) or doc.lower[start:end].rsplit(None, 1)[-1] in language.gathering_links
    between = body.group("between").lower().split()
    if not linked or set(between) & set(language.counterpart_words):
        return False  # "meeting with the Council", "réunion entre X et le Conseil"
    return not (cues.cabinet and cues.cabinet.search(doc.lower, body.start("between"), body.end() + _DETERMINER_REACH))


def _is_talk(doc: Document, hit: EventHit) -> bool:
    """A word of conversation ("s'est entretenu", "talks", "переговоры"), which a meeting or a call reports."""
    talk = compiled(doc.language).cues.talk
    return bool(talk and talk.search(doc.lower, hit[0], hit[1]))


def _talk_by_phone(analysis: Analysis, windows: list[tuple[int, int]]) -> bool:
    """True when the title or the lead names the phone as the medium of a conversation ("se sont entretenus
    par téléphone", "провел разговор по телефону"), not in a sentence about an earlier one: the brief's
    words of conversation then report that call. Not a video link among many parties (`_carries_call`)."""
    doc = analysis.doc
    talk, background = compiled(doc.language).cues.talk, compiled(doc.language).cues.background
    if not talk:
        return False
    for start, end in windows:
        if background and background.search(doc.text, start, end):
            continue
        hits = analysis.events_in(start, end)
        for hit in hits:
            near = (max(start, hit[0] - _MEDIUM_REACH), min(end, hit[1] + _MEDIUM_REACH))
            if _carries_call(doc, hit, hits, (start, end)) and talk.search(doc.lower, *near):
                return True
    return False


def _carries_call(doc: Document, hit: EventHit, hits: list[EventHit], window: tuple[int, int]) -> bool:
    """The hit is a call's medium, not a video link among many parties (`_kind_by_object`), which carries a
    gathering."""
    return hit[2] == "phone_call" and _kind_by_object(doc, hit, hits, window) == "phone_call"


def _readout_call(analysis: Analysis, windows: list[tuple[int, int]], talk: EventHit) -> bool:
    """A verb of speaking with a person ("spoke today with Foreign Minister X", "talked with his counterpart") in a
    brief whose title and lead name no city for it and no meeting, visit or gathering held in person, one still to
    come aside ("where they will meet next week"): a readout's call, whose medium goes without saying."""
    doc = analysis.doc
    cues = compiled(doc.language).cues
    if cues.readout_talk is None or not cues.readout_talk.match(doc.lower, talk[0]):
        return False
    after = _WORD.findall(doc.text, talk[1], talk[1] + _OUTLET_REACH)[:_OBJECT_WORDS]
    role_words = compiled(doc.language).names.role_words
    if not any(word[:1].isupper() or fold(word) in role_words for word in after):
        return False  # "spoke to reporters", "spoke with students": no one conversed with
    future = compiled(doc.language).dates.future
    places = compiled(doc.language).places.after_preposition
    for start, end in windows:
        for hit in analysis.events_in(start, end):
            if (
                hit[2] in ("meeting", "visit", "conference")
                and not _is_talk(doc, hit)
                and not future.search(doc.text, max(start, hit[0] - _DETERMINER_REACH), hit[1])
            ):
                return False  # "met", "during his visit": in person
        if start <= talk[0] < end and any(
            place_kind(match.group("place").rstrip("."), doc.language.code) == "city"
            for match in places.finditer(doc.text, talk[1], end)
        ):
            return False  # "spoke with X in Brussels"
    return True


def _unplaced_talk(analysis: Analysis, windows: list[tuple[int, int]]) -> bool:
    """A conversation the title and the lead tell only by words of conversation ("ont eu une conversation
    productive", "Беседа президентов носила деловой характер", "had a frank discussion"), none of them one told of
    audiences or talks held in person as much as of calls (`Language.audience_talk_stems`), between two people at
    most named there, in a story with no dateline's city and no delegation, whose sentences of conversation name no
    place after a preposition but a country, a region or a people ("talks in Sochi", "беседа в Кремле"; not "peace
    in Ukraine", "revient aux Américains") and that names no venue nor any meeting, visit or gathering held in
    person: two parties who talked and were never together, a call whose medium goes unsaid."""
    doc = analysis.doc
    told = [hit for start, end in windows for hit in analysis.events_in(start, end) if hit[2] != "statement"]
    if not told or any(hit[2] != "meeting" or not _is_talk(doc, hit) for hit in told):
        return False
    audience = compiled(doc.language).cues.audience_talk
    if audience and any(audience.search(doc.lower, hit[0], hit[1]) for hit in told):
        return False  # "s'est entretenu avec son homologue": an audience as often as a call
    named = {
        fold(match.tokens[-1])
        for _, match in analysis.names
        if len(match.tokens) >= _PAIR and any(start <= match.start < end for start, end in windows)
    }
    if len(named) > _PAIR:
        return False  # a delegation, notables, several guests: an audience, not a call between two
    if analysis.dateline.cities:
        return False  # "KAZAN, March 3. Minister X held a discussion with Y": where the talks were held
    delegations = {fold(noun) for noun in doc.language.delegation_nouns}
    if any(fold(word) in delegations for word in _WORD.findall(doc.lower)):
        return False  # "The delegations were led by X and Y": talks held in person
    if any(
        hit[2] in ("meeting", "visit", "conference") and not _is_talk(doc, hit)
        for hit in analysis.events_in(0, len(doc.text))
    ):
        return False  # "met", "received", "tête-à-tête", "visit" anywhere: in person
    patterns = compiled(doc.language)
    places, nationalities, plurals = patterns.places, patterns.names.nationalities, patterns.names.plural_endings
    for sentence in doc.sentences:
        if not any(_is_talk(doc, hit) for hit in analysis.events_in(sentence.start, sentence.end)):
            continue
        for match in places.after_preposition.finditer(doc.text, sentence.start, sentence.end):
            place = match.group("place").rstrip(".")
            key = fold(place)
            singulars = {key[: len(key) - len(plural)] + one for one, plural in plurals if key.endswith(plural)}
            people = ({key} | singulars) & nationalities.keys()  # "aux Américains"
            if place_kind(place, doc.language.code) not in ("country", "region") and not people:
                return False  # "talks in Sochi", "беседа в Кремле": where they talked; not "peace in Ukraine"
    return not any(
        pattern.search(doc.text) for pattern in (places.unnamed_venue, places.institution_seat, places.seat_held)
    )


def _reports_ranked_visit(
    doc: Document, votes: dict[str, tuple[float, EventHit]], hits: list[EventHit], window_end: int
) -> bool:
    """The window reports a visit and no meeting within it, and names the visit by its rank or its guest's stay
    ("will arrive in the country tomorrow for a two-day state visit", "est arrivé à Kessel pour une visite
    officielle"); not a reception of a guest who is on such a visit ("X, who is on an official visit, called on Y")."""
    main = max(votes, key=lambda kind: votes[kind][0] * _TYPE_WEIGHTS[kind])
    if main != "visit" or votes[main][0] < 1.0 or "meeting" in votes:
        return False
    return any(_frames_visit(doc, hit, window_end) for hit in hits)


def _reports_arrival(doc: Document, votes: dict[str, tuple[float, EventHit]], window_start: int) -> bool:
    """The window's main word reports a visit as done and no meeting ("El presidente X llegó anoche a Y para asistir a
    la investidura"): the talks the next sentences announce ("se reunirá con su par Z") are the visit's programme."""
    if "meeting" in votes or "visit" not in votes:
        return False
    main = max(votes, key=lambda kind: votes[kind][0] * _TYPE_WEIGHTS[kind])
    strength, hit = votes["visit"]
    return main == "visit" and strength >= 1.0 and not _told_as_future(doc, hit, window_start)


def _visit_as_main(doc: Document, votes: dict[str, tuple[float, EventHit]]) -> bool:
    """The window reports a visit as its main word, given as the purpose of the reception it tells ("hat X den Y zum
    ersten offiziellen Besuch empfangen", "empfängt X zum Staatsbesuch"), no comma between the visit and the
    reception's word (not "traf sich mit Y, der zu einem Arbeitsbesuch weilte"), nor a call paid to a person."""
    if "visit" not in votes:
        return False
    strength, visit = votes["visit"]
    if strength < 1.0 or votes.get("meeting", (0.0, visit))[0] >= strength or _visits_someone(doc, visit):
        return False
    language = compiled(doc.language).language
    before = doc.lower[max(0, visit[0] - _DETERMINER_REACH) : visit[0]]
    if not set(before.split()[-_PURPOSE_WORDS:]) & set(language.purpose_links):
        return False
    meeting = votes.get("meeting")
    if meeting is None:
        return False  # "a quitté le pays pour effectuer deux voyages": no reception the visit is the purpose of
    verb = meeting[1]
    return "," not in doc.text[min(verb[1], visit[1]) : max(verb[0], visit[0])]


def _meeting_to_visit(totals: dict[str, float], opening: tuple[float, EventHit], meetings: list[EventHit]) -> None:
    """The opening's meeting ("X empfängt Y", "X trifft Y") is the reception that opens the visit the next window
    reports (`_visit_as_main`): what it added to the meeting's total goes to the visit's."""
    share, hit = opening
    left = totals.get("meeting", 0.0) - share
    if left > 1e-9:
        totals["meeting"] = left
    else:
        totals.pop("meeting", None)
    totals["visit"] = totals.get("visit", 0.0) + share
    if hit in meetings:
        meetings.remove(hit)


def _parts_of_visit(votes: dict[str, tuple[float, EventHit]]) -> dict[str, tuple[float, EventHit]]:
    """After a lead that reports a visit named by its rank, the talks, the audiences and the dinners the next sentences
    tell of are the visit's programme ("While in Liberia, the President will hold discussions with …"): they vote
    for the visit."""
    if "meeting" not in votes:
        return votes
    parts = dict(votes)
    meeting = parts.pop("meeting")
    if meeting[0] > parts.get("visit", (0.0, meeting[1]))[0]:
        parts["visit"] = meeting
    return parts


def _regather(doc: Document, hit: EventHit, totals: dict[str, float], evidence: dict[str, Span]) -> None:
    """A later word that refers back to the meeting an earlier window named by the same noun, and shows it to be a
    gathering ("(Conclusions réunion)" then "A l'issue de la réunion des ministres des Affaires étrangères de
    l'Alliance"), tells what that meeting was: its votes go to the gathering."""
    named = evidence.get("meeting")
    if named is None or event_key(named.text.lower()) != event_key(doc.lower[hit[0] : hit[1]]):
        return
    _to_gathering(totals, evidence)


def _to_gathering(totals: dict[str, float], evidence: dict[str, Span], kind: str = "meeting") -> None:
    """The meeting's (or the call's) votes go to the gathering it turned out to be."""
    totals["conference"] = (
        totals.get("conference", 0.0) + totals.pop(kind) / _TYPE_WEIGHTS[kind] * (_TYPE_WEIGHTS["conference"])
    )
    evidence.setdefault("conference", evidence.pop(kind))


def _bare_meeting_noun(doc: Document, hit: EventHit, gathering: int) -> bool:
    """The meeting word is a generic noun of a meeting, alone or after an article ("Encuentro", "A meeting", "la
    réunion"), with no counterpart right after it ("meeting with X", "réunion entre", "reunión con") nor the names
    of its members ("встреча Лаврова и Помпео"): it names no pair who met, and in a brief whose title or lead names
    a gathering (at `gathering`) it is that gathering by a plainer noun ("Realizarán Gabinete Binacional …" then
    "Encuentro contará con la presencia del presidente"). A qualifier the meeting's phrase holds after the noun, past
    its prepositions ("meeting in"), names a pair, as one before it does ("una reunión bilateral", "a bilateral
    meeting"). A possessive's meeting told before the gathering is named
    ("X told Y at their meeting", then "agreements reached at the 13th meeting of the Committee") is the meeting of
    those its sentence names."""
    pattern = compiled(doc.language).cues.meeting_noun
    found = pattern.search(doc.lower, hit[0], hit[1]) if pattern else None
    language = compiled(doc.language).language
    determiners = {*language.determiners, *language.possessives, *language.demonstratives}
    if not found:
        return False
    before = doc.lower[hit[0] : found.start()].split()
    qualifiers = [word for word in doc.lower[found.end() : hit[1]].split() if word not in language.stopwords]
    if len(before) > 1 or any(word not in determiners for word in before) or qualifiers:
        return False  # "held a meeting", "bilateral meetings", "reunión bilateral": a verb's object, or a pair's
    preceding = doc.lower[max(0, found.start() - _DETERMINER_REACH) : found.start()].split()[-1:]
    if hit[0] < gathering and any(word in language.possessives for word in [*before, *preceding]):
        return False  # "at their meeting" before the gathering is named: the pair's meeting
    after = _WORD.search(doc.text, found.end(), found.end() + _OBJECT_REACH)
    # the word after it in its clause: the next sentence's first word ("at the meeting. This …") names no one
    word = after.group(0) if after and not _CLAUSE_END.search(doc.text, found.end(), after.start()) else ""
    return not (word[:1].isupper() or word.lower() in compiled(doc.language).language.counterpart_words)


def _call_opens_window(analysis: Analysis, windows: list[tuple[int, int]]) -> bool:
    """The title or a lead sentence opens on a phone call, not in a sentence about an earlier one ("PM speaks with X"
    over "The Prime Minister held a phone call with X. They discussed …"): the brief's words of conversation report
    that call. Not a video link among many parties (`_carries_call`): the words of conversation report that
    gathering."""
    doc = analysis.doc
    background = compiled(doc.language).cues.background
    for start, end in windows:
        hits = analysis.events_in(start, end)
        if (
            hits
            and _carries_call(doc, hits[0], hits, (start, end))
            and not (background and background.search(doc.text, start, end))
        ):
            return True
    return False


def _call_told_later(analysis: Analysis, windows: list[tuple[int, int]]) -> bool:
    """A later sentence of the story names the phone as the medium of the conversation the title or the lead
    reports, with a word that refers back to it ("The prime minister's telephonic conversation with Li was his first",
    "In Washington, the White House released a readout of the telephonic conversation", "L'entretien téléphonique a
    duré une heure"): the words of conversation of the title and the lead ("spoke with", "s'est entretenu") report a
    call. Not in a sentence about an earlier one ("Previously, they had a phone conversation")."""
    doc = analysis.doc
    cues = compiled(doc.language).cues
    if not cues.talk or not cues.referring or not windows:
        return False
    reported = windows[-1][1]
    for sentence in analysis.story:
        if sentence.start < reported:
            continue
        hits = [hit for hit in analysis.events_in(sentence.start, sentence.end) if hit[2] == "phone_call"]
        if not hits or (cues.background and cues.background.search(doc.text, sentence.start, sentence.end)):
            continue
        if any(cues.referring.search(doc.text, max(sentence.start, h[0] - _DETERMINER_REACH), h[0]) for h in hits):
            return True
    return False


def _someone_acts(analysis: Analysis, windows: list[tuple[int, int]]) -> bool:
    """A person's full name, a role or an institution in the title or the lead."""
    doc = analysis.doc
    actor = compiled(doc.language).cues.actor
    if any(actor.search(doc.lower, start, end) for start, end in windows):
        return True
    return any(len(match.tokens) >= 2 and any(s <= match.start < e for s, e in windows) for _, match in analysis.names)


def _title_document(analysis: Analysis) -> Span | None:
    """The written statement the title opens on ("Joint communiqué issued at the end of the state visit …",
    "Lettre de condoléances adressée à …"): no event word comes before it, nor starts with it as another kind
    ("lettres de créance" is an audience), and it is no label before a colon ("Press release: PM call with …"); or
    the document that opens the title's last part ("State visit of President X: joint communiqué").
    The brief is that document, or the gathering that issued it when a
    sentence reports one ("Final communiqué of the 52nd summit")."""
    doc, title = analysis.doc, analysis.title
    pattern = compiled(doc.language).cues.statement_document if doc.language else None
    if not pattern:
        return None
    if not title:
        return None
    tail = _closing_document(doc, title, pattern)
    if tail:
        return tail
    found = pattern.search(doc.lower, title.start, title.end)
    if not found or _LABEL.match(doc.text, found.end(), title.end):
        return None
    first = next(iter(analysis.events_in(title.start, found.end())), None)
    if first and (first[1] <= found.start() or (first[0] <= found.start() and first[2] != "statement")):
        return None
    return doc.span(found.start(), found.end())


def _sent_document(analysis: Analysis, windows: list[tuple[int, int]]) -> Span | None:
    """The message or letter sent that the first window naming an event opens on ("X sent a message to his
    counterpart, congratulating him", "Le président a adressé un message de félicitations à …"): the brief is that
    statement, and the meetings or visits its later sentences quote from it ("I will be happy to hold new meetings
    with you") are what it says."""
    doc = analysis.doc
    pattern = compiled(doc.language).cues.sent_document
    first = next((hits[0] for start, end in windows if (hits := analysis.events_in(start, end))), None)
    if not pattern or first is None or first[2] != "statement":
        return None
    start = next(s for s, e in windows if s <= first[0] < e)
    for found in pattern.finditer(doc.lower, start, first[1]):
        if found.start("document") <= first[0] < found.end("document"):
            return doc.span(found.start("document"), found.end("document"))
    return None


def _closing_document(doc: Document, title: Span, pattern: re.Pattern[str]) -> Span | None:
    """The document noun that opens the title's last part, after a separator ("Visite d'État de X en Guinée :
    communiqué conjoint", "76th General Assembly - Press conference by the Minister (New York, 20 September)"): the
    title names the document, and what comes before is its occasion."""
    for found in pattern.finditer(doc.lower, title.start, title.end):
        opens_part = _SEPARATOR.search(doc.text, title.start, found.start())
        if opens_part and not _SEPARATOR_WITHIN.search(doc.text, found.end(), title.end):
            return doc.span(found.start(), found.end())
    return None


def _names_document(doc: Document, hit: EventHit, window_start: int) -> bool:
    """A statement word that is, or ends, one of the language's written statements or press conferences ("a joint
    press conference", "In a Joint Statement issued …"), not a verb of speech ("said", "a déclaré")."""
    pattern = compiled(doc.language).cues.statement_document
    return bool(pattern) and any(
        found.start() <= hit[0] < found.end() for found in pattern.finditer(doc.lower, window_start, hit[1])
    )


def _told_as_future(doc: Document, hit: EventHit, window_start: int) -> bool:
    """A future marker in or right before the event word ("s'entretiendra", "will meet"): an event still to come,
    which the sentence does not report as done."""
    future = compiled(doc.language).dates.future
    return bool(future.search(doc.text, max(window_start, hit[0] - _DETERMINER_REACH), hit[1]))


def _spoken_at(doc: Document, hits: list[EventHit], window: tuple[int, int]) -> EventHit | None:
    """The first gathering of the window that what is said is set at, a few words after the words that set it there
    and in the same clause ("During a speech at the 2016 Conference on …", "said in her speech at the 77th General
    Assembly", "This was conveyed during the plenary session of …"), and not set aside ("ahead of the summit"); or
    the first meeting or gathering that what was said, referred back to, is set at ("M. X a fait ces remarques lors
    de sa rencontre avec Y", "made the remarks during a meeting with Y")."""
    cues = compiled(doc.language).cues
    return _set_at(doc, hits, window, cues.speech_setting, ("conference",)) or _set_at(
        doc, hits, window, cues.remarks_setting, ("meeting", "conference")
    )


def _set_at(
    doc: Document,
    hits: list[EventHit],
    window: tuple[int, int],
    pattern: re.Pattern[str] | None,
    kinds: tuple[str, ...],
) -> EventHit | None:
    """The first event word of one of `kinds` a few words after a setting of `pattern`, in its clause and not set
    aside."""
    if not pattern:
        return None
    aside = _set_aside(doc, hits, window[0])
    for hit in hits:
        if hit[2] not in kinds or hit in aside or any(o[0] < hit[0] and hit[1] <= o[1] for o in hits):
            continue  # nor the "conference" of "a regular press conference"
        settings = list(pattern.finditer(doc.lower, max(window[0], hit[0] - _OBJECT_REACH), hit[0]))
        setting = settings[-1] if settings else None
        gap = doc.text[setting.end() : hit[0]] if setting else ""
        if setting and len(gap.split()) <= _SETTING_WORDS and not _CLAUSE_END.search(gap):
            return hit
    return None


def _speech_lead(doc: Document, window: tuple[int, int]) -> dict[str, tuple[float, EventHit]]:
    """A statement's vote for the first lead sentence that names no event and reports speech ("Valdoria and Norland
    will deepen their cooperation, the minister assured on Thursday in Dakar"), when the title named none: the
    main sentence tells what was said, and the events of the next ones are its circumstances. Two parties who agreed
    ("X and Y agreed yesterday to …") met: the sentence reports their meeting."""
    said = compiled(doc.language).cues.said.search(doc.lower, *window)
    if not said:
        return {}
    hit = (said.start(), said.end(), "statement")
    return {"meeting" if _pair_agrees(doc, hit, window) else "statement": (1.0, hit)}


def _speech_title(
    doc: Document, hits: list[EventHit], votes: dict[str, tuple[float, EventHit]], title_start: int
) -> EventHit | None:
    """The title's verb of speech or reaction when it is the title's only event word and its vote ("Le ministre
    dénonce la marginalisation de l'UA", "Le président malgache félicite son homologue", "The ministry condemns the
    attack"): the title is a clause that reports what was said, and the meeting, gathering or reception the lead
    recounts is its setting. A title written as a sentence, its subject opening on a determiner ("Le président …"),
    and a verb, not a noun: in lower case, not after a determiner ("les vœux", "Baku Statement"); nor a greeting that
    both lists hold ("welcomes his counterpart"), which reports a meeting. A headline's short subject ("Minister
    condemns …", "Ghana hails …") often tops a brief about the meeting where it was said."""
    strength, hit = votes.get("statement", (0.0, None))
    if not hit or hit[2] != "statement" or len(votes) != 1 or strength != 1.0 or hits != [hit]:
        return None
    if not doc.text[hit[0]].islower():
        return None
    before = doc.lower[title_start : hit[0]].split()
    language = compiled(doc.language).language
    determiners = {*language.definite_articles, *language.possessives, *language.demonstratives}
    return hit if len(before) >= 2 and before[0] in determiners and before[-1] not in determiners else None


def _addresses_guest(doc: Document, hit: EventHit) -> bool:
    """A verb of greeting or thanks whose object is a person ("He congratulated X on his appointment", "commended
    the High Commissioner for …"), in a sentence after the meeting was told: what was said to the guest at that
    meeting, not a statement of its own."""
    address = compiled(doc.language).cues.address
    return event_key(doc.lower[hit[0] : hit[1]]) in address and _welcomes_people(doc, hit[1])


def _talks_after_scene(doc: Document, voted: list[dict[str, tuple[float, EventHit]]]) -> bool:
    """An untitled brief whose first event sentence names a visit, not by its rank, as the occasion of something else
    ("s'est montré conciliant lors d'une visite à Kessel") or with the reception it held ("a effectué une visite à
    Kessel, où il a été reçu au palais"), and whose next ones all tell of nothing but a meeting ("Les deux hommes ont
    eu un tête-à-tête", "À l'issue de cette réunion, …"): the visit sets the scene, the brief reports the talks."""
    if len(voted) < _SCENE_AND_TALKS or not set(voted[0]) <= {"visit", "meeting"}:
        return False
    if "visit" not in voted[0] or voted[0]["visit"][0] < 1.0:
        return False
    if "meeting" not in voted[0]:
        occasion = compiled(doc.language).cues.occasion
        start = voted[0]["visit"][1][0]
        if not occasion or not occasion.search(doc.lower, max(0, start - _ASIDE_REACH), start):
            return False
    return all(set(votes) == {"meeting"} for votes in voted[1:])


def _credited_captions(analysis: Analysis) -> frozenset[int]:
    """Where the body's photo captions start that another caption's sentence follows, their credit ("X meets Y in
    Riyadh, on Oct 29, 2019. (Photo: Agency)")."""
    body = analysis.body
    return frozenset(
        s.start for s, after in pairwise(body) if s.caption and after.caption
    )


def extract_event_type(analysis: Analysis) -> tuple[EventType, Span | None]:
    """The event type and the words that show it."""
    doc, title = analysis.doc, analysis.title
    if doc.language is None:
        return "other", None
    windows = [(title.start, title.end)] if title else []
    # a photo's caption with its copyright mark ("X trifft Y in Wien © Agentur") shows the event the lead reports
    photos = _credited_captions(analysis)
    lead = [s for s in analysis.lead if not (s.caption and COPYRIGHT_MARK in s.text)]
    # a credited photo's caption over the story ("X meets Y in Riyadh, on Oct 29, 2019. (Photo: Agency)" over
    # "RIYADH — X sent a cable …") is read after the lead's sentences, which tell the news
    windows += [(s.start, s.end) for s in lead if s.start not in photos] + [
        (s.start, s.end) for s in lead if s.start in photos
    ]
    speaker = analysis.headline_speaker
    if speaker:  # "Дорнов: разговор Ларина и Волкова …", "Kreml: Telefonat …": the remark made of it is the news
        return "statement", doc.span(speaker.start, speaker.end)
    totals: dict[str, float] = {}
    evidence: dict[str, Span] = {}
    main_words: set[str] = set()  # the kinds the title or the first lead sentence report as done by their main word
    by_phone: bool | None = None  # asked only of a brief whose title or lead has a word of conversation
    named_kinds: set[str] = set()  # the kinds of the event words of the windows already read
    named_heads: dict[str, set[str]] = {}  # the last word of each of those event words, with their kinds
    framed = False  # the first window naming an event reported a visit named by its rank: later meetings are its own
    arrived = False  # the first window naming an event reported a guest's arrival: later meetings to come are its own
    spoken: EventHit | None = None  # the gathering or meeting what is said is set at ("said in her speech at …")
    meetings: list[EventHit] = []  # the words of the meeting votes, a gathering's plainer name if all are bare nouns
    gathering: int | None = None  # where a window's main or referring word first named a gathering
    linked = False  # a video link among many parties told: the talks told with it are that gathering's
    said_in_title: EventHit | None = None  # the title's only event word is a word of speech ("X dénonce …")
    lead_main: set[str] | None = None  # the kinds the first lead sentence that votes reports by its main word
    lead_document = False  # that sentence's main word is a written statement or a press conference
    lead_kinds: set[str] = set()  # the kinds a titled brief's first lead sentence reports as done by its main word
    voted: list[dict[str, tuple[float, EventHit]]] = []  # the votes of each window that cast any, in order
    welcomed_guest = False  # the window before received a guest on a visit, and this one tells only its welcome
    # what the first window naming an event added, when a meeting was all it named ("X empfängt Y"): the next such
    # window may tell it as the reception that opens a visit
    opening_meeting: tuple[float, EventHit] | None = None
    weights = _POSITION_WEIGHTS if title else _POSITION_WEIGHTS[1:]
    for index, ((start, end), weight) in enumerate(zip(windows, weights, strict=False)):
        hits = analysis.events_in(start, end)
        in_body = not (title and start == title.start)
        following = windows[index + 1] if in_body and index + 1 < len(windows) else None
        welcome_next = following is not None and _welcome_told_alone(doc, analysis.events_in(*following), following)
        votes = _window_votes(
            doc, hits, (start, end), bool(totals), frozenset(named_kinds), welcome_next, named_heads
        )
        if welcomed_guest and set(votes) == {"visit"}:
            votes = {}  # the official welcome of the guest on a visit the sentence before received
        welcomed_guest = welcome_next and "meeting" in votes and _receives_guest_on_visit(doc, hits, (start, end))
        if title and start == title.start:
            said_in_title = _speech_title(doc, hits, votes, start)
            if set(votes) == {"meeting"} and _talks_as_purpose(doc, votes["meeting"][1], start):
                votes = {}
        if not votes and not totals and analysis.lead and start == analysis.lead[0].start:
            votes = _speech_lead(doc, (start, end))
        named_kinds.update(hit[2] for hit in hits)
        for hit in hits:
            for head in doc.lower[hit[0] : hit[1]].split()[-1:]:
                named_heads.setdefault(head, set()).add(hit[2])
        spoken = spoken or _spoken_at(doc, hits, (start, end))
        if votes:
            voted.append(votes)
            if in_body and lead_main is None:
                lead_main = {kind for kind, (strength, _) in votes.items() if strength >= 1.0}
                lead_document = lead_main == {"statement"} and _names_document(doc, votes["statement"][1], start)
        if votes and opening_meeting is not None:
            if _visit_as_main(doc, votes):
                _meeting_to_visit(totals, opening_meeting, meetings)
            opening_meeting = None  # only the next sentence that names an event tells what the opening's was
        opens = votes and not totals and set(votes) == {"meeting"}
        # after a ranked visit, every meeting is its programme; after a bare arrival, the meetings still to come
        if framed or (arrived and "meeting" in votes and _told_as_future(doc, votes["meeting"][1], start)):
            votes = _parts_of_visit(votes)
        elif votes and not totals:
            framed = _reports_ranked_visit(doc, votes, hits, end)
            arrived = in_body and _reports_arrival(doc, votes, start)
        if set(votes) == {"statement"} and "meeting" in totals and _addresses_guest(doc, votes["statement"][1]):
            votes = {}
        for kind, (strength, hit) in votes.items():
            if kind == "meeting" and _is_talk(doc, hit):
                if by_phone is None:
                    read = windows[: len(_POSITION_WEIGHTS)]
                    by_phone = (
                        _talk_by_phone(analysis, read)
                        or _call_told_later(analysis, read)
                        or _call_opens_window(analysis, read)
                        or _readout_call(analysis, read, hit)
                        or _unplaced_talk(analysis, read)
                    )
                if by_phone:
                    kind = "phone_call"
            if kind == "conference" and event_key(doc.lower[hit[0] : hit[1]]) in compiled(doc.language).cues.video:
                # the talks or the call an earlier window told of, a video link among many parties: that gathering
                linked = True
                for told in ("meeting", "phone_call"):
                    if told in totals:
                        _to_gathering(totals, evidence, told)
            if kind == "conference" and "meeting" in totals and strength < 1.0:
                _regather(doc, hit, totals, evidence)
            if kind == "meeting":
                meetings.append(_attended(doc, hit, hits) or hit)
            if gathering is None and kind == "conference" and strength >= _REFERRING_BACK:
                gathering = hit[0]
            totals[kind] = totals.get(kind, 0.0) + weight * strength * _TYPE_WEIGHTS[kind]
            if opens and kind == "meeting":
                opening_meeting = (weight * strength * _TYPE_WEIGHTS[kind], hit)
            evidence.setdefault(kind, doc.span(hit[0], hit[1]))
            if strength == 1.0 and weight == _POSITION_WEIGHTS[0]:  # neither a later word nor one referring back
                done = not _told_as_future(doc, hit, start)
                if done:  # a gathering still to come ("will not attend the meeting of the leaders") issued nothing
                    main_words.add(kind)
                if title and start != title.start and done:
                    lead_kinds.add(kind)
    if (
        gathering is not None
        and "meeting" in totals
        and (linked or all(_bare_meeting_noun(doc, hit, gathering) for hit in meetings))
    ):
        _to_gathering(totals, evidence)
    if spoken and "statement" in totals:  # what was said, said at a gathering or a meeting: the speaker took part
        setting = spoken[2]
        totals[setting] = totals.get(setting, 0.0) + (
            totals.pop("statement") / _TYPE_WEIGHTS["statement"] * _TYPE_WEIGHTS[setting]
        )
        evidence[setting] = doc.span(spoken[0], spoken[1])
    document = _title_document(analysis) or _sent_document(analysis, windows)
    if document:
        return ("conference", evidence["conference"]) if "conference" in main_words else ("statement", document)
    if said_in_title:
        return "statement", doc.span(said_in_title[0], said_in_title[1])
    if not totals:
        return ("statement" if _someone_acts(analysis, windows) else "other"), None
    if not title and not framed and _talks_after_scene(doc, voted):
        return "meeting", evidence["meeting"]
    best = max(totals, key=lambda kind: (round(totals[kind], 6), kind in lead_kinds, -EVENT_PRIORITY.index(kind)))
    if best == "visit" and "meeting" in totals and lead_main == {"meeting"} and doc.language.reception_over_visit:
        best = "meeting"  # the lead's reception or talks, whatever the visit's words after it add up to
    elif best in ("visit", "meeting", "conference") and lead_main == {"other"} and doc.language.ceremony_over_visit:
        best = "other"  # the lead's signing or ceremony, whatever the words of the visit or talks after it add up to
    elif best in ("visit", "meeting") and lead_document and doc.language.document_over_visit:
        best = "statement"  # the lead's joint statement or press conference, whatever the visit or talks add up to
    return best, evidence[best]  # type: ignore[return-value]
