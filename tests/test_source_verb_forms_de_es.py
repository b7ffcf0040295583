"""Source on briefs invented for these tests (fictional people, real countries): the perfect of a German verb of
telling, its participle closing the clause ("Das Außenministerium hat … darauf hingewiesen, dass …", "hat
mitgeteilt"), and the Spanish present plural after what was told ("…, indican desde la Presidencia") name where the
information comes from, as the other forms of the same verbs do."""

from __future__ import annotations

from briefparse import parse


def _source(text: str) -> str | None:
    found = parse(text).source
    return found.name if found else None


def test_german_perfect_with_its_particle_closing_the_clause() -> None:
    text = (
        "Die Außenminister Lena Hartwig und Tomasz Wilk trafen sich am Montag in Warschau. Das polnische "
        "Außenministerium hat in einer Presseerklärung darauf hingewiesen, dass die Gespräche konstruktiv waren."
    )
    assert "Außenministerium" in (_source(text) or "")


def test_german_perfect_of_mitteilen() -> None:
    text = (
        "Die Außenminister Lena Hartwig und Tomasz Wilk trafen sich am Montag in Warschau. Das polnische "
        "Außenministerium hat mitgeteilt, dass die Gespräche konstruktiv waren."
    )
    assert "Außenministerium" in (_source(text) or "")


def test_spanish_present_plural_after_what_was_told() -> None:
    text = (
        "El presidente Mario Ruiz se reunió este viernes con el embajador de Corea, Min Park. Los temas tratados no "
        "se dieron a conocer, indican desde la Presidencia."
    )
    assert "Presidencia" in (_source(text) or "")
