"""Event and publication dates (issue 3): written forms, year inference, relative words, choice of the main event.

Every brief here is invented for the test.
"""

import datetime as dt

import pytest

import briefparse
from briefparse.document import load_document

REF = dt.date(2023, 6, 10)  # a Saturday

FR_TITLE = "Le ministre tunisien reçoit son homologue italien\n\n"
FR_LEAD = (
    "le ministre tunisien des Affaires étrangères, Hédi Marzouki, a reçu {when} son homologue italien, Paolo Verdani."
)
EN_TITLE = "Polish FM meets Slovak counterpart\n\n"
EN_LEAD = "Foreign Minister Anna Kowalczyk met with her Slovak counterpart Peter Hlinka {when} in Warsaw."


def fr(when: str, before: str = "", after: str = "") -> str:
    lead = FR_LEAD.format(when=when)
    return (FR_TITLE + before + (lead[0].upper() + lead[1:] if not before else lead) + after).replace("  ", " ")


def en(when: str, before: str = "", after: str = "") -> str:
    return (EN_TITLE + before + EN_LEAD.format(when=when) + after).replace("  ", " ")


def parse(text: str, reference: dt.date | None = REF) -> briefparse.Brief:
    brief = briefparse.parse(text, reference_date=reference)
    span = brief.evidence.date.span if brief.evidence.date else None
    if span is not None:  # every date span slices the document text exactly
        assert load_document(text).text[span.start : span.end] == span.text
    return brief


# --- written forms --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "iso", "words"),
    [
        (fr("le 19 septembre 2022"), "2022-09-19", "19 septembre 2022"),
        (fr("le 3/04/2021"), "2021-04-03", "3/04/2021"),  # day first in French
        (fr("le 2021-04-03"), "2021-04-03", "2021-04-03"),
        (en("on September 19, 2022"), "2022-09-19", "September 19, 2022"),
        (en("on 19 September 2022"), "2022-09-19", "19 September 2022"),
        (en("on 2022-09-19"), "2022-09-19", "2022-09-19"),
        (en("on 4/3/2021"), "2021-04-03", "4/3/2021"),  # month first in English
    ],
    ids=["fr-long", "fr-numeric-day-first", "fr-iso", "en-long", "en-day-month", "en-iso", "en-numeric-month-first"],
)
def test_full_dates_are_explicit(text, iso, words):
    brief = parse(text)
    assert brief.date == iso
    assert brief.evidence.date.span.text == words
    assert brief.evidence.date.basis == "explicit"
    assert brief.evidence.date.year_inferred is False


@pytest.mark.parametrize(
    ("text", "iso", "words"),
    [
        (fr("le 1er mars"), "2023-03-01", "1er mars"),
        (fr("le 19 sept."), "2022-09-19", "19 sept."),  # "sept." is September, never July
        (en("on 19 Sept."), "2022-09-19", "19 Sept."),
        (en("on Sept. 19"), "2022-09-19", "Sept. 19"),
        (en("on March 3rd"), "2023-03-03", "March 3rd"),
    ],
    ids=["fr-1er", "fr-sept-abbrev", "en-day-sept", "en-sept-day", "en-ordinal"],
)
def test_dates_without_year_take_it_from_the_reference(text, iso, words):
    brief = parse(text)
    assert brief.date == iso
    assert words in brief.evidence.date.span.text
    assert brief.evidence.date.basis == "reference"
    assert brief.evidence.date.year_inferred is True


def test_french_dateline_with_year_is_the_publication_date_and_anchors_hier():
    text = FR_TITLE + "Alger, 12 mars 2023 (APS) - " + FR_LEAD.format(when="hier")
    brief = parse(text)
    assert brief.published == "2023-03-12"
    assert brief.evidence.published.span.text == "12 mars 2023"
    assert brief.date == "2023-03-11"
    assert brief.evidence.date.span.text == "hier"
    assert brief.evidence.date.basis == "relative"


def test_english_dateline_without_year():
    text = en("", before="NEW YORK, Sept 19 (Reuters) - ")
    brief = parse(text, reference=dt.date(2022, 9, 25))
    assert brief.date == "2022-09-19"
    assert brief.published == "2022-09-19"
    assert brief.evidence.date.span.text == "Sept 19"
    assert brief.evidence.date.year_inferred is True


def test_english_dateline_with_year_anchors_yesterday():
    text = EN_TITLE + "NEW YORK, Sept 21, 2022 (Reuters) - " + EN_LEAD.format(when="yesterday")
    brief = parse(text)
    assert brief.published == "2022-09-21"
    assert brief.date == "2022-09-20"
    assert brief.evidence.date.basis == "relative"


@pytest.mark.parametrize("header", ["02 Août 2018", "02 août 2018"])
def test_french_header_date_line(header):
    brief = parse(FR_TITLE + header + "\n\n" + fr("").split("\n\n", 1)[1])
    assert brief.date == "2018-08-02"
    assert brief.published == "2018-08-02"
    assert brief.evidence.date.span.text == header


# --- year inference -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "reference", "iso", "words"),
    [
        (fr("", before="Lundi 19 septembre, "), dt.date(2025, 1, 15), "2022-09-19", "Lundi 19 septembre"),
        (fr("mardi 14 mars"), dt.date(2023, 1, 5), "2017-03-14", "mardi 14 mars"),  # 2023-03-14 is after the reference
        (en("", before="On Monday, September 19, "), dt.date(2025, 1, 15), "2022-09-19", "Monday, September 19"),
        (en("on Tuesday 14 March"), dt.date(2023, 1, 5), "2017-03-14", "Tuesday 14 March"),
    ],
    ids=["fr-lundi", "fr-mardi-before-reference", "en-monday", "en-tuesday-before-reference"],
)
def test_weekday_fixes_the_year(text, reference, iso, words):
    brief = parse(text, reference=reference)
    assert brief.date == iso
    assert brief.evidence.date.span.text == words
    assert brief.evidence.date.basis == "weekday"
    assert brief.evidence.date.year_inferred is True


def test_weekday_year_without_reference_date_is_the_latest_past_one():
    brief = parse(fr("", before="Lundi 19 septembre, "), reference=None)
    assert brief.date == "2022-09-19"  # the latest Monday 19 September up to today (until 2033)
    assert brief.evidence.date.basis == "weekday"


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        (fr("le 28 décembre"), "2022-12-28"),  # would be ~a year after the reference: the year before
        (fr("le 8 janvier"), "2023-01-08"),  # a few days after the reference: still its year
        (fr("le 20 janvier"), "2022-01-20"),
        (en("on December 28"), "2022-12-28"),
        (en("on January 8"), "2023-01-08"),
        (en("on January 20"), "2022-01-20"),
    ],
    ids=["fr-december", "fr-few-days-after", "fr-weeks-after", "en-december", "en-few-days-after", "en-weeks-after"],
)
def test_year_without_weekday_is_the_reference_year_or_the_one_before(text, iso):
    brief = parse(text, reference=dt.date(2023, 1, 5))
    assert brief.date == iso
    assert brief.evidence.date.basis == "reference"
    assert brief.evidence.date.year_inferred is True


# --- relative words -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "iso", "words"),
    [
        (fr("aujourd'hui"), "2023-06-10", "aujourd'hui"),
        (fr("aujourd’hui"), "2023-06-10", "aujourd’hui"),
        (fr("hier"), "2023-06-09", "hier"),
        (fr("ce jeudi"), "2023-06-08", "jeudi"),
        (fr("lundi dernier"), "2023-06-05", "lundi dernier"),
        (fr("la semaine dernière"), "2023-06-03", "la semaine dernière"),
        (en("today"), "2023-06-10", "today"),
        (en("yesterday"), "2023-06-09", "yesterday"),
        (en("on Monday"), "2023-06-05", "Monday"),
        (en("last Thursday"), "2023-06-08", "last Thursday"),
        (en("last week"), "2023-06-03", "last week"),
    ],
)
def test_relative_words_resolve_against_the_reference_date(text, iso, words):
    brief = parse(text)
    assert brief.date == iso
    assert brief.evidence.date.span.text == words
    assert brief.evidence.date.basis == "relative"
    assert brief.evidence.date.year_inferred is True
    assert brief.published is None


@pytest.mark.parametrize(
    "text",
    [fr("hier"), fr("ce jeudi"), en("yesterday"), en("on Monday"), fr("le 28 décembre"), en("on March 3")],
    ids=["fr-hier", "fr-jeudi", "en-yesterday", "en-monday", "fr-no-year", "en-no-year"],
)
def test_without_an_anchor_relative_words_and_missing_years_give_no_date(text):
    """An archived brief that says only "hier" is not dated by the day the command runs."""
    brief = parse(text, reference=None)
    assert brief.date is None
    assert brief.evidence.date is None


@pytest.mark.parametrize(
    ("head", "iso"),
    [
        ("14-03-2023 06:52 PM\n", "2023-03-14"),  # day, month and year joined by hyphens
        ("14 March 202316:39\n", "2023-03-14"),  # a time stuck to the year by a page's markup
        ("11:05 March 14, 2023\n", "2023-03-14"),  # the minutes of a time are not a day
    ],
    ids=["hyphens", "time-stuck-to-year", "time-before-date"],
)
def test_a_stamp_line_dates_a_brief_that_only_says_today(head, iso):
    assert parse(head + en("today").split("\n\n", 1)[1], reference=None).date == iso


def test_a_dateline_without_its_year_takes_the_year_of_a_full_date_in_the_text():
    text = "Bourg-Neuf, 12 mars (APN) – Le ministre Paul Ndiaye a reçu ce mardi 12 mars 2024 son homologue Ana Ruiz."
    brief = parse(text, reference=None)
    assert brief.date == "2024-03-12"
    assert brief.published == "2024-03-12"


def test_without_an_anchor_a_full_date_in_the_text_anchors_relative_words():
    text = en("yesterday", before="Warsaw, 14 March 2023\n\n")
    assert parse(text, reference=None).date == "2023-03-13"


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        (FR_TITLE + "Publié le 20 septembre 2022\n\n" + fr("lundi").split("\n\n", 1)[1], "2022-09-19"),
        (EN_TITLE + "Posted on September 20, 2022\n\n" + EN_LEAD.format(when="on Monday"), "2022-09-19"),
    ],
    ids=["fr-publie", "en-posted"],
)
def test_relative_words_resolve_against_the_stated_publication_date(text, iso):
    brief = parse(text)
    assert brief.published == "2022-09-20"
    assert brief.evidence.published.year_inferred is False
    assert brief.date == iso
    assert brief.evidence.date.basis == "relative"


@pytest.mark.parametrize(
    ("text", "published", "iso"),
    [
        (FR_TITLE + "Alger, 12 mars (APS) - " + FR_LEAD.format(when="hier"), "2023-03-12", "2023-03-11"),
        (en("on Monday", before="WARSAW, Sept 21 (Reuters) - "), "2022-09-21", "2022-09-19"),
    ],
    ids=["fr-hier", "en-on-monday"],
)
def test_relative_word_resolves_against_a_year_less_dateline(text, published, iso):
    brief = parse(text)
    assert brief.published == published
    assert brief.date == iso
    assert brief.evidence.date.basis == "relative"


# --- the main event's date ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        fr("", before="Depuis le 2 mars 1992, les deux pays entretiennent des relations. Le 19 septembre 2022, "),
        fr("le 19 septembre 2022", after=" Les deux pays entretiennent des relations depuis le 2 mars 1992."),
        fr("le 19 septembre 2022", after=" Une commission mixte se réunira le 4 novembre 2022 à Rome."),
        en("on September 19, 2022", before="Since March 2, 1992, the two countries have had diplomatic relations. "),
        en("on September 19, 2022", after=" The two countries have had diplomatic relations since March 2, 1992."),
        en("on September 19, 2022", after=" A joint commission will meet in Bratislava on November 4, 2022."),
    ],
    ids=["fr-since-before", "fr-since-after", "fr-later-event", "en-since-before", "en-since-after", "en-later-event"],
)
def test_main_event_date_wins_over_other_dates(text):
    brief = parse(text)
    assert brief.date == "2022-09-19"


@pytest.mark.parametrize(
    "text",
    [
        fr("mardi", after=" Les deux pays ont signé un accord de coopération le 2 mars 1992."),
        en("on Tuesday", after=" The two countries signed a cooperation agreement on March 2, 1992."),
    ],
    ids=["fr-signed-1992", "en-signed-1992"],
)
def test_relative_main_event_wins_over_an_older_explicit_date(text):
    brief = parse(text)
    assert brief.date == "2023-06-06"
    assert brief.evidence.date.basis == "relative"


@pytest.mark.parametrize(
    "text",
    [
        fr("", after=" Les deux pays ont signé un accord de coopération le 2 mars 1992."),
        en("", after=" The visit marks the 30th anniversary of relations established on January 1, 1993."),
    ],
    ids=["fr-signed-1992", "en-anniversary-1993"],
)
def test_undated_lead_does_not_take_an_old_date_from_a_later_sentence(text):
    brief = parse(text)
    assert brief.date not in ("1992-03-02", "1993-01-01")


def test_english_ordinal_of_month():
    brief = parse(en("on the 3rd of March"))
    assert brief.date == "2023-03-03"
    assert brief.evidence.date.span.text.endswith("3rd of March")


# --- published ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [fr("mardi"), en("on Tuesday"), fr("le 19 septembre 2022"), en("on Sept. 19")])
def test_reference_date_is_not_echoed_as_published(text):
    brief = parse(text)
    assert brief.published is None
    assert brief.evidence.published is None


def test_published_from_a_publication_line_is_not_the_event_date():
    text = EN_TITLE + "Published: September 21, 2022\n\n" + EN_LEAD.format(when="on September 19, 2022")
    brief = parse(text)
    assert brief.published == "2022-09-21"
    assert brief.evidence.published.span.text == "September 21, 2022"
    assert brief.date == "2022-09-19"


def test_a_saved_page_anchors_relative_words_at_its_publication_date():
    page = (
        '<html lang="en"><head><meta property="article:published_time" content="2021-11-05T08:00:00Z">'
        "<title>Ministers meet in Vienna</title></head><body><h1>Ministers meet in Vienna</h1>"
        "<p>The Slovak Foreign Minister Marek Dobrovský met his Austrian counterpart Lena Gruber in Vienna "
        "yesterday, the ministry said.</p></body></html>"
    )
    brief = briefparse.parse(page.encode())
    assert brief.published == "2021-11-05"
    assert brief.date == "2021-11-04"
    assert brief.evidence.date.basis == "relative"


@pytest.mark.parametrize(
    ("header", "reference", "published"),
    [
        ("Published: 10/04/2024", dt.date(2024, 4, 10), "2024-04-10"),  # month first would be after the reference
        ("Published: 10/04/2024", dt.date(2024, 10, 4), "2024-10-04"),  # the English habit when both fit
        ("Published: 10.04.2024", dt.date(2024, 10, 4), "2024-04-10"),  # dotted dates are day first
    ],
)
def test_an_ambiguous_figure_date_is_read_the_way_that_is_not_in_the_future(header, reference, published):
    text = f"{header}\n\nThe Prime Minister spoke by telephone yesterday with the Japanese Prime Minister, Kenji Sato."
    assert parse(text, reference).published == published


def test_a_statement_happens_on_the_day_it_is_issued():
    text = (
        "Belgium condemns the attack on an aid convoy\n\nBrussels, 9 February 2025\n\nThe Minister of Foreign "
        "Affairs, Hugo Verlinden, condemns the attack carried out on Saturday against an aid convoy in Ituri."
    )
    assert parse(text, None).date == "2025-02-09"


def test_a_page_widget_s_date_later_than_the_collection_day_dates_no_brief():
    text = "14 November, 2023 | 2:12 am\n\n" + EN_LEAD.format(when="on Thursday 8 June")
    brief = parse(text)  # collected on 10 June 2023
    assert brief.date == "2023-06-08"
    assert brief.published is None


def test_a_late_date_that_is_the_only_one_still_counts():
    assert parse("Last updated Nov 14, 2023 05:05 PM\n", reference=REF).published == "2023-11-14"


def test_figures_read_either_way_follow_the_date_in_words_of_the_same_brief():
    text = FR_TITLE + "Publié le 2/9/2018\n\n" + FR_LEAD.format(when="ce vendredi 9 février")
    brief = parse(text, reference=None)
    assert brief.published == "2018-02-09"
    assert brief.date == "2018-02-09"


# --- dateline shapes (issue 13) -------------------------------------------------------------------------------

_MET_YESTERDAY = " Foreign Minister Anna Kowalczyk met her Slovak counterpart Peter Hlinka yesterday in Warsaw."


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        ("VALDORA March 14/ 2023 -" + _MET_YESTERDAY, "2023-03-14", "2023-03-13"),
        ("March 14, 2023 (Valdor News Agency) --" + _MET_YESTERDAY, "2023-03-14", "2023-03-13"),
        ("(NEWSWIRE- Valdor News Agency (VNA)) VALDORA, March 14 (VNA) --" + _MET_YESTERDAY, "2023-03-14", None),
        ("Suva [Fiji], March 14 :" + _MET_YESTERDAY, "2023-03-14", None),
        ("PORT LORENA, VALDORA – TUESDAY 14 MARCH 2023:" + _MET_YESTERDAY, "2023-03-14", "2023-03-13"),
        ("PORT LORENA, VALDORA, March 14, 2023." + _MET_YESTERDAY, "2023-03-14", "2023-03-13"),
        ("Port Lorena, Valdora 14 March (VNA)" + _MET_YESTERDAY, "2023-03-14", None),
    ],
    ids=["slash-year", "date-first-agency", "aggregator-credit", "bracketed-country", "dash-weekday-colon",
         "capitals-full-stop", "country-without-comma"],
)  # fmt: skip
def test_dateline_shapes_give_the_publication_date(text, published, date):
    brief = parse(EN_TITLE + text, reference=dt.date(2023, 3, 16))
    assert brief.published == published
    assert brief.date == (date or "2023-03-13")


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("Валдор, 14 марта. Министр Анна Ковальчик вчера встретилась с коллегой Петром Глинкой.", "2023-03-14"),
        ("Валдор. 14 марта. ВалТАГ — Министр Анна Ковальчик вчера встретилась с Петром Глинкой.", "2023-03-14"),
        ("14 марта, Валдор /Корр. ВалТА/. Министр Анна Ковальчик вчера встретилась с Петром Глинкой.", "2023-03-14"),
        ("Валдор, 14.03.23./Иван Петров - ВалТА/. Министр Анна Ковальчик вчера встретилась с Глинкой.", "2023-03-14"),
    ],
    ids=["full-stop", "agency-dash", "date-city-agency", "short-year-slash"],
)
def test_russian_dateline_shapes_give_the_publication_date(text, published):
    brief = parse("Встреча министров\n\n" + text, reference=dt.date(2023, 3, 16))
    assert brief.published == published
    assert brief.date == "2023-03-13"


def test_a_sentence_opening_a_line_with_a_place_and_a_date_is_no_dateline():
    text = EN_TITLE + "The two ministers met in Warsaw, March 2. They agreed to meet again." + _MET_YESTERDAY
    assert parse(text).published is None


@pytest.mark.parametrize(
    ("stamp", "lead"),
    [
        ("2023-03-14 09:49 Valdor News Agency Web Editor: Ivan Petrov", _MET_YESTERDAY),
        (
            "14. März 2023 14:38; Akt: 14.03.2023 14:40 Drucken",
            " Außenministerin Anna Kowalczyk hat gestern ihren Amtskollegen Peter Hlinka in Warschau getroffen.",
        ),
    ],
    ids=["en-iso-time", "de-time-update"],
)
def test_a_date_and_time_opening_a_line_is_the_publication_date(stamp, lead):
    brief = parse(EN_TITLE + stamp + "\n\n" + lead.strip(), reference=None)
    assert brief.published == "2023-03-14"
    assert brief.date == "2023-03-13"


def test_a_sentence_opening_with_a_date_and_a_time_is_no_time_stamp():
    text = EN_TITLE + "14 March 2023 at 10:00, the ministers opened the talks in Warsaw with a long meeting."
    assert parse(text, reference=None).published is None


@pytest.mark.parametrize(
    ("widget", "own"),
    [
        ("Wednesday, November 22, 2023", "Published: March 14, 2023"),
        ("Wednesday, November 22, 2023 | 2:12 am", "VALDORA, March 14, 2023 (VNA) -"),
        ("Wednesday, November 22, 2023", "March 14, 2023"),
    ],
    ids=["publication-line", "dateline", "bare-line"],
)
def test_a_page_s_date_widget_above_the_brief_s_own_date_dates_nothing(widget, own):
    text = f"{widget}\nHome | World | Politics\n\n{EN_TITLE}{own}\n\n{_MET_YESTERDAY.strip()}"
    brief = parse(text, reference=None)
    assert brief.published == "2023-03-14"
    assert brief.date == "2023-03-13"


def test_a_later_update_line_does_not_hide_the_publication_date():
    text = f"{EN_TITLE}March 14, 2023\n\nUpdated: March 20, 2023\n\n{_MET_YESTERDAY.strip()}"
    brief = parse(text, reference=None)
    assert brief.published == "2023-03-14"
    assert brief.date == "2023-03-13"


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        (fr("ce matin"), "2023-06-10"),
        (fr("cet après-midi"), "2023-06-10"),
        (fr("ce soir"), "2023-06-10"),
        (en("last night"), "2023-06-09"),
        (en("last evening"), "2023-06-09"),
        ("Treffen\n\nAußenministerin Anna Kowalczyk traf vergangene Nacht Peter Hlinka in Warschau.", "2023-06-09"),
        ("Reunión\n\nLa canciller Ana Kowal se reunió esta madrugada con Pedro Hlinka en Varsovia.", "2023-06-10"),
        ("Встреча\n\nМинистр Анна Ковальчик минувшей ночью встретилась с Петром Глинкой в Варшаве.", "2023-06-09"),
    ],
    ids=["fr-ce-matin", "fr-cet-apres-midi", "fr-ce-soir", "en-last-night", "en-last-evening", "de-vergangene-nacht",
         "es-esta-madrugada", "ru-minuvshey-nochyu"],
)  # fmt: skip
def test_parts_of_the_day_are_relative_words(text, iso):
    brief = parse(text)
    assert brief.date == iso
    assert brief.evidence.date.basis == "relative"


# --- a coming weekday -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "VALDORA, June 8 (VNA) - Foreign Minister Anna Kowalczyk will meet Peter Hlinka on Friday in Warsaw.",
        "Valdor, 8 juin (VNA) - La ministre Anna Kowalczyk rencontrera vendredi son homologue Peter Hlinka.",
        "Valdor, 8 jun (VNA).- La canciller Ana Kowal y su homólogo Pedro Hlinka se reunirán el viernes en Varsovia.",
        "Valdor, 8. Juni (VNA) - Außenministerin Anna Kowalczyk wird am Freitag Peter Hlinka in Warschau treffen.",
        "ВАЛДОР, 8 июня. /ВалТА/. Встреча министра Анны Ковальчик с Петром Глинкой состоится в пятницу в Варшаве.",
    ],
    ids=["en-will", "fr-future-ending", "es-future-ending", "de-wird", "ru-sostoitsya"],
)
def test_a_weekday_in_a_clause_about_the_future_is_the_coming_one(text):
    brief = parse("Ministers to meet\n\n" + text)  # June 8, 2023 is a Thursday
    assert brief.published == "2023-06-08"
    assert brief.date == "2023-06-09"


def test_a_weekday_in_a_past_clause_beside_a_future_one_stays_in_the_past():
    text = (
        "Ministers to meet\n\nVALDORA, June 8 (VNA) - Foreign Minister Anna Kowalczyk met Peter Hlinka on Monday, "
        "and the two are to meet again in July."
    )
    assert parse(text).date == "2023-06-05"


def test_a_capitalised_name_with_a_future_ending_marks_no_future():
    text = (
        "Rencontre\n\nValdor, 8 juin (VNA) - La ministre Anna Kowalczyk a reçu lundi à Ankara son homologue "
        "Peter Hlinka."
    )
    assert parse(text).date == "2023-06-05"


def test_a_dispatch_from_two_places_is_a_dateline():
    text = "Reunión\n\nValdor/Lorena, 8 jun (VNA).- La canciller Ana Kowal se reunió ayer con Pedro Hlinka."
    brief = parse(text)
    assert brief.published == "2023-06-08"
    assert brief.date == "2023-06-07"


@pytest.mark.parametrize(
    "text",
    [
        "Rencontre\n\nValdor, 14 mars (VNA) - Le ministre Jean Tarot a reçu son homologue Elise Barsac.\n\n"
        "Lire aussi : Jean Tarot a reçu le 2 mars son homologue lorenais",
        "Treffen\n\nValdor, 14. März (VNA) - Der Minister Jan Tarot traf seine Amtskollegin Elise Barsac.\n\n"
        "Lesen Sie auch: Tarot traf am 2. März den lorenischen Präsidenten",
    ],
    ids=["fr-lire-aussi", "de-lesen-sie-auch"],
)
def test_a_date_in_a_read_also_line_is_not_the_event_date(text):
    assert parse(text, reference=dt.date(2023, 3, 16)).date == "2023-03-14"


@pytest.mark.parametrize(
    "text",
    [
        "Talks\n\nThe ministry said on Friday that Foreign Minister Anna Kowalczyk met Peter Hlinka on Tuesday.",
        "Entretien\n\nLe ministère a indiqué vendredi que la ministre Anna Kowalczyk a reçu mardi Peter Hlinka.",
        "Treffen\n\nWie ein Sprecher am Freitag mitteilte, traf Ministerin Anna Kowalczyk am Dienstag Peter Hlinka.",
        "Reunión\n\nLa cancillería informó el viernes que la ministra Ana Kowal se reunió el martes con Pedro Hlinka.",
    ],
    ids=["en-said", "fr-a-indique", "de-mitteilte", "es-informo"],
)
def test_the_day_a_meeting_was_reported_is_not_the_day_it_took_place(text):
    assert parse(text).date == "2023-06-06"


# --- published on saved pages ---------------------------------------------------------------------------------

_PAGE_BODY = (
    "<p>Foreign Minister Anna Kowalczyk met her Slovak counterpart Peter Hlinka yesterday in Warsaw, the ministry "
    "said. The two discussed trade and energy.</p><p>They agreed to meet again in the autumn.</p>"
)
_SITE_NAV = "<nav><ul>" + "".join(f"<li><a href='/s{i}'>Section {i}</a></li>" for i in range(8)) + "</ul></nav>"


def test_a_copyright_year_does_not_date_a_brief_that_dates_itself_by_its_publication():
    page = (
        f"<html lang='en'><head><title>Ministers meet</title></head><body><h1>Ministers meet</h1>{_PAGE_BODY}"
        "<footer><p>© 2024 Valdor Times. All rights reserved.</p></footer></body></html>"
    )
    brief = briefparse.parse(page.encode())
    assert brief.published is None
    assert brief.date is None


def test_a_date_widget_in_the_site_s_banner_is_not_the_publication_date():
    page = (
        "<html lang='en'><head><title>Ministers meet</title></head><body><header><div class='top-bar'>"
        f"<span class='header-date'>Wednesday, November 22, 2023</span></div>{_SITE_NAV}</header><main>"
        f"<h1>Ministers meet</h1><p>VALDORA, March 14, 2023 (VNA) - Talks in Warsaw.</p>{_PAGE_BODY}</main>"
        "</body></html>"
    )
    brief = briefparse.parse(page.encode())
    assert brief.published == "2023-03-14"
    assert brief.date == "2023-03-13"


def test_a_date_line_later_than_the_page_s_publication_date_does_not_anchor_relative_words():
    page = (
        "<html lang='en'><head><title>Ministers meet</title></head><body><div class='top-bar'>"
        "<span>Wednesday, November 22, 2023</span></div><h1>Ministers meet</h1>"
        f"<div class='byline'>March 14, 2023</div>{_PAGE_BODY}</body></html>"
    )
    brief = briefparse.parse(page.encode())
    assert brief.published == "2023-03-14"
    assert brief.date == "2023-03-13"


def test_a_date_widget_above_a_dateline_without_a_year_dates_nothing():
    text = f"Monday, March 20, 2023\nHome | World\n\n{EN_TITLE}VALDORA, March 14 (VNA) -{_MET_YESTERDAY}"
    brief = parse(text, reference=dt.date(2023, 3, 20))
    assert brief.published == "2023-03-14"
    assert brief.date == "2023-03-13"


@pytest.mark.parametrize(
    "text",
    [
        "Summit opens\n\nThe summit of the Valdoran Union opens on Friday in Warsaw, with Anna Kowalczyk presiding.",
        "Sommet\n\nLe sommet de l'Union valdorienne s'ouvre vendredi à Varsovie, sous la présidence d'Anna Kowalczyk.",
        "Gipfel\n\nDer Gipfel der Valdorischen Union beginnt am Freitag in Warschau unter Vorsitz von Anna Kowalczyk.",
        "Cumbre\n\nLa cumbre de la Unión Valdoriana comienza el viernes en Varsovia, presidida por Ana Kowal.",
        "Саммит\n\nСаммит Валдорского союза открывается в пятницу в Варшаве под председательством Анны Ковальчик.",
    ],
    ids=["en-opens", "fr-s-ouvre", "de-beginnt", "es-comienza", "ru-otkryvaetsya"],
)
def test_a_meeting_that_opens_on_a_weekday_opens_on_the_coming_one(text):
    assert parse(text).date == "2023-06-16"  # June 10, 2023 is a Saturday


def test_a_summit_brief_is_dated_by_the_summit_and_a_weekday_date_anchors_the_other_weekdays():
    text = (
        "Le sommet de l'Union valdorienne s'ouvre mardi à Varsovie\n\n"
        "Le sommet de l'Union valdorienne s'ouvre ce mardi à Varsovie, avec dix chefs d'État.\n\n"
        "La présidente lorenaise Anna Kowalczyk est arrivée lundi 21 août à Varsovie pour une visite d'État."
    )
    brief = parse(text, reference=None)  # 21 August is a Monday in 2023
    assert brief.event_type == "conference"
    assert brief.date == "2023-08-22"


# --- wild shapes: stamps with a time, weekday agreement, future weekdays, restated relative words ----------------


@pytest.mark.parametrize(
    ("head", "iso"),
    [
        ("Rédigé par valdora-info.net le Dimanche 29 Octobre 2023 à 07:45 | | 0 commentaire(s)|\n\n", "2023-10-29"),
        ("Valdora Presse 2023-10-29 19:58 - Lecture : 2 minute(s)\n", "2023-10-29"),
        ("information fournie par Radio Valdora 29/10/2023 à 23:16\n\n", "2023-10-29"),
        ("Rédaction. 2023/10/29 21:44\n\n", "2023-10-29"),
    ],
    ids=["byline-with-time", "outlet-iso-time", "credit-numeric-time", "year-first-slashes"],
)
def test_a_full_date_with_a_time_on_a_line_that_is_no_sentence_is_the_publication_date(head, iso):
    brief = parse(head + fr("samedi", before="À Varsovie, "), reference=None)
    assert brief.published == iso
    assert brief.date == "2023-10-28"  # samedi, the day before that Sunday


def test_a_date_and_its_time_inside_a_sentence_stay_an_event_date():
    text = fr("le 12 mars 2023 à 10h00, au palais,", after=" Il s'est réjoui de cette visite.")
    brief = parse(text, reference=None)
    assert brief.date == "2023-03-12"
    assert brief.published is None


def test_a_future_verb_after_an_elided_pronoun_makes_its_weekday_the_coming_one():
    text = (
        "Anna Kowalczyk et Paolo Verdani s'entretiendront vendredi à Varsovie\n\n"
        "La présidente valdorienne Anna Kowalczyk s'entretiendra vendredi avec son homologue Paolo Verdani, "
        "a appris l'agence mardi de source officielle."
    )
    assert parse(text, reference=dt.date(2023, 6, 6)).date == "2023-06-09"  # June 6, 2023 is a Tuesday


def test_a_weekday_named_again_in_a_future_clause_is_the_coming_one_in_the_title_too():
    text = (
        "Kowalczyk, Hlinka talks on Wednesday\n\n"
        "Foreign Minister Anna Kowalczyk is scheduled to meet her Slovak and Czech counterparts Peter Hlinka and "
        "Jan Novak on Wednesday in her first talks abroad. Talks on Wednesday reflect a busy week."
    )
    assert parse(text, reference=dt.date(2023, 6, 6)).date == "2023-06-07"


def test_a_relative_word_the_date_after_it_restates_is_that_date():
    text = fr("hier, lundi 17 juillet,")  # the brief was collected a week later
    assert parse(text, reference=dt.date(2023, 7, 24)).date == "2023-07-17"


def test_a_weekday_date_without_year_takes_the_agreeing_year_near_a_year_the_text_states():
    text = fr(
        "ce lundi 5 octobre",
        after=" Il lui a transmis les condoléances du gouvernement après le décès du ministre, le 29 septembre 2020.",
    )
    assert parse(text, reference=None).date == "2020-10-05"  # a Monday in 2020, in 2026 too


def test_a_weekday_and_a_date_of_the_story_that_name_other_days_give_no_year():
    text = en(
        "on Tuesday",
        after=" She was sworn in privately after her confirmation on January 21, and repeated her oath on Monday.",
    )
    assert parse(text, reference=None).date is None


def test_date_stamps_of_a_news_list_under_the_brief_are_not_its_publication_date():
    text = fr(
        "ce mercredi 25 janvier 2023",
        before="Publié le :\n\n",
        after="\n\nFIL INFO\n\n17 octobre 2024\n\nUn autre ministre nommé\n\n17 octobre 2024\n\nUne autre nouvelle",
    )
    brief = parse(text, reference=None)
    assert brief.published is None
    assert brief.date == "2023-01-25"


@pytest.mark.parametrize(
    ("head", "iso"),
    [
        ("(Kiel, 26 June 2023) ", "2023-06-26"),
        ("VALDORA (Valdor News / Agency - 26th June, 2023) ", "2023-06-26"),
    ],
    ids=["city-in-brackets", "agency-in-brackets"],
)
def test_a_dateline_in_parentheses_is_the_publication_date(head, iso):
    text = EN_TITLE + head + EN_LEAD.format(when="on Sunday")
    brief = parse(text, reference=None)
    assert brief.published == iso
    assert brief.date == "2023-06-25"


def test_an_aside_in_parentheses_at_a_line_start_is_no_dateline():
    text = EN_TITLE + "The agreement (signed on 12 March 2023) was renewed. " + EN_LEAD.format(when="on Sunday")
    assert parse(text, reference=None).published is None


def test_a_labelled_date_widget_above_the_brief_s_own_date_line_is_not_its_publication_date():
    text = (
        f"Flag Thursday, 25 April 2024\nAll news\n29 November 2016, 21:08\n\n{EN_TITLE}{EN_LEAD.format(when='today')}"
    )
    brief = parse(text, reference=None)
    assert brief.published == "2016-11-29"
    assert brief.date == "2016-11-29"


def test_a_call_brief_is_dated_by_its_call_not_by_the_visit_it_announces():
    text = (
        "Appel téléphonique entre les ministres valdorien et lorenais\n\n"
        "Les deux gouvernements s'attèlent à relancer une coopération à l'arrêt depuis huit mois. "
        "Le ministre lorenais Paolo Verdani est attendu dimanche 9 juillet à Valdora pour une visite de travail. "
        "Ce jeudi, à trois jours de ce déplacement, il s'est entretenu par téléphone avec son homologue valdorien, "
        "Hédi Marzouki."
    )
    brief = parse(text, reference=None)  # 9 July is a Sunday in 2023
    assert brief.event_type == "phone_call"
    assert brief.date == "2023-07-06"
