"""Russian participants next to an outlet's or a body's name: an agency written in Latin letters against Cyrillic
names ("АМИ Norpress", "Norpress Ивану Сорокину") is no one, nor part of anyone's name; a capitalised noun in
another case than the title before it is the title's complement ("директору Агентства"), not its holder's
surname. The briefs are written for these tests; every person and outlet in them is invented."""

import briefparse
from briefparse.analysis.names import find_names
from briefparse.lang.ru import LANGUAGE

_MEDAL = (
    "БАКУ/ Norpress/ - 1 сентября АМИ Norpress отмечает 30-летие со дня основания.\n\n"
    "В связи с этим председатель Азербайджанского общества Красного Полумесяца Павел Маринов вручил директору "
    "Агентства международной информации Norpress Ивану Сорокину юбилейную медаль."
)


def _names(text: str) -> list[str]:
    brief = briefparse.parse(text)
    return [p.name for p in [*brief.participants, *brief.people_mentioned] if p.name]


def test_latin_outlet_name_is_cut_off_a_cyrillic_name():
    names = _names(_MEDAL)
    assert "Иван Сорокин" in names
    assert not any("Norpress" in name for name in names)


def test_noun_in_another_case_than_the_title_is_no_surname():
    found = [" ".join(match.tokens) for match in find_names(_MEDAL, 0, len(_MEDAL), LANGUAGE)]
    assert "Агентства" not in found
