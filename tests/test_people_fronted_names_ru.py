"""Russian names that capitalised runs hold: two names in one run, a fronted phrase's and the subject's ("В ходе
переговоров с главой МИД Иваном Петровым Маринов отметил": the dictionary reads the first in the instrumental and
the word after it in no such case); initials that are also short words ("В. Д. X") or of two letters ("Дж."); a
name right after a verb, whose subject before it tells nothing of its case ("X передал Роману Y"). The briefs are
written for these tests; every person in them is invented."""

import briefparse


def _names(text: str) -> list[str | None]:
    return [p.name for p in briefparse.parse(text).participants]


def test_fronted_name_in_the_instrumental_and_the_subject_are_two_people():
    text = (
        "Душанбе, 19 мая. Таджикистан готовится к визиту делегации Норландии, сообщил глава МИД республики Тимур "
        "Маринов.\n\nВ ходе переговоров с главой МИД России Иваном Петровым Маринов отметил, что делегация "
        "прибудет в декабре."
    )
    names = _names(text)
    assert "Иван Петров" in names
    assert not any(name and name.endswith("Маринов") and "Петров" in name for name in names)


def test_foreign_name_in_the_instrumental_stays_whole():
    text = "Министр иностранных дел Казахстана Павел Маринов встретился в Гамбурге с Нишой Десаи Бисвал."
    names = _names(text)
    assert any(name and "Бисвал" in name and "Десаи" in name for name in names)


def test_initials_that_are_also_short_words_open_the_name():
    text = (
        "Губернатор края Павел Соколов встретился с консулами. В этот раз в кабинет губернатора прибыли "
        "генконсулы: Норландии – Мэри Дж. Норвуд, Валдории – Тимур Маринов, а также почетные консулы: "
        "Австралии – В. Д. Гаврилов, Бангладеш – А. И. Зуев, Филиппин – Ю. М."
    )
    names = _names(text)
    assert "Мэри Дж. Норвуд" in names  # "Дж." ends no sentence
    assert "В. Д. Гаврилов" in names and "А. И. Зуев" in names  # "В.", "А.": initials, not "в", "а"
    assert not any(name and name.startswith("Ю.") for name in names)  # initials alone, the surname cut off


def test_name_right_after_a_verb_is_put_in_the_nominative_from_its_own_words():
    text = (
        "Посол Норвегии Павел Маринов передал Роману Соколенко послание премьер-министра Норвегии.\n"
        "Стороны обсудили подготовку визита."
    )
    names = _names(text)
    assert "Роман Соколенко" in names  # the subject before the verb tells nothing of the dative after it
