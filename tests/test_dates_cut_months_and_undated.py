"""Event and publication dates of briefs from agencies and portals: a month cut short before a full stop, a brief
typed a statement for want of any event word, a day a state has lasted since, a lead counting from an unknown
publication day, a year-less day beside a background date, an agency's initials in a dateline, a byline opening the
page, a weekday marked as past, an update stamp, an ordinal date line under a headline.

Every brief here is invented for the test.
"""

import datetime as dt

import briefparse


def parse(text: str, reference: dt.date | None = None) -> briefparse.Brief:
    return briefparse.parse(text, reference_date=reference)


def test_a_month_cut_short_before_a_full_stop_dates_the_dispatch():
    text = (
        "Valdor : les riverains contre la déviation de la route\n\n"
        "Porta Nova, 07 fév. 2019 (AVP)-Des riverains ont fait part hier mercredi de leur opposition au changement "
        "d'itinéraire de la route nationale, devant le préfet Paul Marin.\n\n"
        "Le préfet a promis de transmettre leurs doléances au ministre."
    )
    assert parse(text).published == "2019-02-07"


def test_a_cut_that_also_opens_a_weekday_is_no_month():
    text = (
        "Politique\nmar. 12 févr. 2019\n\n"
        "Le président valdorien Paul Marin a reçu l'ambassadeur de Norlandie, Erik Lund, au palais de Porta Nova.\n\n"
        "Les deux hommes ont évoqué la coopération."
    )
    assert parse(text).published == "2019-02-12"


def test_a_brief_typed_a_statement_for_want_of_any_event_word_is_dated_by_the_day_its_lead_gives():
    text = (
        "Sindor : le nouveau préfet Paul Marin installé\n\n"
        "Sindor, 22 août 2022 (AVP)-Le nouveau préfet du département de Sindor Paul Marin a été installé le jeudi "
        "dernier par le secrétaire général de la province, Erik Lund.\n\n"
        "M. Marin était auparavant chef de service au haut-commissariat de la province."
    )
    brief = parse(text)
    assert brief.published == "2022-08-22"
    assert brief.date == "2022-08-18"


def test_a_day_a_state_has_lasted_since_dates_no_event():
    text = (
        "Ответ официального представителя МИД Валдории Анны Мариной на вопрос СМИ\n"
        "11 января 2023\n"
        "Вопрос: Как Вы могли бы прокомментировать циркулирующие с 6 января сообщения о норландской выставке?\n\n"
        "Ответ: Обратили внимание норландских коллег на появившиеся в Интернете сообщения."
    )
    assert parse(text).date == "2023-01-11"


def test_a_day_talks_have_gone_on_since_is_not_the_day_of_the_meeting():
    text = (
        "Porta Nova, 12 janvier 2023 (AVP) - Le président valdorien Paul Marin s'est entretenu avec l'ambassadeur "
        "de Norlandie, Erik Lund, des négociations engagées depuis le 6 janvier entre les deux pays.\n\n"
        "Les deux hommes ont souhaité les conclure avant l'été."
    )
    assert parse(text).date == "2023-01-12"


def test_yesterday_in_the_lead_of_an_undated_brief_is_not_counted_from_a_background_date():
    text = (
        "Coopération Valdoria-Norlandie : le soutien réaffirmé\n\n"
        "Reçu hier au palais de Porta Nova par le président Paul Marin, le ministre norlandais des Affaires "
        "étrangères Erik Lund a rappelé la disponibilité de son pays.\n\n"
        "Pour cette première rencontre depuis sa nomination au ministère, le 17 mai 2017, Erik Lund a eu droit à tous "
        "les égards dus à son rang lors de son entretien avec le président."
    )
    assert parse(text).date is None


def test_a_full_date_a_demonstrative_points_at_dates_the_lead_of_an_undated_brief():
    text = (
        "Valdoria : le président reçoit le chef de l'opposition\n\n"
        "Le président Paul Marin a accordé ce matin une audience au chef de file de l'opposition, Erik Lund.\n\n"
        "Leur dernière rencontre remontait à mars 2012 à Porta Nova.\n\n"
        "Ce 16 mai 2018, au palais présidentiel, Erik Lund a été reçu par le chef de l'État à sa demande."
    )
    assert parse(text).date == "2018-05-16"


def test_yesterday_restated_after_an_article_is_the_day_written():
    text = (
        "Nommé hier le 25 octobre 2021 par le président Paul Marin, Erik Lund est désormais ministre des Affaires "
        "étrangères de Valdoria.\n\n"
        "Il s'engage à redynamiser la diplomatie valdorienne."
    )
    assert parse(text).date == "2021-10-25"


def test_a_day_without_its_year_in_an_undated_brief_takes_the_year_nearest_a_date_it_writes():
    text = (
        "Erik Lund annonce la relance de la coopération entre Porta Nova et Norberg\n\n"
        "Dans le cadre d'une visite de travail, le ministre norlandais des Affaires étrangères, Erik Lund, a été reçu "
        "le 23 octobre au palais, à Porta Nova, par le président Paul Marin.\n\n"
        "Sa visite intervient après le dialogue national convoqué du 30 septembre au 4 octobre 2019."
    )
    assert parse(text).date == "2019-10-23"


def test_an_agency_dateline_with_initials_between_commas_and_a_range_carrying_its_year():
    text = (
        "Porta Nova, May 18, VNA – A technical team led by the Commissioner for Political Affairs, Paul Marin, has "
        "paid a working visit to Valdoria.\n\n"
        "The Ministry of Foreign Affairs said the team held talks with the Minister, Erik Lund.\n\n"
        "The two-day visit was from May 15 to 16, 2023."
    )
    brief = parse(text)
    assert brief.published == "2023-05-18"
    assert brief.date == "2023-05-15"


def test_the_only_date_a_relation_has_lasted_since_does_not_date_the_talks():
    text = (
        "Valdoria-Norlandie : coopération bilatérale au beau fixe\n\n"
        "Peu après son arrivée à Porta Nova, l'hôte du jour s'est entretenu avec son homologue valdorien, Paul Marin, "
        "en toute cordialité.\n\n"
        "Le président Marin a salué une relation bilatérale entamée depuis le 21 mars 1975 avec la signature de "
        "l'accord de coopération."
    )
    assert parse(text).date is None


def test_a_byline_with_its_date_opening_the_page_is_the_publication_line_not_a_headline():
    text = (
        "Par Paul Dubois le 12/03/2024\n"
        "Valdoria : Paul Marin reçoit l'ambassadeur de Norlandie\n"
        "Le président valdorien Paul Marin a reçu mardi au palais de Porta Nova l'ambassadeur de Norlandie, Erik "
        "Lund, venu lui présenter ses lettres de créance.\n\n"
        "Les deux hommes ont évoqué la coopération entre les deux pays."
    )
    assert parse(text).published == "2024-03-12"


def test_a_weekday_marked_as_past_on_that_same_weekday_is_the_week_before():
    text = (
        "Jeudi 14 mars 2024\n"
        "Valdoria : Paul Marin reçoit l'ambassadeur de Norlandie\n"
        "Le président valdorien Paul Marin a reçu jeudi dernier au palais de Porta Nova l'ambassadeur de Norlandie, "
        "Erik Lund, venu lui présenter ses lettres de créance.\n\n"
        "Les deux hommes ont évoqué la coopération."
    )
    assert parse(text).date == "2024-03-07"
    assert parse(text.split("\n", 1)[1], dt.date(2024, 3, 14)).date == "2024-03-07"


def test_an_update_stamp_beside_the_publication_line_dates_no_event():
    text = (
        "Published March 14, 2024 | Updated March 15, 2024\n"
        "Valdoria's Marin receives Norlandian envoy\n\n"
        "Valdorian President Paul Marin received the Norlandian ambassador, Erik Lund, at the palace in Porta Nova "
        "earlier this week.\n\nThe two discussed cooperation between their countries."
    )
    brief = parse(text)
    assert brief.published == "2024-03-14"
    assert brief.date != "2024-03-15"


def test_a_date_line_with_an_ordinal_day_under_the_headline_stays_a_line_of_its_own():
    text = (
        "Valdoria's Marin receives Norlandian envoy\n"
        "12th March 2024\n\n"
        "Valdorian President Paul Marin on Tuesday received the Norlandian ambassador, Erik Lund, at the palace in "
        "Porta Nova.\n\nThe two discussed cooperation between their countries."
    )
    brief = parse(text)
    assert brief.title == "Valdoria's Marin receives Norlandian envoy"
    assert brief.published == "2024-03-12"
