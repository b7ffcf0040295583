"""The register of news agencies and press services (package data) and its lookups.

The shape tests read the data file; the behaviour tests use briefs invented for them (fictional people).
"""

from __future__ import annotations

import re
from collections import Counter

import pytest
from babel import Locale, UnknownLocaleError

from briefparse.agencies import (
    CREDIT_SHAPES,
    KINDS,
    agencies_named,
    find_agencies,
    find_credits,
    is_ambiguous,
    key,
    read_rows,
    register,
)

COLUMNS = ["name", "forms", "ambiguous_forms", "country", "kind", "languages"]
ROWS = read_rows()


def split(cell: str, separator: str = "|") -> list[str]:
    return [part for part in cell.split(separator) if part]


def test_the_register_has_its_columns_and_a_broad_coverage():
    assert list(ROWS[0]) == COLUMNS
    assert all(None not in row and all(v is not None for v in row.values()) for row in ROWS), "a row with missing tabs"
    assert len(ROWS) >= 380
    assert len({row["country"] for row in ROWS if row["country"]}) >= 190


def test_names_are_unique_and_not_empty():
    names = [row["name"] for row in ROWS]
    assert all(name.strip() == name and name for name in names)
    assert [name for name, count in Counter(names).items() if count > 1] == []


def test_forms_are_clean_and_listed_once():
    for row in ROWS:
        forms, ambiguous = split(row["forms"]), split(row["ambiguous_forms"])
        every = [*forms, *ambiguous]
        assert all(form.strip() == form and key(form) for form in every), row["name"]
        assert len(set(every)) == len(every), f"{row['name']}: a form listed twice"
        assert row["name"] not in forms, f"{row['name']}: the name is not one of its other forms"


def test_a_form_is_looked_up_by_every_letter_and_sign_it_has():
    """A form's lookup key drops only the marks between its words: a sign it drops would leave another word behind
    ("Vietnam+" would be looked up as the country "Vietnam")."""
    for row in ROWS:
        for form in (row["name"], *split(row["forms"]), *split(row["ambiguous_forms"])):
            written = re.sub(r"[\s\-‐'’‘/&.]", "", form)
            looked_up = key(form).replace(" ", "").replace(".", "")
            assert looked_up == written, f"{row['name']}: {form!r} is looked up as {key(form)!r}"


def test_countries_are_territory_codes_that_cldr_knows():
    territories = Locale("en").territories
    unknown = {row["country"] for row in ROWS if row["country"] and row["country"] not in territories}
    assert unknown == set()
    assert all(re.fullmatch(r"[A-Z]{2}", row["country"]) for row in ROWS if row["country"])


def test_kinds_and_languages_are_known():
    assert {row["kind"] for row in ROWS} <= set(KINDS)
    for row in ROWS:
        languages = split(row["languages"], ",")
        assert languages, row["name"]
        for language in languages:
            try:
                Locale.parse(language)
            except (UnknownLocaleError, ValueError):
                pytest.fail(f"{row['name']}: unknown language {language!r}")


def test_one_form_can_name_several_agencies():
    countries = {agency.country for agency in agencies_named("ANP")}
    assert countries == {"NL", "NE"}
    assert agencies_named("Xinhua")[0].name == "Xinhua News Agency"
    assert agencies_named("nothing of the sort") == ()


BRIEF = """Foreign ministers of Veltria and Osmark hold talks

KORVIK, 3 March (Reuters) - Veltrian Foreign Minister Ilse Marrow met her Osmarkian counterpart Teodor Plesk on
Tuesday, according to Agence France-Presse and the Xinhua news agency. l'AFP a confirmé.

The two ministers discussed a trend in trade and drew up a map of new rail links.
"""


def test_find_agencies_matches_whole_names_in_the_register():
    found = [(BRIEF[s:e], canonical) for s, e, canonical in find_agencies(BRIEF)]
    assert found == [
        ("Reuters", "Reuters"),
        ("Agence France-Presse", "Agence France-Presse"),
        ("Xinhua news agency", "Xinhua News Agency"),  # the whole name, as running text writes it
        ("AFP", "Agence France-Presse"),
    ]


def test_acronyms_match_exact_case_and_names_also_in_capitals():
    assert find_agencies("the ap said, the afp said, Afp said") == []
    assert [m.canonical for m in find_agencies("AP and AFP and XINHUA")] == [
        "Associated Press",
        "Agence France-Presse",
        "Xinhua News Agency",
    ]
    assert find_agencies("Xinhuanese, APx, xAFP") == []


def test_an_outlets_domain_names_it():
    text = "Copyright © 2021 Interfax.ru, www.interfax.ru"
    assert [(text[s:e], canonical) for s, e, canonical in find_agencies(text)] == [("Interfax", "Interfax")]


def test_separators_inside_a_name_may_vary():
    for written in ("Agence France Presse", "Agence France-Presse", "People’s Daily", "People's Daily"):
        assert [(s, e) for s, e, _ in find_agencies(f"said {written}.")] == [(5, 5 + len(written))]


def test_a_form_that_is_a_common_word_is_found_only_on_request():
    text = "Trend reported that the MAP of the region changed."
    assert find_agencies(text) == []
    assert [m.canonical for m in find_agencies(text, ambiguous=True)] == ["Trend News Agency", "Maghreb Arabe Presse"]
    assert is_ambiguous("Trend") and is_ambiguous("TREND") and not is_ambiguous("Trend News Agency")
    assert is_ambiguous("Sputnik"), "a name that is also a word"
    assert find_agencies("Le PIB a augmenté, selon l'ACP de la Commission.") == [], "acronyms that are common too"


def test_a_form_listed_in_capitals_is_clear_where_its_written_form_is_a_word():
    text = "La Comunidad Andina respaldó la propuesta, informó la agencia ANDINA."
    assert [text[m.start : m.end] for m in find_agencies(text)] == ["ANDINA"]


def credits(text: str) -> list[tuple[str, str, str]]:
    return [(text[c.start : c.end], c.canonical, c.shape) for c in find_credits(text)]


@pytest.mark.parametrize(
    ("dateline", "written", "canonical"),
    [
        ("KORVIK, March 3 (Reuters) - Minister Ilse Marrow met", "Reuters", "Reuters"),
        ("KORVIK, March 3 (Xinhua) -- Minister Ilse Marrow met", "Xinhua", "Xinhua News Agency"),
        ("Korvik, 3 mar (EFE).- La ministra Ilse Marrow", "EFE", "Agencia EFE"),
        ("Korvik, mar. 3 (ANDINA). La ministra Ilse Marrow", "ANDINA", "Agencia Andina"),
        ("Korvik (AFP) Die Ministerin Ilse Marrow", "AFP", "Agence France-Presse"),
        ("КОРВИК, 3 марта. /ТАСС/. Министр Ильзе Марроу", "ТАСС", "TASS"),
        ("    KORVIK. KAZINFORM – Minister Ilse Marrow met", "KAZINFORM", "Kazinform"),
        ("Korvik, 3 March, AZERTAC", "AZERTAC", "Azerbaijan State News Agency"),
        ("Корвик. 3 марта. ИНТЕРФАКС - Министр", "ИНТЕРФАКС", "Interfax"),
        ("КОРВИК, 3 мар — РИА Новости. Министр Ильзе Марроу", "РИА Новости", "RIA Novosti"),
        ("Xinhua, March 3, 2021", "Xinhua", "Xinhua News Agency"),
        ("Publié le mercredi 3 mars 2021 | Xinhua", "Xinhua", "Xinhua News Agency"),
        ("Agence de presse Xinhua | 03.03.2021", "Xinhua", "Xinhua News Agency"),
        ("AKP Phnom Penh, le 3 mars 2021 –", "AKP", "Agence Kampuchea Presse"),
        ("Xinhua Beijing, March 3, 2021 —", "Xinhua", "Xinhua News Agency"),
    ],
)
def test_the_dateline_credits_its_agency(dateline, written, canonical):
    assert credits(dateline + "\n")[0] == (written, canonical, "dateline")


def test_an_unknown_acronym_is_credited_only_in_a_telling_shape():
    assert credits("KORVIK, 3 mars (KVX) - La ministre Ilse Marrow a reçu")[0] == ("KVX", "KVX", "dateline")
    assert credits("Meeting held.\n\n(END)\n") == []
    assert credits("The Union of Southern States (USS) met.\n") == []
    assert credits("She told the Associated Press (AP).\n") == []
    assert credits("Reuters, Bloomberg and others reported on 3 March that talks had stalled.\n") == []


@pytest.mark.parametrize(
    ("ending", "written", "canonical", "shape"),
    [
        ("AIO/KPM/ANP", "ANP", "ANP", "signature"),
        ("AIO/KPM/ANP 14/03/2024", "ANP", "ANP", "signature"),
        ("ANP/jl/14/03/2024", "ANP", "ANP", "signature"),
        # the month and year set apart by a space before their slash, as the initials may be
        ("MHK/AZ/ANP /JAN 2018", "ANP", "ANP", "signature"),
        ("AT/DM/ANP / mai 2014", "ANP", "ANP", "signature"),
        ("AMI 14-03-2024", "AMI", "Agence Mauritanienne d'Information", "signature"),
        ("LR/MAP", "MAP", "Maghreb Arabe Presse", "signature"),
        ("/PSCU", "PSCU", "Presidential Strategic Communications Unit", "signature"),
        ("/XYZA", "XYZA", "XYZA", "signature"),
        ("AA / Korvik / Staff Writer", "AA", "Anadolu Agency", "signature"),
        ("By Staff Writer – Trend:", "Trend", "Trend News Agency", "byline"),
        ("They will meet again in May. — BelTA", "BelTA", "Belarusian Telegraph Agency", "closing"),
        ("They will meet again in May. ― Bernama", "Bernama", "BERNAMA", "closing"),
        ("Korvik, 3 March – BelTA", "BelTA", "Belarusian Telegraph Agency", "closing"),
        ("They will meet again in May. (AFP)", "AFP", "Agence France-Presse", "closing"),
        ("Kazinform", "Kazinform", "Kazinform", "alone"),
        ("ATS Agence télégraphique suisse", "ATS", "Keystone-SDA", "alone"),
        ("© 2021 BelTA. All rights reserved.", "BelTA", "Belarusian Telegraph Agency", "copyright"),
        ("Copyright © 2021 Kazinform", "Kazinform", "Kazinform", "copyright"),
    ],
)
def test_the_end_of_a_dispatch_credits_its_agency(ending, written, canonical, shape):
    assert credits(BRIEF.replace("(Reuters) ", "") + "\n" + ending + "\n")[-1] == (written, canonical, shape)


def test_an_agency_hyphened_to_its_city_opens_the_dispatch():
    text = "APA-Niamey (Niger) Le ministre Paul Okemba a reçu lundi une délégation du Tchad.\n"
    assert [(c.canonical, c.shape) for c in find_credits(text)] == [("APA", "dateline")]
    # an acronym hyphened to a word that is no agency's is no dateline: "ONU-Femmes"
    assert find_credits("ONU-Femmes Le programme a été lancé lundi à Niamey.\n") == []


def test_an_agency_glued_to_the_last_full_stop_closes_the_dispatch():
    # the page lost the line break before the signature: the acronym runs into the last sentence's full stop
    text = "Le ministre Paul Okemba a reçu vendredi à Niamey une délégation du Tchad.AMI\n"
    assert [(c.canonical, c.shape) for c in find_credits(text)] == [("Agence Mauritanienne d'Information", "closing")]
    # a word in small letters glued on is no agency, nor an abbreviation's capital letters inside a sentence
    assert find_credits("Le ministre a reçu vendredi une délégation du Tchad.ami\n") == []
    assert find_credits("Le ministre a reçu la délégation de l'AMI.La séance a duré une heure.\n") == []


def test_a_common_word_closing_a_line_is_not_a_credit():
    assert credits("Economic outlook – Trend\nTrend\nReport\n") == []
    assert credits("The minister was pictured at the station. (Photo | AP)\n") == []


def test_credit_shapes_and_spans_are_consistent():
    text = BRIEF + "\nAIO/KPM/ANP\n© 2021 BelTA\n"
    found = find_credits(text)
    assert [c.shape for c in found] == ["dateline", "signature", "copyright"]
    assert all(c.shape in CREDIT_SHAPES and c.known for c in found)
    assert found == sorted(found)


def test_the_register_is_read_once():
    assert register() is register()


def test_more_national_agencies_and_their_other_spellings():
    assert agencies_named("Ria Nowosti")[0].name == "RIA Novosti"  # the German spelling
    assert agencies_named("AzerTag")[0].name == "Azerbaijan State News Agency"
    assert agencies_named("АрмИнфо")[0].name == "ArmInfo"
    assert agencies_named("Infotag")[0].country == "MD"
    # an agency's acronym closing the last paragraph, after its last sentence
    text = "Le président Jean Dorval a reçu lundi l'ambassadeur du Chili au Palais national. HPN"
    assert [(c.canonical, c.shape) for c in find_credits(text)] == [("Haiti Press Network", "closing")]


def test_a_long_name_is_found_as_running_text_writes_it():
    # the register writes it in title case and with its accents; running text in sentence case, or without accents
    for written in ("l'Agence ivoirienne de presse", "l'Agence Nigerienne de Presse", "Maghreb arabe presse"):
        assert len(find_agencies(written)) == 1, written
    assert find_agencies("Agence nigérienne de presse")[0].canonical == "Agence Nigérienne de Presse"
    assert find_agencies("Kazinform") and not find_agencies("Europa press")  # a short name as it is written


def test_a_long_name_written_in_lower_case_after_its_article_is_found():
    # French running text may write an agency's full name as a common noun: "l'agence ivoirienne de presse"
    found = find_agencies("a-t-il confié à l’agence mauritanienne d’information lundi")
    assert [m.canonical for m in found] == ["Agence Mauritanienne d'Information"]
    assert find_agencies("selon l'agence nigerienne de presse")  # without its accents too
    assert not find_agencies("une agence de presse locale")  # a generic noun names no agency
    assert not find_agencies("the national news agency said")  # nor a name without lower-case links
