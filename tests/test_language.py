"""Language detection and the language option (issue 3).

Every text here is invented for the test.
"""

import datetime as dt

import pytest

import briefparse
from briefparse.lang import detect_language, get_language, supported_languages
from briefparse.lang.base import variants

FR_BRIEF = (
    "Le ministre tunisien reçoit son homologue italien\n\n"
    "Le ministre tunisien des Affaires étrangères, Hédi Marzouki, a reçu mardi à Tunis son homologue italien, "
    "Paolo Verdani. Les deux ministres ont passé en revue la coopération énergétique et migratoire."
)
EN_BRIEF = (
    "Slovak FM meets Azerbaijani counterpart in Baku\n\n"
    "Slovak Foreign Minister Marek Dobrovský met with Azerbaijani Foreign Minister Elnur Hasanli in Baku on Monday. "
    "The ministers discussed energy cooperation and the transport corridor across the Caspian Sea."
)


def test_french_and_english_are_supported():
    assert {"fr", "en"} <= set(supported_languages())


@pytest.mark.parametrize(("text", "code"), [(FR_BRIEF, "fr"), (EN_BRIEF, "en")], ids=["fr", "en"])
def test_briefs_are_detected(text, code):
    assert briefparse.parse(text).language == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Le ministre slovaque Marek Dobrovský a rencontré le Secretary of State Robert Callahan au Foreign "
            "Office de London Bridge.",
            "fr",
        ),
        (
            "Slovak Foreign Minister Marek Dobrovský met with Azerbaijani Foreign Minister Elnur Hasanli at the "
            "Palais des Nations in Genève on Monday.",
            "en",
        ),
    ],
    ids=["fr-with-english-names", "en-with-french-place"],
)
def test_foreign_names_do_not_change_the_language(text, code):
    assert detect_language(text).code == code


@pytest.mark.parametrize(
    ("text", "code"),
    [("Alger, 12 mars", "fr"), ("Lundi 19 septembre", "fr"), ("Monday, September 19", "en")],
)
def test_short_date_lines_are_detected_by_month_and_weekday_names(text, code):
    assert detect_language(text).code == code


def test_a_brief_of_names_and_elided_words_is_detected_by_its_dates():
    text = (
        "Goma, 4 mars 2023 \nLe président Paul Mukendi a reçu l'ambassadeur de Suède, Erik Lund, à l'occasion de "
        "la commémoration de l'indépendance proclamée le 30 juin 1960, à Goma."
    )
    assert detect_language(text).code == "fr"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Updated yesterday at 10:15", "en"),
        ("Dernière mise à jour : hier à 10 h 15", "fr"),
        ("Aktualisiert gestern um 10.15 Uhr", "de"),
    ],
)
def test_short_time_stamps_are_detected_by_publication_cues(text, code):
    assert detect_language(text).code == code


@pytest.mark.parametrize("text", ["1234 5678 91011", "— — —", "12/03/2022 14:05"])
def test_text_without_words_is_unknown(text):
    assert detect_language(text) is None
    assert briefparse.parse(text).language == "unknown"


def test_language_option_overrides_detection():
    brief = briefparse.parse(EN_BRIEF, language="fr")
    assert brief.language == "fr"
    assert briefparse.parse(FR_BRIEF, language="unknown").language == "unknown"


@pytest.mark.parametrize(("code", "iso"), [("fr", "2021-03-04"), ("en", "2021-04-03")])
def test_language_decides_the_order_of_numeric_dates(code, iso):
    text = "Meeting on energy cooperation in Tunis\n\nLa réunion / the meeting: 4/3/2021."
    assert briefparse.parse(text, language=code, reference_date=dt.date(2022, 1, 1)).date == iso


def test_unsupported_language_code_raises():
    with pytest.raises(briefparse.BriefparseError):
        get_language("xx")
    with pytest.raises(briefparse.BriefparseError):
        briefparse.parse(FR_BRIEF, language="xx")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Il ministro degli Esteri ha incontrato il suo omologo slovacco a Roma. I due ministri hanno discusso "
            "della cooperazione energetica e dei collegamenti di trasporto tra i due paesi.",
            "it",
        ),
        (
            "O ministro dos Negócios Estrangeiros reuniu-se com o seu homólogo eslovaco em Lisboa para falar de "
            "energia.",
            "pt",
        ),
    ],
    ids=["it", "pt"],
)
def test_unsupported_languages_are_unknown_not_french(text, code):
    assert briefparse.parse(text).language in ("unknown", code)  # the right code, should it become supported


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("東京で日本の外務大臣と会談しました。両国の関係について話し合いました。", "ja"),
        ("国务院总理会见了外国代表团，双方就合作进行了讨论。", "zh"),
        ("นายกรัฐมนตรีได้พบกับรัฐมนตรีต่างประเทศเพื่อหารือเรื่องความร่วมมือ", "th"),
    ],
)
def test_a_script_of_its_own_names_an_unsupported_language(text, code):
    brief = briefparse.parse(text)
    assert brief.language == code
    assert brief.participants == []


def test_a_page_declares_an_unsupported_language():
    page = '<html lang="pt"><head><title>Ministros reunidos</title></head><body><p>Olá mundo.</p></body></html>'
    assert briefparse.parse(page).language == "pt"


def test_variants_spell_every_form_of_a_phrase_once_in_order():
    assert variants("a reçu{|e|s}", "{will |is due to |}meet with", "a reçu") == (
        "a reçu",
        "a reçue",
        "a reçus",
        "will meet with",
        "is due to meet with",
        "meet with",
    )
