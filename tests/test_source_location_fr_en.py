"""Source and location shapes of French and English briefs from many outlets (and a few German, Spanish and
Russian ones): agencies credited in signatures and date lines, bylines and sites by their domain, sources after
learning verbs and without commas; places after "A" for "À", airports' cities, envoys' posts and residences, earlier
occasions, unnamed venues, where a statement was said or the visit it tells of. Every brief here is invented for the
test."""

import datetime as dt

import pytest

import briefparse


def parse(text: str) -> briefparse.Brief:
    return briefparse.parse(text, reference_date=dt.date(2024, 5, 20))


def place(text: str) -> str | None:
    return parse(text).location


def source_name(text: str) -> str | None:
    source = parse(text).source
    return source.name if source else None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (  # "A" for "À" at a sentence's start
            "A Kivalo où il séjourne, le président Paul Odimba a reçu mardi en audience le ministre Jean Tessier.",
            "Kivalo",
        ),
        (  # after a sentence
            "Le Premier ministre Awa Ndongo est en visite de travail. A Lisbonne depuis lundi, elle s'est entretenue "
            "avec son homologue Rui Falcão.",
            "Lisbonne",
        ),
    ],
)
def test_location(text: str, name: str) -> None:
    assert place(text) == name


def test_a_verb_is_no_preposition() -> None:
    """"a" in lower case is the verb: "qui a Bamako pour capitale" names no place of the event."""
    assert place("Le président Paul Odimba a reçu mardi le ministre Jean Tessier, qui a Kivalo pour fief.") is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (  # a signature of staff initials, the agency, a number, then the month and the year
            "Le Premier ministre Awa Ndongo a reçu lundi le diplomate Ivo Marek.\n\nAIO/KPM/ANP-012 Mars 2022",
            "ANP",
        ),
        (  # the agency first on a line, then a word and a colon before the date
            "Leaders hold talks\n\nXinhua Published: 2023-04-02 10:12:05\n\nPresident Tomas Reyes met visiting "
            "Prime Minister Lena Ortiz on Sunday.",
            "Xinhua",
        ),
        (  # the agency alone after a paragraph's last sentence
            "Le ministre Paul Odimba a reçu lundi l'ambassadeur Ivo Marek.\nL'entrevue s'est déroulée en présence "
            "du directeur de cabinet. AMI",
            "AMI",
        ),
    ],
)
def test_agency_credit(text: str, name: str) -> None:
    assert source_name(text) == name


def test_a_closing_word_is_no_agency() -> None:
    """A paragraph's last word after a full stop that the register does not know is no credit."""
    assert source_name("Le ministre Paul Odimba a reçu lundi l'ambassadeur Ivo Marek. Merci") is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (  # a written byline cue before a press service's acronym
            "President meets envoy\n\nWritten By: PSCU\n\nPresident Tomas Reyes on Monday held talks with envoy "
            "Lena Ortiz at State House.",
            "PSCU",
        ),
        (  # a site named by its domain, then the byline's date
            "Tête-à-tête entre Awa Ndongo et Rui Falcão\nRédigé par kivalonews.net le Lundi 4 Mars 2024 à 10:07\n\n"
            "Le Premier ministre Awa Ndongo s'est entretenu lundi avec Rui Falcão.",
            "kivalonews.net",
        ),
    ],
)
def test_byline(text: str, name: str) -> None:
    assert source_name(text) == name


def test_a_person_signing_is_no_source() -> None:
    """A written cue before a person's name credits an author, not a source."""
    text = "Le ministre Paul Odimba a reçu lundi l'ambassadeur Ivo Marek.\n\nRédigé par Claire Amadou"
    assert source_name(text) is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (  # an outlet that learned what it reports, after the verb; from whom it learned is not its name
            "La ministre Awa Ndongo est annoncée vendredi pour une visite de travail à Kivalo, apprend KTV "
            "de sources diplomatiques.",
            "KTV",
        ),
        (  # the past tense, a correspondent of the agency
            "Le président Paul Odimba sera reçu mardi par son homologue Jean Tessier, a appris l'envoyé spécial de "
            "l'APS de source officielle.",
            "envoyé spécial de l'APS",
        ),
        (  # the outlet's pronoun before the verb
            "« Cette rencontre ouvre une nouvelle étape », nous indique une source proche du dossier.",
            "source proche du dossier",
        ),
    ],
)
def test_inverted_source(text: str, name: str) -> None:
    assert source_name(text) == name


def test_learning_what_is_no_source() -> None:
    """What was learned ("a appris la nouvelle") names no source."""
    assert source_name("Le président Paul Odimba a reçu Jean Tessier, qui a appris la nouvelle à Kivalo.") is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (  # after an inverted verb, the sentence's full stop after the domain
            "Le président Paul Odimba a reçu vendredi son homologue Jean Tessier à Kivalo, informe kivalonews.fr.",
            "kivalonews.fr",
        ),
        (  # after "according to"
            "President Tomas Reyes met envoy Lena Ortiz on Monday, according to ruritania-today.com.",
            "ruritania-today.com",
        ),
    ],
)
def test_site_by_its_domain(text: str, name: str) -> None:
    assert source_name(text) == name


def test_airport_long_name_closed_by_its_city() -> None:
    """An airport's name longer than a place's run of words gives the city it closes with."""
    text = (
        "Le Premier ministre Awa Ndongo a accueilli hier à l'Aéroport International Paul Odimba de Niamey, le "
        "président Jean Tessier, venu pour la cérémonie d'investiture."
    )
    assert place(text) == "Niamey"


def test_airport_without_city_is_the_place_when_no_other_is_named() -> None:
    """An airport named without a city the gazetteer knows is where the event happened, when the brief names no
    other place."""
    text = "Le président Jean Tessier a été accueilli hier à l'Aéroport International Paul Odimba par Awa Ndongo."
    assert place(text) == "Aéroport International Paul Odimba"


@pytest.mark.parametrize(
    "text",
    [
        "Le ministre Paul Odimba a reçu lundi l'ambassadeur de la République de Kivalo en Mauritanie, Jean Tessier.",
        "President Tomas Reyes received the Ambassador of the Republic of Kivalo to Ghana, Lena Ortiz, on Monday.",
        "Президент Иван Петров провёл встречу с послом Италии в Минске Олегом Ланиным.",
    ],
)
def test_post_of_an_envoy_is_no_place(text: str) -> None:
    """An envoy's country and the place of the post name no place of the event."""
    assert place(text) is None


def test_place_after_the_envoy_name() -> None:
    text = "President Tomas Reyes received Ambassador to Ghana Lena Ortiz at the Kivalo Palace on Monday."
    assert place(text) == "Kivalo Palace"


def test_venue_after_an_envoy_and_country() -> None:
    text = "President Tomas Reyes received the Ambassador of Japan at State House on Monday."
    assert place(text) == "State House"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (  # the verb, its day, the city, then the speaker
            "La coopération régionale « doit se faire de part et d'autre », a souligné, jeudi à Casablanca, le "
            "ministre des Affaires étrangères, Paul Odimba.",
            "Casablanca",
        ),
        (  # a dateline names where it was filed, the sentence where it was said
            "KIVALO, May 3 - Foreign Minister Lena Ortiz said in Geneva on Monday that her country condemns the "
            "attack.",
            "Geneva",
        ),
    ],
)
def test_statement_said_at(text: str, name: str) -> None:
    assert place(text) == name


def test_statement_about_a_city_is_not_made_there() -> None:
    """A city the statement is about is no place where it was made."""
    text = "Foreign Minister Lena Ortiz condemned the attack in Mogadishu, the ministry said in a statement."
    assert place(text) is None


def test_spanish_with_information_from_label() -> None:
    text = (
        "El presidente Tomás Reyes recibió este martes en el Palacio Nacional a su homólogo Luis Ortega.\n\n"
        "Con información de: Diario del Sur"
    )
    assert source_name(text) == "Diario del Sur"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (  # a caption of an earlier visit before the event's sentence
            "President Tomas Reyes with his counterpart Lena Ortiz during a past visit to Pretoria. PHOTO | FILE\n\n"
            "President Tomas Reyes this morning received President Lena Ortiz at State House, Nairobi.",
            "State House",
        ),
        (  # the adjective after the noun
            "Lors de sa visite précédente à Lisbonne, le ministre Paul Odimba avait rencontré Rui Falcão. Il a été "
            "reçu mardi au Palais de Belém par le président Rui Falcão.",
            "Palais de Belém",
        ),
    ],
)
def test_earlier_occasion_is_no_place(text: str, name: str) -> None:
    assert place(text) == name


def test_dateline_brackets_with_two_outlets_and_a_date() -> None:
    text = (
        "MINSK (Kivalo Daily News / Sputnik - 26th November, 2020) Foreign Minister Lena Ortiz and President Tomas "
        "Reyes have started their talks in Minsk."
    )
    assert source_name(text) == "Sputnik"


def test_possessive_is_no_place_and_held_venue_beats_city() -> None:
    """"Reyes's residency" says whose place it is; the venue the talks are held at beats the city."""
    text = (
        "Foreign Minister Lena Ortiz and President Tomas Reyes have started their talks in Minsk.\n\n"
        "The talks are held in the Kivalo Palace. Ortiz arrived in Reyes's residency after talks with her "
        "counterpart."
    )
    assert place(text) == "Kivalo Palace"


def test_possessive_alone_is_no_place() -> None:
    assert place("Foreign Minister Lena Ortiz arrived in Lukashenko's residency on Monday for talks.") is None


@pytest.mark.parametrize(
    "text",
    [
        "Cape Verde President Rui Falcão on Sunday arrived in Angolan capital Luanda for a four-day visit.",
        "President Rui Falcão on Sunday arrived in the Angolan capital, Luanda, for a four-day visit.",
    ],
)
def test_capital_after_its_country_adjective(text: str) -> None:
    assert place(text) == "Luanda"


@pytest.mark.parametrize(
    "text",
    [
        "Le président Paul Odimba a exprimé ses condoléances à Jean Tessier qui, selon les dispositions prévues par "
        "la Constitution, devient le président intérimaire.",
        "President Tomas Reyes will meet Lena Ortiz on Monday, according to the Official Programme of the visit.",
    ],
)
def test_rule_or_plan_is_no_source(text: str) -> None:
    assert source_name(text) is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (  # a hyphenated press service before its verb
            "President Tomas Reyes and his counterpart Lena Ortiz talked by phone on Tuesday, the Kivalo "
            "press-service reports.",
            "Kivalo press-service",
        ),
        (  # a press secretary after "according to", his name apposed
            "Governor Tomas Reyes paid a visit to President Lena Ortiz on Tuesday.\n\nAccording to the chief press "
            "secretary to the governor, Ivo Marek, they discussed security.",
            "chief press secretary to the governor, Ivo Marek",
        ),
        (  # a passive cue
            "Les ministres des trois pays arriveront à Kivalo le 3 avril. Il est rapporté par le ministère kivalais "
            "des affaires étrangères.",
            "ministère kivalais des affaires étrangères",
        ),
    ],
)
def test_more_source_nouns_and_cues(text: str, name: str) -> None:
    assert source_name(text) == name


def test_office_holder_named_by_his_state_is_no_place() -> None:
    text = "Former President Tomas Reyes on Friday paid a courtesy visit to the Kivalo State Governor, Lena Ortiz."
    assert place(text) is None


@pytest.mark.parametrize(
    "text",
    [
        # where the envoys reside
        "The Acting Foreign Minister Tomas Reyes received in his office today Ambassador Lena Ortiz of Kivalo, "
        "the ambassador of her country accredited, resident in Cairo.",
        # envoys in the plural, their countries after a link in lower case
        "The Foreign Minister Tomas Reyes received the copies of credentials of the new ambassadors of their "
        "countries to Sudan.",
        "Le président Paul Odimba a reçu les lettres de créance des nouveaux ambassadeurs à Séoul.",
    ],
)
def test_residence_and_posts_are_no_place(text: str) -> None:
    assert place(text) is None


def test_document_label_line_is_no_outlet() -> None:
    """A head line that labels the kind of document ("Media Release") names no outlet."""
    text = (
        "Release Type:\nMedia Release\nJoint Meeting Outcomes\n\n"
        "Prime Minister Tomas Reyes and Prime Minister Lena Ortiz held a productive working meeting in Sydney today."
    )
    assert source_name(text) is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "NIAMEY, 3 mai (ANP) – Le ministre Paul Odimba a reçu lundi au siège du ministère l'ambassadeur Jean "
            "Tessier.",
            "siège du ministère",
        ),
        (
            "DAKAR, 3 mai (APS) - Le président Paul Odimba a reçu lundi au palais présidentiel son homologue Jean "
            "Tessier.",
            "palais présidentiel",
        ),
        (
            "ABUJA, May 3 (NAN) – President Tomas Reyes received Lena Ortiz at the presidential palace on Monday.",
            "presidential palace",
        ),
    ],
)
def test_unnamed_venue_beats_the_dateline(text: str, name: str) -> None:
    assert place(text) == name


def test_statement_recounting_a_visit_keeps_its_place() -> None:
    text = (
        "Joint Statement by Prime Minister Tomas Reyes and Prime Minister Lena Ortiz\n\n"
        "KIVALO, April 3 - Prime Minister Tomas Reyes welcomed Prime Minister Lena Ortiz to Canberra for her first "
        "official visit.\n\nThe leaders recognised the shared values underpinning the close partnership of their "
        "countries, the statement said."
    )
    brief = parse(text)
    assert (brief.event_type, brief.location) == ("statement", "Canberra")


def test_headline_mark_in_brackets_is_no_agency() -> None:
    text = "President Reyes receives Kivalo FM (UPDATE)\n\nPresident Tomas Reyes today received Lena Ortiz."
    assert source_name(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Le Premier ministre Awa Ndongo a reçu en audience plusieurs ambassadeurs accrédités au Sénégal.",
        "Prime Minister Lena Ortiz received several ambassadors accredited to Ghana on Friday.",
    ],
)
def test_accreditation_is_no_place(text: str) -> None:
    assert place(text) is None


def test_city_after_a_role_is_where_the_holder_was_met() -> None:
    text = "Professor Ivo Marek, who paid a courtesy call on the Vice President in Accra on Thursday, thanked Ghana."
    assert place(text) == "Accra"


def test_source_without_a_comma_ends_before_a_demonstrative() -> None:
    text = (
        "Le Premier ministre Awa Ndongo a reçu vendredi plusieurs ambassadeurs. Selon les services de la Primature "
        "ces rencontres s'inscrivent dans le renforcement des relations."
    )
    assert source_name(text) == "services de la Primature"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Le président Paul Odimba a reçu lundi au Palais présidentiel son homologue Jean Tessier.", "Palais "
         "présidentiel"),
        ("Les ambassadeurs ont été invités à la Maison bleue par le président Paul Odimba mardi.", "Maison bleue"),
        ("President Tomas Reyes received Lena Ortiz at the Palace on Monday.", "Palace"),
    ],
)
def test_venue_noun_with_its_adjective(text: str, name: str) -> None:
    assert place(text) == name


@pytest.mark.parametrize(
    "text",
    [
        # the comma closes the quote before its mark
        'Prime Minister Tomas Reyes met President Lena Ortiz at the Istana. "It was a good meeting," said Ivo Marek, '
        "Spokesperson of the Ministry of External Affairs.",
        "Prime Minister Tomas Reyes met President Lena Ortiz at the Istana, said Ivo Marek, Spokesperson of the "
        "Ministry of External Affairs.",
    ],
)
def test_spokesperson_named_before_the_office(text: str) -> None:
    assert source_name(text) == "Ivo Marek"


def test_participant_quoted_is_no_source() -> None:
    text = 'Prime Minister Tomas Reyes met President Lena Ortiz at the Istana. "It was good," said Lena Ortiz.'
    assert source_name(text) is None


def test_agency_named_like_a_document() -> None:
    """An agency whose name is also a document's noun ("Report") is a source before its verb."""
    text = "President Tomas Reyes has received a delegation.\n\nReport informs, the head of state expressed confidence."
    assert source_name(text) == "Report"


def test_statement_venue_beats_a_country_kicker() -> None:
    text = (
        "Cameroun : l'ambassadeur présente ses vœux au président\n\n"
        "L'ambassadeur Jean Tessier a présenté ses vœux du Nouvel An au président Paul Odimba, jeudi au Palais de "
        "l'Unité."
    )
    brief = parse(text)
    assert (brief.event_type, brief.location) == ("statement", "Palais de l'Unité")


def test_venue_later_in_the_sentence_beats_its_city() -> None:
    text = (
        "Arrivé à Yaoundé jeudi pour une visite de travail, le ministre Jean Tessier a été reçu en audience, quelques "
        "heures plus tard, par le président Paul Odimba, au Palais de l'Unité."
    )
    assert place(text) == "Palais de l'Unité"
