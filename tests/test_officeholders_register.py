"""The register of officeholders (briefparse.officeholders): its shipped data's shape, and what it answers."""

from __future__ import annotations

import datetime as dt
from itertools import pairwise

from babel import Locale

from briefparse.extract.dates import _title_words
from briefparse.lang import get_language
from briefparse.officeholders import OFFICES, holders_named, in_office, key, read_rows, terms

_COLUMNS = ["name", "country", "office", "start", "end"]
#: the organisations whose heads the register holds
_ORGANISATIONS = {"UN", "EU", "AU", "ARAB", "OAS", "NATO", "OIF"}


def test_every_row_is_a_term_of_an_office_of_a_state_or_an_organisation():
    rows = read_rows()
    assert len(rows) > 400
    territories = Locale("en").territories
    for row in rows:
        assert list(row) == _COLUMNS, row
        assert row["name"].strip() == row["name"] and row["name"], row
        assert row["country"] in _ORGANISATIONS or (row["country"] in territories and len(row["country"]) == 2), row
        assert row["office"] in OFFICES, row
        start = dt.date.fromisoformat(row["start"])
        assert row["end"] == "" or start < dt.date.fromisoformat(row["end"]), row


def test_no_row_is_written_twice_and_one_persons_terms_of_one_office_do_not_overlap():
    rows = read_rows()
    assert len({tuple(row.values()) for row in rows}) == len(rows)
    for row in rows:
        same = sorted(
            (t.start, t.end or dt.date.max)
            for t in terms(row["name"])
            if (t.country, t.office) == (row["country"], row["office"])
        )
        assert all(end <= start for (_, end), (start, _) in pairwise(same)), row["name"]


def test_names_of_different_people_of_one_office_fold_to_distinct_keys():
    by_office: dict[tuple[str, str], dict[str, str]] = {}
    for row in read_rows():
        seen = by_office.setdefault((row["country"], row["office"]), {})
        assert seen.setdefault(key(row["name"]), row["name"]) == row["name"], row


_TITLES = frozenset({"kanzler", "m", "presidente", "president", "canciller", "ministre"})


def test_people_are_found_as_briefs_write_them():
    text = (
        "Bundeskanzlerin Merkel empfängt den Ministerpräsidenten, Bohuslav Sobotka. Le ministre Sergueï Lavrov a "
        "reçu S. Jaishankar. El canciller Marcelo Luis Ebrard Casaubón y Presidente López Obrador."
    )
    assert holders_named(text, _TITLES) == (
        "angela merkel",
        "bohuslav sobotka",
        "sergey lavrov",
        "subrahmanyam jaishankar",
        "marcelo ebrard",
        "andres manuel lopez obrador",
    )


def test_a_surname_alone_is_read_after_a_title_when_one_person_ends_with_it():
    assert holders_named("La ministre Dlamini-Zuma", _TITLES) == ("nkosazana dlamini zuma",)
    assert holders_named("Le ministre Paul Merkel, Paul Zuma", _TITLES) == ()
    assert holders_named("Heydar Aliyev, García, Kanzler Merkel", _TITLES) == ("angela merkel",)


def test_how_many_of_the_people_named_held_office_on_a_day():
    named = holders_named("Mike Pompeo et Gustavo Meza-Cuadra")
    assert in_office(named, dt.date(2019, 10, 16)) == 2
    assert in_office(named, dt.date(2020, 10, 16)) == 1
    assert in_office(named, dt.date(2024, 10, 16)) == 0
    assert in_office((), dt.date(2024, 10, 16)) == 0


def test_a_surname_alone_closes_its_run_and_is_no_given_name():
    assert holders_named("Hassan Abouyoub, ambassadeur en Roumanie", _TITLES) == ()
    assert holders_named("President Putin a reçu M. Meza-Cuadra", _TITLES) == (
        "vladimir putin",
        "gustavo meza cuadra",
    )


def test_a_regnal_number_is_part_of_the_name_and_a_middle_initial_is_not():
    assert holders_named("el ministro Juan Carlos Pinzón") == ()
    assert holders_named("el rey Juan Carlos I") == ("juan carlos i",)
    assert holders_named("President George Bush") == ("george w bush",)


def test_a_patronymic_or_a_given_name_is_no_surname_read_alone():
    assert holders_named("Präsident Salman", frozenset({"prasident"})) == ()
    assert holders_named("Kanzler Philippe", frozenset({"kanzler"})) == ()
    assert holders_named("le ministre Bourita", frozenset({"ministre"})) == ("nasser bourita",)


def test_the_titles_before_a_surname_are_the_languages_honorifics_and_long_role_words():
    titles = _title_words(get_language("en"))
    assert {"mr", "president", "chancellor"} <= titles
    assert not {"the", "of", "king", "prince"} & titles


def test_a_name_in_cyrillic_is_read_in_its_latin_spelling_without_its_case_ending():
    russian = get_language("ru")
    text = "Госсекретарь США Рекс Тиллерсон позвонил президенту Виктору Януковичу; Тамара Велина"
    assert holders_named(text, _title_words(russian), russian) == ("rex tillerson", "viktor yanukovych")
    assert holders_named("с главой МИД Армении Зограбом Мнацаканяном", language=russian) == ("zohrab mnatsakanyan",)
    assert holders_named("Рекс Тиллерсон") == ()  # no language, no reading of another script
