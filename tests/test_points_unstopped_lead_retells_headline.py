"""A lead printed without its stop that tells the headline's report again at more length ("Премьер-министр Иван Дорн
принял делегацию …" under "Премьер-министр Дорн принял делегацию …") is the brief's lead point, though it credits no
one; a standfirst that adds to the headline, and the headline printed again amid a menu, do not lead so.

Every brief and every person here is invented for the test.
"""

import briefparse

_HEADLINE = "Премьер-министр Дорн принял делегацию во главе с председателем группы дружбы Валдория-Норландия"
_LEAD = (
    "Премьер-министр Иван Дорн принял делегацию во главе с председателем группы дружбы Валдория-Норландия "
    "парламента Норландии Петером Ланге"
)
_BODY = (
    "Премьер-министр приветствовал визит делегации и подчеркнул динамичный характер двусторонних отношений.\n"
    "Петер Ланге отметил тесное сотрудничество с коллегами и выразил уверенность в развитии отношений.\n"
)


def test_an_unstopped_lead_retelling_the_headline_leads():
    points = briefparse.parse(f"{_HEADLINE}\n{_LEAD}\n{_BODY}").summary_points
    assert points[0].startswith("Премьер-министр Иван Дорн принял делегацию")


def test_an_unstopped_standfirst_adding_to_the_headline_does_not_lead():
    standfirst = "Стороны обсудили развитие межпарламентского взаимодействия и гуманитарные вопросы региона"
    points = briefparse.parse(f"{_HEADLINE}\n{standfirst}\n{_BODY}").summary_points
    assert not points[0].startswith("Стороны обсудили")


def test_the_headline_printed_again_in_a_menu_does_not_lead():
    menu = f"Новости Политика Статья {_HEADLINE} Опубликовано в пятницу"
    points = briefparse.parse(f"{_HEADLINE}\n{menu}\n{_BODY}").summary_points
    assert not points[0].startswith("Новости")
