"""`briefparse report` (issue 16): the command, and the page it writes opened in a real headless Chromium
(Debian's `chromium`, driven by Playwright; `.ci/run` installs it): no console error, no request, one table row
per brief, filters that narrow, the timeline and the network opening a brief with its evidence highlighted
exactly where the record says, the error records listed."""

from __future__ import annotations

import json
import os
import re
import shutil
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from handwritten import EN_BRIEF, FR_BRIEF, HTML_PAGE, assert_no_traceback, json_lines, run_briefparse, write_tree
from synthetic import write_briefs

from briefparse.report import build_page, embedded_json, read_records

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = os.environ.get("BRIEFPARSE_CHROMIUM", "/usr/bin/chromium")

#: a brief whose evidence comes after characters that JavaScript counts as two (UTF-16 surrogate pairs)
ASTRAL_BRIEF = """Foreign Minister meets the Ambassador of Norvania 🌍🤝

Vilnius, 3 March 2022 — 🎉 Foreign Minister Daniel Okafor met on Wednesday with the Ambassador of Norvania, \
Ingrid Solheim, at the Ministry in Vilnius 𝒜.

Minister Okafor thanked Ambassador Solheim for her country's support, the ministry said in a statement.
"""
#: a title that would end the page's script if the data were not escaped
HOSTILE_TITLE = "Minister meets envoy </script><script>throw new Error('escaped')</script><!-- "


def page_data(html: str) -> dict[str, Any]:
    """The JSON a page embeds."""
    match = re.search(r'<script type="application/json" id="briefparse-data">(.*?)</script>', html, re.DOTALL)
    assert match, "no data element"
    return json.loads(match.group(1))


def evidence_of(record: dict[str, Any]) -> Counter[tuple[str, str]]:
    """(field, text) of every span the page is to highlight in a record's text."""
    evidence = record["evidence"]
    found: list[tuple[str, dict | None]] = [
        ("date", (evidence["date"] or {}).get("span")),
        ("published", (evidence["published"] or {}).get("span")),
        ("source", (record["source"] or {}).get("span")),
        ("place", evidence["location"]),
    ]
    found += [("participant", mention) for person in record["participants"] for mention in person["mentions"]]
    found += [("point", span) for span in evidence["summary_points"]]
    return Counter((field, span["text"]) for field, span in found if span)


@pytest.fixture(scope="module")
def briefs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = write_tree(
        tmp_path_factory.mktemp("report") / "briefs",
        {
            "en-talks.txt": EN_BRIEF,
            "fr-entretien.txt": FR_BRIEF,
            "page.html": HTML_PAGE,
            "astral.txt": ASTRAL_BRIEF,
            "hostile.txt": HOSTILE_TITLE + "\n\n" + EN_BRIEF.split("\n", 2)[2],
            "empty.txt": "",
            "broken.txt": b"%PDF-1.7\n\x00\x01\x02\x03binary",
        },
    )
    for sample in sorted((ROOT / "samples").iterdir()):
        shutil.copy(sample, folder / sample.name)
    write_briefs(folder / "generated", 12)
    return folder


@pytest.fixture(scope="module")
def records(briefs: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    result = run_briefparse(str(briefs), "--with-text", "-j", "1", "-q")
    assert result.returncode == 1  # the empty and the binary file
    path = tmp_path_factory.mktemp("records") / "records.jsonl"
    path.write_bytes(result.stdout)
    return path


@pytest.fixture(scope="module")
def report(records: Path) -> Path:
    page = records.with_name("report.html")
    result = run_briefparse("report", "--from-records", str(records), "--out", str(page), "--title", "Test <run>")
    assert result.returncode == 0, result.stderr
    return page


# the command -------------------------------------------------------------------------------------------------


def test_a_report_from_the_briefs_is_the_report_from_their_records(briefs: Path, records: Path, tmp_path: Path):
    parsed, read = tmp_path / "parsed.html", tmp_path / "read.html"
    result = run_briefparse("report", str(briefs), "--out", str(parsed), "-j", "1", "--title", "T")
    assert result.returncode == 1  # two inputs failed: one line each, and the page is written
    assert_no_traceback(result.stderr)
    errors = [line for line in result.stderr.decode().splitlines() if line.startswith("briefparse: error: ")]
    assert len(errors) == 2
    assert any("empty.txt" in line for line in errors) and any("broken.txt" in line for line in errors)
    assert run_briefparse("report", "--from-records", str(records), "-o", str(read), "--title", "T").returncode == 0
    assert parsed.read_bytes() == read.read_bytes()
    data = page_data(parsed.read_text(encoding="utf-8"))
    written = json_lines(records.read_bytes())
    assert len(data["briefs"]) == sum("error" not in r for r in written) > 10
    assert sorted(path for path, _ in data["errors"]) == sorted(r["path"] for r in written if "error" in r)


def test_stdin_in_and_the_page_on_stdout():
    result = run_briefparse("report", stdin=EN_BRIEF.encode())
    assert result.returncode == 0, result.stderr
    data = page_data(result.stdout.decode())
    assert [brief["f"] for brief in data["briefs"]] == ["-"] and data["briefs"][0]["t"] == EN_BRIEF.splitlines()[0]
    records = run_briefparse("-", "--with-text", stdin=EN_BRIEF.encode()).stdout
    again = run_briefparse("report", "--from-records", "-", stdin=records)
    assert again.returncode == 0 and page_data(again.stdout.decode()) == data


def test_pieces_of_a_records_file_that_are_no_records_are_listed_and_the_rest_read(records: Path, tmp_path: Path):
    good = records.read_text(encoding="utf-8").splitlines()
    mixed = tmp_path / "mixed.jsonl"
    mixed.write_text("\n".join([good[0], "not json at all", '{"title": "no language"}', "[1, 2]", *good[1:]]))
    result = run_briefparse("report", "--from-records", str(mixed), "-o", str(tmp_path / "r.html"))
    assert result.returncode == 1
    assert_no_traceback(result.stderr)
    data = page_data((tmp_path / "r.html").read_text(encoding="utf-8"))
    unreadable = [(path, reason) for path, reason in data["errors"] if path.startswith(str(mixed))]
    assert [path.rsplit(":", 1)[1] for path, _ in unreadable] == ["2", "3", "4", "4"]
    assert unreadable[0][1].startswith("not JSON") and all("not a briefparse record" in r for _, r in unreadable[1:])
    assert len(data["briefs"]) == sum("error" not in json.loads(line) for line in good)
    assert result.stderr.decode().count("briefparse: error: ") == 4


def test_records_read_back_whatever_json_shape_briefparse_wrote(records: Path):
    lines = records.read_text(encoding="utf-8").splitlines()
    objects = [json.loads(line) for line in lines]
    as_lines = list(read_records("\n".join(lines), "x"))
    assert list(read_records(json.dumps(objects, indent=2), "x")) == as_lines
    assert list(read_records("\n".join(json.dumps(o, indent=2) for o in objects), "x")) == as_lines


@pytest.mark.parametrize(
    "args",
    [
        ["--from-records", "records.jsonl", "briefs/"],
        ["--from-records", "no-such-file.jsonl", "-o", "r.html"],
        ["samples/", "--out", "samples"],
        ["samples/", "--lang", "xx", "-o", "r.html"],
        ["samples/", "--nope", "-o", "r.html"],
    ],
)
def test_usage_errors_are_one_line_and_write_nothing(args: list[str], tmp_path: Path):
    (tmp_path / "records.jsonl").write_text("")
    shutil.copytree(ROOT / "samples", tmp_path / "samples")
    result = run_briefparse("report", *args, cwd=tmp_path)
    assert result.returncode == 2
    lines = result.stderr.decode().splitlines()
    assert len(lines) == 1 and lines[0].startswith("briefparse: error: "), lines
    assert "--nope" not in args or lines[0].endswith("(see briefparse report --help)")
    assert not (tmp_path / "r.html").exists()


def test_the_embedded_data_cannot_end_its_script_element():
    value = {"t": HOSTILE_TITLE, "u": "<!--<script>"}
    embedded = embedded_json(value)
    assert "<" not in embedded and json.loads(embedded) == value


def test_offsets_are_counted_as_javascript_counts_them(records: Path):
    written = [r for r in json_lines(records.read_bytes()) if r.get("path", "").endswith("astral.txt")]
    data = page_data(build_page(read_records(records.read_text(encoding="utf-8"), "r")))
    (brief,) = [b for b in data["briefs"] if b["f"].endswith("astral.txt")]
    utf16 = brief["x"].encode("utf-16-le")
    shown = Counter(utf16[2 * start : 2 * end].decode("utf-16-le") for start, end, *_ in brief["h"])
    assert shown == Counter(text for _, text in evidence_of(written[0]).elements()) and len(shown) > 3


def test_a_record_without_its_text_keeps_its_points_for_the_page(tmp_path: Path):
    lines = run_briefparse("-", stdin=EN_BRIEF.encode()).stdout
    (brief,) = page_data(build_page(read_records(lines.decode(), "r")))["briefs"]
    assert "x" not in brief and "h" not in brief and brief["k"] == json.loads(lines)["summary_points"]


# the page in a browser ----------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.skip(f"no Chromium at {CHROMIUM}: apt-get install chromium (.ci/run does), or set BRIEFPARSE_CHROMIUM")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM)
        yield browser
        browser.close()


class Opened:
    """A page opened from its file, with every console error, page error and request it made."""

    def __init__(self, browser, path: Path) -> None:
        self.context = browser.new_context(viewport={"width": 1280, "height": 900})
        self.page = self.context.new_page()
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.page.on("console", lambda message: message.type == "error" and self.errors.append(message.text))
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.context.on("request", lambda request: self.requests.append(request.url))
        self.page.goto(path.as_uri())
        self.page.wait_for_selector("html[data-ready=true]")

    def rows(self) -> list[str]:
        """The titles of the table's rows."""
        self.page.click("#tab-table")
        return self.page.locator("#briefs tbody tr td:nth-child(2)").all_inner_texts()

    def reader(self) -> dict[str, Any]:
        """The brief the reader shows: its index, title, text, and (field, text) of each highlighted span, the
        pieces of a span cut where another crosses it put back together."""
        self.page.wait_for_selector("#reader[open]")
        return self.page.evaluate(
            """() => {
              const spans = new Map();
              for (const mark of document.querySelectorAll('#reader-text mark')) {
                const [field, text] = spans.get(mark.dataset.span) || [mark.dataset.field, ''];
                spans.set(mark.dataset.span, [field, text + mark.textContent]);
              }
              return { index: Number(document.getElementById('reader').dataset.brief),
                       title: document.getElementById('reader-title').textContent,
                       text: document.getElementById('reader-text').textContent, spans: [...spans.values()] };
            }"""
        )

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def opened(browser, report: Path):
    page = Opened(browser, report)
    yield page
    page.close()


@pytest.fixture(scope="module")
def written(records: Path) -> list[dict[str, Any]]:
    return json_lines(records.read_bytes())


def briefs_of(written: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [record for record in written if "error" not in record]


def assert_shows_its_evidence(shown: dict[str, Any], written: list[dict[str, Any]]) -> None:
    record = briefs_of(written)[shown["index"]]
    assert shown["title"] == record["title"]
    assert shown["text"] == record["text"]
    assert Counter(map(tuple, shown["spans"])) == evidence_of(record)
    assert {field for field, _ in shown["spans"]} >= {"participant", "point"}


def test_the_request_recorder_sees_a_request(browser, tmp_path: Path):
    """The check below means something: a page that asks for anything is seen asking."""
    page = tmp_path / "asks.html"
    page.write_text(
        '<!doctype html><img src="http://127.0.0.1:9/x.png">'
        '<script>document.documentElement.dataset.ready="true"</script>'
    )
    opened = Opened(browser, page)
    assert any(url.startswith("http://127.0.0.1:9/") for url in opened.requests)
    opened.close()


def test_no_console_error_and_no_request_in_any_view(opened: Opened, report: Path):
    for tab in ("network", "table", "errors", "timeline"):
        opened.page.click(f"#tab-{tab}")
    opened.page.click("#timeline .mark >> nth=0")
    opened.reader()
    opened.page.keyboard.press("Escape")
    assert opened.errors == []
    assert opened.requests == [report.as_uri()]


def test_the_table_holds_one_row_per_brief_and_shows_titles_as_written(opened: Opened, written):
    titles = opened.rows()
    assert sorted(titles) == sorted(record["title"] or "(untitled)" for record in briefs_of(written))
    assert any(title.startswith("Minister meets envoy </script>") for title in titles)
    assert opened.page.title() == "Test <run>"


def test_filters_narrow_the_table(opened: Opened, written):
    briefs = briefs_of(written)
    total = len(opened.rows())
    opened.page.select_option("#f-lang", "fr")
    french = opened.rows()
    assert 0 < len(french) < total and len(french) == sum(r["language"] == "fr" for r in briefs)
    opened.page.click("#f-clear")
    opened.page.fill("#f-text", "Solheim")
    opened.page.wait_for_function(f"() => document.querySelectorAll('#briefs tbody tr').length < {total}")
    assert len(opened.rows()) == sum("Solheim" in r["text"] for r in briefs) > 0
    opened.page.click("#f-clear")
    dated = sorted(r["date"] for r in briefs if r["date"])
    opened.page.fill("#f-from", dated[len(dated) // 2])
    opened.page.dispatch_event("#f-from", "change")
    assert len(opened.rows()) == sum(1 for d in dated if d >= dated[len(dated) // 2]) < total


def test_a_title_in_the_table_opens_its_brief_with_its_evidence(opened: Opened, written):
    titles = opened.rows()
    for number in (0, len(titles) - 1):
        opened.page.locator("#briefs tbody button.open").nth(number).click()
        shown = opened.reader()
        assert shown["title"] == titles[number]
        assert_shows_its_evidence(shown, written)
        opened.page.keyboard.press("Escape")


def test_a_timeline_mark_opens_its_brief_with_its_evidence(opened: Opened, written):
    marks = opened.page.locator("#timeline .mark")
    assert marks.count() == sum(1 for r in briefs_of(written) if r["date"])
    for number in range(marks.count()):
        marks.nth(number).click()
        shown = opened.reader()
        assert_shows_its_evidence(shown, written)
        assert briefs_of(written)[shown["index"]]["date"] in marks.nth(number).get_attribute("aria-label")
        opened.page.click("#reader-close")


def test_a_timeline_mark_opens_from_the_keyboard(opened: Opened, written):
    opened.page.focus("#timeline .mark >> nth=0")
    opened.page.keyboard.press("Enter")
    assert_shows_its_evidence(opened.reader(), written)


def test_a_network_node_opens_a_brief_of_that_person(opened: Opened, written):
    opened.page.click("#tab-network")
    nodes = opened.page.locator("#network .node")
    assert nodes.count() > 5
    for number in (0, nodes.count() - 1):
        name = nodes.nth(number).locator("title").text_content()
        nodes.nth(number).click()
        shown = opened.reader()
        assert_shows_its_evidence(shown, written)
        participants = [p["name"] for p in briefs_of(written)[shown["index"]]["participants"]]
        assert any(name.startswith(person) for person in participants), (name, participants)
        opened.page.click("#reader-close")
        opened.page.click("#f-clear")
        opened.page.click("#tab-network")


def test_the_network_keeps_the_n_most_connected(opened: Opened):
    opened.page.click("#tab-network")
    everyone = opened.page.locator("#network .node").count()
    opened.page.fill("#n-top", "3")
    opened.page.dispatch_event("#n-top", "change")
    assert opened.page.locator("#network .node").count() == 3 < everyone
    labels = opened.page.locator("#network .node").evaluate_all("nodes => nodes.map(n => n.getAttribute('aria-label'))")
    degrees = [int(re.search(r"met (\d+)", label).group(1)) for label in labels]
    assert min(degrees) >= 1 and degrees == sorted(degrees, reverse=True)


def test_the_error_records_are_listed_with_their_reasons(opened: Opened, written):
    opened.page.click("#tab-errors")
    rows = opened.page.locator("#errors tbody tr")
    listed = [tuple(rows.nth(n).locator("td").all_inner_texts()) for n in range(rows.count())]
    assert listed == [(r["path"], r["error"]) for r in written if "error" in r] and len(listed) == 2


def test_a_report_of_generated_briefs_counts_every_brief(browser, tmp_path: Path):
    folder = write_briefs(tmp_path / "generated", 200)
    page = tmp_path / "generated.html"
    assert run_briefparse("report", str(folder), "-o", str(page), "-q").returncode == 0
    opened = Opened(browser, page)
    rows = opened.rows()
    assert len(rows) == 100 and "of 200" in opened.page.inner_text("#page-status")
    opened.page.click("#page-next")
    assert len(opened.page.locator("#briefs tbody tr").all()) == 100
    undated = opened.page.inner_text("#undated")
    data = page_data(page.read_text(encoding="utf-8"))
    assert f"{sum(not b['d'] for b in data['briefs'])} briefs" in undated
    assert opened.errors == [] and opened.requests == [page.as_uri()]
    opened.close()


def _contrast(one: str, other: str) -> float:
    """WCAG 2 contrast ratio of two #RRGGBB colours."""

    def luminance(colour: str) -> float:
        channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
        r, g, b = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    light, dark = sorted([luminance(one), luminance(other)], reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_text_on_every_colour_of_the_page_reads_at_4_5_to_1():
    """White text on the event type chips, the ink on each highlight, muted text on the panels."""
    script = (ROOT / "src/briefparse/report/report.js").read_text(encoding="utf-8")
    style = (ROOT / "src/briefparse/report/report.css").read_text(encoding="utf-8")
    types = re.search(r"TYPE_COLOURS = \{(.*?)\}", script, re.DOTALL).group(1)
    chips = re.findall(r"#[0-9A-Fa-f]{6}", types)
    highlights = re.findall(r"\.f-\w+ \{ background: (#[0-9a-f]{6})", style)
    assert len(chips) == 6 and len(highlights) == 6
    ink, muted = (re.search(rf"--{name}: (#[0-9a-f]{{6}})", style).group(1) for name in ("ink", "muted"))
    panel = re.search(r"--panel: (#[0-9a-f]{6})", style).group(1)
    assert all(_contrast(colour, "#ffffff") >= 4.5 for colour in chips), chips
    assert all(_contrast(ink, colour) >= 4.5 for colour in highlights), highlights
    assert _contrast(muted, panel) >= 4.5
