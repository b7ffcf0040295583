"""What a Russian page prints between its headline and the story is no headline: the newsroom's byline over the
date stamp ("Редакция сайта X"), and a stamp line without a year run into the headline ("admin 14-мар, 12:10 310").

Every brief and every person here is invented for the test.
"""

import briefparse

_HEADLINE = "Премьер Казахстана встретился с послом Финляндии"
_BODY = (
    "АСТАНА, 14 марта. Премьер-министр Казахстана Арман Сейтов встретился с послом Финляндии Юхани Лаксо. "
    "Стороны обсудили торговое сотрудничество, сообщает Вестник.\n"
)


def test_a_newsroom_byline_over_the_stamp_is_no_headline():
    text = (
        f"{_HEADLINE}\n\nСтороны обсудили торговлю\nРедакция сайта Вестник\n14 марта 2025, 12:10\n\n" + _BODY
    )
    assert briefparse.parse(text).title == _HEADLINE


def test_a_stamp_line_without_a_year_run_into_the_headline_is_cut_off():
    text = f"{_HEADLINE}\nadmin 14-мар, 12:10 310\n" + _BODY
    assert briefparse.parse(text).title == _HEADLINE
