"""Date lines and event dates as real pages write them: stamps under the headline, announced visits, statements.

Every brief here is invented for the test.
"""

import datetime as dt

import pytest

import briefparse

EN_TITLE = "Valdoran president holds talks with Lorenian leader\n\n"


def parse(text: str, reference: dt.date | None = None) -> briefparse.Brief:
    return briefparse.parse(text, reference_date=reference)


def test_a_time_stamp_under_the_headline_is_the_page_s_own_date_not_a_widget():
    text = (
        f"{EN_TITLE}09:15, May 09, 2019\n\n"
        "VALDORA, May 8 (VNA) -- President Anna Kowalczyk held talks Wednesday with Lorenian President Peter Hlinka "
        "in the Palace of Nations.\n\nThe two leaders discussed trade and energy."
    )
    brief = parse(text)
    assert brief.published == "2019-05-09"
    assert brief.date == "2019-05-08"


def test_a_date_line_with_dashes_between_day_month_and_year_is_the_publication_date():
    text = (
        "Le président valdorien reçoit le ministre lorenais\n12 - Juin - 2023\n"
        "Le président Hédi Marzouki a reçu hier au palais le ministre lorenais des Affaires étrangères, Paolo Verdani."
    )
    brief = parse(text)
    assert brief.published == "2023-06-12"
    assert brief.date == "2023-06-11"


def test_a_date_marked_as_past_keeps_its_past_year():
    text = (
        "Le ministre lorenais reçu à Valdora\n\n"
        "Le ministre lorenais Paolo Verdani, qui sera reçu demain, avait signé l'accord le 18 décembre dernier à "
        "Valdora avec son homologue Hédi Marzouki."
    )
    assert parse(text, reference=dt.date(2023, 11, 16)).date != "2023-12-18"


def test_a_statement_is_dated_by_the_day_it_was_said_not_the_day_it_was_published():
    text = (
        "Valdora condemns attack on relief convoy\n\n2023-06-09 10:15 Web Editor: Anna Kowalczyk\n\n"
        "A Foreign Ministry spokeswoman said Thursday that Valdora strongly condemns a Wednesday attack that "
        "killed five aid workers in Lorenland.\n\n\"Valdora condemns the attack,\" spokeswoman Lena Gruber said."
    )
    brief = parse(text)
    assert brief.published == "2023-06-09"
    assert brief.date == "2023-06-08"


def test_a_statement_said_on_a_named_day_is_of_that_day_even_with_no_other_date():
    text = (
        "Valdora condemns attack on relief convoy\n\nJune 9, 2023\n\n"
        "Valdora strongly condemns the attack on a relief convoy in Lorenland, Foreign Ministry spokeswoman Lena "
        "Gruber said on Thursday."
    )
    assert parse(text).date == "2023-06-08"


def test_a_photo_caption_s_date_before_its_credit_is_no_publication_date():
    text = (
        "Le président valdorien reçoit le ministre lorenais\n\nHédi Marzouki, le 7 mars 2023. - Lena Gruber - AFP\n\n"
        "Le président Hédi Marzouki a reçu mardi au palais le ministre lorenais des Affaires étrangères, Paolo Verdani."
    )
    assert parse(text).published is None


def test_a_statement_is_dated_by_the_day_named_just_before_it_not_by_its_occasion():
    text = (
        "Valdoran president sends condolences to Lorenland\n\nJune 9, 2023\n\n"
        "President Anna Kowalczyk yesterday sent condolences to Lorenian President Peter Hlinka after the floods "
        "of Monday in the north of Lorenland."
    )
    brief = parse(text)
    assert brief.event_type == "statement"
    assert brief.date == "2023-06-08"


@pytest.mark.parametrize(
    ("text", "reference", "iso"),
    [
        (
            "Le président valdorien en visite d'État au Lorenland du 18 au 23 décembre\n\nLa visite d'État du "
            "président Hédi Marzouki au Lorenland débutera le 18 décembre prochain, a annoncé la présidence.",
            dt.date(2023, 11, 16),
            "2023-12-18",
        ),
        (
            "Valdoran president to visit Lorenland\n\nPresident Anna Kowalczyk will pay a state visit to Lorenland "
            "on January 5, her office said on Wednesday.",
            dt.date(2023, 12, 20),
            "2024-01-05",
        ),
        (
            "Valdoran president accepts invitation\n\nPresident Anna Kowalczyk has accepted President Peter "
            "Hlinka's invitation to come to Lorenburg from April 23 to 25 for a state visit.",
            dt.date(2023, 2, 27),
            "2023-04-23",
        ),
        (
            "Valdoran president to visit Lorenland\n\nPresident Anna Kowalczyk will travel to Lorenburg D.C. on "
            "April 23 for a state visit, her office said.",
            dt.date(2023, 2, 27),
            "2023-04-23",
        ),
    ],
    ids=["fr-prochain-and-title", "en-past-new-year", "en-invitation-to", "en-abbreviation-stop"],
)
def test_an_announced_date_without_a_year_falls_after_the_publication_day(text, reference, iso):
    assert parse(text, reference=reference).date == iso


def test_a_sentence_inside_a_photo_caption_dates_no_event():
    text = (
        f"{EN_TITLE}09:15, May 09, 2019\n\n"
        "President Anna Kowalczyk (R) holds talks with Lorenian President Peter Hlinka in Valdora, May 8, 2019. "
        "Hlinka arrived in Valdora on Tuesday afternoon to attend the regional summit. (VNA/Jan Novak)\n\n"
        "VALDORA, May 8 (VNA) -- President Anna Kowalczyk held talks Wednesday with Lorenian President Peter Hlinka "
        "in the Palace of Nations."
    )
    assert parse(text).date == "2019-05-08"


def test_a_figure_date_whose_day_first_reading_has_no_such_month_is_month_first():
    text = (
        f"{EN_TITLE}05-25-2023 10:15\n\n"
        "President Anna Kowalczyk met Lorenian President Peter Hlinka yesterday in the Palace of Nations."
    )
    brief = parse(text)
    assert brief.published == "2023-05-25"
    assert brief.date == "2023-05-24"


def test_a_place_and_its_agency_before_the_date_make_a_dateline():
    text = (
        f"{EN_TITLE}Valdora (VNA) May 12/2023 President Anna Kowalczyk met Lorenian President Peter Hlinka yesterday "
        "in the Palace of Nations."
    )
    brief = parse(text)
    assert brief.published == "2023-05-12"
    assert brief.date == "2023-05-11"


def test_a_dateline_without_a_year_takes_the_year_that_sets_it_nearest_a_full_date_of_the_text():
    text = (
        "Le président valdorien reçoit le ministre lorenais\n\nValdora, 12 mai (VNA) - Le président Hédi Marzouki a "
        "reçu hier au palais le ministre lorenais des Affaires étrangères, Paolo Verdani. Le 2 mai 2023, les deux "
        "pays avaient signé un accord commercial."
    )
    brief = parse(text)
    assert brief.published == "2023-05-12"
    assert brief.date == "2023-05-11"


@pytest.mark.parametrize(
    "text",
    [
        f"{EN_TITLE}President Anna Kowalczyk met Lorenian President Peter Hlinka today in the Palace of Nations.\n\n"
        "Read also: Lorenland and Valdora sign trade deal (May 2, 2023)",
        "Le président valdorien reçoit le ministre lorenais\n\nLe président Hédi Marzouki a reçu hier au palais le "
        "ministre lorenais des Affaires étrangères, Paolo Verdani.\n\nÀ lire aussi\nValdora et Lorenland signent un "
        "accord\n2 mai 2023",
    ],
    ids=["en-read-also-line", "fr-a-lire-aussi-list"],
)
def test_another_story_s_date_under_a_read_also_heading_dates_nothing(text):
    brief = parse(text)
    assert brief.date is None
    assert brief.published is None


def test_the_page_s_own_publication_line_under_a_list_of_other_stories_still_counts():
    text = (
        f"Latest news\n\n{EN_TITLE}President Anna Kowalczyk met Lorenian President Peter Hlinka today in the Palace "
        "of Nations.\n\nMore stories\nLorenland and Valdora sign trade deal\nFirst Published: May 12, 2023 | 10:15"
    )
    brief = parse(text)
    assert brief.published == "2023-05-12"
    assert brief.date == "2023-05-12"


@pytest.mark.parametrize(
    "text",
    [
        "Le président valdorien reçoit le ministre lorenais\n\nMis à jour le 14 mai 2023 à 08h00\nPublié le 12 mai "
        "2023 à 10h15\n\nLe président Hédi Marzouki a reçu hier au palais le ministre lorenais Paolo Verdani.",
        f"{EN_TITLE}Updated: May 14, 2023 8:00 am\nPublished: May 12, 2023 10:15 am\n\nPresident Anna Kowalczyk "
        "met Lorenian President Peter Hlinka yesterday in Valdora.",
    ],
    ids=["fr", "en"],
)
def test_an_update_line_above_the_publication_line_is_not_the_publication_date(text):
    brief = parse(text)
    assert brief.published == "2023-05-12"
    assert brief.date == "2023-05-11"


@pytest.mark.parametrize(
    "text",
    [
        "Le président valdorien attendu à Lorenburg\n\nPublié le 12 mai 2023\n\nLe président Hédi Marzouki se rendra "
        "vendredi prochain à Lorenburg pour une visite officielle.",
        "Valdoran president to visit Lorenland\n\nPublished: May 12, 2023\n\nPresident Anna Kowalczyk travels to "
        "Lorenburg next Friday for talks with Peter Hlinka.",
    ],
    ids=["fr-vendredi-prochain", "en-next-friday"],
)
def test_a_weekday_marked_as_next_is_never_the_publication_day_itself(text):
    assert parse(text).date == "2023-05-19"  # published on a Friday


@pytest.mark.parametrize(
    "text",
    [
        "Sommet de l'Union valdorienne\n\nValdora, 12 mai 2023 (VNA) - En marge du sommet de l'Union valdorienne "
        "ouvert jeudi à Valdora, le président Hédi Marzouki s'est entretenu vendredi avec son homologue lorenais "
        "Paolo Verdani.",
        "Valdoran Union summit\n\nVALDORA, May 12, 2023 (VNA) - On the sidelines of the Valdoran Union summit that "
        "opened on Thursday, President Anna Kowalczyk met on Friday with Lorenian President Peter Hlinka.",
    ],
    ids=["fr", "en"],
)
def test_a_meeting_on_the_sidelines_of_a_summit_is_dated_by_its_own_day_not_the_summit_s_opening(text):
    brief = parse(text)
    assert brief.event_type == "meeting"
    assert brief.date == "2023-05-12"


def test_a_photo_caption_s_date_anchors_no_relative_word():
    # a Thursday's picture over a story of a Tuesday (the caption of the story's own weekday would date it)
    text = (
        "Le président valdorien reçoit le ministre lorenais\n\nHédi Marzouki, le 9 mars 2023. - Lena Gruber - AFP\n\n"
        "La présidence a indiqué dans un communiqué publié ce mardi soir que le président Hédi Marzouki avait reçu "
        "la veille le ministre lorenais Paolo Verdani."
    )
    assert parse(text).date is None


def test_a_headline_that_names_its_event_s_day_is_no_publication_line():
    text = (
        "Entretien Marzouki-Verdani du 9 mai 2023\n\n"
        "Le président Hédi Marzouki a reçu mardi au palais le ministre lorenais Paolo Verdani."
    )
    brief = parse(text)
    assert brief.published is None
    assert brief.date == "2023-05-09"
