"""The gathering a margin phrase names is the setting of the meeting told after it, all of its name: "en marge de la
78e session ordinaire de l'Assemblée générale", "on the sidelines of the 79th session of the UN General Assembly"
(two event words, one name), and German's "Parallel zum Gipfeltreffen" as "am Rande des Gipfeltreffens"."""

from __future__ import annotations

import pytest

import briefparse


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "fr",
            "En marge de la 78e session ordinaire de l'Assemblée générale des Nations unies, le ministre des "
            "Affaires étrangères, Arlo Venn, s'est entretenu à New York avec son homologue de Valdorie, Tomas Kell.\n",
        ),
        (
            "en",
            "On the sidelines of the 79th session of the UN General Assembly in New York, Foreign Minister Arlo Venn "
            "held a conversation with his Valdorian counterpart Tomas Kell.\n",
        ),
        (
            "de",
            "WIEN (Agentur) - Parallel zum Gipfeltreffen ihrer Regierungschefs sind auch die Außenminister Arlo Venn "
            "und Tomas Kell in Wien zusammengekommen.\n",
        ),
    ],
)
def test_the_meeting_held_alongside_a_gathering_is_the_event(language, text):
    assert briefparse.parse(text, language=language).event_type == "meeting"


def test_a_gathering_named_after_the_margin_phrase_s_meeting_verb_stays_a_conference():
    text = (
        "Foreign ministers of twelve countries met on Monday in Geneva for the 14th session of the Lake Forum.\n"
        "They adopted a joint declaration on water.\n"
    )
    assert briefparse.parse(text, language="en").event_type == "conference"
