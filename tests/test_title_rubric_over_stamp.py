"""A page that prints its rubric, its date stamp, then the headline: the line over the stamp names no event and the
line right under it names one with no final stop, so the line under the stamp is the headline, not the rubric.

Every brief and every person here is invented for the test.
"""

import briefparse

_RU = (
    "| Политическая жизнь в Валдайской области | |\n"
    "| 30.11.2025 |\n"
    "Иван Дорнов встретился с новым генконсулом |\n"
    "|\n"
    "Губернатор Валдайской области Иван Дорнов провел рабочую встречу с вновь назначенным генеральным консулом "
    "Норландии Петром Ланиным. Стороны обсудили сотрудничество в сфере образования и культуры.\n"
)
_FR = (
    "Vous consultez l'ancienne version. Cliquez ici pour ouvrir la nouvelle version de valdonews.com\n"
    " 9:12:05 AM Mardi, 12 Mars 2024 | \n\n"
    "Le président Karl Vogt adresse ses condoléances au peuple norlandais\n\n"
    "Monde - Diplomatie\n\n"
    "Le président de la Valdorie, Karl Vogt, a adressé un message de condoléances à son homologue norlandais Paul "
    "Marin après les inondations qui ont frappé le pays.\n"
)
_HEADLINE_OVER_STAMP = (
    "Президент Валдории принял посла Норландии\n"
    "12 марта 2024 г.\n"
    "Президент Валдории Иван Дорнов принял верительные грамоты посла Норландии Петра Ланина. Стороны обсудили "
    "перспективы торгово-экономического сотрудничества двух стран.\n"
)


def test_headline_under_the_stamp_of_a_rubric():
    assert briefparse.parse(_RU).title.rstrip(" |") == "Иван Дорнов встретился с новым генконсулом"


def test_headline_under_the_stamp_of_a_site_notice():
    title = briefparse.parse(_FR).title
    assert title == "Le président Karl Vogt adresse ses condoléances au peuple norlandais"


def test_headline_over_the_stamp_stays_the_headline():
    assert briefparse.parse(_HEADLINE_OVER_STAMP).title == "Президент Валдории принял посла Норландии"
