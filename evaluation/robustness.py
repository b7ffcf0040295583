#!/usr/bin/env python3
"""How the parser does when a brief comes with the furniture real pages and files carry, scored by the shared scorer.

    python evaluation/robustness.py                       # ../shared/corpus, fr + en and de + es + ru
    python evaluation/robustness.py --corpus DIR --scorer ../shared/eval/score.py

Each text brief of the corpus is copied, with its unchanged gold, into one folder per variant: a masthead over a
menu, a byline and photo line under the headline, a "Related articles" block under the story, every line longer
than 72 characters hard-wrapped at 72, CRLF line ends. The furniture is written here, in each language. A variant
that scores below the plain corpus shows what such furniture costs; the plain corpus is scored too, as the
baseline. The table is printed in Markdown.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import textwrap
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GROUPS = (("fr", "en"), ("de", "es", "ru"))
FIELDS = (
    "date", "published", "title", "participants_f1", "roles", "source", "key_points@5", "lead_point", "event_type",
    "location",
)  # fmt: skip
WRAP_COLUMNS = 72

MENU = {
    "fr": "Accueil | Monde | Politique | Économie | Sport",
    "en": "Home | World | Politics | Business | Sport",
    "de": "Startseite | Welt | Politik | Wirtschaft | Sport",
    "es": "Inicio | Mundo | Política | Economía | Deportes",
    "ru": "Главная | Мир | Политика | Экономика | Спорт",
}
BYLINE = {
    "fr": "Par la Rédaction\nPhoto : archives",
    "en": "By Staff Reporter\nPhoto: file",
    "de": "Von Redaktion\nFoto: Archiv",
    "es": "Por Redacción\nFoto: archivo",
    "ru": "Автор: Редакция\nФото: архив",
}
RELATED = {
    "fr": "Articles similaires\nUne tempête ferme deux ports du nord\nLa banque centrale maintient ses taux",
    "en": "Related articles\nStorm closes two ports in the north\nCentral bank holds rates steady",
    "de": "Weitere Artikel\nSturm schließt zwei Häfen im Norden\nZentralbank hält die Zinsen stabil",
    "es": "Artículos relacionados\nUna tormenta cierra dos puertos del norte\nEl banco central mantiene las tasas",
    "ru": "Читайте также\nШторм закрыл два порта на севере\nЦентробанк сохранил ставку",
}


def masthead(text: str, language: str) -> str:
    """The page's name and its menu over the brief."""
    return f"THE MORNING LEDGER\n{MENU[language]}\n\n{text}"


def byline(text: str, language: str) -> str:
    """A byline and a photo line right under the first line (the headline)."""
    head, _, rest = text.partition("\n")
    return f"{head}\n{BYLINE[language]}\n{rest}"


def related(text: str, language: str) -> str:
    """A block of other stories' titles under the story."""
    return f"{text.rstrip()}\n\n{RELATED[language]}\n"


def hard_wrap(text: str, language: str) -> str:
    """Every line longer than the wrap width broken at it, as a mail or a wire copy saved as text is."""
    lines = text.split("\n")
    return "\n".join(textwrap.fill(line, WRAP_COLUMNS) if len(line) > WRAP_COLUMNS else line for line in lines)


def crlf(text: str, language: str) -> str:
    """Windows line ends."""
    return text.replace("\n", "\r\n")


VARIANTS: dict[str, Callable[[str, str], str]] = {
    "plain": lambda text, language: text,
    "masthead": masthead,
    "byline": byline,
    "related": related,
    "wrap": hard_wrap,
    "crlf": crlf,
}


def build(corpus: Path, out: Path) -> None:
    """Write every variant of every text brief of the corpus's language folders under `out/<variant>/<language>/`."""
    for language in (code for group in GROUPS for code in group):
        for brief in sorted((corpus / language).glob("*.txt")):
            text = brief.read_text(encoding="utf-8")
            for name, variant in VARIANTS.items():
                folder = out / name / language
                folder.mkdir(parents=True, exist_ok=True)
                (folder / brief.name).write_bytes(variant(text, language).encode("utf-8"))
                shutil.copy(brief.with_suffix(".json"), folder / brief.with_suffix(".json").name)


def score(scorer: Path, folders: list[Path]) -> dict[str, float]:
    """The shared scorer's figures over the folders together."""
    done = subprocess.run(
        [sys.executable, str(scorer), *map(str, folders), "--json"], capture_output=True, text=True, check=True
    )
    return json.loads(done.stdout)["scores"]["ALL"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--scorer", type=Path, default=ROOT.parent / "shared" / "eval" / "score.py")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="briefparse-robustness-") as folder:
        out = Path(folder)
        build(args.corpus, out)
        print("| variant | languages | " + " | ".join(FIELDS) + " |")
        print("|---|---|" + "---|" * len(FIELDS))
        for name in VARIANTS:
            for group in GROUPS:
                figures = score(args.scorer, [out / name / language for language in group])
                cells = " | ".join(f"{figures[field]:.3f}" for field in FIELDS)
                print(f"| {name} | {' + '.join(group)} | {cells} |")


if __name__ == "__main__":
    main()
