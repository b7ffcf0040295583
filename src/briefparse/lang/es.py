"""Spanish."""

import unicodedata

from briefparse.lang.base import Language, variants
from briefparse.lang.cldr import days_ago


def _plain(word: str) -> str:
    """The word without its written accent: "francés" → "frances" (the accent drops in "francesa")."""
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def _adjective(masculine: str) -> tuple[str, ...]:
    """Singular and plural, masculine and feminine: "chileno" → chileno, chilena, chilenos, chilenas."""
    if masculine.endswith("o"):
        stem = masculine[:-1]
        return (masculine, stem + "a", stem + "os", stem + "as")
    if masculine.endswith(("és", "án", "ín")):
        stem = _plain(masculine)
        return (masculine, stem + "a", stem + "es", stem + "as")
    if masculine.endswith(("í", "ú")):
        return (masculine, masculine + "es", masculine + "s")
    if masculine.endswith(("e", "a")):
        return (masculine, masculine + "s")
    return (masculine, masculine + "a", masculine + "es", masculine + "as")  # español, española, españoles


def _nationalities(table: dict[str, str]) -> dict[str, str]:
    return {form: country for masculine, country in table.items() for form in _adjective(masculine)}


LANGUAGE = Language(
    code="es",
    name="Spanish",
    stopwords=frozenset(
        [
            "el",
            "los",
            "las",
            "del",
            "y",
            "con",
            "por",
            "para",
            "una",
            "unos",
            "unas",
            "su",
            "sus",
            "al",
            "es",
            "fue",
            "ha",
            "han",
            "lo",
            "como",
            "más",
            "pero",
            "sobre",
            "este",
            "esta",
            "estos",
            "estas",
            "según",
            "también",
            "sin",
            "hasta",
            "desde",
            "durante",
            "tras",
            "muy",
            "ya",
            "hoy",
            "ayer",
            "cuando",
            "donde",
            "quien",
            "fueron",
            "será",
            "sido",
            "está",
            "están",
            "había",
            "le",
            "les",
            "señaló",
            "dijo",
            "aseguró",
            "afirmó",
            "sostuvo",
            "cual",
            "otros",
            "otras",
            "sino",
            "ante",
        ]
    ),
    numeric_date_order="dmy",
    extra_months={"setiembre": 9, "set": 9, "sep": 9, "sept": 9, "dic": 12, "ene": 1, "agos": 8},
    day_suffixes=("º", "°", "ro"),
    date_connectors=("de", "del"),
    update_labels=(
        "actualizado", "actualizado el", "modificado", "actualizada", "actualización", "última actualización"
    ),
    night_openers=("noche del", "noche de"),
    night_links=("al", "a"),
    range_words=("al", "hasta el", "-", "–", "y", "y el"),
    other_stories=(
        "lea también", "lee también", "te puede interesar", "noticias relacionadas", "más noticias",
        "también te puede interesar", "ver también", "más videos", "otros videos",
        # more headings of a page's list of other stories
        "artículos relacionados", "notas relacionadas", "lo más leído", "lo más visto", "últimas noticias",
        "otras noticias", "también le puede interesar", "le puede interesar", "te podría interesar",
        "destacados", "noticias destacadas",
        # a blog's own lists of its other posts ("Entradas populares de este blog")
        "entradas populares de este blog", "entradas populares", "entradas relacionadas", "publicaciones relacionadas",
    ),
    publication_cues=("publicado", "actualizado", "última actualización", "fecha de publicación"),
    day_parts=("por la mañana", "por la tarde", "por la noche", "en la mañana", "en la tarde", "en la noche"),
    relative_days={
        # "hace dos días": CLDR's phrase of days gone by, with a count in figures or in words
        **days_ago("es", {"dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7}),
        "hoy": 0,
        "esta mañana": 0,
        "esta tarde": 0,
        "esta noche": 0,
        "este día": 0,
        "esta madrugada": 0,
        "este mediodía": 0,
        "ayer": -1,
        "anoche": -1,
        "anteayer": -2,
        "antier": -2,
        "antes de ayer": -2,
        "antes de anoche": -2,
        "pasado mañana": 2,
        "la semana pasada": -7,
        "la víspera": -1,
        "hace unos minutos": 0,
        "hace una hora": 0,
        "a esta hora": 0,  # "sostiene a esta hora un diálogo": the time of writing, like "hace una hora"
    },
    next_markers=("próximo", "próxima", "que viene"),
    past_markers=("pasado", "pasada", "último", "última", "anterior"),
    future_markers=(
        "próximo", "próxima", "va a", "van a", "tiene previsto", "tienen previsto", "está previsto", "prevé",
        "se prevé", "previsto", "prevista", "se inaugura", "comienza", "comienzan", "arranca", "inicia",
        "será", "serán", "hará", "harán", "irá", "irán",  # short futures the endings miss
    ),
    future_endings=("rá", "rán"),
    since_words=("desde", "desde el", "desde este"),
    since_year_words=("desde",),
    weekday_demonstratives=("este",),
    # "el acuerdo del 12 de febrero de 2015", "la resolución 2231 del 20 de julio de 2015": the day a text bears
    document_day_words=variants(
        "{acuerdo|acuerdos|tratado|memorando|protocolo|resolución|decreto|declaración|comunicado} {del|de fecha}",
    ),
    anniversary_words=("aniversario",),
    # "en el marco del 78 período de sesiones de la Asamblea General de la ONU", "la 79 Asamblea General de la ONU"
    un_assembly_words=variants(
        "{período|periodo} {de sesiones |}de la asamblea general de {la onu|las naciones unidas|naciones unidas}",
        "sesión de la asamblea general de {la onu|las naciones unidas|naciones unidas}",
        "asamblea general de {la onu|las naciones unidas|naciones unidas}",
    ),
    # "conversaron el viernes tras el ataque del 27 de febrero": that day is the attack's
    after_words=("tras", "después de", "después del", "luego de", "luego del", "a raíz de", "a raíz del"),
    # "discutieron este martes el encuentro fijado para el 15 de agosto": ese día es el del encuentro, por venir
    scheduled_participles=variants("{previst|programad|fijad}{o|a|os|as} para"),
    noun_day_links=("del",),
    day_of_its_own=(
        "mañana", "tarde", "noche", "madrugada", "mediodía", "jornada", "día", "partir", "antes", "después", "finales",
        "principios",
    ),
    restating_links=("del",),
    relative_months={
        "del corriente": 0, "del corriente mes": 0, "del mes en curso": 0, "del presente mes": 0, "de este mes": 0,
        "del mes pasado": -1, "del mes anterior": -1, "del próximo mes": 1, "del mes próximo": 1,
    },
    occurrence_participles=(
        "ocurrido", "ocurrida", "ocurridos", "ocurridas", "perpetrado", "perpetrada", "perpetrados", "perpetradas",
        "acaecido", "acaecida", "fallecido", "fallecida", "muerto", "muerta",
    ),
    incident_nouns=(
        "ataque", "ataques", "atentado", "atentados", "asalto", "agresión", "agresiones", "bombardeo", "bombardeos",
    ),
    abbreviations=frozenset(
        [
            "sr",
            "sra",
            "srta",
            "sres",
            "dr",
            "dra",
            "d",
            "dña",
            "lic",
            "ing",
            "gral",
            "ud",
            "uds",
            "etc",
            "pág",
            "núm",
            "no",
            "nº",
            "art",
            "av",
            "avda",
            "cía",
            "ene",
            "feb",
            "mar",
            "abr",
            "jun",
            "jul",
            "ago",
            "sep",
            "sept",
            "oct",
            "nov",
            "dic",
            "aprox",
            "pdte",
            "prof",
            "mons",
            "excmo",
            "excma",
            "sto",
            "sta",
            "ee.uu",
            "uu",
            # professional titles written before a name ("Arq.", "Mtro.", "Agr.", "Lcda."): see `honorifics`
            "arq",
            "mtro",
            "mtra",
            "agr",
            "lcdo",
            "lcda",
            "licda",
            "profa",
        ]
    ),
    kin_nouns=("esposa", "esposo", "hija", "hijas", "hijo", "hijos"),
    sole_name_titles=(
        "rey", "reina", "papa", "emir", "sultán", "príncipe", "princesa", "príncipe heredero",
        "gran duque", "gran duquesa", "patriarca",
    ),
    sovereign_words=("monarca", "soberano", "soberana"),
    honorifics=(
        "Sr.",
        "Sra.",
        "Srta.",
        "Don",
        "Doña",
        "don",
        "doña",
        "D.",
        "Dña.",
        "Dr.",
        "Dra.",
        "doctor",
        "doctora",
        "Lic.",
        # the degree or profession an official page writes before a name, as it does "Dr." and "Lic." ("el
        # presidente del club, Ing. X", "el alcalde, Mtro. Y", "la Arq. Z"): a title, never part of the name
        "Ing.",
        "Arq.",
        "Mtro.",
        "Mtra.",
        "Agr.",
        "Lcdo.",
        "Lcda.",
        "Licda.",
        "Prof.",
        "Profa.",
        "S.E.",
        "S. E.",  # spaced as the Equatorial Guinean and Paraguayan press write it: "el Presidente, S. E. X"
        "Su Excelencia",
        "Su Majestad",
        "Su Alteza",
        "Jeque",
        "Emir",
        "Príncipe",
        "Princesa",
        "Monseñor",
        "Mons.",
        "Excmo.",
        "Excma.",
        # the comrade's address of Central American and Cuban official media ("la Compañera Lucía Marín",
        # "el compañero Tomás"), a title before the name, never part of it
        "Compañero",
        "Compañera",
        "compañero",
        "compañera",
        # and their polite address and the fraternal one of the same media, capitalised before the name ("su
        # esposa, la Señora X", "del Programa Mundial de Alimentos, la Hermana Y")
        "Señor",
        "Señora",
        "Hermano",
        "Hermana",
    ),
    address_honorifics=("Sr.", "Sra.", "señor", "señora"),
    roles=(
        "esposa", "esposo",
        "presidente",
        "presidenta",
        "vicepresidente",
        "vicepresidenta",
        "presidente electo",
        "presidenta electa",
        "primer ministro",
        "primera ministra",
        "ministro",
        "ministra",
        "viceministro",
        "viceministra",
        "canciller",
        "vicecanciller",
        "secretario",
        "secretaria",
        "secretario general",
        "secretaria general",
        "secretario de estado",
        "secretaria de estado",
        "subsecretario",
        "subsecretaria",
        "embajador",
        "embajadora",
        # an envoy's rank, alone as a noun ("los plenipotenciarios X, de A; Y, de B"), or in an ambassador's full
        # title, which stays one role
        "plenipotenciario",
        "plenipotenciaria",
        *variants("{embajador extraordinario|embajadora extraordinaria} y {plenipotenciario|plenipotenciaria}"),
        "rey",
        "reina",
        "emir",
        "príncipe heredero",
        "jefe",
        "jefa",
        "jefe de estado",
        "jefa de estado",
        "jefe de gobierno",
        "jefa de gobierno",
        "jefe de la diplomacia",
        "jefa de la diplomacia",
        "jefe de delegación",
        "portavoz",
        "vocero",
        "vocera",
        "director",
        "directora",
        "director general",
        "directora general",
        "gobernador",
        "gobernadora",
        "alcalde",
        "alcaldesa",
        "diputado",
        "diputada",
        "senador",
        "senadora",
        "consejero",
        "consejera",
        "asesor",
        "asesora",
        # a candidate to an office ("el candidato presidencial del Frente X, Y"); not "diplomático", which is also the
        # adjective of "la misión diplomática"
        "candidato",
        "candidata",
        "representante",
        "alto representante",
        "alta representante",
        "enviado especial",
        "enviada especial",
        "comisario",
        "comisaria",
        "comisionado",
        "homólogo",
        "homóloga",
        # the press's common "homónimo" for a counterpart ("su homónimo cubano, X"), a namesake in the dictionary
        "homónimo",
        "homónima",
        "líder",
        # a party's or a movement's leader ("el dirigente opositor X"), and the press's word for a ruler it holds
        # illegitimate ("el dictador venezolano X"): each an office before the name, as "líder" is
        "dirigente",
        "dictador",
        "dictadora",
        "mandatario",
        "mandataria",
        "dignatario",
        "delegado",
        # a seat on a body, its office when no other is given ("X, miembro del Buró Político del …")
        "miembro",
        "delegada",
        "papa",
        "pontífice",
        "cónsul",
        "titular",
        "premier",
        "coordinador",
        "coordinadora",
        "monarca",
        "su par",
        *variants(
            "{colega|contraparte|anfitrión|anfitriona|gobernante|primera dama|primer mandatario|primera mandataria}",
            "{encargado|encargada} de negocios",
            "{enviado|enviada|emisario|emisaria|legislador|legisladora|parlamentario|parlamentaria|congresista}",
            "{eurodiputado|eurodiputada|asambleísta|edil|fiscal general|defensor del pueblo|defensora del pueblo}",
            "{alto|alta} {comisionado|comisionada}",
            "{príncipe|princesa|infante|infanta|jeque|sultán|emperador|emperatriz|gran duque|gran duquesa}",
            "{arzobispo|obispo|cardenal|nuncio|nuncio apostólico|patriarca|rector|rectora}",
            "{comandante|general|almirante|jefe de gabinete|jefa de gabinete|nuncio}",
            "{homólogos|homólogas|homónimos|homónimas|colegas|cancilleres|ministros|ministras|presidentes|mandatarios|embajadores}",
            # regional and local offices of Latin American states, courts and control bodies, deputies' ranks
            "{intendente|intendenta|vicegobernador|vicegobernadora|vicealcalde|vicealcaldesa|prefecto|prefecta}",
            "{concejal|concejala|regidor|regidora|síndico|síndica}",
            "{viceintendente|viceintendenta|subdelegado|subdelegada}",
            "{magistrado|magistrada|juez|jueza|procurador|procuradora|contralor|contralora}",
            "{viceprimer ministro|viceprimera ministra|ministro consejero|ministra consejera|jerarca}",
            "{coronel|vicealmirante|contralmirante|brigadier|mariscal}",
        ),
        # officials and staff below a body's head ("la agregada de Asuntos Culturales, X", "el gerente del puerto")
        "agregado",
        "agregada",
        "asistente",
        "gerente",
        "responsable",
    ),
    nationalities={
        **_nationalities(
            {
                "estadounidense": "Estados Unidos",
                "norteamericano": "Estados Unidos",
                "ruso": "Rusia",
                "chino": "China",
                "alemán": "Alemania",
                "británico": "Reino Unido",
                "francés": "Francia",
                "italiano": "Italia",
                "español": "España",
                "turco": "Turquía",
                "iraní": "Irán",
                "ucraniano": "Ucrania",
                "argelino": "Argelia",
                "marroquí": "Marruecos",
                "egipcio": "Egipto",
                "saudí": "Arabia Saudí",
                "saudita": "Arabia Saudí",
                "israelí": "Israel",
                "palestino": "Palestina",
                "libanés": "Líbano",
                "sirio": "Siria",
                "iraquí": "Irak",
                "japonés": "Japón",
                "indio": "India",
                "pakistaní": "Pakistán",
                "coreano": "Corea",
                "surcoreano": "Corea del Sur",
                "norcoreano": "Corea del Norte",
                "brasileño": "Brasil",
                "argentino": "Argentina",
                "mexicano": "México",
                "mejicano": "México",
                "chileno": "Chile",
                "peruano": "Perú",
                "colombiano": "Colombia",
                "venezolano": "Venezuela",
                "cubano": "Cuba",
                "boliviano": "Bolivia",
                "ecuatoriano": "Ecuador",
                "uruguayo": "Uruguay",
                "paraguayo": "Paraguay",
                "panameño": "Panamá",
                "costarricense": "Costa Rica",
                "nicaragüense": "Nicaragua",
                "hondureño": "Honduras",
                "guatemalteco": "Guatemala",
                "salvadoreño": "El Salvador",
                "dominicano": "República Dominicana",
                "puertorriqueño": "Puerto Rico",
                "portugués": "Portugal",
                "griego": "Grecia",
                "polaco": "Polonia",
                "austriaco": "Austria",
                "austríaco": "Austria",
                "suizo": "Suiza",
                "belga": "Bélgica",
                "neerlandés": "Países Bajos",
                "holandés": "Países Bajos",
                "sueco": "Suecia",
                "noruego": "Noruega",
                "danés": "Dinamarca",
                "finlandés": "Finlandia",
                "irlandés": "Irlanda",
                "canadiense": "Canadá",
                "australiano": "Australia",
                "sudafricano": "Sudáfrica",
                "nigeriano": "Nigeria",
                "catarí": "Catar",
                "qatarí": "Catar",
                "emiratí": "Emiratos Árabes Unidos",
                "kuwaití": "Kuwait",
                "jordano": "Jordania",
                "azerbaiyano": "Azerbaiyán",
                "armenio": "Armenia",
                "georgiano": "Georgia",
                "kazajo": "Kazajistán",
                "uzbeko": "Uzbekistán",
                "húngaro": "Hungría",
                "rumano": "Rumanía",
                "búlgaro": "Bulgaria",
                "serbio": "Serbia",
                "croata": "Croacia",
                "checo": "Chequia",
                "eslovaco": "Eslovaquia",
                "bielorruso": "Bielorrusia",
                "filipino": "Filipinas",
                "indonesio": "Indonesia",
                "vietnamita": "Vietnam",
                "tailandés": "Tailandia",
                "malasio": "Malasia",
                "tunecino": "Túnez",
                "libio": "Libia",
                "etíope": "Etiopía",
                "keniano": "Kenia",
                "senegalés": "Senegal",
                "angoleño": "Angola",
                "mozambiqueño": "Mozambique",
                "ecuatoguineano": "Guinea Ecuatorial",
                "afgano": "Afganistán",
                "europeo": "Unión Europea",
            }
        ),
        "de estados unidos": "Estados Unidos",
        "de ee.uu.": "Estados Unidos",
        "de eeuu": "Estados Unidos",
        "de rusia": "Rusia",
        "de china": "China",
        "de españa": "España",
        "de francia": "Francia",
        "de alemania": "Alemania",
        "de méxico": "México",
        "de chile": "Chile",
        "de colombia": "Colombia",
        "de venezuela": "Venezuela",
        "de argentina": "Argentina",
        "del perú": "Perú",
        "de perú": "Perú",
        "de brasil": "Brasil",
        "de cuba": "Cuba",
        "de bolivia": "Bolivia",
        "de ecuador": "Ecuador",
        "de uruguay": "Uruguay",
        "de paraguay": "Paraguay",
        "de panamá": "Panamá",
        "de ucrania": "Ucrania",
        "de marruecos": "Marruecos",
        "de argelia": "Argelia",
        "de israel": "Israel",
        "de irán": "Irán",
        "de italia": "Italia",
        "de portugal": "Portugal",
        "del reino unido": "Reino Unido",
    },
    organisations={
        "ONU": "ONU",
        "Naciones Unidas": "ONU",
        "UE": "Unión Europea",
        "Unión Europea": "Unión Europea",
        "Comisión Europea": "Unión Europea",
        "Consejo Europeo": "Unión Europea",
        "OTAN": "OTAN",
        "OEA": "OEA",
        "Mercosur": "Mercosur",
        "CELAC": "CELAC",
        "Celac": "CELAC",
        "OMS": "OMS",
        "FMI": "FMI",
        "Banco Mundial": "Banco Mundial",
        "OSCE": "OSCE",
        "Unión Africana": "Unión Africana",
        "OIEA": "OIEA",
        "G20": "G20",
        "G7": "G7",
        "Organización de los Estados Americanos": "OEA",
        "Organización de Estados Americanos": "OEA",
        "CCG": "CCG",
        "Consejo de Cooperación del Golfo": "CCG",
        "Liga Árabe": "Liga Árabe",
        "SICA": "SICA",
        "CARICOM": "CARICOM",
    },
    role_links=("de", "del", "de la", "de los", "de las", "en", "ante", "para"),
    capacity_links=("en su calidad de", "en calidad de", "en su condición de", "en condición de", "en su carácter de",
                    "en su rol de"),
    capacity_words=("como",),
    copulas=("es", "será", "fue", "era", "sería"),
    sentence_adverbs=frozenset(
        {
            "luego", "después", "hoy", "ayer", "posteriormente", "asimismo", "también", "finalmente", "además",
            "previamente", "igualmente",
        }
    ),
    name_particles=frozenset(
        [
            *("de", "del", "la", "las", "los", "van", "von", "der", "da", "dos", "das", "di"),
            *("bin", "ibn", "ben", "bint", "abu", "al"),
        ]
    ),
    angle_quoted_nicknames=True,
    thing_articles=frozenset({"el", "la", "los", "las", "al", "del"}),
    not_names=frozenset(
        [
            # conjunctions that open a clause before a name ("Tanto X como Y destacaron …", "Porque X viaja …")
            *("Tanto", "Porque", "Pues", "Sino", "Apenas", "Cuanto"),
            # an ambassador's full title
            "Extraordinario",
            "Extraordinaria",
            "Plenipotenciario",
            "Plenipotenciaria",
            # the adjectives of an office written in capitals after its noun ("Secretario Permanente del Sistema …",
            # "Enviado Especial", "Representante Alterno", "Coordinadora Residente")
            *("Permanente", "Permanentes", "Especial", "Especiales", "Adjunto", "Adjunta", "Alterno", "Alterna"),
            *("Residente", "Residentes", "Interino", "Interina"),
            # a town's office ("Presidente Municipal de X", "la Asesoría Municipal"): no name's word
            *("Municipal", "Municipales"),
            "El",
            "La",
            "Los",
            "Las",
            "Lo",
            "Un",
            "Una",
            "Unos",
            "Unas",
            "Del",
            "Al",
            "Este",
            "Esta",
            "Estos",
            "Estas",
            "Ese",
            "Esa",
            "Esto",
            "Eso",
            "En",
            "Con",
            "Por",
            "Para",
            "Según",
            "Tras",
            # prepositions and adverbs that open a sentence before a name ("Excepto Juan X, …")
            *("Contra", "Hacia", "Excepto", "Incluso"),
            "Durante",
            "Desde",
            "Hasta",
            "Sin",
            "Sobre",
            "Entre",
            "Ante",
            "Y",
            "O",
            "Pero",
            "Como",
            "Cuando",
            "Donde",
            "Él",
            "Ella",
            "Ellos",
            "Ellas",
            "Su",
            "Sus",
            "Nuestro",
            "Nuestra",
            "Se",
            "No",
            "Sí",
            "Así",
            "También",
            "Además",
            "Asimismo",
            "Mientras",
            "Aunque",
            "Ningún",
            "Ninguna",
            "Todos",
            "Otro",
            "Otra",
            "Otros",
            "Otras",
            "Señor",
            "Señora",
            "Don",
            "Doña",
            "Excelencia",
            "Majestad",
            "Alteza",
            "Presidente",
            "Presidenta",
            "Ministro",
            "Ministra",
            "Canciller",
            "Secretario",
            "Secretaria",
            "General",
            "Jefe",
            "Embajador",
            "Rey",
            "Reina",
            "Príncipe",
            "Gobierno",
            "Ministerio",
            "Cancillería",
            "Relaciones",
            "Exteriores",
            # a portfolio's words, never a name's: "viceministro de Política Exterior Bilateral", "de Comercio Exterior"
            "Exterior",
            "Bilateral",
            "Multilateral",
            "Asuntos",
            "Estado",
            "Estados",
            "Unidos",
            "República",
            "Reino",
            "Unido",
            "Unión",
            "Europea",
            "Naciones",
            "Unidas",
            "Consejo",
            # local and provincial bodies, whose names run on in capitals into their holder's ("el titular del
            # Concejo X Y", "la presidenta de la Diputación X Y")
            "Concejo",
            "Deliberante",
            "Ayuntamiento",
            "Municipalidad",
            "Diputación",
            "Gobernación",
            "Intendencia",
            "Legislatura",
            "Comisión",
            "Congreso",
            "Senado",
            "Cámara",
            "Parlamento",
            "Asamblea",
            "Palacio",
            "Casa",
            "Blanca",
            "Rosada",
            "Moneda",
            "Embajada",
            "Agencia",
            "Nacional",
            "Federal",
            "Democrática",
            "Popular",
            "Islámica",
            "Árabe",
            "Defensa",
            "Interior",
            "Hacienda",
            "Economía",
            "Justicia",
            "Seguridad",
            "Cooperación",
            "Cumbre",
            "Gabinete",
            "Binacional",
            "Política",
            "Internacional",
            "Noticias",
            "Foto",
            "Fotos",
            "Video",
            "Compartir",
            "Región",
            "Ciudad",
            "Provincia",
            "Departamento",
            "Oficina",
            "Dirección",
            "Policía",
            "Fuerzas",
            "Armadas",
            "Ejército",
            "Banco",
            "Fondo",
            "Organización",
            "Programa",
            "Tribunal",
            "Corte",
            "Suprema",
            "Partido",
            "Frente",
            "Comité",
            "Grupo",
            "Foro",
            "Conferencia",
            "Declaración",
            "Acuerdo",
            "Tratado",
            "Ley",
            "Brigada",
            "Investigaciones",
            "Ciberseguridad",
            "Encuentro",
            "Reunión",
            # a handover of office written in capitals ("la ceremonia de Transmisión de Mando")
            *("Transmisión", "Traspaso", "Mando"),
            "Mandatario",
            "Torre",
            "Quinta",
            "Salón",
            "Sede",
            "Hotel",
            "Centro",
            "Oriente",
            "Medio",
            "Ambiente",
            "Rural",
            "Próximo",
            "Occidente",
            "Norte",
            "Sur",
            "Europa",
            "Asia",
            "África",
            "América",
            "Latina",
            "Latinoamérica",
            "Caribe",
            "Golfo",
            "Pacífico",
            "Atlántico",
            "Mediterráneo",
            "Balcanes",
            "Cáucaso",
            "Ártico",
            "Sahel",
            "Magreb",
            "Cono",
            "Mundo",
            # the armed forces' own names ("el general de la Fuerza Aérea X", "jefe del Estado Mayor Conjunto")
            "Fuerza",
            "Aérea",
            "Naval",
            "Conjunto",
            "Conjunta",
            # the present-tense verb a headline opens on, before its subject ("Llega X a Asunción", "Arriba X a
            # Palacio Nacional", "Suscriben Convenio …"): the verbs of the events the data reads, in the third
            # person, never a name's word
            *("Llega", "Llegan", "Arriba", "Arriban", "Aterriza", "Suscribe", "Suscriben"),
            *("Firma", "Firman", "Recibe", "Reciben", "Visita", "Visitan", "Viaja", "Viajan", "Sostiene", "Sostienen"),
            *("Dialoga", "Dialogan", "Conversa", "Conversan", "Condena", "Condenan", "Lamenta", "Lamentan"),
            *("Agradece", "Agradecen", "Inaugura", "Inauguran", "Encabeza", "Encabezan", "Participa", "Participan"),
            *("Fortalece", "Fortalecen", "Refuerza", "Refuerzan", "Destaca", "Destacan", "Expresa", "Expresan"),
        ]
    ),
    # Event phrases by CAMEO class (see lang/en.py), each verb with its tenses (pretérito, presente, futuro,
    # perfecto), its passive ("fue recibido por") and reflexive forms, agreed in gender and number.
    gathering_nouns=variants("{cumbre|conferencia|foro|asamblea|sesión|congreso|reunión}{|es|s}"),
    gathering_openings=variants("{arrancó|comenzó|inició|se inauguró|concluyó|se clausuró|finalizó|culminó}"),
    event_verbs={
        "phone_call": variants(
            "{conversación|conversaciones|llamada|llamadas|charla|comunicación} {telefónica|telefónicas}",
            "{contacto|diálogo|intercambio} telefónico",
            "{plática|charla} telefónica",
            # the meeting's verb and noun before the noun's telephone ("mantuvo una charla telefónica con X"): a call
            "{mantuvo|mantuvieron|mantendrá|mantendrán|ha mantenido|han mantenido|sostuvo|sostuvieron|sostendrá} "
            "{una conversación|una charla|un diálogo|un intercambio} {telefónica|telefónico}",
            "{llamada|llamadas} {con|entre}",
            "{por teléfono|por vía telefónica|vía telefónica|telefónicamente}",
            "{telefoneó|telefonearon}",
            "{videoconferencia|videollamada}",
            "{su llamada|me llamó}",
            # the call received, in the preterite, the present and the perfect ("confirmó haber recibido una llamada")
            "{recibió|recibe|recibido} una llamada",
            # the reflexive verb of contact with a person ("se ha comunicado con la Presidenta de X y le ha
            # transmitido la solidaridad"); the noun "comunicado", a communiqué, takes no "se"
            "se {comunicó|ha comunicado|había comunicado} con",
            # the River Plate "llamado" for a call, told by its receiver ("recibió el llamado de su par"); not "hizo un
            # llamado a", an appeal
            "{recibió|recibe|recibieron|aceptó|aceptaron} {el|un} llamado",
            "{recibió|recibe|recibieron} {la llamada|llamadas}",
            "{llamó|llamará} {a su homólogo|a su homóloga|al presidente|a la presidenta|al primer ministro|"
            "al canciller}",
            # the call as the subject of its taking place, the clause that dates it ("detalló que la llamada se
            # realizó el pasado viernes", "precisó que la llamada ocurrió el viernes 21 de noviembre")
            "{la llamada|el llamado|la conversación telefónica} {se realizó|se produjo|ocurrió|tuvo lugar|"
            "se llevó a cabo|se efectuó}",
        ),
        "meeting": variants(
            "se {reunió|reúne|reúnen|reunieron|reunirá|reunirán}",
            "se {ha|han|había|habían} reunido",
            "{reunión|reuniones|encuentro|encuentros}",
            # a pair's meeting, its qualifier after the noun ("sostuvo este sábado una reunión bilateral con X")
            "{reunión|encuentro} bilateral", "{reuniones|encuentros} bilaterales",
            "se {encontró|encontraron|encontrará|encontrarán}",
            "{recibió|recibe|reciben|recibieron|recibirá|recibirán}",
            "{ha|había|han} recibido",
            "{fue|fueron|será|serán|ha sido|han sido|es|son} recibid{o|a|os|as}",
            "{mantuvo|mantuvieron|mantendrá|mantendrán|ha mantenido|han mantenido|sostuvo|sostuvieron|sostendrá} "
            "{una conversación|un diálogo|un intercambio|una charla|un encuentro|una reunión}",
            # the present of a report as it happens ("sostiene a esta hora una reunión con X"), not "mantiene un
            # diálogo fluido", a standing relation
            "{sostiene|sostienen} {una conversación|un diálogo|un encuentro|una reunión}",
            "{conversó|conversaron|conversará|conversa|conversan|dialogó|dialogaron|dialogará}",
            "{habló|hablaron|hablará|hablarán|habla|hablan} con",
            "{habló|hablaron|conversó|conversaron} {hoy|ayer|anoche} con",
            "{habló|hablaron|conversó|conversaron} {el|este} {lunes|martes|miércoles|jueves|viernes|sábado|domingo}"
            "{| por la mañana| por la tarde| por la noche} con",
            # the perfect of a readout ("ha hablado este viernes con X"), its day between the verb and its partner
            "{ha|han} {hablado|conversado}{| hoy| ayer| anoche} con",
            "{ha|han} {hablado|conversado} {el|este} {lunes|martes|miércoles|jueves|viernes|sábado|domingo}"
            "{| por la mañana| por la tarde| por la noche} con",
            "se {entrevistó|entrevistaron|entrevistará}",
            "{entrevista|audiencia|audiencias|conversaciones}",
            "{visita|visitas} de cortesía",  # a call on a person, as "courtesy call"
            "{recibiendo|reuniéndose}",
            "{abordaron|discutieron|intercambiaron}",
            "{convocó|convocaron|convocará|ha convocado|han convocado}",
            "{copresidió|presidida|presidió}",
            # the present of a report as it happens, its time next to the verb ("X preside hoy la última jornada"), not
            # "el Consejo que preside X", a standing office
            "{preside|presiden} {hoy|esta mañana|esta tarde|esta noche|este lunes|este martes|este miércoles|"
            "este jueves|este viernes|este sábado|este domingo}",
            "{almuerzo|almuerzos|cena|cenas|desayuno de trabajo}",
            # a meal told by its verb, as English "lunched with", French "a déjeuné avec" ("almorzó ayer con X",
            # "han cenado con los Reyes")
            "{almorzó|almorzaron|almorzará|almorzarán|cenó|cenaron|cenará|cenarán|desayunó|desayunaron|desayunará}",
            "{ha|han} {almorzado|cenado|desayunado}{| hoy| ayer| anoche} con",
            "{ofreció|ofrecerá} una {cena|recepción}",
            "{dio|dieron|da|dan|dará|darán|ha dado|han dado} la bienvenida {a|al}",
            # the welcome told with its place before the guest ("dio la bienvenida en Palacio Nacional a su homólogo")
            "{dio|dieron|da|dan|ha dado|han dado} la bienvenida en",
            # the speaker's own account, in the first person ("Me reuní con…", "Hoy recibí al ministro…")
            "{me reuní|nos reunimos|me he reunido|nos hemos reunido|me entrevisté|nos entrevistamos}",
            "{recibí|recibimos|he recibido|hemos recibido} {a|al}",
            "{conversé|dialogué|dialogamos}",
            "{hablé|hablamos|conversamos} con",
        ),
        "visit": variants(
            "visita {oficial|de estado|de trabajo}",
            "{visita|visitas|visitó|visitaron|visitará|visitarán}",
            "{ha|han} visitado",
            "{llegó|llegaron|llegará|llegarán|llega|llegan} a",
            # the arrival with its time between the verb and the place ("llegó la noche del sábado a Santiago")
            "{llegó|llegaron} {este|esta|el|la} "
            "{lunes|martes|miércoles|jueves|viernes|sábado|domingo|noche|mañana|tarde|madrugada|mediodía}",
            # the day told by an adverb ("llegó hoy a Lima", "arribaron anoche a Quito")
            "{llegó|llegaron|llega|llegan} {hoy|anoche|ayer} {a|al}",
            "{arribó|arribaron|arribará}",
            "{viajó|viajaron|viajará|viajarán|viajar} a",
            "se {trasladó|trasladará|desplazó} a",
            "aterrizó en",
            "{rumbo a|con destino a}",
            "{parte|parten|partió|partieron|partirá|sale|salió|salieron|saldrá} hacia",
            "{invitado|invitada|invitados|huésped|huéspedes} de honor",
            "{asistió|asistieron|asistirá|asistirán} a",
            "gira",
            # a working inspection of works or sites, told by its verb done or by the noun its light verb carries
            # ("supervisó el avance de la obra", "realizó un recorrido para supervisar", "realiza inspección
            # inopinada a obras"); not the infinitive alone, a purpose or a duty ("se encargará de supervisar")
            "{supervisó|supervisaron}",
            "{realizó|realizaron|realiza|realizan|efectuó|efectuaron} {|un |una }{recorrido|inspección|supervisión}",
            "{recorrido|recorridos} de {supervisión|inspección}",
        ),
        "conference": variants(
            "{cumbre|cumbres|conferencia|conferencias|foro|simposio|mesa redonda}",
            "{gabinete binacional|asamblea general}",
            "{comisión mixta|comisión binacional|comisiones mixtas}",
            "reunión {ministerial|de cancilleres|de alto nivel}",
            "{sesión|sesiones} {plenaria|ordinaria|extraordinaria|ministerial}",
            "{reunión|encuentro|conferencia} {ministerial|multilateral|trilateral|regional}",
        ),
        "statement": variants(
            "{declaró|declaraciones|declaración|comunicado|nota de prensa}",
            "{conferencia de prensa|rueda de prensa|punto de prensa}",  # not a conference: what is said to the press
            "{afirmó|aseguró|señaló|indicó|dijo|subrayó|se refirió|escribió}",
            "{condenó|condenaron|condena}",
            "{expresó|expresaron|manifestó|manifestaron}",
            "{rechazó|repudió|deploró|lamentó|lamenta}",
            "{felicitó|felicitaron|felicita|felicitaciones}",
            "{condolencias|condolencia|pésame|telegrama|felicitación}",
            "mensaje",
        ),
        "other": variants(
            "{firmó|firmaron|firma}",
            "{suscribieron|suscribió|rubricaron|rubricó}",
            # a signing told in the passive, its signatories or witnesses after it or unnamed ("Dos memorandos fueron
            # suscritos este jueves en presencia de X e Y", "El convenio fue firmado por los cancilleres")
            "{fue|fueron|ha sido|han sido} {firmado|firmada|firmados|firmadas|suscrito|suscrita|suscritos|suscritas"
            "|rubricado|rubricada|rubricados|rubricadas}",
            "{un|el|los|unos|nuevo} {acuerdo|acuerdos}",  # not "de acuerdo con": according to
            "{acuerdo|acuerdos} {de|sobre|entre|para}",
            "{memorando|memorándum|convenio}",
            "{memorandos|memorándums} de entendimiento",  # "dos memorandos de entendimiento fueron suscritos"
            # an act of office: an appointment ("designó a X embajador", "nombró a Y como ministro"), a swearing-in
            "{designó|designa|designaron|nombró|nombra|nombraron}",
            "{tomó|tomaron} posesión",
            "{juramentó|juramentaron|posesionó|posesionaron}",
            # taking office told by the one who takes it ("X asumió como ministro", "inició sus funciones como
            # subsecretario") or by the ceremony ("la transmisión de mando", "el cambio de mando"); not "asumió el
            # compromiso", a pledge
            "{asumió|asumieron|asume|asumen|asumirá|asumirán} como",
            "{inició|iniciaron|inicia|inician|iniciará|asumió|asumieron} sus funciones",
            "{transmisión|traspaso|cambio|toma} de mando",
            # an opening of works or a building: "inauguró este martes el nuevo hospital", "dejaron inauguradas …"
            "{inauguró|inauguraron|inaugurará|inaugurarán}", "{ha|han} inaugurado",
            "{dejó|dejaron} {inaugurado|inaugurada|inaugurados|inauguradas}",
            # the opening told by its noun ("encabezó la inauguración de la escuela", "un acto de inauguración")
            "{inauguración|inauguraciones}",
            # an honour conferred: a decoration, prizes or recognitions handed over ("condecoró al general X", "premió a
            # los ganadores", "entregó reconocimientos a", "la ceremonia de premiación")
            "{condecoró|condecoraron|condecorado|condecorada|condecorados|condecoradas|condecoración}",
            "{premió|premia|premian|premiaron|premiación|galardonó|galardonaron}",
            "{entregó|entregaron|entrega|entregará} "
            "{reconocimientos|premios|condecoraciones|medallas|distinciones|preseas}",
            # not "ceremonia de entrega", of credentials as often as of awards
            "{ceremonia|ceremonias} de {premiación|reconocimiento|reconocimientos}",
        ),
    },
    # "estuvo", "estuvieron": who was there ("Además del representante de A, estuvieron X, de B"), a clause's verb
    auxiliaries=("ha", "han", "había", "habían", "habrá", "es", "son", "fue", "fueron", "será", "serán", "estuvo",
                 "estuvieron"),
    speech_verbs=variants(
        "{afirm|asegur|señal|subray|destac|indic|declar|manifest|expres|resalt|enfatiz|agreg|reiter|recalc}{ó|aron}",
        "{record|explic|precis|puntualiz|valor|inst|plante|coment|anunci}{ó|aron}",
        "{agradeció|agradecieron}",
        "{dijo|dijeron|añadió|añadieron|advirtió|advirtieron|sostuvo|sostuvieron|pidió|pidieron|propuso}",
    ),
    spokesperson_stems=("portavoz", "vocero", "vocera"),
    relative_role_stems=("homolog", "homonim", "contraparte"),
    # a headline or a sentence opens on its verb in the future or the preterite ("Sostendrá X reunión…", "Recibió X
    # a…", "Asistieron X y Y")
    opening_verb_endings=("rá", "rán", "ó", "ron"),
    past_endings=("ó", "aron", "ieron"),  # the preterite's third persons: "participó", "asistieron"
    same_offices=(
        # "el gobernante" names the head of state as "el mandatario" does, a country written with it or not
        ("presidente", "mandatario", "primer mandatario", "jefe de estado", "jefe del estado", "gobernante"),
        ("presidenta", "mandataria", "primera mandataria", "jefa de estado", "jefa del estado", "gobernante"),
        # a state's or a province's governor is "el mandatario estatal", or "el mandatario" alone
        ("gobernador", "mandatario", "mandatario estatal"),
        ("gobernadora", "mandataria", "mandataria estatal"),
        *(
            (
                "canciller",
                *variants(f"{minister} de {{relaciones exteriores|asuntos exteriores|exteriores}}"),
                f"{head} de la diplomacia",
            )
            for minister, head in (("ministro", "jefe"), ("ministra", "jefa"))
        ),
    ),
    list_joiners=("y", "e"),
    item_country_links=("de", "del", "de la", "de los", "y", "e"),
    plural_endings=(("r", "res"), ("l", "les"), ("n", "nes"), ("z", "ces"), ("y", "yes"), ("", "s")),
    respectively_words=("respectivamente",),
    # "así como" joins a list's next item, as "y" does (de "sowie", fr "ainsi que"): a role after it is that item's
    counterpart_words=("con", "y", "entre", "así como"),
    between_words=("entre",),
    pronouns=("él", "ella", "ellos", "ellas"),
    impersonal_subjects=("se",),
    definite_articles=("el", "la", "los", "las"),
    article_contractions=("del", "al"),
    negation_words=("ningún", "ninguna", "ninguno"),
    denial_verbs=(
        "desmiente", "desmienten", "desmintió", "desmintieron", "niega", "niegan", "negó", "negaron",
        "descarta", "descartan", "descartó", "descartaron",
    ),
    undecided_before=(
        "regularmente", "tradicionalmente", "habitualmente",  # a meeting told as a habit, not one held
        "podría", "podrían",  # a meeting one could hold
        "posible", "eventual", "posibilidad de", "posibilidad de una", "condiciones para", "condiciones para una",
        "si",
    ),
    undecided_after=(
        "es posible", "sería posible", "aplazada", "aplazado", "pospuesta", "pospuesto", "postergada", "postergado",
        "cancelada", "cancelado", "no está prevista", "no está previsto",
    ),
    near_future=("próximamente", "en un futuro próximo", "en un futuro cercano", "en breve"),
    upcoming_words=variants("próxim{o|a|os|as}", "futur{o|a|os|as}"),
    demonstratives=("este", "esta", "estos", "estas", "ese", "esa", "esos", "esas"),
    possessives=("su", "sus", "nuestro", "nuestra", "nuestros", "nuestras"),
    gathering_links=("de", "del", "de los"),
    pair_words=("dos", "ambos"),
    gathering_members=(
        "ministros",
        "cancilleres",
        "jefes de estado",
        "jefes de gobierno",
        "mandatarios",
        "líderes",
        "delegaciones",
        "presidentes",
        "homólogos",  # "recibió a sus homólogos de A y B"
        "ministras",  # "Las ministras de Relaciones Exteriores de la región se reunieron"
        "presidentas",
        "mandatarias",
        "homólogas",
    ),
    everywhere_phrases=("de todo el mundo", "del mundo entero", "de todo el planeta"),
    envoy_bodies=(
        "cuerpo diplomático", "cuerpo consular",
    ),
    member_nouns=("miembros", "integrantes"),
    count_words=(
        "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once", "doce", "trece", "catorce",
        "quince", "veinte", "treinta", "cuarenta", "cincuenta", "decena", "docena", "veintena", "decenas",
    ),
    # "discutieron", "una charla" are words of a conversation too, as French "discuter", "échanger"
    talk_stems=("convers", "habl", "dialog", "diálogo", "llamad", "discut", "charl"),
    readout_talk_verbs=("habló", "hablaron", "habla", "hablan", "ha hablado", "han hablado"),
    aside_cues=variants(
        "al margen {de|del}",
        "en el marco {de la|del|de los|de las}",
        "{invitación|invitaciones} a",
        "invitad{o|a|os|as} a",
        "antes {de su|de sus|de la|del|de los|de las}",
        "en vísperas {de|del}",
    ),
    statement_documents=variants(
        "{comunicado|declaración} {conjunto|conjunta|final}",
        "{mensaje|mensajes|carta|cartas|telegrama|discurso}",
        "{conferencia|rueda} de prensa",
    ),
    attendance_verbs=variants("{asistió|asistieron|asistirá|asistirán} a"),
    inauguration_verbs=variants(
        "{inauguró|inauguraron|inaugurará|inaugurarán}", "{ha|han} inaugurado", "{inauguración|inauguraciones}"
    ),
    sending_verbs=variants("{envió|enviaron|envía|ha enviado|han enviado|remitió|dirigió}"),
    video_media=variants("videoconferencia"),
    # una noticia recibida o acogida con un sentimiento, no un huésped ("ha recibido con profunda tristeza la noticia")
    feeling_manners=variants(
        "con {|profunda |profundo |gran |enorme |honda |hondo |mucha |mucho |suma |sumo }{satisfacción|beneplácito|"
        "tristeza|pesar|dolor|consternación|preocupación|inquietud|alarma|indignación|alivio|pesadumbre}",
    ),
    remarks_settings=variants(
        "{hizo|formuló|realizó|hicieron} {estas|esas|las|sus|dichas|tales} "
        "{declaraciones|afirmaciones|observaciones|comentarios} {durante|en|al término de}",
    ),
    agreement_verbs=variants("{acordaron|convinieron|coincidieron|han acordado}"),
    address_verbs=variants("{felicitó|felicitaron|felicita|agradeció|agradecieron}"),
    meeting_nouns=variants("{reunión|reuniones|encuentro|encuentros}"),
    series_nouns=("reuniones", "audiencias", "encuentros", "entrevistas"),
    # a guest's stay, told by the noun of a stay or as being on a visit ("Durante su estancia en Kessel, X sostuvo
    # reuniones", "quien se encuentra de visita en Kessel"): where the guest met, when the event's sentences name no
    # place. Not "se encuentra en" alone, which places anyone ("el ministro, X, se encuentra en Nueva York")
    stay_verbs=variants(
        "{se encuentra|se encuentran|se encontraba|se encontraban} de visita en",
        "{durante|en} su {estancia|estadía|permanencia} en",
    ),
    stay_adverbs=("actualmente", "ahora"),
    credential_words=variants("{cartas credenciales|credenciales|copias de estilo|copia de estilo}"),
    purpose_links=("para",),
    visit_links=("a", "al", "el", "la"),
    # whom a state guest is met by on arrival, the place often told before the agent: "el mandatario fue recibido, en
    # el aeropuerto internacional, por la vicepresidenta X y el canciller Y"
    greeting_passives=variants(
        "{fue|fueron} {|calurosamente |cálidamente }{recibido|recibida|recibidos|recibidas|saludado|saludada|"
        "saludados|saludadas|despedido|despedida|despedidos|despedidas}",
    ),
    # whom a party greets at the encounter, named after the verb: "Posteriormente, X saludó al canciller, Y, y …",
    # "fue estrechando las manos del gobernador Z", "tuvieron lugar los saludos protocolares de la vicegobernadora W"
    greeting_actives=variants(
        "{saludó|saludaron|saluda|saludan|ha saludado|han saludado} {|efusivamente |cordialmente |también |además }"
        "{a|al}",
        "{estrechó|estrecharon|estrecha|estrechan|fue estrechando} {la mano|las manos} {a|al|de|del}",
        "{saludo|saludos} {protocolar|protocolares} {de|del}",
    ),
    welcome_words=variants(
        "{ceremonia|ceremonias} {de bienvenida|oficial de bienvenida|de recepción|oficial de recepción}",
        "{ceremonia|ceremonias} de recibimiento",
        "{honores militares|recibimiento oficial|bienvenida oficial|recepción oficial}",
        "con honores",
        "{se entonaron|se interpretaron|se escucharon|se cantaron|fueron entonados|entonación de} los himnos",
        "{recibió|recibieron|recibe|reciben|rindió|rindieron|rinde|rinden} los honores",
    ),
    speech_occasions=variants(
        "{en|durante} {una |}{rueda|conferencia} de prensa", "a la prensa", "a periodistas", "a los periodistas"
    ),
    speech_place_prepositions=("desde",),
    visit_verbs=variants("{visitó|visitaron|visita|visitan|visitará|visitarán}", "{ha|han|había|habían} visitado"),
    site_visit_verbs=variants(
        "{visitó|visitaron|visitan|recorrió|recorrieron|recorren}", "{ha|han} {visitado|recorrido}"
    ),
    visit_frames=variants(
        "{visita|visitas} {oficial|oficiales|de estado|de trabajo|oficial de trabajo}",
    ),
    occasion_cues=variants(
        "{durante|en|de|para|con motivo de|en ocasión de|con ocasión de}",
        "en el marco {de|del}",
        "{que participa|que participan|que asiste|que asisten|participando} {en|a|al}",
    ),
    background_cues=variants(
        "{anteriormente|previamente|con anterioridad|ya había|ya se había|en el pasado|cabe recordar|recordemos}",
        "{el año pasado|la próxima semana|el próximo mes|el próximo año}",
        # an earlier meeting of the same people: "El último encuentro del monarca con X tuvo lugar …"
        "{el último|el anterior} {encuentro|viaje}", "{la última|la anterior} {reunión|visita|conversación}",
        "{el encuentro|el viaje} anterior", "{la reunión|la visita|la conversación} anterior",
        "regularmente",  # what is done as a habit: "conversa regularmente con X"
        # an occasion weeks or more before, or told in the pluperfect: "Hace unas semanas, X se había reunido con Y"
        "hace {unas semanas|varias semanas|un mes|unos meses|varios meses|un año|dos años|varios años}",
        "se {había|habían} reunido",
        # a month gone by, named or not: "En diciembre pasado, X presentó sus cartas credenciales a Y"
        "{en|durante} {enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre"
        "|diciembre} {pasado|último}",
        "el pasado mes de", "{el|durante el} mes pasado",
        # a body's founding, years before: "La entidad fue creada el 17 de octubre de 1975", "agencia fundada el …"
        "{fue|fueron|había sido} {creada|creado|creadas|creados|fundada|fundado|fundadas|fundados}",
        "{creada|creado|fundada|fundado} el",
    ),
    # words that put an earlier encounter on the story's own day ("Más temprano, X se había reunido con Y", "Horas
    # antes, X tuvo un desayuno con Z"): one more of the day's meetings, told in the order they came
    same_day_cues=variants("{más temprano|un poco más temprano|horas antes|unas horas antes}", "{ese|este} mismo día"),
    # the participle of company, a complement or an adverb before its link: "estará acompañado en la gira por X",
    # "está acompañado también por Y"
    company_frames=tuple(
        (participle, link) for participle in ("acompañado", "acompañada", "acompañados", "acompañadas")
        for link in ("por", "de", "del")
    ),
    representation_cues=(
        "en presencia de",
        "en presencia del",
        "acompañado de",
        "acompañado por",
        "acompañada de",
        "acompañada por",
        "representado por",
        "representada por",
        "representados por",
        "representadas por",
        "participaron",
        *variants(
            "acompañad{o|a|os|as} {de|del|por}",
            "en {compañía|presencia} {de|del}",
            "{asistió|asistieron|asiste|asisten|participó|participa|participan|estuvo presente|estuvieron presentes}",
            # taking part told with its noun: "También tomaron parte en la ceremonia X de A; Y de B"
            "{tomó|tomaron|ha tomado|han tomado} parte {en|de}",
            # the perfect of attending, its subjects named before it: "La alcaldesa, X, y el concejal …, Y, han
            # asistido a la jornada"
            "{ha|han} {asistido|participado}",
            # the perfect that Spain's press writes: "El acto, en el que también ha estado presente la ministra …, X"
            "{ha|han} estado {presente|presentes}",
            # who came to it: "acudió el representante …, X", "han acudido a recibirlo el ministro …, Y"
            "{acudió|acudieron|ha acudido|han acudido}",
            # who arrived at it, one after the other: "Pasadas las cinco llegó la secretaria …, X", "Los primeros en
            # arribar fueron X, Y", "minutos después entraron juntos el secretario …, Z"
            # (the subject after the verb: "llegó a Lima", a guest's journey, is no arrival at the gathering)
            "{llegó|llegaron|arribó|arribaron|ingresó|ingresaron|entró|entraron} {el|la|los|las|juntos|juntas}",
            "se presentaron",  # "Además se presentaron los ministros X, de A; Y, de B"
            "se {ha|han} presentado",  # the perfect Spain's and Africa's press write: "Igualmente se han presentado X"
            "en {llegar|arribar|ingresar|entrar}",
            "{está|están|estaban|estaba} {presente|presentes}",
            "{estuvieron|estuvo|estaban|estaba} junto {a|al}",
            "{la|lo|las|los} {integran|integraban|integraron}",
            "{por|de} parte {de|del} {gobierno|lado}",  # "Por parte del gobierno mexicano también estuvieron …"
            # one side's group, its make-up after ("Por parte de la representación colombiana están: X, …; Y, …")
            "{por|de} parte de la {representación|delegación|comitiva}",
            # the capacity they came in may stand before who came: "contó con la presencia como testigo de honor de
            # X", "También asistirá como observador un representante …, el subsecretario …, Y"
            "{contó|contaron|cuenta|cuentan|contará} con la presencia {|como testigo |como testigos }"
            "{|de honor }{de|del}",
            "por la parte",  # "Por la parte cubana asistieron …"
            # the hosts waiting for an arriving guest, named after the verb: "Al mandatario lo esperaban en la
            # explanada el presidente X y su esposa, Y"
            "{lo|la|los|las} {esperaba|esperaban|aguardaba|aguardaban}",
            "{acompañan|acompañó|acompañaron|acompañará|acompañarán}",
            "{comitiva|delegación} {|oficial }{|estuvo |estará |está |fue }"
            "{integrada|conformada|compuesta|encabezada} por",
            # the group's make-up told by its verb, whatever words part it from its noun: "La comitiva llegada desde
            # La Habana estuvo integrada además por el ministro …, X"
            "{estuvo|estaba|está|fue|quedó} {integrada|integrado|conformada|conformado|compuesta|compuesto}"
            " {|además |también }por",
            # the members as the subject: "Formaron parte de la comitiva peruana el canciller X y …"
            "{formaron|formaban|forman|formó|formaba|forma} parte de la {comitiva|delegación}",
            # or of the encounter itself: "También formaron parte del encuentro X (…), Y (…)"
            "{formaron|formaban|formó|formaba} parte {del encuentro|de la reunión|de la cita|del almuerzo}",
            "{integraron|integraban|integró|integraba|integran|integra} la {comitiva|delegación}",
            # who was there, an article before each: "En la ceremonia estuvieron la vicepresidenta X y …"
            "{estuvieron|estuvo} {el|la|los|las}",
            "{estuvieron|estuvo} {también|además} {el|la|los|las}",  # "Estuvieron también la vicegobernadora, X; …"
            # the same presence in the other tenses: the imperfect and the present ("Para certificar el acto estaban
            # el ministro …, X"), the pronominal verb ("También se encontraban presentes X", "En el lugar se
            # encuentran el canciller …, Y"), the future of an announced gathering ("Estarán presentes los cancilleres
            # de A, X; de B, Y", "También participarán el vicecanciller …, Z")
            "{estaban|estaba|están} {el|la|los|las}",
            "se {encontraban|encontraba|encuentran|encuentra} {|también |además |igualmente }"
            "{presente|presentes|el|la|los|las|en el lugar}",
            "{estará|estarán} {|también |además |igualmente }{presente|presentes}",
            # (the attendees as the subject after the verb, not a party's own later act: "También asistirá a la toma
            # de posesión de X")
            "{participará|participarán|asistirá|asistirán|acudirá|acudirán} {|también |además }"
            "{el|la|los|las|como observador un|como observadora una|como observadores los}",
            # the welcomers named after the verb: "Al visitante le dieron la bienvenida el ministro …, X, y …"
            "{le|les|lo|la|los|las} {dio|dieron|daba|daban} la bienvenida",
            # the chair of the act told in the passive, a list after it: "La actividad fue encabezada por el ministro
            # …, X; el gobernador Y, y …"
            "{fue|fueron|ha sido|han sido} {encabezado|encabezada|encabezados|encabezadas|presidido|presidida"
            "|presididos|presididas} por",
            "{también|además} {estuvieron|estuvo}",
            "{presentes|presente} {estuvieron|estuvo}",
            # the adverb inside the phrase: "X e Y estuvieron también presentes en la reunión"
            "{estuvo|estuvieron|estaba|estaban} {también|además|igualmente} {presente|presentes}",
            # who joined the talks: "A la conversación se unieron el ministro …, X, y …"
            "se {unió|unieron|sumó|sumaron}",
            # presence told by its noun after "con" or a verb that includes it ("se llevó a cabo con la notable
            # presencia de X", "la reunión incluyó la participación del ministro …, Y"), not as a subject ("La
            # presencia de los parlamentarios significó …")
            "{con|incluyó|incluyeron|incluye|registró|registraron} la {|notable |destacada |grata |especial }"
            "{presencia|participación} {|también |además }{de|del}",
        ),
    ),
    # a list that goes on in a sentence of its own: "… participan los secretarios X; Y. Así como el jefe … Z"
    signatory_agents=variants("{firmado|firmada|firmados|firmadas|rubricado|rubricada|rubricados|rubricadas} por"),
    signatory_verbs=variants("{firmó|firmaron|rubricó|rubricaron} {en nombre|por parte}"),
    delegation_nouns=("delegación", "delegaciones", "comitiva", "comitivas"),
    lead_verbs=variants(
        "{encabeza|encabezan|encabezó|encabezaron|encabezaba|encabezará|encabezada|encabezado}",
        "{preside|presidió|presidía|presidirá|presidida|presidido}",
        "{lidera|lideró|lideraba|liderará|liderada|liderado}",
    ),
    makeup_verbs=variants(
        "{incluye|incluyen|incluyó|incluía|incluyeron|comprende|comprendía|comprendió}",
        "{está|estuvo|estaba|estará} {integrada|conformada|compuesta|formada}",
    ),
    group_verbs=("son", "fueron", "eran", "figuran", "figuraban"),
    group_prepositions=("entre",),
    list_openers=("así como", "se trata de", "se trataba de",  # "Se trata de X, Y y Z": whom the event counts
                  # the group the sentence before counts, then its members ("Entre ellos, el ministro …, X"), as
                  # French "parmi eux", "parmi lesquels"
                  "entre ellos", "entre ellas", "entre los cuales", "entre las cuales", "entre quienes",
                  # the group named first, its members after the verb ("Entre los diplomáticos acreditados se
                  # encuentran X de A, Y de B"), or the verb first ("Destacan, entre otros, X de A, …")
                  *variants(
                      "entre {los|las} {|nuevos |nuevas }"
                      "{embajadores|embajadoras|representantes|diplomáticos|enviados|delegados|invitados|asistentes"
                      "|participantes|mandatarios|ministros|funcionarios}"
                  ),
                  *variants("{destacan|destacaron|destacaban|destaca|destacó}{|,} entre {otros|otras|ellos|ellas}"),
                  # more members, a group in the plural after an adverb that adds it: "También los congresistas X, Y,
                  # y el secretario …, Z"
                  *variants("también {los|las}"),
                  # more members past the one the sentence before named: "Además del representante de A, estuvieron
                  # X, de B; Y, de C"
                  *variants("{además|aparte} {del|de la|de los|de las}"),
                  # the group the sentence before counts, then its members, as English "the ambassadors are": "Los
                  # nuevos embajadores son X, de A; Y, de B", "Los representantes diplomáticos fueron X (A), Y (B)"
                  *variants(
                      "{los|las|estos|estas} {|nuevos |nuevas }"
                      "{embajadores|embajadoras|representantes|diplomáticos|enviados|delegados|invitados|ministros}"
                      "{| diplomáticos| acreditados} {son|eran|fueron}"
                  ),
                  # the same act again, told by a pro-verb, then who did it: "Además, lo hicieron los representantes
                  # de A, X; de B, Y", "Luego lo hizo el embajador de C, Z"
                  *variants(
                      "{|además|asimismo|también|luego|después|posteriormente}{|,} "
                      "lo {hicieron|hizo|han hecho|ha hecho|harían|hacen|hace}"
                  )),
    # "De igual forma, el ministro de A, X; de B, Y", "Además, X, director de C; Y, …"
    list_continuers=(
        "además", "asimismo", "igualmente", "de igual forma", "de igual manera", "de la misma forma", "también",
    ),
    separate_event_adverbs=("también", "asimismo", "previamente", "anteriormente", "por separado"),
    # the pluperfect's auxiliary ("se había reunido con X en enero"): a day before the story's
    earlier_tense_auxiliaries=("había", "habían", "se había", "se habían"),
    earlier_participle_endings=("ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas", "cho", "sto", "lto", "ito"),
    other_item_openers=("a su vez", "en otro orden", "por otra parte", "mientras tanto", "en otra actividad"),
    occasion_nouns=(
        "boda", "matrimonio", "cumpleaños", "exclusión", "asesinato", "arresto", "destitución", "renuncia", "dimisión",
    ),
    # a body its leader is named with ("el gobierno del presidente X")
    institution_nouns=("gobierno", "administración", "régimen", "partido", "coalición"),
    leader_links=("liderado por", "liderada por", "dirigido por", "dirigida por", "encabezado por", "encabezada por"),
    relative_pronouns=("quien", "quienes", "que"),
    complementizers=("que",),
    addressee_words=("a", "al"),
    agent_words=("por",),
    earlier_clauses=(
        "después de que", "luego de que", "tras que",
        # an encounter told by its infinitive after the sentence's own event ("llegó a la Cancillería después de
        # reunirse con X", "llegó luego de sostener un encuentro con Y"): X and Y met the subject before, elsewhere
        *variants(
            "{después de|luego de|tras} {reunirse|entrevistarse|haberse reunido|haberse entrevistado|sostener|mantener|"
            "haber sostenido|haber mantenido}"
        ),
    ),
    long_ago=(
        "la semana pasada", "el mes pasado", "el año pasado", "hace una semana", "hace dos semanas", "hace un mes",
        "hace unos meses", "hace un año", "a principios de año", "del año pasado", "del mes pasado",
    ),
    vote_words=(
        "elección", "elecciones", "comicios", "electoral", "electorales", "balotaje", "referéndum", "presidenciales",
    ),
    death_verbs=(
        "murió", "murieron", "falleció", "fallecieron", "ha fallecido", "perdió la vida", "perdieron la vida",
    ),
    letter_closings=("consideración", "atentamente", "cordialmente"),
    guest_nouns=("invitado", "invitados", "invitada", "invitadas", "visitantes"),
    absence_verbs=variants(
        "{no|tampoco} {asistió|asistirá|participó|participará|viajó|viajará|estuvo presente|estará presente|acudió|"
        "acudirá}",
        "{no|tampoco} {asistieron|asistirán|participaron|participarán|viajaron|viajarán|acudieron|acudirán}",
        "{no|tampoco} {concurrió|concurrirá|concurrieron|concurrirán}",
        "{no|tampoco} {estuvieron|estarán} presentes",
        # "no pudo asistir a la reunión por impedimentos legales": could not, and so did not, take part
        "{no|tampoco} {pudo|pudieron|podrá|podrán} {asistir|participar|viajar|acudir|estar presente|estar presentes}",
        "{estuvo|estará} ausente", "se hizo representar",
        # told apart from those who came: "X, uno de los ausentes en la cita", "X no fue invitado a la recepción"
        "{uno|una} de {los|las} {ausentes|grandes ausentes}",
        "{no|tampoco} {fue|fueron|ha sido|han sido} {invitado|invitada|invitados|invitadas}",
        # whose part is called off: "X canceló su participación a última hora"
        "{canceló|cancelaron|suspendió|suspendieron} su {participación|asistencia|viaje|visita}",
    ),
    absence_before=variants(
        # the subject after its verb: "No participarán los presidentes X (Colombia), Y (Chile)", "Tampoco asistió el
        # presidente de Valdoria, X"
        "{no|tampoco} {asiste|asisten|asistió|asistieron|asistirá|asistirán|participa|participan|participó|"
        "participaron|participará|participarán|acude|acuden|acudió|acudieron|acudirá|acudirán|llegó|llegaron|"
        "viajó|viajaron|viajará|viajarán}",
        "tampoco {estuvo|estuvieron|estará|estarán}",
        # "los únicos mandatarios que no asistirán son X, Y y Z"
        "{no|tampoco} {asistieron|asistirán|participaron|participarán|acudieron|acudirán|llegaron|viajaron|"
        "estuvieron|estarán} {son|fueron|serán|eran}",
        "{ausencia|ausencias} {de|del}",
        # the one not invited, the one whose part is called off: "no se le cursó invitación al embajador X", "la
        # cancelación de la participación del presidente X"
        "no se {le|les} {cursó|extendió} invitación",
        "{cancelación|suspensión} de {la participación|la asistencia|la visita|el viaje} {de|del}",
    ),
    encounter_infinitives=variants(
        "{reunirse|entrevistarse|encontrarse|haberse reunido|haberse entrevistado|haberse encontrado} con"
    ),
    arrival_verbs=variants("{llegó|llega|llegaron|llegan|aterrizó|aterriza|arribó|arriba|arribaron}"),
    # a call with no medium word, its purpose a statement ("llamó hoy a su homólogo para darle las condolencias")
    call_verbs=variants("{llamó|llama|llamará|llamaron}"),
    call_purpose_links=("para",),
    mention_cues=(
        ", informó",
        ", informa",
        ", según",
        "en nombre de",
        "en nombre del",
        "a nombre de",
        "a nombre del",
        "en representación de",
        "en representación del",
        # whose envoy someone is, who sent them and so was not there: "uno de los enviados del presidente X"
        *variants("{enviado|enviada|enviados|enviadas|emisario|emisaria|emisarios} {de|del}"),
        "saludos de",
        "saludos del",
        "mensaje de",
        "mensaje del",
        "sucesor de",
        "predecesor",
        "fallecimiento de",
        "fallecimiento del",
        "muerte de",
        "muerte del",
        "deceso de",
        "deceso del",
        "funeral de",
        "funeral del",
        "memoria de",
        "memoria del",
        "el fallecido",
        "la fallecida",
        "el difunto",
        "declaraciones de",
        "declaraciones del",
        "gabinete del",
        "el gobierno de",
        "del gobierno de",
        "anunció el",
        "anunció la",
        # on whose errand, to whom a letter goes, whose legacy: "por instrucciones del presidente X"
        *variants("por {instrucciones|encargo} {de|del}", "dirigid{a|o} {a|al}", "legado {de|del}"),
        # the dead, after a preposition too: "hermano del fallecido presidente X"
        *variants("{del|al} {fallecido|difunto}", "{de la|a la} {fallecida|difunta}"),
        # whom a new holder replaces: "nombró a X en reemplazo de Y", "para relevar a Y"
        *variants("en {reemplazo|remplazo|sustitución|relevo} {de|del}", "para {sustituir|reemplazar|relevar} {a|al}"),
    ),
    source_before=(
        "según informó",
        # a passive's agent: "El encuentro fue confirmado por la Cancillería"
        # in either number, and made known ("La información fue dada a conocer por la Presidencia")
        *variants("{confirmad|anunciad|informad|comunicad|reportad}{o|a|os|as} por", "dad{o|a|os|as} a conocer por"),
        # the perfect before its subject: "según ha avanzado la cadena", "según han informado fuentes"
        *variants("según {ha|han} {informado|avanzado|adelantado|confirmado|publicado|anunciado|señalado|indicado}"),
        *variants("según lo {anunció|informó|confirmó|indicó|señaló|reportó|dio a conocer|ha anunciado|ha informado}"),
        "dio a conocer",
        "dieron a conocer",
        # singular or plural: "Así lo informaron las autoridades de X"
        *variants("lo {informó|anunció|confirmó|informaron|anunciaron|confirmaron}"),
        # the other verbs of a report, in either number: "Así lo indicó la Cancillería en un comunicado"
        *variants("lo {indic|señal|precis|detall|report|comunic}{ó|aron}"),
        # whoever spread it, the participle agreeing with what ("la información fue difundida por …"); whoever
        # supplied it, when what was supplied is information ("datos proporcionados por …"), not aid or equipment
        *variants("{divulgad|difundid}{o|a|os|as} por"),
        *variants(
            "{información|informaciones|datos|cifras|imágenes|fotos|detalles} {|fue |fueron |ha sido |han sido }"
            "{suministrad|proporcionad|facilitad}{o|a|os|as} por"
        ),
        # whoever issued the document it comes from ("la Circular No. 4, emitida por la Cancillería")
        *variants("{emitid|expedid}{o|a|os|as} por"),
        # the website a text was published on, its owner after it, the site said to be on the web, not a place ("en el
        # sitio de la cumbre"): "fue difundida en la página oficial del gobierno del estado", "publicó en el sitio web
        # de la Cancillería"
        *variants(
            "en la página {web|oficial|de internet|electrónica} {de|del}",
            "en el {sitio|portal} {web|oficial|de internet|electrónico} {de|del}",
        ),
        "con información de",
        "con información del",
        # the platform a message was posted on: "escribió en X", "publicó en su cuenta de X"
        *variants("{escribió|publicó|tuiteó|escribieron|publicaron} en", "{escribió|publicó} en su cuenta de"),
        # the verb of reporting after "según", in the present or the preterite: "según publica la agencia X"
        *variants(
            "según {informa|informó|indica|indicó|publica|publicó|reporta|reportó|señala|señaló|detalla|detalló"
            "|precisa|precisó|recoge|recogió|explica|explicó|consigna|consignó|difunde|difundió}"
        ),
        "según",
        "de acuerdo con",
        "de acuerdo a",
        "citado por",
        "citada por",
        "citando a",
        "informó",
        "publicado por",
        "en un comunicado de",
        "en un comunicado del",
        "en su cuenta de",
        "en su cuenta en",
        "en la red social",
        "en sus redes sociales",
        "fuentes de",
        "fuentes del",
        "publicado originalmente en",
        "publicado originalmente por",
        "publicada originalmente en",
        "publicada originalmente por",
        "apareció originalmente en",
        "se informó desde",
        # the body words came from, after the plural of an unnamed speaker: "…, indican desde la Presidencia"
        *variants(
            "{informan|informaron|indican|indicaron|señalan|señalaron|explican|explicaron|precisan|precisaron|"
            "detallan|detallaron|aseguran|aseguraron|afirman|afirmaron|confirman|confirmaron|agregan|agregaron|"
            "añaden|añadieron|destacan|destacaron|subrayan|subrayaron|apuntan|apuntaron|sostienen|sostuvieron} desde"
        ),
        "confirmaron a",
        "confirmó a",
        "en una declaración de",
        "en una declaración del",
        # a fronted phrase of the document it spoke in, its subject next ("A través de un comunicado, la Cancillería
        # …", "En una declaración pública, el Gobierno …", "En un breve comunicado, el ministerio …")
        *variants(
            "{en|mediante|a través de|por medio de} {un|una}{| breve| escueto| escueta} "
            "{comunicado|comunicado oficial|comunicado de prensa|declaración|declaración pública|declaración oficial|"
            "nota|nota de prensa|nota oficial|mensaje|boletín},"
        ),
    ),
    source_after=(
        # the present of a report ("Un comunicado de la Casa Blanca señala que …", "…, agrega la Casa Blanca")
        *variants("{señal|agreg|precis|detall|explic|afirm|asegur|subray|apunt|confirm|comunic|destac}{a|an}"),
        "añade", "añaden", "reseñó", "reseña",
        # the past of the same ("La SRE subrayó que …")
        "subrayó", "destacó", "aseguró", "puntualizó", "enfatizó", "remarcó", "recalcó", "agregó", "añadió", "afirmó",
        "admitió", "admitieron", "reconoció", "reconocieron",
        "informó",
        "informa",
        "indicó",
        "reportó",
        "reporta",
        "anunció",
        "comunicó",
        "precisó",
        "difundió",
        "divulgó",
        "descartó",
        "publicó",
        "informaron",
        "señaló",
        "confirmó",
        "explicó",
        "detalló",
        "dio a conocer",
        "hizo saber",  # "…, hizo saber la Cancillería"
        "hicieron saber",
        "indicaron",
        "confirmaron",
        "señalaron",
        "publicaron",
        "difundieron",
        "tuiteó",
        "escribió en X",
        *variants("{ha|han} hecho {pública|público|públicas}", "{hizo|hicieron} {pública|público|públicas}"),
        # the perfect that Spain's agencies write ("han confirmado fuentes de Exteriores")
        *variants("{ha|han} {informado|confirmado|señalado|indicado|explicado|anunciado|asegurado|precisado}"),
        *variants("{ha|han} {detallado|avanzado|comunicado|difundido|publicado}"),
        "publicó en X",
    ),
    source_inverted=(
        # what it said it in, between the verb and the source: "…, señaló en un comunicado la Presidencia"
        "refirió", "puntualizó", "subrayó", "destacó", "aseguró", "enfatizó", "remarcó", "recalcó",
        # the other verbs of a report after what it said, singular or plural: "…, resaltó la Cancillería"
        *variants("{resalt|reiter|acot|consign|divulg|revel|notific|manifest|expres|coment}{ó|aron}"),
        *variants("{señal|agreg|precis|detall|explic|afirm|asegur|subray|apunt|confirm|comunic|destac}{a|an}"),
        "añade", "añaden", "reseñó", "reseña", "reza",
        # and their present, which a report writes as often ("…, refiere un comunicado de la Presidencia")
        *variants("{resalt|reiter|acot|consign|revel|expres|coment|puntualiz|enfatiz|remarc|recalc}{a|an}"),
        "manifiesta", "manifiestan", "refiere", "refieren", "menciona", "mencionan", "mencionó", "mencionaron",
        *variants(
            "{informó|indicó|señaló|anunció|precisó|afirmó|explicó|detalló|agregó|añadió|comunicó|confirmó}"
            " en {un comunicado|una nota de prensa|una nota|un mensaje}"
        ),
        # made known: "…, dio a conocer la Cancillería", "…, hizo saber el Ministerio"
        *variants("{dio|dieron} a conocer", "{hizo|hicieron} saber"),
        "informó",
        "informa",
        "informaron",
        "indicó",
        "indica",
        "reportó",
        "reporta",
        "anunció",
        "precisó",
        "publicó",
        "difundió",
        "comunicó",
        "confirmó",
        "dijo",
        "declaró",
        "señaló",
        "afirmó",
        "explicó",
        "detalló",
        "agregó",
        "añadió",
        "indicaron",
        "señalaron",
        "apuntaron",
        "apuntaban",
        "apuntó",
        "explicaron",
        "aseguraron",
        "precisaron",
        "detallaron",
        "confirmaron",
        "comunicaron",
        "anunciaron",
        "constató",
        "pudo constatar",
        # the perfect that Spain's agencies write ("han confirmado fuentes de Exteriores")
        *variants("{ha|han} {informado|confirmado|señalado|indicado|explicado|anunciado|asegurado|precisado}"),
        *variants("{ha|han} {detallado|avanzado|comunicado|difundido|publicado}"),
    ),
    source_interview_links=(
        "en una entrevista con", "en entrevista con", "en una entrevista a", "en una entrevista concedida a",
        "en declaraciones a",  # words given to an outlet: "dijo en declaraciones a Radio Nacional"
    ),
    source_outlet_kinds=(
        "diario", "periódico", "semanario", "revista", "cadena", "emisora", "canal", "radio", "televisora", "agencia",
    ),
    source_hearer_links=(
        "a", "al", "en una entrevista con", "en entrevista con", "en declaraciones a", "en declaraciones al",
    ),
    source_quoting_verbs=(
        "citó", "citaron", "recoge", "recogió", "recogen", "recogieron",
        # the agency that asked those it quotes: "según testigos consultados por EFE"
        *variants("consultad{o|a|os|as} por"),
    ),
    source_giving_verbs=("hizo a", "concedió a", "ha hecho a", "ha concedido a"),
    source_learning_verbs=(
        "supo", "pudo saber", "ha sabido", "ha podido saber", "conoció", "pudo conocer", "ha conocido",
    ),
    source_conjunctions=("como", "tal como"),
    source_channels=(
        "a través de", "mediante", "por medio de", "vía", "en su cuenta", "desde su cuenta",
        "a través del", "por medio del",  # the article glued to the link: "a través del Ministerio de …"
    ),
    source_rule_nouns=(
        "disposiciones", "términos", "reglas", "programa", "agenda", "calendario", "ley", "constitución", "artículo",
        "resultados", "cifras", "estimaciones", "estadísticas", "encuesta", "tradición", "costumbre",
        "necesidades",  # as something requires: "según las necesidades expresadas por las autoridades"
    ),
    source_documents=(
        "comunicado", "comunicado de prensa", "nota", "nota de prensa", "declaración", "boletín", "mensaje",
        "publicación",
    ),
    source_press_documents=("comunicado", "comunicado de prensa", "nota de prensa", "nota informativa", "boletín"),
    source_document_links=("de", "del", "de la", "de los", "de las"),
    source_agent_links=("por",),
    # who consulted or cited them: "según fuentes de la Cancillería consultadas por este diario"
    source_phrase_ends=(
        "consultada", "consultado", "consultadas", "consultados", "citada", "citado", "citadas", "citados",
        # when it spoke, after it: "dijo el mandatario al término del encuentro"
        "al término", "al final", "al concluir", "al cabo", "tras", "después", "durante", "en rueda de prensa",
        # to whom it spoke, after it: "declaró el canciller a la prensa", "dijo X ante los medios"
        "ante", "a la prensa", "a los periodistas", "a periodistas", "a los medios", "a la televisión", "a la radio",
    ),
    source_with=("con",),
    # the outlet's own staff: its reporting or its byline, no source
    source_own_staff=(
        "nuestro corresponsal", "nuestra corresponsal", "nuestros corresponsales", "nuestro enviado especial",
        "nuestra enviada especial", "nuestro reportero", "nuestra reportera",
    ),
    source_anaphors=(
        "misma", "mismo", "mismas", "mismos",
        # "según estas fuentes", "según este medio": the source named before
        *variants("{esta|estas|esa|esas|dicha|dichas} {fuente|fuentes}", "{este|ese|dicho} {medio|diario}"),
    ),
    agency_credits=("agencias",),
    source_nouns=(
        "agencia",
        "ministerio",
        "cancillería",
        "fuente",
        "fuentes",
        "comunicado",
        "portavoz",
        "vocero",
        "oficina",
        "embajada",
        "presidencia",
        "gobierno",
        "diario",
        "periódico",
        "medios",
        "sitio",
        "canciller",
        "cuenta",
        "secretaría",
        "departamento",
        "viceministerio",  # a vice-ministry, a body of a ministry: "el Viceministerio de Atención Integral"
        "subsecretaría",
        # a directorate, a ministry's or a presidency's office: "la Dirección de Prensa de la Presidencia informó"
        "dirección",
        "casa rosada",
        "palacio",
        "corresponsal",
        "agencias",
        "autoridades",  # a country's or a body's authorities, as French "autorités": "informaron las autoridades de X"
        # a broadcaster or the press by its kind, as French "télévision", "radio", "presse": "según imágenes difundidas
        # por la televisión cubana", "informó la radio estatal"
        "televisión",
        "televisora",
        "radio",
        "prensa",
    ),
    determiners=("el", "la", "los", "las", "un", "una", "lo"),
    indefinite_articles=("un", "una"),
    role_prefixes=("ex",),
    former_markers=(
        "ex-", "ex ", "expresident", "exministr", "excanciller", "exmandatari", "exembajador", "exsecretari",
        "exvicepresident", "exjef",
    ),
    bygone_office_markers=("el entonces", "la entonces"),
    award_words=("Orden", "Premio", "Medalla", "Condecoración", "Gran Cruz", "Collar", "Galardón"),
    no_name_after=("el", "la", "los", "las", "un", "una", "en"),
    datelines=(
        # "Madrid, 22 nov (EFE).-", "Lima, 3 de marzo (Andina) –", "Caracas (AVN).-"
        r"^[^\n()]{2,60}?\((?P<agency>[^()\n\d]{2,40})\)\s*\.?\s*[-–—]",
    ),
    genitive_links=("de", "del"),
    clause_openers=(
        "que", "quien", "quienes", "cuyo", "cuya", "donde", "sobre", "en", "a través", "mediante", "tras", "mientras",
    ),
    byline_labels=("Por", "Publicado por", "Autor", "Autora"),
    byline_fillers=("la redacción de", "la redacción del", "el equipo de", "Redacción"),
    outlet_words=(
        "Diario",
        "Noticias",
        "Noticiero",
        "Noticieros",
        "Prensa",
        "Periódico",
        "Radio",
        "Televisión",
        "Observador",
        "Agencia",
        "Medios",
        "Informador",
        "Gaceta",
        "Crónica",
        "Heraldo",
        "Semanario",
        "Noticiero",
        "Digital",
        "News",
        "Tiempo",
        "Universal",
        "Canal",
        "TV",
        "Tv",  # as some outlets write it: "Bolivia Tv"
    ),
    source_labels=("Fuente", "Fuentes", "Vía", "Con información de", "Tomado de", "Tomada de"),
    source_contact_labels=(
        "Contacto", "Contactos", "Contacto de prensa", "Contactos de prensa", "Contacto para medios",
        "Contacto con medios",
    ),
    source_read_more=(
        "lee la nota completa en", "lea la nota completa en", "leer la nota completa en", "lee más en", "leer más en",
        "sigue leyendo en", "lee el artículo completo en", "leer el artículo completo en", "continúa leyendo en",
        # the same with the article left out or the other nouns of a story: "Leer noticia completa en X"
        *variants(
            "{lee|lea|leer} {|la }{nota|noticia|información} completa en", "{lee|lea|leer} {|el }artículo completo en"
        ),
    ),
    source_social_networks=(
        "X", "Twitter", "Telegram", "Facebook", "Instagram", "Truth Social", "Weibo", "WeChat", "LinkedIn", "Threads",
        "Bluesky", "TikTok", "YouTube", "VKontakte", "Mastodon", "Twiter",
        # the networks at large ("a través de sus redes sociales")
        "redes sociales",
    ),
    source_social_links=(
        "en", "a través de", "vía", "mediante", "desde",
    ),
    source_posting_verbs=(
        "escribió", "publicó", "tuiteó", "compartió", "difundió", "informó", "confirmó", "anunció", "señaló", "indicó",
        "aseguró", "dio a conocer", "posteó",
    ),
    source_negations=("no", "nunca", "jamás"),
    institution_words=(
        "Ministerio", "Embajada", "Consulado", "Misión Permanente", "Comunicado", "Nota de prensa",
        "Declaración conjunta",
        # the press office that signs a release: "Dirección General de Comunicación Social", "Prensa Presidencial"
        "Dirección de Prensa", "Dirección de Comunicación", "Dirección General de Comunicación", "Oficina de Prensa",
        "Prensa Presidencial", "Secretaría de Comunicación",
    ),
    site_nouns=("portal", "sitio oficial", "sitio web", "página oficial", "periódico digital", "diario digital"),
    section_names=(
        "Internacionales",
        "Internacional",
        "Nacionales",
        "Nacional",
        "Regionales",
        "Provinciales",
        "Locales",
        "Departamentales",
        "Municipales",
        "Política",
        "Politica",
        "Mundo",
        "Actualidad",
        "Sociedad",
        "Economía",
        "Noticias",
        "Diplomacia",
    ),
    venue_words=(
        "Palacio", "Casa", "Hotel", "Centro", "Sede", "Cancillería", "Quinta", "Salón", "Torre", "Residencia", "Villa",
        "Edificio",
        # a headquarters and a manor house, buildings a meeting is held in ("en el Cuartel General del Ejército",
        # "se reunieron en La Casona")
        "Cuartel", "Casona",
        # a court or an office of a seat of power, named with its own words ("el Patio de Honor", "el Despacho Oval")
        "Patio", "Despacho",
        # a library a meeting is held in ("se quedó a solas con el pontífice en la Biblioteca")
        "Biblioteca",
        # a town hall ("visitan el Ayuntamiento de Kessel")
        "Ayuntamiento",
        # a museum or a memorial visited or met in ("fueron recibidos en el Museo Kessel")
        "Museo", "Memorial",
    ),
    chamber_words=("Senado", "Congreso", "Parlamento"),
    # as now, a venue kept: the corpus's visit and meeting golds give the venue (7 of 9), the pool's visits are split
    # (25 city, 18 venue, 15 country)
    city_grain_events=(),
    # as now (the votes decide): a lead whose main word is the reception or the talks, with the guest's visit named
    # too: corpus 1 meeting (es-elobservador-bustillo-cafiero-buenos-aires), 0 visit; pool 20 meeting, 14 visit
    reception_over_visit=False,
    topic_nouns=(
        "situación", "crisis", "conflicto", "guerra", "paz", "seguridad", "acontecimientos", "tensiones", "elecciones",
        "violencia", "ataque", "atentado", "combates", "proceso", "estabilidad", "reconstrucción",
        "agresión", "invasión", "migración",
        # the plurals of the nouns above ("los conflictos desatados en Irán")
        "conflictos", "guerras", "ataques", "atentados",
        # a party's seats in a chamber, not where the event is ("con representación en el Parlamento")
        "representación", "escaños",
    ),
    country_names={
        "EE.UU.": "US", "EEUU": "US", "EE. UU.": "US", "RDC": "CD", "República Democrática del Congo": "CD",
        "Macedonia": "MK", "Suazilandia": "SZ", "Vaticano": "VA", "Santa Sede": "VA",
        "Estados Unidos de América": "US",  # the country's whole name, which CLDR does not write
        "Arabia Saudita": "SA",  # the name in common use beside CLDR's "Arabia Saudí"
        # the initials a country goes by, which no city’s other name outweighs ("en USA")
        "USA": "US", "EUA": "US", "EAU": "AE",
    },
    saint_words=("San", "Santa", "Santo"),
    facility_words=(
        "Aeropuerto", "Estadio", "Plaza", "Puente", "Calle", "Avenida", "Universidad", "Colegio", "Escuela",
        "Instituto", "Hospital", "Clínica", "Museo", "Fundación", "Programa", "Puerto", "Represa", "Mausoleo",
        "Centro", "Salón", "Hotel", "Sede",
        "Mezquita", "Catedral", "Iglesia", "Cuartel", "Parque",
        # a mountain pass or a base, named after someone or something ("el paso Cristo X", "la Base Marambio")
        "Paso", "Base",
        # bodies often named after someone, whose names run on in capitals ("el Banco Nación", "el Partido X")
        "Banco", "Fondo", "Agencia", "Oficina", "Partido",
    ),
    # bodies whose names run on in capitals ("la Corte Permanente de Arbitraje", "el Tribunal Supremo Electoral")
    body_words=(
        "Corte", "Tribunal", "Comisión", "Consejo", "Asamblea", "Organización", "Secretaría", "Junta", "Comité",
        "Congreso", "Senado", "Cámara", "Parlamento",
    ),
    region_names=(
        "Gran Bretaña",  # an island, and the country's name in speech
        "Oriente Medio", "Medio Oriente", "Oriente Próximo", "Cercano Oriente", "Sahel", "Magreb", "Mashreq",
        "Balcanes", "Balcanes Occidentales", "Indo-Pacífico", "Indopacífico", "Asia-Pacífico", "Cáucaso",
        "Cáucaso Sur", "Cuerno de África", "Grandes Lagos", "Levante", "Ártico", "Mediterráneo", "Escandinavia",
        "Golfo Pérsico", "Países Bálticos", "Eurasia", "Iberoamérica", "Cono Sur", "África del Norte",
        "Norte de África", "África del Oeste", "América del Sur", "América Central", "América del Norte",
    ),
    airport_words=("aeropuerto", "aeródromo", "base aérea"),
    arrival_nouns=("llegada",),
    dateline_adverbs=("aquí",),
    unnamed_venues=("palacio", "sede", "residencia", "casa de gobierno", "cancillería", "salón de honor", "salón VIP"),
    # a ministry called a secretariat ("en la Secretaría de Relaciones Exteriores")
    institution_seats=("ministerio", "secretaría", "presidencia", "embajada", "consulado"),
    # a journey called off: "suspendió un viaje a Copiapó", "la cancelación de su visita a Lima"
    called_off_journeys=variants(
        "{canceló|cancela|cancelaron|cancelan|suspendió|suspende|suspendieron|suspenden|aplazó|aplaza|aplazaron|"
        "pospuso|pospone|pospusieron|postergó|posterga|postergaron|ha cancelado|ha suspendido|ha aplazado|"
        "ha pospuesto|ha postergado} {|su |sus |un |una |el |la }{viaje|visita|gira|desplazamiento}",
        "{cancelación|suspensión|aplazamiento|postergación} {de su|de sus|del|de la|de un|de una} "
        "{viaje|visita|gira|desplazamiento}",
    ),
    residence_words=(
        "residente", "residentes", "con residencia", "con sede", "radicado", "radicada",
    ),
    margin_cues=("al margen de", "al margen del", "en el marco de", "en el marco del", "en los márgenes de"),
    guest_books=("Libro de Oro", "libro de honor", "libro de visitas"),
    earlier_openers=("previamente", "anteriormente", "más temprano", "un día antes", "el día anterior", "antes de eso"),
    later_clauses=variants(
        "que {se celebrará|se celebrarán|se realizará|se realizarán|tendrá lugar|tendrán lugar|se llevará a cabo|"
        "se llevarán a cabo|se desarrollará|se desarrollarán}",
        # the near future ("la cumbre que va a celebrarse en Lima")
        "que {va|van} a {celebrarse|realizarse|tener lugar|llevarse a cabo|desarrollarse}",
        # the infinitive that stands for such a clause ("la cumbre a celebrarse en Lima")
        "a {celebrarse|realizarse|llevarse a cabo|desarrollarse}",
    ),
    sequel_phrases=(
        "como continuación de", "como continuación del", "en seguimiento a", "en seguimiento al", "en seguimiento de",
        "en seguimiento del", "alcanzados en", "alcanzados durante", "alcanzadas en", "alcanzadas durante",
        "acordados en", "acordados durante",
    ),
    earlier_words=("anterior", "anteriores", "pasada", "pasado", "previa", "previo", "reciente", "recientes"),
    elided_heads=("el", "la"),
    register_titles=(
        ("head_of_state", (
            "presidente", "presidenta", "mandatario", "mandataria", "jefe de estado", "jefa de estado", "rey", "reina",
        )),
        ("head_of_government", (
            "primer ministro", "primera ministra", "jefe de gobierno", "jefa de gobierno", "canciller federal",
        )),
        # not "canciller" alone: a German or Austrian chancellor's title too
        ("foreign_minister", (
            "ministro de relaciones exteriores", "ministra de relaciones exteriores",
            "ministro de asuntos exteriores", "ministra de asuntos exteriores", "jefe de la diplomacia",
            "jefa de la diplomacia",
        )),
    ),
    national_offices=(
        "presidente", "presidenta", "vicepresidente", "vicepresidenta", "primer ministro", "primera ministra",
        "ministro", "ministra", "canciller", "mandatario", "mandataria", "jefe de estado", "jefa de estado",
        "jefe de gobierno", "jefa de gobierno", "rey", "reina", "emir", "secretario de relaciones exteriores",
        "secretaria de relaciones exteriores",
    ),
    posted_roles=(
        "embajador", "embajadora", "cónsul", "cónsul general", "encargado de negocios", "encargada de negocios",
        "enviado especial", "enviada especial", "representante residente", "coordinador residente",
        "coordinadora residente", "embajadores", "embajadoras", "cónsules", "enviados especiales",
        "representante especial", "representantes especiales",
        # a diplomat named by the noun of the service ("máximo representante diplomático en Venezuela")
        "representante diplomático", "representante diplomática", "representantes diplomáticos",
    ),
    posted_missions=(
        "embajada", "delegación", "misión", "consulado", "consulado general",
        # the service a diplomat renders at the post ("formalizando su labor diplomática en México")
        "labor diplomática", "representación diplomática",
    ),
    interim_marks=("a.i.", "interino", "interina", "ad interim"),
    # an accented syllable before "-ico"/"-ica" ("Políticas", "Económicos"; not a surname as "Chicas"), "-ional",
    # "-ental" ("Internacionales", "Occidental")
    adjective_endings=(
        *("ático", "ática", "áticos", "áticas", "ético", "ética", "éticos", "éticas", "ítico", "ítica", "íticos"),
        *("íticas", "ómico", "ómica", "ómicos", "ómicas", "úblico", "ública", "úblicos", "úblicas", "écnico"),
        *("écnica", "écnicos", "écnicas", "ídico", "ídica", "ídicos", "ídicas", "ógico", "ógica", "ógicos"),
        *("ógicas", "égico", "égica", "égicos", "égicas", "ánico", "ánica", "ánicos", "ánicas", "ional", "ionales"),
        *("ental", "entales"),
    ),
    # nouns of an act or a quality, adjectives of an office ("Protección", "Saneamiento", "Movilidad", "Ejecutivo"):
    # no surname ends so ("Valencia", "Olivo", "Sarmiento" do not; "-sión" does, in given names the register lacks)
    common_word_endings=(
        "cion", "ciones", "amiento", "amientos", "imiento", "imientos", "idad", "idades",
        "tivo", "tiva", "tivos", "tivas",
        # adjectives in a body's name that no surname has ("Transporte Terrestre", "Foro de Mercados Emergentes",
        # "Secretaría General Iberoamericana")
        "estre", "estres", "gentes", "ericano", "ericana", "ericanos", "ericanas",
    ),
    place_prepositions=("en",),
    destination_phrases=("con destino a", "rumbo a"),
    # "a" leads to a place only after a verb of travel or a visit ("llegó a Lima", "visita de Estado al Perú"): alone
    # it leads to a person too ("recibió a Rubio")
    direction_prepositions=variants(
        "{llegó|llegaron|llegará|llegarán|llega|llegan|llegar|arribó|arribaron|arribará|arriba} {a|al}",
        "{viajó|viajaron|viajará|viajarán|viaja|viajan|viajar} {a|al}",
        "{visita|viaje|gira} {a|al}",
        # the arrival's noun too: "a su llegada al Palacio Nacional", "tras su arribo a Lima"
        "{llegada|arribo} {a|al}",
        "{visita|viaje|gira} {oficial|de Estado|de trabajo|oficial de trabajo} {a|al}",
        # a tour or a passage through a place: "durante su paso por Madrid", "una gira europea por Bruselas"
        "{paso|gira|gira europea|gira latinoamericana|gira regional|gira internacional|gira oficial|recorrido} por",
        # the day between the verb and "a": "llegó este lunes a Cartagena", "arribó hoy a Lima"
        "{llegó|llegaron|llegará|llegarán|llega|llegan|arribó|arribaron|arribará|viajó|viajaron|viajará|viaja}"
        " {hoy|ayer|anoche|mañana|esta mañana|esta tarde|esta noche|esta madrugada} {a|al}",
        # the part of a named day: "llegó la madrugada de hoy a La Paz", "arribó la noche del sábado a Quito"
        "{llegó|llegaron|arribó|arribaron} la {madrugada|mañana|tarde|noche} del "
        "{lunes|martes|miércoles|jueves|viernes|sábado|domingo} {a|al}",
        "{llegó|llegaron|arribó|arribaron} la {madrugada|mañana|tarde|noche} de {hoy|ayer} {a|al}",
        # how long it lasts between the visit and "a": "una visita oficial de dos días a España"
        "{visita|viaje|gira} {oficial |de Estado |de trabajo |}de {dos|tres|cuatro|cinco|seis|siete} días {a|al}",
        "{llegó|llegaron|arribó|arribaron|viajó|viajaron} este {lunes|martes|miércoles|jueves|viernes|sábado} {a|al}",
        "{llegó|llegaron|arribó|arribaron|viajó|viajaron} este domingo {a|al}",
        # the compound past, maybe with its day: "ha llegado este lunes a Santiago de Chile"
        "{ha|han|había|habían} {llegado|arribado|viajado}"
        "{| hoy| ayer| anoche| esta mañana| esta tarde| esta noche| este lunes| este martes| este miércoles|"
        " este jueves| este viernes| este sábado| este domingo} {a|al}",
    ),
    place_articles=("la", "el", "su", "sus"),
    settlement_words=("ciudad de", "localidad de", "municipio de", "capital de", "capital"),
    # a place named as the subject of the event it held ("la Explanada X fue el recinto oficial para realizar la
    # sesión", "El Palacio de la Zarzuela fue el escenario del encuentro", "sirvió de escenario para el encuentro")
    host_venue_phrases=(
        "fue sede", "fue la sede", "fue escenario", "fue el escenario", "fue el recinto", "fue el marco",
        "sirvió de escenario", "sirvió como escenario", "sirvió de marco", "sirvió de sede",
    ),
    venue_verbs=(
        "tuvo lugar", "tuvieron lugar", "se celebró", "se celebraron", "se realizó", "se realizaron",
        "se llevó a cabo", "se llevaron a cabo", "se desarrolló", "se efectuó", "se efectuaron", "se lleva a cabo",
        # a meeting held at a place ("ambos titulares mantuvieron una reunión en el Palacio Egmont")
        *variants("{mantuvo|mantuvieron|sostuvo|sostuvieron} {una reunión|un encuentro}"),
    ),
    origin_prepositions=("desde", "procedente de", "procedentes de"),
    thing_relatives=("que", "el cual", "la cual", "los cuales", "las cuales"),
    capital_phrases=("en la capital", "a la capital", "por la capital"),
    place_relatives=("donde", "en donde"),
    photo_words=("foto", "fotos", "imagen", "imágenes"),
    photo_credit_links=("de", "por", "vía", "via", "cortesía", "cortesía de"),
    photo_positions=("izquierda", "derecha", "centro", "a la izquierda", "a la derecha", "al centro", "i.", "d."),
    company_words=("junto a", "junto al", "junto con"),
    caption_cues=("(foto", "foto:", "© ", "(imagen"),
    boilerplate=(
        r"(?=.*\bcookies?\b)(?=.*\b(?:utiliz\w*|usamos|acept\w*|naveg\w*|consent\w*|privacidad)\b).*",
        # a site greeting its reader ("Bienvenido a la página web del Ministerio")
        r"bienvenid[oa]s? (?:a|al) (?:la |nuestra |nuestro )?(?:página|sitio|portal|web)\b.*",
        r"(?:compartir|imprimir|comentar|tuitear|enviar)(?:\s+(?:en|por)\s+\S+)?",
        r"(?:etiquetas|tags?|temas)\s*:.*",
        r"(?:también te puede interesar|te puede interesar|lee también|lea también|noticias relacionadas|ver también|"
        r"más noticias|le puede interesar).*",
        r"\d+\s*(?:minutos? de lectura|minutos?|comentarios?|vistas?|lecturas?)",
        r"comentarios?\s*\(?\d*\)?",
        r"(?:publicado|actualizado|última actualización)\b.*",
        r"©.*",
        r"(?:foto|fotos|imagen)\s*:.*",
        r"(?:síguenos|suscríbete|suscribete).*",
        r"banner",
        r"publicidad",
        r"política",
        r"inicio\b.*",
        # a blog platform's notice over a label's posts ("Showing posts with label X. Show all posts")
        r"mostrando (?:las )?entradas con (?:la )?etiqueta .*",
        r"mostrar todas las entradas",
        # a page's widgets and notices: an ad blocker's, the text size's buttons, a blog's author archive title
        # ("Please disable your ad blocker", "Increase text size", "Anna Berger, Author at Example News")
        r"(?:por favor,? )?desactiv[ae] (?:tu|su|el) bloqueador de (?:anuncios|publicidad).*",
        r"(?:aumentar|disminuir|reducir|restablecer) (?:el )?tamaño del? (?:texto|letra|fuente).*",
        r"[^,]{2,60}, author at .*",
    ),
    point_tails=(
        r",\s+(?:informó|indicó|reportó|anunció|precisó|publicó|difundió)\b.*",
        r",\s+según\b.*",
        r",\s+de acuerdo (?:con|a)\b.*",
    ),
)
