"""A line that opens and closes on the same run of words is the page's list of tags printed twice ("Иван Дорн Пётр
Ланин Валдория политика Иван Дорн Пётр Ланин Валдория"), no headline: the headline under it is read.

Every brief and every person here is invented for the test.
"""

import briefparse

_TAGS = "Иван Дорн Пётр Ланин Армения политика Иван Дорн Пётр Ланин Армения"
_REST = (
    "\n\nДорн провёл разговор с главой МИД Армении\n\n"
    "Министр иностранных дел Иван Дорн провёл телефонный разговор со своим армянским коллегой Петром Ланиным. "
    "Стороны обсудили двустороннее сотрудничество.\n"
)


def test_tags_printed_twice_are_no_headline():
    assert briefparse.parse(_TAGS + _REST).title == "Дорн провёл разговор с главой МИД Армении"


def test_a_headline_repeating_a_short_phrase_stays_the_headline():
    headline = "Визит в Армению: Дорн провёл переговоры, визит в Армению"
    text = headline + "\n\nМинистр Иван Дорн провёл переговоры в Ереване с коллегой Петром Ланиным.\n"
    assert briefparse.parse(text).title == headline
