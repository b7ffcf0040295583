"""Source: a photo's credit is no source, known by the language's photo words or a caption's mark: a bracketed credit
closing a headline ("(Photo/Courtesy)", "(EPA Foto)") is no dispatch's agency, and a label over a photo's credit
("Источник:" over "Фото: ТВ7") names none. A dispatch's agency in brackets still credits it.

Every brief here is invented for the test.
"""

import pytest

import briefparse


def source_name(text: str) -> str | None:
    """The name of the source the parser finds in `text`, or None."""
    source = briefparse.parse(text, reference_date="2024-03-05").source
    return source.name if source else None


@pytest.mark.parametrize(
    "text",
    [
        "President Lind receives Valdorian delegation\n\n"
        "Senior Valdorian delegation on working visit to Norland (Photo/Courtesy)\n\n"
        "President Jan Lind on Monday received a delegation from Valdoria led by Foreign Minister Ana Ortiz at State "
        "House. The two sides discussed trade and regional security.",
        "Botschaft nach Anschlag\n\n"
        "Deutsche Botschaft in Valdor nach dem Anschlag (EPA Foto)\n\n"
        "Bundesaußenminister Jan Lindberg hat am Montag den Anschlag in Valdor verurteilt. Die Gedanken seien bei den "
        "Angehörigen der Opfer.",
        "Сомов выразил соболезнования Клеменсу\n\n"
        "5 марта 2024, 12:45\n"
        "Источник:\n"
        "Фото: ТВ7\n\n"
        "Президент Варнии Павел Сомов направил телеграмму соболезнования президенту Моравии Яну Клеменсу.",
    ],
)
def test_photo_credit_names_no_source(text: str) -> None:
    assert source_name(text) is None


def test_bracketed_agency_still_credits_the_dispatch() -> None:
    text = (
        "Lind meets Ortiz\n\n"
        "VALDOR (Reuters) - Prime Minister Jan Lind met Foreign Minister Ana Ortiz on Monday to discuss trade."
    )
    assert source_name(text) == "Reuters"
