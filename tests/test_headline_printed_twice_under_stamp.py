"""A rubric or the site's name over the page's date stamp is no headline when the page prints its headline twice, one
copy right under the other, under the stamp; a caption printed twice under a headline over the stamp leaves the
headline.

Every brief here is invented for the test.
"""

import briefparse


def test_a_rubric_over_the_stamp_gives_way_to_the_headline_printed_twice():
    text = (
        "Royal Activities\n"
        "Tuesday 12 March 2024\n\n"
        "The King Receives Several Foreign Ambassadors\n\n"
        "The King Receives Several Foreign Ambassadors\n\n"
        "King Anton of Valdoria received, on Tuesday at the royal palace in Port Luna, several foreign ambassadors "
        "who came to present their credentials as ambassadors of their countries in the Kingdom.\n\n"
        "They are Jean Ostrik, Ambassador of France, and Paul Marin, Ambassador of Spain.\n"
    )
    assert briefparse.parse(text).title == "The King Receives Several Foreign Ambassadors"


def test_the_site_name_over_the_stamp_gives_way_to_the_headline_printed_twice():
    text = (
        "Глава Заречного района\n"
        "официальный сайт\n\n"
        "14.05.2023\n\n"
        "Рабочая встреча с главами поселений.\n\n"
        " Рабочая встреча с главами поселений.\n\n"
        "Глава района Иван Петров провел в понедельник рабочую встречу с главами городского и сельских поселений "
        "района.\n\n"
        "В ходе встречи глава района рассказал об основных мероприятиях прошедшей недели.\n"
    )
    assert briefparse.parse(text).title == "Рабочая встреча с главами поселений."


def test_a_caption_printed_twice_under_the_headline_over_the_stamp_leaves_the_headline():
    text = (
        "Minister Marin welcomes Ambassador Ostrik in Port Luna\n"
        "Tuesday 12 March 2024\n\n"
        "Marin and Ostrik at the ministry in Port Luna\n\n"
        "Marin and Ostrik at the ministry in Port Luna\n\n"
        "Minister Paul Marin welcomed Ambassador Jean Ostrik at the ministry in Port Luna on Tuesday, the ministry "
        "said in a statement.\n\n"
        "The two discussed trade between their countries.\n"
    )
    assert briefparse.parse(text).title == "Minister Marin welcomes Ambassador Ostrik in Port Luna"
