"""Participants in German, Spanish and Russian briefs (fifth session): shapes found in briefs from many outlets.

The briefs are written for these tests; the people in them are fictional.
"""

import briefparse
from briefparse.lang.ru_names import name_in_nominative


def _names(brief: briefparse.Brief) -> list[str | None]:
    return [p.name for p in brief.participants]


def test_ru_both_parts_of_a_compound_first_name_decline():
    assert name_in_nominative("Ахмада-Жомарта Беркутова") == "Ахмад-Жомарт Беркутов"
    assert name_in_nominative("Ахмадом-Жомартом Беркутовым") == "Ахмад-Жомарт Беркутов"
    assert name_in_nominative("Ахмад-Жомарту Беркутову") == "Ахмад-Жомарт Беркутов"
