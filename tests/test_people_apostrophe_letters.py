"""A name written once with the ʻokina or the modifier apostrophe and once with the plain one ("Mataʻafa",
"Mata'afa") is one person's."""

import briefparse
from briefparse.lang.letters import fold


def test_fold_reads_the_okina_and_the_modifier_apostrophe_as_the_plain_one():
    assert fold("Leʻota") == fold("Le'ota") == fold("Leʼota") == fold("Le’ota")


def test_a_surname_with_the_okina_and_then_a_plain_apostrophe_is_one_person():
    text = (
        "Apia, May 15, 2025 - Prime Minister Sina Leʻota met with the Ambassador of Canada, Ellen Marsh, "
        "yesterday in Apia.\n\nPrime Minister Le'ota and Marsh discussed shipping.\n"
    )
    assert [p.name for p in briefparse.parse(text).participants] == ["Sina Leʻota", "Ellen Marsh"]
