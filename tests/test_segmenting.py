"""Paragraphs and sentences of a Document: offsets into the text, abbreviations, runs of end marks."""

from __future__ import annotations

import pytest

from briefparse.document import load_document


def sentences(text: str, language: str = "fr") -> list[str]:
    document = load_document(text, language=language)
    for sentence in document.sentences:
        assert document.text[sentence.start : sentence.end] == sentence.text
    return [s.text for s in document.sentences]


def test_sentences_end_at_end_marks_before_a_capital():
    assert sentences("Le ministre est arrivé. Il a parlé! Que dire? Rien… Fin.") == [
        "Le ministre est arrivé.",
        "Il a parlé!",
        "Que dire?",
        "Rien…",
        "Fin.",
    ]


def test_closing_quotes_stay_with_their_sentence():
    assert sentences("Il a dit « merci. » Puis il est parti.") == ["Il a dit « merci. »", "Puis il est parti."]
    assert sentences('He said "thanks." Then he left.') == ['He said "thanks."', "Then he left."]
    assert sentences("Il a dit « merci. »") == ["Il a dit « merci. »"]


@pytest.mark.parametrize("text", ["M. Dupont est arrivé.", "Le Dr. Martin a parlé.", "Voir p. ex. J. Martin ici."])
def test_abbreviations_and_initials_do_not_end_a_sentence(text: str):
    assert sentences(text) == [text]


def test_a_run_of_end_marks_is_one_boundary():
    assert sentences("Quoi?!... Oui. Non") == ["Quoi?!...", "Oui.", "Non"]
    assert sentences("." * 5000 + "x") == ["." * 5000 + "x"]
    assert sentences("Fin" + "!" * 3000) == ["Fin" + "!" * 3000]


def test_long_words_before_an_end_mark():
    word = "A" + "a" * 500
    assert sentences(f"{word}. Bien. {word}.") == [f"{word}.", "Bien.", f"{word}."]
    assert sentences(f"Le {word}. Le {word}.") == [f"Le {word}.", f"Le {word}."]


def test_paragraphs_are_lines_with_offsets():
    document = load_document("Titre ici\n\n  Premier paragraphe.  \nSecond.\n", language="fr")
    assert [p.text for p in document.paragraphs] == ["Titre ici", "Premier paragraphe.", "Second."]
    for paragraph in document.paragraphs:
        assert document.text[paragraph.start : paragraph.end] == paragraph.text


def test_span_trims_spaces_and_slices_the_text():
    document = load_document("Le ministre a parlé.", language="fr")
    span = document.span(2, 12)
    assert span.text == "ministre" and document.text[span.start : span.end] == span.text


def test_ranges_hold_offsets_inside_any_of_them_even_when_they_overlap():
    from briefparse.ranges import Ranges

    ranges = Ranges([(10, 40), (12, 15), (50, 60)])
    assert [ranges.holds(offset) for offset in (9, 10, 20, 39, 40, 55, 60)] == [
        False, True, True, True, False, True, False
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        (
            "« Ce n'est pas une cible. Ils rendront des comptes », a écrit la ministre. Elle est partie.",
            ["« Ce n'est pas une cible. Ils rendront des comptes », a écrit la ministre.", "Elle est partie."],
        ),
        (
            '"We will not accept this. Never," the minister said. He left.',
            ['"We will not accept this. Never," the minister said.', "He left."],
        ),
        (
            'The minister said, "We will act." Then he left. « Merci. » Il est parti.',
            ['The minister said, "We will act."', "Then he left.", "« Merci. »", "Il est parti."],
        ),
    ],
)
def test_a_quotation_inside_a_sentence_does_not_end_it(text, sentences):
    assert [s.text for s in load_document(text).sentences] == sentences
