"""A line printed without its stop that tells the headline's report again at more length ("Премьер-министр Иван Дорн
принял делегацию …" under "Премьер-министр Дорн принял делегацию …") does not lead over the story's own stopped report:
on real pages such a line is the headline printed again with a kicker ("A Diplomatic Affair: …"), not the lead (the
pool's 1401 briefs hold no unstopped lead that retells its headline). A standfirst that adds to the headline, and the
headline printed again amid a menu, do not lead either.

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


def test_an_unstopped_line_retelling_the_headline_yields_to_the_stopped_report():
    report = "Глава правительства провел встречу с делегацией парламента Норландии."
    points = briefparse.parse(f"{_HEADLINE}\n{_LEAD}\n{report}\n{_BODY}").summary_points
    assert points[0] == report


def test_an_unstopped_standfirst_adding_to_the_headline_does_not_lead():
    standfirst = "Стороны обсудили развитие межпарламентского взаимодействия и гуманитарные вопросы региона"
    points = briefparse.parse(f"{_HEADLINE}\n{standfirst}\n{_BODY}").summary_points
    assert not points[0].startswith("Стороны обсудили")


def test_the_headline_printed_again_in_a_menu_does_not_lead():
    menu = f"Новости Политика Статья {_HEADLINE} Опубликовано в пятницу"
    points = briefparse.parse(f"{_HEADLINE}\n{menu}\n{_BODY}").summary_points
    assert not points[0].startswith("Новости")
