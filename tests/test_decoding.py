"""Bytes to text: BOMs, UTF-8, UTF-16 with and without BOM, legacy 8-bit encodings, binary refusal."""

from __future__ import annotations

import codecs

import pytest
from handwritten import EN_BRIEF, FR_BRIEF, write_tree
from typer.testing import CliRunner

import briefparse
from briefparse.cli import app
from briefparse.errors import BriefparseError
from briefparse.load.text import decode, normalise

FR_LINE = "Le ministre des Affaires étrangères s’est entretenu à Genève avec son homologue, a-t-on appris « hier »."
LATIN1_LINE = "Réunion à Genève : le président a reçu le délégué français à l'hôtel de ville, où l'on a bu un café."


@pytest.mark.parametrize(
    "data",
    [
        FR_LINE.encode("utf-8"),
        codecs.BOM_UTF8 + FR_LINE.encode("utf-8"),
        codecs.BOM_UTF16_LE + FR_LINE.encode("utf-16-le"),
        codecs.BOM_UTF16_BE + FR_LINE.encode("utf-16-be"),
        FR_LINE.encode("utf-16"),
        FR_LINE.encode("utf-16-le"),
        FR_LINE.encode("utf-16-be"),
        FR_LINE.encode("utf-32"),
        FR_LINE.encode("cp1252"),
    ],
    ids=["utf8", "utf8-bom", "utf16le-bom", "utf16be-bom", "utf16-native", "utf16le", "utf16be", "utf32", "cp1252"],
)
def test_decodes_to_the_same_text(data: bytes):
    assert decode(data) == FR_LINE


def test_latin1_is_read_as_western_european():
    assert decode(LATIN1_LINE.encode("latin-1")) == LATIN1_LINE


def test_cp1252_punctuation():
    line = "The minister’s “frank” talks — in Zürich — ended at 5 p.m. … as planned."
    assert decode(line.encode("cp1252")) == line


def test_a_utf8_file_with_one_broken_byte_stays_utf8():
    data = FR_BRIEF.encode("utf-8")
    broken = data[:40] + b"\xff" + data[40:]
    text = decode(broken)
    assert "\ufffd" in text
    assert text.replace("\ufffd", "") == FR_BRIEF


def test_same_brief_in_every_encoding_gives_the_same_record():
    expected = briefparse.parse(FR_BRIEF)
    for encoding in ("utf-8", "utf-8-sig", "utf-16", "cp1252"):
        assert briefparse.parse(FR_BRIEF.encode(encoding)) == expected, encoding


@pytest.mark.parametrize(
    "data",
    [
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj\n",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00",
        b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00word/document.xml",
        b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)),
        b"\x1f\x8b\x08\x00\x00\x00\x00\x00",
        bytes(range(256)) * 4,
        b"\x00" * 4096,
        b"\x00\x01\x02\x03" * 1000,
    ],
    ids=["pdf", "png", "zip", "elf", "gzip", "all-bytes", "nuls", "binary-pattern"],
)
def test_binary_is_refused(data: bytes):
    with pytest.raises(BriefparseError, match=r"binary|undecodable"):
        briefparse.parse(data)


def test_random_bytes_are_refused_not_guessed():
    import random

    data = random.Random(7).randbytes(3000)
    with pytest.raises(BriefparseError):
        briefparse.parse(data)


def test_normalise_line_endings_controls_and_spaces():
    text = "Titre\r\nPremière ligne.\rDeuxième\u2028ligne.\n\n\n\nFin\x00 du\x07 texte\u00a0\u00a0ici.\ufeff"
    assert normalise(text) == "Titre\nPremière ligne.\nDeuxième\nligne.\n\nFin du texte ici."


def test_normalise_composes_and_replaces_lone_surrogates():
    assert normalise("e\u0301te\u0301") == "été"
    assert normalise("a\ud800b") == "a\ufffdb"
    brief = briefparse.parse("The minister \udcff met the ambassador in Vilnius on Monday.")
    assert "\udcff" not in brief.model_dump_json()


def test_mixed_line_endings_give_the_same_record():
    unix = briefparse.parse(EN_BRIEF)
    title, first, second, third = [part for part in EN_BRIEF.split("\n") if part]
    mixed = title + "\r\n\r\n" + first + "\n\n" + second + "\r\r" + third + "\r\n"
    assert briefparse.parse(mixed.encode()) == unix


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("empty.txt", b"", "empty input"),
        ("blank.txt", b" \n\t\r\n \xc2\xa0\n", "empty input"),
        ("bom-only.txt", codecs.BOM_UTF8, "empty input"),
        ("fake.txt", b"%PDF-1.4\n1 0 obj\n", "binary file"),
        ("photo.txt", b"\x89PNG\r\n\x1a\n" + bytes(200), "binary file"),
        ("noise.txt", bytes(range(128, 256)) * 8, "undecodable|binary"),
    ],
)
def test_cli_reports_bad_bytes_on_one_line(tmp_path, name: str, data: bytes, message: str):
    import re

    path = write_tree(tmp_path, {name: data}) / name
    result = CliRunner().invoke(app, [str(path)])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert re.fullmatch(rf"briefparse: error: {re.escape(str(path))}: (?:{message})[^\n]*\n", result.stderr)


def test_legacy_file_through_the_cli(tmp_path):
    path = write_tree(tmp_path, {"old.txt": EN_BRIEF.replace("Ingrid", "Ingríd").encode("cp1252")}) / "old.txt"
    result = CliRunner().invoke(app, [str(path), "--with-text"])
    assert result.exit_code == 0
    assert "Ingríd" in result.stdout
