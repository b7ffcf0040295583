"""A page that prints a site notice, its date stamp and its menu over the headline: the notice is no headline; a
headline right over its stamp stays the headline. (A rubric over the stamp no longer yields to the line under the
stamp: the one real brief of that shape in the pool, a U.S. embassy's page, has the line over the stamp for headline.)

Every brief and every person here is invented for the test.
"""

import briefparse

_FR = (
    "Vous êtes sur la version ARCHIVES. Cliquez ici pour afficher la nouvelle version de valdonews.com\n"
    " 6:57:53 PM Jeudi, 28 Mars 2024 | \n"
    "Actualité  |  Immobilier  |  Annonces classées  |  Forums  |  Annuaire  |  Vidéos  |  Photos \n\n\n"
    "Le Président Karl Vogt adresse ses condoléances au peuple norlandais\n\n"
    "Monde - Diplomatie\n\n"
    "Le Président Karl Vogt a adressé un message de condoléances et de compassion à son homologue le Président "
    "Paul Marin à la suite du décès de l’ancien Président Jon Ostrik de Norlande.\n"
)
_HEADLINE_OVER_STAMP = (
    "Президент Валдории принял посла Норландии\n"
    "12 марта 2024 г.\n"
    "Президент Валдории Иван Дорнов принял верительные грамоты посла Норландии Петра Ланина. Стороны обсудили "
    "перспективы торгово-экономического сотрудничества двух стран.\n"
)


def test_headline_under_the_stamp_of_a_site_notice():
    title = briefparse.parse(_FR).title
    assert title == "Le Président Karl Vogt adresse ses condoléances au peuple norlandais"


def test_headline_over_the_stamp_stays_the_headline():
    assert briefparse.parse(_HEADLINE_OVER_STAMP).title == "Президент Валдории принял посла Норландии"


_STANDFIRST_UNDER_STAMP = (
    "Skip Global Navigation to Main Content\n"
    "Embassy News\n\n"
    "A New Embassy in the Young Republic of Valdoria\n\n"
    "March 14, 2023\n"
    "Head of Delegation, Ambassador Anna Berg, hosts inauguration and ribbon cutting ceremony\n\n"
    "Tuesday, March 14, 2023: At an official ribbon cutting ceremony on March 11 in Port Luna, Ambassador Anna Berg "
    "turned the Consulate General of Norland into the Embassy of Norland in the new Republic of Valdoria. Norland "
    "opened its consulate in Port Luna in 2005.\n"
)


def test_the_line_over_the_stamp_stays_the_headline_over_a_standfirst_that_names_the_event():
    assert briefparse.parse(_STANDFIRST_UNDER_STAMP).title == "A New Embassy in the Young Republic of Valdoria"
