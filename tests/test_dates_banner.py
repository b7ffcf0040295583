"""Page banners, empty stamps and dateline shapes around a brief's own date (issue 13).

Every brief here is invented for the test.
"""

import datetime as dt

import pytest

import briefparse

EN_BODY = (
    "Valdoran Foreign Minister Arlen Mosby on Monday held talks with his Lorenian counterpart Petra Lind in the "
    "capital, the ministry said.\n\nThe two sides discussed trade and energy."
)
FR_BODY = (
    "Le ministre valdorien des Affaires étrangères, Arlen Mosby, a reçu lundi son homologue lorenaise Petra Lind "
    "dans la capitale, a indiqué le ministère.\n\nLes deux parties ont évoqué le commerce."
)


def parse(text: str, language: str, reference: dt.date | None = None) -> briefparse.Brief:
    return briefparse.parse(text, language=language, reference_date=reference)


def test_a_date_between_a_banner_s_links_is_the_day_the_page_was_served():
    text = (
        "Menu\nRechercher\nMardi 14 Novembre 2023\nS'abonner\nAccueil Politique\n\n"
        f"La Valdorie et la Lorénie renforcent leur coopération\n\n{FR_BODY}"
    )
    brief = parse(text, "fr")
    assert brief.published is None
    assert brief.date is None  # "lundi" has no anchor: the banner's day is not the brief's


def test_an_english_banner_s_date_between_links_dates_nothing():
    text = (
        "Home | News | Sports\nTuesday, November 14, 2023\nSubscribe\n\n"
        f"Valdoria and Lorenia hold talks\n\n{EN_BODY}"
    )
    assert parse(text, "en").published is None


def test_a_blog_s_date_heading_above_its_title_stays_the_publication_date():
    text = f"Tuesday, November 14, 2023\n\nValdoria and Lorenia hold talks\n\n{EN_BODY}"
    brief = parse(text, "en")
    assert brief.published == "2023-11-14"
    assert brief.date == "2023-11-13"


def test_a_first_published_line_far_below_a_banner_date_makes_the_banner_a_widget():
    filler = "\n\n".join(f"Background paragraph {i} on the trade ties of both countries." for i in range(40))
    text = (
        "Saturday, December 06, 2025 | 06:15 PM IST\nThe Valdor Standard\n\n"
        f"Valdoria and Lorenia hold talks\n\n{EN_BODY}\n\n{filler}\n\nFirst Published: Sep 08 2023 | 5:57 PM IST"
    )
    brief = parse(text, "en")
    assert brief.published == "2023-09-08"
    assert brief.date == "2023-09-04"


def test_an_empty_unix_time_stamp_is_no_date_and_a_time_may_stand_after_the_cue():
    text = (
        "Valdoria and Lorenia hold talks\n\n"
        "Updated: 00:00 GMT, Jan 1, 1970 | Published: 10:58 GMT, May 9, 2016 |\n\n"
        f"{EN_BODY}"
    )
    brief = parse(text, "en")
    assert brief.published == "2016-05-09"
    assert brief.date == "2016-05-09"


@pytest.mark.parametrize("stamp", ["03 марта 2021 г.", "03.03.2021 г."])
def test_a_russian_date_line_closed_by_the_year_s_abbreviation_is_the_publication_date(stamp):
    text = (
        f"Валдория и Лорения укрепляют сотрудничество\n\n{stamp}\n\n"
        "Министр иностранных дел Валдории Арлен Мосби в понедельник провел переговоры со своей коллегой из "
        "Лорении Петрой Линд, сообщили в министерстве."
    )
    brief = parse(text, "ru")
    assert brief.published == "2021-03-03"
    assert brief.date == "2021-03-01"


BRACKETED = {
    "fr": "La Valdorie et la Lorénie renforcent leur coopération\n\n(Valdor, le 3 mars 2021) - Le ministre valdorien "
    "des Affaires étrangères, Arlen Mosby, a reçu mardi son homologue lorenaise Petra Lind, a indiqué le ministère.",
    "en": "Valdoria and Lorenia hold talks\n\n[Valdor, March 3, 2021] Valdoran Foreign Minister Arlen Mosby on Tuesday "
    "held talks with his Lorenian counterpart Petra Lind, the ministry said.",
}
NIGHTS = {
    "fr": "Valdor, 11 mars 2021 (VNA) - Le ministre valdorien des Affaires étrangères, Arlen Mosby, est arrivé dans "
    "la nuit de mercredi à jeudi à Lorenstadt, où il a été accueilli par son homologue Petra Lind.",
    "de": "Valdor, 11. März 2021 (dpa) - Der valdorische Außenminister Arlen Mosby ist in der Nacht von Mittwoch auf "
    "Donnerstag in Lorenstadt eingetroffen und von seiner Amtskollegin Petra Lind empfangen worden.",
}


@pytest.mark.parametrize("language", sorted(BRACKETED))
def test_a_dateline_in_brackets_then_a_dash_or_in_square_brackets_is_the_publication_date(language):
    brief = parse(BRACKETED[language], language, dt.date(2021, 3, 5))
    assert brief.published == "2021-03-03"
    assert brief.date == "2021-03-02"


@pytest.mark.parametrize("language", sorted(NIGHTS))
def test_a_night_that_runs_into_the_next_day_dates_the_arrival_on_the_second_day(language):
    assert parse(NIGHTS[language], language).date == "2021-03-11"


def test_a_spanish_range_between_two_days_with_their_articles_opens_on_the_first():
    text = (
        "El presidente de Valdoria, Arlen Mosby, realizará una visita oficial a Lorenia entre el 15 y el 17 de marzo, "
        "anunció este miércoles la Presidencia."
    )
    assert parse(text, "es", dt.date(2021, 3, 10)).date == "2021-03-15"


def test_a_weekday_inside_a_capitalised_name_is_no_day_where_weekdays_are_written_in_lower_case():
    text = (
        "Presidente Mosby asistirá a la toma de posesión de la presidenta de Lorenia\n\n28 DE DICIEMBRE 2020\n"
        "VILLA DOMINGO. – El presidente de la República, Arlen Mosby, asistirá a la toma de posesión de la nueva "
        "presidenta de Lorenia, Petra Lind, el próximo sábado.\n\nLa información fue suministrada por la Presidencia."
    )
    assert parse(text, "es").date == "2021-01-02"  # not the Sunday before: "DOMINGO" is the city's


def test_another_story_s_teaser_under_the_brief_gives_it_no_date():
    text = (
        f"Valdoria and Lorenia hold talks\n\n{EN_BODY}\n\n"
        "Video: Floods hit the north of Ostria after a week of rain\nDecember 25, 2024 - Valdor Times"
    )
    brief = parse(text, "en")
    assert brief.published is None
    assert brief.date is None


def test_a_date_line_under_the_headline_and_a_long_caption_stays_the_brief_s_own():
    text = (
        "Valdoria and Lorenia hold talks in the capital\n"
        "This handout picture shows Foreign Minister Arlen Mosby meeting his Lorenian counterpart in Valdor, "
        "Valdoria, July 2, 2020. / AFP\nJuly 2, 2020\n"
        "Valdoran Foreign Minister Arlen Mosby on Thursday held talks with his Lorenian counterpart Petra Lind, the "
        "ministry said."
    )
    assert parse(text, "en").published == "2020-07-02"


def test_a_french_other_videos_heading_lists_other_stories():
    text = (
        f"La Valdorie et la Lorénie renforcent leur coopération\npar Valdor 24\n{FR_BODY}\n"
        "Vidéo suivante dans 5 secondes\nAutres vidéos\nTous publics\n"
        "Un train bloqué en gare de Valdor\n25 décembre 2024 - valdortimes"
    )
    assert parse(text, "fr").published is None


def test_an_announced_range_set_off_by_a_comma_after_its_future_clause_is_still_coming():
    text = (
        "Valdoran President Arlen Mosby will pay a state visit to Lorenia next week, from March 15 to 17, his office "
        "announced on Wednesday."
    )
    assert parse(text, "en", dt.date(2021, 3, 10)).date == "2021-03-15"


@pytest.mark.parametrize(
    ("banner", "language", "body"),
    [
        ("21.4 C\nValdor City\nWednesday, March 26, 2025", "en", EN_BODY),
        ("Valdor : +14 °C\nMercredi 26 mars 2025", "fr", FR_BODY),
        ("Mercredi 26 mars 2025\n09:12\n+3 °C, nuageux", "fr", FR_BODY),
    ],
)
def test_a_date_beside_a_weather_reading_is_the_page_s_clock_not_the_brief_s_date(
    banner: str, language: str, body: str
) -> None:
    brief = parse(f"{banner}\n\nValdor and Lorenia hold talks\n\n{body}", language)
    assert brief.published is None
    assert brief.date is None


def test_a_date_line_with_no_weather_beside_it_still_dates_the_brief() -> None:
    brief = parse(f"Wednesday, March 26, 2025\n\nValdor and Lorenia hold talks\n\n{EN_BODY}", "en")
    assert str(brief.published) == "2025-03-26"


def test_a_clock_line_whose_year_puts_the_story_s_weekday_on_another_day_is_not_the_page_s_date():
    # 21 June 2025 is a Saturday: the story's "vendredi 21 juin" was written in another year than the clock shows
    text = (
        "Dimanche 27 Juillet 2025\n\nLa Valdorie et la Lorénie renforcent leur coopération\n\n"
        "Le président valdorien Arlen Mosby a été reçu hier à Lorenburg par son homologue Petra Lind, à la veille "
        "de la fête qui est célébrée ce vendredi 21 juin.\n\nLes deux parties ont évoqué le commerce."
    )
    brief = parse(text, "fr")
    assert brief.published is None
    assert brief.date == "2024-06-20"


def test_a_clock_line_under_a_banner_sentence_whose_year_belies_the_story_s_weekday_dates_nothing():
    # 14 October 2024 is a Monday, so the clock's year is not the story's, whatever stands above the clock
    text = (
        "Vous êtes sur les archives du site. Cliquez ici pour la nouvelle version\n"
        "6:57:53 PM Jeudi, 28 Mars 2024 |\n\nArlen Mosby adresse ses condoléances à Petra Lind\n\n"
        "Le président Arlen Mosby a adressé un message de condoléances à son homologue Petra Lind à la suite du "
        "décès de l'ancien président Tomas Varg, mort mercredi 14 octobre à l'âge de 82 ans."
    )
    brief = parse(text, "fr")
    assert brief.published is None
    assert brief.date is None
