"""Summary points: the sentences that carry the main information, most important first.

Each body sentence is scored: the lead and sentences reporting the event or naming a participant
rank high; captions, boilerplate, the title, questions and very short or very long lines rank
low (a short sentence of the writer's own, "Their talks focused on trade.", only a little). Attribution tails
("…, a fait savoir le ministère") are trimmed; near-duplicates dropped.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from briefparse.analysis import Analysis, Sentence
from briefparse.analysis.cues import BULLETS, is_boilerplate
from briefparse.analysis.dateline import dateline_end
from briefparse.document import Document, Segment
from briefparse.lang.compiled import compiled
from briefparse.lang.letters import QUOTE_MARKS, fold
from briefparse.lazy_regex import lazy_compile
from briefparse.models import Participant, Span

DEFAULT_POINTS = 5
_MIN_WORDS, _MAX_WORDS = 6, 90
_DUPLICATE_OVERLAP = 0.7
_POSITION_COST = 0.25
_MIN_KEPT_CHARS = 40
_DANGLING_WORDS = 2
_SPEECH_BONUS = 1.0
_TOPIC_BONUS = 2.0  # a sentence that tells what the talks covered ("Les discussions ont porté sur …")
_QUOTE_OPENING_COST = 0.5  # a point that opens on someone's words tells less of the event than the writer's own
_ROLL_CALL_ITEMS = 2  # semicolons of a sentence that lists people one item after another
_LEAD_REACH = 3  # the opening sentences where the event's report is looked for
_MAX_TAIL_WORDS = 12  # an attribution tail is short and closes the sentence: "…, a indiqué le ministère."
_KEPT_PER_TAIL_WORD = 2  # words a point keeps at least for each word of the attribution tail cut from it
_MIN_UNSTOPPED_LEAD_WORDS = 12  # words of a paragraph printed without its stop that may still lead at least
_PARAGRAPH_END_REACH = 8  # characters after a sentence looked at for the line break that ends its paragraph
_DECK_COST = 3
_SHORT_LINE_COST = 4  # a label, a dateline or an item of a roll on a line of its own
_SHORT_SENTENCE_COST = 0.5  # a short sentence of the writer's own: "Their talks focused on trade."
_MIN_SHORT_SENTENCE_WORDS = 4
_NAME_STEM = 4  # letters a declined form of a name shares with its nominative ("Лаврова", "Лавров")
_RESTATED_STEM = 5  # letters a word shares with its form in a fuller sentence that tells the same again
_RESTATED_SHARE = 0.8  # of a short report's words that a fuller report holds, when it restates it
_MIN_RESTATED_WORDS = 4  # words a short report has at least, for a later one to restate it
_MORE_WORDS = 5  # words a fuller report has more than the short one it restates
_BACK_REACH = 30  # characters before an event's noun looked at for its determiner
_BACK_WORDS = 2  # words before an event's noun where its determiner stands: "el primer encuentro"
_FULL_REPORT_PARTIES = 2  # parties a report names by name when it tells the whole event: who met whom
_PERSONAL_KINDS = ("meeting", "phone_call", "visit")  # events told of persons; a signing is often told of states
_ELLIPSES = ("...", "…")
_QUOTED = lazy_compile(r'[«“„"]([^«»“”„"]*)[»”“"]')
_FULL_STOPS = (".", "!", "…")
_STAMP_WORDS = 10  # words of a date stamp's line at most: "28 de enero de 2013 - 02:12 p. m."
_CREDIT_TAIL_WORDS = 4  # words after a caption's last stop that credit its photo: "KEYSTONE/EPA/PETER SCHNEIDER"
_YEAR = lazy_compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


_WORD_MARKS = ".,;:!?()«»“”\"'’"  # marks a word's ends may carry


def _words(text: str) -> set[str]:
    return {w for w in fold(text).split() if len(w) > 2}


def _named_in(sentence: Segment, mentions: list[tuple[int, int]]) -> int:
    """How many participants are mentioned in the sentence; `mentions` is sorted (start, participant)."""
    first = bisect_left(mentions, (sentence.start, -1))
    last = bisect_left(mentions, (sentence.end, -1))
    return len({who for _start, who in mentions[first:last]})


def _score(analysis: Analysis, index: int, sentence: Sentence, mentions: list[tuple[int, int]]) -> float:
    doc = analysis.doc
    score = 3.0 - _POSITION_COST * index
    if analysis.first_event(sentence.start, sentence.end):
        score += 2
    if compiled(doc.language).cues.speech.search(doc.lower, sentence.start, sentence.end):
        score += _SPEECH_BONUS
    topic = compiled(doc.language).cues.topic
    if topic is not None and topic.search(doc.lower, sentence.start, sentence.end):
        score += _TOPIC_BONUS
    if sentence.words >= _MIN_WORDS:  # a shorter line that names people is an item of a roll ("Chile, X Y")
        score += min(2, _named_in(sentence, mentions))
    if sentence.text.count(";") >= _ROLL_CALL_ITEMS:
        score -= 1  # "… de A, X; de B, Y; y de C, Z": a roll of people, not what happened
    if sentence.words < _MIN_WORDS:
        score -= _SHORT_SENTENCE_COST if _short_sentence(sentence, mentions) else _SHORT_LINE_COST
    if sentence.words > _MAX_WORDS:
        score -= 2
    if sentence.caption:
        score -= 4
    if _opens_on_quote(doc.text, sentence):
        score -= _QUOTE_OPENING_COST  # "“Great to meet my friend …,” X tweeted": the report says what was done
    if sentence.text.endswith("?"):
        score -= 2
    if not sentence.text.rstrip("»”\"' ").endswith((".", "!", "…")):
        score -= 1.5
    return score


def _short_sentence(sentence: Sentence, mentions: list[tuple[int, int]]) -> bool:
    """A short line is a whole sentence, not a label, a dateline or an item of a roll: four words at least, opening
    on a capitalised word in lower case after its first letter, closing on a full stop, with no figure and no
    participant named ("Their discussions focussed on trade.", "Inhalte wurden nicht bekannt.", not "NUR-SULTAN.",
    "Africa-Press – Mali." or "Chile, Karl Vogt.")."""
    text = sentence.text.strip()
    first = text.split(maxsplit=1)[0] if text else ""
    return (
        sentence.words >= _MIN_SHORT_SENTENCE_WORDS
        and first[:1].isupper()
        and first[1:].islower()
        and text.endswith(".")
        and not any(c.isdigit() for c in text)
        and not _named_in(sentence, mentions)
    )


def _trim(doc: Document, sentence: Segment) -> Span:
    """The sentence without its dateline ("GENEVA, March 12 (Reuters) - ") and its attribution tail, when
    enough remains: twice the tail's words at least. A report about as short as its credit keeps it whole ("X und Y
    hätten telefoniert, teilte das Außenministerium am Mittwoch mit"): the credit tells who says so and when, and
    cut away it leaves a stub."""
    start = dateline_end(doc.text, sentence.start, sentence.end)
    tail_pattern = compiled(doc.language).cues.point_tail
    tail = tail_pattern.search(doc.text, start + _MIN_KEPT_CHARS, sentence.end)
    while tail and not _closes_sentence(doc.text[tail.start() : sentence.end]):
        tail = tail_pattern.search(doc.text, tail.start() + 1, sentence.end)  # a main verb, not an attribution
    if not tail:
        return doc.span(start, sentence.end)
    cut = tail.start()
    comma = doc.text.rfind(",", start + _MIN_KEPT_CHARS, cut)
    opens_clean = doc.text[cut:tail.end()].lstrip()[:1] == ","
    if not opens_clean and comma >= 0 and len(doc.text[comma + 1 : cut].split()) <= _DANGLING_WORDS:
        cut = comma  # ", Swedish news agency TT reported": the words before the cue belong to the tail
    tail_words = len(doc.text[cut : sentence.end].lstrip(" ,").split())
    if len(doc.text[start:cut].split()) < _KEPT_PER_TAIL_WORD * tail_words:
        return doc.span(start, sentence.end)  # a long tail and a short report: the tail gives its source and its day
    return doc.span(start, cut)


def _closes_sentence(tail: str) -> bool:
    """An attribution tail runs to the sentence's end in a few words with no clause after it ("…, a indiqué
    une source officielle, un échange attendu" goes on: its words after the source are the story's)."""
    rest = tail.lstrip(" ,")
    return "," not in rest and len(rest.split()) <= _MAX_TAIL_WORDS


def _is_truncated_copy(sentence: Sentence, body: list[Sentence]) -> bool:
    """A teaser cut short ("… ist bei Van der Bellen eingetroffe...") whose whole sentence the body holds."""
    text = sentence.text.rstrip()
    if not text.endswith(_ELLIPSES):
        return False
    opening = text.rstrip(".… ")
    return any(other is not sentence and other.text.startswith(opening) for other in body)


def _may_lead(analysis: Analysis, sentence: Sentence) -> bool:
    """A full sentence, one ending in a colon that names the event itself, not a mere statement ("X a reçu Y et a
    déclaré :" may lead, "Ein Sprecher erklärte heute in Berlin:" leaves the lead to the quotation it opens) unless
    it tells a message sent, whose text it opens ("X hat Y folgendes Beileidsschreiben übersandt:", "a adressé le
    message suivant à son homologue :"), or a paragraph that names the event and closes on its credit, printed
    without its stop."""
    text = sentence.text.rstrip("»”\"' ")
    if text.endswith(_FULL_STOPS):
        return True
    if text.endswith(":"):
        return analysis.first_event(sentence.start, sentence.end) is not None or _sends_message(analysis, sentence)
    # a paragraph of its own that names the event and closes on its credit, the page having dropped its stop: "Министр
    # X прибыл в Китай с официальным визитом, информирует ТАСС" (a subhead or a standfirst credits no one)
    doc = analysis.doc
    after = doc.text[sentence.end : sentence.end + _PARAGRAPH_END_REACH].lstrip(" \t")
    if sentence.words < _MIN_UNSTOPPED_LEAD_WORDS or after[:1] not in ("\n", ""):
        return False
    if analysis.first_event(sentence.start, sentence.end) is None:
        return False
    tail = compiled(doc.language).cues.point_tail.search(doc.text, sentence.start + _MIN_KEPT_CHARS, sentence.end)
    return tail is not None and _closes_sentence(doc.text[tail.start() : sentence.end])


def _sends_message(analysis: Analysis, sentence: Sentence) -> bool:
    """The sentence tells a written message sent, by a verb of sending and a document's noun in either order ("hat
    … folgendes Beileidsschreiben übersandt", "übermittelte … folgendes Kondolenztelegramm", "a adressé le message
    suivant"): the statement the brief reports, whose text follows."""
    doc = analysis.doc
    cues = compiled(doc.language).cues
    if cues.sending is None or not cues.sending.search(doc.lower, sentence.start, sentence.end):
        return False
    documents = cues.statement_document
    if documents is not None and documents.search(doc.lower, sentence.start, sentence.end):
        return True
    return any(hit[2] == "statement" for hit in analysis.events_in(sentence.start, sentence.end))


def _lead(
    analysis: Analysis,
    body: list[Sentence],
    event_type: str | None = None,
    participants: Sequence[Participant] = (),
    event_day: int | None = None,
) -> Sentence | None:
    """The sentence that reports the event, which a reader sees first: the first of the opening sentences
    that names an event (a meeting, call, visit, statement), not one that only denies it back then (see
    `_denied_back_then`), else the first full sentence (see `_may_lead`). One that names no party by name and not the
    brief's own kind of event (`event_type`) yields to the next that names that kind: a trip set out as background
    ("Le ministre effectue une visite au Koweït.") or a standfirst on a summit gives way to the audience or the visit
    the brief reports; so does one that names a single party and leaves to its title one that the next names (a
    visitor's welcome at the airport told of the host, see `_yields_to`). One that speaks of the meeting only as one
    already told ("El encuentro se desarrolló …", see `_refers_back`) or by its parties' titles alone (see
    `_named_later`) yields to the next that reports it in full (see `_reports_in_full`). Under a headline that gives its
    speaker's remark about another event (`Analysis.headline_speaker`), the first opening sentence that tells that event
    stays the lead though it names no party ("Тон разговора … был конструктивным. Об этом рассказал …"). A sentence
    above the dateline, or a standfirst above a date stamp's line (see `_under_stamp`), yields to the story's first
    report after it, when that report names a party and the brief's kind of event. One that opens on a quotation yields
    to an earlier opening sentence in the writer's own words. A later opening sentence that tells the lead's report
    again at more length (see `_restates`) leads in its place. The sentence a dispatch's dateline opens, naming a party
    and no event word, leads over a later one that tells the event only in passing (see `_wire_lead`). When no opening
    sentence tells a meeting, call or visit of the brief's kind, the next sentence is an opening one too: a report set
    after a few sentences of background (the summit it prepares, a paywall's lines) still leads."""
    sentences = [
        s
        for s in body
        if s.words >= _MIN_WORDS and not s.caption and not _printed_as_caption(s, body) and _may_lead(analysis, s)
    ]
    # a photo's caption in the simple present over the story ("X welcomes Y to his office."): the story's own report
    # leads when one follows
    told_in_story = [s for s in sentences if not _present_caption(analysis, s)]
    if len(told_in_story) < len(sentences) and any(analysis.events_in(s.start, s.end) for s in told_in_story):
        sentences = told_in_story
    opening = sentences[:_LEAD_REACH]
    if event_type in _PERSONAL_KINDS and not any(_of_kind(analysis, s, event_type) for s in opening):
        opening = sentences[: _LEAD_REACH + 1]
    text = analysis.doc.text
    reach = opening[-1].end if opening else 0
    story = next((s.start for s in body if s.start < reach and dateline_end(text, s.start, s.end) > s.start), 0)
    story = story or _under_stamp(text, opening)
    # a standfirst printed without its stop above the dateline's paragraph ("… встречи, сообщили в Кремле" over
    # "ЦХИНВАЛ, 2 мая — Sputnik. …"): the story opens at its dateline
    opening = [s for s in opening if s.start >= story or s.text.rstrip("»”\"' ").endswith(_FULL_STOPS)]
    reporting = [s for s in opening if analysis.events_in(s.start, s.end) or _states(analysis, s, event_type)]
    told = [s for s in reporting if not _denied_back_then(analysis, s)]
    # a headline's speaker ("Дорнов: разговор …") makes the remark the news: the first report of its event leads
    while len(told) > 1 and analysis.headline_speaker is None and not _of_kind(analysis, told[0], event_type):
        later = next((s for s in told[1:] if _of_kind(analysis, s, event_type)), None)
        if later is None or not _yields_to(analysis, told[0], later, participants):
            break
        told = told[1:]
    full = next((s for s in told[1:] if _reports_in_full(analysis, s, event_type, participants)), None)
    if full is not None and (
        _refers_back(analysis, told[0]) or _named_later(analysis, told[0], full, event_type, participants)
    ):
        told = told[told.index(full) :]
    # a standfirst above the dateline ("Während ihres USA-Besuchs telefoniert die Ministerin …" over "Berlin (dpa) -
    # Ministerin X hat … telefoniert"): the story's own first report leads when it names a party and the brief's kind
    opens = next((s for s in told if s.start >= story > 0), None)
    if (
        opens
        and told[0].start < story
        and _of_kind(analysis, opens, event_type)
        and _names_a_party(opens, participants)
    ):
        told = told[told.index(opens) :]
    # a standfirst that tells the event without its day, over the story's own report that gives it ("Le nouveau
    # président s'est entretenu avec X par téléphone." over "… s'est entretenu avec X vendredi, par téléphone."):
    # the dated report leads
    dated = next(
        (s for s in told[1:] if _dates_its_report(analysis, told[0], s, event_type, participants, event_day)), None
    )
    if dated is not None:
        told = told[told.index(dated) :]
    # a quotation told before its speaker ("«J'ai senti …», a déclaré X") follows the story's own first sentence
    # ("Le ministre a partagé ses impressions vendredi au Koweït."), unless the quotation itself reports the event
    if told and _opens_on_quote(text, told[0]) and not _reports_in_full(analysis, told[0], event_type, participants):
        earlier = next((s for s in opening if s.start < told[0].start and not _opens_on_quote(text, s)), None)
        if earlier is not None:
            told = [earlier, *told]
    fuller = next((s for s in opening if told and s.start > told[0].start and _restates(analysis, s, told[0])), None)
    if fuller is not None:
        told = [fuller]
    wired = _wire_lead(analysis, opening, event_type, participants)
    if wired is not None and told and told[0].start > wired.start:
        told = [wired]
    credited = _credited_sentence(analysis, body, opening, told[0]) if told else None
    return credited or (told or reporting or opening or [None])[0]


def _dates_its_report(
    analysis: Analysis,
    first: Sentence,
    later: Sentence,
    event_type: str | None,
    participants: Sequence[Participant],
    event_day: int | None,
) -> bool:
    """`later`, in a paragraph after `first`'s, writes the day the brief's date is read from (`event_day`, an offset;
    any day when the brief has no date) and tells a meeting, call or visit in the writer's own words, naming a party
    and as many as `first` names, while `first` gives no day at all: `first` is a standfirst over the story's own
    report. Not a report given as what someone said or quoted from the release, nor one that speaks of the event as
    already told ("At the meeting held this afternoon, …"), nor a roll of people one item after another ("… los
    embajadores X, de A; Y, de B; …") or a line of a bulleted summary ("- X beginnt heute seinen Besuch")."""
    return (
        event_type in _PERSONAL_KINDS
        and later.paragraph != first.paragraph
        and (later.start <= event_day < later.end if event_day is not None else _gives_a_day(analysis, later))
        and not _gives_a_day(analysis, first)
        and _of_kind(analysis, later, event_type)
        and _names_a_party(later, participants)
        and _parties_named(later, participants) >= _parties_named(first, participants)
        and not _refers_back(analysis, later, first_only=True)
        and not _opens_on_quote(analysis.doc.text, later)
        and not _quotes_the_report(analysis, later)
        and not _said_before_event(analysis, later, event_type)
        and later.text.count(";") < _ROLL_CALL_ITEMS
        and not later.text.startswith(BULLETS)
    )


def _said_before_event(analysis: Analysis, sentence: Sentence, event_type: str | None) -> bool:
    """A verb of speech comes before the sentence's first event of the brief's kind: the report is given as what
    someone said ("Le ministre a déclaré jeudi qu'il avait rencontré X"), not told in the writer's own voice."""
    doc = analysis.doc
    events = analysis.events_in(sentence.start, sentence.end)
    event = next((start for start, _end, kind in events if kind == event_type), None)
    reach = sentence.end if event is None else event
    return bool(compiled(doc.language).cues.speech.search(doc.lower, sentence.start, reach))


def _gives_a_day(analysis: Analysis, sentence: Sentence) -> bool:
    """The sentence names a day: a date in words or figures, a weekday or a relative day ("hier", "today")."""
    patterns = compiled(analysis.language).dates
    lower = analysis.doc.lower
    days = (patterns.absolute, patterns.weekday, patterns.numeric)
    if any(pattern.search(lower, sentence.start, sentence.end) for pattern in days):
        return True
    return any(
        match.start() == 0 or not lower[match.start() - 1].isalnum()
        for match in patterns.relative.finditer(lower, sentence.start, sentence.end)
    )


def _yields_to(analysis: Analysis, first: Sentence, later: Sentence, participants: Sequence[Participant]) -> bool:
    """`first`, not of the brief's kind of event, gives the lead to `later`, which is: when `first` names no party by
    name, or one only and leaves to its title a party that `later` names ("Российского лидера встретил у трапа
    президент X" over "Президент России Y … прибыл в Киргизию с официальным визитом"). Not to a roll of more than two
    names (guests arriving one after another), nor from a sentence that names both sides itself, nor from a remark
    told of its named speaker ("«…», a déclaré X"), which is no report by titles."""
    named = _named_parties(first, participants)
    if not named:
        return True
    after = _named_parties(later, participants)
    remark = all(kind == "statement" for _start, _end, kind in analysis.events_in(first.start, first.end))
    one_side = len(named) < _FULL_REPORT_PARTIES and len(after) <= _FULL_REPORT_PARTIES
    return not remark and one_side and bool(after - named)


def _wire_lead(
    analysis: Analysis, opening: list[Sentence], event_type: str | None, participants: Sequence[Participant]
) -> Sentence | None:
    """The opening sentence that the dispatch's dateline opens ("MINSK (Agency) - X and Y have started their talks",
    "Berlin (dpa) - X hat am Freitag seine Premiere gegeben"), when it names a party by name and no event word: the
    wire's own lead, which says what happened in words of its own. None when a later opening sentence reports the
    brief's kind of event naming both sides ("Reçue en audience, X a abordé avec le chef de l'Etat, Y …"): that one
    tells the event, the dateline's sentence a remark made at it."""
    cities = {city.start for city in analysis.dateline.cities}
    wired = next((s for s in opening if s.start in cities), None)
    if wired is None or analysis.events_in(wired.start, wired.end) or not _names_a_party(wired, participants):
        return None
    later = [s for s in opening if s.start > wired.start]
    return None if any(_reports_in_full(analysis, s, event_type, participants) for s in later) else wired


def _present_caption(analysis: Analysis, sentence: Sentence) -> bool:
    """A line of its own that tells an encounter in a caption's simple present (`Language.caption_verbs`: "X
    welcomes Y to his office.", "X shakes hands with Y prior to a meeting at Z") and no day, neither in figures nor
    by a weekday or a relative word: a photo's caption, not the story's report."""
    doc, language = analysis.doc, analysis.language
    pattern = compiled(language).cues.caption_verb if language is not None else None
    if pattern is None or not pattern.search(doc.lower, sentence.start, sentence.end):
        return False
    line_start = doc.text.rfind("\n", 0, sentence.start) + 1
    line_end = doc.text.find("\n", sentence.end)
    rest = doc.text[sentence.end : line_end if line_end >= 0 else len(doc.text)]
    if doc.text[line_start : sentence.start].strip() or rest.strip():
        return False
    told = {w.strip(_WORD_MARKS) for w in fold(sentence.text).split()}
    days = {fold(w) for w in (*language.weekdays, *language.relative_days)}
    return not any(c.isdigit() for c in sentence.text) and not told & days


def _printed_as_caption(sentence: Sentence, body: list[Sentence]) -> bool:
    """A photo's caption printed twice, once alone and once with its credit right under it ("X shakes hands with Y …"
    over "X shakes hands with Y … | Photo Credit: AGENCY"): the bare copy is the caption too."""
    index = body.index(sentence)
    below = body[index + 1] if index + 1 < len(body) else None
    text = sentence.text.strip()
    return (
        below is not None
        and below.caption
        and below.paragraph != sentence.paragraph
        and below.text.startswith(text)
        and len(below.text.strip()) > len(text)
    )


def _under_stamp(text: str, opening: list[Sentence]) -> int:
    """Where the story opens under a standfirst that a date stamp's line closes ("El presidente cubano se reunió con
    …" over "28 de enero de 2013 - 02:12 p. m." over "El presidente X sostuvo un breve encuentro con …"): the first
    opening sentence of a later paragraph, a stamp's line aside, when a line of a year and a few words stands between
    it and the first one, and its line does not close on a credit (a photo's caption under the stamp, see
    `_closes_on_credit`); 0 otherwise."""
    if not opening:
        return 0
    later = (s for s in opening[1:] if s.paragraph != opening[0].paragraph and not _is_stamp(s.text))
    story = next(later, None)
    if story is None:
        return 0
    lines = text[opening[0].end : story.start].split("\n")[1:-1]  # the whole lines between
    return story.start if not _closes_on_credit(text, story) and any(_is_stamp(x) for x in lines) else 0


def _closes_on_credit(text: str, sentence: Sentence) -> bool:
    """The sentence's line closes on a few words after its last stop, with no stop of their own: a photo's caption
    and its credit ("… in Bern Gespräche geführt. KEYSTONE/EPA/PETER SCHNEIDER", "… zum Telefonhörer. Keystone")."""
    line = text[sentence.start :].split("\n", 1)[0].rstrip("»”\"' ")
    tail = line[max(line.rfind(stop) for stop in _FULL_STOPS) + 1 :]
    return not line.endswith(_FULL_STOPS) and len(tail.split()) <= _CREDIT_TAIL_WORDS


def _is_stamp(line: str) -> bool:
    """A date stamp's line: a year and a few words ("04 de noviembre de 2019", "sábado, 1 de diciembre de 2018 ·
    11:47")."""
    return bool(_YEAR.search(line)) and 0 < len(line.split()) <= _STAMP_WORDS


def _opens_on_quote(text: str, sentence: Sentence) -> bool:
    """The sentence opens on a quotation, its dateline aside."""
    if not any(text.find(mark, sentence.start, sentence.end) >= 0 for mark in QUOTE_MARKS):
        return False  # the usual sentence, holding no quotation mark: no dateline to read past
    head = text[dateline_end(text, sentence.start, sentence.end) : sentence.end].lstrip()[:1]
    return bool(head) and head in QUOTE_MARKS


def _restates(analysis: Analysis, fuller: Sentence, short: Sentence) -> bool:
    """`fuller` tells again what `short` tells, at more length: it holds nearly every word of the shorter one (by
    its stem) and says more ("Vogt et Marin s'entretiennent …" over "Le ministre valdorien … Karl Vogt et son
    homologue norlandais Paul Marin s'entretiennent … dans le cadre de la conférence de Lanark"): a standfirst over
    the story's full report. Not a quotation of the release that the short report sums up ("… a reçu hier un appel
    de X." over "En effet, précise la présidence, le Président « a reçu, ce jour, un appel … »")."""
    stems = {w[:_RESTATED_STEM] for w in _words(short.text) if len(w) >= _RESTATED_STEM}
    told = {w[:_RESTATED_STEM] for w in _words(fuller.text)}
    return (
        not _quotes_the_report(analysis, fuller)
        and len(stems) >= _MIN_RESTATED_WORDS
        and len(stems & told) >= _RESTATED_SHARE * len(stems)
        and fuller.words >= short.words + _MORE_WORDS
    )


def _quotes_the_report(analysis: Analysis, sentence: Sentence) -> bool:
    """The sentence tells its event inside a quotation: an event phrase stands between quotation marks (the release
    quoted, "précise la présidence, le Président « a reçu, ce jour, un appel … »"), or a mark is left unpaired. Marks
    that set off a name or the parties' own words around a report told in the writer's voice do not ("Paul «Pablito»
    Marin", "ont exprimé leur « volonté … » lors de leur échange téléphonique")."""
    quoted = [(sentence.start + m.start(), sentence.start + m.end()) for m in _QUOTED.finditer(sentence.text)]
    if sum(sentence.text.count(mark) for mark in QUOTE_MARKS) > 2 * len(quoted):
        return True
    events = [start for start, _end, _kind in analysis.events_in(sentence.start, sentence.end)]
    if not events:
        return bool(quoted)
    return any(start <= event < end for event in events for start, end in quoted)


def _refers_back(analysis: Analysis, sentence: Sentence, first_only: bool = False) -> bool:
    """Every event the sentence names is a generic noun of a meeting after a definite article or a demonstrative, one
    word between at most ("El encuentro se desarrolló …", "En el encuentro, …", "en el primer encuentro de la
    canciller"): it speaks of the meeting as one already told. With `first_only`, its first event is one ("At the
    meeting held this afternoon, X welcomed Y"): the sentence opens on the meeting as told."""
    language = analysis.language
    determiners = {*language.definite_articles, *language.article_contractions, *language.demonstratives}
    nouns = {fold(noun) for noun in language.meeting_nouns}
    events = analysis.events_in(sentence.start, sentence.end)
    if not events or not determiners or not nouns:
        return False
    text = analysis.doc.lower
    for start, end, _kind in events[:1] if first_only else events:
        words = fold(text[start:end].replace("’", "'")).split()
        if len(words) > 1 and words[0] in determiners:
            words = words[1:]  # the event's phrase holds its article: "the meeting"
        elif not any(word in determiners for word in _words_before(text, sentence.start, start)):
            return False
        if " ".join(words) not in nouns:
            return False  # a verb's report ("se reunió", "recibió"), or another event's noun ("sus condolencias")
    return True


def _words_before(text: str, sentence_start: int, start: int) -> list[str]:
    """The last words before an event's phrase in its sentence, where its determiner stands."""
    return text[max(sentence_start, start - _BACK_REACH) : start].replace("’", "'").split()[-_BACK_WORDS:]


def _reports_in_full(
    analysis: Analysis, sentence: Sentence, event_type: str | None, participants: Sequence[Participant]
) -> bool:
    """The sentence tells the brief's kind of event in its own words, not as one already told (see `_refers_back`),
    and names both sides by name ("La canciller X se reunió con el embajador de Chile, Y")."""
    return (
        _of_kind(analysis, sentence, event_type)
        and not _refers_back(analysis, sentence)
        and _parties_named(sentence, participants) >= _FULL_REPORT_PARTIES
    )


def _named_later(
    analysis: Analysis, first: Sentence, full: Sentence, event_type: str | None, participants: Sequence[Participant]
) -> bool:
    """`first` tells a meeting, call or visit by its parties' titles alone ("Глава правительства провел встречу со
    спецпосланником американского лидера") and `full` tells it again naming both sides, in its own voice: the named
    report is the lead, the first a standfirst. Not a signing or a statement, often told of states first ("A and B
    have signed …") before the signatories; not a report given as what someone said ("The official said X held a
    call with Y"), which quotes the first; not a roll of more than two names (envoys presenting their credentials)."""
    return (
        event_type in _PERSONAL_KINDS
        and not _names_a_party(first, participants)
        and _parties_named(full, participants) == _FULL_REPORT_PARTIES
        and not compiled(analysis.language).cues.speech.search(analysis.doc.lower, full.start, full.end)
    )


def _credited_sentence(
    analysis: Analysis, body: list[Sentence], opening: list[Sentence], sentence: Sentence
) -> Sentence | None:
    """The full sentence right before one that opens by crediting it to its speaker ("Сейчас не время для … . Об этом
    рассказал X"): what was said is the news, the credit only who said it."""
    pattern = compiled(analysis.language).cues.back_reference
    if pattern is None or not pattern.match(analysis.doc.text, sentence.start):
        return None
    index = body.index(sentence) if sentence in body else 0
    before = body[index - 1] if index > 0 else None
    return before if before in opening and not analysis.events_in(before.start, before.end) else None


def _is_deck(sentence: Sentence, lead: Sentence) -> bool:
    """A line above the lead printed without a stop: a subhead or a repeated headline that restates the story."""
    return sentence.end <= lead.start and not sentence.text.rstrip("»”\"' ").endswith(_FULL_STOPS)


def _of_kind(analysis: Analysis, sentence: Sentence, event_type: str | None) -> bool:
    """The sentence names an event of the brief's own kind, or, in a statement, tells what was said (`_states`)."""
    return _states(analysis, sentence, event_type) or any(
        kind == event_type for _start, _end, kind in analysis.events_in(sentence.start, sentence.end)
    )


def _states(analysis: Analysis, sentence: Sentence, event_type: str | None) -> bool:
    """In a brief that reports a statement, the sentence tells it by a verb of speech ("Minister X said Friday Kuwait
    is keen on …", "The Foreign Office welcomed the role of …", "X says Tehran welcomes …"): the statement itself,
    though it names no event word, or one that the event lists read as a meeting's ("welcomed")."""
    if event_type != "statement":
        return False
    doc = analysis.doc
    return bool(compiled(doc.language).cues.speech.search(doc.lower, sentence.start, sentence.end))


def _names_a_party(sentence: Sentence, participants: Sequence[Participant]) -> bool:
    """A participant is named in the sentence by a form of their name ("Лаврова" for Лавров), not by a title alone
    ("el embajador", "le Président")."""
    return _parties_named(sentence, participants) > 0


def _parties_named(sentence: Sentence, participants: Sequence[Participant]) -> int:
    """How many participants the sentence names by a form of their name (see `_names_a_party`)."""
    return len(_named_parties(sentence, participants))


def _named_parties(sentence: Sentence, participants: Sequence[Participant]) -> set[int]:
    """The participants (by their place in `participants`) that the sentence names by a form of their name."""
    named = set()
    for index, person in enumerate(participants):
        stems = {w[:_NAME_STEM] for w in fold(person.name or "").split() if len(w) >= _NAME_STEM}
        if any(
            sentence.start <= mention.start < sentence.end
            and any(w[:_NAME_STEM] in stems for w in fold(mention.text).split())
            for mention in person.mentions
        ):
            named.add(index)
    return named


def _denied_back_then(analysis: Analysis, sentence: Sentence) -> bool:
    """Every event word of the sentence is a verb's that a negation denies in the tense before the story's ("Dix-sept
    ans qu'un président syrien n'avait été reçu à l'Élysée."): the time before the event, which sets its scene; a
    denial in the story's own time ("ne se rendra pas", "n'a pas reçu") is the news itself."""
    language, lower = analysis.language, analysis.doc.lower
    denied = compiled(language).cues.denied_verb
    earlier = {w.lower().replace("’", "'") for w in language.earlier_tense_auxiliaries}
    events = analysis.events_in(sentence.start, sentence.end)
    if denied is None or not earlier or not events:
        return False
    for start, _end, _kind in events:
        found = denied.search(lower, sentence.start, start)
        words = lower[found.start() : start].replace("’", "'").split() if found else []
        if not any(w in earlier or w.split("'", 1)[-1] in earlier for w in words):
            return False
    return True


def extract_points(
    analysis: Analysis,
    participants: list[Participant],
    limit: int = DEFAULT_POINTS,
    event_type: str | None = None,
    event_day: int | None = None,
) -> list[Span]:
    """Up to `limit` summary points with their spans; `event_type` is the brief's kind of event and `event_day` where
    the text writes the day its date is read from (see `_lead`)."""
    if limit <= 0:
        return []
    doc = analysis.doc
    candidates = []
    body = [s for s in analysis.body if not s.boilerplate and not s.teaser]
    body = [s for s in body if not _is_truncated_copy(s, body)]
    mentions = sorted((m.start, who) for who, p in enumerate(participants) for m in p.mentions)
    for index, sentence in enumerate(body):
        score = _score(analysis, index, sentence, mentions) if doc.language else -index
        candidates.append((score, index, sentence))
    lead = _lead(analysis, body, event_type, participants, event_day) if doc.language else None
    if lead is not None:
        candidates = [(c[0] - _DECK_COST if _is_deck(c[2], lead) else c[0], c[1], c[2]) for c in candidates]
    candidates.sort(key=lambda c: (-c[0], c[1]))
    if lead is not None:
        candidates.sort(key=lambda c: c[2] is not lead)  # stable: the rest keep their order
    chosen: list[Span] = []
    seen: list[set[str]] = []
    for _score_value, _index, sentence in candidates:
        span = _trim(doc, sentence) if doc.language else doc.span(sentence.start, sentence.end)
        if is_boilerplate(span.text, doc.language):
            continue  # nothing but a figure once its dateline is cut ("M. : 2021")
        words = _words(span.text)
        if any(len(words & other) >= _DUPLICATE_OVERLAP * min(len(words), len(other)) for other in seen if other):
            continue
        chosen.append(span)
        seen.append(words)
        if len(chosen) == limit:
            break
    return chosen
