"""The dateline that opens a dispatch ("TEHRAN, Apr. 21 (MNA) –", "Madrid, 3 mar (EFE).-", "Chicago, 21 May
2012"): its city, its date and its agency, read in one place.

`Dateline` reads a document's opening lines once (`Analysis.dateline`): the cities that open a dateline
and the agency one names. `is_dateline_date` tells a date written in a dateline (a publication date), and
`dateline_end` where the dateline at the head of a sentence ends, so that a summary point starts after it, and
`credit_end` where a dispatch's credit glued before a headline ends.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from briefparse.agencies import Credit, agencies_named, find_credits
from briefparse.analysis.cues import is_boilerplate, is_caption, names_a_photo
from briefparse.document import Document, Segment
from briefparse.lang.base import Language
from briefparse.lang.compiled import compiled
from briefparse.lang.letters import CAP_WORD, HALF_OF_DAY, LOWER, UPPER, fold
from briefparse.lazy_regex import lazy_compile
from briefparse.models import Span
from briefparse.places import place_kind

_DASH = "-–—―"
#: a reprint's credit before a dateline: "(MENAFN- Kuwait News Agency (KUNA)) KUWAIT, July 31 (KUNA) --"
_CREDIT_FIRST = r"(?:\((?:[^()\n]|\([^()\n]*\))*\)[^\S\n]*)?"
#: the clock time a wire stamps before its dateline, set off by a bar: "12:48 | Lima, dic. 15."
_CLOCK_FIRST = r"(?:\d{1,2}:\d{2}[^\S\n]*\|[^\S\n]*)?"
#: a city's name: capitalised words, maybe joined by a short particle ("Dar es Salaam", "Ciudad de México")
_CITY_NAME = rf"{CAP_WORD}(?:\s+(?:[a-z]{{1,3}}\s+)?{CAP_WORD}){{0,2}}"
#: the city's country or region in square brackets after it ("Tashkent [Uzbekistan], July 16 (ANI):")
_REGION_BRACKETED = r"(?:\[[^\[\]\n]{1,40}\][^\S\n]*)"
# the city, then a comma, a colon, a bracket, a dash, a full stop before the date, or a full stop and a dash
# ("BUENOS AIRES.-", "Lima.–"), or its region or agency between slashes ("MOSCOW /Moscow Region/, March 3.",
# "LUANDA /ANGOP/, 3 March"); the first of two cities joined by a slash ("Moskau/Kiew (dpa) -")
_CITY_LINE = lazy_compile(
    rf"^{_CLOCK_FIRST}{_CREDIT_FIRST}(?P<place>{_CITY_NAME})(?P<others>(?:/{_CITY_NAME})*)"
    rf"\s*{_REGION_BRACKETED}?(?:[,:(]|\s[-–—]|(?<=\s)/[^/\n]{{1,40}}/|\.(?=[^\S\n]*\d)|\.[-–—]|$)",
    re.M,
)
#: a dateline set in brackets before the story's first sentence: a city, a comma and the date ("(Dakar, le 3 mai
#: 2021) Le ministre …"), as groups "place" and "rest"
_BRACKETED_CITY = lazy_compile(rf"\((?P<place>{_CITY_NAME})(?P<rest>,[^()\n]{{1,40}})\)")
#: a dateline's city read with the agency after its full stop ("АСТАНА. КАЗИНФОРМ")
_CREDITED = lazy_compile(rf"(?P<city>{CAP_WORD}(?:\s+{CAP_WORD})?)\.\s+(?P<agency>{CAP_WORD}(?:\s+{CAP_WORD})?)$")
#: a city set off by a comma or a bracket inside a line, then a comma before what follows it ("Briefing by
#: Spokesperson X, Moscow, October 4, 2017", "Briefing by X (Moscow, May 15, 2024)"), as group "place"
_CITY_SET_OFF = lazy_compile(rf"[,(][^\S\n]*(?P<place>{_CITY_NAME})[^\S\n]*,[^\S\n]*")
#: a clock time on a date line ("7:17 p.m.", "14:10"), before the place the line closes with
_CLOCK = lazy_compile(rf"\d{{1,2}}[:.]\d{{2}}(?:[^\S\n]*{HALF_OF_DAY})?[^\S\n]*")
#: the end of a line after its date: a closing bracket or a full stop at most
_LINE_CLOSE = lazy_compile(r"[^\S\n]*[).:]?[^\S\n]*$")
_TITLE_WORDS = 16  # words of a title line that closes on its place and date
_CITY_LINES = 6  # a dateline opens one of the first lines
_PLACE_LINES = 12  # a known place may open a line further down, under the page's furniture
_PLACE_MARK = lazy_compile(r"[^\S\n]{0,3}(?:[,:(]|[-–—]\s|\.[-–—])")
_DIGIT = lazy_compile(r"\d")
# a reading of a weather widget under a city's name ("5 °C", "+12°", "-3 °F"): no date
_TEMPERATURE = lazy_compile(r"[+\-−–]?\d+(?:[.,]\d+)?[^\S\n]*°[^\S\n]*[CF]?")
_WORD = lazy_compile(r"\S+")
_COUNTRY_AFTER = lazy_compile(rf",[^\S\n]*({CAP_WORD}(?:[^\S\n]+{CAP_WORD}){{0,2}})")
_CITY_WORDS = 3  # words of a city's name
_PAIRED_PLACE = lazy_compile(rf"[^\S\n]+[-–—][^\S\n]+({CAP_WORD}(?:[^\S\n]+{CAP_WORD}){{0,2}})[^\S\n]*$")
_HEAD_LINE_CHARS = 60  # characters of a line where a city and its date are looked for
_DATELINE_DOTS = ("·", "•")  # marks between a dateline's city and its sentence ("Saarbrücken · 13 Minister …")
_SENTENCE_WORDS = 4  # words of the sentence after a dateline's city at least
_LOWER_WORD = lazy_compile(rf"(?<!\S)[{LOWER}]{{3,}}")  # a word in small letters: running text
#: an agency or an outlet a dateline names: a capital (in a script with capitals), a figure or a letter of a script
#: without them to open it ("AFP", "TOP243NEWS", "7SUR7.CD", "Oubangui Médias", "뉴스와이어"), a letter somewhere; no
#: time of day ("(10h30)")
_AGENCY_WORD = rf"(?:[{UPPER}\d]|(?![{LOWER}])[^\W\d_])[\w&.-]{{1,20}}"
_AGENCY = rf"(?=[^()/\n]*[^\W\d_])(?!\d{{1,2}}[hH]\d{{0,2}}\b){_AGENCY_WORD}(?:[ /][{UPPER}][\w&.-]{{1,20}}){{0,2}}"
#: the agency in brackets or slashes after a dateline's city and date, maybe spaced from its brackets ("(AFP) -",
#: "( TOP243NEWS)", "/TASS/ -"), or in brackets after the city and its comma, before the first sentence ("New
#: Delhi, (Valnews) The minister …")
_DATELINE_AGENCY = lazy_compile(
    rf"^[^\n]{{0,60}}?(?:\([^\S\n]?(?P<a>{_AGENCY})[^\S\n]?\)\s*[{_DASH}:]|/(?P<b>{_AGENCY})/\s*[{_DASH}]"
    rf"|\([^\S\n]?(?P<c>{_AGENCY})[^\S\n]?\)\s*$"
    rf"|^(?P<city>[^\n,()]{{2,40}}),[^\S\n]*\((?P<d>{_AGENCY})\)[^\S\n]+(?=[{UPPER}]))",
    re.M,
)
_DATE_ISH = r"[^\n|]*(?:\d{1,2}[./:h]\d{2}|(?:19|20)\d\d)[^\n|]*"
#: an outlet named after a date line's bar may link its capitalised words by short small words or an elision, as a
#: paper's name does ("… 2012 | Le Temps de Valdor", "… | L'Écho d'Abidjan")
_LINKED_OUTLET = rf"{CAP_WORD}(?:[^\S\n]+(?:[{LOWER}]{{1,3}}(?:[^\S\n]+|['’]))?{CAP_WORD}){{0,3}}"
_DATE_LINE_AGENCY = lazy_compile(
    rf"^(?:(?P<a>{_AGENCY})\s*\|{_DATE_ISH}|{_DATE_ISH}\|\s*(?P<b>{_AGENCY}|{_LINKED_OUTLET}))\s*$", re.M
)
#: an outlet whose name has a number in it, in capitals, opening the text before a dash: "VALNEWS221 – Le …"; no
#: city's name holds a digit, nor a word of the sentence; four letters at least ("G20 –" is a summit)
_NUMBERED_OUTLET = lazy_compile(
    rf"^[^\S\n]*(?P<a>(?=(?:\d*[{UPPER}]){{4}})[{UPPER}][{UPPER}\d]*\d[{UPPER}\d]*)[^\S\n]*[{_DASH}][^\S\n]+[{UPPER}]",
    re.M,
)
#: an outlet opening the text, a dash, then the country the story is filed under and a full stop before its first
#: sentence: "Valnews – Mali. La réunion …"; one to three capitalised words, a hyphen maybe ("Africa-Press")
_COUNTRY_TAGGED_OUTLET = lazy_compile(
    rf"^[^\S\n]*(?P<a>{CAP_WORD}(?:[^\S\n]{CAP_WORD}){{0,2}})[^\S\n]+[{_DASH}][^\S\n]+"
    rf"(?P<region>[{UPPER}][^.\n]{{1,40}}?)\.[^\S\n]+[{UPPER}]",
    re.M,
)
#: where a dispatch credits its agency, by the register of agencies (`briefparse.agencies`): the strong shapes
STRONG_CREDITS = ("dateline", "signature", "byline")
_HEAD_CHARS = 800
# after a dateline's date: an agency in parentheses or slashes, a dash or a colon ("(AFP) -", "./TASS/", ".- ",
# ": "), an agency then a dash (". KazTAG —"), or a comma, its city and its agency ("24 May, Minsk /BelTA/"); any
# of them maybe after the time of day the dispatch was sent ("Porta Nova, 14 mars, 18h30 – ")
_AFTER_DATELINE_DATE = lazy_compile(
    r"^(?:,?[^\S\n]*[0-2]?\d[:hH][0-5]\d(?!\d))?"
    # a dash or a colon, not one that runs on to the range's last day ("held May 2-3 in Baku": no dateline)
    r"\s*(?:\)|\.?\s*/|\.?\s*\(|,?\s*\d{4}\s*\(|\.?[^\S\n]*[-–—:](?![^\S\n]*\d)"
    r"|\.[^\S\n]*[^\W\d][\w ]{0,20}?[^\S\n][-–—]\s"
    r"|,[^\S\n]*[^\W\d][\w .-]{1,30}?[^\S\n]*[(/]"
    rf"|,[^\S\n]*[{UPPER}][{UPPER}&.]{{1,9}}[^\S\n]*[-–—]\s)"  # an agency's initials: "Accra, May 18, GNA – "
)
_AGENCY_AFTER_DATE = lazy_compile(
    r"^(?:,?[^\S\n]*\d{4})?[^\S\n]*(?:\([^()\n]{2,40}\)|,[^\S\n]*[^\W\d][\w .-]{1,30}?[^\S\n]*/[^/\n]{2,40}/)"
    r"[^\S\n]*[-–—:.]"
)
_FULL_STOP = lazy_compile(r"^\.[^\S\n]+[\w«\"“]")
#: a long dash, or a hyphen set off by spaces, after a date that opens its line, then the sentence or the release's
#: place: a release's dateline ("March 14, 2023 -- The minister …", "14 mars 2023 — Le ministre …", "March 14, 2023
#: - Valdor City, Region - Ministry of Trade")
_DASH_THEN_SENTENCE = lazy_compile(rf"^[^\S\n]*(?:--|[–—]|(?<=\s)-)[^\S\n]+[{UPPER}]")
#: a place and its agency in parentheses or slashes before the date: "Addis Ababa (ENA) February 16/2023 The Minister
#: …", "Addis Ababa /ENA/ January 25/2023 Prime Minister …"
_PLACE_AND_AGENCY = lazy_compile(rf"^(?:[{UPPER}][\w'’.-]*,?[^\S\n]+){{1,4}}(?:\({_AGENCY}\)|/{_AGENCY}/)[^\S\n]*$")
#: a place, maybe its country after a comma, maybe an article, then the date: "Alger le ", "Nairobi, Kenya, "
_PLACE_BEFORE = lazy_compile(
    rf"^(?P<place>(?:[{UPPER}][\w'’.-]*[^\S\n]+){{0,2}}[{UPPER}][\w'’.-]*)"
    rf"(?:,[^\S\n]*(?P<country>[{UPPER}][\w'’.-]*(?:[^\S\n]+[{UPPER}][\w'’.-]*)?))?,?[^\S\n]+"
    rf"(?:(?P<article>[^\W\d]{{1,3}})[^\S\n]+)?$"
)
#: the last word before a date, maybe then a bracket, a comma or a dash
_LAST_WORD = lazy_compile(r"(\w+)[^\w\n]*$")
_RESTATING_MARKS = " \t([,"  # what stands between a day's word and the date in figures that restates it
#: the sentence opens right after a dateline's date, maybe after a full stop: "… 15/06/2023 Le ministre …"
_SENTENCE_AFTER = lazy_compile(rf"^\.?[^\S\n]+[{UPPER}]")
#: a photo's credit closing its caption's line after the date: ". - Jan Novak - AFP", ". © Jan Novak / Reuters"
_PHOTO_CREDIT = lazy_compile(
    rf"^\.?[^\S\n]*[{_DASH}©][^\S\n]*[^\n]{{2,40}}?[^\S\n][{_DASH}/][^\S\n]*[A-Z][\w.]{{1,12}}[^\S\n]*$"
)
#: a dateline in parentheses, maybe after its city: "(Kiel, 26. Juni 2019) Der …", "MOSCOW (Valdor News - 11th
#: June, 2020) Russian …": capitalised words at most before the parenthesis, the date closing it, the text after
#: an outlet's capitalised words filling what stands between a date line's bar and its date
_OUTLET_BEFORE_DATE = lazy_compile(rf"[^\S\n]*(?P<outlet>{_LINKED_OUTLET})[^\S\n]*$")
_BRACKETED_BEFORE = lazy_compile(rf"^(?:[{UPPER}][\w'’.-]*[/,]?[^\S\n]*){{0,3}}[(\[][^()\[\]\n]{{0,50}}$")
#: the parenthesis or the square bracket closes it, maybe with a full stop, a dash or a colon ("(Ouagadougou, 10 mai
#: 2023). Le ministre …", "(Alger, le 3 mars 2021) - Le ministre …", "[Valdor, March 3, 2021] The minister …")
_BRACKETED_AFTER = lazy_compile(r"^[)\]]\.?(?:[^\S\n]*[-–—:])?[^\S\n]+\w")
#: a place written as one to four capitalised words, maybe with commas ("KINGSTON, JAMAICA, ", "Москва, "): the
#: date after it ends the dateline with a full stop
_CAPITALISED_PLACE = lazy_compile(rf"^(?:[{UPPER}][\w'’.-]*,?[^\S\n]+){{1,4}}$")
#: a credit and its date in figures in brackets before a headline ("[Bundesregierung - 14.06.2013] ")
_BRACKETED_STAMP = lazy_compile(
    r"\[[^\[\]\n]{0,60}?(?<!\d)\d{1,2}[./]\d{1,2}[./](?:19|20)\d\d(?!\d)[^\[\]\n]{0,20}\][^\S\n]+(?=\w)"
)
_SENTENCE_HEAD = lazy_compile(
    rf"(?P<city>[{UPPER}][\w'’.]{{0,30}}(?:[ -][{UPPER}][\w'’.]{{0,30}}){{0,3}})"
    r"(?P<date>,?[^\S\n]+(?=[^\n()/:–—-]{0,20}\d)[^\n()/:–—-]{1,30}?)?"  # ", Sept. 30", ", le 20 août 2020"
    r"(?P<agency>[^\S\n]*(?:\([^()\n]{1,40}\)|/[^/\n]{1,30}/))?"  # "(Reuters)", "/CNW Telbec/"
    r"[^\S\n]*(?:-{1,2}|[–—]|:|\.-)[^\S\n]+"
)


@dataclass(frozen=True, eq=False)
class Dateline:
    """What the opening lines of a brief say as a dateline, each part read once, when first asked for."""

    doc: Document

    @cached_property
    def credits(self) -> list[Credit]:
        """Every place the text credits a news agency or a press service (see `briefparse.agencies`); not a photo's
        credit after a caption's cue ("Фото: Алексей Белкин/NEWS.ru/ТАСС") or before a photo word ("— Bernama pic"),
        save a copyright line's."""
        language = self.doc.language
        if language is None:
            return []
        text = self.doc.text
        photo = compiled(language).cues.photo_after
        return [
            c
            for c in find_credits(text)
            if c.shape == "copyright"
            or not (_photo_credit(text, c.start, language, closing=c.shape == "closing") or photo.match(text, c.end))
        ]

    @cached_property
    def cities(self) -> tuple[Span, ...]:
        """Cities that open one of the first lines and are followed by a date or an agency, in order ("Nairobi, May
        12 (KNA) -", a known city even with no mark before its date: "Nairobi May 12/ 2023 -"); or a known place
        followed by a colon or a dash further down ("Muscat: …")."""
        return _cities(self.doc) if self.doc.language else ()

    @cached_property
    def agency(self) -> Span | None:
        """The agency the dispatch credits: one the register knows in a dateline, a signature line or a byline
        ("(Xinhua) --", "ASTANA. KAZINFORM –", "AIO/KPM/ANP"), else an unknown one in a dateline's shape or a
        date line near the top ("(APS) -", "… | Xinhua")."""
        if self.doc.language is None:
            return None
        strong = next((c for c in self.credits if c.shape in STRONG_CREDITS), None)
        return self.doc.span(strong.start, strong.end) if strong else _agency(self.doc)


def _cities(doc: Document) -> tuple[Span, ...]:
    """The city a line opens with, when a date or an agency follows it on the same line, or a date the next;
    or, further down the opening lines, a city or country the gazetteer knows, then a comma, a colon or a dash
    ("Muscat: His Majesty …", "Baku, Azerbaijan, Nov. 30"). An agency's name is no city ("Xinhua")."""
    rest_pattern = compiled(doc.language).places.dateline_rest
    found = []
    for number, paragraph in enumerate(doc.paragraphs[:_PLACE_LINES]):
        if is_boilerplate(paragraph.text, doc.language):
            continue  # a tag list ("Теги: …"), a menu: no dateline
        closing = _closing_place(doc, paragraph) if number < _CITY_LINES else None
        if closing:
            found.append(closing)
            continue
        bracketed = _BRACKETED_CITY.match(doc.text, paragraph.start, paragraph.end)
        if bracketed and number < _CITY_LINES and _bracketed_dateline(doc, bracketed):
            found.append(doc.span(bracketed.start("place"), bracketed.end("place")))
            continue
        match = _CITY_LINE.match(doc.text, paragraph.start, paragraph.end)
        if match and (credit := _CREDITED.match(match.group("place"))) and agencies_named(credit.group("agency")):
            # a city, a full stop and its agency ("АСТАНА. КАЗИНФОРМ —"): the city alone
            if number < _CITY_LINES:
                found.append(doc.span(match.start("place"), match.start("place") + credit.end("city")))
            continue
        if not match or agencies_named(match.group("place")):
            opening = number < _CITY_LINES
            city = (_city_then_date(doc, paragraph) or _city_then_sentence(doc, paragraph)) if opening else None
            # further down, under a page's furniture, only a city set off by its full stop ("Wien. Zwei Tage …")
            city = city or (None if opening else _city_then_sentence(doc, paragraph, stopped_only=True))
            found += [city] if city else []
            continue
        rest = doc.text[match.end("others") : paragraph.end]
        if _place_pair(doc, rest):
            continue  # a kicker of two places ("España - Estados Unidos"): what the story is about, no dateline
        town = _town_and_country(doc, match.group("place"), rest)
        if town and number < _CITY_LINES:
            found.append(doc.span(match.start("place"), match.end("place") + town))
            continue
        next_line = doc.text[paragraph.end : paragraph.end + 40]
        # the digit of a date on the next line, not of a temperature a weather widget shows under its city
        dated = rest_pattern.match(rest) or (not rest.strip() and _DIGIT.search(_TEMPERATURE.sub("", next_line)))
        kind = place_kind(match.group("place"), doc.language.code)
        # a country set off by a colon in small letters is a kicker, what the story is about ("Congo : le président
        # …"); in capitals, an agency's dateline ("KUWAIT: The minister …")
        kicker = kind == "country" and rest.lstrip().startswith(":") and not match.group("place").isupper()
        known = _PLACE_MARK.match(rest) and kind in ("city", "country") and not kicker
        # a known city alone on its line, right over the story's first sentence ("Washington" / "Im Rahmen …")
        alone = not rest.strip() and kind == "city" and _story_follows(doc, number)
        if ((dated or alone) and number < _CITY_LINES) or known:
            found.append(doc.span(match.start("place"), match.end("place") - _full_stop(doc, match.group("place"))))
    return tuple(found)


def _closing_place(doc: Document, paragraph: Segment) -> Span | None:
    """The city a short line of the page's head prints with the date it closes on, as an official page titles a
    briefing or a statement ("Briefing by Foreign Ministry Spokesperson X, Moscow, October 4, 2017", "Briefing by X
    (Moscow, May 15, 2024)"), or its date line closes on, after the date and its time ("Friday, November 23, 2018,
    7:17 p.m. Rome, Italian Republic", "February 23, 2012, Alexander Garden, Moscow"): where it was given. The
    gazetteer knows the city; a country may close the line after it."""
    line = paragraph.text
    if len(line.split()) > _TITLE_WORDS:
        return None
    absolute, code = compiled(doc.language).dates.absolute, doc.language.code
    for match in _CITY_SET_OFF.finditer(doc.text, paragraph.start, paragraph.end):
        if not doc.text[paragraph.start : match.start()].strip():
            continue  # a bracketed aside on a line of its own ("(Niamey, 14 février 2022)") titles nothing
        dated = absolute.match(doc.lower, match.end(), paragraph.end)
        closes = dated and _LINE_CLOSE.match(doc.text, dated.end(), paragraph.end)
        if closes and place_kind(match.group("place"), code) == "city":
            return doc.span(match.start("place"), match.end("place"))
    opening = absolute.search(doc.lower, paragraph.start, paragraph.end)
    if opening is None or doc.text[paragraph.start : opening.start()].count(" ") > 1:
        return None  # a date line opens on its date, maybe after its weekday
    tail = doc.text[opening.end() : paragraph.end]
    clock = _CLOCK.search(tail)
    tail = tail[clock.end() :] if clock else tail
    parts = [part.strip(" .") for part in tail.split(",")]
    named = [part for part in parts if part]
    if not named or len(named) > _CITY_WORDS:
        return None
    kinds = [place_kind(part, code) for part in named]
    if kinds[-1] == "city" or (len(named) > 1 and kinds[-2:] == ["city", "country"]):
        city = named[-1] if kinds[-1] == "city" else named[-2]
        at = doc.text.rfind(city, opening.end(), paragraph.end)
        return doc.span(at, at + len(city))
    return None


def _bracketed_dateline(doc: Document, bracketed: re.Match[str]) -> bool:
    """A bracketed city and date open a line: the gazetteer knows the city, a date follows its comma, and the
    story's sentence goes on after the closing bracket on the same line ("(Dakar, le 3 mai 2021) Le ministre …")."""
    rest_pattern = compiled(doc.language).places.dateline_rest
    line_end = doc.text.find("\n", bracketed.end())
    story = doc.text[bracketed.end() : line_end if line_end >= 0 else len(doc.text)]
    return (
        place_kind(bracketed.group("place"), doc.language.code) == "city"
        and bool(rest_pattern.match(bracketed.group("rest")))
        and len(_LOWER_WORD.findall(story)) >= _SENTENCE_WORDS
    )


def _story_follows(doc: Document, number: int) -> bool:
    """The paragraph after the numbered one is running text: a sentence of several words, some in small letters."""
    if number + 1 >= len(doc.paragraphs):
        return False
    following = doc.paragraphs[number + 1].text
    return len(following.split()) >= _SENTENCE_WORDS and len(_LOWER_WORD.findall(following)) >= _SENTENCE_WORDS


def _full_stop(doc: Document, place: str) -> int:
    """1 when the place ends with a full stop that closes the dateline, not its name ("SANTO DOMINGO. –"): the
    gazetteer knows it without the stop; else 0 ("Washington D.C.")."""
    return int(place.endswith(".") and place_kind(place[:-1], doc.language.code) is not None)


def _place_pair(doc: Document, rest: str) -> bool:
    """The rest of a line is a dash, then only a country's name: the line pairs two places."""
    pair = _PAIRED_PLACE.match(rest)
    return bool(pair) and place_kind(pair.group(1), doc.language.code) == "country"


def _town_and_country(doc: Document, place: str, rest: str) -> int:
    """Where a place the gazetteer does not know as a city (a town, a misspelt city, a town that names its province:
    "Soufrière") ends with its country after it, when a date or an agency follows ("KINGSTOWN, St Vincent, January
    22, 2018 -"); else 0."""
    country = _COUNTRY_AFTER.match(rest)
    if not country or not compiled(doc.language).places.dateline_rest.match(rest, country.end()):
        return 0
    code = doc.language.code
    town = place_kind(place, code) in (None, "province")
    return country.end() if town and place_kind(country.group(1), code) == "country" else 0


def _city_then_date(doc: Document, paragraph: Segment) -> Span | None:
    """A city the gazetteer knows that opens a line, then a date with no mark between ("Nairobi May 12/ 2023 -",
    "Cotonou le 12 mai 2023 -")."""
    dates = compiled(doc.language).dates
    determiners = {d.lower() for d in doc.language.determiners}
    if not doc.text[paragraph.start].isupper():
        return None  # a line that opens in lower case opens with no city
    words = list(_WORD.finditer(doc.text, paragraph.start, min(paragraph.end, paragraph.start + _HEAD_LINE_CHARS)))
    for count in range(min(_CITY_WORDS, len(words) - 1), 0, -1):
        city = doc.text[paragraph.start : words[count - 1].end()]
        rest = words[count]
        if rest.group(0).lower() in determiners and count + 1 < len(words):
            rest = words[count + 1]
        dated = dates.absolute.match(doc.lower, rest.start()) or dates.numeric.match(doc.lower, rest.start())
        if dated and place_kind(city, doc.language.code) == "city":
            return doc.span(paragraph.start, words[count - 1].end())
    return None


def _city_then_sentence(doc: Document, paragraph: Segment, stopped_only: bool = False) -> Span | None:
    """A city the gazetteer knows that opens a line in a paper's own dateline shape, the story's sentence right
    after it: set off by a middle dot or a bullet ("Saarbrücken · 13 Ministerpräsidenten …"), by a full stop
    ("Düsseldorf. Bundespräsident …"), or by nothing when the city is written in capitals ("OBERPFALZ/MÜNCHEN Zu
    Ehren …") or an article opens the sentence ("Düsseldorf Der Ministerpräsident …"); the first of two places joined
    by a slash that is a city. Not a line of places ("Berlin · Hamburg · München"). With `stopped_only`, only a city
    set off by a full stop."""
    line = doc.text[paragraph.start : paragraph.end]
    if not line[:1].isupper() or not _LOWER_WORD.search(line):
        return None  # a line that opens in lower case opens with no city; a line of names alone is no sentence
    determiners = {d.casefold() for d in doc.language.determiners}
    role_noun = compiled(doc.language).names.role_noun
    code = doc.language.code
    words = [w.group(0) for w in _WORD.finditer(line, 0, _HEAD_LINE_CHARS)]
    for count in range(min(_CITY_WORDS, len(words) - _SENTENCE_WORDS), 0, -1):
        head = " ".join(words[:count])
        stopped = head.endswith(".")
        following = words[count:]
        dotted = following[0] in _DATELINE_DOTS
        first, second = following[dotted], following[dotted + 1]
        # a place after it makes a line of places ("Berlin · Hamburg · München"), unless the role it names the holder
        # of opens the sentence ("Rom. Deutschlands Bundespräsident hat …")
        holder = role_noun.fullmatch(second.casefold().strip(",.")) is not None
        if not (first[:1].isupper() or first[:1].isdigit()) or (place_kind(first.strip(",.·•"), code) and not holder):
            continue
        capitals = head.isupper() and sum(c.isalpha() for c in head) > 2
        if not (stopped or dotted or capitals or first.casefold() in determiners) or (stopped_only and not stopped):
            continue
        city = next((part for part in head.rstrip(".").split("/") if place_kind(part, code) == "city"), None)
        if city:
            at = paragraph.start + line.index(city)
            return doc.span(at, at + len(city))
    return None


def _agency(doc: Document) -> Span | None:
    """An agency in the language's own dateline shapes, a dateline or a date line near the top; not a page's
    furniture word in that place ("June 4, 2017 PRINT | E-MAIL"), nor a photo's credit ("Фото: X/NEWS.ru/ТАСС"), nor
    the end mark of a short brief ("(END)")."""
    head = doc.text[:_HEAD_CHARS]
    furniture = compiled(doc.language).names.not_names
    shapes = (
        *compiled(doc.language).source.datelines,
        _DATELINE_AGENCY,
        _DATE_LINE_AGENCY,
        _NUMBERED_OUTLET,
        _COUNTRY_TAGGED_OUTLET,
    )
    sections = {fold(w) for w in doc.language.section_names}
    for pattern in shapes:
        for match in pattern.finditer(head):
            group = next(g for g in ("agency", "a", "b", "c", "d") if match.groupdict().get(g))
            if group == "d" and not place_kind(match.group("city").strip(), doc.language.code):
                continue  # brackets after a comma credit an outlet only after the dispatch's city
            if _photo_credit(head, match.start(group), doc.language) or not doc.text[match.end() :].strip():
                continue  # a caption's credit, or a mark that ends the text ("(END)"): a dateline opens what follows
            written = match.group(group).strip()
            if names_a_photo(written, doc.language):
                continue  # a photo's credit in brackets closing a caption or a headline: "(Photo/Courtesy)"
            if place_kind(written, doc.language.code) and not agencies_named(written):
                continue  # the dispatch's city in brackets ("(Innsbruck)-OTS."): its agency follows, if any
            region = match.groupdict().get("region")
            if region is not None and (place_kind(region, doc.language.code) != "country" or fold(written) in sections):
                continue  # not a country the story is filed under, or a rubric before it ("Diplomatie – Mali.")
            if pattern is _DATE_LINE_AGENCY and group == "a" and (outlet := _outlet_after_byline(doc, match)):
                return outlet
            if fold(match.group(group)).replace("-", "") not in furniture:
                return doc.span(match.start(group), match.end(group))
    return None


def _outlet_after_byline(doc: Document, match: re.Match[str]) -> Span | None:
    """The outlet of a date line that a writer signs in capitals before its bar, written between the bar and the
    date ("JEAN VALMONT | Valdor Tribune Lundi le 05 Mars 2012"); None when the name before the bar is one word, not
    in capitals or an agency of the register, or when the date follows the bar at once ("DAILY NEWS | 5 March")."""
    writer = match.group("a").strip()
    if not writer.isupper() or " " not in writer or agencies_named(writer):
        return None
    after_bar = doc.text.index("|", match.end("a")) + 1
    date = compiled(doc.language).names.gap_stop.search(doc.text, after_bar, match.end())
    outlet = _OUTLET_BEFORE_DATE.match(doc.text, after_bar, date.start() if date else after_bar)
    return doc.span(outlet.start("outlet"), outlet.end("outlet")) if outlet else None


def _photo_credit(text: str, at: int, language: Language, closing: bool = False) -> bool:
    """A caption's cue stands before `at` on its line ("Фото: Алексей Белкин/", "Foto: "), or, before a credit that
    closes its line, a slash set off by spaces that leads to the photographer ("El ministro, en Madrid. / Ana Ruiz –
    Europa Press"): a photo's credit."""
    before = text[text.rfind("\n", 0, at) + 1 : at]
    return (closing and " / " in before) or is_caption(before, language)


def is_dateline_date(before: str, after: str, language: Language, dated: bool = False) -> bool:
    """A date written in a dateline, given the text before it on its line and the text after it: a place (maybe
    an opening parenthesis or an article) before, a parenthesis, a slash, a dash or a colon after ("PARIS, 12
    mars (AFP) -", "Madrid, 3 mar (EFE)", "Suva [Fiji], May 15 :"); nothing before when an agency follows the
    date ("March 14, 2023 (Valdor News) --", "24 сентября, Минск /БЕЛТА/") or, with its year, a long dash and the
    sentence ("March 14, 2023 -- The minister …"); a dateline in parentheses ("(Kiel,
    26. Juni 2019) Der Präsident …"); a full stop after when the place is
    capitalised words ("KINGSTON, JAMAICA, January 22, 2018. The Prime Minister …", "Москва, 29 марта. Глава");
    a place and its agency before ("Addis Ababa (ENA) February 16/2023 The …"); a place the gazetteer knows before
    a date with its year (`dated`) that the sentence follows with no mark ("Alger le 15/06/2023 Le ministre …"); such
    a place, or capitalised words, and a date with its year alone on their line but for a full stop: a letter's or a
    release's dateline ("Lima, 9 de Septiembre del 2014.", "Paris, le 21 mars 2007.")."""
    if not before.strip():
        return bool(_AGENCY_AFTER_DATE.match(after) or (dated and _DASH_THEN_SENTENCE.match(after)))
    if _names_weekday(before, language) or _names_relative_day(before, language):
        # a date that restates its weekday or its relative day: "Ce mardi (20.08.2024), l'ambassadeur …", "s'est
        # tenu cet après-midi (21/11/24) à …"
        return False
    if before.strip().lower() in language.yearless_numeric_cues:
        return False  # "Am 04.09. traf die Ministerin …": the word that makes the figures a sentence's date, no place
    if _BRACKETED_BEFORE.match(before) and _BRACKETED_AFTER.match(after):
        return True
    if _PLACE_AND_AGENCY.match(before):
        return True
    if dated and _SENTENCE_AFTER.match(after) and _known_place_before(before, language):
        return True
    if dated and after.strip() == "." and (_CAPITALISED_PLACE.match(before) or _known_place_before(before, language)):
        return True
    if not compiled(language).dates.dateline_before.match(before.lower()):
        return False
    return bool(_AFTER_DATELINE_DATE.match(after) or (_FULL_STOP.match(after) and _CAPITALISED_PLACE.match(before)))


def _names_weekday(before: str, language: Language) -> bool:
    """The text before a date ends with a weekday, maybe then a bracket or a comma: a day the date restates, no
    place."""
    last = _LAST_WORD.search(before)
    return bool(last) and last.group(1).lower() in language.weekdays


def _names_relative_day(before: str, language: Language) -> bool:
    """The text before a date ends with one of the language's relative days, maybe then a bracket or a comma ("cet
    après-midi (", "today, "): the day the date restates, no place."""
    told = before.lower().replace("’", "'").rstrip(_RESTATING_MARKS)
    return any(
        told.endswith(day) and not told[-len(day) - 1 : -len(day)].isalnum() for day in language.relative_days
    )


def _known_place_before(before: str, language: Language) -> bool:
    """The text before a date is a city or a country the gazetteer knows, maybe with its country and an article
    ("Alger le ", "Nairobi, Kenya, ")."""
    place = _PLACE_BEFORE.match(before)
    if not place or (place.group("article") and place.group("article").lower() not in language.determiners):
        return False
    kinds = ("city", "country")
    country = place.group("country")
    return place_kind(place.group("place"), language.code) in kinds and (
        country is None or place_kind(country, language.code) == "country"
    )


def photo_credit_follows(after: str) -> bool:
    """The rest of a date's line is a photo's credit: the date is a caption's, when the picture was taken ("Jan
    Novak, le 7 mars 2018. - Lena Gruber - AFP")."""
    return bool(_PHOTO_CREDIT.match(after))


def dateline_end(text: str, start: int, end: int) -> int:
    """Where the dateline at the head of text[start:end] ends ("GENEVA, March 12 (Reuters) - "), or `start`
    when there is none: a city in capitals, or a city with a date or an agency, then a dash or a colon."""
    head = _SENTENCE_HEAD.match(text, start, end)
    if head and (head.group("city").isupper() or head.group("date") or head.group("agency")):
        return head.end()
    return start


def credit_end(text: str, start: int, end: int) -> int:
    """Where the dispatch's credit that the page glued before a headline on its line ends, or `start` when there is
    none: a dateline, its place in capitals with its date, or an agency, then a dash ("UZBEKISTAN, August 21 - ",
    "AMI - "), or a credit with its date in brackets ("[Bundesregierung - 14.06.2013] "). A place alone before a
    dash or a colon is the headline's own ("GUINEE- Primature : …", "Berlin: …")."""
    bracketed = _BRACKETED_STAMP.match(text, start, end)
    if bracketed:
        return bracketed.end()
    head = _SENTENCE_HEAD.match(text, start, end)
    if head is None or head.group(0).rstrip()[-1] not in _DASH:
        return start
    city = head.group("city")
    if (city.isupper() and head.group("date")) or head.group("agency") or agencies_named(city):
        return head.end()
    return start
