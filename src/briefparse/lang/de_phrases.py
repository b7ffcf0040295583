"""German noun phrases of a body put back in the nominative without an article: an adjective that an article
declined ("dem Auswärtigen Amt", "das Auswärtige Amt", "der Bayerischen Staatskanzlei") takes the strong ending of
its head noun's gender ("Auswärtiges Amt", "Bayerische Staatskanzlei"), the head noun's genitive -s is dropped."""

import re
from functools import lru_cache

#: the endings of the head nouns of bodies, by the strong nominative ending they give an adjective before them
_NOUN_ENDINGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("es", ("amt", "ministerium", "büro", "sekretariat", "präsidium", "zentrum", "institut", "konsulat", "kabinett")),
    ("er", ("rat", "dienst", "senat", "ausschuss", "verband", "bund")),
    (
        "e",
        (
            "kanzlei", "regierung", "botschaft", "behörde", "kommission", "agentur", "vertretung", "verwaltung",
            "stelle", "partei", "kammer",
        ),
    ),
)
#: a capitalised adjective in its weak form, as an article leaves it: "Auswärtigen", "Bayerische"
_WEAK_ADJECTIVE = re.compile(r"([A-ZÄÖÜ][a-zäöüß]+(?:ig|isch|lich|al|är|ell|er))(?:e|en)")


def _adjective_ending(noun: str) -> tuple[str, str] | None:
    """The strong ending that the noun's gender gives an adjective, and the noun in the nominative (its genitive
    -s or -es dropped); None for a noun no ending names."""
    folded = noun.lower()
    for candidate, dropped in ((folded, noun), *((folded[: -len(s)], noun[: -len(s)]) for s in ("es", "s"))):
        for ending, nouns in _NOUN_ENDINGS:
            if candidate.endswith(nouns) and (dropped == noun or ending != "e"):
                return ending, dropped
    return None


@lru_cache(maxsize=1024)
def phrase_in_nominative(phrase: str) -> str:
    """The phrase with its leading adjective and head noun in the nominative with no article; as written when its
    first word is no declined adjective or its head noun's gender is not known."""
    words = phrase.split(" ")
    if len(words) < 2:
        return phrase
    adjective = _WEAK_ADJECTIVE.fullmatch(words[0])
    found = _adjective_ending(words[1]) if adjective else None
    if adjective is None or found is None:
        return phrase
    ending, noun = found
    return " ".join((adjective.group(1) + ending, noun, *words[2:]))
