"""The speaker a headline gives for what it says of another event: "Дорнов: разговор Ларина и Волкова …", "Kreml:
Telefonat zwischen Larin und Walker …", "Turkish FM: Larin and Walker to meet in May", "Переговоры Ларина … будут
интенсивные, заявила Ланина", "…, Kremlin says".

Such a brief is the speaker's remark: the event it speaks of is its subject. A rubric, place or topic before a colon
is as common ("RDC : …", "Steiermark: …", "G20 summit: …"), so the speaker must be known positively: a seat of power
from the register (`seats`), or a person the body names, whose role there is a spokesperson's or who is not one of the
two people the headline's event joins. The body's lead must report the saying.

A headline that denies or rules out an event ("Morvan desmiente haber tenido una segunda conversación con X",
"Descarta Colombia pronta reunión entre X y Y", "Kremlin denies X and Y spoke on phone") gives its speaker too: the
subject of its verb of denial. The event did not take place, or is not to: the denial is the news.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, NamedTuple

from briefparse.analysis.cues import CORE_EVENTS
from briefparse.analysis.names import find_names
from briefparse.lang.compiled import compiled
from briefparse.lang.letters import UPPER, fold
from briefparse.lazy_regex import lazy_compile
from briefparse.places import place_kind
from briefparse.seats import named_seats

if TYPE_CHECKING:
    from briefparse.analysis import Analysis
    from briefparse.document import Segment

__all__ = ["HeadlineSpeaker", "headline_speaker", "saying_sentences"]

#: the kinds of event a remark may speak of
_SPOKEN_OF = CORE_EVENTS | {"conference"}
_WORD = r"[\w'’.-]+"
#: a headline opened by its speaker and a colon ("Дорнов: …", "Kreml: …", "Turkish FM: …"): a few words, no digit
_COLON = lazy_compile(rf"(?P<s>[^\W\d_]{_WORD}(?:[^\S\n]+{_WORD}){{0,3}})[^\S\n]*:[^\S\n]+(?=\S)")
#: a headline closed by a verb and its speaker ("…, заявила Ланина") or by the speaker and a verb ("…, Kremlin says")
_LAST = lazy_compile(rf",[^\S\n]*(?P<x>{_WORD}(?:[^\S\n]+{_WORD}){{1,3}})[^\S\n]*$")
_NAME_STEM_LETTERS = 4  # letters a declined surname shares with the headline's form at least ("Ланиной", "Ланина")
_ROLE_REACH = 60  # characters before a name where a spokesperson's title is looked for
_CONFIRMING_SENTENCES = 2  # the lead's first sentences, one of which must report the saying
_PARTIES = 2  # people the headline's event joins, none of them the speaker
_DENIAL_REACH = 60  # characters from a verb of denial to the event word it denies
_SUBJECT_WORDS = 4  # words of a denial's subject before its verb at most ("El Kremlin", "Nicolás Morvan")
#: the capitalised words right after a verb that opens the headline, its subject ("Descarta Colombia …")
_CAPITALISED = lazy_compile(rf"[^\S\n]+(?P<s>[{UPPER}]{_WORD}(?:[^\S\n]+[{UPPER}]{_WORD})?)")


class HeadlineSpeaker(NamedTuple):
    """Who the headline gives as the speaker, where (offsets in the text), and the rest of the headline."""

    start: int
    end: int
    clause_start: int
    clause_end: int
    #: a seat of power or an office ("Kreml", "Кремль", "Turkish FM"), not a person's name: who speaks for it is
    #: named in the body
    seat: bool


def headline_speaker(analysis: Analysis) -> HeadlineSpeaker | None:
    """The speaker the headline gives for its remark about another event, when the body's lead reports the saying."""
    title, language = analysis.title, analysis.language
    if title is None or language is None:
        return None
    text, lower = analysis.doc.text, analysis.doc.lower
    speech = compiled(language).cues.speech
    base = title.start
    line = text[base : title.end]
    found: list[tuple[int, int, int, int]] = []  # speaker's span and the clause's
    colon = _COLON.match(line)
    if colon:
        found.append((colon.start("s"), colon.end("s"), colon.end(), len(line)))
    last = _LAST.search(line)
    if last:
        words = list(re.finditer(r"\S+", last.group("x")))
        offset = last.start("x")
        if speech.match(lower, base + offset):  # "…, заявила Ланина", "…, says US Secy X"
            found.append((offset + words[1].start(), offset + words[-1].end(), 0, last.start()))
        elif speech.match(lower, base + offset + words[-1].start()):  # "…, Kremlin says"
            found.append((offset, offset + words[-2].end(), 0, last.start()))
    denial = _denial(analysis)
    if denial:  # "Morvan desmiente haber tenido una conversación con X", "Descarta Colombia reunión entre X y Y"
        return denial
    for start, end, clause_start, clause_end in found:
        speaker = HeadlineSpeaker(base + start, base + end, base + clause_start, base + clause_end, False)
        if analysis.events_in(speaker.start, speaker.end):
            continue  # a rubric naming a gathering ("Prime ministers' meeting: …"), no one who speaks
        if _is_seat(text, speaker):  # "Kreml:", "…, Kremlin says"
            speaker = speaker._replace(seat=True)
        elif analysis.role_nouns.within(speaker.start, speaker.end):  # "Turkish FM:", "…, says the spokesman"
            spokesperson = _spokesperson(analysis, speaker.start, speaker.end)
            if not spokesperson and len(_others_named(analysis, speaker)) < _PARTIES:
                continue  # "Met X to test ties …, says minister Y": the minister's own meeting
            speaker = speaker._replace(seat=True)
        elif not _known_person(analysis, speaker):
            continue
        if _speaks_of_event(analysis, speaker) and saying_sentences(analysis):
            return speaker
    return None


def _is_seat(text: str, speaker: HeadlineSpeaker) -> bool:
    """The speaker is a seat of power the register names, an article before it at most ("Kreml", "Le Kremlin"): not
    a scene at that seat ("Larin im Schloss Nordheim: …")."""
    return any(
        len(text[speaker.start : match.start()].split()) <= 1
        for match, _ in named_seats(text, speaker.start, speaker.end)
    )


def _known_person(analysis: Analysis, speaker: HeadlineSpeaker) -> bool:
    """The speaker is a person: a name (capitalised words and name particles only), not a place, named in the body
    after a capitalised word (a given name or a title), a spokesperson there, or apart from the two people the
    headline's event joins."""
    text, language = analysis.doc.text, analysis.language
    written = text[speaker.start : speaker.end]
    if language is None or place_kind(written, language.code) or not written[:1].isupper():
        return False
    if any(word[:1].islower() and word.casefold() not in language.name_particles for word in written.split()):
        return False  # a scene, not a name: "Larin im Schloss Nordheim: …", "Walker at the Palace: …"
    surname = written.split()[-1]
    stem = re.escape(surname[: max(_NAME_STEM_LETTERS, len(surname) - 2)])
    title_end = analysis.title.end if analysis.title else 0
    named = list(re.finditer(rf"[{UPPER}][\w-]+[^\S\n]+{stem}", text[title_end:]))
    if not named:
        return False
    for match in named:
        start = title_end + match.start()
        if _spokesperson(analysis, max(0, start - _ROLE_REACH), start):
            return True
    return len(_others_named(analysis, speaker)) >= _PARTIES


def _spokesperson(analysis: Analysis, start: int, end: int) -> bool:
    """text[start:end] holds a spokesperson's title ("пресс-секретарь", "porte-parole", "Sprecher")."""
    assert analysis.language is not None
    written = fold(analysis.doc.text[start:end])
    return any(fold(stem) in written for stem in analysis.language.spokesperson_stems)


def _others_named(analysis: Analysis, speaker: HeadlineSpeaker) -> list[str]:
    """The people the headline's clause names, the speaker aside."""
    assert analysis.language is not None
    names = find_names(analysis.doc.text, speaker.clause_start, speaker.clause_end, analysis.language)
    return [" ".join(n.tokens) for n in names if n.end <= speaker.start or n.start >= speaker.end]


def _speaks_of_event(analysis: Analysis, speaker: HeadlineSpeaker) -> bool:
    """The headline's clause names someone, and it or the lead's first sentence tells an event (a meeting, a call,
    a visit, a summit): "Дорнов: разговор Ларина и Волкова …" over "Тон телефонного разговора … был конструктивным"."""
    if not _others_named(analysis, speaker):
        return False
    spans = [(speaker.clause_start, speaker.clause_end), *((s.start, s.end) for s in analysis.lead[:1])]
    return any(analysis.first_event(start, end, _SPOKEN_OF) for start, end in spans)


def saying_sentences(analysis: Analysis) -> list[Segment]:
    """Those of the lead's first sentences that report what was said ("Об этом рассказал …", "… said on Tuesday"):
    where there is one, the remark is the news."""
    assert analysis.language is not None
    said = compiled(analysis.language).cues.said
    lower = analysis.doc.lower
    return [s for s in analysis.lead[:_CONFIRMING_SENTENCES] if said.search(lower, s.start, s.end)]


def _denial(analysis: Analysis) -> HeadlineSpeaker | None:
    """The headline denies or rules out an event: a verb of denial (`Language.denial_verbs`) whose object is an event
    word or a word of conversation a few words after it ("Morvan desmiente haber tenido una segunda conversación con
    X", "Descarta Colombia pronta reunión entre X y Y", "X denies meeting Y"). The event did not take place, or is
    not to: the denial is the news, its subject the speaker, the headline's words after the verb its clause. A
    subject that is no person (a place, a seat, an office) speaks by the person the lead names."""
    doc, title, language = analysis.doc, analysis.title, analysis.language
    assert title is not None and language is not None
    cues = compiled(language).cues
    if cues.denial is None:
        return None
    starts = [hit[0] for hit in analysis.events_in(title.start, title.end)]
    if cues.talk:
        starts += [talk.start() for talk in cues.talk.finditer(doc.lower, title.start, title.end)]
    for start in sorted(starts):
        denial = cues.denial.search(doc.lower, max(title.start, start - _DENIAL_REACH), start)
        if denial is None:
            continue
        before = doc.text[title.start : denial.start()].strip()
        if before:  # "Morvan desmiente …": the subject opens the headline
            if len(before.split()) > _SUBJECT_WORDS:
                return None
            subject = (title.start, title.start + len(before))
        else:  # "Descarta Colombia …": the subject follows the verb
            after = _CAPITALISED.match(doc.text, denial.end("verb"))
            if after is None:
                return None
            subject = (after.start("s"), after.end("s"))
        written = doc.text[subject[0] : subject[1]]
        seat = (
            bool(place_kind(written, language.code))
            or any(True for _ in named_seats(doc.text, *subject))
            or bool(analysis.role_nouns.within(*subject))
        )
        return HeadlineSpeaker(subject[0], subject[1], max(subject[1], denial.end("verb")), title.end, seat)
    return None
