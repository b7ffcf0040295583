"""Location: where the event took place.

The first place named after a place preposition ("à Pékin", "in Beijing", "au Palais Royal de
Rabat") in the sentences that report the event, then in the lead; else the city of a dateline
("TEHRAN, Apr. 21 (MNA) –", "Chicago, 21 May 2012", "Muscat: …"). The gazetteer (`briefparse.places`)
tells a city from a country or a region: a region is a topic, not a place ("au Moyen-Orient"), and a
country gives way to its city, the dateline's or one the event's sentences name ("arrived in Niger"
under "NIAMEY, 3 May –"). A phone call has no place.
"""

from __future__ import annotations

import re

from briefparse.analysis import Analysis
from briefparse.document import Document
from briefparse.lang.compiled import compiled
from briefparse.lang.letters import CAP_WORD, fold
from briefparse.models import Participant, Source, Span
from briefparse.places import city_country, lookup, place_kind

_EVENT_SENTENCES = 2
_LEAD_SENTENCES = 2
_TOPIC_REACH = 30
_ROLE_WINDOW = 40  # characters before a place preposition where a role noun is looked for
_CAPITALISED = re.compile(rf"(?<![\w-]){CAP_WORD}(?:[ -]{CAP_WORD}){{0,2}}")


def _place_in(doc: Document, start: int, end: int, rejected: set[str], stops: set[str]) -> Span | None:
    """The first place after a place preposition in text[start:end], a country only when no city or venue
    follows it ("à Lisbonne" rather than "au Portugal"). Not a person, a role or a common word (unless a venue:
    "Palais Royal de Rabat"), not a topic ("la situation au Moyen-Orient"), not a post ("Ambassador to Viet
    Nam"); cut before a name or an honorific that follows it."""
    patterns = compiled(doc.language).places
    names = compiled(doc.language).names
    countries = names.territories
    places = []
    for match in patterns.after_preposition.finditer(doc.text, start, end):
        head = fold(match.group("place").split()[0]).rstrip(".")
        before = doc.lower[max(start, match.start() - _TOPIC_REACH) : match.start()]
        if (head in rejected and head not in patterns.venues) or patterns.topic_before.search(before):
            continue
        if _ends_with_role(before, names) or any(c.isdigit() for c in match.group("place")):
            continue  # a post ("Ambassador to Viet Nam"), or a group or a year ("at the G20")
        place_end = match.start("place")
        for word in re.finditer(r"\S+", match.group("place")):
            if word.start() and fold(word.group(0)).rstrip(".") in stops:
                break
            place_end = match.start("place") + word.end()
        if doc.text[place_end - 1] == ".":
            place_end -= 1
        place = doc.span(match.start("place"), place_end)
        kind = place_kind(place.text, doc.language.code)
        if kind == "region":
            continue  # "au Moyen-Orient", "in the Indo-Pacific": what was discussed, not where
        if kind != "country" and fold(place.text) not in countries:
            return place
        places.append(place)
    return places[0] if places else None


def _ends_with_role(before: str, names) -> bool:
    """The lower-case text ends with a role noun: "ambassador to Viet Nam" names a post, not the event's place."""
    stripped = before.rstrip()
    ends = [m.end() for m in names.role_noun.finditer(stripped, max(0, len(stripped) - _ROLE_WINDOW))]
    return bool(ends) and ends[-1] == len(stripped)


def _dateline_place(analysis: Analysis, rejected: set[str]) -> Span | None:
    """The first city of the dateline that the gazetteer knows and that is no person, role or common word."""
    code = analysis.doc.language.code
    return next(
        (
            city
            for city in analysis.dateline.cities
            if fold(city.text.split()[0]) not in rejected and place_kind(city.text, code) in ("city", "country")
        ),
        None,
    )


def _city_of(doc: Document, country: Span, dateline: Span | None, windows: list[tuple[int, int]]) -> Span:
    """The city of the country the brief names: its dateline's ("arrived in Niger" under "NIAMEY, …"), else the
    first one the event's sentences name ("a quitté Dakar en direction de Lomé, … au Togo")."""
    code = doc.language.code
    named = lookup(country.text, code)
    if named is None or named.kind != "country":
        return country
    if dateline and place_kind(dateline.text, code) == "city" and city_country(dateline.text, code) == named.country:
        return dateline
    for start, end in windows:
        for word in _CAPITALISED.finditer(doc.text, start, end):
            city = lookup(word.group(0), code)
            if city and city.kind == "city" and city.own_name and city.country == named.country:
                return doc.span(word.start(), word.end())
    return country


def extract_location(
    analysis: Analysis, participants: list[Participant], event_type: str, source: Source | None
) -> Span | None:
    """The place of the event, or None. A statement takes its dateline's city first."""
    doc, title = analysis.doc, analysis.title
    if doc.language is None or event_type == "phone_call":
        return None
    names = compiled(doc.language).names
    excluded = set(names.not_names | names.role_words | names.honorific_words)
    people = {fold(t) for p in participants for m in p.mentions for t in m.text.split()}
    rejected = excluded | people | ({fold(t) for t in source.name.split()} if source else set())
    stops = names.honorific_words | people
    if event_type == "statement":
        dateline = _dateline_place(analysis, rejected)
        if dateline:
            return dateline
    lead = analysis.lead[:_LEAD_SENTENCES]
    events = analysis.events.sentences(analysis.body)  # the whole body: a caption may name the place
    windows = [(s.start, s.end) for s in events[:_EVENT_SENTENCES] + lead] + (
        [(title.start, title.end)] if title else []
    )
    dateline = _dateline_place(analysis, rejected)
    for start, end in windows:
        place = _place_in(doc, start, end, rejected, stops)
        if place:
            return _city_of(doc, place, dateline, windows)
    return dateline
