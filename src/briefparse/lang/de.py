"""German."""

from briefparse.lang.base import Language, variants
from briefparse.lang.cldr import days_ago, territory_names
from briefparse.lang.de_phrases import phrase_in_nominative

_WEEKDAYS = ("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag")
# countries named with "die" that end in neither -e nor -ei (feminine, or plural)
_COUNTRIES_WITH_ARTICLE = ("Schweiz", "Philippinen", "Malediven", "Seychellen", "Komoren")
_DAYTIMES = ("morgen", "vormittag", "mittag", "nachmittag", "abend", "nacht")


def _adjective(stem: str) -> tuple[str, ...]:
    """Every declined form of an adjective: "deutsch" → deutsch, deutsche, deutscher, deutschen…"""
    return (stem, *(stem + ending for ending in ("e", "er", "en", "es", "em")))


def _nationalities(table: dict[str, str]) -> dict[str, str]:
    return {form: country for stem, country in table.items() for form in _adjective(stem)}


def _country_genitives() -> dict[str, str]:
    """Country names (CLDR) in the genitive that follows a role ("Präsident Finnlands", "Premierminister der
    Slowakei", "Botschafter der Vereinigten Arabischen Emirate") → the country."""
    out: dict[str, str] = {}
    for name in territory_names("de"):
        words = name.split()
        if len(words) > 1:  # an adjective before a noun takes -n: "der Vereinigten Staaten"
            declined = [word + "n" if word.endswith("e") else word for word in words[:-1]]
            out["der " + " ".join([*declined, words[-1]]).lower()] = name
        elif name.endswith(("e", "ei", "inseln")) or name in _COUNTRIES_WITH_ARTICLE:
            out["der " + name.lower()] = name
        elif not name.endswith(("s", "x", "z", "ß")):
            out[name.lower() + "s"] = name
    return out


def _role_forms(nouns: tuple[str, ...]) -> tuple[str, ...]:
    """Role nouns with their genitive, plural and feminine forms ("Minister", "Ministers", "Ministerin")."""
    out: list[str] = []
    for noun in nouns:
        if noun.endswith("e"):  # Kollege (Kollegin), Beauftragte (Beauftragter)
            out += [noun, noun + "n", noun + "r", noun + "s", noun[:-1] + "in", noun[:-1] + "innen"]
        else:
            out += [noun, noun + "s", noun + "en", noun + "n", noun + "in", noun + "e", noun + "es"]
    return tuple(form for form in out if form not in _NOT_ROLE_FORMS)


#: forms of role nouns that are other words: a film's or a play's first showing ("Premiere"), not a premier
_NOT_ROLE_FORMS = frozenset({"premiere", "premieren", "premieres"})


def _council_member_forms(nouns: tuple[str, ...], council_too: bool = False) -> tuple[str, ...]:
    """Titles of council members ending in "-rat", with their genitive, plural and feminine forms, whose "a" takes
    an umlaut ("Landrat", "Landrats", "Landräte", "Landrätin", "Landrätinnen"); when the council itself bears the
    title's name (`council_too`: "der Regierungsrat hat beschlossen"), only the plural and feminine forms, which
    name members alone."""
    out: list[str] = []
    for noun in nouns:
        stem = noun[: -len("rat")]
        out += [] if council_too else [noun, noun + "s", noun + "es"]
        out += [stem + "räte", stem + "räten", stem + "rätin", stem + "rätinnen"]
    return tuple(out)


#: councils whose members bear the council's name as their title ("Nationalrat X", "Stadträtin Y"; "der Nationalrat
#: tagt", "der Gemeinderat beschloss")
_COUNCIL_TITLES = ("bundesrat", "regierungsrat", "nationalrat", "ständerat", "staatsrat", "stadtrat", "gemeinderat")

LANGUAGE = Language(
    nominative_phrase=phrase_in_nominative,
    code="de",
    name="German",
    stopwords=frozenset(
        [
            "der",
            "das",
            "und",
            "den",
            "dem",
            "des",
            "ist",
            "nicht",
            "mit",
            "sich",
            "auf",
            "für",
            "von",
            "zu",
            "im",
            "auch",
            "wird",
            "wurde",
            "wurden",
            "nach",
            "bei",
            "aus",
            "hat",
            "haben",
            "sind",
            "dass",
            "über",
            "am",
            "zum",
            "zur",
            "vom",
            "oder",
            "aber",
            "ein",
            "eine",
            "einen",
            "einem",
            "einer",
            "eines",
            "seine",
            "seiner",
            "ihre",
            "ihrer",
            "sagte",
            "sei",
            "einer",
            "noch",
            "nur",
            "wie",
            "sowie",
            "zwischen",
            "gegen",
            "bereits",
            "heute",
            "gestern",
            "diese",
            "dieser",
            "dieses",
            "er",
        ]
    ),
    numeric_date_order="dmy",
    respellings=(("ß", "ss"),),
    yearless_numeric_cues=("am", "vom", "bis", "zum"),
    extra_months={"jänner": 1, "jän": 1, "feber": 2, "maerz": 3, "mrz": 3, "sept": 9, "sep": 9},
    extra_weekdays={
        "sonnabend": 5,
        **{day + time: number for number, day in enumerate(_WEEKDAYS) for time in _DAYTIMES},
    },
    date_connectors=(),
    update_labels=(
        "stand", "aktualisiert", "aktualisiert am", "geändert", "geändert am", "letzte änderung",
        "letzte aktualisierung",
    ),
    edit_labels=("letzte änderung", "zuletzt geändert"),
    night_openers=("nacht von", "nacht vom"),
    night_links=("auf", "zu", "zum"),
    range_words=("bis", "bis zum", "-", "–", "und", "und dem", "/"),  # "zwischen dem 10. und dem 12. Juli"
    other_stories=(
        "lesen sie auch", "mehr zum thema", "das könnte sie auch interessieren", "weitere artikel",
        "verwandte artikel", "auch interessant", "weitere videos", "mehr videos",
        # more headings of a page's list of other stories
        "weitere meldungen", "weitere nachrichten", "aktuelle meldungen", "weitere pressemitteilungen",
        "ähnliche artikel", "ähnliche beiträge", "weitere beiträge", "verwandte beiträge", "meistgelesen",
        "meistgelesene artikel", "neueste artikel", "andere mitteilungen dieser kategorie",
        "das könnte dich auch interessieren", "weitere news",
    ),
    publication_cues=(
        "veröffentlicht", "aktualisiert", "zuletzt aktualisiert", "erstellt", "stand", "letzte aktualisierung",
    ),
    relative_days={
        # "vor zwei Tagen": CLDR's phrase of days gone by, with a count in figures or in words
        **days_ago("de", {"zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7}),
        "heute": 0,
        "heute morgen": 0,
        "heute abend": 0,
        "heute nachmittag": 0,
        "heutige": 0,
        "heutigen": 0,
        "gestern": -1,
        "gestern abend": -1,
        "gestrige": -1,
        "gestrigen": -1,
        "vorgestern": -2,
        "letzte nacht": -1,
        "vergangene nacht": -1,
        "übermorgen": 2,
        "am vortag": -1,
        "vergangene woche": -7,
        "vergangenen woche": -7,
        "letzte woche": -7,
        "vor wenigen minuten": 0,
        "vor einer stunde": 0,
    },
    next_markers=("nächsten", "nächster", "kommenden", "kommender"),
    past_markers=("vergangenen", "vergangene", "vergangener", "letzten", "letzte", "letzter", "vorigen", "vorige"),
    future_markers=(
        "wird", "werden", "soll", "sollen", "will", "wollen", "nächsten", "nächste", "kommenden", "kommende",
        "geplant", "bevorstehenden", "beginnt", "beginnen", "startet", "starten",
        # a journey told in the present is one to come: "kommt am Freitag nach Berlin", "reist am Montag nach Rom"
        "kommt", "reist",
    ),
    closing_future_markers=("geplant", "vorgesehen", "auf dem Programm", "auf dem Plan"),
    closing_past_verbs=("stand", "standen"),
    invitation_verbs=("eingeladen", "lädt", "laden", "einladen", "einlädt", "lud", "luden"),
    invited_day_links=("für den", "für"),
    since_words=("seit", "seit dem"),
    since_year_words=("seit",),
    weekday_demonstratives=("diesen", "diesem"),
    # "das Abkommen vom 12. Februar 2015", "die Resolution 2231 vom 20. Juli 2015": the day a text bears
    document_day_words=variants(
        "{abkommen|vertrag|vertrags|vereinbarung|memorandum|protokoll|resolution|erlass|erklärung|kommuniqué} vom",
    ),
    anniversary_words=("jahrestag",),
    # "am Rande der 78. Tagung der UN-Generalversammlung", "der 79. UN-Vollversammlung"
    un_assembly_words=variants(
        "{tagung|sitzung|session} der {un|uno}-{generalversammlung|vollversammlung}",
        "tagung der {generalversammlung|vollversammlung} der vereinten nationen",
        "{un|uno}-{generalversammlung|vollversammlung}",
    ),
    # "telefonierten am Freitag nach dem Angriff vom 27. Februar": that day is the attack's; "nach" alone
    # also leads to a place ("reiste am Freitag nach X")
    after_words=("nach dem", "nach der", "nach den", "nachdem"),
    # "empfing am Dienstag X zur Vorbereitung des Forums, angesetzt für den 24. März": der Tag des Forums
    scheduled_participles=variants("{geplant|angesetzt|vorgesehen|terminiert} für"),
    noun_day_links=("vom",),
    incident_nouns=(
        "Anschlag", "Anschlags", "Anschläge", "Anschlägen", "Terroranschlag", "Terroranschlags", "Terroranschläge",
        "Terroranschlägen", "Angriff", "Angriffs", "Angriffe", "Angriffen", "Attentat", "Attentats", "Attentate",
        "Attentaten", "Überfall", "Überfalls",
    ),
    day_of_its_own=("morgen", "vormittag", "mittag", "nachmittag", "abend", "nacht", "tag", "wochenende"),
    restating_links=("am",),
    relative_months={
        "dieses monats": 0, "d. m.": 0, "d.m.": 0, "des laufenden monats": 0, "laufenden monats": 0,
        "vergangenen monats": -1, "des vergangenen monats": -1, "letzten monats": -1, "vorigen monats": -1,
        "nächsten monats": 1, "kommenden monats": 1,
    },
    abbreviations=frozenset(
        [
            "dr",
            "prof",
            "mag",  # academic degrees before a name ("Mag. X", "Ing. X")
            "ing",
            "hr",
            "fr",
            "st",
            "nr",
            "bzw",
            "z.b",
            "u.a",
            "usw",
            "ca",
            "vgl",
            "inkl",
            "evtl",
            "ggf",
            "d.h",
            "sog",
            "mio",
            "mrd",
            "abs",
            "art",
            "jan",
            "feb",
            "apr",
            "aug",
            "sep",
            "sept",
            "okt",
            "nov",
            "dez",
            "jh",
            "str",
            "min",  # minutes of a reading time ("Lesezeit: 2 Min.")
            # the offices Austrian releases abbreviate with a dot before a name ("Bgm. X", "Vzbgm. Y", "LAbg. Z",
            # "GR. W"): the dot ends no sentence
            "bgm", "vzbgm", "vbgm", "labg", "abg", "gr", "lr",
            # a day number before its month ("am 1. April"), an ordinal before its noun ("der 55. Sitzung")
            *(str(number) for number in range(1, 1000)),
            *(f"0{day}" for day in range(1, 10)),
        ]
    ),
    office_abbreviations={
        "LH": "Landeshauptmann",
        "LR": "Landesrat",
        "NR": "Nationalrat",
        "GR": "Gemeinderat",
        "OB": "Oberbürgermeister",
        "Bgm": "Bürgermeister",
        "Vzbgm": "Vizebürgermeister",
        "Vbgm": "Vizebürgermeister",
        "LAbg": "Landtagsabgeordnete",
        "Abg": "Abgeordnete",
    },
    kin_nouns=("Frau", "Ehefrau", "Gattin", "Mann", "Ehemann", "Gatte", "Tochter", "Töchter", "Sohn", "Söhne"),
    sole_name_titles=(
        "König", "Königin", "Papst", "Emir", "Sultan", "Prinz", "Prinzessin", "Kronprinz",
        "Kronprinzessin", "Großherzog", "Großherzogin", "Patriarch",
    ),
    sovereign_words=("Monarch", "Monarchin", "Souverän"),
    honorifics=(
        "Herr",
        "Herrn",
        "Frau",
        "Dr.",
        "Prof.",
        "Prof. Dr.",
        # academic degrees written before the name, as Austrian releases do ("Honorarkonsul Mag. X", "DI Ing. X")
        "Mag.",
        "Mag.a",
        "DI",
        "Dipl.-Ing.",
        "Ing.",
        "S.E.",
        "S. E.",  # spaced as often: "der Botschafter der Republik Kongo, S. E. X"
        "I.E.",
        "I. E.",  # her Excellency's: "die Botschafterin, I. E. X"
        "Seine Exzellenz",
        "Ihre Exzellenz",
        "Seine Majestät",
        "Ihre Majestät",
        "Seine Hoheit",
        # the forms of address of princely and royal houses and of the clergy, often shortened ("S.D. Erbprinz X",
        # "I.K.H. Erbprinzessin Y", "S.E. Mgr X"), and the shortened "Herr" ("Hr. X")
        "Seine Durchlaucht",
        "Ihre Durchlaucht",
        "S.D.",
        "I.D.",
        "Seine Königliche Hoheit",
        "Ihre Königliche Hoheit",
        "S.K.H.",
        "I.K.H.",
        "Mgr",
        "Msgr.",
        "Hr.",
        "Scheich",
        "Emir",
        "Prinz",
        "Prinzessin",
    ),
    address_honorifics=("Herr", "Frau"),
    roles=(
        *_role_forms(
            (
                "präsident",
                "minister",
                "kanzler",
                "premier",
                "sekretär",
                "botschafter",
                "konsul",
                "könig",
                "emir",
                "kronprinz",
                "chef",
                "leiter",
                "direktor",
                "kommandeur",
                "koordinator",
                "bürgermeister",
                "gouverneur",
                "senator",
                "kommissar",
                "vertreter",
                "berater",
                "sprecher",
                "vorsteher",
                "kollege",
                "amtskollege",
                "nachfolger",
                "vorgänger",
                "beauftragte",
                "delegierte",
                "gesandte",
                "abgeordnete",
                "vorsitzende",
                "stellvertreter",
                "papst",
                "landeshauptmann",
                "bundesrat",
                "kaiser",
                "fürst",
                "großherzog",
                "monarch",
                "patriarch",
                "bischof",
                "kardinal",
                "general",
                "admiral",
                "führer",
                "diplomat",
                "gastgeber",
                "amtsinhaber",
                "kandidat",
                # officials and staff below a body's head ("Kulturreferent", "den Repräsentanten der A, X")
                "referent",
                "repräsentant",
                "kämmerer",
                "beigeordnete",
                # the heads and teachers of a university, titled so before the name ("Rektorin X", "Prorektor Y",
                # "Professor Z"), and the ranks of the civil service's pay schedules (Bundesbesoldungsordnung A and B:
                # "Ministerialdirigentin X"; a trainee's "Rechtsreferendarin Y")
                "rektor",
                "professor",
                "ministerialdirigent",
                "referendar",
            )
        ),
        "bundesrätin",
        "bundesräte",
        # a spouse, named so before the name ("seine Ehefrau X"), as in English and French
        "ehefrau",
        "ehemann",
        "ehemannes",
        "gattin",
        "gatte",
        "gatten",
        "lebensgefährtin",
        "lebensgefährte",
        "lebensgefährten",
        # "Frau" after a possessive is a wife ("von seiner Frau X begleitet"), not an honorific
        "seine frau", "seiner frau",
        "first lady",
        "staatsoberhaupt",
        "staatsoberhäupter",
        "oberhaupt",
        "königin",
        "hohe vertreter",
        "hoher vertreter",
        "hohe vertreterin",
        "beauftragter",
        "delegierter",
        "gesandter",
        "abgeordneter",
        "vorsitzender",
        "amtskollegen",
        # the offices of Länder, cantons, districts and towns (Austria, Switzerland, Germany), and the council
        # members named after their council ("Landrat", "Regierungsrätin"), with the umlaut of their plural; where
        # the council bears the same name ("der Regierungsrat hat beschlossen"), its singular is no one unnamed
        # (`council_titles`)
        *_role_forms(("landeshauptfrau", "landammann", "stadtammann", "gemeindeammann", "staatsschreiber", "obmann")),
        # the head of an Austrian district authority ("Bezirkshauptmann X", "die Bezirkshauptfrauen X und Y")
        *_role_forms(("bezirkshauptmann", "bezirkshauptfrau")),
        *_role_forms(("ehrenbürger",)),  # a town's honorary citizen, titled so before the name
        # a Land's or a canton's deputy head ("Landesstatthalterin X", "Statthalter Y"), and a member of a government
        # titled so ("Regierungsmitglied X", "die Regierungsmitglieder X und Y")
        *_role_forms(("statthalter",)),
        "regierungsmitglied", "regierungsmitglieds", "regierungsmitglieder", "regierungsmitgliedern",
        # the senior envoy who leads a diplomatic or consular corps ("Doyen X", "Vize-Doyen Y")
        "doyen", "doyens", "doyenne", "doyennes",
        *_council_member_forms(("landrat", "landesrat")),
        # the ranks of diplomats and officials named "-rat", which no council bears ("Botschaftsrat X")
        *_council_member_forms(
            ("botschaftsrat", "handelsrat", "legationsrat", "gesandtschaftsrat", "ministerialrat", "amtsrat")
        ),
        *_council_member_forms(_COUNCIL_TITLES),
        # the ranks and callings a local release titles people by before their names: the fire brigade's and the
        # crafts' masters ("Stadtbrandmeister X", "Zimmermeister Y", "Obermeister Z"), a commander, the clergy
        # ("Pfarrer X", "Pastorin Y", "Diakon Z"), an architect or an artist, and the members of a council named
        # after it ("Gemeinderatsmitglied X")
        "meister", "meisters", "meisterin", "meisterinnen",
        *_role_forms(("kommandant", "pfarrer", "pastor", "diakon", "kaplan", "dekan", "architekt", "künstler")),
        "ratsmitglied", "ratsmitglieds", "ratsmitglieder", "ratsmitgliedern",
        "lh",  # Landeshauptmann, as Austrian releases abbreviate it before a name ("LH Paul Marin")
        # the other offices Austrian releases abbreviate in capitals before a name: Landesrat, Nationalrat ("LR X",
        # "NR Y"); a role only where the text writes it in capitals
        "LR", "NR", "GR", "OB",
        # and with a dot (`abbreviations`): Bürgermeister, Vizebürgermeister, Landtagsabgeordneter, Abgeordneter
        "bgm", "vzbgm", "vbgm", "labg", "abg",
        # a town's or a district's head of a department ("Kulturdezernentin X", "die Kulturdezernenten X und Y")
        *_role_forms(("dezernent",)),
    ),
    nationalities={
        **_nationalities(
            {
                "deutsch": "Deutschland",
                "russisch": "Russland",
                "amerikanisch": "Vereinigte Staaten",
                "us-amerikanisch": "Vereinigte Staaten",
                "chinesisch": "China",
                "französisch": "Frankreich",
                "britisch": "Vereinigtes Königreich",
                "italienisch": "Italien",
                "spanisch": "Spanien",
                "türkisch": "Türkei",
                "iranisch": "Iran",
                "ukrainisch": "Ukraine",
                "österreichisch": "Österreich",
                "schweizerisch": "Schweiz",
                "polnisch": "Polen",
                "ungarisch": "Ungarn",
                "tschechisch": "Tschechien",
                "slowakisch": "Slowakei",
                "niederländisch": "Niederlande",
                "belgisch": "Belgien",
                "luxemburgisch": "Luxemburg",
                "dänisch": "Dänemark",
                "schwedisch": "Schweden",
                "norwegisch": "Norwegen",
                "finnisch": "Finnland",
                "irisch": "Irland",
                "portugiesisch": "Portugal",
                "griechisch": "Griechenland",
                "rumänisch": "Rumänien",
                "bulgarisch": "Bulgarien",
                "serbisch": "Serbien",
                "kroatisch": "Kroatien",
                "slowenisch": "Slowenien",
                "japanisch": "Japan",
                "indisch": "Indien",
                "pakistanisch": "Pakistan",
                "israelisch": "Israel",
                "palästinensisch": "Palästina",
                "libanesisch": "Libanon",
                "syrisch": "Syrien",
                "irakisch": "Irak",
                "saudisch": "Saudi-Arabien",
                "saudi-arabisch": "Saudi-Arabien",
                "katarisch": "Katar",
                "ägyptisch": "Ägypten",
                "algerisch": "Algerien",
                "marokkanisch": "Marokko",
                "tunesisch": "Tunesien",
                "kanadisch": "Kanada",
                "mexikanisch": "Mexiko",
                "brasilianisch": "Brasilien",
                "argentinisch": "Argentinien",
                "chilenisch": "Chile",
                "kolumbianisch": "Kolumbien",
                "venezolanisch": "Venezuela",
                "kubanisch": "Kuba",
                "australisch": "Australien",
                "südafrikanisch": "Südafrika",
                "nigerianisch": "Nigeria",
                "kenianisch": "Kenia",
                "äthiopisch": "Äthiopien",
                "südkoreanisch": "Südkorea",
                "nordkoreanisch": "Nordkorea",
                "koreanisch": "Korea",
                "vietnamesisch": "Vietnam",
                "indonesisch": "Indonesien",
                "georgisch": "Georgien",
                "armenisch": "Armenien",
                "aserbaidschanisch": "Aserbaidschan",
                "kasachisch": "Kasachstan",
                "usbekisch": "Usbekistan",
                "belarussisch": "Belarus",
                "weißrussisch": "Belarus",
                "moldauisch": "Moldau",
                "litauisch": "Litauen",
                "lettisch": "Lettland",
                "estnisch": "Estland",
                "afghanisch": "Afghanistan",
                "europäisch": "Europäische Union",
                "eidgenössisch": "Schweiz",
            }
        ),
        "us": "Vereinigte Staaten",
        "usa": "Vereinigte Staaten",
        **_country_genitives(),
        "der usa": "Vereinigte Staaten",
    },
    organisations={
        "UN": "Vereinte Nationen",
        "UNO": "Vereinte Nationen",
        "Vereinten Nationen": "Vereinte Nationen",
        "Vereinte Nationen": "Vereinte Nationen",
        "EU": "Europäische Union",
        "Europäischen Union": "Europäische Union",
        "Europäische Union": "Europäische Union",
        "EU-Kommission": "Europäische Union",
        "Nato": "NATO",
        "NATO": "NATO",
        "OSZE": "OSZE",
        "WHO": "WHO",
        "IWF": "IWF",
        "Weltbank": "Weltbank",
        "Afrikanischen Union": "Afrikanische Union",
        "Bundesregierung": "Bundesregierung",
        "Bundesrat": "Schweiz",
        "Kreml": "Russland",
        "Kremls": "Russland",
        "OAS": "OAS",
        "Organisation Amerikanischer Staaten": "OAS",
        "Golf-Kooperationsrat": "Golf-Kooperationsrat",
        "Golfkooperationsrat": "Golf-Kooperationsrat",
        "Arabische Liga": "Arabische Liga",
        "Arabischen Liga": "Arabische Liga",
    },
    role_links=("des", "der", "von", "vom", "für", "im", "in", "bei", "beim"),
    capacity_links=("in seiner Eigenschaft als", "in ihrer Eigenschaft als", "in seiner Funktion als",
                    "in ihrer Funktion als"),
    capacity_words=("als",),
    office_joiners=("und",),
    sentence_adverbs=frozenset(
        {
            "später", "dann", "danach", "heute", "gestern", "zuvor", "anschließend", "außerdem", "zudem", "ebenfalls",
            "vorher", "trotzdem", "dennoch", "weiter", "bereits",
        }
    ),
    name_particles=frozenset(
        ["von", "van", "der", "den", "de", "zu", "vom", "di", "da", "al", "bin", "ibn", "ben", "bint", "abu"]
    ),
    not_names=frozenset(
        [
            # articles, pronouns, conjunctions and prepositions that start sentences
            "Der",
            "Die",
            "Das",
            "Den",
            "Dem",
            "Des",
            "Ein",
            "Eine",
            "Einen",
            "Einem",
            "Einer",
            "Eines",
            "Er",
            "Sie",
            "Es",
            "Wir",
            "Ich",
            "Ihr",
            "Ihre",
            "Sein",
            "Seine",
            "Seiner",
            "Dieser",
            "Diese",
            "Dieses",
            "Diesem",
            "Jene",
            "Und",
            "Oder",
            "Aber",
            "Doch",
            "Denn",
            "Auch",
            "Als",
            "Wie",
            "Wenn",
            "Ob",
            "Dass",
            "Da",
            "So",
            "Nach",
            "Vor",
            "Bei",
            "Beim",
            "Mit",
            "Im",
            "In",
            "Am",
            "An",
            "Auf",
            "Aus",
            "Für",
            "Von",
            "Vom",
            "Zu",
            "Zum",
            "Zur",
            "Über",
            "Unter",
            "Seit",
            "Bis",
            "Laut",
            "Gegen",
            "Ohne",
            "Während",
            "Trotz",
            # prepositions that open a sentence before a name ("Neben Hans X kamen …")
            *("Außer", "Neben"),
            # conjunctions and question words that open a clause before a name ("Sowohl X als auch Y …", "Wann X
            # und Y sich treffen …", "Weil X verreist war …")
            *("Sowohl", "Weder", "Entweder", "Zwar", "Sondern", "Weil", "Obwohl", "Obgleich", "Nachdem", "Bevor"),
            *("Sobald", "Solange", "Seitdem", "Falls", "Sofern", "Indem"),
            *("Wann", "Warum", "Wieso", "Weshalb", "Wer", "Wen", "Wem", "Was", "Welche", "Welcher", "Welches"),
            "Wegen",
            "Zudem",
            "Außerdem",
            "Dabei",
            "Damit",
            "Damals",
            "Danach",
            "Dann",
            "Deshalb",
            "Jedoch",
            "Allerdings",
            "Bereits",
            "Heute",
            "Gestern",
            "Weitere",
            "Weiteren",
            "Alle",
            "Beide",
            "Beiden",
            "Nicht",
            "Nur",
            "Grund",
            # titles, honorifics and institutions
            "Herr",
            "Herrn",
            "Frau",
            "Exzellenz",
            "Majestät",
            "Hoheit",
            "Präsident",
            "Minister",
            "Kanzler",
            "Staatssekretär",
            "Generalsekretär",
            "Bundesregierung",
            "Regierung",
            "Bundesrepublik",
            "Republik",
            "Föderation",
            "Bund",
            "Bundes",
            "Bundestag",
            "Bundesrat",
            "Nationalrat",
            "Parlament",
            "Ministerium",
            "Außenministerium",
            "Auswärtige",
            "Auswärtiges",
            "Auswärtigen",
            "Amt",
            "Amtes",
            "Kanzleramt",
            "Bundeskanzleramt",
            "Kreml",
            "Weiße",
            "Weißen",
            "Haus",  # its genitive "Hauses" stems as "Haus" does; listed, it made surnames in "-hausen" nouns
            "Palast",
            "Schloss",
            "Hofburg",
            "Botschaft",
            "Botschafter",
            "Vereinten",
            "Vereinte",
            "Vereinigten",
            "Vereinigte",
            "Staaten",
            "Nationen",
            "Union",
            "Europäische",
            "Europäischen",
            "Kommission",
            "Sicherheitsrat",
            "Generalversammlung",
            "Gipfel",
            "Konferenz",
            "Forum",
            "Departement",
            "Departements",
            "Eidgenössischen",
            "Eidgenössische",
            "Agentur",
            "Nachrichtenagentur",
            "Pressedienst",
            "Sprecher",
            "Quelle",
            "Quellen",
            # common capitalised nouns of the genre
            "Außenminister",
            "Bundeskanzler",
            "Treffen",
            "Gespräch",
            "Gespräche",
            "Gesprächen",
            "Telefonat",
            "Telefongespräch",
            "Besuch",
            "Staatsbesuch",
            "Arbeitsbesuch",
            "Empfang",
            "Austausch",
            "Beziehungen",
            "Zusammenarbeit",
            "Frieden",
            "Krieg",
            "Krise",
            "Konflikt",
            "Sicherheit",
            "Wirtschaft",
            "Handel",
            "Umwelt",
            "Tourismus",
            "Rahmen",
            # nouns of fixed phrases after "im" that tell on whose behalf, in whose presence or in what course
            # something happened ("im Namen der Regierung", "im Beisein des Botschafters"), never where
            "Namen",
            "Auftrag",
            "Beisein",
            "Zuge",
            "Laufe",
            "Verlauf",
            "Hinblick",
            "Fokus",
            "Mittelpunkt",
            "Sinne",
            "Gegenzug",
            # the book a guest signs ("trug sich in das Gästebuch des Landtages ein"), no place
            "Gästebuch",
            "Gästebuchs",
            "Gästebuches",
            "Buch",
            "Ende",
            "Anfang",
            "Mitte",
            "Woche",
            "Jahr",
            "Jahren",
            "Tag",
            "Tage",
            "Uhr",
            "Angaben",
            "Anfrage",
            "Erklärung",
            "Mitteilung",
            "Medienmitteilung",
            "Pressemitteilung",
            "Stellungnahme",
            "Pressestatement",
            "Pressekonferenz",
            "Themen",
            "Thema",
            "Fragen",
            "Frage",
            "Ebene",
            "Seite",
            "Seiten",
            "Länder",
            "Ländern",
            "Staat",
            "Staats",
            "Regierungschef",
            "Minister",
            "Ministerin",
            "Nachrichten",
            "Details",
            "Interesse",
            "Interessen",
            "Unterstützung",
            "Umsetzung",
            "Vordergrund",
            "Vorfeld",
            "Anschluss",
            "Folge",
            "Hilfe",
            "Politik",
            "Foto",
            "Bild",
            "Video",
            "Kommentare",
            "Teilen",
            "Drucken",
            # a page's update stamp ("Letzte Aktualisierung: 31.05.2012")
            "Aktualisierung",
            "Letzte",
            "Mehr",
            "Lesen",
            "Startseite",
            # head nouns of bodies and institutions, which end their compounds too ("Kreisverband", "Mittelschule",
            # "Bauhaus-Universität"): a run opening on one names the body at a place ("Gemeinden Emeringen"), no one
            "Verband",
            "Verein",
            "Schule",
            "Gemeinde",
            "Universität",
            "Polizei",
            "Landkreis",
            "Korps",
            "Feuerwehr",
            "Bauernhof",
            "Kreuz",
            "Ehren",
            "Gast",
            "Tagesprogramm",
            "Amtsantritt",
            "Resolution",
            "Regelung",
            "Dialog",
            "Dialogs",
            "Kongress",
            "Kongresses",
            "Prozess",
            "Prozesses",
            "Format",
            "Formats",
            "Vereinbarungen",
            "Abkommen",
            "Vertrag",
            "Ukraine-Krise",
            "Nahost",
            "Osten",
            "Westen",
            "Norden",
            "Süden",
            "Nahe",
            "Naher",
            "Nahen",
            "Mittlere",
            "Mittleren",
            "Europa",
            "Asien",
            "Afrika",
            "Amerika",
            "Lateinamerika",
            "Balkan",
            "Kaukasus",
            "Golf",
            "Arktis",
            "Mittelmeer",
            "Ostsee",
            "Nordsee",
            "Schwarze",
            "Schwarzen",
            "Meer",
            "Pazifik",
            "Atlantik",
            "Indopazifik",
            "Welt",
        ]
    ),
    case_endings=("s", "es", "n", "en"),
    name_genitive_endings=("s",),
    compounds=True,
    capitalised_nouns=True,
    saint_words=("Sankt", "St", "St."),
    particles_follow_given_names=True,
    adjectives_follow_nouns=False,
    # Event phrases by CAMEO class (see lang/en.py), each verb with its tenses (Präteritum, Präsens, Perfekt
    # participle, which also serves the future and the passive: "wird … empfangen"), nouns with their
    # genitive and plural, and the separable verbs' particle ("teilte mit", "traf ein") where it stays close.
    gathering_nouns=variants("{tagung|konferenz|gipfel|sitzung|versammlung}"),
    gathering_openings=variants("{begonnen|beenden|beendet|beendeten|eröffnet|begann|endete}"),
    event_verbs={
        "phone_call": variants(
            "{telefongespräch|telefongespräche|telefongesprächs|telefongespräches|telefongesprächen}",
            "{telefonat|telefonats|telefonate|telefonaten}",
            # the adjective in each of its endings: "ein telefonisches Arbeitsgespräch", "telefonischer Austausch"
            "{telefonierte|telefonierten|telefoniert|telefonieren}",
            "{telefonisch|telefonische|telefonischen|telefonischer|telefonisches|telefonischem}",
            "{telefonkonferenz|telefonschalte|videokonferenz|videoschalte|videogespräch|videotelefonat}",
            "{am|per|über das} telefon",
            "{telefonschaltung|telefonschaltungen|videotelefonate}",
            "zum {hörer|telefonhörer}",  # "griff zum Telefonhörer": the receiver picked up for a call
            "{anruf|anrufs|angerufen|anrief|anriefen}",
        ),
        "meeting": variants(
            "{traf|trafen|trifft|treffen} sich",
            "{traf|trafen|trifft|treffen|treffens|getroffen|zusammengetroffen}",
            "{arbeitstreffen|spitzentreffen}",
            "{empfing|empfingen|empfängt|empfangen|empfang|empfangs}",
            # people, a statement's when it acts on a thing ("begrüßte die Entscheidung", "hat die Einigung begrüßt")
            "{begrüßte|begrüßten|begrüßt|begrüßen}",
            # the forms that close a sentence in the perfect or after "wird": "hat … mit X … gesprochen", "wird am
            # 19. Juni X im Kanzleramt begrüßen", "wurden von X im Landhaus willkommen geheißen"
            "willkommen geheißen",
            "gesprochen",
            "bilateral{e|en|es} {treffen|gespräch|gespräche|gesprächen}",  # a pair's meeting, not a gathering's
            "{gespräch|gespräche|gesprächen|gesprächs|arbeitsgespräch|arbeitsgespräche|arbeitsgesprächen}",
            "{unterredung|unterredungen|zusammenkunft|meinungsaustausch|regierungskonsultationen}",
            "{begegnung|begegnungen|zusammentreffen|höflichkeitsbesuch|höflichkeitsbesuchs}",
            "{kam|kamen|kommt|kommen} zusammen",
            "{zusammengekommen|zusammenkommen}",  # "wird X mit Y zusammenkommen": the infinitive
            "{sprach|sprachen|spricht|sprechen} mit",
            "{beriet|berieten|beratungen|erörterten|erörterte|besprachen|besprach}",
            "{audienz|audienzen|privataudienz|privataudienzen|sonderaudienz|sonderaudienzen}",
            "{einbestellt|einbestellte|einbestellten|einzubestellen}",
            "{beglaubigungsschreiben|akkreditierungsschreiben}",
            "{tauschte|tauschten|tauscht|tauschen} sich",
            "ausgetauscht",  # "haben sich … ausgetauscht"
            "{berät|beraten} sich",
            "{berät|beraten}",  # "Die Außenminister beraten heute in Brüssel über …"
            "{abendessen|mittagessen|arbeitsessen|arbeitsfrühstück|staatsbankett}",
            "{nahm|nahmen} {auch|ebenfalls|daran}",
            "{teilnahm|teilnahmen|teilgenommen}",
            # a visit qualified as high names the guest of rank received, not a journey ("empfing hohen Besuch aus
            # X", "Hoher Besuch im Rathaus")
            "{hoher|hohen|hohe} {besuch|besuche|staatsbesuch}",
        ),
        "visit": variants(
            "{staatsbesuch|staatsbesuchs|staatsbesuches|arbeitsbesuch|arbeitsbesuchs|antrittsbesuch|antrittsbesuchs}",
            "{besuch|besuchs|besuches|besuche|besuchte|besuchten|besucht}",
            "{besuchsreise|auslandsreise|antrittsreise|kurzbesuch|kurzbesuchs|blitzbesuch|blitzbesuchs}",
            "{eingetroffen|ankunft|angekommen}",
            "{traf|trafen|trifft} {|am |heute }ein",
            "{reiste|reisten|reist|reise|reisen|gereist|weilt|weilte}",
            # a trip told by flying or as an official journey ("fliegt am Montag zu X nach Washington", "unternimmt
            # eine Dienstreise nach Wien")
            "{fliegt|fliegen|flog|flogen|geflogen|dienstreise|arbeitsreise}",
            "landete in",
            "{ehrengast|ehrengäste|ehrengastes}",
            # a guest's stay told by the idiom ("im Kanzleramt zu Gast waren X und Y", "X zu Gast bei der Firma Y")
            "zu {gast|gästen}",
            "visite",
        ),
        "conference": variants(
            "{gipfel|gipfels|gipfeltreffen|gipfeltreffens|sondergipfel}",
            "{konferenz|konferenzen|forum|forums|tagung|tagungen}",
            # the standing conferences of office holders, named by a compound ("Ministerpräsidentenkonferenz")
            "{ministerpräsidentenkonferenz|landeshauptleutekonferenz|ministerkonferenz|innenministerkonferenz}",
            "{außenministerkonferenz|aussenministerkonferenz|europaministerkonferenz|kultusministerkonferenz}",
            "{botschafterkonferenz|botschafterinnenkonferenz|botschafter*innenkonferenz|geberkonferenz}",
            "{regierungskonferenz|sicherheitskonferenz|landeshauptleutekonferenzen|ministerpräsidentenkonferenzen}",
            "{ministertreffen|ministertreffens|außenministertreffen|außenministertreffens}",
            "{generalversammlung|vollversammlung|plenarsitzung|sondersitzung|ministerrat|ministerrats}",
            "{tagte|tagten}",
            # a council's or a committee's session, named by its body or by a compound, and the body's verb in the
            # present ("die 3. Sitzung des Kreistages", "Bericht über die öffentliche Sitzung des Gemeinderats",
            # "hielten die Bundesratssitzung ab", "Statt im Rathaus tagt das Gremium"); not a bare "Sitzung", whose
            # business may be a swearing-in or honours
            "{sitzung|sitzungen} {des|der} {gemeinderat|gemeinderats|gemeinderates|stadtrat|stadtrats|stadtrates}",
            "{sitzung|sitzungen} {des|der} {kreistag|kreistags|kreistages|landtag|landtags|landtages}",
            "{sitzung|sitzungen} {des|der} {ortschaftsrat|ortschaftsrats|ortschaftsrates|bezirksrat|bezirksrats}",
            "{sitzung|sitzungen} {des|der} {ausschuss|ausschusses|gemeindevertretung|stadtverordnetenversammlung}",
            "{gemeinderatssitzung|stadtratssitzung|kreistagssitzung|landtagssitzung|bundesratssitzung|ratssitzung}",
            "{ausschusssitzung|ortschaftsratssitzung|bezirksratssitzung|gemeindevertretersitzung|kabinettssitzung}",
            "{tagt|tagen} {das|der|die} {gremium|gemeinderat|stadtrat|kreistag|rat|ausschuss|kabinett}",
            "{dreiertreffen|dreiergipfel|trilaterale treffen|trilateralen treffen|trilaterales treffen}",
            "{gemischte|gemischten} {kommission|regierungskommission|wirtschaftskommission}",
            "{regierungskonsultationen|regierungskommission}",
            # a yearly reception where a host greets a corps or a host of guests ("Neujahrsempfang des diplomatischen
            # Corps", "Jahresempfang des Konsularischen Korps"): a gathering
            "{neujahrsempfang|neujahrsempfangs|neujahrsempfanges|jahresempfang|jahresempfangs|jahresempfanges}",
        ),
        "statement": variants(
            "{erklärte|erklärten|erklärung|sagte|sagten}",
            "{teilte|teilten} mit",
            "{mitteilung|pressemitteilung|stellungnahme|pressekonferenz|pressestatement}",
            "{verurteilte|verurteilten|verurteilt}",
            "{begrüßte|begrüßten|begrüßt}",
            "{gratulierte|gratulierten|glückwunsch|glückwünsche|glückwunschschreiben}",
            "{beileid|kondolenz|kondolierte|kondoliert|kondolenzschreiben|anteilnahme}",
            "{kondolenztelegramm|beileidstelegramm|glückwunschtelegramm|beileidsschreiben|gratuliert|gratulation}",
            "{bedauerte|bedauerten}",
            "{betonte|betonten}",
            # dismay at a death or a disaster, told by its noun or participle ("Mit großer Bestürzung hat X auf den
            # Tod … reagiert", "hat mit grosser Bestürzung … Kenntnis genommen", "zeigte sich bestürzt"): condolences
            "{bestürzung|bestürzt}",
            "verurteile",  # the first person of a condemnation: "Ich verurteile diesen Anschlag"
        ),
        "other": variants(
            "{unterzeichnete|unterzeichneten|unterzeichnet|unterzeichnen|unterzeichnung}",
            "{unterschrieb|unterschrieben}",
            "{abkommen|vereinbarung|absichtserklärung}",
            # a swearing-in or a handover of office ("wurde als Präsident vereidigt", "legte den Amtseid ab")
            "{vereidigt|vereidigte|vereidigten}",  # the participle closes a split verb: "wurde am Montag … vereidigt"
            "{amtseid|amtseides}",
            "{amtsübergabe|vereidigung}",
            # a guest's entry in a town's or a house's book of honour ("trug sich in das Goldene Buch ein")
            "{goldene|goldenen|goldenes} buch{|es|s}",
            "{gästebuch|gästebuchs|gästebuches|ehrenbuch|ehrenbuchs}",
            # a ceremony named by its act, neither a meeting nor what was said: ground broken, a building opened or
            # blessed, a vehicle or a unit put in service ("gab mit dem ersten Spatenstich den Startschuss", "Die
            # Einweihungszeremonie startete mit …", "Indienststellung des neuen Löschfahrzeugs")
            "{spatenstich|spatenstichs|spatenstiches|grundsteinlegung|richtfest|richtfests|richtfestes}",
            "{einweihung|einweihungsfeier|einweihungszeremonie|einweihungsfest|eingeweiht|eröffnungsfeier|eröffnungsfest}",
            "{indienststellung|indienststellungsfeier|indienstnahme}",
            "{in|außer} dienst gestellt",
            # the ceremony told by its adjective ("Die feierliche Übergabe fand am 26. Oktober statt")
            "{feierliche|feierlichen} {übergabe|einweihung|eröffnung}",
            "{fahrzeugübergabe|schlüsselübergabe|fahrzeugweihe|fahrzeugsegnung|vereidigungsfeier}",
            # a festive or a mourning ceremony ("in einer Feierstunde", "bei der Trauerfeier im Dom"); not a wreath
            # laid, a stop of a state visit's programme
            "{feierstunde|trauerfeier|gedenkfeier}",
            # an opening told by its verb done ("eröffnete die neue Halle", "konnten den Kindergarten offiziell
            # eröffnen"); not the present "eröffnet neue Chancen", what a decision opens, nor the noun "Eröffnung",
            # often the occasion of what the brief reports ("Festakt zur Eröffnung der Handelskammer")
            "{eröffnete|eröffneten}",
            "{offiziell|feierlich} {eröffnet|eröffnen}",
        ),
    },
    auxiliaries=("hat", "haben", "hatte", "ist", "sind", "war", "wird"),
    speech_verbs=variants(
        "{sagte|erklärte|betonte|unterstrich|bekräftigte|versicherte|warnte|forderte|lobte|dankte|würdigte}{|n}",
        "{bezeichnete|äußerte|mahnte|appellierte|kritisierte}{|n}",
        "{äußerte|äußerten} sich",  # reflexive: "äußerte sich am Freitag in Berlin"
        "{verwies|verwiesen}",
        "{hob|hoben} hervor",
        "{fügte|fügten} hinzu",
        "{teilte|teilten} mit",
        "{kündigte|kündigten} an",
    ),
    spokesperson_stems=("sprecher",),
    relative_role_stems=("kolleg",),
    council_titles=_COUNCIL_TITLES,
    same_offices=(
        # "das Staatsoberhaupt" is the one the brief names "Präsident X", "der Regierungschef" its "Kanzler Y"
        ("präsident", "staatspräsident", "staatschef", "staatsoberhaupt"),
        ("präsidentin", "staatspräsidentin", "staatschefin", "staatsoberhaupt"),
        ("kanzler", "bundeskanzler", "regierungschef"),
        ("kanzlerin", "bundeskanzlerin", "regierungschefin"),
        ("außenminister", "chefdiplomat"),
        ("außenministerin", "chefdiplomatin"),
    ),
    list_joiners=("und", "sowie"),
    item_country_links=("aus", "aus der", "aus dem", "von", "der", "des", "und", "sowie"),
    counterpart_words=("mit", "und", "zwischen", "sowie"),
    between_words=("zwischen",),
    pronouns=("er", "sie"),
    impersonal_subjects=("man",),
    subject_after_verb=True,
    copulas=("ist", "war"),
    definite_articles=("der", "die", "das", "den", "dem", "des"),
    negation_words=("kein", "keine", "keinen", "keinem", "keiner", "nicht"),
    denial_verbs=("dementiert", "dementierte", "dementierten", "bestreitet", "bestreiten", "bestritt", "bestritten"),
    undecided_before=(
        "regelmäßig", "traditionell", "üblicherweise",  # a meeting told as a habit, not one held
        "könnte", "könnten",  # a meeting one could hold
        "mögliche", "möglichen", "mögliches", "möglicher", "eventuelle", "eventuellen", "eventuelles", "Möglichkeit",
        "Bedingungen für", "ob",
    ),
    undecided_after=("ist möglich", "sei möglich", "wäre möglich", "verschoben", "abgesagt", "nicht geplant"),
    near_future=("in Kürze", "demnächst", "in naher Zukunft"),
    upcoming_words=variants(
        "nächst{e|en|er|es|em}", "kommend{e|en|er|es|em}", "künftig{e|en|er|es|em}", "bevorstehend{e|en|er|es|em}",
        "Vorbereitung",  # "die Vorbereitung des Besuchs von X": a visit still to come
    ),
    demonstratives=("dieser", "diese", "dieses", "diesem", "diesen"),
    possessives=(
        "sein",
        "seine",
        "seinem",
        "seinen",
        "seiner",
        "seines",
        "ihr",
        "ihre",
        "ihrem",
        "ihren",
        "ihrer",
        "ihres",
        "unser",
        "unsere",
    ),
    gathering_links=("der",),
    pair_words=("beiden", "beide", "zwei"),
    gathering_members=(
        "minister",
        "ministerinnen",  # "Die Aussenministerinnen und Aussenminister der fünf Länder trafen sich"
        "staatsoberhäupter",
        "staatsoberhäuptern",
        "staats- und regierungschefs",
        "regierungschefs",
        "staatschefs",
        "delegationen",
        "präsidenten",
        "amtskollegen",  # "empfing seine Amtskollegen aus A, B und C"
        "kollegen",  # "trifft sich mit seinen Kollegen aus A und B"
        "amtskolleginnen",
        "kolleginnen",
    ),
    everywhere_phrases=("aus aller welt", "aus der ganzen welt", "aus allen teilen der welt"),
    envoy_bodies=(
        "konsularkorps", "diplomatenkorps", "diplomatische korps", "diplomatischen korps", "diplomatische corps",
        "diplomatischen corps", "konsularische korps", "konsularischen korps", "consular corps",
    ),
    corps_offices=("doyen", "doyenne", "vize-doyen", "vize-doyenne", "vizedoyen", "vizedoyenne"),
    member_nouns=("mitglieder", "mitgliedern"),
    count_words=(
        "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf", "dreizehn", "vierzehn",
        "fünfzehn", "zwanzig", "dreißig", "vierzig", "fünfzig", "Dutzend", "Dutzende",
    ),
    talk_stems=("gespräch", "sprach", "spricht", "besprach", "besprech", "unterred", "unterhielt"),
    aside_cues=variants(
        "am Rande {der|des|von}", "im Rahmen {der|des|von}", "{Einladung|Einladungen} {zu|zum|zur}",
        "parallel {zum|zur|zu}",  # the gathering a meeting was held alongside ("Parallel zum Gipfeltreffen …")
        "vor {seinem|seiner|ihrem|ihrer}", "im Vorfeld {des|der|von}",
        # a journey one is back from ("bei Rückkehr von seiner Reise nach X"): behind the event, not where it is
        "Rückkehr {von|aus}",
    ),
    statement_documents=variants(
        "{gemeinsame erklärung|abschlusserklärung|gemeinsames kommuniqué|abschlusskommuniqué}",
        "{kondolenzschreiben|beileidsschreiben|glückwunschschreiben|telegramm|rede|ansprache|interview}",
        "pressekonferenz",
    ),
    attendance_verbs=variants("{teilnahm|teilnahmen|teilgenommen}"),
    inauguration_verbs=variants("{eröffnete|eröffneten}", "{offiziell|feierlich} {eröffnet|eröffnen}"),
    sending_verbs=variants(
        "{sandte|sandten|schickte|schickten|übersandte|übersandten|richtete|richteten}",
        # the participle that closes a perfect ("hat … folgendes Beileidsschreiben übersandt") and the verb of
        # conveying a message ("übermittelte … folgendes Kondolenztelegramm")
        "{übersandt|gesandt|geschickt|übermittelte|übermittelten|übermittelt}",
    ),
    # a link among several parties by its name, seen or only heard ("Telefonkonferenz", a conference call)
    video_media=variants("{videokonferenz|videoschalte|telefonkonferenz|telefonschalte}"),
    # eine Nachricht mit einem Gefühl aufgenommen, kein Gast ("nahm mit Bestürzung die Nachricht auf")
    feeling_manners=variants(
        "mit {|großer |tiefer |tiefster }{genugtuung|trauer|bestürzung|sorge|besorgnis|erleichterung|"
        "befriedigung|betroffenheit|empörung}",
    ),
    agreement_verbs=variants("{vereinbarten|vereinbaren|einigten sich|verständigten sich}"),
    # "gratulierte X zur Wahl", "dankte X für …", "kondolierte X": greeting, thanks or sympathy addressed to a person
    address_verbs=variants("{gratulierte|gratulierten|gratuliert|dankte|dankten|dankt|kondolierte|kondolierten}"),
    meeting_nouns=variants("{Treffen|Sitzung|Sitzungen|Beratung|Beratungen}"),
    series_nouns=("Gespräche", "Gesprächen", "Begegnungen", "Unterredungen", "Audienzen"),
    credential_words=variants("{beglaubigungsschreiben|akkreditierungsschreiben}"),
    purpose_links=("zu", "zum"),
    gathering_heads=("gipfel", "gipfels", "gipfeltreffen", "gipfeltreffens"),
    visit_links=("bei", "beim", "den", "die", "der", "dem"),
    visit_host_links=("bei", "beim"),
    welcome_words=variants(
        "{militärischen|militärische} ehren",
        "{begrüßungszeremonie|empfangszeremonie|offiziellen begrüßung}",
        "{nationalhymnen|landeshymnen|hymnen beider länder}",
    ),
    speech_occasions=variants(
        "{bei|auf|während} einer {Pressekonferenz|Pressebegegnung|Pressebriefing}",
        "vor {Journalisten|Reportern|der Presse}",
    ),
    visit_verbs=("besuchte", "besuchten", "besucht", "besuchen", "bereiste", "bereisten", "bereist"),
    site_visit_verbs=variants("{besuchte|besuchten|besucht|besichtigte|besichtigten|besichtigt|besichtigen}"),
    # not "Antrittsbesuch": an inaugural call on an office holder, whose reception is the event, not a programme
    visit_frames=variants(
        "{staatsbesuch|staatsbesuchs|staatsbesuches|arbeitsbesuch|arbeitsbesuchs}",
        "{offizieller|offiziellen|offizielles} {besuch|besuchs|besuches}",
    ),
    occasion_cues=variants(
        "{bei|beim|während|anlässlich|auf|zum|zur}",
        "im rahmen {seines|ihres|eines|einer|seiner|ihrer|des|der}",
        "{der|die} {am|an}",
    ),
    background_cues=variants(
        "{bereits|schon|zuvor|vorher|damals|früher|zuletzt}",
        "{im vergangenen|vergangenes|letztes|im letzten|im kommenden|nächstes|im nächsten} jahr",
        "{nächste|kommende} woche",
        "{nächsten|kommenden} monat",
        "{das|beim|dem|der} {letzte|letzten|vorige|vorigen} {treffen|besuch|gespräch|telefonat}",
        "regelmäßig",  # what is done as a habit: "er telefoniert regelmäßig mit X"
    ),
    representation_cues=(
        "vertreten durch",
        "vertreten von",
        "nahmen teil",
        "nahm teil",
        "nimmt teil",
        "nehmen teil",
        "teilnahm",
        "teilnahmen",
        *variants(
            "in {Anwesenheit|Begleitung} {von|des|der|seiner|ihrer|seines|ihres}",
            "begleitet {von|vom}",
            "{begleiten|begleitete|begleiteten|begleitet}",
            "{Delegation|Delegationen} {gehörten|gehören|gehörte|gehört}",
            "{war|waren} {auch|ebenfalls} {anwesend|dabei}",
            # the verb after its complement ("Ebenfalls anwesend waren X und Y", "Anwesend war auch X")
            "{auch|ebenfalls|ebenso} {anwesend|dabei} {war|waren}",
            "anwesend {war|waren}",
            # who leads or makes up a delegation ("unter der Leitung von Minister X", "angeführt von X",
            # "Delegationsleiter ist X", "Weitere Mitglieder der Delegation waren X, Y", "gehört ebenfalls zur
            # Delegation")
            "unter der Leitung {von|des|der}",
            "{angeführt|geleitet} {von|vom|wird}",
            "{Delegationsleiter|Delegationsleiterin} {ist|war}",
            "{Mitglieder|Mitglied} der Delegation {sind|waren|ist|war}",
            "{zur|zu der} Delegation {gehören|gehörten|gehört|gehörte|zählten|zählen}",
            # the verb second after a fronted phrase: "Neben X gehörten der Delegation auch Y und Z an"
            "{gehören|gehörten|gehört|gehörte} der Delegation",
            # who was among the guests of an occasion ("Unter den Gästen waren X, Y und Z", "Zu den Ehrengästen
            # gehörten auch X", "Ehrengast war X")
            "unter den {Gästen|Ehrengästen} {war|waren}",
            "{zu den|unter den} {Gästen|Ehrengästen} {gehörte|gehörten|zählte|zählten}",
            "{Ehrengast|Ehrengäste} {war|waren}",
        ),
        "mit dabei",  # "Mit dabei war auch X"
        "teilnehmen",  # "X wird per Video an den Beratungen teilnehmen"
        "teilnimmt",
    ),
    representation_frames=(
        ("nahm", "teil"), ("nahmen", "teil"), ("nimmt", "teil"), ("nehmen", "teil"),
        # the perfect, its complement before the participle: "X hat ebenfalls an dem Gespräch teilgenommen"
        ("an", "teilgenommen"), ("am", "teilgenommen"),
        # the presence told around a complement: "X und Y waren ebenfalls beim Gespräch anwesend"
        ("war", "anwesend"), ("waren", "anwesend"),
        # attendance told around its object: "Weiters wohnten der Feier die Abgeordneten X und Y bei"
        ("wohnte", "bei"), ("wohnten", "bei"),
        # a passive of representation around its agents: "Die Stadt wurde durch Bürgermeister X und Y vertreten"
        ("wurde durch", "vertreten"), ("wurden durch", "vertreten"),
        # the same told as a state: "Liechtenstein war durch Regierungschef X und Regierungsrätin Y vertreten"
        ("war durch", "vertreten"), ("waren durch", "vertreten"),
        ("ist durch", "vertreten"), ("sind durch", "vertreten"),
    ),
    # a separable verb of meeting split around its clause: "Die Außenminister kommen heute in Kessel zusammen"
    event_frames={
        "meeting": (("kam", "zusammen"), ("kamen", "zusammen"), ("kommt", "zusammen"), ("kommen", "zusammen")),
    },
    guest_nouns=("Gast", "Gäste", "Gästen", "Besucher", "Besuchern"),
    # "X fehlte", "X nahm nicht teil", "X war nicht eingeladen", "X sagte seine Teilnahme ab", "X ließ sich vertreten"
    absence_verbs=variants(
        "{fehlte|fehlten|fehlt|fehlen}", "{nahm|nahmen|nimmt|nehmen} nicht teil",
        "{war|waren|ist|sind|wurde|wurden} nicht {anwesend|dabei|eingeladen}",
        "{sagte|sagten|sagt} {seine|ihre} {Teilnahme|Reise|Visite|Besuch} ab",
        "{hatte|hatten|hat} {seine|ihre} {Teilnahme|Reise|Besuch} abgesagt", "{ließ|ließen|lässt} sich vertreten",
    ),
    addressee_words=("an",),
    # a list that goes on in a sentence of its own: "… nahmen X und Y teil. Sowie der Botschafter Z"
    signatory_agents=("unterzeichnet von", "unterschrieben von", "paraphiert von"),
    signatory_verbs=variants("{unterzeichnete|unterzeichneten|unterschrieb|unterschrieben} {für|im Namen}"),
    delegation_nouns=("Delegation", "Delegationen"),
    makeup_verbs=variants("{gehörten|gehörte|gehören|gehört|umfasste|umfasst}", "{bestand|besteht} aus"),
    group_verbs=("sind", "waren"),
    group_prepositions=("unter",),
    list_openers=("sowie",),
    separate_event_adverbs=("auch", "ebenfalls", "zuvor", "bereits", "vorher"),
    # the pluperfect's auxiliary ("hatte 1999 den Emir empfangen", the participle at the clause's end): a day
    # before the story's
    earlier_tense_auxiliaries=("hatte", "hatten"),
    other_item_openers=("unterdessen", "derweil", "am selben tag", "am gleichen tag"),
    occasion_nouns=(
        "Hochzeit", "Verlobung", "Geburtstag", "Ausschluss", "Ermordung", "Festnahme", "Entlassung", "Rücktritt",
    ),
    # a body its leader is named with ("die Regierung von Präsident X")
    institution_nouns=("Regierung", "Partei", "Koalition", "Regime", "Kabinett"),
    relative_pronouns=("der", "die"),
    complementizers=("dass",),
    earlier_clauses=("nachdem",),
    # how a role noun makes a plural no singular case shares ("Regierungsrätinnen", "Landesräte", "Landeshauptleute",
    # "Staatssekretäre", "Konsuln"), each umlaut also as folded words read it ("landesrate"): a plural role before a
    # list of names is each one's role, in the singular; plurals that read like an oblique singular ("dem
    # Präsidenten", "seinen Kollegen") are not listed
    plural_endings=(
        ("in", "innen"), ("rat", "räte"), ("rat", "rate"), ("mann", "leute"), ("är", "äre"), ("ar", "are"),
        ("ul", "uln"), ("glied", "glieder"), ("frau", "frauen"),
    ),
    # the same plurals in the dative, and those a noun makes two ways ("den Landesräten X und Y", "die
    # Landeshauptmänner X und Y")
    oblique_plural_endings=(
        ("rat", "räten"), ("rat", "raten"), ("mann", "männer"), ("mann", "manner"), ("mann", "männern"),
        ("mann", "mannern"), ("är", "ären"), ("ar", "aren"), ("glied", "gliedern"),
    ),
    # "die Botschafter von Norland, X, aus Valdoria, Y", "seine Amtskollegen X und Y": the role of each; a possessive
    # in "-e" goes with no masculine noun in the singular, so before one it makes the plural as "die" does
    plural_articles=("die", "seine", "ihre", "unsere", "beiden"),
    # "den Landtagsabgeordneten X und Y", "In Begleitung der Landtagsabgeordneten X (Grüne) und Y": a dative or
    # genitive in "-en" that a two-name list makes plural
    paired_plural_articles=(("den", "en"), ("der", "en")),
    # "die Botschafterin", "seine Ehefrau": one woman, no plural
    feminine_endings=("in", "frau", "witwe", "tochter", "mutter", "schwester"),
    long_ago=(
        "letzte Woche", "letzten Woche", "vergangene Woche", "vergangenen Woche", "letzten Monat",
        "vergangenen Monat", "letztes Jahr", "letzten Jahr", "vergangenes Jahr", "vergangenen Jahr",
        "vor einer Woche", "vor zwei Wochen", "vor einem Monat", "vor einem Jahr", "Anfang des Jahres",
        "letzten Jahres", "vergangenen Jahres",
    ),
    vote_words=(
        "Wahl", "Wahlen", "Präsidentenwahl", "Präsidentschaftswahl", "Parlamentswahl", "Stichwahl", "Wahlkommission",
        "Referendum",
    ),
    death_verbs=(
        "gestorben", "starb", "starben", "verstorben", "ums Leben gekommen", "kam ums Leben", "kamen ums Leben",
    ),
    letter_closings=("hochachtung", "hochachtungsvoll", "freundlichen grüßen", "freundlichem gruß"),
    mention_cues=(
        ", teilte",
        ", berichtete",
        ", meldete",
        "im namen von",
        "im namen des",
        "im namen der",
        "im auftrag von",
        "im auftrag des",
        "im auftrag der",
        # one who stands in for another: the one stood in for is absent ("In Vertretung des Ministerpräsidenten X
        # empfing Y …", "nahm Z in Vertretung des Vorsitzenden X teil")
        *variants("in Vertretung {von|vom|des|der}"),
        "stellvertretend für",
        "grüße von",
        "grüße des",
        "nachfolger von",
        "nachfolger des",
        "vorgänger",
        "tod von",
        "tod des",
        "tod der",
        "tode von",
        "tode des",
        "tode der",
        "ableben von",
        "ableben des",
        "verstorbene",
        "verstorbenen",
        "trauerfeier für",
        "gedenken an",
        "so wie",
        *variants("{Botschaft|Schreiben|Brief} {von|des|der}"),
    ),
    source_before=(
        "nach angaben",
        "nach informationen",  # "Nach Informationen des Spiegel …"
        "nach informationen des",
        "nach informationen der",
        "nach angaben des",
        "nach angaben der",
        "laut",
        "unter berufung auf",
        "zitiert",
        "veröffentlicht von",
        "mitteilung des",
        "mitteilung der",
        "erschien zuerst bei",
        "erschien zuerst in",
        "erschien zuerst auf",
        "zuerst erschienen bei",
        "zuerst erschienen in",
        "zuerst veröffentlicht von",
        "zuerst veröffentlicht bei",
        "verlautete aus",
        "hieß es aus",
        "wie aus",  # "wie aus Regierungskreisen verlautete"
        # the website a text was published on, its owner after it: "Das ist auf der Webseite der Bundesregierung
        # nachzulesen", "Die Erklärung wurde auf der Internetseite des Rats veröffentlicht"
        *variants("auf der {Webseite|Website|Internetseite|Homepage} {des|der|von}"),
        "in einer Mitteilung des",
        "in einer Mitteilung der",
        "in einer Erklärung des",
        "in einer Erklärung der",
        # of a body named with its owner in the genitive: "in einer Mitteilung von Bersets Departement des Innern"
        "in einer Mitteilung von",
        "in einer Erklärung von",
        # a sentence that says whose word the one before is: "Das sagte ein Regierungssprecher in Berlin."
        *variants("{das|dies} {sagte|sagten|erklärte|erklärten|bestätigte|bestätigten|berichtete|berichteten}"),
        # "Darüber informierte das Präsidialamt."
        *variants("{darüber|hierüber|davon} {informierte|informierten|berichtete|berichteten|unterrichtete}"),
        # the office a release sends questions to, in a sentence: "Bei Nachfragen wenden Sie sich bitte an die
        # Pressestelle des Ministeriums …"
        *variants("{bei|für} {nachfragen|rückfragen} wenden sie sich {|bitte }an"),
    ),
    source_after=(
        "sagte",
        "sagten",
        "ankündigte",
        "ankündigten",
        "hervorgeht",  # "wie aus einer Mitteilung des Präsidialamts hervorgeht"
        "zufolge",
        "berichtet",
        "berichtete",
        "meldet",
        "meldete",
        "teilte mit",
        "mitteilte",
        "gab bekannt",
        "bekanntgab",
        "informiert",
        "informierte",
        "erklärte",
        "erklärt",
        "bestätigte",
        "verlautete",
        "mitteilten",
        "berichteten",
        "bekanntgaben",
        "meldeten",
        "mitteilt",
        "schreibt",  # "wie Bundesratssprecher X auf Twitter schreibt"
        "schrieb",
        "äußerte sich",  # "Regierungssprecher X äußerte sich am Freitag …"
        "äußerten sich",
    ),
    source_fronted_objects=("das", "dies", "dieses"),
    source_inverted=(
        "so",  # "„…“, so das Präsidialamt", "…, so ein Sprecher"
        "sagt",
        "erklärt",
        "betont",
        "bestätigt",
        "berichtet",
        "berichtete",
        "meldet",
        "meldete",
        "hieß es aus",
        "hieß es in",
        "heißt es in",
        "heißt es aus",
        "erklärte",
        "bestätigte",
        "bestätigten",
        "sagte",
        "teilte mit",
    ),
    source_framed=(
        ("teilte", "mit"),
        ("teilten", "mit"),
        ("teilt", "mit"),
        ("gab", "bekannt"),
        ("gaben", "bekannt"),
        ("gibt", "bekannt"),
        ("gab", "an"),
        ("kündigte", "an"),
        ("kündigten", "an"),
        # "Das Außenministerium wies auf seiner Webseite darauf hin, dass …"
        ("wies", "hin"),
        ("wiesen", "hin"),
        # the perfect, its participle closing the clause: "Das Ministerium hat am Montag mitgeteilt, …", "hat in einer
        # Presseerklärung darauf hingewiesen, dass …"
        ("hat", "mitgeteilt"),
        ("haben", "mitgeteilt"),
        ("hat", "hingewiesen"),
        ("haben", "hingewiesen"),
        ("hat", "bekanntgegeben"),
        ("haben", "bekanntgegeben"),
        ("hat", "angekündigt"),
        ("haben", "angekündigt"),
        # the body a word came from, then the impersonal verb: "Aus dem Kanzleramt hieß es, …", "wie aus
        # Regierungskreisen verlautete"
        ("aus", "hieß es"),
        ("aus", "verlautete"),
        # the document a word came from: "Dies geht aus einer Mitteilung des Außenministeriums hervor"
        ("aus", "hervor"),
    ),
    source_frame_fillers=(
        "am", "an", "im", "in", "auf", "über", "per", "via", "bei", "nach", "vor", "zu", "zum", "zur", "laut",
        "heute", "gestern", "bereits", "zudem", "außerdem", "ebenfalls", "weiter", "dazu", "dann", "später",
        "darauf",
    ),
    source_quoting_verbs=("zitiert", "zitierte", "zitieren", "zitierten"),
    source_interview_links=(
        "im Interview mit", "in einem Interview mit", "in einem Interview der", "im Interview der", "im Gespräch mit",
        "in einem Gespräch mit",
    ),
    source_hearer_links=("im Interview mit", "in einem Interview mit", "im Gespräch mit", "gegenüber"),
    source_learning_verbs=("erfuhr", "erfuhren"),
    source_learned_from=("unter Berufung auf",),  # "berichtete die Agentur X unter Berufung auf Kreise"
    source_conjunctions=("wie", "darüber", "hierüber", "davon"),
    source_channels=("über", "via", "per", "auf seinem", "auf ihrem"),
    source_rule_nouns=(
        "Bestimmungen", "Regeln", "Programm", "Zeitplan", "Gesetz", "Verfassung", "Ergebnissen", "Schätzungen",
        "Umfrage", "Statistik", "Tradition", "Brauch",
    ),
    source_report_nouns=("Berichten", "Angaben", "Informationen", "Meldungen"),
    source_documents=(
        "Mitteilung", "Erklärung", "Pressemitteilung", "Kommuniqué", "Meldung",
        # Swiss and Austrian releases, and other names of a press release
        "Medienmitteilung", "Presseaussendung", "Aussendung", "Presseinformation", "Pressemeldung",
    ),
    source_press_documents=(
        "Mitteilung", "Pressemitteilung", "Kommuniqué", "Medienmitteilung", "Presseaussendung", "Presseinformation",
        "Pressemeldung",
    ),
    source_document_links=("des", "der", "von", "vom"),
    # not "der"/"des", which link a body to what it is of ("Sprecher des Auswärtigen Amts")
    source_phrase_ends=(
        "die", "das", "den", "dem", "am", "hat", "haben", "habe", "hatte", "ist", "sei", "war", "wird", "werde",
        "soll", "sollen", "sich", "nicht", "auch", "noch", "erneut", "weiter",
        # when it spoke, after it: "sagte der Kanzler nach dem Treffen"
        "nach dem", "nach der", "nach den", "nach einem", "nach einer", "im Anschluss", "zum Abschluss", "während",
        "bei dem", "bei der", "bei einem", "bei einer", "am Rande",
        # the particle that closes the frame the source stands in ("geht aus einer Mitteilung des Amts hervor"); alone
        # it is no verb of saying: "hob die Beziehungen beider Länder hervor"
        "hervor",
    ),
    source_with=("mit",),
    # the outlet's own staff: its reporting or its byline, no source
    source_own_staff=(
        "unser Korrespondent", "unsere Korrespondentin", "unseres Korrespondenten", "unserem Korrespondenten",
        "unserer Korrespondentin", "unsere Korrespondenten",
        # the newsroom's own tag after a dateline or under a text: "Altstadt (red) –", "(red.)"
        "red",
        # the newsroom by its generic name, no outlet's: "veröffentlicht von Die Redaktion"
        "die Redaktion",
    ),
    source_anaphors=("selben", "derselben", "gleichen", "derselbe", "dieselbe"),
    source_fronted_prepositions=(
        "aus", "über", "bei", "beim", "mit", "von", "vom", "vor", "zu", "zum", "zur", "für", "gegen", "ohne", "durch",
        "seit", "während", "wegen", "trotz", "unter", "zwischen", "neben", "an", "auf", "in", "im", "am", "nach",
        "hinter", "gegenüber", "anlässlich", "angesichts",
    ),
    source_nouns=(
        "agentur",
        "nachrichtenagentur",
        "ministerium",
        "amt",
        "sprecher",
        "sprecherin",
        "quelle",
        "quellen",
        "kreise",
        "kreisen",
        "pressedienst",
        "pressestelle",
        "büro",
        "botschaft",
        "mitteilung",
        "erklärung",
        "zeitung",
        "medien",
        "sender",
        "außenamt",
        "regierung",
        "kanzleramt",
        "präsidialamt",
        # a Land's or a canton's chancellery, the Swiss federal one ("Bayerische Staatskanzlei", "Bundeskanzlei")
        "staatskanzlei",
        "senatskanzlei",
        "bundeskanzlei",
        "ministerium",
        "kreisen",
        "sprecherin",
        "korrespondent",
        "korrespondentin",
    ),
    determiners=("der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "einem", "eines"),
    indefinite_articles=("ein", "eine", "einer", "einem", "eines"),
    former_markers=("ehemalig", "frühere", "einstig", "Ex-"),
    bygone_office_markers=("damalig",),
    award_words=("Orden", "Preis", "Medaille", "Verdienstorden", "Verdienstkreuz", "Auszeichnung"),
    no_name_after=("ein", "eine", "einer", "einem", "eines", "in", "im", "nach"),
    article_contractions=("zum", "zur", "vom", "beim", "am", "ans", "ins"),
    datelines=(
        # "Berlin (dts Nachrichtenagentur) -", "WIEN (APA) –"
        r"^[^\n()]{2,60}?\((?P<agency>[^()\n\d]{2,40})\)\s*[:.]?\s*[-–—]",
        # a press service's dateline on a line of its own, its code in small letters: "Vaduz (ots)", "Graz (lk)"
        r"^[A-ZÄÖÜ][\w.-]*(?:[ /-][A-ZÄÖÜ][\w.-]*){0,2}[^\S\n]*\((?P<agency>[a-zäöü][a-zäöü/&.-]{1,15})\)[^\S\n]*$",
    ),
    # a subordinate clause or the finite verb after a cited noun phrase ends it: "nach Angaben des Amtes standen…"
    genitive_links=("von", "des", "der"),
    clause_openers=(
        "dass",
        "um",  # "laut Bundesregierung um die Beziehungen gehen": what it is about
        "welche",
        "welcher",
        "welches",
        "wobei",
        "weil",
        "nachdem",
        "in",
        "ist",
        "sind",
        "war",
        "waren",
        "wird",
        "werden",
        "wurde",
        "wurden",
        "hat",
        "haben",
        "hatte",
        "hatten",
        "habe",
        "sei",
        "seien",
        "gebe",
        "gibt",
        "gab",
        "soll",
        "sollen",
        "solle",
        "will",
        "wolle",
        "kann",
        "könne",
        "können",
        "muss",
        "müsse",
        "stand",
        "standen",
        "steht",
        "stehen",
        "ging",
        "geht",
        "gehe",
        "kam",
        "kamen",
        "kommt",
        "gilt",
        "gelte",
    ),
    byline_labels=("Von", "Veröffentlicht von"),
    # a member of a parliament, after the name: Bundestag, Landtag, Europaparlament, Abgeordnetenhaus, Bürgerschaft
    post_nominals=frozenset({"MdB", "MdL", "MdEP", "MdA", "MdHB", "MdBB"}),
    byline_fillers=("der Redaktion von", "der Redaktion der", "der Redaktion des"),
    outlet_words=(
        "Zeitung",
        "Nachrichten",
        "Rundschau",
        "Kurier",
        "Presse",
        "Anzeiger",
        "Tagblatt",
        "Morgenpost",
        "Abendblatt",
        "Radio",
        "Fernsehen",
        "Rundfunk",
        "Agentur",
        "Nachrichtenagentur",
        "Medien",
        "Online",
        "News",
        "Allgemeine",
        "Tagesspiegel",
    ),
    source_labels=(
        "Quelle", "Quellen", "Herausgeber", "Aussender",  # "Aussender: Staatskanzlei …" (a release's)
        # the office a release names for questions, in Austrian and Swiss releases ("Rückfragehinweis:",
        # "Rückfragen & Kontakt:", "Adresse für Rückfragen"): its issuer
        "Rückfragehinweis", "Rückfragen & Kontakt", "Rückfragen und Kontakt", "Adresse für Rückfragen",
    ),
    # a release's contact block: "Kontakt", then "Sächsische Staatskanzlei" on a line below
    source_contact_labels=("Kontakt", "Kontakte", "Pressekontakt", "Pressekontakte", "Medienkontakt", "Medienkontakte"),
    source_read_more=(
        "weiterlesen auf", "weiterlesen bei", "weiterlesen in", "den ganzen artikel lesen auf",
        "den vollständigen artikel lesen auf", "mehr dazu auf", "mehr dazu bei", "lesen sie weiter auf",
    ),
    source_social_networks=(
        "X", "Twitter", "Telegram", "Facebook", "Instagram", "Truth Social", "Weibo", "WeChat", "LinkedIn", "Threads",
        "Bluesky", "TikTok", "YouTube", "VKontakte", "Mastodon", "Kurznachrichtendienst X",
        # the networks at large
        "sozialen Medien", "sozialen Netzwerken",
    ),
    source_social_links=(
        "auf", "über", "via", "bei", "im",
    ),
    source_posting_verbs=(
        "schrieb", "postete", "veröffentlichte", "twitterte", "teilte", "erklärte", "verbreitete", "kündigte",
        "bestätigte", "sagte",
    ),
    source_negations=("nicht", "nie", "niemals", "kein", "keine"),
    facility_words=(
        "Flughafen", "Stadion", "Platz", "Brücke", "Straße", "Universität", "Hochschule", "Schule",
        "Gymnasium", "Institut", "Krankenhaus", "Klinik", "Museum", "Stiftung", "Programm", "Hafen",
        "Denkmal", "Moschee", "Kirche", "Kaserne", "Park", "Restaurant",
    ),
    venue_words=(
        "Schloss",
        "Palast",
        "Haus",
        "Kanzleramt",
        "Bundeskanzleramt",
        "Hofburg",
        "Rathaus",
        "Hotel",
        "Kanzlei",
        "Palais",
        "Residenz",
        "Amtssitz",
        "Villa",
        "Landsitz",
        "Landgut",
        "Saal",
        "Kreml",
        "Hof",
        "Bibliothek",  # a library a meeting is held in ("in der Wissenschaftlichen Bibliothek")
        # a museum, a memorial or a gallery visited or met in ("besuchte die KZ-Gedenkstätte Kessel", "im Bode-Museum")
        "Museum", "Gedenkstätte", "Galerie",
        "Arena",  # a hall a ceremony is held in ("bei der Vereidigungsfeier in der Kölner Lanxess-Arena")
    ),
    # venues only within a name ("im Internationalen Zentrum", "Kongresszentrum"): alone, "im Amt" is in office and
    # "im Zentrum stand die Sicherheitslage" the topic's place in the talks
    named_venue_words=("Amt", "Zentrum"),
    room_words=("Saal", "Zimmer", "Salon", "Stube"),
    # a visit's venue gives way to its city: the corpus's four visit golds give the city where a venue or the country is
    # named too, and the pool's 37 of 48; meetings keep the venue (corpus 3 city and 1 venue, pool 15 city and 33 venue)
    city_grain_events=("visit",),
    # as now (the votes decide): a lead whose main word is the reception or the talks, with the guest's visit named
    # too: corpus 1 meeting (de-tt-apa-kurz-van-der-bellen-neuwahl), 1 visit (de-newsadmin-cassis-pompeo-washington);
    # pool 11 meeting, 6 visit
    reception_over_visit=False,
    chamber_words=("Bundestag", "Reichstag", "Landtag", "Parlament"),
    company_forms=("GmbH", "mbH", "AG", "KG", "OHG", "SE", "e.V.", "eG", "KGaA", "UG"),
    office_seats=(
        "ministerium", "amt", "kanzlei", "departement", "botschaft", "konsulat", "vertretung", "verwaltung",
        "präsidium", "direktion",
    ),
    institution_words=(
        "Ministerium", "Bundesministerium", "Departement", "Eidgenössisches Departement", "Bundesamt",
        "Botschaft", "Bundespräsidialamt", "Präsidialamt", "Generalkonsulat",
        "Konsulat", "Ständige Vertretung", "Pressemitteilung", "Presseerklärung", "Gemeinsame Erklärung",
        "Pressestelle",
    ),
    site_nouns=("Portal", "Internetseite", "Internetauftritt", "Webseite", "Website", "Magazin"),
    section_names=(
        "Politik",
        "Inland",
        "Ausland",
        "Deutschland",
        "Schweiz",
        "Österreich",
        "Welt",
        "International",
        "Europa",
        "Wirtschaft",
        "Region",
        "Regional",
        "Lokales",
        "Panorama",
        "Nachrichten",
        "Aktuell",
        "Diplomatie",
        "Außenpolitik",
        "Konflikte",
        "Parteien",
        "Wahlen",
        "Gipfel",
    ),
    topic_nouns=(
        "Lage", "Situation", "Krise", "Konflikt", "Krieg", "Frieden", "Sicherheit", "Entwicklung", "Entwicklungen",
        "Spannungen", "Wahl", "Wahlen", "Gewalt", "Anschlag", "Angriff", "Kämpfe", "Stabilität", "Wiederaufbau",
        "Aggression", "Angriffskrieg", "Invasion", "Migration",
    ),
    country_names={
        "Weißrussland": "BY",
        "Vereinigte Staaten von Amerika": "US",  # the country's whole name, which CLDR does not write
        "Elfenbeinküste": "CI",
        "Birma": "MM",
        "Kapverden": "CV",
        "Mazedonien": "MK",
        "DR Kongo": "CD",
        "Demokratische Republik Kongo": "CD",
        "Vatikan": "VA",
        "Heiliger Stuhl": "VA",
        # the initials a country goes by, which no city’s other name outweighs ("in den USA")
        "USA": "US",
        "VAE": "AE",
        "BRD": "DE",
    },
    region_names=(
        "Großbritannien",  # an island, and the country's name in speech
        "Nahost", "Naher Osten", "Nahen Osten", "Mittlerer Osten", "Mittleren Osten", "Sahel", "Sahelzone", "Maghreb",
        "Maschrek", "Balkan", "Westbalkan", "Westlicher Balkan", "Westlichen Balkan", "Indopazifik", "Asien-Pazifik",
        "Kaukasus", "Südkaukasus", "Horn von Afrika", "Große Seen", "Großen Seen", "Levante", "Arktis",
        "Mittelmeerraum", "Skandinavien", "Persischer Golf", "Persischen Golf", "Baltikum", "Eurasien",
    ),
    # a railway station is where a visitor arrives, as an airport is: "am Hauptbahnhof in Graz" is in Graz
    airport_words=("flughafen", "flugplatz", "fliegerhorst", "bahnhof", "hauptbahnhof"),
    arrival_nouns=("ankunft",),
    dateline_adverbs=("hier",),
    unnamed_venues=("Amtssitz", "Residenz", "Hauptquartier"),
    # a journey home: "Vor der Rückreise nach Genf machten die Gäste Halt in X"
    return_words=("Rückreise", "Heimreise", "Rückfahrt", "Heimfahrt", "Rückflug", "Heimflug"),
    residence_words=(
        "ansässig", "ansässige", "ansässigen", "wohnhaft", "mit Sitz", "mit Amtssitz",
        # a post, after its place ("die in Deutschland tätigen Botschafter", "der in Berlin akkreditierte Diplomat")
        "tätig", "tätige", "tätigen", "tätiger", "akkreditiert", "akkreditierte", "akkreditierten", "akkreditierter",
        "stationiert", "stationierte", "stationierten", "stationierter", "ansässiger", "lebende", "lebenden",
        "lebender",
    ),
    margin_cues=("am Rande", "am Rand", "im Rahmen"),
    guest_books=("Goldenes Buch", "Goldene Buch", "Goldenen Buch", "Goldenen Buches", "Gästebuch", "Ehrengästebuch"),
    earlier_openers=("zuvor", "vorher", "davor", "am vortag", "früher am tag"),
    later_openers=("anschließend", "danach", "im anschluss", "später"),
    sequel_phrases=("als Fortsetzung", "in Fortsetzung", "im Anschluss an", "anknüpfend an", "in Anknüpfung an"),
    earlier_words=("früheren", "früherer", "vorherigen", "vorheriger", "vergangenen", "jüngsten"),
    register_titles=(
        ("head_of_state", (
            "präsident", "präsidentin", "staatspräsident", "staatspräsidentin", "staatschef", "könig", "königin",
        )),
        ("head_of_government", (
            "premierminister", "premierministerin", "ministerpräsident", "ministerpräsidentin", "regierungschef",
            "regierungschefin", "kanzler", "kanzlerin", "bundeskanzler", "bundeskanzlerin",
        )),
        ("foreign_minister", ("außenminister", "außenministerin", "chefdiplomat", "chefdiplomatin")),
    ),
    national_offices=(
        "präsident", "präsidentin", "minister", "ministerin", "kanzler", "kanzlerin", "könig", "königin", "emir",
        "staatsoberhaupt", "regierungschef", "regierungschefin",
    ),
    posted_roles=(
        "botschafter", "botschafterin", "generalkonsul", "generalkonsulin", "konsul", "konsulin", "geschäftsträger",
        "geschäftsträgerin", "gesandter", "gesandte", "sondergesandter", "sondergesandte", "sonderbeauftragter",
        "sonderbeauftragte",
    ),
    posted_missions=("botschaft", "delegation", "vertretung", "konsulat", "generalkonsulat"),
    interim_marks=("a.i.", "ad interim"),
    place_prepositions=("in", "im", "am", "auf"),
    venue_prepositions=("vor",),
    direction_prepositions=("nach", "ins", "in die", "in das"),  # the accusative: "in die Hauptstadt Changsha"
    place_articles=("der", "dem", "den", "seinem", "ihrem", "seiner", "ihrer"),
    settlement_words=(
        "Stadt", "Hauptstadt", "Landeshauptstadt", "Bundeshauptstadt", "Kantonshauptstadt", "Provinzhauptstadt",
        "Kreisstadt", "Hansestadt", "Gemeinde", "Marktgemeinde", "Ortschaft",
    ),
    city_adjective_endings=("er",),
    city_institution_nouns=(
        "Universität", "Hochschule", "Fachhochschule", "Technische Universität", "Handelskammer", "Handwerkskammer",
        "IHK", "HWK", "TU", "Uni",
    ),
    city_institution_links=("zu",),
    unit_nouns=(
        "Stadt", "Hauptstadt", "Gemeinde", "Marktgemeinde", "Kanton", "Land", "Bundesland", "Freistaat", "Gebiet",
        "Bezirk", "Regierungsbezirk", "Kreis", "Landkreis", "Provinz", "Region", "Oblast", "Departement", "Distrikt",
        "Republik", "Bundesstaat", "Königreich", "Fürstentum", "Emirat", "Eidgenossenschaft", "Föderation",
        "Großherzogtum", "Sultanat",
    ),
    unit_noun_endings=("s", "es"),
    venue_verbs=(
        "fand statt", "fanden statt", "stattfand", "stattfanden", "findet statt", "finden statt", "stattfindet",
        "abgehalten",
    ),
    origin_prepositions=("aus",),
    thing_relatives=("der", "die", "das", "welche", "welcher", "welches"),
    capital_phrases=("in der Hauptstadt", "in die Hauptstadt"),
    place_relatives=("wo",),
    place_adjective_endings=("e", "en", "em", "er", "es"),
    photo_words=("Foto", "Fotos", "Bild", "Bilder"),
    photo_credit_links=("von", "via"),
    # "X (links)", "Y (2.v.r.)", "(v.l.) A, B und C", "v.l.n.r.: A, B"
    photo_positions=(
        "links", "rechts", "Mitte", "l.", "r.", "M.", "li.", "re.", "v.l.", "v.r.", "v.li.", "v.re.", "v.l.n.r.",
        "v.r.n.l.", "von links", "von rechts",
    ),
    company_words=("zusammen mit", "gemeinsam mit"),
    caption_cues=(
        "(foto",
        "foto:",
        "© ",
        "(bild",
        "bild:",
        # where the pictured stand, counted from a side in brackets: "Y (2.v.l.)", "v.l.n.r.: X"; a side alone ("X
        # (r.)") is also written in the story's own sentences, where a photo is placed beside them
        "v.l.)",
        "v.r.)",
        "v. l.)",
        "v. r.)",
        "v.l.n.r.",
        "v. l. n. r.",
    ),
    boilerplate=(
        r"(?=.*\bcookies?\b)(?=.*\b(?:verwende\w*|nutze\w*|akzept\w*|zustimm\w*|stimmen|einverstanden|datenschutz\w*|fortfahren)\b).*",
        r"diese seite ist nicht .*",
        r"bitte wählen sie .*",
        r"(?:teilen|drucken|twittern|kommentieren|e-mail)(?: (?:auf|per|via) \S+)?",
        r"(?:schlagwörter|tags?|themen)\s*:.*",
        r"(?:lesen sie (?:auch|mehr)|mehr zum thema|weitere artikel|das könnte sie auch interessieren).*",
        r"\d+\s*(?:kommentare?|aufrufe)",
        r"kommentare?\s*\(?\d*\)?",
        r"(?:veröffentlicht|aktualisiert|zuletzt aktualisiert)\b.*",
        r"©.*",
        r"(?:foto|bild|quelle bild)\s*:.*",
        r"newsletter.*",
        r"(?:werbung|anzeige)",
        r"startseite\b.*",
        # a site greeting its reader ("Willkommen auf den Seiten des Ministeriums")
        r"(?:herzlich )?willkommen (?:auf|bei|im|in) (?:der |den |dem |unserer |unseren |unserem )?"
        r"(?:web-?seiten?|website|internetseiten?|internetauftritt|internetangebot|homepage|seiten?|portal)\b.*",
        # a blog platform's notice over a label's posts ("Showing posts with label X. Show all posts")
        r"(?:posts|beiträge) mit dem label .*",
        r"alle (?:posts|beiträge) anzeigen",
        # a page's widgets and notices: an ad blocker's, the text size's buttons, a blog's author archive title
        # ("Please disable your ad blocker", "Increase text size", "Anna Berger, Author at Example News")
        r"bitte deaktivieren sie (?:ihren|den) ad-?blocker.*",
        r"schrift(?:größe|grad) (?:vergrößern|verkleinern|zurücksetzen).*",
        r"[^,]{2,60}, author at .*",
    ),
    # endings of adjectives in -isch and -lich that no given name has: a capitalised run with one before its last
    # word is a thing or a body ("Thematischer Schwerpunkt", "Bayerisches Staatsministerium"), not a person
    adjective_endings=(
        "ischer", "ische", "ischen", "isches", "ischem", "licher", "liche", "lichen", "liches", "lichem",
        "onaler", "onale", "onalen", "onales", "onalem",  # "des Internationalen", "der Regionalen"
    ),
    noun_endings=("ung", "ungen", "nahme", "nahmen", "heit", "keit", "schaft", "schaften"),
    # nouns of an act or a quality in the plural or with a suffix no surname has ("Herausforderungen", "Freiheiten",
    # "Möglichkeit", "Partnerschaft"): a capitalised run holding one names a thing, not a person ("Aktuelle
    # Herausforderungen wie die Pandemie …"); the singular "-ung" is left out, since surnames end so ("Hornung")
    common_word_endings=(
        "ungen", "heit", "heiten", "keit", "keiten", "schaft", "schaften", "tionen", "ismus",
    ),
    point_tails=(
        r",\s+(?:teilte|teilten|berichtete|berichtet|meldete|meldet)\b.*",
        r",\s+hieß es\b.*",
        r",\s+(?:so|laut|nach angaben)\b.*",
    ),
)
