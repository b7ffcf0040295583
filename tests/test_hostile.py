"""Hostile and broken input: the library raises only BriefparseError, the command never prints a traceback."""

from __future__ import annotations

import codecs
import re
from pathlib import Path

import pytest
from handwritten import EN_BRIEF, FR_BRIEF, assert_no_traceback, json_lines, spans_of, write_tree
from typer.testing import CliRunner

import briefparse
from briefparse.cli import app
from briefparse.document import load_document
from briefparse.errors import BriefparseError

ONE_MB = 1_000_000


def _nested(depth: int, tag: str = "div") -> str:
    inner = "<p>The Foreign Minister met the Ambassador of Norvania in Vilnius on Monday to discuss energy.</p>"
    return f"<html><body>{f'<{tag}>' * depth}{inner}{f'</{tag}>' * depth}</body></html>"


# name → (bytes, what must happen: "parse", "refuse" or a regex the error must match)
HOSTILE: dict[str, tuple[bytes, str]] = {
    "empty": (b"", "empty input"),
    "whitespace": ("  \n\t\r\n\u3000 \u00a0\n".encode(), "empty input"),
    "pdf-renamed": (b"%PDF-1.5\n%\xb5\xb5\xb5\xb5\n1 0 obj\n<</Type/Catalog>>\nendobj\n" + bytes(range(256)), "binary"),
    "png-renamed": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10" + bytes(300), "binary"),
    "zip-renamed": (b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(range(256)) * 2, "binary"),
    "invalid-utf8": (bytes(range(0x80, 0x100)) * 16, "undecodable|binary"),
    "utf8-with-stray-bytes": (EN_BRIEF.encode()[:200] + b"\xc3\x28\xff" + EN_BRIEF.encode()[200:], "parse"),
    "utf16-bom": (codecs.BOM_UTF16_LE + FR_BRIEF.encode("utf-16-le"), "parse"),
    "utf16-no-bom-le": (FR_BRIEF.encode("utf-16-le"), "parse"),
    "utf16-no-bom-be": (EN_BRIEF.encode("utf-16-be"), "parse"),
    "mixed-line-endings": (EN_BRIEF.replace("\n\n", "\r\n\r").replace(".\n", ".\r").encode(), "parse"),
    "nul-bytes": (EN_BRIEF.replace(" ", " \x00", 40).encode(), "parse"),
    "only-nuls": (b"\x00" * 5000, "binary"),
    "control-characters": (bytes(range(1, 32)) * 100, "binary"),
    "one-mb-line": (b"word " * (ONE_MB // 5), "parse"),
    "one-mb-word": (b"x" * ONE_MB, "parse"),
    "200kb-line-of-sentences": (
        b"the talks of the day and the plans for the region were set out in the note, " * 2600,
        "parse",
    ),
    "10000-capitalised-words": (" ".join(f"Word{chr(65 + i % 26)}" for i in range(10_000)).encode(), "parse"),
    "deep-html": (_nested(10_000).encode(), "parse|empty input"),
    "deep-html-unclosed": (
        ("<html><body>" + "<div><span>" * 10_000 + "The minister met the ambassador.").encode(),
        "parse|empty input",
    ),
    "html-no-body": (b"<html><head><title>Minister meets the ambassador of Norvania</title></head></html>", "parse"),
    "html-only-tags": (b"<html><body><div><span></span></div></body></html>", "empty input"),
    "html-that-is-text": (b"Plain text after all: the minister met the ambassador on Monday in Vilnius.", "parse"),
    "text-that-is-html": (b"<p>The minister met the <b>ambassador</b> on Monday in Vilnius.</p>", "parse"),
    "chinese": ("外交部长今天在北京会见了来访的挪威外交大臣，双方讨论了能源合作。".encode(), "parse"),
    "arabic": ("التقى وزير الخارجية يوم الاثنين بنظيره النرويجي في فيلنيوس.".encode(), "parse"),
    "thai": ("รัฐมนตรีว่าการกระทรวงการต่างประเทศพบกับเอกอัครราชทูตนอร์เวย์ที่กรุงเทพฯ".encode(), "parse"),
    "emoji-and-symbols": ("🙂🙃 ★☆ ∑∫ ⟨⟩ 🇫🇷 — ‱ ¶§ ".encode() * 50, "parse"),
    "lone-lt-signs": (b"<" * 100_000, "parse|empty input"),
    "unclosed-comment": (b"<html><body><!-- " + b"The minister met the ambassador. " * 100, "parse|empty input"),
}


def _check_brief(source: bytes | str, brief: briefparse.Brief, language: str | None = None) -> None:
    text = load_document(source, language=language, max_bytes=10 * ONE_MB).text
    for span in spans_of(brief.model_dump(mode="json")):
        assert text[span["start"] : span["end"]] == span["text"]
    for value in (brief.date, brief.published):
        assert value is None or re.fullmatch(r"\d{4}-\d\d-\d\d", value)


@pytest.mark.parametrize("name", list(HOSTILE))
def test_library_parses_or_raises_briefparse_error(name: str):
    data, expected = HOSTILE[name]
    try:
        brief = briefparse.parse(data, max_bytes=10 * ONE_MB)
    except BriefparseError as error:
        assert expected != "parse", f"refused: {error}"
        assert re.search(expected.replace("parse|", ""), str(error)), str(error)
        assert "\n" not in str(error)
        return
    assert "parse" in expected, f"parsed, expected an error matching {expected!r}"
    _check_brief(data, brief)


def test_what_the_hostile_inputs_become():
    """A few of them in detail: the text is recovered, not just survived."""
    assert briefparse.parse(HOSTILE["utf16-no-bom-be"][0]).language == "en"
    assert briefparse.parse(HOSTILE["utf16-no-bom-le"][0]).language == "fr"
    assert "\x00" not in load_document(HOSTILE["nul-bytes"][0]).text
    assert briefparse.parse(HOSTILE["html-no-body"][0]).title == "Minister meets the ambassador of Norvania"
    assert "<b>" not in load_document(HOSTILE["text-that-is-html"][0]).text
    assert load_document(HOSTILE["html-that-is-text"][0]).text.startswith("Plain text after all")
    chinese = briefparse.parse(HOSTILE["chinese"][0])
    assert chinese.language == "zh" and chinese.participants == []  # named by its script, not parsed
    mixed = load_document(HOSTILE["mixed-line-endings"][0]).text
    assert "\r" not in mixed and mixed == load_document(EN_BRIEF).text


@pytest.mark.parametrize("tag", ["div", "span", "section"])
@pytest.mark.parametrize("depth", [2_100, 10_000])
def test_deeply_nested_html_keeps_its_text(depth: int, tag: str):
    """Deeper than libxml2 goes (about 2 000 levels): the innermost text still comes out."""
    assert "Ambassador of Norvania" in load_document(_nested(depth, tag)).text


def test_deeply_nested_html_keeps_its_metadata():
    page = _nested(5_000).replace("<html>", '<html><head><meta property="og:site_name" content="Norvania Daily">')
    assert load_document(page).page.site_name == "Norvania Daily"


def test_moderately_nested_html_keeps_its_text():
    assert "Ambassador of Norvania" in load_document(_nested(200)).text


@pytest.mark.parametrize("language", ["fr", "en"])
@pytest.mark.parametrize(
    "name", ["10000-capitalised-words", "one-mb-word", "chinese", "nul-bytes", "200kb-line-of-sentences"]
)
def test_extractors_survive_hostile_text_in_every_language(name: str, language: str):
    """Forced languages make every extractor run on text that auto-detection would have set aside."""
    data = HOSTILE[name][0]
    if len(data) > 20_000:
        data = data[:20_000]  # the extractors' speed on large input is benchmarks/scaling.py's business
    brief = briefparse.parse(data, language=language)
    assert brief.language == language
    _check_brief(data, brief, language)


# Strings built from the alphabets of the patterns benchmarks/regex_audit.py found slowest, kept short
# here: these tests check what comes out; benchmarks/scaling.py measures how the time grows.
ADVERSARIAL = {
    "capital-run": "A" * 2000,
    "capital-word-run": "M" * 1500 + " said",
    "dotted-capitals": "A." * 1000,
    "dash-capitals": "A-" * 1000,
    "end-marks": "." * 2000 + "x",
    "bangs": "!?" * 1000 + "a",
    "comma-newlines": ",\n" * 1000,
    "space-commas": " ," * 1000,
    "digit-dashes": "1-" * 1000,
    "year-run": "20" * 1000,
    "apostrophes": "l’" * 1000,
    "cue-run-fr": "prédécesseur-" * 150,
    "cue-run-en": "according to " * 150,
    "title-case-cue": "Aa " + "Rapporte " * 220,
    "initials": "A. " * 700,
    "name-sentences": "".join(f"Aa{i} Bb{i} met Cc{i}. " for i in range(100)),
    "dates-fr": "1 janvier 2020, " * 120,
    "dates-en": "January 1, 2020, " * 120,
    "weekdays": "lundi mardi Monday Tuesday " * 70,
    "particles": "Jean " + "de " * 600 + "x",
    "roles": "minister ministre ambassador ambassadeur " * 50,
    "honorifics": "M. Mr. Mme Mrs. Dr. " * 100,
}


@pytest.mark.parametrize("language", ["fr", "en"])
@pytest.mark.parametrize("name", list(ADVERSARIAL))
def test_adversarial_strings_give_a_valid_brief(name: str, language: str):
    text = ADVERSARIAL[name]
    brief = briefparse.parse(text, language=language)
    _check_brief(text, brief, language)


def test_a_folder_of_hostile_files_gives_one_record_per_file(tmp_path: Path):
    files = {f"{name}.txt": data for name, (data, _expected) in HOSTILE.items() if len(data) < 300_000}
    files["deep/nested/page.html"] = _nested(300).encode()
    files["good.txt"] = EN_BRIEF.encode()
    root = write_tree(tmp_path / "hostile", files)
    result = CliRunner().invoke(app, [str(root), "--jobs", "1"])
    assert result.exit_code == 1
    assert_no_traceback(result.stderr)
    records = json_lines(result.stdout)
    assert len(records) == len(files)
    errors = [r for r in records if "error" in r]
    assert 0 < len(errors) < len(files)
    assert set(r["path"] for r in records) == {str(root / name) for name in files}
    lines = [line for line in result.stderr.splitlines() if not line.startswith("briefparse: warning: ")]
    assert len(lines) == len(errors) + 1
    assert all(line.startswith("briefparse: error: ") for line in lines[:-1])
    assert lines[-1].startswith(f"briefparse: {len(files) - len(errors)} parsed, {len(errors)} failed")


def test_cli_one_hostile_file_is_one_line_on_stderr(tmp_path: Path):
    root = write_tree(tmp_path, {"fake.txt": HOSTILE["pdf-renamed"][0]})
    result = CliRunner().invoke(app, [str(root / "fake.txt")])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == f"briefparse: error: {root / 'fake.txt'}: binary file, not text\n"


def test_unsupported_language_code():
    with pytest.raises(BriefparseError, match="unsupported language"):
        briefparse.parse(EN_BRIEF, language="xx")
    with pytest.raises(BriefparseError, match="unsupported language"):
        briefparse.parse(EN_BRIEF, language="klingon")
