"""A weekday and a day of the month without a year, in a brief with no reference date: of the years that put the
day on that weekday, one in which the officeholders the brief names held office ("Mike Pompeo … este miércoles 16
de octubre": 2019, not 2024); the latest agreeing year when it names none, or none fits them all.

Every brief here is invented for the test; the officeholders are real people of the register.
"""

import datetime as dt

import briefparse


def _latest_wednesday_16_october() -> str:
    """The latest 16 October on a Wednesday up to today: the year the day has when nothing else tells it."""
    today = dt.date.today()
    year = next(y for y in range(today.year, today.year - 12, -1) if dt.date(y, 10, 16).weekday() == 2)
    return f"{year}-10-16"


def test_a_secretary_of_state_dates_a_yearless_weekday_in_his_term():
    text = (
        "El canciller de Valdora, Tomás Ibarra, se reunió este miércoles 16 de octubre con el secretario de Estado "
        "de Estados Unidos, Mike Pompeo.\n\nAmbos abordaron la cooperación comercial."
    )
    assert briefparse.parse(text).date == "2019-10-16"


def test_a_chancellor_named_by_her_surname_alone_dates_the_day_before_her_successor():
    text = (
        "Bundeskanzlerin Merkel empfängt Ministerpräsidenten Lorenz Vell\n\n"
        "Die Bundeskanzlerin empfängt am Donnerstag, den 13. März, den Ministerpräsidenten von Lirnau, Lorenz Vell, "
        "im Bundeskanzleramt. Im Gespräch soll es um bilaterale Themen gehen."
    )
    assert briefparse.parse(text).date == "2014-03-13"


def test_no_officeholder_named_keeps_the_latest_agreeing_year():
    text = (
        "El canciller de Valdora, Tomás Ibarra, se reunió este miércoles 16 de octubre con su homólogo de Lirnau, "
        "Pablo Ortega.\n\nAmbos abordaron la cooperación comercial."
    )
    assert briefparse.parse(text).date == _latest_wednesday_16_october()


def test_people_of_different_times_fall_back_to_the_latest_agreeing_year():
    text = (
        "Le ministre Laurent Fabius a reçu ce mercredi 16 octobre le ministre Jean-Noël Barrot.\n\n"
        "Les deux hommes ont évoqué la coopération."
    )
    assert briefparse.parse(text).date == _latest_wednesday_16_october()


def test_a_minister_known_only_from_a_later_office_leaves_the_years_of_the_others():
    text = (
        "ISLAMABAD, Feb 28: Prime Minister Nawaz Sharif on Tuesday received the visiting Foreign Minister of "
        "Lirnau, Paul Vell.\n\nFinance Minister Ishaq Dar was also present on the occasion."
    )
    assert briefparse.parse(text).date == "2017-02-28"


def test_the_officeholders_of_the_days_sentence_come_before_those_of_an_earlier_occasion():
    text = (
        "Emmanuel Macron recevra mercredi 7 mai le président lorénien Paul Marin à l'Élysée.\n\n"
        "Dix-sept ans plus tôt, Bachar Al Assad avait assisté au défilé du 14 juillet 2008 au côté de Nicolas Sarkozy."
    )
    assert briefparse.parse(text).date == "2025-05-07"


def test_a_reference_date_or_a_stamped_publication_day_outweighs_the_terms_of_office():
    text = (
        "El canciller de Valdora, Tomás Ibarra, se reunió este miércoles 16 de octubre con el secretario de Estado "
        "de Estados Unidos, Mike Pompeo.\n\nAmbos abordaron la cooperación comercial."
    )
    assert briefparse.parse(text, reference_date="2024-10-20").date == "2024-10-16"
    stamped = "Publicado el 17 de octubre de 2024\n\n" + text
    assert briefparse.parse(stamped).date == "2024-10-16"


def test_a_vietnamese_president_dates_a_yearless_weekday_in_his_term():
    text = (
        "Valdora (VNA) – Le président Tran Dai Quang est arrivé lundi 26 juin à Lirnau, entamant une visite "
        "officielle de deux jours sur l'invitation de son homologue Ivo Lind.\n\n"
        "Il a été accueilli à l'aéroport par le vice-Premier ministre Marek Sol."
    )
    assert briefparse.parse(text).date == "2017-06-26"


def test_a_president_elect_between_the_vote_and_the_swearing_in_dates_his_calls() -> None:
    text = (
        "Le président de Valdora, Tomás Ibarra, s'est entretenu ce mercredi 13 novembre au téléphone avec le "
        "président élu des Etats-Unis, Donald Trump, qui prendra ses fonctions en janvier.\n\n"
        "Les deux hommes ont évoqué la coopération."
    )
    assert briefparse.parse(text).date == "2024-11-13"


def test_the_years_most_of_the_named_held_office_when_none_fits_them_all():
    # Theresa May was in office in no year that puts 8 May on a Friday; Juan Manuel Santos was in 2015 only
    text = (
        "El presidente Juan Manuel Santos recorrió el viernes 8 de mayo el puerto de Valdora, donde la primera "
        "ministra Theresa May inauguraría más tarde un astillero.\n\nLo acompañó el alcalde Tomás Ibarra."
    )
    assert briefparse.parse(text).date == "2015-05-08"


def test_officeholders_named_in_cyrillic_and_in_an_oblique_case_date_a_yearless_weekday():
    # 10 November is a Sunday in 2019 and 2024; Armenia's foreign minister Mnatsakanyan held office in 2019 only
    text = (
        "Глава МИД Армении принял делегацию Лирнау\n\n"
        "В воскресенье, 10 ноября, делегацию парламента Лирнау во главе с Тамарой Велиной принял министр "
        "иностранных дел Армении Зограб Мнацаканян. Встреча с Зограбом Мнацаканяном прошла в Ереване."
    )
    assert briefparse.parse(text).date == "2019-11-10"
