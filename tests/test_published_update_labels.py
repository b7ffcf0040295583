"""An update label the page puts before its last change ("Letzte Aktualisierung:", "Última actualización:",
"Последнее обновление:", "Dernière mise à jour :"): that date is not the publication date when the page shows one.

Every brief here is invented for the test.
"""

import briefparse


def test_a_site_wide_last_update_over_the_headline_is_not_the_publication_date():
    text = (
        "Das Magazin aus Norburg\n\n"
        "Letzte Aktualisierung: 26.04.2024\n\n"
        "Oberbürgermeister empfängt neue Konsuln aus Valdoria\n\n"
        "von Anna Berger\n\n"
        "(21.03.2024) Oberbürgermeister Paul Marin hat am Mittwoch die neuen Konsuln aus Valdoria und Norland "
        "im Rathaus empfangen. Sie sprachen über die Partnerschaft der beiden Städte."
    )
    assert briefparse.parse(text).published == "2024-03-21"


def test_the_last_update_before_the_publication_line_is_not_the_publication_date():
    text = (
        "Marín recibe a su homólogo de Norlandia\n"
        "Última actualización: 16/03/2024\n"
        "Publicado: 15/03/2024\n"
        "El canciller de Valdoria, Paul Marín, se reunió en Norburgo con su homólogo de Norlandia, Erik Solberg, "
        "para conversar sobre la cooperación entre ambos países."
    )
    assert briefparse.parse(text).published == "2024-03-15"


def test_the_last_update_before_the_publication_line_is_not_the_publication_date_ru():
    text = (
        "Марин провел переговоры с главой МИД Норландии\n"
        "Последнее обновление: 04.12.2024\n"
        "Опубликовано: 03.12.2024\n"
        "Министр иностранных дел Вальдории Пауль Марин провел в Норбурге переговоры со своим норландским "
        "коллегой Эриком Сольбергом о сотрудничестве двух стран."
    )
    assert briefparse.parse(text).published == "2024-12-03"
