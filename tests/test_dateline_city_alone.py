"""A known city alone on its line, right over the story, is the dispatch's dateline.

The brief is written for this test (invented people, real countries).
"""

import briefparse

BODY = (
    "Bundesminister Jonas Brandt ist am Freitag mit Vertretern des peruanischen Parlaments zu Gesprächen "
    "zusammengetroffen. Dabei ging es um Handel, Bergbau und Klimaschutz.\n"
)


def test_a_known_city_alone_over_the_story_is_its_dateline():
    brief = briefparse.parse("Lima\n" + BODY)
    assert brief.location == "Lima"


def test_a_city_over_a_weather_reading_is_no_dateline():
    brief = briefparse.parse(
        "Тверь\n+3 °C\n\nВстреча с послом\n\n"
        "Сегодня состоялась встреча губернатора Ивана Петрова с послом Норвегии Ларсом Ханссеном. Они обсудили "
        "культурные проекты и торговлю.\n"
    )
    assert brief.location is None
