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
