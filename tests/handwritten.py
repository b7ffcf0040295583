"""Briefs written for the CLI, loader and robustness tests (invented people and places), and helpers.

Imported by several test modules; pytest puts this folder on sys.path.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import briefparse
from briefparse.analysis.cues import is_boilerplate
from briefparse.document import load_document
from briefparse.errors import BriefparseError

FR_BRIEF = """Entretien téléphonique entre les ministres des Affaires étrangères de Lusitanie et du Karvan

Lisbonne, le 12 mai 2021 – Le ministre lusitanien des Affaires étrangères, M. Henri Valmont, s'est entretenu \
mardi par téléphone avec son homologue karvanaise, Mme Aïcha Benali-Roux.

Les deux ministres ont passé en revue l'état de la coopération bilatérale et la préparation du prochain \
sommet régional.

Ils ont également évoqué la situation humanitaire dans la région des Grands Lacs, a fait savoir le ministère.
"""

EN_BRIEF = """Foreign Minister holds talks with the Ambassador of Norvania

Vilnius, 3 March 2022 — Foreign Minister Daniel Okafor met on Wednesday with the Ambassador of Norvania, \
Ingrid Solheim, at the Ministry in Vilnius.

The two sides discussed energy cooperation and the agenda of the upcoming regional summit.

Minister Okafor thanked Ambassador Solheim for her country's steady support, the ministry said in a statement.
"""

# No year in the text: the year comes from the reference date or the weekday.
EN_NO_YEAR = """Prime Minister speaks with the President of Estavia

The Prime Minister, Laura Brennan, spoke by telephone on Monday 14 March with the President of Estavia, \
Tomas Virkus.

They agreed to deepen trade ties and to meet at the summit in June.
"""

HTML_PAGE = """<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>Le ministre reçoit l'ambassadeur de Norvanie | Ministère des Affaires étrangères</title>
<meta property="og:title" content="Le ministre reçoit l'ambassadeur de Norvanie">
<meta property="article:published_time" content="2023-06-08T09:30:00+02:00">
</head>
<body>
<nav><a href="/">Accueil</a> › <a href="/actualites">Actualités</a></nav>
<article>
<h1>Le ministre reçoit l'ambassadeur de Norvanie</h1>
<p>Le ministre des Affaires étrangères, M. Paul Darmon, a reçu mercredi 7 juin 2023 l'ambassadeur de \
Norvanie, M. Erik Lindqvist, au ministère à Paris.</p>
<p>Les deux hommes ont évoqué la coopération énergétique et la sécurité maritime.</p>
</article>
<footer>© Ministère — Tous droits réservés</footer>
</body>
</html>
"""

ALL_BRIEFS = {
    "fr-entretien.txt": FR_BRIEF,
    "en-talks.txt": EN_BRIEF,
    "en-no-year.md": EN_NO_YEAR,
    "page.html": HTML_PAGE,
}


def write_tree(root: Path, files: dict[str, str | bytes]) -> Path:
    """Create files (text as UTF-8) under root; folders as needed. Returns root."""
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return root


def run_briefparse(
    *args: str, stdin: bytes | None = None, cwd: Path | None = None, module: bool = False
) -> subprocess.CompletedProcess[bytes]:
    """The real command in a child process (stdin, exit codes and stderr exactly as a user sees them)."""
    command = [sys.executable, "-m", "briefparse"] if module else [_console_script()]
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "COLUMNS": "200"}
    return subprocess.run(
        [*command, *args], input=stdin, capture_output=True, cwd=cwd, env=env, timeout=120, check=False
    )


def _console_script() -> str:
    script = Path(sys.executable).with_name("briefparse")
    return str(script) if script.exists() else "briefparse"


def json_lines(output: str | bytes) -> list[dict[str, Any]]:
    """Every line of JSON Lines output, parsed."""
    text = output.decode("utf-8") if isinstance(output, bytes) else output
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def spans_of(value: Any) -> list[dict[str, Any]]:
    """Every evidence span ({start, end, text}) anywhere in a record."""
    found: list[dict[str, Any]] = []
    if isinstance(value, dict):
        if {"start", "end", "text"} <= value.keys() and isinstance(value["start"], int):
            found.append(value)
        for item in value.values():
            found.extend(spans_of(item))
    elif isinstance(value, list):
        for item in value:
            found.extend(spans_of(item))
    return found


def assert_no_traceback(stderr: str | bytes) -> None:
    text = stderr.decode("utf-8", "replace") if isinstance(stderr, bytes) else stderr
    assert "Traceback" not in text, text
    assert "Error:" not in text or text.startswith("Usage") or "Usage:" in text, text


def check_brief(source: str | bytes, language: str | None = None) -> briefparse.Brief | None:
    """Parse and check every property of the result; None when the input is refused."""
    try:
        brief = briefparse.parse(source, language=language, reference_date=dt.date(2023, 6, 10))
    except BriefparseError as error:
        assert str(error) and "\n" not in str(error)
        return None
    document = load_document(source, language=language)
    text = document.text
    for span in spans_of(brief.model_dump(mode="json")):
        assert 0 <= span["start"] <= span["end"] <= len(text)
        assert text[span["start"] : span["end"]] == span["text"], span
    for value in (brief.date, brief.published):
        if value is not None:
            parsed = dt.date.fromisoformat(value)
            assert 1000 <= parsed.year <= 2100
    lang = document.language  # what the extractors used (a page may declare a language its text does not show)
    for point in brief.summary_points:
        assert point.strip() == point and point
        assert not is_boilerplate(point, lang), point
    if brief.title is not None:
        assert brief.title.strip() and not is_boilerplate(brief.title, lang), brief.title
    for person in brief.participants + brief.people_mentioned:
        assert person.name is None or person.name.strip() == person.name != ""
    return brief
