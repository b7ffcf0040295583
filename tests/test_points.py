"""Summary points (issue 3): at most N, most important first, extractive with exact spans, no boilerplate or
near-duplicates, attribution tails trimmed.

Every brief here is invented for the test.
"""

import datetime as dt

import pytest

import briefparse
from briefparse.document import load_document

FR_BODY = [
    "Le ministre tunisien des Affaires étrangères, Hédi Marzouki, a reçu mardi à Tunis son homologue italien, "
    "Paolo Verdani, a fait savoir le ministère.",
    "Les deux ministres ont passé en revue la coopération énergétique et migratoire entre les deux pays.",
    "Les deux ministres ont passé en revue la coopération énergétique et migratoire entre les deux rives.",
    "Hédi Marzouki a salué le soutien de l'Italie au programme de formation des diplomates tunisiens.",
    "Paolo Verdani a invité son homologue à se rendre à Rome au début de l'année prochaine.",
]
FR_FURNITURE = [
    "Partager sur Facebook",
    "Print Friendly, PDF & Email",
    "Tags : Tunisie, Italie, diplomatie",
    "1234 vues",
]
FR_BRIEF = "\n\n".join(["Le ministre tunisien reçoit son homologue italien", *FR_BODY, "\n".join(FR_FURNITURE)]) + "\n"

EN_BODY = [
    "Slovak Foreign Minister Marek Dobrovský met with Azerbaijani Foreign Minister Elnur Hasanli in Baku on Monday, "
    "according to the Slovak foreign ministry.",
    "The ministers discussed energy cooperation and the transport corridor across the Caspian Sea.",
    "The ministers discussed energy cooperation and the transport corridor across the Caspian region.",
    "Hasanli thanked Slovakia for its support of the peace process in the South Caucasus.",
    "Dobrovský invited his counterpart to visit Bratislava early next year.",
]
EN_FURNITURE = ["Share", "Tweet", "Print Friendly, PDF & Email", "Tags: Azerbaijan, Slovakia, diplomacy", "523 views"]
EN_BRIEF = "\n\n".join(["Slovak FM meets Azerbaijani counterpart in Baku", *EN_BODY, "\n".join(EN_FURNITURE)]) + "\n"

FR_SOURCE_LINE = "Source : Ministère tunisien des Affaires étrangères\n"
EN_SOURCE_LINE = "Source: Ministry of Foreign Affairs of Slovakia\n"
BOILERPLATE_STARTS = ("Partager", "Share", "Tweet", "Print Friendly", "Tags", "Source", "1234", "523")


def points(text: str, limit: int = 5) -> list[str]:
    brief = briefparse.parse(text, reference_date=dt.date(2022, 9, 25), points=limit)
    doc_text = load_document(text).text
    assert [s.text for s in brief.evidence.summary_points] == brief.summary_points
    for span in brief.evidence.summary_points:
        assert doc_text[span.start : span.end] == span.text
    return brief.summary_points


@pytest.mark.parametrize("text", [FR_BRIEF, EN_BRIEF], ids=["fr", "en"])
def test_lead_comes_first_with_its_attribution_tail_trimmed(text):
    found = points(text)
    lead = text.split("\n\n")[1]
    tail = ", a fait savoir le ministère." if text is FR_BRIEF else ", according to the Slovak foreign ministry."
    assert found[0] == lead.removesuffix(tail)


@pytest.mark.parametrize("text", [FR_BRIEF, EN_BRIEF], ids=["fr", "en"])
def test_every_point_is_a_body_sentence_and_none_is_boilerplate(text):
    found = points(text)
    body = text.split("\n\n")[1:6]
    assert len(found) == 4  # five body sentences, one of them a near-duplicate
    assert not any(p.startswith(BOILERPLATE_STARTS) for p in found)
    assert all(any(b.startswith(p) for b in body) for p in found)


@pytest.mark.parametrize("text", [FR_BRIEF, EN_BRIEF], ids=["fr", "en"])
def test_near_duplicates_are_dropped(text):
    found = points(text)
    duplicated = [p for p in found if p.startswith(("Les deux ministres ont passé", "The ministers discussed"))]
    assert len(duplicated) == 1


@pytest.mark.parametrize("text", [FR_BRIEF, EN_BRIEF], ids=["fr", "en"])
@pytest.mark.parametrize("limit", [0, 1, 2, 3])
def test_points_limit(text, limit):
    found = points(text, limit)
    assert len(found) == limit
    if limit:
        assert found[0].startswith(("Le ministre tunisien", "Slovak Foreign Minister"))


@pytest.mark.parametrize("text", [FR_BRIEF, EN_BRIEF], ids=["fr", "en"])
def test_default_limit_is_five(text):
    extra = (
        " Ils ont aussi évoqué la préparation du prochain sommet méditerranéen prévu à Naples."
        if text is FR_BRIEF
        else " They also reviewed preparations for the next Eastern Partnership summit in Prague."
    )
    body, furniture = text.rsplit("\n\n", 1)
    found = points(body + extra + "\n\n" + furniture)
    assert len(found) == 5


@pytest.mark.parametrize(("text", "line"), [(FR_BRIEF, FR_SOURCE_LINE), (EN_BRIEF, EN_SOURCE_LINE)], ids=["fr", "en"])
def test_source_line_is_never_a_point(text, line):
    found = points(text + line)
    assert not any(p.startswith("Source") for p in found)
    assert len(found) == 4


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("Ministers meet in Geneva\n\nGENEVA, March 12 (Reuters) - The foreign ministers of Kenya and Norway met "
         "in Geneva on Monday to discuss aid routes.", "The foreign ministers of Kenya and Norway met"),
        ("Les ministres se rencontrent\n\nMadrid, 22 nov (EFE).- Los ministros de Kenia y Noruega se reunieron el "
         "lunes en Ginebra.", "Los ministros de Kenia y Noruega"),
        ("US President speaks\n\nUS President Joe Biden - who met the Kenyan president on Monday - said the talks "
         "went well.", "US President Joe Biden - who"),
    ],
)
def test_a_point_leaves_out_the_dateline_before_it(text, first):
    points = briefparse.parse(text).summary_points
    assert points[0].startswith(first)


def test_a_point_drops_the_words_of_its_attribution_and_teasers_are_not_points():
    text = (
        "Swedish minister visits Chile\n\nSweden's trade minister Tomas Hallen met Chile's economy minister Rodrigo "
        "Fuentes in Santiago on Thursday, Swedish news agency TT reported.\n\nThe two ministers discussed copper, "
        "lithium and green steel.\n\nRead more:\n- Chile and Sweden sign a research pact\n- Copper prices rise again"
    )
    found = points(text)
    assert found[0].endswith("in Santiago on Thursday")
    assert not any(p.startswith("- ") for p in found)


@pytest.mark.parametrize(
    ("text", "first"),
    [
        (
            "Norhavn minister in Valmora\n\n"
            "Foreign Minister Sara Olund of Norhavn arrived in Valmora on Monday for a two-day official visit.\n"
            "Olund met King Edrin at the palace, and Olund and King Edrin stressed that the ferry line would "
            "bring the two peoples closer.",
            "Foreign Minister Sara Olund of Norhavn arrived",
        ),
        (
            "Visite à Bourg-Neuf\n\n"
            "La ministre Ana Ruiz est arrivée mardi à Bourg-Neuf pour une visite officielle de deux jours.\n"
            "Lors de leur entretien, Ana Ruiz et Paul Ndiaye ont souligné que la coopération régionale restait "
            "la priorité commune des deux gouvernements.",
            "La ministre Ana Ruiz est arrivée",
        ),
    ],
    ids=["en-arrival-then-talks", "fr-arrivee-puis-entretien"],
)
def test_the_sentence_that_reports_the_event_is_the_first_point(text, first):
    assert briefparse.parse(text).summary_points[0].startswith(first)


def test_a_sentence_that_is_only_a_dateline_gives_no_point():
    brief = briefparse.parse(" M. – …", language="fr", reference_date=dt.date(2023, 6, 10))
    assert all(any(c.isalnum() for c in point) for point in brief.summary_points)


def test_a_main_verb_like_an_attribution_is_kept_and_the_closing_attribution_cut():
    text = (
        "Le président annonce une visite\n\n"
        "Le président de la République, Jean Dufresne, a annoncé mercredi, qu'il effectuera une visite d'Etat au "
        "Ghana les 3 et 4 mai, rapporte le communiqué du Conseil des ministres.\n\n"
        "La visite portera sur le commerce et la sécurité dans la région."
    )
    first = briefparse.parse(text).summary_points[0]
    assert first == (
        "Le président de la République, Jean Dufresne, a annoncé mercredi, qu'il effectuera une visite d'Etat au "
        "Ghana les 3 et 4 mai"
    )


def test_an_attribution_followed_by_more_of_the_story_stays_in_its_sentence():
    text = (
        "Appel entre deux présidents\n\n"
        "Les présidents Anne Morel et Karl Weiss ont commencé leur entretien par téléphone vendredi soir, a indiqué "
        "une source officielle, un échange très attendu sur fond de tensions commerciales.\n\n"
        "Les deux dirigeants n'avaient pas parlé depuis six mois."
    )
    first = briefparse.parse(text).summary_points[0]
    assert first.endswith("un échange très attendu sur fond de tensions commerciales.")


def test_a_teaser_cut_short_gives_way_to_its_whole_sentence():
    text = (
        "Kanzlerin trifft Präsidenten\n\n"
        "Bundeskanzlerin Eva Brandt ist am Sonntag bei Bundespräsident Karl Roth zu einem Gespräch eingetroffe...\n\n"
        "Bundeskanzlerin Eva Brandt ist am Sonntag bei Bundespräsident Karl Roth zu einem Gespräch eingetroffen, wie "
        "es nach dem Rücktritt des Vizekanzlers weitergehen soll.\n\n"
        "Das Gespräch dauerte zwei Stunden."
    )
    points = briefparse.parse(text).summary_points
    assert points[0].endswith("wie es nach dem Rücktritt des Vizekanzlers weitergehen soll.")
    assert not any(p.endswith("...") for p in points)


@pytest.mark.parametrize(
    "sentence",
    [
        "Karl Brenner und Paul Marin hätten telefoniert, teilte das Außenministerium in Lirno am Mittwoch mit.",
        "The two ministers agreed to meet again soon, according to the foreign ministry of Norland on Friday.",
    ],
    ids=["de", "en"],
)
def test_a_tail_as_long_as_the_report_it_credits_stays_in_the_point(sentence):
    text = (
        "Außenminister telefonieren\n\nLirno - Die Außenminister Norlands und Valdoriens, Karl Brenner und Paul "
        f"Marin, haben über die Lage an der Grenze gesprochen. {sentence}\n"
        if sentence.startswith("Karl")
        else "Ministers speak by phone\n\nNorland's Foreign Minister Karl Brenner held a phone call with his "
        f"Valdorian counterpart Paul Marin on Friday to discuss the border. {sentence}\n"
    )
    assert sentence in points(text)
