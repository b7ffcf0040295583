"""Location: where the event took place.

The first place named after a place preposition ("à Pékin", "in Beijing", "au Palais Royal de
Rabat") in the sentences that report the event, then in the lead; else the city of a dateline
("TEHRAN, Apr. 21 (MNA) –", "Chicago, 21 May 2012", "Muscat: …"). The gazetteer (`briefparse.places`)
tells a city from a country or a region: a region is a topic, not a place ("au Moyen-Orient"), and a
country gives way to its city, the dateline's or one the event's sentences name ("arrived in Niger"
under "NIAMEY, 3 May –"). A place is not the event's when it is an envoy's post or residence ("ambassadeur de X en
Mauritanie", "resident in Cairo") or an earlier occasion's ("during a past visit to Pretoria"). A venue named without
its name ("au palais présidentiel") beats a dateline; a statement takes where it was said ("a souligné, jeudi à
Casablanca") or the visit it tells of before its dateline, though a message or a letter sent to its addressee takes only
its dateline's city ("TIRANA -- X sent a letter of condolences to Y"), not the places it speaks of. A ceremony or a
visit no sentence places by a preposition takes the town of the thing it acts on ("la première pierre du stade de X").
A phone call has no place. A name the register of seats
(`briefparse.seats`) gives as a seat of government of the city's own state is that venue's own name, though a town
elsewhere bears it ("en Caracas … en el palacio presidencial de Miraflores"); for a meeting, such a seat that a
sentence telling the event names after a preposition of place beats the city or country of its state found first
("… en Madrid … una cena en Zarzuela").
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterator
from functools import cache
from itertools import pairwise, takewhile

from briefparse import kept_patterns
from briefparse.agencies import agencies_named, find_agencies
from briefparse.analysis import Analysis, Sentence
from briefparse.analysis.cues import leaves_no_place
from briefparse.analysis.dateline import Dateline
from briefparse.analysis.names import settlement_nouns
from briefparse.document import Document
from briefparse.extract.dates import WrittenDays
from briefparse.given_names import is_given_name
from briefparse.lang.base import Language
from briefparse.lang.compiled import compiled, event_key
from briefparse.lang.letters import CAP_WORD, LOWER, fold, stems
from briefparse.lang.letters import words as phrase_alternation
from briefparse.lazy_regex import lazy_compile
from briefparse.models import Participant, Source, Span
from briefparse.places import city_country, lookup, place_kind, places
from briefparse.seats import named_seats, seats

_EVENT_SENTENCES = 2
_CLAUSE_MARKS = (",", ";", ":", "«", "»", '"', "“", "”")  # marks a clause opens after
_LATER_EVENT_SENTENCES = 4  # sentences telling the event where a city is looked for when no other place is found
_LEAD_SENTENCES = 2
_HELD_IN_PLACE = frozenset({"visit", "statement"})  # events that keep a city or country over a seat it holds
_SEAT_SENTENCES = 4  # sentences telling the event where a seat of government of the place's state is looked for
_KNOWN_CITY = 100_000  # people in a city known by another name than its own ("Pékin", "Самарканда")
_CITY_SENTENCES = 6  # sentences of the body where the city of the event's country is looked for
# sentences of the body where a party's stay is looked for: a closing line may tell it ("X séjourne en Varnie depuis …")
_STAY_SENTENCES = 10
_TOPIC_REACH = 30
_CALLED_OFF_REACH = 60  # characters before a place where the journey called off that leads to it is looked for
_VENUE_NOUN_REACH = 30  # characters before a name where the venue's noun that opens it is looked for
_SAID_REACH = 80  # characters before a place preposition where a verb of saying and its occasion are looked for
_ISSUED_REACH = 120  # characters after the word that says a message was issued where its place is looked for
_ROLE_WINDOW = 40  # characters before a place preposition where a role noun is looked for
_VISIT = frozenset({"visit"})
_HELD_GAP = 2  # words between a verb of holding and the place: its preposition and article ("took place at the")
_POST_REACH = 80  # characters before a place preposition where a posted role and its country are looked for
_ACRONYM_LETTERS = 5
_EDITION = lazy_compile(r"[IVXLC]+|\d+")  # a gathering's edition after its initials ("TICAD VI", "COP 28")
_WORD = lazy_compile(r"\w{4,}")  # a word longer than an article
_LINE_WORD = lazy_compile(r"(?<![\w'’-])[^\W\d_][\w'’-]{3,}")  # a word of four letters or more
_CAPITALISED_LINE_WORDS = 3  # such words a line needs before its capitals are counted
_CAPITALISED = lazy_compile(rf"(?<![\w-]){CAP_WORD}(?:[ -]{CAP_WORD}){{0,2}}")
_NAME_GOES_ON = lazy_compile(rf"[ -]{CAP_WORD}")  # a capitalised word right after a run: the run goes on
_TOKEN = lazy_compile(r"\S+")  # a word with its punctuation
_ADDRESS_ITEM = lazy_compile(rf", ({CAP_WORD}(?: {CAP_WORD}){{0,2}})(?=[,.;\s])")  # ", Jalan Bako", ", Kuching"
_ADDRESS_ITEMS = 3  # items of an address after the place, the city last
_VISITED_KINDS = frozenset({"city", "country", "province"})  # what a visit told as over was made to
_AT_SITES = frozenset({"visit", "other"})  # events done at a site, which its genitive may place in its town
_OBJECT_END = lazy_compile(r"[,;:.!?()«»\n]")  # the end of the clause a verb's object stands in
_HOST_WORDS = 9  # words of a place named as the subject of the event it held, its article included


def _place_in(
    doc: Document,
    start: int,
    end: int,
    rejected: Container[str],
    stops: set[str],
    known_only: bool = False,
    avoid: Span | None = None,
    airports: bool = False,
) -> Span | None:
    """The first place after a place preposition in text[start:end] (not the head of the source `avoid`), a country
    only when no city or venue follows it ("à Lisbonne" rather than "au Portugal"). Not a person, a role or a common
    word (unless a venue: "Palais Royal de Rabat", "the State House"), not a topic ("la situation au Moyen-Orient"),
    not a post ("Ambassador to Viet Nam"), not an airport unless it names its city ("at Kotoka International
    Airport") or `airports` asks for one; cut before a name or an honorific that follows it. With `known_only` (a
    language whose nouns have capitals: "Im Mittelpunkt des Gesprächs"), only a place the gazetteer knows, or a
    venue."""
    patterns = compiled(doc.language).places
    names = compiled(doc.language).names
    countries = names.territories
    code = doc.language.code
    upcoming = compiled(doc.language).cues.upcoming
    found, to_come, unknown, topic_end = [], 0, None, -1
    joiners = {"", ","} | {fold(j) for j in doc.language.list_joiners}
    for match in _after_prepositions(patterns.after_preposition, doc.text, start, end, code):
        if avoid and avoid.start <= match.start("place") < avoid.end and not _WORD.search(
            doc.text, avoid.start, match.start("place")
        ):
            continue  # the head of the source ("according to Spokesperson X"), not a place
        folded = [fold(word).rstrip(".") for word in match.group("place").split()]
        # an article written in capitals is part of the name ("en La Moncloa"): the word after it opens the place
        head = folded[1] if len(folded) > 1 and folded[0] in _place_articles(doc.language) else folded[0]
        before = doc.lower[max(start, match.start() - _TOPIC_REACH) : match.start()]
        venue = _is_venue(match.group("place"), doc.language)
        named_venue = _named_venue(match.group("place"), doc.language)  # "im Amt der Landesregierung"
        if venue and head in rejected and doc.language.compounds and not named_venue:
            # a common noun whose genitive complement names a venue ("ins Gästebuch des Landtages"): the noun's
            venue = _is_venue(_before_genitive(match.group("place"), doc.language), doc.language)  # thing, no venue
        if venue and _gathering_complement(match.group("place"), doc.language):
            continue  # "Im Zentrum des Treffens standen …": what the talks were about, no building
        # an institution's seat named by its holder's office: "at the Office of the Prime Minister"
        seat = folded[0] in patterns.institutions and folded[-1] in names.role_words
        # or by the institution's noun closing a name after "at" ("at the State Department", "at the Prime
        # Minister's Office"): its seat, though the name opens with a common word
        seat = seat or (
            len(folded) > 1
            and folded[-1] in patterns.institutions
            and _after_spot_preposition(doc, doc.span(match.start("place"), match.end("place")))
        )
        # or a seat of government the register knows by the name written ("at the Grand Serail", "à Baabda"), though
        # its first word is a common one
        seat = seat or bool(seats(match.group("place").rstrip(".")))
        settled = bool(match.groupdict().get("settlement"))  # a settlement's noun before it makes it a place
        if match.groupdict().get("front") and not (venue or settled):
            continue  # "vor dem Treffen", "vor Journalisten": when or before whom, not where ("dans la ville de X" is)
        if match.groupdict().get("onto") and not settled:
            continue  # "sur la situation", "le cap sur l'hôtel": what about or whither, not where
        # a role's or a common word may be a place's name ("президент Узбекистана" makes "Узбекистан" a role word),
        # an honorific the first word of a longer one ("in Sri Lanka")
        whole = place_kind(match.group("place").rstrip("."), code)
        if whole == "city" and not venue and _common_noun_city(doc, match.start(), match.start("place"), folded):
            continue  # "in der Region", "in der Altstadt": a noun after its article, which no city's name takes
        known = (folded[0] not in stops or len(folded) > 1) and whole in ("city", "country")
        airport = bool(patterns.airport.search(fold(match.group("place"))))  # "Aéroport …": told by its city below
        if place_kind(match.group("place").rstrip("."), code) != "city" and patterns.airport.search(
            fold(doc.text[match.start() : match.start("place")])
        ):
            word = compiled(doc.language).cues.airport
            opening = word.search(doc.lower, match.start(), match.start("place")) if airports and word else None
            # the airport by its word and its name ("à l'aéroport international de N'djili"), not by whom someone
            # was met there ("met at the airport by President X")
            if opening and head not in stops and head not in names.role_words:
                return doc.span(opening.start(), match.end("place") - match.group("place").endswith("."))
            continue  # after an airport's word, only its city ("à l'aéroport de Niamey"), not its own name
        if head in rejected and not (venue or seat or known or airport):
            continue
        if head in _gathering_words(doc.language) and not (venue or seat):
            # "в Саммите «…» в Эр-Рияде": a gathering written with a capital, held at the place after it; the
            # gazetteer's towns of that name (Summit, New Jersey) give way to the common reading
            continue
        if (
            patterns.topic_before.search(before)
            or (topic_end >= 0 and fold(doc.text[topic_end : match.start()].strip()) in joiners)
        ) and not patterns.gathering_subject.search(doc.lower, max(start, match.start() - _POST_REACH), match.start()):
            # what was discussed ("the situation in X"), or one more place of it ("les développements en Ukraine et
            # en Syrie"), not the subject of a gathering held there
            topic_end = match.end("place")
            continue
        if folded[0] in _weekdays(doc.language) or (len(folded) == 1 and folded[0] in settlement_nouns(doc.language)):
            continue  # a day, with the place after it: "am Montag im Kanzleramt"; a settlement's noun alone ("Stadt")
        if (upcoming and upcoming.search(before)) or (to_come and not doc.text[to_come : match.start()].strip(" ,")):
            to_come = match.end("place")  # an occasion to come, with its country ("en octobre prochain à Luanda, en
            continue  # Angola")
        if _earlier_clause(doc, start, match.start()):
            continue  # its clause told in an earlier tense ("said they had held talks in Lvov"): an earlier occasion
        if patterns.earlier.search(before) or patterns.residence.search(before) or _later(doc, start, match.start()):
            continue  # an occasion before this one ("during a past visit to Pretoria"), a residence ("resident in"),
            # another occasion to come ("… du Conseil européen, qui se tiendra à Bruxelles")
        if patterns.journey_home.search(before) or _called_off(doc, start, match.start("place")):
            continue  # where the visitors go back to ("Vor der Rückreise nach Genf"), or where a journey called off
            # would have gone ("suspendió un viaje a Copiapó"), not where the event was
        if patterns.month_year.search(before):
            continue  # an occasion dated by its month alone ("la dernière rencontre remontait à mars 2012 à Léré")
        if _locates_origin(doc, start, match):
            continue  # where a journey started ("a flight from Waterkloof air-force base in Pretoria")
        post = patterns.post.search(doc.text, max(start, match.start() - _POST_REACH), match.start())
        if post and _mission_as_venue(doc, post.start(), post.group(0)):
            post = None  # "a reception at the Embassy of France in Dakar": the mission is where, in its city
        # a country or a city, not a venue ("the Ambassador of Japan at State House"), nor after the envoy's name
        # ("Ambassador to Malaysia Jane Doe at …")
        posted = (post is not None and not (venue or seat)) and not any(
            w[:1].isupper() and fold(w) in stops for w in post.group(0).split()
        )
        # after a role, a country is a post ("l'ambassadeur de Sa Majesté le Roi au Liban"), a city where the holder
        # was met ("a courtesy call on the Vice President in Accra"), a building where they were met ("reçoit les
        # ambassadeurs au Palais de l'Unité") unless an institution's, which may be the post ("Secretary at the
        # Ministry of Finance"); not after a direction ("zum Kollegen nach Rom")
        city = whole == "city"  # "the Pope in Rome." at a sentence's end: its full stop is no part of the city
        building = venue and not any(word in patterns.institutions for word in folded)
        role = _ends_with_role(before, names) and not (city or building) and not match.groupdict().get("toward")
        if role or posted or any(c.isdigit() for c in match.group("place")):
            continue  # a post ("Ambassador to Viet Nam", "посол России в Минске"), or a group or a year ("at the G20")
        place_end = linked_end = match.start("place")
        months = _months(doc.language)
        for word in re.finditer(r"\S+", match.group("place")):
            folded_word = fold(word.group(0)).rstrip(".")
            # not a link ("Hall of the People"), nor a particle that a participant's name holds too ("Qasr Al Watan")
            named = (
                word.group(0)[:1].isupper() and folded_word in stops and folded_word not in doc.language.name_particles
            )
            if word.start() and (named or folded_word in months):
                break  # a name or an honorific after the place, or its date ("in Beijing September 27")
            closed = doc.text[place_end - 1] == "." and place_kind(doc.text[match.start("place") : place_end - 1], code)
            if word.start() and closed:
                break  # a known place closing its sentence, then the next one's first word ("en Côte d'Ivoire. Je …")
            role = names.role_noun.fullmatch(word.group(0).lower().rstrip(".,"))
            titled = role and _NAME_GOES_ON.match(doc.text, match.start("place") + word.end())
            if word.start() and titled and linked_end < place_end:
                # a host's title and name past a link: "vor Schloss Bellevue von Bundespräsidentin X", not whose seat
                # it is ("im Amtssitz des Bundespräsidenten, dem Schloss …")
                place_end = linked_end
                break
            if word.start() and titled and place_kind(doc.text[match.start("place") : place_end], code):
                break  # a known place, then whom they met there: "traf in Wien Außenminister X"
            place_end = match.start("place") + word.end()
            if folded_word not in doc.language.role_links:
                linked_end = place_end
        place_end = _past_abbreviation(doc, place_end, stops)
        if doc.text[place_end - 1] == ".":
            place_end -= 1
        place = doc.span(match.start("place"), place_end)
        if _room_of_someone(doc, place, match.end("place")):
            continue  # "en el despacho de X", "en la oficina del ministro X": whose room it is, not a place's name
        owner_end = _owner_end(place.text, stops, names.honorific_words, doc.language.possessive_endings)
        if owner_end:
            place = doc.span(place.start + owner_end, place.end)  # "at Osei's Legon office": the place of theirs named
        if patterns.month_after.match(doc.lower, place.end):
            continue  # an occasion dated by its month alone after its place ("llevadas a cabo en Bogotá, en mayo")
        if _gathering_to_come(doc, place):
            to_come = place_end  # "at the Lake Heads of Government Meeting in Kessel later this year": a gathering
            continue  # still to come, named with its time after it, and its city
        if _qualifies_role(doc, match, place_end, names.role_noun):
            continue  # "a courtesy visit to his Fiji counterpart": whose counterpart, not where
        if patterns.residence_after.match(doc.text, place_end):
            continue  # where someone is based ("mit 150 in Deutschland tätigen Botschaftern"), not the event's place
        if patterns.said_after.match(doc.text, place_end):
            continue  # where a source spoke ("wie das Präsidialamt am Freitag in Berlin mitteilte")
        if fold(place.text).endswith("'s") or _owned(place.text, stops):
            continue  # whose place it is ("in Lukashenko's residency", "in Steinmeiers Amtssitz"), not its name
        if venue and any(word in doc.language.role_links for word in place.text.split()[1:]):
            # whose seat it is ("im Amtssitz des Bundespräsidenten"): its name may follow, set off by a comma
            named = _apposed_venue(doc, match.end(), end)
            if named:
                return _with_its_city(doc, named, end)
        unit = _named_unit(place.text, doc.language)
        office = " " in place.text and fold(place.text.split()[-1]) in names.role_words
        if office and not (venue or seat or unit) and place_kind(place.text, code) is None:
            continue  # a holder of an office named by his state ("a courtesy visit to the Ogun State Governor")
        if (
            (_acronym(place.text) or _organisation(place.text, doc.language))
            and not venue
            and place_kind(place.text, code) is None
        ):
            continue  # a body, not a place ("en la CAN", "at the UN", "at the Caricom summit")
        if place_kind(place.text, code) is None and any(agency.start == 0 for agency in find_agencies(place.text)):
            continue  # a news agency, where a statement was sent ("copied to the Ghana News Agency")
        if place_kind(place.text, code) is None and fold(place.text.split()[0]) in _press_documents(doc.language):
            continue  # a publication, where a text appeared ("publicados hoy en el Boletín Oficial"), not a place
        if patterns.airport.search(fold(place.text)):
            city = _city_after(doc, place)  # "à l'Aéroport International Diori Hamani de Niamey"
            if city:
                return city
            if airports:
                return place
            # where a visitor lands: the visit's place comes next ("… Airport for a visit to Ghana"), though the
            # airport's name may be a city's (`_airport_named`)
            continue
        kind = _kind(place.text, code)
        if kind is None and not venue and (first := _place_before_link(doc, place)):
            # "in Peking von Chinas Staatschef …", "im Vatikan in Audienz": the place, not whom or how
            place, kind = first, place_kind(first.text, code)
        # a place the gazetteer does not know, unless a venue, a unit or an institution's seat ("im
        # Bundesministerium des Innern")
        seat = seat or _is_seat(place.text, doc.language)
        unheard = kind in (None, "province") and known_only and not (venue or unit or seat)
        if kind == "region" or unheard or _pair(place.text, doc.language):
            # "au Moyen-Orient", "in the Indo-Pacific region", "in China-Russia ties": what was discussed; where only
            # known places count, a province is as good as unknown ("nach Schleswig-Holstein" under "KIEL.")
            continue
        if kind != "country" and fold(place.text) not in countries:
            if not venue and _unknown(doc, place) and _capitalised_line(doc, place.start):
                continue  # "Surprise Visit to Classroom": a line that capitalises its common words tells no name
            if not venue and _unknown(doc, place):
                placed = _with_its_city(doc, place, end)
                if placed.end != place.end:  # a place the gazetteer does not know, written with its city: a venue
                    return placed  # there, as the brief places the event ("at Qasr Al Watan in Abu Dhabi")
                unknown = unknown or place  # "les feux en Amazonie … au sommet à Biarritz": a known place comes first
                continue
            return _with_its_city(doc, _with_adjective(doc, place), end) if venue else place
        found.append(place)
    named = unknown or (found[0] if found else None)
    return (
        named
        or _implied_capital(doc, start, end)
        or _implied_country(doc, start, end)
        or _place_of_relative(doc, start, end)
        or _venue_of_part(doc, start, end, avoid)
    )


def _earlier_clause(doc: Document, start: int, at: int) -> bool:
    """The place preposition at `at` follows a verb in an earlier tense: one a verb of saying reports of others, in
    the same sentence ("said the countries had held talks in Lvov, which were attended by X at the Ministry"), or one
    of its own clause, from the last comma, colon or semicolon on, that tells no encounter ("El embajador había dicho
    … en el Senado"; "X s'était entretenu jeudi à Moscou", told in that tense, is the news). Not when a cue puts that
    tense on the story's day ("earlier in the day"): an occasion before the one reported."""
    cues = compiled(doc.language)
    earlier = cues.people.earlier_tense
    if earlier is None or (cues.cues.same_day and cues.cues.same_day.search(doc.text, start, at)):
        return False
    for found in earlier.finditer(doc.text, start, at):
        # the speaker's own encounter ("said she had met her counterpart") is the news
        subject = re.split(r"['’]", (doc.lower[start : found.start()].split() or [""])[-1])[-1]
        if cues.cues.said.search(doc.lower, start, found.start()) and subject not in cues.language.pronouns:
            return True
    clause = max(start, *(doc.text.rfind(mark, start, at) + 1 for mark in ",;:"))
    found = earlier.search(doc.text, clause, at)
    return found is not None and not cues.cues.event_verbs.search(doc.lower, found.start(), at)


def _gathering_to_come(doc: Document, place: Span) -> bool:
    """The place is a gathering's name (a conference phrase within it) with a time still to come after it in its
    clause ("the Commonwealth Heads of Government Meeting in Malta later this year"), which `_set_aside` sets aside."""
    cues = compiled(doc.language).cues
    return any(
        cues.event_kinds.get(event_key(hit.group("phrase"))) == "conference"
        for hit in cues.event_verbs.finditer(doc.lower, place.start, place.end)
    ) and bool(cues.coming_after.match(doc.text, place.end))


@cache
def _articles_and_contractions(language: Language) -> frozenset[str]:
    return frozenset(fold(w) for w in (*language.definite_articles, *language.article_contractions))


def _common_noun_city(doc: Document, start: int, place_start: int, folded: list[str]) -> bool:
    """Where nouns are capitalised, a place of one word read as a city right after a definite article or a
    preposition fused with one ("in der Region", "in der Altstadt"): a noun that a town's other name spells alike,
    since no city's own name takes an article."""
    language = doc.language
    if not language.capitalised_nouns or len(folded) != 1:
        return False
    before = doc.text[start:place_start].split()
    return bool(before) and fold(before[-1]) in _articles_and_contractions(language)


def _venue_of_part(doc: Document, start: int, end: int, avoid: Span | None) -> Span | None:
    """The named venue a part of it belongs to, after the part's lower-case noun and a link ("en la escalinata del
    Palacio de X", "in the banquet hall of the Y House"): where the event was held, when no other place is named.
    Never inside the source (`avoid`: "according to the website of the Ministry of Foreign Affairs")."""
    for match in compiled(doc.language).places.venue_part.finditer(doc.text, start, end):
        place = doc.span(match.start("place"), match.end("place") - match.group("place").endswith("."))
        if avoid and avoid.start <= place.start < avoid.end:
            continue
        if _is_venue(place.text, doc.language):
            return place
    return None


_ABBREVIATED_WORD = lazy_compile(r"(?<![\w.])([^\W\d_]{1,4})\.$")  # "St." closing a place's run


def _past_abbreviation(doc: Document, end: int, stops: Container[str]) -> int:
    """The end of a place whose run closes on an abbreviation of the language, not an honorific, that opens the name of
    a place the gazetteer knows with the capitalised word after it ("… in St." + " Petersburg"): the run was cut at
    its dot (the words it may hold were used up), and the place goes on to that word; else `end`."""
    abbreviation = _ABBREVIATED_WORD.search(doc.text, max(0, end - 6), end)
    if abbreviation is None or fold(abbreviation.group(1)) not in doc.language.abbreviations:
        return end
    if fold(abbreviation.group(1)) in stops:
        return end
    following = _NAME_GOES_ON.match(doc.text, end)
    if following is None:
        return end
    name = doc.text[abbreviation.start() : following.end()].rstrip(".")
    return following.end() if place_kind(name, doc.language.code) in ("city", "province") else end


def _place_before_link(doc: Document, place: Span) -> Span | None:
    """The city or the country a run the gazetteer does not know opens with, up to a link word ("Peking von Chinas
    Staats", "Wien bei Bundespräsident", "im Vatikan in Audienz"): the words after the link lead to a person, a body
    or a manner, not to more of the place."""
    links = doc.language.role_links
    words = list(re.finditer(r"\S+", place.text))
    for index in range(len(words) - 1, 0, -1):
        if fold(words[index].group(0)) in links:
            head = doc.span(place.start, place.start + words[index - 1].end())
            if place_kind(head.text, doc.language.code) in ("city", "country"):
                return head
    return None


def _place_of_relative(doc: Document, start: int, end: int) -> Span | None:
    """A venue or a city set off by a comma before a relative adverb of place whose clause tells the event or its
    holding ("será trasladado al Palacio Nacional de la Cultura, donde se celebrará el encuentro", "est monté à l'hôtel
    X, où il a été reçu par …"): the event's place, whatever preposition leads to it ("al", "vers", "zum")."""
    patterns = compiled(doc.language).places
    events = compiled(doc.language).cues.event_verbs
    for match in patterns.place_relative.finditer(doc.text, start, end):
        clause = match.group("clause")
        if not (patterns.venue_verb.search(clause) or events.search(clause.lower())):
            continue
        place = doc.span(match.start("place"), match.end("place"))
        if _is_venue(place.text, doc.language) or place_kind(place.text, doc.language.code) == "city":
            return place
    return None


def _implied_capital(doc: Document, start: int, end: int) -> Span | None:
    """The capital text[start:end] names by its country's adjective alone ("dans la capitale sénégalaise", "in der
    kenianischen Hauptstadt"), where the brief's running text writes the city's name elsewhere ("le Forum
    international de Dakar"): its first mention. The gazetteer marks each country's capital. Not a dateline's city:
    that says where the dispatch was filed, and is read as such at its own rank, after a venue the text names."""
    code = doc.language.code
    nationalities = compiled(doc.language).names.nationalities
    for match in compiled(doc.language).places.implied_capital.finditer(doc.text, start, end):
        country = lookup(nationalities.get(fold(match.group("adjective")), ""), code)
        if country is None or country.kind != "country":
            continue
        filed = Dateline(doc).cities
        for run in _CAPITALISED.finditer(doc.text):
            if any(_overlap(city, doc.span(run.start(), run.end())) for city in filed):
                continue
            for offset, name in _tails(run.group(0)):
                if any(p.capital and p.country == country.country for p in places(name, code)):
                    return doc.span(run.start() + offset, run.end())
    return None


def _implied_country(doc: Document, start: int, end: int) -> Span | None:
    """The city of the country text[start:end] names by its adjective after a noun of its soil ("en terre
    mauritanienne", "a foulé le sol guinéen"), where the brief writes the city's name ("À son arrivée à
    Nouakchott"): its first mention the gazetteer knows as a city of that country."""
    code = doc.language.code
    nationalities = compiled(doc.language).names.nationalities
    for match in compiled(doc.language).places.implied_country.finditer(doc.text, start, end):
        country = lookup(nationalities.get(fold(match.group("adjective")), ""), code)
        if country is None or country.kind != "country":
            continue
        for run in _CAPITALISED.finditer(doc.text):
            for offset, name in _tails(run.group(0).rstrip(".")):
                city = lookup(name, code)
                known = city and city.kind == "city" and (city.own_name or (city.population or 0) >= _KNOWN_CITY)
                if known and city.country == country.country and not find_agencies(name):
                    return doc.span(run.start() + offset, run.start() + offset + len(name))
    return None


_ORIGIN_REACH = 60  # characters before a place preposition where a preposition of origin and its noun are looked for


def _locates_origin(doc: Document, start: int, match: re.Match[str] | _CityOfCountry) -> bool:
    """Whether the place preposition, not one of arrival, follows a preposition of origin and the lower-case noun
    it governs ("a two-hour flight from Waterkloof air-force base in Pretoria"): the place locates where a journey
    started. A place the origin names itself keeps the next one its own ("arrived from Pretoria in Windhoek")."""
    preposition = doc.lower[match.start() : match.start("place")].split()
    if not preposition or preposition[0] in doc.language.arrival_links:
        return False
    origin = compiled(doc.language).places.origin_noun
    found = origin.search(doc.text, max(start, match.start() - _ORIGIN_REACH), match.start())
    return found is not None and not _tells_time(found.group(0), doc.language)


def _tells_time(phrase: str, language: Language) -> bool:
    """The phrase after a preposition of origin tells since when, not where from: a clock time or a number ("desde
    las 10 de la mañana"), a weekday, a month or a part of the day ("desde la tarde del lunes")."""
    if any(char.isdigit() for char in phrase):
        return True
    times = _weekdays(language) | _months(language) | {fold(part.split()[-1]) for part in language.day_parts}
    return any(fold(word.strip(",.;:")) in times for word in phrase.split())


def _after_prepositions(
    pattern: re.Pattern[str], text: str, start: int, end: int, code: str
) -> Iterator[re.Match[str] | _CityOfCountry]:
    """Each place preposition in text[start:end] and what follows it, one inside another's place included ("am
    Hauptbahnhof in Wien", "am Montag im Kanzleramt"): a phrase that is no place may hold one. A country named
    before its city is not part of the place ("в столице Казахстана Астане")."""
    at = start
    while match := pattern.search(text, at, end):
        yield _CityOfCountry.of(match, code) or match
        at = match.start("place")


class _CityOfCountry:
    """A place preposition's match whose place opens with a country, then its city: the city alone is the place
    ("в столице Казахстана Астане", "в столице Чили Сантьяго")."""

    _WORDS = 3  # words of a country's name

    def __init__(self, match: re.Match[str], offset: int) -> None:
        self.match, self.offset = match, offset

    @classmethod
    def of(cls, match: re.Match[str], code: str) -> _CityOfCountry | None:
        place = match.group("place")
        spaces = [m.end() for m in re.finditer(r"\s+", place)][: cls._WORDS]
        if not spaces or place_kind(place.rstrip("."), code) is not None:
            return None
        for at in spaces:
            if place_kind(place[:at].strip(), code) == "country" and place_kind(place[at:].rstrip("."), code) == "city":
                return cls(match, at)
        return None

    def group(self, name: int | str = 0) -> str:
        if name == "place":
            return self.match.group("place")[self.offset :]
        return self.match.group(name)

    def start(self, name: int | str = 0) -> int:
        return self.match.start("place") + self.offset if name == "place" else self.match.start(name)

    def end(self, name: int | str = 0) -> int:
        return self.match.end(name)

    def groupdict(self) -> dict[str, str | None]:
        return self.match.groupdict()


@cache
def _apposition(language: Language) -> re.Pattern[str]:
    """A comma, maybe after a word, an article and a capitalised run: a name set off after what it names ("…
    zusammen, dem Schloss Bellevue")."""
    articles = "|".join(re.escape(article) for article in language.place_articles) or "(?!)"
    return kept_patterns.compile(
        rf"(?:[^\S\n]+[^\W\d]+)?,[^\S\n]*(?:{articles})[^\S\n]+(?P<name>{CAP_WORD}(?:[^\S\n]+{CAP_WORD}){{0,2}})"
    )


def _apposed_venue(doc: Document, start: int, end: int) -> Span | None:
    """The venue named right after a description of it ("…, dem Schloss Bellevue"), or None."""
    match = _apposition(doc.language).match(doc.text, start, end)
    if match is None or not _is_venue(match.group("name"), doc.language):
        return None
    return doc.span(match.start("name"), match.end("name"))


_NEXT_WORD = lazy_compile(r"[^\S\n]+([\w-]+)")


def _qualifies_role(doc: Document, match: re.Match[str], place_end: int, role_noun: re.Pattern[str]) -> bool:
    """The place is an article's or a possessive's, with a role noun right after it ("to his Fiji counterpart", "to
    the Ghana High Commissioner"): it names whose the role is, as an adjective would, not where the event was."""
    lead = doc.text[match.start() : match.start("place")].split()
    if len(lead) < 2 or fold(lead[-1]) not in _place_articles(doc.language):
        return False
    after = _NEXT_WORD.match(doc.text, place_end)
    return after is not None and role_noun.fullmatch(after.group(1).lower()) is not None


@cache
def _place_articles(language: Language) -> frozenset[str]:
    return frozenset(fold(article) for article in language.place_articles)


@cache
def _genitive_links(language: Language) -> frozenset[str]:
    """The words that open a noun's genitive complement ("des", "der", "von"), folded."""
    return frozenset(fold(link) for link in language.genitive_links)


def _gathering_complement(phrase: str, language: Language) -> bool:
    """The phrase's genitive complement is a meeting or its talks ("Zentrum des Treffens", "Zentrum der
    Von-Wattenwyl-Gespräche"): a figure of speech for its subject, no venue."""
    words = phrase.split()
    links = _genitive_links(language)
    at = next((i for i, word in enumerate(words) if i and fold(word) in links), None)
    if at is None or at + 1 >= len(words):
        return False
    nouns = {fold(n) for n in (*language.meeting_nouns, *language.series_nouns)} | set(language.talk_stems)
    forms = stems(words[-1], compiled(language).names.endings if language.compounds else ())
    if language.compounds:
        return any(form.endswith(noun) for form in forms for noun in nouns)
    return bool(forms & nouns)


def _before_genitive(phrase: str, language: Language) -> str:
    """The phrase up to its genitive complement: its head ("Gästebuch" of "Gästebuch des Landtages")."""
    words = phrase.split()
    links = _genitive_links(language)
    return " ".join(next((words[:i] for i, word in enumerate(words) if i and fold(word) in links), words))


@cache
def _weekdays(language: Language) -> frozenset[str]:
    """The language's weekdays and the parts of a day that stand alone ("am Morgen", "am Abend"), folded: a time,
    with the place after it ("am Morgen im Rathaus")."""
    return frozenset(fold(day) for day in (*language.weekdays, *language.day_of_its_own))


@cache
def _months(language: Language) -> frozenset[str]:
    """The language's month names, folded: a word of a date, not of a place."""
    return frozenset(fold(month).rstrip(".") for month in language.months)


@cache
def _unit_nouns(language: Language) -> tuple[str, ...]:
    """The language's one-word nouns of a territorial unit or a settlement ("Landkreis", "Kanton", "Stadt"), folded."""
    return tuple(fold(noun) for noun in (*language.unit_nouns, *language.settlement_words) if " " not in noun)


def _seat_after(
    doc: Document, city: Span, end: int, rejected: Container[str], stops: set[str], avoid: Span | None
) -> Span | None:
    """The institution's seat the sentence names right after the city, at a spot ("in Suva at the Samoa High
    Commission", "in Abuja at the Embassy of X"): where in the city the event was held."""
    seat = _place_in(doc, city.end, end, rejected, stops, avoid=avoid)
    if seat is None or len(doc.text[city.end : seat.start].split()) > _HELD_GAP + 1:
        return None
    return seat if _after_spot_preposition(doc, seat) and _is_seat(seat.text, doc.language) else None


def _address_city(doc: Document, place: Span) -> Span | None:
    """The city the gazetteer knows that closes an address written from its smallest part, item after item set off
    by commas after a place it does not know whole ("in Demak Jaya, Jalan Bako, Kuching"): where that place lies.
    A list of cities is no address: each is known whole."""
    at = place.end
    for _ in range(_ADDRESS_ITEMS):
        item = _ADDRESS_ITEM.match(doc.text, at)
        if item is None:
            return None
        if place_kind(item.group(1), doc.language.code) == "city":
            return doc.span(item.start(1), item.end(1))
        at = item.end()
    return None


def _after_spot_preposition(doc: Document, place: Span) -> bool:
    """A preposition of a spot stands right before the place, maybe with an article (`Language.spot_prepositions`:
    "at Bangabhaban", "at the Jubilee House"): a venue, which no country is."""
    language = doc.language
    if language is None or not language.spot_prepositions:
        return False
    words = doc.text[max(0, place.start - 20) : place.start].split()
    if words and fold(words[-1]) in _place_articles(language):
        words = words[:-1]
    return bool(words) and fold(words[-1]) in {fold(p) for p in language.spot_prepositions}


def _named_unit(place: str, language: Language) -> bool:
    """The place opens on a unit's noun, alone or closing a compound ("Landkreis", "Partnerlandkreis"), and goes on
    with a capitalised name the gazetteer does not know ("im Partnerlandkreis Wolmin"): a place by the way it is
    written. A known name is read as such ("im Kanton Tessin": the province). A unit's noun may close a capitalised
    name that no town bears ("the Kessel Region", "Eastern Region")."""
    words = place.split()
    units = _unit_nouns(language)
    if len(words) >= 2 and fold(words[-1]) in units and all(word[:1].isupper() for word in words[:-1]):
        return place_kind(" ".join(words[:-1]), language.code) in (None, "province")
    if len(words) < 2 or not words[1][:1].isupper():
        return False
    name = list(takewhile(lambda word: word[:1].isupper(), words[1:]))
    if place_kind(" ".join(name), language.code) is not None:
        return False
    head = fold(words[0])
    return head in units or (language.compounds and any(head.endswith(u) for u in units if len(u) >= _UNIT_TAIL))


_UNIT_TAIL = 5  # letters of the shortest unit noun that may close a compound ("kreis", not "land" of "Ausland")


_ADJECTIVE = lazy_compile(r"[^\S\n]+([^\W\d_]+)")


def _with_adjective(doc: Document, venue: Span) -> Span:
    """A venue's noun alone with the adjective written after it, which names it ("au Palais présidentiel", "à la
    Maison bleue"); the venue as it is otherwise."""
    following = _ADJECTIVE.match(doc.text, venue.end)
    if following is None or " " in venue.text or fold(venue.text) not in compiled(doc.language).places.venues:
        return venue
    if not doc.language.adjectives_follow_nouns:
        return venue  # a verb, not an adjective: "im Bundeskanzleramt empfangen"
    word = following.group(1)
    if fold(venue.text) in compiled(doc.language).places.chambers:  # "en el Senado español", not "… Senado que"
        qualifies = fold(word) in compiled(doc.language).names.nationalities
    else:
        qualifies = word.islower() and word not in doc.language.stopwords
    return doc.span(venue.start, following.end(1)) if qualifies else venue


_CITY_LINK = 5  # characters of a link between a venue and its city ("… del Pueblo de Pekín", "… in Minsk")


def _in_city(doc: Document, venue: Span, city: Span) -> bool:
    """The venue's name holds the city, or the city follows it ("Gran Palacio del Pueblo de Pekín")."""
    return city.text in doc.text[venue.start : venue.end + _CITY_LINK + len(city.text)]


def _other_city(doc: Document, venue: Span, city: Span) -> bool:
    """Whether a link in the venue's name, or the city written right after it, leads to a city other than `city` ("the
    Palace of Culture in Minsk" after "talks in Vilnius"); the name the venue's noun is given ("Palacio San Martín") is
    its own. A venue that names no other city is one of `city` ("… se reunieron en Buenos Aires. X recibió a Y en el
    Palacio San Martín")."""
    if _in_city(doc, venue, city):
        return False
    if place_kind(city.text, doc.language.code) != "city":
        return True  # a place the gazetteer does not know as a city ("Kenya Monday"): no venue of it
    placed = _with_its_city(doc, venue, len(doc.text))
    words = placed.text.split()
    links = [index for index, word in enumerate(words) if fold(word) in doc.language.role_links]
    linked = " ".join(words[links[0] + 1 :]) if links else ""
    for run in _CAPITALISED.finditer(linked):
        for _, name in _tails(run.group(0).rstrip(".,")):
            if fold(name) == fold(city.text) or place_kind(name, doc.language.code) != "city":
                continue
            if not _seat_in_country(name, city, doc.language.code):
                return True
    return False


def _venue_abroad(doc: Document, venue: Span, country: Span) -> bool:
    """Whether the venue is written with a city of a country other than `country` ("the Palace of Culture in Minsk"
    after "talks in Lithuania")."""
    code = doc.language.code
    home = lookup(country.text, code)
    if home is None:
        return False
    placed = _with_its_city(doc, venue, len(doc.text))
    for run in _CAPITALISED.finditer(placed.text):
        for _, name in _tails(run.group(0).rstrip(".,")):
            if place_kind(name, code) == "city" and city_country(name, code) != home.country:
                return True
    return False


def _seat_in_country(name: str, city: Span, code: str) -> bool:
    """The name is that of a seat of government of the city's country (`briefparse.seats`): the venue's own name,
    though a town elsewhere bears it ("el palacio presidencial de Miraflores" after "en Caracas")."""
    country = city_country(city.text, code)
    return country is not None and any(seat.country == country for seat in seats(name))


def _acronym(phrase: str) -> bool:
    """One word in capitals, short as an organisation's initials ("CAN", "ONU", "ООН"), or such initials with the
    edition of a gathering they name ("in TICAD VI", "at COP 28")."""
    initials, _, edition = phrase.partition(" ")
    if edition and not _EDITION.fullmatch(edition):
        return False
    return initials.isupper() and len(initials) <= _ACRONYM_LETTERS


def _with_its_city(doc: Document, venue: Span, end: int) -> Span:
    """A venue with the city written right after it, as the brief writes the place ("Bayan Palace in Kuwait City",
    "au palais de Carthage à Tunis"), not its date ("in Beijing September 27"); the venue alone when no city follows."""
    at = venue.end + len(doc.text[venue.end : end]) - len(doc.text[venue.end : end].lstrip(" ,"))
    match = compiled(doc.language).places.after_preposition.match(doc.text, at, end)
    if match is None:
        return venue
    months = _months(doc.language)
    dated = (w.start() for w in re.finditer(r"\S+", match.group("place")) if w.start() and fold(w.group(0)) in months)
    city = match.group("place")[: next(dated, None)].rstrip()  # not its date
    if place_kind(city.rstrip("."), doc.language.code) != "city":
        return venue
    return doc.span(venue.start, match.start("place") + len(city) - city.endswith("."))


def _is_venue(phrase: str, language: Language) -> bool:
    """A word of the phrase is the noun of a venue ("Palais", "House"), maybe before the comma that sets off its city
    ("the Kessel Arena, in Varna"), or ends with one where words are compounded ("Bundeskanzleramt")."""
    venues = compiled(language).places.venues
    words = [fold(word).rstrip(".,") for word in phrase.split()]
    if _named_venue(phrase, language):
        return True
    if language.compounds:  # a case ending may close it ("des Apostolischen Palastes")
        endings = compiled(language).names.endings
        bare = [word[: -len(e)] for word in words for e in endings if word.endswith(e)]
        return any(stem.endswith(venue) for stem in (*words, *bare) for venue in venues)
    return any(word in venues for word in words)


def _named_venue(phrase: str, language: Language) -> bool:
    """A noun of `Language.named_venue_words` within a name: after a word of the name ("Auswärtigen Amt"), before a
    genitive link ("Amt der Landesregierung"), or closing a compound ("Landratsamt"); not alone ("seit April im
    Amt"), nor before the next sentence ("im Amt. Das …")."""
    nouns = compiled(language).places.named_venues
    words = phrase.split()
    for index, word in enumerate(words):
        folded = fold(word)
        if word.endswith("."):
            return False
        linked = index + 1 < len(words) and fold(words[index + 1]) in _genitive_links(language)
        if folded in nouns and (index or linked):
            return True
        if language.compounds and any(folded.endswith(noun) and folded != noun for noun in nouns):
            return True
    return False


def _is_seat(phrase: str, language: Language) -> bool:
    """A venue, or an institution's seat its first or last word names ("the Office of the Prime Minister", "the
    President's Office"), or a seat of government the register of seats knows by that name alone ("à Baabda", "au
    Sérail", `briefparse.seats`)."""
    words = phrase.split()
    institutions = compiled(language).places.institutions
    if _is_venue(phrase, language) or fold(words[0]) in institutions or fold(words[-1]) in institutions:
        return True
    if seats(phrase):
        return True
    folded = fold(phrase)  # a seat of several words closes it ("the Samoa High Commission")
    return any(folded.endswith(" " + fold(w)) for w in language.institution_words if " " in w)


def _kind(text: str, code: str) -> str | None:
    """The gazetteer's kind of a place phrase; a region for one that opens with a region's name ("Indo-Pacific
    Region", "Sahel countries")."""
    kind = place_kind(text, code)
    words = text.split()
    if kind is None and any(place_kind(" ".join(words[:n]), code) == "region" for n in range(1, len(words))):
        return "region"
    return kind


def _city_named_in(doc: Document, phrase: Span) -> Span | None:
    """The city an airport's name opens or ends with ("Addis Ababa International Airport", "Aéroport international
    de Dakar"): a run of words the gazetteer knows as a city, at the phrase's start or end, at most one word away
    from the word for an airport. A person's name that opens it is no city ("Norman Manley International
    Airport")."""
    code = doc.language.code
    airport = compiled(doc.language).places.airport
    words = list(re.finditer(r"[^\s,]+", phrase.text))
    at = next((i for i, word in enumerate(words) if airport.search(fold(word.group(0)))), None)
    if at is None:
        return None
    opening = [(0, end) for end in range(at, max(at - 2, 0), -1)]  # the words before it, maybe but one
    runs = opening + [(start, len(words)) for start in range(at + 1, len(words))]
    for first, last in runs:
        start, end = words[first].start(), words[last - 1].end()
        run = phrase.text[start:end]
        length = _city_length(run, code) if run[0].isupper() else 0
        if length:
            return doc.span(phrase.start + start, phrase.start + start + length)
    return None


def _city_length(run: str, code: str) -> int:
    """The length of the city a run of words names: the whole run when the gazetteer knows it as a city, or the
    part of one word before its hyphen, when the city is joined to the airport's own name ("Yaoundé-Nsimalen",
    "Moscou-Vnoukovo"); else 0."""
    if place_kind(run, code) == "city":
        return len(run)
    head = run.split("-")[0]
    return len(head) if head != run and " " not in run and place_kind(head, code) == "city" else 0


@cache
def _linked_name(language: Language) -> re.Pattern[str]:
    """A link and a capitalised run of at most three words after a phrase ("… de Niamey", "… of Addis Ababa"), maybe
    after an adjective or two in lower case ("… international de Niamey")."""
    links = "|".join(re.escape(link) for link in sorted(language.role_links, key=len, reverse=True))
    return kept_patterns.compile(
        rf"(?:[^\S\n]+[{LOWER}][\w-]*){{0,2}}?[^\S\n]+(?:{links})[^\S\n]*({CAP_WORD}(?:[^\S\n]+{CAP_WORD}){{0,2}})"
    )


def _city_after(doc: Document, phrase: Span) -> Span | None:
    """The city an airport's long name closes after the words the place was cut to ("à l'Aéroport International
    Diori Hamani de Niamey"): the longest opening run of the linked name the gazetteer knows as a city."""
    match = _linked_name(doc.language).match(doc.text, phrase.end)
    if match is None:
        return None
    words = match.group(1).split()
    for count in range(len(words), 0, -1):
        run = " ".join(words[:count]).rstrip(".")
        if place_kind(run, doc.language.code) == "city":
            return doc.span(match.start(1), match.start(1) + len(run))
    length = _city_length(words[0], doc.language.code)  # "de Yaoundé-Nsimalen"
    return doc.span(match.start(1), match.start(1) + length) if length else None


_ANTECEDENT_REACH = 90  # characters before a place preposition where a relative clause's antecedent is looked for


def _later(doc: Document, start: int, at: int) -> bool:
    """Whether a relative clause about an occasion still to come leads to the place preposition at `at` ("… du
    Conseil européen, qui se tiendra à Bruxelles") and its antecedent is no meeting, visit or call: "un encuentro
    privado, que tendrá lugar en el Salón …" tells where the event itself will be held."""
    before = doc.lower[max(start, at - _ANTECEDENT_REACH) : at]
    clause = compiled(doc.language).places.later.search(before)
    if clause is None:
        return False
    cues = compiled(doc.language).cues
    phrases = [m.group("phrase") for m in cues.event_verbs.finditer(before, 0, clause.start())]
    kind = cues.event_kinds.get(event_key(phrases[-1])) if phrases else None
    return kind not in ("meeting", "visit", "phone_call")


def _mission_as_venue(doc: Document, start: int, post: str) -> bool:
    """The post opens on a mission's noun (`Language.posted_missions`) right after a place preposition and its article
    ("at the Embassy of France"): the mission is the venue the event was held in, not whose post the place is."""
    missions = {fold(m) for m in doc.language.posted_missions}
    if not any(fold(post).startswith(m) and not fold(post)[len(m) : len(m) + 1].isalnum() for m in missions):
        return False
    words = [fold(w) for w in doc.text[max(0, start - _CITY_LINK * 4) : start].split()]
    while words and words[-1] in _place_articles(doc.language):
        words.pop()
    return bool(words) and words[-1] in {fold(p) for p in doc.language.place_prepositions}


@cache
def _posted_roles(language: Language) -> tuple[str, ...]:
    """The language's posted roles (`Language.posted_roles`: "ambassador", "посла"), in lower case."""
    return tuple(role.lower() for role in language.posted_roles)


def _ends_with_envoy(before: str, language: Language) -> bool:
    """The lower-case text ends with a posted role, as a word: "посла" before "в Правительстве РА" is the guest."""
    stripped = before.rstrip()
    return any(
        stripped.endswith(role) and not stripped[: -len(role)][-1:].isalnum() for role in _posted_roles(language)
    )


def _ends_with_role(before: str, names) -> bool:
    """The lower-case text ends with a role noun: "ambassador to Viet Nam" names a post, not the event's place."""
    stripped = before.rstrip()
    ends = [m.end() for m in names.role_noun.finditer(stripped, max(0, len(stripped) - _ROLE_WINDOW))]
    return bool(ends) and ends[-1] == len(stripped)


def _dateline_place(
    analysis: Analysis, excluded: set[str], participants: list[Participant], source: Source | None
) -> Span | None:
    """The first city of the dateline that the gazetteer knows and that is no person, role, common word or the
    source itself, else its first country. A person read at the dateline's own place is a misreading of it
    ("Nairobi May 12/ 2023 -"), one named elsewhere makes it a name; a source named elsewhere does not ("Kuwait
    News Agency" over "KUWAIT, July 31 (KUNA) --")."""
    code = analysis.doc.language.code
    links = _genitive_links(analysis.doc.language)
    countries = []
    for city in analysis.dateline.cities:
        elsewhere = [m for p in participants for m in p.mentions if not _overlap(m, city)]
        people = {fold(word) for mention in elsewhere for word in _name_words(mention.text, links)}
        kind = place_kind(city.text, code)
        first = fold(city.text.split()[0])
        common = first in excluded and (kind is None or " " not in city.text)  # "Ciudad de México" is a city
        if (source and source.span and _overlap(source.span, city)) or common or first in people:
            continue
        if _organisation(city.text, analysis.doc.language):
            continue  # an organisation's or an agency's name over the text ("UN", "AMI - La Mauritanie …")
        if kind == "city" or (kind is None and place_kind(city.text.rsplit(",", 1)[-1], code) == "country"):
            return city  # a city, or a town with its country ("Soufrière, Saint Lucia")
        if kind == "country":
            countries.append(city)  # a headline that opens with a country ("Ethiopia, …") gives way to a city
    return countries[0] if countries else None


def _name_words(mention: str, links: Container[str]) -> list[str]:
    """The words of a participant's mention that may be a person's name: not the place of a body's name after its
    genitive link ("Cabildo de Mazatlán", "Rat der Stadt"), unless a given name opens the mention."""
    words = mention.split()
    if words and not is_given_name(words[0]):
        return list(takewhile(lambda word: fold(word) not in links, words))
    return words


def _room_of_someone(doc: Document, place: Span, phrase_end: int) -> bool:
    """The place is a common noun in lower case cut before its owner, a person after a link ("en el despacho de
    X", "en el despacho del presidente X"): whose room it is, which names no place."""
    words = place.text.split()
    if place.end >= phrase_end or any(word[:1].isupper() for word in words):
        return False
    links = doc.language.role_links
    rest = doc.text[place.end : phrase_end].split()
    return fold(words[-1]) in links or bool(rest and fold(rest[0]) in links)


def _owned(phrase: str, stops: Container[str]) -> bool:
    """The phrase opens with a person's name in the genitive, an "s" glued to it, before the noun of what is theirs
    ("Steinmeiers Amtssitz", "Putins Residenz"): whose place it is, not a place's name."""
    words = phrase.split()
    head = fold(words[0]).rstrip("'’")
    return len(words) > 1 and head.endswith("s") and head[:-1] in stops


def _owner_end(phrase: str, stops: Container[str], honorifics: Container[str], endings: tuple[str, ...]) -> int:
    """Where a place's name begins past its owner, a participant named in the possessive before it ("Osei's Legon
    office", "Mendes's Quinta Azul residence"); 0 when the phrase opens on no such owner, or on an honorific's
    possessive that names the place itself ("King's House")."""
    first, _, rest = phrase.partition(" ")
    ending = next((e for e in endings if first.endswith(e)), None)
    if not ending or not rest[:1].isupper():
        return 0
    owner = fold(first[: -len(ending)])
    return len(first) + 1 if owner in stops and owner not in honorifics else 0


def _pair(phrase: str, language: Language) -> bool:
    """Whether the phrase joins two countries or organisations by a hyphen ("Inde-Pakistan", "Asean-China"): a
    relation, not a place."""
    parts = phrase.split("-")
    return len(parts) == 2 and all(
        place_kind(part, language.code) == "country" or _organisation(part, language) for part in parts
    )


def _organisation(phrase: str, language: Language) -> bool:
    """Whether the phrase, past the dash a credit line ends with ("AMI -"), is the name of an organisation the
    language knows ("Caricom", "UN") or of a news agency ("AMI"): a body, not a place."""
    name = phrase.strip(" -–—")
    if fold(name) in _organisation_names(language):
        return True
    found = find_agencies(name, ambiguous=True, titled=True)
    return len(found) == 1 and found[0].start == 0 and found[0].end == len(name)


@cache
def _organisation_names(language: Language) -> frozenset[str]:
    """The organisations' names the language knows, folded."""
    return frozenset(fold(name) for name in language.organisations)


def _overlap(one: Span, other: Span) -> bool:
    return one.start < other.end and other.start < one.end


def _city_of(
    doc: Document, country: Span, dateline: Span | None, windows: list[tuple[int, int]], rejected: Container[str]
) -> Span:
    """The city of the country the brief names: its dateline's ("arrived in Niger" under "NIAMEY, …"), else the
    first one the event's sentences name ("a quitté Dakar en direction de Lomé, … au Togo"), not a common word that
    a town is named after ("the US-Africa Leaders' Summit" is no "Summit" of the United States), nor one a later
    sentence names in a programme still to come ("il aura des entretiens vendredi … à Pretoria")."""
    code = doc.language.code
    named = lookup(country.text, code)
    if named is None or named.kind != "country":
        return country
    if dateline and place_kind(dateline.text, code) == "city" and city_country(dateline.text, code) == named.country:
        return dateline
    toured = {named.country, *_toured(doc, country)}
    future = compiled(doc.language).dates.future_verb
    for start, end in windows:
        for word in _CAPITALISED.finditer(doc.text, start, end):
            if start > country.end and future.search(doc.text, start, word.start()):
                break  # a later sentence's programme still to come ("il aura des entretiens vendredi … à Pretoria")
                # names no city the visitor has reached
            if _NAME_GOES_ON.match(doc.text, word.end()):
                continue  # a run longer than a city's name ends with a name's first word ("Президент России Владимир
                # Путин"), not a city
            if place_kind(word.group(0).rstrip("."), code) == "country":
                continue  # a country's name, which may end with its capital's ("en Guinée Bissau"), is no city
            for at, name in _tails(word.group(0).rstrip(".")):  # a sentence's full stop is no abbreviation's
                if fold(name.split()[0]) in rejected and " " not in name and not _is_venue(name, doc.language):
                    continue  # a common word; a venue's noun stays ("el Palacio de la Zarzuela"), and a city of
                    # several words that opens with one ("Da Nang", "La Paz")
                city = lookup(name, code)
                known = city and city.kind == "city" and (city.own_name or (city.population or 0) >= _KNOWN_CITY)
                if known and city.country in toured and not find_agencies(name):  # "said by Xinhua"
                    return doc.span(word.start() + at, word.start() + at + len(name))
    return country


_TOUR_REACH = 80  # characters after a country where the other countries of a tour are looked for
_TOUR_LINK = 3  # letters of a preposition or an article between the countries of a tour ("au", "en", "the")


def _toured(doc: Document, country: Span) -> list[str]:
    """The countries listed right after a country, the stops of a tour ("se rend en Guinée, au Sénégal et en
    Mauritanie", "will travel to Lakeland, Norland and Valdoria"), as ISO codes: the city a sentence names in any of
    them is the event's ("Le Drian à Dakar")."""
    code, language = doc.language.code, doc.language
    clause = re.split(r"[.;:!?\n]", doc.text[country.end : country.end + _TOUR_REACH], maxsplit=1)[0]
    joiners = {word for word in language.counterpart_words if " " not in word}
    codes, at = [], 0
    for run in _CAPITALISED.finditer(clause):
        between = clause[at : run.start()].replace(",", " ").replace("'", " ").replace("’", " ").split()
        if not all(word in joiners or (len(word) <= _TOUR_LINK and word.islower()) for word in between):
            break
        place = lookup(run.group(0), code)
        if place is None or place.kind != "country":
            break
        codes.append(place.country)
        at = run.end()
    return codes


def _tails(run: str) -> Iterator[tuple[int, str]]:
    """A capitalised run and the words that end it, with where each starts: the city may close a run that opens
    with its country ("в столице Чили Сантьяго")."""
    yield 0, run
    for space in re.finditer(" ", run):
        yield space.end(), run[space.end() :]


def extract_location(
    analysis: Analysis,
    participants: list[Participant],
    event_type: str,
    source: Source | None,
    days: WrittenDays | None = None,
) -> Span | None:
    """The place of the event, or None; for a meeting, a city or a country gives way to a seat of government of its
    own state that a sentence telling the event names after a preposition of place (`_seat_of_place`). A visit keeps
    the place it reaches, a seat being a stop of its programme; a statement keeps where it was said."""
    place = _event_place(analysis, participants, event_type, source, days)
    unnamed = place is None or _unnamed_venue_word(analysis.doc, place)
    if analysis.doc.language is not None and event_type != "phone_call" and unnamed:
        # a town's Golden Book signed ("trug sich ins Goldene Buch der Stadt X ein"): the town, over a venue that
        # names no town ("im Rathaus")
        place = _guest_book_town(analysis) or place
    if place is None or event_type in _HELD_IN_PLACE:
        return place
    return _seat_of_place(analysis, place) or place


def _unnamed_venue_word(doc: Document, place: Span) -> bool:
    """The place is one word, a venue's common noun that names neither a town nor a seat ("Rathaus", "palais")."""
    text = place.text.strip(".,")
    return (
        " " not in text
        and _is_venue(text, doc.language)
        and place_kind(text, doc.language.code) is None
        and not seats(text)
    )


def _guest_book_town(analysis: Analysis) -> Span | None:
    """The town whose book of honoured guests (`Language.guest_books`) a sentence telling the event, one of the first
    of the body or the headline names right after the book, maybe past a genitive link, an article and a settlement's
    noun ("ins Goldene Buch der Stadt Würzburg", "le livre d'or de la ville de Lyon", "the Golden Book of Bonn"): the
    guest signed it where the town keeps it. Not a county's or a body's book ("des Landkreises X", "des Landtags")."""
    doc = analysis.doc
    language = doc.language
    pattern = compiled(language).places.guest_book
    settlement = {fold(word) for noun in language.settlement_words for word in noun.split()}  # "ville de"
    links = _genitive_links(language) | _place_articles(language) | settlement
    body = [s for s in analysis.body if not (s.teaser or s.boilerplate)]
    told = [*analysis.events.sentences(body)[:_EVENT_SENTENCES], *body[:_CITY_SENTENCES]]
    title = [(analysis.title.start, analysis.title.end)] if analysis.title else []
    windows = [(s.start, s.end) for s in told] + title
    for start, end in windows:
        for book in pattern.finditer(doc.text, start, end):
            tokens = list(re.finditer(r"[^\s,.;:!?()]+", doc.text[book.end() : end]))
            skipped = list(takewhile(lambda t: fold(t.group(0)) in links, tokens))
            run = list(takewhile(lambda t: t.group(0)[:1].isupper(), tokens[len(skipped) :]))
            for size in range(len(run), 0, -1):
                first, last = run[0], run[size - 1]
                town = doc.span(book.end() + first.start(), book.end() + last.end())
                if place_kind(town.text, language.code) == "city":
                    return town
    return None


def _sent_message(analysis: Analysis) -> bool:
    """The title or the first lead sentence reports a message or a letter sent to whom it is addressed ("X sent on
    Tuesday a letter of condolences to Y", "a adressé, jeudi, un message de félicitations à …"), or opens on a verb
    of greeting or thanks addressed to a person ("X felicita a Y", "Le président malgache félicite le président"):
    written and sent, it has no place of its own."""
    doc = analysis.doc
    if doc.language is None:
        return False
    cues = compiled(doc.language).cues
    windows = [*([analysis.title] if analysis.title else []), *analysis.lead[:1]]
    if cues.sent_document is not None and any(cues.sent_document.search(doc.lower, w.start, w.end) for w in windows):
        return True
    firsts = [hits[0] for w in windows if (hits := analysis.events_in(w.start, w.end))]
    return bool(firsts) and event_key(doc.lower[firsts[0][0] : firsts[0][1]]) in cues.address


def _held_by_video(analysis: Analysis) -> bool:
    """The title or the first lead sentence tells the gathering as a video link or a conference call only
    ("nahm an einer Telefonkonferenz mit A, B und C teil", "held a videoconference with"), naming no gathering of
    its own ("summit", "Sitzung"; not the "conference" of "video conference"): a link among places, held in none,
    as a call is."""
    doc = analysis.doc
    if doc.language is None:
        return False
    video = compiled(doc.language).cues.video
    windows = [*([analysis.title] if analysis.title else []), *analysis.lead[:1]]
    hits = [hit for w in windows for hit in analysis.events_in(w.start, w.end)]
    links = [hit for hit in hits if event_key(doc.lower[hit[0] : hit[1]]) in video]
    return bool(links) and not any(
        hit[2] == "conference" and not any(link[0] <= hit[0] and hit[1] <= link[1] for link in links) for hit in hits
    )


def _seat_of_place(analysis: Analysis, place: Span) -> Span | None:
    """The first seat of government of the place's own state (`briefparse.seats`) that the sentences telling the event,
    then its headline, name right after a preposition of place or of direction, or after a part of the building it
    opens ("una cena en Zarzuela", "en sus oficinas del Palacio San Martín"): the building the event was held in,
    within the city or country the brief names. Not a seat that owns what the preposition opens ("на сайте Акорды",
    "en el Consejo … de la Casa Blanca"): who speaks or whose body, not where; nor one a sentence on an earlier
    occasion names."""
    doc = analysis.doc
    code = doc.language.code
    info = lookup(place.text, code)
    if info is None or info.kind not in ("city", "country"):
        return None
    body = [s for s in analysis.body if not (s.teaser or s.boilerplate)]
    patterns = compiled(doc.language).places
    headline = [analysis.title] if analysis.title else []  # "X recibió en Miraflores al canciller ruso"
    for sentence in [*analysis.events.sentences(body)[:_SEAT_SENTENCES], *headline]:
        if patterns.earlier_opener.match(doc.text, sentence.start, sentence.end):
            continue  # "Earlier, at the Jubilee House, …": another occasion's seat
        for match, found in named_seats(doc.text, sentence.start, sentence.end):
            if not any(seat.country == info.country for seat in found):
                continue
            clause = re.split(r"[,;:]", doc.text[sentence.start : match.start()])[-1]
            prepositions = list(patterns.seat_clause.finditer(clause))  # the last one opens the seat's phrase
            if prepositions and _opens_seat(clause[prepositions[-1].end() :].split(), doc.language):
                return doc.span(match.start(), match.end())
    return None


def _opens_seat(words: list[str], language: Language) -> bool:
    """Whether the words between a preposition and a seat's name leave the seat where the event was: articles alone
    ("in der", "en"), or a part of the building in lower case and its genitive link ("a las puertas del", "en sus
    oficinas del")."""
    articles = _place_articles(language)
    folded = [fold(word) for word in words]
    while folded and folded[-1] in articles:
        folded.pop()
    if not folded or all(word in articles for word in folded):
        return True
    if folded[-1] not in _genitive_links(language):
        return False
    part = [word for word in folded[:-1] if word not in articles]
    return len(part) == 1 and part[0].isalpha() and part[0] == part[0].lower()


def _event_place(
    analysis: Analysis,
    participants: list[Participant],
    event_type: str,
    source: Source | None,
    days: WrittenDays | None = None,
) -> Span | None:
    """The place of the event, or None. A statement takes its dateline's city first; a message sent that alone. A
    sentence that writes only another occasion's day (`days`) names that occasion's place ("ils s'étaient rencontrés
    le 22 janvier à Genève"), the first one too ("a follow-up on the one they had in Lima on Feb. 16") unless no other
    is left."""
    doc, title = analysis.doc, analysis.title
    if doc.language is None or event_type == "phone_call":
        return None
    if event_type == "conference" and _held_by_video(analysis):
        return None
    excluded = _not_places(doc.language)
    # the words of the participants' names, not of a role that stands for one ("chef de l'Etat")
    # nor the name a venue's noun opens ("dans l'hôtel Intercontinental X"), which is the venue's, not a person's
    named = [
        m.text
        for p in participants
        if p.name
        for m in p.mentions
        if m.text[:1].isupper() and not _after_venue_noun(doc, m.start)
    ]
    people = {fold(t) for mention in named for t in mention.split()} - excluded
    # an agency's name is no place anywhere ("Kuwait News Agency" over "KUWAIT, …"); another source's words are none
    # inside the source ("according to Spokesperson X"), though its office may be where the event was held
    # ("received at Rashtrapati Bhavan, a statement by the Rashtrapati Bhavan said")
    agency = source is not None and bool(find_agencies(source.name, ambiguous=True))
    rejected = _Words(excluded, people | ({fold(t) for t in source.name.split()} if agency else set()))
    avoid = source.span if source and source.span and not agency else None
    stops = compiled(doc.language).names.honorific_words | people
    # a sentence the page prints again (a caption under its photo and in its gallery) is read once
    lead = _distinct(doc, analysis.lead, title)[:_LEAD_SENTENCES]
    body = [s for s in analysis.body if not (s.teaser or s.boilerplate)]  # captions too: one may name the place
    events = [s for s in analysis.events.sentences(body) if not _headline_again(doc, s, title)]
    if event_type == "conference":
        events = _gathering_first(analysis, body, events)
    sentences = [(s.start, s.end) for s in events[:_EVENT_SENTENCES] + lead]
    if days is not None:
        sentences = [(s, e) for s, e in sentences if not days.tell_another_occasion(s, e)] or sentences[:1]
    windows = sentences + ([(title.start, title.end)] if title else [])
    dateline = _dateline_place(analysis, excluded, participants, source)
    further = [(s.start, s.end) for s in body[:_CITY_SENTENCES]]  # "… arrived in Angola. … in Luanda"
    stays = [(s.start, s.end) for s in body[:_STAY_SENTENCES]]
    if event_type == "statement" and _sent_message(analysis):
        # a letter sent is issued where its own phrase says ("a message issued by his adviser, X, in Abuja on
        # Friday"), else where its dateline's city is, as any statement ("TIRANA -- X sent a letter of condolences to
        # Y"); the places its text names are those of what it speaks of ("I recall … the State Visit I had the honour
        # to hold in Indonesia"), and a country's name over it is a feed's label
        issued = _issued_at(doc, sentences, rejected, stops, avoid)
        return issued or (dateline if dateline and not _country(doc, dateline) else None)
    if event_type == "statement":  # not in its headline, where a venue stands for who spoke ("В Кремле заявили")
        said_at = _said_at(doc, sentences, rejected, stops, avoid)
        visited = _visit_place(analysis, rejected, stops, avoid)
        venue = _venue_in(doc, sentences, rejected, stops, avoid)
        city = dateline if dateline and not _country(doc, dateline) else None  # a country gives way to a venue
        if visited and city and _to_come_before(doc, _sentence_start(analysis, visited), visited.start):
            # a visit still to come that it announces is not where it was given ("Briefing by Spokesperson X, Moscow,
            # …: … who will be in Russia as head of a delegation"): its dateline's city is
            visited = None
        # where it was said on the margins of a gathering ("sagte … am Rande eines Treffens in Brüssel")
        margin = _margin_city(doc, sentences + further, rejected)
        # else where a sentence says the occasion was held ("un Conseil des ministres s'est tenu au Palais … à
        # Abidjan"), or the place the lead opens with, set off like a dateline ("À Abidjan, le comité …")
        held = _held_at(doc, analysis, rejected, stops, avoid, occasions=sentences + further)
        opening = _opening_place(doc, lead[:1], rejected, stops, avoid)
        town = _confirmed_dateline_town(doc, rejected) or _known_town(doc, sentences, rejected)
        return said_at or visited or margin or city or venue or dateline or held or opening or town
    # "left for home after wrapping up his two-day Kessel visit": where the visit was, not the next stop
    ended = _ended_visit_place(doc, windows) if event_type == "visit" else None
    if ended:
        return ended
    # a place named as the subject of the event it held ("El Palacio de X fue el escenario del encuentro")
    host = _host_venue(doc, windows, people)
    if host:
        return host
    # the venue a verb of a visit made takes as its object ("besichtigten das Reichstagsgebäude in Berlin"): where the
    # visitors were, without its city
    sites = (_visited_site(doc, start, end, sites=event_type == "visit") for start, end in windows)
    site = next((s for s in sites if s), None) if event_type in ("visit", "meeting") else None
    if site:
        return site
    # the building a headline opens with, set off from the news it files ("Palais de la Marina : le Président reçoit …")
    rubric = _headline_venue(doc, title) if event_type != "statement" else None
    if rubric:
        return rubric
    # an institution's seat the verb that holds the event stands beside ("В МИД РФ состоялась встреча"): where it was
    # held, over a city another sentence names (a guest's post, where envoys are accredited)
    seat = _held_in_seat(doc, windows) if event_type != "visit" else None
    if seat:
        return seat
    opener = compiled(doc.language).places.earlier_opener
    done = event_type != "visit" and _told_as_done(analysis)
    unknown, deferred = None, 0  # the first place the gazetteer does not know: "les feux en Amazonie", "в Черном море"
    for index, (start, end) in enumerate(windows):
        if opener.match(doc.text, start, end):
            continue  # "Plus tôt dans la journée, il s'était rendu à Badou": an occasion before the event
        place = _place_in(doc, start, end, rejected, stops, doc.language.capitalised_nouns, avoid)
        again = index and not (title is not None and start == title.start)  # a later sentence, not the headline
        if again and place is not None and done and _to_come_before(doc, start, place.start):
            continue  # "… wrapped up their summit. The next summit will be held in Dhaka": another occasion's place
        # the place a visit reaches, or, for another event, the one a clause of visiting opens its sentence with
        # ("Visiting Jakarta for the ASEAN meeting, the minister held talks with …"): where the visitor met
        visited = _visited(doc, start, end, rejected, opening=event_type != "visit")
        if visited and (place is None or visited.start < place.start):
            # "посетила Ташкент", "visited Tashkent", "a regagné, dimanche, Abidjan, au terme d'un séjour en France":
            # the place the verb of the journey reaches, before the places the sentence goes on to name
            place = visited
        if event_type == "visit" and place and _stop_to_come(doc, start, place):
            # a stop of the programme still to come ("llegó a Kessel, en donde acudirá a una sesión en el Senado",
            # "será recibido el domingo en el Palacio …"): the visit is where the journey leads, else elsewhere
            place = _destination(doc, [(start, place.start)], rejected, stops, avoid)
            if place is None:
                continue
        if place and event_type == "visit" and _country(doc, place) and (landed := _landing_place(doc, further)):
            return landed  # "прибыл в Россию … самолет приземлился в аэропорту Внуково-2": where the visitor landed
        # the place the sentence writes, not where a journey leads ("llegó a Kessel"), before a country gives way to
        # its city
        written = None if place is not None and _journey_to(doc, start, place) else place
        if place:
            place = _city_of(doc, place, dateline, windows + further, rejected)
        if place and place_kind(place.text, doc.language.code) is None:
            place = _address_city(doc, place) or place  # "in Demak Jaya, Jalan Bako, Kuching": the city closing it
        if place and _unknown(doc, place) and analysis.events_in(place.start, place.end):
            place = None  # the event's own name ("… honoured in Grand Awards Ceremony"), no place
        if place and _unknown(doc, place) and _held_there(doc, start, place):
            return _with_its_city(doc, place, end)  # "The inauguration was held at Ferrow Hall": where, known or not
        if place and _unknown(doc, place) and (unnamed := _unnamed_venue_before(doc, start, place)):
            return unnamed  # "au palais de la présidence au Plateau": the venue, in a quarter the gazetteer lacks
        if place and _unknown(doc, place):
            unknown, deferred = unknown or place, deferred + 1  # a place the gazetteer knows comes first
            continue
        headline = title is not None and start == title.start
        # the first sentence with a place the gazetteer knows tells the event
        seat = unknown is not None and (
            _is_seat(unknown.text, doc.language)
            or _named_unit(unknown.text, doc.language)
            or _after_spot_preposition(doc, unknown)
        )
        if place and seat and _country(doc, place):
            # a venue the event's sentence names ("at the President's Office"), or a unit it names by its noun ("im
            # Partnerlandkreis Wolmin"), over a later country
            return unknown
        if place and _toured_unit(doc, unknown, event_type):
            return unknown  # a unit a visit goes through, over a town a later sentence names as one of its stops
        if place and (index == deferred or headline or event_type == "visit" or not _country_only(doc, place)):
            # a country in the sentence that tells the event, its headline or visited; else a topic, but for one
            # named as its own capital is ("im Vatikan", "à Djibouti"), which places the event as a city does. A country
            # gives way to the city or venue a sentence says the event was held at ("s'est déroulé à l'hôtel X"),
            # a city to such a venue ("… talks in Minsk. The talks are held in the Independence Palace.")
            # or to a venue the same sentence goes on to name ("Arrivé à Yaoundé …, il a été reçu au Palais de l'Unité")
            held = venue = None
            if _city(doc, place) and (unnamed := _unnamed_venue_before(doc, start, place)):
                return unnamed  # "au palais présidentiel à Nouakchott": the venue, as written with its city
            if not _is_venue(place.text, doc.language):
                held = _held_at(doc, analysis, rejected, stops, avoid)
                # not a venue of another city ("met … in Beijing. On Monday, … took place at the Palace in Kabul")
                elsewhere = held and _city(doc, place) and _placed_elsewhere(doc, held, place)
                venue = held if held and _is_venue(held.text, doc.language) and not elsewhere else None
                venue = venue or _venue_in(doc, [(place.end, end)], rejected, stops, avoid)
                if venue and event_type == "visit" and _stop_to_come(doc, start, venue):
                    venue = None  # "llegó a Kessel, en donde acudirá a una sesión en el Senado": the visit's country
                # or to an institution's seat set after the city at a spot ("in Suva at the Samoa High Commission")
                venue = venue or (_seat_after(doc, place, end, rejected, stops, avoid) if _city(doc, place) else None)
                # or to the venue its headline names ("Путин принял в Кремле …" over "… находится в России")
                if venue is None and title is not None and not headline and _country(doc, place):
                    venue = _venue_in(doc, [(title.start, title.end)], rejected, stops, avoid)
                if venue is None and _city(doc, place):  # or to a venue without a name a sentence holds it in
                    venue = _unnamed_venue_held(doc, body)
                # or to a venue of that city the next ones name; of that country, but for a visit, which keeps the
                # country it reaches ("… who is on a visit to Kessel, held talks with … The talks took place at the
                # Harbour Palace.")
                if venue is None and not (event_type == "visit" and _country(doc, place)):
                    following = [(s.start, s.end) for s in body if s.start >= end][:1]
                    named = _venue_in(doc, sentences[index + 1 :] + following, rejected, stops, avoid)
                    # a venue of that city; during a visit, one the city's name holds: the visit is the city's
                    # ("llegó a Cartagena … fue recibida en la sede de la Cancillería")
                    if named is not None and _country(doc, place):
                        venue = None if _venue_abroad(doc, named, place) else named
                    elif named is not None and event_type == "visit":
                        # or one called by its proper name, when the sentence writes the city the guest was
                        # received in ("a reçu à Kessel … a reçu au Palais du Gouvernement"); not the city a journey
                        # reaches ("llegó a Kessel"), nor a stop of a tour of the country ("Staatsbesuch in Varnien …
                        # im Inneren Burghof")
                        proper = named.text[:1].isupper() and written is place and not _other_city(doc, named, place)
                        venue = named if _in_city(doc, named, place) or proper else None
                    elif named is not None:
                        venue = None if _other_city(doc, named, place) else named
            if _country(doc, place) and not (held or venue):
                venue = _opening_venue(analysis, body, rejected, stops, avoid)  # a country gives way to the venue
                # a sentence of the body opens with ("At a meeting at the Jubilee House, the President welcomed …")
            found = (_country(doc, place) and held) or venue or place
            return _room_city(doc, found, dateline, (windows, further), rejected, stops, avoid, event_type)
    if unknown and _toured_unit(doc, unknown, event_type):
        return unknown
    if unknown:  # or a city or a venue the next sentences name ("… l'ouverture du sommet à Biarritz")
        return _known_place(doc, further, rejected, stops, avoid) or unknown
    further_venue = _venue_in(doc, further, rejected, stops, avoid)  # "… comenzó una reunión en la Casa de Nariño"
    held = _held_at(doc, analysis, rejected, stops, avoid) or further_venue
    held = _room_city(doc, held, dateline, (windows, further), rejected, stops, avoid, event_type)
    # else the country a sentence says it was held in ("Ambas citas tuvieron lugar en Chile")
    return (
        held
        or _unnamed_venue(doc, sentences)
        or _opening_venue(analysis, body, rejected, stops, avoid)
        # or the city of the gathering the event was held on the margins of, which a later sentence may be the first
        # to name ("… on the sidelines of the G20 meeting. … 'Met X on the sidelines of the Bali G20'")
        or _margin_city(doc, sentences + further, rejected)
        or (_destination(doc, further, rejected, stops, avoid) if event_type == "visit" else None)
        # or where the journey the visit opens with goes ("left Luanda on Saturday for Libreville", "quitte Dakar pour
        # Paris", "a pris son envol … à destination d'Abidjan")
        or (_journey_end(doc, further, rejected) if event_type == "visit" else None)
        # or the city of the airport a visitor landed at ("son avion s'est posé sur le tarmac de l'aéroport de …")
        or (_landing_city(doc, further) if event_type == "visit" else None)
        # a dateline's city; not a country no capital is named after, a feed's label ("UZBEKISTAN, August 21 -",
        # "Haïti - Diplomatie :"), though a city-state's name is its capital's ("KUWAIT, May 2 (KUNA) --")
        or (
            None
            if dateline and (_country_only(doc, dateline) or _gathering_elsewhere(analysis, dateline, sentences))
            else dateline
        )
        or _held_at(doc, analysis, rejected, stops, avoid, countries=True)
        # or the city the guest of a meeting came to on a visit ("The Russian minister arrived in Baku … for a two-day
        # visit"); a country is what a later sentence is about ("… a visité la RDC en 2019")
        or (_visited_city(analysis, rejected, stops, avoid) if event_type == "meeting" else None)
        # or the city or the country the body says a party is in ("…, who is in Kessel to attend …", "is currently in
        # Varnia on a two-day visit", "séjourne en Varnie depuis samedi"): where the guest met, or the visit went
        or (_stay_place(doc, stays, rejected) if event_type in ("meeting", "visit") else None)
        # or the province a visit goes through, when no stop of it is a place the gazetteer knows
        or (_visited_province(doc, windows + further, rejected) if event_type == "visit" else None)
        or _city_adjective_place(doc, sentences)
        or _institution_city(doc, windows + further)
        or (_hosting_place(analysis) if event_type == "visit" else None)
        or _airport_named(doc, sentences, rejected, stops, avoid)
        # or the town of the site a visit or a ceremony acts on ("a posé la première pierre du stade de X")
        or (_object_town(analysis, windows, event_type, rejected) if event_type in _AT_SITES else None)
        # or, last, the city a later sentence telling the event names ("… se reunieron este viernes en Santiago")
        or _later_event_city(doc, events[_EVENT_SENTENCES:_LATER_EVENT_SENTENCES], rejected, stops, avoid, days)
        # or a town the gazetteer does not know that opens a dateline and that the text places after a preposition
        or _confirmed_dateline_town(doc, rejected)
        # or a small town the gazetteer knows only when asked, where nothing but a place stands: a dateline's opening
        # or after a preposition of place in a sentence telling the event ("visitó … en Xilitla", "in Andau")
        or _known_town(doc, windows, rejected)
    )


_TOWN_DATELINE = lazy_compile(r"([^\W\d_][\w-]+)(?:/[^\W\d_][\w-]+)?(?:\.[^\S\n]+|[^\S\n]+[-–—][^\S\n]+)(?=\S)")
_DATELINE_PARAGRAPHS = 6  # the opening paragraphs a paper's own dateline stands in


def _confirmed_dateline_town(doc: Document, rejected: Container[str]) -> Span | None:
    """A town unknown to the gazetteer that opens one of the first paragraphs, set off by a full stop or a dash
    ("Sierksdorf. Auch …", "Hornberg/Gutach. In …", "Leinfelden - „…"), when a sentence also places something in it
    after a preposition of place ("im Hansapark in Sierksdorf"): the text itself confirms it is a place."""
    if doc.language is None:
        return None
    prepositions = doc.language.place_prepositions
    for paragraph in doc.paragraphs[:_DATELINE_PARAGRAPHS]:
        match = _TOWN_DATELINE.match(doc.text, paragraph.start, paragraph.end)
        town = match.group(1) if match else ""
        if not town[:1].isupper() or fold(town) in rejected or place_kind(town, doc.language.code) is not None:
            continue
        after = rf"(?<!\w)(?:{phrase_alternation(prepositions)})[^\S\n]+{re.escape(town)}(?![\w-])"
        if prepositions and re.search(after, doc.text):
            return doc.span(match.start(1), match.end(1))
    return None


#: a dateline of one to three words, set off by a full stop, a dash or a comma ("José María Morelos.-", "Xilitla,
#: S.L.P.-")
_NAMED_DATELINE = lazy_compile(
    r"([^\W\d_][\w-]*(?:[^\S\n]+[^\W\d_][\w-]*){0,2})(?:\.?[^\S\n]*[-–—]|\.[^\S\n]|,[^\S\n])"
)
_TOWN_RUN = lazy_compile(r"[^\W\d_][\w-]*(?:[^\S\n]+[^\W\d_][\w-]*){0,2}")


def _known_town(doc: Document, windows: list[tuple[int, int]], rejected: Container[str]) -> Span | None:
    """A town below the gazetteer's floor (`places(..., towns=True)`) where only a place stands: the word that opens
    one of the first paragraphs as a dateline ("Andau. Der …", "Xilitla, S.L.P.- …"), else a capitalised run of one
    to three words after a preposition of place in a window ("in Münchsteinach", "en José María Morelos"), the
    longest that is a town. A bare capitalised word is never one: a small town's name is often a surname."""
    if doc.language is None:
        return None
    code = doc.language.code
    for paragraph in doc.paragraphs[:_DATELINE_PARAGRAPHS]:
        match = _NAMED_DATELINE.match(doc.text, paragraph.start, paragraph.end)
        if match and _town_name(match.group(1), code, rejected):
            return doc.span(match.start(1), match.end(1))
    prepositions = doc.language.place_prepositions
    if not prepositions:
        return None
    links = _genitive_links(doc.language)
    after = re.compile(rf"(?<!\w)(?:{phrase_alternation(prepositions)})[^\S\n]+(?=[^\W\d_])", re.IGNORECASE)
    for start, end in windows:
        for match in after.finditer(doc.text, start, end):
            run = _TOWN_RUN.match(doc.text, match.end(), end)
            words = list(takewhile(lambda w: w[:1].isupper() or fold(w) in links, run.group(0).split() if run else []))
            while words and fold(words[-1]) in links:
                words.pop()
            name = " ".join(words)  # the whole capitalised run: "to Principal Deputy Spokesperson" names no town
            if name and _town_name(name, code, rejected):
                return doc.span(match.end(), match.end() + len(name))
    return None


def _town_name(name: str, code: str, rejected: Container[str]) -> bool:
    """A capitalised name, no rejected word, that the gazetteer knows as a town only."""
    return (
        name[:1].isupper()
        and not any(fold(word) in rejected for word in name.split())
        and place_kind(name, code) is None
        and any(p.kind == "city" for p in places(name, code, towns=True))
    )


def _ended_visit_place(doc: Document, windows: list[tuple[int, int]]) -> Span | None:
    """The city or the country of a visit that a sentence telling a departure tells as over: the place the verb of
    leaving takes as its object ("left Hanoi on Monday, wrapping up a State visit", "departed from Kessel after
    wrapping up their visit"), else the one place the phrase of the ending names, inside it ("left for home after
    wrapping up his two-day Kessel visit") or right after its noun ("after ending his visit to the United States"):
    where the visit was, not where the traveller goes next."""
    patterns = compiled(doc.language).places
    code = doc.language.code
    for start, end in windows:
        ends = list(patterns.visit_ended.finditer(doc.text, start, end))
        if not ends:
            continue
        leaving = [m for m in _departures(doc, start, end) if m.start() == 0 or not doc.text[m.start() - 1].isalnum()]
        for verb in leaving:
            left = _left_place(doc.language).match(doc.text, verb.end())
            if left and place_kind(left.group("place"), code) in _VISITED_KINDS:
                return doc.span(left.start("place"), left.end("place"))
        if not leaving:
            continue
        for ended in ends:
            runs = _CAPITALISED.finditer(doc.text, ended.start(), ended.end())
            named = [r for r in runs if place_kind(r.group(0), code) in _VISITED_KINDS]
            if len(named) == 1:
                return doc.span(named[0].start(), named[0].end())
            after = next(_after_prepositions(patterns.after_preposition, doc.text, ended.end(), end, code), None)
            if named or after is None or doc.text[ended.end() : after.start()].strip():
                continue
            name = after.group("place").rstrip(".")
            listed = _list_goes_on(doc.language).match(doc.text, after.start("place") + len(name))
            if place_kind(name, code) in _VISITED_KINDS and not listed:
                return doc.span(after.start("place"), after.start("place") + len(name))
    return None


@cache
def _left_place(language: Language) -> re.Pattern[str]:
    """The place a verb of leaving takes as its object, maybe after a preposition of origin or an article ("left
    Hanoi", "departed from Kessel")."""
    origin = phrase_alternation(language.origin_prepositions) if language.origin_prepositions else "(?!)"
    articles = phrase_alternation(language.place_articles) if language.place_articles else "(?!)"
    return kept_patterns.compile(
        rf"[^\S\n]+(?:(?:{origin})[^\S\n]+)?(?:(?:{articles})[^\S\n]+)?(?P<place>{CAP_WORD}(?:[ -]{CAP_WORD}){{0,2}})"
    )


@cache
def _list_goes_on(language: Language) -> re.Pattern[str]:
    """A comma, or a joiner of a list and a capitalised word: one more place of a list ("the United States, Ireland
    and Turkey")."""
    joiners = phrase_alternation(j for j in language.list_joiners if j.strip()) if language.list_joiners else "(?!)"
    return kept_patterns.compile(rf",|[^\S\n]+(?:{joiners})[^\S\n]+{CAP_WORD}")


def _departures(doc: Document, start: int, end: int) -> Iterator[re.Match[str]]:
    """Each verb of leaving in text[start:end] ("left", "departs")."""
    departure = compiled(doc.language).places.departure
    at = start
    while at < end and (match := departure.search(doc.text, at, end)):
        yield match
        at = match.end()


def _toured_unit(doc: Document, unknown: Span | None, event_type: str) -> bool:
    """Whether a visit's first place is a unit named by its noun ("visited some schools in the Kessel Region"): where
    the visit went, over the towns later sentences name as its stops."""
    return event_type == "visit" and unknown is not None and _named_unit(unknown.text, doc.language)


@cache
def _genitive_name(language: Language) -> re.Pattern[str]:
    """A genitive link, or an elided one ("d'"), and the capitalised run of at most three words it opens ("… du stade
    de Port-Gentil", "l'hôtel de ville d'Odienné")."""
    links = sorted((*language.genitive_links, *language.elided_particles), key=len, reverse=True)
    alternation = "|".join(re.escape(link).replace("'", "['’]") for link in links)
    return kept_patterns.compile(rf"(?<![\w'’])(?i:{alternation})[^\S\n]*({CAP_WORD}(?:[^\S\n]+{CAP_WORD}){{0,2}})")


def _object_town(
    analysis: Analysis, windows: list[tuple[int, int]], kind: str, rejected: Container[str]
) -> Span | None:
    """The town the thing a visit or a ceremony acts on stands in, by a genitive in the clause after the event's
    word ("a posé la première pierre du Sheraton de Kessel", "à la pose de la 1ère pierre du stade de Kara", "a
    visité le centre de santé de Kaya"): the longest opening run of the linked name the gazetteer knows as a city."""
    doc = analysis.doc
    code = doc.language.code
    for start, end in windows:
        for hit in analysis.events_in(start, end):
            if hit[2] != kind:
                continue
            stop = _OBJECT_END.search(doc.text, hit[1], end)
            for match in _genitive_name(doc.language).finditer(doc.text, hit[1], stop.start() if stop else end):
                words = match.group(1).split()
                if fold(words[0]) in rejected:
                    continue
                for count in range(len(words), 0, -1):
                    length = _city_length(" ".join(words[:count]).rstrip("."), code)
                    if length:
                        return doc.span(match.start(1), match.start(1) + length)
    return None


def _later_event_city(
    doc: Document,
    later: list[Sentence],
    rejected: Container[str],
    stops: set[str],
    avoid: Span | None,
    days: WrittenDays | None,
) -> Span | None:
    """The first city the gazetteer knows that a sentence telling the event, after the first ones, names after a
    place preposition, when no earlier sentence, headline, venue or dateline placed it: the event's sentence the
    brief opens with a standfirst or a quote before ("Quienes sí se reunieron … Los cancilleres … se reunieron este
    viernes en Santiago"). Not one a meeting still to come is set in ("президенты … встретятся … в Москве"), nor one a
    sentence on an earlier occasion names ("Pour rappel, … avait reçu le 2 février 2024 à X", `days`)."""
    future = compiled(doc.language).dates.future_verb
    for sentence in later:
        if days is not None and days.tell_another_occasion(sentence.start, sentence.end):
            continue
        place = _place_in(doc, sentence.start, sentence.end, rejected, stops, doc.language.capitalised_nouns, avoid)
        if place is not None and _city(doc, place) and not future.search(doc.text, sentence.start, place.start):
            return place
    return None


_RUBRIC_WORDS = 6  # words of a building's name a headline may open with
_RUBRIC_END = lazy_compile(r"\s*(?::|\s[-–—])\s")  # the colon or the dash that sets a headline's rubric off


def _headline_venue(doc: Document, title: Span | None) -> Span | None:
    """The building a headline opens with as its rubric ("Palais de la présidence : X a reçu …", "Palais d'Iavoloha -
    Le Président reçoit …", "Palais de la Marina Le Président reçoit …"): a venue's noun first, a name of two words or
    more (a one-word label names an institution, "Primature :"), ended by a colon or a dash, or by a capitalised
    article opening the news."""
    if title is None:
        return None
    language = doc.language
    venues = compiled(language).places.venues
    articles = _articles_and_contractions(language)
    words = list(_TOKEN.finditer(doc.text, title.start, title.end))
    if len(words) < 3 or fold(words[0].group()) not in venues:
        return None
    second = words[1].group()
    elided = tuple(fold(p) for p in language.elided_particles)
    if not (second[:1].isupper() or fold(second) in _genitive_links(language) or fold(second).startswith(elided)):
        return None  # a verb after the noun: the building is the subject of the news ("Kreml attackiert X:")
    for index, word in enumerate(words[1 : _RUBRIC_WORDS + 1], start=1):
        token = word.group()
        if fold(token) in articles and token[:1].isupper() and index > 1:
            return doc.span(words[0].start(), words[index - 1].end())
        if _RUBRIC_END.match(doc.text, word.start() - 1) and index > 1:
            return doc.span(words[0].start(), words[index - 1].end())
        if token.endswith(":"):
            return doc.span(words[0].start(), word.end() - 1)
    return None


def _airport_named(
    doc: Document, windows: list[tuple[int, int]], rejected: Container[str], stops: set[str], avoid: Span | None
) -> Span | None:
    """The first airport the event's sentences name without a city the gazetteer knows ("se reunió … en el salón de
    protocolo del Aeropuerto Internacional Comodoro …", "atterri à l'aéroport international de N'djili"), or the city
    its name opens or ends with ("arrived at Addis Ababa International Airport"): where the event happened, the last
    resort when the brief names no other place. An airport's name is a city's only then: a name that is a town's too
    gives way to the place of the visit ("at Marka Airport at the start of a state visit to Jordan")."""
    word = compiled(doc.language).places.airport
    for start, end in windows:
        place = _place_in(doc, start, end, rejected, stops, avoid=avoid, airports=True)
        if place and word.search(fold(place.text)):
            return _city_named_in(doc, place) or place
    return None


def _gathering_first(analysis: Analysis, body: list[Sentence], events: list[Sentence]) -> list[Sentence]:
    """For a conference whose text tells no meeting, call, visit or signing, the sentences that name the gathering
    ("La Ligue a tenu son sommet … à Kessel") before the statements that stand in for the event's sentences ("X a
    salué les efforts … au Valdor"): a statement's place is its topic, the gathering's sentence tells where it was."""
    if any(analysis.events.first(s.start, s.end) for s in events):
        return events
    gathering = frozenset({"conference"})
    told = [s for s in body if analysis.events.first(s.start, s.end, gathering)]
    return told + [s for s in events if s not in told]


def _after_venue_noun(doc: Document, start: int) -> bool:
    """Whether the word before `start` is a venue's noun, maybe elided with its article ("l'hôtel", "the Hotel")."""
    before = doc.text[max(0, start - _VENUE_NOUN_REACH) : start].split()
    if not before or doc.language is None:
        return False
    word = re.split(r"['’]", before[-1])[-1]
    return bool(word) and fold(word) in compiled(doc.language).places.venues


def _headline_again(doc: Document, sentence: Sentence, title: Span | None) -> bool:
    """Whether the sentence is a copy of the headline the page prints again below it: the title is read once, as
    itself, and its copy takes no place among the sentences that tell the event."""
    return title is not None and sentence.start != title.start and doc.text[sentence.start : sentence.end] == title.text


def _distinct(doc: Document, sentences: list[Sentence], title: Span | None = None) -> list[Sentence]:
    """The sentences without a later one whose text an earlier one already holds (a caption the page prints twice),
    nor a copy of the headline (`_headline_again`)."""
    seen: set[str] = set()
    kept = []
    for sentence in sentences:
        text = doc.text[sentence.start : sentence.end]
        if text not in seen and not _headline_again(doc, sentence, title):
            seen.add(text)
            kept.append(sentence)
    return kept


def _hosting_place(analysis: Analysis) -> Span | None:
    """The country a headline makes the subject of its first event word, and nothing else ("Jamaica Welcomes
    Valdoria's Prime Minister", "Ghana hosts …"): the host of the visit, where it took place."""
    title = analysis.title
    hits = analysis.events_in(title.start, title.end) if title else []
    if not title or not hits:
        return None
    subject = analysis.doc.span(title.start, hits[0][0])
    stripped = subject.text.strip()
    if not stripped or place_kind(stripped, analysis.doc.language.code) != "country":
        return None
    return analysis.doc.span(title.start, title.start + len(stripped))


def _visited_province(doc: Document, windows: list[tuple[int, int]], rejected: Container[str]) -> Span | None:
    """The first province the windows name after a place preposition, maybe after its unit's noun and before whom
    the visitors met there ("bei ihrem Besuch im Kanton Graubünden von Staatsrat X"), not a topic ("die Lage in
    Tirol"): the place of a visit whose stops are towns the gazetteer does not know."""
    patterns = compiled(doc.language).places
    for start, end in windows:
        for match in patterns.after_preposition.finditer(doc.text, start, end):
            if patterns.topic_before.search(doc.lower[max(start, match.start() - _TOPIC_REACH) : match.start()]):
                continue
            for at, tail in _tails(match.group("place").rstrip(".")):
                words = tail.split()
                for name in (" ".join(words[:count]) for count in range(len(words), 0, -1)):
                    if fold(name) not in rejected and place_kind(name, doc.language.code) == "province":
                        return doc.span(match.start("place") + at, match.start("place") + at + len(name))
    return None


def _city_adjective_place(doc: Document, windows: list[tuple[int, int]]) -> Span | None:
    """The first building, body or occasion the event's sentences name by its city's adjective ("am Wiener
    Opernball", "im Grazer Landhaus"), with that adjective: the city the gazetteer knows is where it was held."""
    pattern = compiled(doc.language).places.city_adjective
    role_noun = compiled(doc.language).names.role_noun
    for start, end in windows:
        for match in pattern.finditer(doc.text, start, end):
            if place_kind(match.group("city"), doc.language.code) == "city" and not _adjective_of_post(
                doc, match, role_noun
            ):
                return doc.span(match.start("city"), match.end())
    return None


def _institution_city(doc: Document, windows: list[tuple[int, int]]) -> Span | None:
    """The city that closes the name of an institution the event's sentences or headline name ("an der Freien
    Universität Bozen", "Bauhaus-Universität Weimar", "bei der IHK zu Lübeck"): where the institution and the event
    were, when nothing else places it; not the institution of a post ("Präsident der Handwerkskammer Essen"), which
    names whose the post is."""
    pattern = compiled(doc.language).places.city_institution
    role_noun = compiled(doc.language).names.role_noun
    links = _genitive_links(doc.language)
    for start, end in windows:
        for match in pattern.finditer(doc.text, start, end):
            city = match.group("city").rstrip(".")
            length = _city_length(city, doc.language.code)
            before = doc.text[max(0, match.start() - _ROLE_WINDOW) : match.start()].lower().split()
            while before and fold(before[-1]) in links:
                before.pop()
            if length and not (before and role_noun.fullmatch(before[-1]) is not None):
                return doc.span(match.start("city"), match.start("city") + length)
    return None


def _adjective_of_post(doc: Document, match: re.Match[str], role_noun: re.Pattern[str]) -> bool:
    """The city's adjective qualifies a post ("der Cottbuser Oberbürgermeister") or the body in a post's genitive
    ("dem Vorsitzenden der Potsdamer Stadtverordnetenversammlung"): it names whose the post is, not where the event
    was."""
    words = match.group(0).split()
    before = doc.text[max(0, match.start() - _ROLE_WINDOW) : match.start()].split()
    return role_noun.fullmatch(words[-1].lower()) is not None or (
        bool(before)
        and fold(words[0]) in _genitive_links(doc.language)
        and role_noun.fullmatch(before[-1].lower()) is not None
    )


def _room_city(
    doc: Document,
    place: Span | None,
    dateline: Span | None,
    windows: tuple[list[tuple[int, int]], list[tuple[int, int]]],
    rejected: Container[str],
    stops: set[str],
    avoid: Span | None,
    event_type: str,
) -> Span | None:
    """The city the brief places an event in whose place is a room of a building and names no city ("im Ratssaal",
    "im Wintersaal der Kaiserpfalz"), or a venue where the language's briefs give such an event's place as its city
    (`Language.city_grain_events`: "im Schloss Bellevue" under "BERLIN (dpa) -"): the first city the event's sentences
    or its headline name ("hat die Konsuln in Frankfurt begrüßt" under a district's dateline), else the dateline's
    city, else the first city the further sentences name ("… hatte seinen Besuch in Bautzen angekündigt"); the room
    or the venue when the brief names none. A gathering
    keeps the hall it is held in ("empfing das Konsularische Korps im Weidensaal", "zum Neujahrsempfang in den
    Kuppelsaal der Kanzlei geladen"): the room is its venue, as a building is a meeting's."""
    rooms = compiled(doc.language).places.rooms
    words = place.text.split() if place else []
    if place is None or event_type == "conference":
        return place
    code = doc.language.code
    room = any(fold(words[0]).endswith(noun) for noun in rooms)
    if not (room or (event_type in doc.language.city_grain_events and place_kind(place.text, code) is None)):
        return place
    # "im Festsaal in Wien", "im Grauen Haus in Chur": the brief's own place, city and all; a venue's own name a town
    # elsewhere bears ("Schloss Bellevue") is no city of it
    prepositions = {fold(word) for word in doc.language.place_prepositions}
    if any(
        place_kind(word.strip(".,"), code) == "city" and (room or fold(before) in prepositions)
        for before, word in pairwise(words)
    ):
        return place
    event_windows, further = windows
    city = (
        _first_city(doc, event_windows, rejected, stops, avoid)
        or (dateline if dateline and place_kind(dateline.text, code) == "city" else None)
        or _first_city(doc, further, rejected, stops, avoid)
    )
    return city or place


def _first_city(
    doc: Document, windows: list[tuple[int, int]], rejected: Container[str], stops: set[str], avoid: Span | None
) -> Span | None:
    """The first place the windows name that the gazetteer knows as a city."""
    for start, end in windows:
        city = _place_in(doc, start, end, rejected, stops, avoid=avoid)
        if city and place_kind(city.text, doc.language.code) == "city":
            return city
    return None


def _opening_place(
    doc: Document, sentences: list[Sentence], rejected: Container[str], stops: set[str], avoid: Span | None
) -> Span | None:
    """The city or venue a sentence opens with, after its place preposition and before a comma ("À Abidjan, le comité
    …", "En Rabat, el ministro …"): a place set before the whole clause frames what it tells, as a dateline does."""
    pattern = compiled(doc.language).places.after_preposition
    for sentence in sentences:
        start = sentence.start + len(doc.text[sentence.start : sentence.end]) - len(
            doc.text[sentence.start : sentence.end].lstrip()
        )
        match = pattern.match(doc.text, start, sentence.end)
        if match is None:
            continue
        place = _place_in(doc, match.start(), sentence.end, rejected, stops, avoid=avoid)
        if place and place.start == match.start("place") and doc.text[place.end : place.end + 1] == ",":
            return None if _country(doc, place) else place
    return None


def _visited_city(analysis: Analysis, rejected: Container[str], stops: set[str], avoid: Span | None) -> Span | None:
    """The city, not a country, of the body's first sentence that tells of a visit, unless that sentence tells of an
    earlier occasion ("Zuvor hatte sie eine Ausstellung in Hamburg besucht")."""
    doc = analysis.doc
    sentence = next((s for s in analysis.body if analysis.events.first(s.start, s.end, _VISIT)), None)
    if sentence is None or compiled(doc.language).places.earlier_opener.match(doc.text, sentence.start, sentence.end):
        return None
    place = _place_in(doc, sentence.start, sentence.end, rejected, stops, avoid=avoid)
    return place if place and place_kind(place.text, doc.language.code) == "city" else None


def _stay_place(doc: Document, windows: list[tuple[int, int]], rejected: Container[str]) -> Span | None:
    """The first city or country a verb of being somewhere takes in the windows ("who is in Kessel", "is presently in
    Varnia"), not a place a name's word rejects."""
    stay = compiled(doc.language).places.stay
    for start, end in windows:
        for match in stay.finditer(doc.text, start, end):
            for at, name in _tails(match.group("place").rstrip(".,")):
                known = place_kind(name, doc.language.code) in ("city", "country")
                if known and (" " in name or fold(name) not in rejected):
                    return doc.span(match.start("place") + at, match.start("place") + at + len(name))
    return None


_CREDIT_REACH = 80  # characters after a dateline's city where the agency that filed the dispatch is credited


def _gathering_elsewhere(analysis: Analysis, dateline: Span, windows: list[tuple[int, int]]) -> bool:
    """Whether the event was held on the margins of a gathering whose city the brief does not name ("on the
    sidelines of the meeting of SCO foreign ministers") in a dispatch an agency filed from its own city ("NEW DELHI,
    May 3 (PTI)"): the dateline says where the news was told, not where the gathering met."""
    doc = analysis.doc
    cue = compiled(doc.language).places.margin_cue
    cues = (match for start, end in windows for match in cue.finditer(doc.text, start, end))
    if not any(_named_gathering(doc, match.end()) for match in cues):
        return False  # no gathering, or one named by its noun alone ("on the margins of the summit"): the one at hand
    line_end = doc.text.find("\n", dateline.end)
    reach = min(dateline.end + _CREDIT_REACH, line_end if line_end >= 0 else len(doc.text))
    credits = [credit for credit in analysis.dateline.credits if dateline.end <= credit.start < reach]
    # an agency filing from a city abroad has its reporter at the gathering ("BEIJING, Nov. 9 /TASS/. … on the
    # sidelines of the APEC summit"): the dateline is the gathering's city, not the agency's home
    code = doc.language.code
    return bool(credits) and not any(_filed_abroad(credit.canonical, dateline.text, code) for credit in credits)


def _filed_abroad(agency: str, city: str, code: str) -> bool:
    """The agency's register gives it a home country, and the city is one of another country."""
    country = city_country(city, code)
    homes = {found.country for found in agencies_named(agency) if found.country}
    return country is not None and bool(homes) and country not in homes


_GATHERING_REACH = 60  # characters after a margin cue where the gathering's name is looked for


def _named_gathering(doc: Document, at: int) -> bool:
    """Whether the gathering after a margin cue is named by more than its noun: a capitalised word in its clause
    ("the meeting of SCO foreign ministers", "la réunion des ministres de l'Union africaine")."""
    clause = re.split(r"[.,;:!?\n]", doc.text[at : at + _GATHERING_REACH], maxsplit=1)[0]
    return any(word[:1].isupper() for word in re.split(r"[\s'’]+", clause))  # "de l'Union africaine"


def _held_at(
    doc: Document,
    analysis: Analysis,
    rejected: Container[str],
    stops: set[str],
    avoid: Span | None,
    countries: bool = False,
    occasions: list[tuple[int, int]] | None = None,
) -> Span | None:
    """The place a sentence of the body gives as where the event was held ("The meeting took place on the sidelines
    of the UN General Assembly in New York", "Встреча проходит в штаб-квартире ООН"), a city or a venue: it beats
    a dateline, which may only say where the dispatch was filed. With `countries`, a country too, for a brief that
    names no other place. With `occasions` (the event's sentences), only those, and only where the verb of holding
    is no relative clause's ("the attacks that took place in Nairobi" tells what a statement is about) and its
    subject names no incident ("The bombing took place in the Giza region": what was condemned happened there). Not
    a holding told as still to come in a brief that tells its event as done (`_told_as_done`): another occasion."""
    patterns = compiled(doc.language).places
    done = _told_as_done(analysis)
    for start, end in occasions if occasions is not None else [(s.start, s.end) for s in analysis.body]:
        verbs = patterns.venue_verb.finditer(doc.text, start, end)
        if any(
            not (
                occasions is not None
                and (
                    patterns.held_relative.search(doc.text, start, verb.start())
                    or patterns.topic_word.search(doc.lower, start, verb.start())
                )
            )
            # "… wrapped up their 12th summit. The 13th summit will be held in Dhaka": the next one's place
            and not (done and _to_come_before(doc, start, verb.start()))
            for verb in verbs
        ):
            place = _place_in(doc, start, end, rejected, stops, doc.language.capitalised_nouns, avoid)
            if place and (countries or not _country(doc, place)):
                return place
    return None


def _told_as_done(analysis: Analysis) -> bool:
    """The first sentence that tells the event has no marker of the future ("SAARC leaders wrapped up their summit",
    not "The summit will open in Dhaka"): the event is told as held, so a holding still to come that a later
    sentence tells is another occasion's."""
    doc = analysis.doc
    body = [s for s in analysis.body if not (s.teaser or s.boilerplate)]
    told = analysis.events.sentences(body)[:1]
    future = compiled(doc.language).dates.future_verb
    return bool(told) and not future.search(doc.text, told[0].start, told[0].end)


def _sentence_start(analysis: Analysis, place: Span) -> int:
    """Where the body's sentence that holds the place opens, else the place's own start."""
    return next((s.start for s in analysis.body if s.start <= place.start < s.end), place.start)


def _to_come_before(doc: Document, start: int, at: int) -> bool:
    """A marker of the future stands in the clause that leads to `at` ("The next summit will be held in"), not past
    a comma or a quotation mark before it ("« la France ne tolérera ni … » Durant cette journée … à Kinshasa")."""
    clause = max(start, *(doc.text.rfind(mark, start, at) + 1 for mark in _CLAUSE_MARKS))
    return bool(compiled(doc.language).dates.future_verb.search(doc.text, clause, at))


def _unnamed_venue_held(doc: Document, sentences: list[Sentence]) -> Span | None:
    """A venue without a name that a verb of holding puts the event in, its preposition right after the verb ("The
    meeting takes place in the Foreign Ministry's historic building", "Переговоры проходили в постоянном
    представительстве"): where the event was held, within the city the brief names, though no name says it. Not in a
    relative clause ("the attacks that took place in …" tells what is spoken of)."""
    patterns = compiled(doc.language).places
    for sentence in sentences:
        for verb in patterns.venue_verb.finditer(doc.text, sentence.start, sentence.end):
            rest = doc.text[verb.end() : sentence.end].lstrip()
            venue = patterns.unnamed_venue.match(doc.text, sentence.end - len(rest), sentence.end)
            if venue and not patterns.held_relative.search(doc.text, sentence.start, verb.start()):
                return doc.span(venue.start("place"), venue.end("place"))
    return None


def _held_there(doc: Document, start: int, place: Span) -> bool:
    """The sentence says the event was held at the place, its verb of holding right before the place's preposition
    ("The opening was held at Ferrow Hall", "took place at the Ferrow Hall"), not in a relative clause ("the
    attacks that took place in …" tells what is spoken of)."""
    patterns = compiled(doc.language).places
    for verb in patterns.venue_verb.finditer(doc.text, start, place.start):
        if len(doc.text[verb.end() : place.start].split()) <= _HELD_GAP and not patterns.held_relative.search(
            doc.text, start, verb.start()
        ):
            return True
    return False


class _Words:
    """The words no place opens with: the language's, a large set built once, and this brief's own (its people's
    names), looked up in both without copying the first."""

    def __init__(self, common: frozenset[str], own: set[str]) -> None:
        self.common, self.own = common, own

    def __contains__(self, word: object) -> bool:
        return word in self.own or word in self.common


@cache
def _press_documents(language: Language) -> frozenset[str]:
    """The first words of the documents a press service issues, folded ("boletín", "communiqué"): a run they open
    is a publication's title ("el Boletín Oficial"), not a place."""
    return frozenset(fold(d.split()[0]) for d in language.source_press_documents if d.split())


@cache
def _gathering_words(language: Language) -> frozenset[str]:
    """The one-word nouns of a gathering in every form the language lists (`Language.event_verbs` "conference"),
    folded: a summit or a forum, never its place, even when a capital opens it."""
    return frozenset(fold(p) for p in language.event_verbs.get("conference", ()) if p.isalpha())


@cache
def _not_places(language: Language) -> frozenset[str]:
    """The common capitalised words, role words, honorifics and month names of a language, folded: no place's first
    word, unless the gazetteer knows the place ("in May" is a date, "en Mar del Plata" a city)."""
    names = compiled(language).names
    months = {fold(month).rstrip(".") for month in language.months}
    return names.not_names | names.role_words | names.honorific_words | months


def _known_place(
    doc: Document, windows: list[tuple[int, int]], rejected: Container[str], stops: set[str], avoid: Span | None
) -> Span | None:
    """The first city or venue the windows name that the gazetteer knows, or whose words name a venue; not in a
    sentence that opens on a later occasion ("After the meeting, the minister went on to the market of X")."""
    later = compiled(doc.language).places.later_opener
    for start, end in windows:
        if later.match(doc.text, start, end):
            continue
        place = _place_in(doc, start, end, rejected, stops, avoid=avoid)
        if place and not _unknown(doc, place) and not _country(doc, place):
            return place
    return None


def _capitalised_line(doc: Document, at: int) -> bool:
    """The line holding `at` capitalises every word of four letters or more, or is written in capitals, and one of
    them is written in lower case elsewhere in the brief: a headline or a heading ("Governors Meet Minister to Discuss
    Issues", "Surprise Visit to Classroom"), where a capital tells no name from a common word."""
    start = doc.text.rfind("\n", 0, at) + 1
    end = doc.text.find("\n", at)
    line = doc.text[start : end if end >= 0 else len(doc.text)]
    words = _LINE_WORD.findall(line)
    if len(words) < _CAPITALISED_LINE_WORDS or not (line.isupper() or all(w[0].isupper() for w in words)):
        return False
    return any(_lower_elsewhere(doc, w.lower()) for w in words)


def _lower_elsewhere(doc: Document, word: str) -> bool:
    """The brief writes `word` in lower case, as a whole word."""
    at = doc.text.find(word)
    while at >= 0:
        if not (doc.text[at - 1 : at].isalnum() or doc.text[at + len(word) : at + len(word) + 1].isalnum()):
            return True
        at = doc.text.find(word, at + 1)
    return False


def _unknown(doc: Document, place: Span) -> bool:
    """Whether the gazetteer knows no city, country or region by the place's name or the words it opens with ("Kenya
    Monday"), and no word of it names a venue. A province is as good as unknown: any city or venue named comes
    first ("im Saarland … in Saarbrücken"), and it is the place only when none is."""
    words = place.text.split()
    code = doc.language.code
    known = any(place_kind(" ".join(words[:n]), code) not in (None, "province") for n in range(len(words), 0, -1))
    return not known and not _is_venue(place.text, doc.language)


def _country(doc: Document, place: Span) -> bool:
    return place_kind(place.text, doc.language.code) == "country"


def _country_only(doc: Document, place: Span) -> bool:
    """The gazetteer knows the place as a country and as no capital ("Chad", not "Kuwait" nor "Djibouti")."""
    found = places(place.text, doc.language.code)
    return bool(found) and found[0].kind == "country" and not any(p.kind == "city" and p.capital for p in found)


def _city(doc: Document, place: Span) -> bool:
    return place_kind(place.text, doc.language.code) == "city"


def _placed_elsewhere(doc: Document, venue: Span, city: Span) -> bool:
    """Whether the venue is written with a city other than `city` after a place preposition ("the Presidential Palace
    in Kabul" after "met … in Beijing"); a name its noun is given ("Palacio de San Carlos") is its own."""
    pattern = compiled(doc.language).places.after_preposition
    for match in pattern.finditer(doc.text, venue.start + 1, venue.end):
        named = match.group("place").rstrip(".")
        if fold(named) != fold(city.text) and place_kind(named, doc.language.code) == "city":
            return True
    return False


def _said_at(
    doc: Document, windows: list[tuple[int, int]], rejected: Container[str], stops: set[str], avoid: Span | None
) -> Span | None:
    """The city or the venue a verb of saying is followed by ("a souligné, jeudi à Casablanca, le ministre", "said in
    Geneva on Monday"): where the statement was made, which beats where the dispatch was filed."""
    patterns = compiled(doc.language).places
    for start, end in windows:
        # one inside another's place too: "sagte am Freitag in Berlin" reads "am Freitag" as a place first
        for match in _after_prepositions(patterns.after_preposition, doc.text, start, end, doc.language.code):
            if not patterns.said.search(doc.text, max(start, match.start() - _SAID_REACH), match.start()):
                continue
            place = _place_in(doc, match.start(), end, rejected, stops, avoid=avoid)
            city = place and place_kind(place.text, doc.language.code) == "city"
            if place and place.start == match.start("place") and (city or _is_venue(place.text, doc.language)):
                return place
        for match in patterns.said_from.finditer(doc.text, start, end):  # "declaró desde la Casa de Nariño"
            said = patterns.said.search(doc.text, max(start, match.start() - _SAID_REACH), match.start())
            place = doc.span(match.start("place"), match.end("place"))
            city = place_kind(place.text, doc.language.code) == "city" and fold(place.text.split()[0]) not in rejected
            if said and (city or _is_venue(place.text, doc.language)):
                return place
    return None


def _issued_at(
    doc: Document, windows: list[tuple[int, int]], rejected: Container[str], stops: set[str], avoid: Span | None
) -> Span | None:
    """The city the phrase of a message or a statement says it was issued in, further on in its sentence ("in a
    congratulatory message issued by Mr X, the Special Adviser, in Abuja on Friday", "dans un message lancé ce lundi
    à Libreville"): where it was written, not a place it speaks of."""
    issued = compiled(doc.language).cues.issued_document
    if issued is None:
        return None
    for start, end in windows:
        for match in issued.finditer(doc.lower, start, end):
            place = _place_in(doc, match.end(), min(end, match.end() + _ISSUED_REACH), rejected, stops, avoid=avoid)
            if place and place_kind(place.text, doc.language.code) == "city":
                return place
    return None


def _visit_place(analysis: Analysis, rejected: Container[str], stops: set[str], avoid: Span | None) -> Span | None:
    """Where a statement says a visit took place ("welcomed the Prime Minister … to Canberra for his first official
    visit"): the first place of the body's first sentence that tells of a visit. None when the brief's first journey
    is one the statement comes before ("Statement prior to her departure for the Baltic states", "said ahead of his
    visits to Estonia"): its places are where the speaker goes next, not where it was said."""
    doc = analysis.doc
    if _journey_ahead(analysis):
        return None
    for sentence in analysis.body:
        visits = [hit for hit in analysis.events_in(sentence.start, sentence.end) if hit[2] in _VISIT]
        # not a verb of leaving or of being somewhere that takes no place ("the attack … left dozens wounded"), nor a
        # journey its clause sets on another occasion ("his visit to Beijing next week")
        if any(not leaves_no_place(doc, hit) and not _on_another_occasion(doc, hit, sentence.end) for hit in visits):
            return _place_in(doc, sentence.start, sentence.end, rejected, stops, doc.language.capitalised_nouns, avoid)
    return None


@cache
def _other_occasion_words(language: Language) -> re.Pattern[str] | None:
    """A word of a time still to come or gone by (`Language.upcoming_words`, `Language.earlier_openers`: "next",
    "earlier", "prochaine", "plus tôt"), as a whole word."""
    found = (*language.upcoming_words, *language.earlier_openers)
    return re.compile(rf"(?<!\w)(?:{phrase_alternation(found)})(?!\w)", re.I) if found else None


def _on_another_occasion(doc: Document, hit: tuple[int, int, str], end: int) -> bool:
    """The journey's own clause, from its word to the next mark that closes a clause, sets it on another occasion
    than the statement's ("his visit to Beijing next week", "I visited the Philippines earlier this month", "sa
    visite à Paris la semaine prochaine"): where the speaker goes or went, not where the statement was made."""
    pattern = _other_occasion_words(doc.language)
    if pattern is None:
        return False
    close = min((at for mark in ".;!?\n" if (at := doc.text.find(mark, hit[1], end)) != -1), default=end)
    return bool(pattern.search(doc.text, hit[1], close))


_AHEAD_REACH = 60  # characters before a journey's word where the cue that sets it ahead of the event is looked for


def _journey_ahead(analysis: Analysis) -> bool:
    """The first word of a journey in the title or the body, a visit's or a journey's noun, follows a cue that puts
    it after what is reported, or offers it only ("prior to her departure for", "ahead of his visits to", "invited
    him to visit")."""
    doc = analysis.doc
    cues = compiled(doc.language).cues
    start = analysis.title.start if analysis.title else 0
    visit = analysis.events.first(start, len(doc.text), _VISIT)
    noun = cues.journey_noun.search(doc.lower, start) if cues.journey_noun else None
    journeys = [at for at in (visit[0] if visit else None, noun.start() if noun else None) if at is not None]
    if cues.aside is None or not journeys:
        return False
    journey = min(journeys)
    line_start = doc.text.rfind("\n", 0, journey) + 1
    return bool(cues.aside.search(doc.lower, max(line_start, journey - _AHEAD_REACH), journey))


def _margin_city(doc: Document, windows: list[tuple[int, int]], rejected: Container[str]) -> Span | None:
    """The city that names the gathering the event was held on the margins of ("on the sidelines of Antalya Diplomacy
    Forum", "en marge du Forum de Dakar"), not a common word ("Summit"): where it was held, rather than where the
    dispatch was filed."""
    patterns = compiled(doc.language).places
    for start, end in windows:
        for match in patterns.margin.finditer(doc.text, start, end):
            if any(fold(word) in patterns.founded_bodies for word in match.group("name").split()[1:]):
                continue  # a body called after its city ("the Shanghai Cooperation Organisation Summit")
            for word in re.finditer(r"[^\s,.;:]+", match.group("name")):
                name = word.group(0)
                if fold(name) not in rejected and place_kind(name, doc.language.code) == "city":
                    return doc.span(match.start("name") + word.start(), match.start("name") + word.end())
        for cue in patterns.margin_cue.finditer(doc.text, start, end):
            city = _gathering_city(doc, cue.end(), min(end, cue.end() + _MARGIN_REACH), rejected)
            if city:
                return city
    return None


_MARGIN_REACH = 80  # characters after a margin cue where the gathering's name and its city are looked for


def _gathering_city(doc: Document, start: int, end: int, rejected: Container[str]) -> Span | None:
    """The city a place preposition gives after the name of a gathering, in the same clause ("… eines
    EU-Außenministertreffens in Brüssel", "… del foro en Lima"): the longest opening run of its place that the
    gazetteer knows as a city."""
    clause = re.search(r"[.;!?]|\n\n", doc.text[start:end])
    end = start + clause.start() if clause else end
    for match in compiled(doc.language).places.after_preposition.finditer(doc.text, start, end):
        words = match.group("place").split()
        if not words or fold(words[0]) in rejected:
            continue
        for count in range(len(words), 0, -1):
            run = " ".join(words[:count]).rstrip(".,")
            if place_kind(run, doc.language.code) == "city":
                return doc.span(match.start("place"), match.start("place") + len(run))
    return None


def _called_off(doc: Document, start: int, place_start: int) -> bool:
    """The words right before a place, from `start` on, tell a journey called off and the preposition toward the place
    ("suspendió un viaje a Copiapó", "a annulé son déplacement à Lyon"): where no one went."""
    reach = max(start, place_start - _CALLED_OFF_REACH)
    return bool(compiled(doc.language).places.called_off.search(doc.lower, reach, place_start))


def _stop_to_come(doc: Document, start: int, place: Span) -> bool:
    """The place is a venue the sentence names after a verb still to come ("acudirá a una sesión solemne en el
    Senado", "será recibido este domingo … en el Palacio de La Moneda"): a stop of a visit's programme, not where the
    visit is."""
    return _is_venue(place.text, doc.language) and bool(
        compiled(doc.language).dates.future_verb.search(doc.text, start, place.start)
    )


def _journey_to(doc: Document, start: int, place: Span) -> bool:
    """Whether a preposition of direction leads to the place ("llegó a Kessel", "reiste nach Kessel"): the journey's
    end, which a visit keeps over the buildings its programme goes on to."""
    patterns = compiled(doc.language).places
    return any(
        match.groupdict().get("toward") and match.start("place") == place.start
        for match in patterns.after_preposition.finditer(doc.text, start, place.end)
    )


def _visited(
    doc: Document, start: int, end: int, rejected: Container[str], opening: bool = False
) -> Span | None:
    """The city, the country or the province a verb of visiting takes as its object in text[start:end] ("посетила
    Ташкент", "besuchte am Montag Taschkent", "visited Punjab"), not a person ("visited President Keller"), nor where
    the visitors come from ("visits from India"), nor where one leaves for after the visit the text tells as over
    ("left for Lagos after a day-long visit to Kessel"). With `opening`, only a verb that opens text[start:end]: a
    clause set before the whole sentence ("Visiting Jakarta, the minister …")."""
    patterns = compiled(doc.language).places
    for match in patterns.visit_object.finditer(doc.text, start, end):
        if opening and doc.text[start : match.start()].strip():
            break
        if patterns.origin.search(doc.text, match.start(), match.start("place")):
            continue  # where the visitors come from ("the first high-level visits from India")
        if patterns.departure.match(doc.text, match.start()) and patterns.visit_ended.search(doc.text, start, end):
            continue  # the next stop of a visit told as over ("left for Lagos after a day-long visit to Kessel")
        for at, name in _tails(match.group("place").rstrip(".")):
            # a place of several words may open on a word rejected alone ("Saudi Arabia", "Saudi" a demonym)
            known = place_kind(name, doc.language.code) in ("city", "country", "province")
            if known and (" " in name or fold(name) not in rejected):
                return doc.span(match.start("place") + at, match.start("place") + at + len(name))
    return None


def _visited_site(doc: Document, start: int, end: int, *, sites: bool = False) -> Span | None:
    """The venue a verb of a visit made takes as its object in text[start:end], after a few lower-case words or a
    weekday, or further in its clause after a definite article (`PlacePatterns.visited_site`: "besichtigten das
    Reichstagsgebäude", "ont visité le Palais du Luxembourg"): where the visitors were, told by a venue's noun, its
    city after a place preposition left out; not a place the gazetteer knows, which `_visited` reads, nor a later stop
    of the programme. With `sites`, for a brief that reports the visit, a site's noun names it too ("visited the
    Kutupalong refugee camp", "visited the Kessel High School")."""
    prepositions = {fold(p) for p in doc.language.place_prepositions}
    later = {fold(w) for w in doc.language.later_openers if " " not in w}
    for match in compiled(doc.language).places.visited_site.finditer(doc.text, start, end):
        if later & {fold(w) for w in doc.text[match.start() : match.start("place")].split()}:
            continue  # a later stop of the programme ("besuchten anschließend das Museum")
        words = list(_TOKEN.finditer(match.group("place").rstrip(".")))
        # its city after a place preposition is not part of its name ("die Villa Europa in Saarbrücken")
        cut = next((i for i, w in enumerate(words) if i and fold(w.group()) in prepositions), len(words))
        name = match.group("place")[: words[cut - 1].end()]
        if _is_venue(name, doc.language) or (sites and _is_site(name, doc.language)):
            return doc.span(match.start("place"), match.start("place") + len(name))
    return None


def _is_site(phrase: str, language: Language) -> bool:
    """A word of the phrase is the noun of a site or a body (`Language.facility_words`: "School", "Camp") or a
    venue's lower-case noun after the name it completes (`Language.trailing_venue_nouns`: "camps"): what a visit goes
    to see, as a venue is."""
    sites = compiled(language).names.facilities | {fold(noun) for noun in language.trailing_venue_nouns}
    return any(fold(word).rstrip(".,") in sites for word in phrase.split())


def _destination(
    doc: Document, windows: list[tuple[int, int]], rejected: Container[str], stops: set[str], avoid: Span | None
) -> Span | None:
    """The city or the country a verb of travel leads to in the first sentences of the body ("… saldrá en un vuelo
    privado para llegar a San Juan"): where a visit goes, which its dateline, where the dispatch was filed, is not."""
    patterns = compiled(doc.language).places
    for start, end in windows:
        for match in patterns.after_preposition.finditer(doc.text, start, end):
            if not match.groupdict().get("toward"):
                continue
            if patterns.journey_home.search(doc.lower, max(start, match.start() - _TOPIC_REACH), match.start()):
                continue  # the journey home after the visit ("Vor der Rückreise nach Genf")
            if _called_off(doc, start, match.start("place")):
                continue  # a journey called off ("cancelled a trip to Nairobi"): no visit went there
            place = _place_in(doc, match.start(), end, rejected, stops, avoid=avoid)
            if place and place.start == match.start("place") and place_kind(place.text, doc.language.code):
                return place
    return None


def _journey_end(doc: Document, windows: list[tuple[int, int]], rejected: Container[str]) -> Span | None:
    """The city or the country a journey goes to, after a verb of leaving and the place it leaves or after a phrase of
    destination, in the first sentences of the body: the longest opening run of the place the gazetteer knows."""
    for start, end in windows:
        for match in compiled(doc.language).places.journey_end.finditer(doc.text, start, end):
            words = match.group("place").split()
            if not words[0][:1].isupper() or fold(words[0]) in rejected:
                continue
            for count in range(len(words), 0, -1):
                run = " ".join(words[:count])
                if place_kind(run, doc.language.code) in ("city", "country"):
                    return doc.span(match.start("place"), match.start("place") + len(run))
    return None


_WORD_RUN = lazy_compile(r"[\w-]*")


def _landing_city(doc: Document, windows: list[tuple[int, int]]) -> Span | None:
    """The city the first airport the windows name is called after, with no place preposition before it ("s'est posé
    sur le tarmac de l'aéroport de Conakry"): where a visitor landed, the visit's city when no sentence names another
    place."""
    airport = compiled(doc.language).cues.airport
    if airport is None:
        return None
    for start, end in windows:
        for match in airport.finditer(doc.lower, start, end):
            word = _WORD_RUN.match(doc.text, match.end())
            city = _city_after(doc, doc.span(match.start(), word.end() if word else match.end()))
            if city:
                return city
    return None


_LANDING_WORDS_BEFORE = 3  # lower-case words before the landing place's name ("в столичном аэропорту Внуково-2")
_LANDING_WORDS = 8  # words of a landing place at most
_DASHES = ("-", "–", "—")


@cache
def _landing(language: Language) -> re.Pattern[str] | None:
    """A landing phrase of the language (`Language.landing_phrases`), on `Document.lower`."""
    if not language.landing_phrases:
        return None
    return kept_patterns.compile(
        rf"(?<!\w)(?:{phrase_alternation(p.lower() for p in language.landing_phrases)})[^\S\n]+"
    )


def _capitalised(token: str) -> bool:
    """The token opens on a capital, maybe after an opening quotation mark ("«Внуково»")."""
    return token.lstrip("«\"“„'")[:1].isupper()


def _landing_place(doc: Document, windows: list[tuple[int, int]]) -> Span | None:
    """The place a landing phrase names in the windows ("приземлился в столичном аэропорту Внуково-2, …", "в аэропорту
    Биньхай города Тяньцзинь", "в городе Панаджи - столице штата"): a few lower-case words, then a capitalised run,
    which a lower-case word or a dash carries on only into another capitalised word; None when no capital follows."""
    pattern = _landing(doc.language) if doc.language else None
    if pattern is None:
        return None
    for start, end in windows:
        for match in pattern.finditer(doc.lower, start, end):
            tokens = list(_TOKEN.finditer(doc.text, match.end(), end))[:_LANDING_WORDS]
            last, named, before = None, False, 0
            for i, token in enumerate(tokens):
                text = token.group()
                following = tokens[i + 1].group() if i + 1 < len(tokens) else ""
                if text in _DASHES or (named and not _capitalised(text)):
                    if not (named and _capitalised(following)):
                        break  # "Панаджи - столице", "Внуково-2 около 10:17": the place's name is over
                    continue  # "Белоруссии – Минска", "Биньхай города Тяньцзинь": it goes on
                if not _capitalised(text):
                    before += 1
                    if before > _LANDING_WORDS_BEFORE:
                        break
                else:
                    named = True
                last = token
                if text.rstrip("»\"”'")[-1:] in ",.;:)":
                    break
            if named and last is not None:
                stop = last.start() + len(last.group().rstrip(",.;:)"))
                return doc.span(match.end(), stop)
    return None


def _unnamed_venue(doc: Document, windows: list[tuple[int, int]]) -> Span | None:
    """The first venue the event's sentences name without its name ("a reçu lundi au palais présidentiel", "at the
    presidential palace"), or an institution's seat by its noun ("au ministère malien des Affaires étrangères"):
    where the event was held, rather than where the dispatch was filed."""
    patterns = compiled(doc.language).places
    names = compiled(doc.language).names
    for start, end in windows:
        match = patterns.unnamed_venue.search(doc.text, start, end)
        # or an institution's seat named by its noun and what qualifies it ("au ministère malien des Affaires
        # étrangères", "au Premier ministère"), not the post a role holds there ("conseiller au ministère"); an envoy
        # is posted to a state, not to its institution ("Приветствуя посла в Правительстве РА")
        seats = (
            m
            for m in patterns.institution_seat.finditer(doc.text, start, end)
            if " " in m.group("place")
            and (
                not _ends_with_role(before := doc.lower[max(start, m.start() - _ROLE_WINDOW) : m.start()], names)
                or _ends_with_envoy(before, doc.language)
            )
        )
        seat = next(seats, None)
        if seat and (match is None or seat.start() < match.start()):
            match = seat
        if match:
            return doc.span(match.start("place"), match.end("place"))
    return None


def _opening_venue(
    analysis: Analysis, sentences: list[Sentence], rejected: Container[str], stops: set[str], avoid: Span | None
) -> Span | None:
    """The venue a sentence of the body that tells of the event opens with, in the phrase its place preposition
    starts and a comma closes ("En el palacio presidencial de Miraflores, sede del Ejecutivo, el líder saludó …",
    "At a meeting at the Jubilee House, the President welcomed …"): set before the whole clause, it frames what the
    sentence tells, as a dateline does. Not in a sentence that opens on another occasion ("Earlier, at …")."""
    doc = analysis.doc
    patterns = compiled(doc.language).places
    prepositions = {fold(p) for p in doc.language.place_prepositions}
    for sentence in sentences:
        text = doc.text[sentence.start : sentence.end]
        start = sentence.start + len(text) - len(text.lstrip())
        first = text.split(maxsplit=1)[0] if text.split() else ""
        comma = doc.text.find(",", start, sentence.end)
        if fold(first) not in prepositions or comma < 0 or not analysis.events_in(start, sentence.end):
            continue
        if patterns.earlier_opener.match(doc.text, start, sentence.end):
            continue
        venue = _venue_in(doc, [(start, comma)], rejected, stops, avoid) or _unnamed_venue(doc, [(start, comma)])
        if venue:
            return venue
    return None


def _host_venue(doc: Document, windows: list[tuple[int, int]], people: Container[str]) -> Span | None:
    """The place a phrase of `Language.host_venue_phrases` follows as its subject, from its sentence's start or the
    clause mark before it, past its article and an apposition set off by commas ("Este domingo, la Explanada X fue el
    recinto oficial para realizar la sesión": "Explanada X"); a name in capitals within a few words, none of them a
    participant's."""
    host = compiled(doc.language).places.host_venue
    articles = {fold(a) for a in (*doc.language.place_articles, *doc.language.definite_articles)}
    for start, end in windows:
        match = host.search(doc.text, start, end)
        if match is None:
            continue
        head = doc.text[start : match.start()].rstrip()
        if head.endswith(","):  # past an apposition set off by commas ("El Palacio X, sede del Ejecutivo, fue …")
            head = head[: max(head.rfind(",", 0, len(head) - 1), 0)]
        cut = max(head.rfind(mark) for mark in (*_CLAUSE_MARKS, "\n")) + 1
        words = list(_TOKEN.finditer(doc.text, start + cut, start + len(head)))
        while words and fold(words[0].group()) in articles:
            words = words[1:]
        if not words or len(words) > _HOST_WORDS or not any(w.group()[:1].isupper() for w in words):
            continue
        if any(fold(w.group()) in people for w in words if w.group()[:1].isupper()):
            continue
        return doc.span(words[0].start(), words[-1].end())
    return None


def _held_in_seat(doc: Document, windows: list[tuple[int, int]]) -> Span | None:
    """The first institution's seat, named by its noun, that a verb of holding stands right beside in the windows:
    before the verb, maybe past the city the phrase adds ("в Исполнительном комитете СНГ в Минске прошло
    заседание"), or after its participle ("разговора, прошедшего в Совете министров"); the seat without its city."""
    patterns = compiled(doc.language).places
    opener = patterns.earlier_opener
    for start, end in windows:
        if opener.match(doc.text, start, end):
            continue  # "Ранее в МИД состоялась …": an earlier occasion's seat
        found = [m for p in (patterns.seat_held, patterns.seat_after_held) if (m := p.search(doc.text, start, end))]
        if found:
            match = min(found, key=lambda m: m.start("place"))
            return doc.span(match.start("place"), match.end("place"))
    return None


def _unnamed_venue_before(doc: Document, start: int, city: Span) -> Span | None:
    """A venue named without its name whose city's place preposition follows it right away, from `start` on ("reçu
    au palais présidentiel à Nouakchott", "at the presidential palace in Kabul"): the venue with its city."""
    prepositions = {fold(p) for p in doc.language.place_prepositions}
    for match in compiled(doc.language).places.unnamed_venue.finditer(doc.text, start, city.start):
        between = doc.text[match.end("place") : city.start].split()
        if len(between) == 1 and fold(between[0]) in prepositions:
            return doc.span(match.start("place"), city.end)
    return None


def _venue_in(
    doc: Document, windows: list[tuple[int, int]], rejected: Container[str], stops: set[str], avoid: Span | None = None
) -> Span | None:
    """The first venue the windows name ("au Palais de la Présidence"): where a statement was made. A city or a
    country a statement names is what it is about ("condemns the attack in Mogadishu"). Not in a sentence that opens
    on an earlier occasion ("Earlier, X called on the Governor at Y House")."""
    opener = compiled(doc.language).places.earlier_opener
    for start, end in windows:
        if opener.match(doc.text, start, end):
            continue
        place = _place_in(doc, start, end, rejected, stops, avoid=avoid)
        if place and not _is_venue(place.text, doc.language) and place_kind(place.text, doc.language.code) == "city":
            seat = _seat_after(doc, place, end, rejected, stops, avoid)  # "in Suva at the Samoa High Commission"
            place = seat or _place_in(doc, place.end, end, rejected, stops, avoid=avoid)  # "à Paris à l'hôtel de X"
            if seat:
                return seat
        if place and _is_venue(place.text, doc.language):
            return place
    return None
