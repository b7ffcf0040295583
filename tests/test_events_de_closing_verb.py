"""A German report whose verb closes the sentence in the perfect or after "wird" names its event: "hat … mit X …
gesprochen", "wird … X im Kanzleramt begrüßen", "wurden … willkommen geheißen"; it leads over the detail after it.

Every brief here is invented for the test.
"""

import briefparse


def test_a_perfect_closing_on_gesprochen_leads() -> None:
    text = (
        "Vogt telefoniert mit Marin\n\n"
        "VALDOR (vpa) - Außenminister Karl Vogt hat ein weiteres Mal mit seiner Kollegin Anna Marin über die Lage in "
        "der Region gesprochen. Die beiden hätten am Dienstag miteinander telefoniert, teilte das Ministerium mit."
    )
    assert briefparse.parse(text).summary_points[0].startswith("Außenminister Karl Vogt hat ein weiteres Mal")


def test_a_coming_welcome_closing_on_begruessen_leads_and_dates() -> None:
    text = (
        "Kanzlerin Marin empfängt Präsident Vogt\n\n"
        "Der Sprecher der Regierung teilt mit:\n\n"
        "Bundeskanzlerin Anna Marin wird am 19. Juni 2013 um 11:00 Uhr den Präsidenten von Valdorien, Karl Vogt, im "
        "Kanzleramt begrüßen.\n\n"
        "Bei einem bilateralen Gespräch werden aktuelle politische Themen im Mittelpunkt stehen."
    )
    brief = briefparse.parse(text)
    assert brief.summary_points[0].startswith("Bundeskanzlerin Anna Marin wird am 19. Juni 2013")
    assert brief.date == "2013-06-19"


def test_a_passive_welcome_leads() -> None:
    text = (
        "Hohe Besuche im Landtag\n\n"
        "Gleich zwei hohe Besucher wurden am Freitag, dem 22. Jänner 2016 von Landtagspräsidentin Anna Marin im "
        "Landhaus willkommen geheißen.\n\n"
        "Am Vormittag stattete der Botschafter Valdoriens, Karl Vogt, dem Landtag einen Besuch ab."
    )
    assert briefparse.parse(text).summary_points[0].startswith("Gleich zwei hohe Besucher")
