"""A blog platform prints a notice over the posts of a label, often twice ("Showing posts with label X. Show all
posts"): page furniture, never the headline, however often the page repeats it.

Every brief and every person here is invented for the test; the countries are invented.
"""

import pytest

import briefparse

PAGES = [
    (
        "Posts mit dem Label Besuch werden angezeigt. Alle Posts anzeigen",
        "Montag, 3. Juni 2024",
        "Bürgermeister Marin empfängt Botschafter aus Norland",
        "Bürgermeister Paul Marin hat am Montag den Botschafter Norlands, Jan Ostrik, im Rathaus von Valdorf "
        "empfangen. Beide sprachen über die Partnerschaft der Städte.",
    ),
    (
        "Mostrando entradas con la etiqueta Gobierno. Mostrar todas las entradas",
        "lunes, 3 de junio de 2024",
        "Alcalde Marin recibe al embajador de Norland",
        "El alcalde Paul Marin recibió este lunes al embajador de Norland, Jan Ostrik, en el palacio municipal de "
        "Valdoria. Ambos hablaron del hermanamiento de las ciudades.",
    ),
    (
        "Showing posts with label Diplomacy. Show all posts",
        "Monday, June 3, 2024",
        "Mayor Marin receives Norland's ambassador",
        "Mayor Paul Marin on Monday received Norland's ambassador Jan Ostrik at the city hall of Valdoria. The two "
        "discussed the twinning of their cities.",
    ),
    (
        "Affichage des articles dont le libellé est Diplomatie. Afficher tous les articles",
        "lundi 3 juin 2024",
        "Le maire Marin reçoit l'ambassadeur de Norland",
        "Le maire Paul Marin a reçu lundi l'ambassadeur de Norland, Jan Ostrik, à l'hôtel de ville de Valdoria. Les "
        "deux hommes ont évoqué le jumelage des deux villes.",
    ),
    (
        "Сообщения с ярлыком Политика. Показать все сообщения",
        "понедельник, 3 июня 2024 г.",
        "Мэр Марин принял посла Норланда",
        "Мэр Пауль Марин в понедельник принял в мэрии Вальдории посла Норланда Яна Острика. Стороны обсудили "
        "побратимство городов.",
    ),
]


@pytest.mark.parametrize(("notice", "date_line", "headline", "story"), PAGES)
def test_a_label_notice_printed_twice_is_no_headline(notice, date_line, headline, story):
    text = f"Valdoria News\n\n{notice}\n\n{notice}\n\n{date_line}\n\n{headline}\n\n{story}\n"
    assert briefparse.parse(text).title == headline
