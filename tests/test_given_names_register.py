"""The register of given names (briefparse.given_names): its shipped data's shape, and what it answers."""

from importlib.resources import files

from briefparse.given_names import GIVEN_NAMES_FILE, is_given_name
from briefparse.lang.letters import fold


def _names() -> list[str]:
    text = files("briefparse").joinpath("data", GIVEN_NAMES_FILE).read_text(encoding="utf-8")
    assert text.startswith("# ") and text.endswith("\n")
    return text.splitlines()[1:]


def test_the_register_holds_one_folded_name_a_line_sorted_without_repeats():
    names = _names()
    assert len(names) > 10_000
    assert names == sorted(set(names))
    assert all(name == fold(name) and name.replace("-", "").replace("'", "").isalpha() for name in names)


def test_given_names_of_several_languages_are_known_written_with_a_capital():
    for name in ("Guillermo", "Luisa", "María", "Peter", "Françoise", "Сергей", "Domingo", "Trinidad"):
        assert is_given_name(name), name
    assert not is_given_name("guillermo")
    assert not is_given_name("PETER")


def test_common_words_and_offices_are_no_given_names():
    for word in ("Press", "King", "London", "Minister", "Président", "Montenegro", "Alcalde"):
        assert not is_given_name(word), word


def test_the_comment_lines_that_open_the_register_are_no_names_and_every_name_is_found(monkeypatch, tmp_path):
    from briefparse import given_names

    names = sorted(f"{first}{second}{third}" for first in "abcdefgh" for second in "aeiou" for third in "lmnrst")
    text = "# made by hand\n#\n\n" + "\n".join(names)  # no line break at the end
    (tmp_path / GIVEN_NAMES_FILE).write_text(text, encoding="utf-8")
    monkeypatch.setattr(given_names, "_DATA", tmp_path)
    given_names._register.cache_clear()
    given_names._listed.cache_clear()
    try:
        assert len(given_names._register().heads) > 1  # the names span several blocks of the index
        assert all(is_given_name(name.title()) for name in names)
        absent = ["Made", "A", "Aab", "Hux", "Hutx", "Zed", "Ba", "Bal x"]
        assert [word for word in absent if is_given_name(word)] == []
    finally:
        given_names._register.cache_clear()
        given_names._listed.cache_clear()
