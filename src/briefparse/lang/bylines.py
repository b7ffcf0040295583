"""Words of the bylines of web pages, in the languages of the pages briefparse reads (more than it parses):
what opens a byline, joins its names or follows them, what may sit inside a name, and what names no person
(news agencies, newsroom roles). Read by `load/html_authors.py`."""

from __future__ import annotations

#: words that open a byline ("By", "Von", "Par", "Autor:"), as regex alternatives
BYLINE_CUES = (
    r"by|von|par|por|door|av|af|autor(?:/in|in|\(in\))?|auteur|author|verfasst von|geschrieben von|text|texte|"
    r"escrito por|written by|posted by|reported by|publié par|publicado por|rédigé par|écrit par|redactado por"
)
#: articles that may stand before an agency's name, in a byline or alone on its line ("by The Associated Press")
AGENCY_ARTICLES = ("the",)
#: the common noun a credit line may open with before an agency's name alone on the line ("Agencia DyN")
AGENCY_NOUNS = ("agencia", "agence", "agentur", "agenzia", "agency", "агентство")
#: words that join two names ("A and B", "A und B", "A et B")
AND_WORDS = ("and", "und", "et", "y", "e", "og", "och", "en")
#: the joining words of a written byline ("Von A und B"), and those after a comma ("A, B and C")
WRITTEN_AND_WORDS = ("and", "und", "et", "y")
SERIAL_AND_WORDS = ("and", "und", "et")
#: words after the names of a byline, before its date ("am", "on", "le")
AFTER_NAMES = ("am", "on", "le", "el", "il", "um", "vom", "at", "the", "for", "für", "pour", "para", "per")
#: lower-case words that may sit inside a name ("de", "van", "bin"), and those of a written byline
NAME_PARTICLES = frozenset((
    "de", "la", "le", "du", "des", "da", "do", "dos", "das", "di", "del", "della", "van", "von", "der", "den",
    "ter", "ten", "zu", "bin", "al", "el", "y", "e", "mc",
))
WRITTEN_PARTICLES = (
    "de", "la", "le", "du", "da", "di", "del", "van", "von", "der", "den", "ter", "ten", "zu", "bin", "al",
)  # fmt: skip
#: news agencies: their acronyms (never a person's name, even beside another word), then every name
AGENCY_ACRONYMS = frozenset((
    "ap", "afp", "reuters", "dpa", "apa", "kna", "epd", "sid", "ansa", "efe", "xinhua", "tass", "interfax", "upi",
    "kyodo", "aap", "belga", "anp", "afx", "ddp", "dapd", "ats", "sda", "ntb", "ritzau", "pap", "ctk", "čtk",
    "mti", "lusa", "rtr",
))
AGENCIES = AGENCY_ACRONYMS | {
    "anadolu", "yonhap", "bloomberg", "associated press", "the associated press", "agence france-presse",
    "agence france presse", "thomson reuters", "press association", "europa press", "keystone-sda", "ria novosti",
    "agencies", "agenturen", "agences", "agencias", "wires", "wire services", "news agencies", "agency",
}  # fmt: skip
#: newsroom roles and collective bylines ("Staff Writer", "Redaktion"), as regex alternatives
STAFF_WORDS = (
    r"staff|writer|reporter|correspondent|editor|editors|contributor|contributing|columnist|"
    r"redaktion|rédaction|redacción|redazione|redactie|newsroom|admin|administrator|webmaster|"
    r"journalist|photographer|agencies|agenturen|team|desk|newsdesk|bureau|guest|author|autor|editorial"
)
