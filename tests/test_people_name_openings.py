"""Where a person's name opens after the words of an office: a body's initials in capitals ("госсекретарь СГ X")
and the oblique case of a capitalised neuter noun ("Председатель Правительства X") are no given names; two capitals
stay initials where the press writes them without stops ("AK Abdul Momen").

The briefs and their people are fictional, written for these tests.
"""

import briefparse


def _names(text: str) -> list[str | None]:
    return [p.name for p in briefparse.parse(text).participants]


RUSSIAN_INITIALS = """Маринов заявил о заседании совета

МОСКВА, 28 сентября. Ближайшее заседание Совета министров пройдет до конца года. Об этом в среду сообщил \
госсекретарь СГ Павел Маринов.
"""


def test_russian_body_initials_open_no_name():
    assert "Павел Маринов" in _names(RUSSIAN_INITIALS)


RUSSIAN_GOVERNMENT = """Президент провел совещание с членами Совета Безопасности

Президент провел оперативное совещание с постоянными членами Совета Безопасности.

В совещании приняли участие Председатель Правительства Павел Маринов, Министр обороны Игорь Светлов.
"""


def test_russian_oblique_neuter_noun_opens_no_name():
    names = _names(RUSSIAN_GOVERNMENT)
    assert "Павел Маринов" in names, names


ENGLISH_INITIALS = """Foreign ministers of Norland and Valdoria meet

Norland's Foreign Minister AK Paul Marin held talks with his Valdorian counterpart Tomas Wendt in Soria City on
Monday.
"""


def test_english_undotted_initials_stay_in_the_name():
    assert "AK Paul Marin" in _names(ENGLISH_INITIALS)
