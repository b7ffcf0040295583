"""Date lines and event dates in the layouts pages give them: a number closing the line above a date line,
datelines that run into their sentence, a weekday that fixes a dateline's year, a summit's opening day, a coming
event beside the reported one.

Every brief here is invented for the test.
"""

import datetime as dt

import pytest

import briefparse


def parse(text: str, reference: dt.date | None = None) -> briefparse.Brief:
    return briefparse.parse(text, reference_date=reference)


def test_a_number_closing_the_line_above_is_no_day_of_the_date_line_under_it():
    text = (
        "Readout of the Minister's meeting with Valdoran envoys\n\nRelease No: NR-114-17\n"
        "June 4, 2017 PRINT | E-MAIL\n"
        "The Minister of Defence met today with the Valdoran envoys on the sidelines of the Lorenian Dialogue."
    )
    brief = parse(text)
    assert brief.published == "2017-06-04"
    assert brief.date == "2017-06-04"


@pytest.mark.parametrize(
    "line",
    [
        "Addis Ababa /VNA/ June 15/2023 President Anna Kowalczyk met the Lorenian ambassador today.",
        "Addis Ababa June 15/2023 President Anna Kowalczyk met the Lorenian ambassador today.",
        "Nairobi, Kenya, 15/06/2023 President Anna Kowalczyk met the Lorenian ambassador today.",
        "Alger le 15/06/2023 Le président Hédi Marzouki a reçu aujourd'hui l'ambassadeur lorenais.",
        "Bamako le 15 juin 2023. Le président Hédi Marzouki a reçu aujourd'hui l'ambassadeur lorenais.",
    ],
    ids=["agency-in-slashes", "no-mark", "city-and-country", "fr-article", "fr-full-stop"],
)
def test_a_dateline_that_runs_into_its_sentence_is_the_publication_date(line):
    title = "Entretien avec l'ambassadeur lorenais" if " le " in line else "Talks with the Lorenian ambassador"
    brief = parse(f"{title}\n{line}\n")
    assert brief.published == "2023-06-15"
    assert brief.date == "2023-06-15"


def test_a_date_after_words_that_name_no_place_is_no_dateline():
    text = "Talks with the Lorenian ambassador\nSigned June 15, 2023 The treaty was signed by President Anna Kowalczyk."
    assert parse(text).published is None


@pytest.mark.parametrize(
    "text, iso",
    [
        (
            "Talks in Valdora\nVALDORA, May 12 (VNA) -- President Anna Kowalczyk met the Lorenian ambassador on "
            "Friday.\n",
            "2023-05-12",
        ),
        (
            "Talks in Valdora\nVALDORA, May 12 (VNA) -- President Anna Kowalczyk met the Lorenian ambassador on "
            "Friday, a week after his predecessor left last Thursday.\n",
            "2023-05-12",
        ),
        (
            "Entretien Marzouki-Verdani\nLe président Hédi Marzouki et son homologue Paolo Verdani ont débuté leur "
            "entretien téléphonique jeudi soir. « Dans la soirée du 14 mars, le président s'entretient par "
            "téléphone avec son homologue », a indiqué la présidence.\n",
            "2024-03-14",
        ),
    ],
    ids=["dateline-and-weekday", "past-weekday-aside", "weekday-and-quoted-day"],
)
def test_a_weekday_and_a_day_without_its_year_that_name_one_day_fix_its_year(text, iso):
    assert parse(text).date == iso


@pytest.mark.parametrize(
    "text",
    [
        "Entretien à Valdora\nLe ministre valdorien a reçu ce lundi l'ambassadeur lorenais, réélu le 11 juin dernier "
        "à la tête de son parti.\n",
        "Entretien à Valdora\nLe ministre valdorien a reçu ce lundi l'ambassadeur lorenais. Il se rendra en visite à "
        "Lorena le 11 juin prochain.\n",
        "Hlinka in Valdora\nVALDORA, May 12 (VNA) -- Lorenian President Peter Hlinka, who began a state visit on "
        "Wednesday, held talks with President Anna Kowalczyk on Thursday.\n",
    ],
    ids=["past", "coming", "two-weekdays"],
)
def test_a_day_the_text_marks_as_past_or_coming_fixes_no_year_with_a_weekday(text):
    assert parse(text).date is None


def test_a_weekday_s_year_comes_from_the_page_s_comments_when_the_brief_states_none():
    text = (
        "Le ministre valdorien à Lorena\n\nCe lundi 9 septembre, le ministre valdorien des Affaires étrangères était "
        "en visite à Lorena, où il a rencontré son homologue.\n\nSur le même sujet\n\n2 commentaires\n"
        "  • Jean Dupont\n\n"
        "    le 10 septembre 2019\n\n    Très bonne nouvelle.\n"
    )
    assert parse(text).date == "2019-09-09"


@pytest.mark.parametrize(
    "text",
    [
        "Talks in Valdora\nPresident Anna Kowalczyk met the Lorenian ambassador on Thursday ahead of next week's "
        "summit in Valdora.\n",
        "Entretien à Valdora\nLe président Hédi Marzouki a reçu jeudi l'ambassadeur lorenais en vue du prochain "
        "sommet de Valdora.\n",
        "Entretien à Valdora\nLe président Hédi Marzouki a reçu jeudi l'ambassadeur lorenais pour préparer la "
        "visite prévue en juin.\n",
    ],
    ids=["en-next", "fr-prochain", "fr-prevue"],
)
def test_a_thing_to_come_named_after_a_weekday_does_not_make_the_weekday_a_coming_one(text):
    assert parse(text, reference=dt.date(2023, 5, 12)).date == "2023-05-11"


def test_a_coming_mark_right_after_a_date_still_makes_it_a_coming_one():
    text = (
        "Sommet de Valdora\nLe président Hédi Marzouki a préparé avec son homologue le sommet du 18 décembre "
        "prochain à Valdora.\n"
    )
    assert parse(text, reference=dt.date(2023, 12, 1)).date == "2023-12-18"


@pytest.mark.parametrize(
    "text",
    [
        "Talks on the sidelines of the Valdoran Union summit\nVALDORA, May 14, 2023 (VNA) - President Anna Kowalczyk "
        "has held talks with Lorenian President Peter Hlinka.\nShe met Hlinka on the margins of the Valdoran Union "
        "summit, which kicked off on Saturday.\n",
        "Entretien en marge du sommet de l'Union valdorienne\nValdora, 14 mai 2023 (VNA) - Le président Hédi "
        "Marzouki s'est entretenu avec son homologue lorenais Paolo Verdani.\nL'entretien s'est tenu en marge du "
        "sommet de l'Union valdorienne, qui s'est ouvert samedi.\n",
    ],
    ids=["en", "fr"],
)
def test_a_meeting_on_a_summit_s_margins_is_not_dated_by_the_day_the_summit_opened(text):
    brief = parse(text)
    assert brief.event_type == "meeting"
    assert brief.date == "2023-05-14"


@pytest.mark.parametrize(
    "text",
    [
        "Floods hit the north - July 2, 2019\nMarkets close higher - July 3, 2019\nTalks in Valdora\nJune 28, 2019\n"
        "President Anna Kowalczyk met the Lorenian ambassador yesterday in Valdora. The two discussed trade.\n",
        "Talks in Valdora\nPresident Anna Kowalczyk met the Lorenian ambassador yesterday in Valdora. The two "
        "discussed trade and energy at length.\nMore from Politics\nFloods hit the north - July 2, 2019\n"
        "Markets close higher - July 3, 2019\nPublished: June 28, 2019\n",
    ],
    ids=["above-the-story", "above-the-publication-line"],
)
def test_a_list_of_other_stories_dates_neither_the_brief_nor_its_event(text):
    brief = parse(text)
    assert brief.published == "2019-06-28"
    assert brief.date == "2019-06-27"


def test_an_author_s_latest_posts_under_the_brief_anchor_no_weekday():
    text = (
        "Entretien à Valdora\nLe président Hédi Marzouki a reçu jeudi l'ambassadeur lorenais. Les deux hommes ont "
        "évoqué la coopération bilatérale et les moyens de la renforcer.\nDerniers articles par : Jean Dupont\n"
        "- Inondations dans le nord - vendredi le 1 août 2025\n- La bourse en hausse - jeudi le 31 juillet 2025\n"
    )
    assert parse(text).date is None


def test_the_story_s_own_date_line_under_a_widget_is_no_list_of_stories():
    text = (
        "Wednesday, October 4, 2023\nTalks in Valdora\nJune 28, 2019\n"
        "President Anna Kowalczyk met the Lorenian ambassador yesterday in Valdora. The two discussed trade.\n"
    )
    brief = parse(text)
    assert brief.published == "2019-06-28"
    assert brief.date == "2019-06-27"


def test_a_wire_slug_closing_the_dispatch_with_its_date_and_time_is_the_publication_date():
    text = (
        "Neuwahl - Kowalczyk bei Hlinka eingetroffen\n"
        "Valdora (VNA) - Bundeskanzlerin Anna Kowalczyk ist Sonntagmittag bei Bundespräsident Peter Hlinka zu einem "
        "Gespräch eingetroffen.\nDas Gespräch soll rund eine Stunde dauern, hieß es gegenüber der VNA.\n"
        "http://www.valdora-partei.vl ~ VNA112 2023-05-14/11:16\n"
    )
    brief = parse(text)
    assert brief.published == "2023-05-14"
    assert brief.date == "2023-05-14"


def test_a_date_in_brackets_after_its_weekday_restates_the_event_s_day_and_is_no_dateline():
    text = (
        "Ce mardi (20.08.2024), l'ambassadeur de Lorena, Paolo Verdani, a présenté ses lettres de créance au "
        "président Hédi Marzouki au palais de Valdora.\n"
    )
    brief = parse(text)
    assert (brief.published, brief.date) == (None, "2024-08-20")


def test_a_date_line_the_page_s_template_writes_in_english_dates_a_french_brief():
    text = (
        "Le président lorenais invité d'honneur des célébrations de Valdora\n\nByRédaction\n\nJanuary 9, 2026\n\n"
        "Le président lorenais Paolo Verdani sera présent à Valdora à l'occasion des célébrations de la fête "
        "nationale, prévues le 12 mars 2026.\n\nLe Conseil des ministres a pris note de son acceptation.\n"
    )
    brief = parse(text)
    assert (brief.published, brief.date) == ("2026-01-09", "2026-03-12")


@pytest.mark.parametrize(
    ("stamp", "dateline"),
    [("14 Dekabr 2017", "Valdora, December 14, LNA"), ("14 Dicembre 2017", "Valdora, December 14 -")],
)
def test_a_date_line_in_the_site_s_own_language_dates_its_english_edition(stamp: str, dateline: str):
    text = (
        "President Hlinka received the Lorenian Minister of Trade\n\n"
        f"{stamp}\n{dateline}\n"
        "President of the Republic of Valdora Peter Hlinka has received the Lorenian Minister of Trade Anna "
        "Kowalczyk.\nThe sides discussed the development of trade between the two countries.\n"
    )
    brief = parse(text)
    assert (brief.published, brief.date) == ("2017-12-14", "2017-12-14")


def test_talks_held_with_an_adjective_date_the_brief_over_an_arrival_the_night_before():
    text = (
        "Kowalczyk holds talks with Lorenian President\n\nPresident Anna Kowalczyk and Lorenian President Peter "
        "Hlinka held extensive talks on Friday on trade and investment.\n\nHlinka arrived here on Thursday night on "
        "a four-day visit, his first to Valdora.\n"
    )
    assert parse(text, reference=dt.date(2020, 2, 14)).date == "2020-02-14"


def test_a_publication_cue_inside_a_sentence_of_the_story_is_no_publication_line():
    text = (
        "Valdora condamne l'attaque\nPublié le 14/05/2023 à 10h15\nLe ministère valdorien des Affaires étrangères "
        "a condamné, dans un communiqué publié le 12 mai, l'attaque contre le convoi humanitaire.\n"
    )
    assert parse(text).published == "2023-05-14"


def test_a_statement_is_dated_by_the_day_of_the_month_beside_it():
    text = (
        "Valdora condemns attack\nPublished: May 14, 2023\nThe Valdoran Foreign Ministry on May 12 condemned the "
        "attack on the aid convoy in a statement.\n"
    )
    brief = parse(text)
    assert (brief.event_type, brief.date) == ("statement", "2023-05-12")


@pytest.mark.parametrize(
    "text",
    [
        "Talks in Valdora\nVALDORA, May 12, 2023 (VNA) -- President Anna Kowalczyk met Lorenian President Peter "
        "Hlinka on the sidelines of the Valdoran Union summit held on May 11-12 in Valdora.\n",
        "Entretien à Valdora\nValdora, 12 mai 2023 (VNA) - Le président Hédi Marzouki s'est entretenu avec son "
        "homologue lorenais Paolo Verdani en marge du sommet de l'Union valdorienne, tenu les 11 et 12 mai.\n",
    ],
    ids=["en", "fr"],
)
def test_the_days_of_a_summit_do_not_date_a_meeting_on_its_margins(text):
    assert parse(text).date == "2023-05-12"


def test_the_days_talks_themselves_took_date_them_from_their_first():
    text = (
        "Valdoran vice FM holds talks with Lorenian officials\n\n2022-12-12 19:15:00\n\n"
        "VALDORA, Dec. 12 (VNA) -- Valdoran Vice Foreign Minister Anna Kowalczyk held talks with Lorenian envoy Peter "
        "Hlinka in Valdora from Dec. 11 to 12, the Foreign Ministry said on Monday.\n"
    )
    assert parse(text).date == "2022-12-11"


@pytest.mark.parametrize(
    "tail",
    [
        "Previous article\nFloods hit the north\nJuly 2, 2019\n",
        "Article précédent\nInondations dans le nord\n2 juillet 2019\n",
    ],
    ids=["en", "fr"],
)
def test_the_previous_article_s_date_under_the_brief_anchors_no_weekday(tail):
    text = (
        "Talks in Valdora\nPresident Anna Kowalczyk met the Lorenian ambassador on Thursday in Valdora. The two "
        f"discussed trade and energy at length and agreed on a roadmap for the coming year.\n{tail}"
    )
    assert parse(text).date is None


@pytest.mark.parametrize(
    "line",
    [
        "March 14, 2023 -- Following the floods in Norland, President Paul Marin has sent a message of condolence.",
        "14 mars 2023 — À la suite des inondations en Norlande, le président Paul Marin a adressé un message de "
        "condoléances à son homologue norlandais.",
    ],
    ids=["en-double-hyphen", "fr-em-dash"],
)
def test_a_date_with_its_year_that_opens_its_line_before_a_long_dash_is_a_release_s_dateline(line: str) -> None:
    """A release's dateline without its city: the date, with its year, opens the paragraph, a long dash and the
    sentence follow; the publication date."""
    head = "Présidence du Valdor\n\nMessage de condoléances" if "mars" in line else "Office of the President of Valdor"
    brief = parse(f"{head}\n\n{line}\n")
    assert brief.published == "2023-03-14"
