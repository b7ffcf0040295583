"""Month names of the web-page date reader: wide and abbreviated, lower case, from CLDR (Babel).

Generated data, so that reading a page loads no locale files. Regenerate with
`python -m briefparse.load.html_months` after changing `LOCALES` (prints the new `BY_MONTH` entries).
"""

from __future__ import annotations

LOCALES = ("en", "de", "fr", "es", "it", "pt", "nl", "sv", "da", "nb", "fi", "pl", "cs", "ru", "tr", "ro", "hu", "el",
           "uk", "ca")  # fmt: skip
EXTRA = {"sept": 9, "sep": 9, "mrz": 3, "jän": 1, "jänner": 1}

# month number -> its names, in the locales order
BY_MONTH: dict[int, tuple[str, ...]] = {
    1: ("january", "jan", "januar", "janvier", "janv", "enero", "ene", "gennaio", "gen", "janeiro", "januari",
        "tammikuuta", "tammikuu", "tammi", "stycznia", "styczeń", "sty", "ledna", "leden", "led", "января",
        "январь", "янв", "ocak", "oca", "ianuarie", "ian", "január", "ιανουαρίου", "ιανουάριος", "ιαν", "січня",
        "січень", "січ", "de gener", "gener", "de gen", "jän", "jänner",),
    2: ("february", "feb", "februar", "février", "févr", "febrero", "febbraio", "fevereiro", "fev", "februari",
        "helmikuuta", "helmikuu", "helmi", "lutego", "luty", "lut", "února", "únor", "úno", "февраля", "февраль",
        "февр", "şubat", "şub", "februarie", "február", "febr", "φεβρουαρίου", "φεβρουάριος", "φεβ", "лютого",
        "лютий", "лют", "de febrer", "febrer", "de febr",),
    3: ("march", "mar", "märz", "mär", "mars", "marzo", "março", "maart", "mrt", "marts", "maaliskuuta",
        "maaliskuu", "maalis", "marca", "marzec", "března", "březen", "bře", "марта", "март", "мар", "mart",
        "martie", "március", "márc", "μαρτίου", "μάρτιος", "μαρ", "μάρ", "березня", "березень", "бер", "de març",
        "març", "mrz",),
    4: ("april", "apr", "avril", "avr", "abril", "abr", "aprile", "huhtikuuta", "huhtikuu", "huhti", "kwietnia",
        "kwiecień", "kwi", "dubna", "duben", "dub", "апреля", "апрель", "апр", "nisan", "nis", "aprilie", "április",
        "ápr", "απριλίου", "απρίλιος", "απρ", "квітня", "квітень", "квіт", "d’abril", "d’abr",),
    5: ("may", "mai", "mayo", "maggio", "mag", "maio", "mei", "maj", "toukokuuta", "toukokuu", "touko", "maja",
        "května", "květen", "kvě", "мая", "май", "mayıs", "május", "máj", "μαΐου", "μάιος", "μαΐ", "μάι", "травня",
        "травень", "трав", "de maig", "maig",),
    6: ("june", "jun", "juni", "juin", "junio", "giugno", "giu", "junho", "kesäkuuta", "kesäkuu", "kesä", "czerwca",
        "czerwiec", "cze", "června", "červen", "čvn", "июня", "июнь", "июн", "haziran", "haz", "iunie", "iun",
        "június", "jún", "ιουνίου", "ιούνιος", "ιουν", "ιούν", "червня", "червень", "черв", "de juny", "juny",),
    7: ("july", "jul", "juli", "juillet", "juil", "julio", "luglio", "lug", "julho", "heinäkuuta", "heinäkuu",
        "heinä", "lipca", "lipiec", "lip", "července", "červenec", "čvc", "июля", "июль", "июл", "temmuz", "tem",
        "iulie", "iul", "július", "júl", "ιουλίου", "ιούλιος", "ιουλ", "ιούλ", "липня", "липень", "лип",
        "de juliol", "juliol", "de jul",),
    8: ("august", "aug", "août", "agosto", "ago", "augustus", "augusti", "elokuuta", "elokuu", "elo", "sierpnia",
        "sierpień", "sie", "srpna", "srpen", "srp", "августа", "август", "авг", "ağustos", "ağu", "augusztus",
        "αυγούστου", "αύγουστος", "αυγ", "αύγ", "серпня", "серпень", "серп", "d’agost", "agost", "d’ag",),
    9: ("september", "sep", "sept", "septembre", "septiembre", "settembre", "set", "setembro", "syyskuuta",
        "syyskuu", "syys", "września", "wrzesień", "wrz", "září", "zář", "сентября", "сентябрь", "сент", "eylül",
        "eyl", "septembrie", "szeptember", "szept", "σεπτεμβρίου", "σεπτέμβριος", "σεπ", "вересня", "вересень",
        "вер", "de setembre", "setembre", "de set",),
    10: ("october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre", "ott", "outubro", "out", "lokakuuta",
        "lokakuu", "loka", "października", "październik", "paź", "října", "říjen", "říj", "октября", "октябрь",
        "окт", "ekim", "eki", "octombrie", "október", "οκτωβρίου", "οκτώβριος", "οκτ", "жовтня", "жовтень", "жовт",
        "d’octubre", "d’oct",),
    11: ("november", "nov", "novembre", "noviembre", "novembro", "marraskuuta", "marraskuu", "marras", "listopada",
        "listopad", "lis", "listopadu", "ноября", "ноябрь", "нояб", "kasım", "kas", "noiembrie", "νοεμβρίου",
        "νοέμβριος", "νοε", "νοέ", "листопада", "листопад", "лист", "de novembre", "de nov",),
    12: ("december", "dec", "dezember", "dez", "décembre", "déc", "diciembre", "dic", "dicembre", "dezembro",
        "desember", "des", "joulukuuta", "joulukuu", "joulu", "grudnia", "grudzień", "gru", "prosince", "prosinec",
        "pro", "декабря", "декабрь", "дек", "aralık", "ara", "decembrie", "δεκεμβρίου", "δεκέμβριος", "δεκ",
        "грудня", "грудень", "груд", "de desembre", "desembre", "de des",),
}  # fmt: skip


def month_table() -> dict[str, int]:
    """Every name -> its month number."""
    return {name: month for month, names in BY_MONTH.items() for name in names} | EXTRA


def _generate() -> str:  # pragma: no cover - a maintenance tool
    from babel.dates import get_month_names

    by_month: dict[int, list[str]] = {}
    for locale in LOCALES:
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                for number, name in get_month_names(width, context, locale=locale).items():
                    key = name.lower().rstrip(".")
                    if len(key) >= 3 and key not in by_month.get(number, []) and key not in EXTRA:
                        by_month.setdefault(number, []).append(key)
    return "\n".join(f"    {month}: {tuple(names)!r}," for month, names in sorted(by_month.items()))


if __name__ == "__main__":  # pragma: no cover
    print(_generate())
