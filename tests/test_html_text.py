"""Main text of a page (boilerplate removed) and odd or broken HTML (pages written for these tests)."""

import codecs

import briefparse
from briefparse.document import load_document
from briefparse.load.html import decode_html, html_to_text, parse_html

STORY = [
    "The foreign ministers of Norway and Chile met in Oslo on Monday to discuss fisheries.",
    "They agreed to set up a joint working group, the ministry said in a statement.",
    "The group will report back to both governments before the end of the year.",
]


def article_page() -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in STORY)
    return f"""<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Ministers meet | Example</title>
<meta property="og:title" content="Norway and Chile set up fisheries group">
<style>p {{ color: red }}</style><script>var tracking = "do not show me";</script></head>
<body>
<header class="site-header"><a href="/">Example News</a><nav><ul><li><a href="/world">World</a></li>
<li><a href="/sport">Sport</a></li></ul></nav></header>
<div id="cookie-banner">We use cookies to improve your experience. Accept all cookies?</div>
<main><article>
<h1>Norway and Chile set up fisheries group</h1>
<div class="share-buttons"><a href="#">Share on Facebook</a><a href="#">Tweet this</a></div>
<div class="article-body">{paragraphs}
<figure><img src="a.jpg"><figcaption>Photo caption that is not text</figcaption></figure></div>
<section class="related-articles"><h2>Related stories</h2><ul><li><a href="/x">Another story about fish</a></li>
<li><a href="/y">Yet another story</a></li></ul></section>
<div id="comments"><p>Great article, thanks a lot for writing this, said a reader.</p></div>
</article></main>
<aside class="sidebar"><p>Most read: something else entirely happened somewhere.</p></aside>
<footer><p>© 2021 Example News. All rights reserved.</p></footer>
</body></html>"""


def test_main_text_is_headline_then_body_paragraphs():
    text, meta = html_to_text(article_page())
    assert text.split("\n\n") == ["Norway and Chile set up fisheries group", *STORY]
    assert meta.title == "Norway and Chile set up fisheries group"


def test_boilerplate_is_left_out():
    text, _ = html_to_text(article_page())
    for noise in ("World", "cookies", "Share on", "Related", "Another story", "Great article", "Most read",
                  "All rights", "tracking", "color", "caption"):  # fmt: skip
        assert noise not in text


def test_extractors_run_on_the_main_text_and_spans_point_into_it():
    brief = briefparse.parse(article_page().encode("utf-8"))
    doc = load_document(article_page().encode("utf-8"))
    assert brief.title == "Norway and Chile set up fisheries group"
    for span in brief.evidence.summary_points:
        assert doc.text[span.start : span.end] == span.text


def test_page_without_article_markup_keeps_the_densest_paragraphs():
    paragraphs = "".join(f"<p>{p}</p>" for p in STORY)
    markup = f'<html><body><div class="menu"><a href="/">Home</a></div><div>{paragraphs}</div></body></html>'
    text, _ = html_to_text(markup)
    assert text.split("\n\n")[-3:] == STORY
    assert "Home" not in text


def test_missing_body_and_head():
    text, meta = html_to_text("<title>Bare</title><h1>Bare page</h1><p>" + STORY[0] + "</p>")
    assert STORY[0] in text
    assert meta.title == "Bare page"


def test_several_html_roots_keep_every_part():
    markup = (
        "<html><head><title>One</title></head><body><p>" + STORY[0] + "</p></body></html>"
        "<html><body><p>" + STORY[1] + "</p></body></html>"
    )
    text, _ = html_to_text(markup)
    assert STORY[0] in text and STORY[1] in text


def test_self_closed_html_element_does_not_end_the_page():
    markup = '<!DOCTYPE html PUBLIC "x" "y" />\n<html lang="de" />\n<head><title>T</title></head><body><p>'
    text, meta = html_to_text(markup + STORY[0] + "</p></body></html>")
    assert STORY[0] in text
    assert meta.language == "de"


def test_unparseable_markup_falls_back_to_stripped_text():
    assert parse_html("") is None
    assert "text" in html_to_text("<<<>>> text")[0]


def test_charset_bom_wins():
    data = codecs.BOM_UTF8 + '<html><head><meta charset="iso-8859-1"></head><body><p>Genève</p>'.encode()
    assert "Genève" in decode_html(data)


def test_utf8_bytes_under_a_wrong_latin1_declaration():
    data = '<html><head><meta charset="iso-8859-1"></head><body><p>Genève</p></body></html>'.encode()
    assert "Genève" in decode_html(data)


def test_declared_legacy_charset_is_honoured():
    data = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'
    data = (data + "</head><body><p>Genève – « Zürich »</p></body></html>").encode("cp1252")
    assert "Genève – « Zürich »" in decode_html(data)


def test_legacy_bytes_under_a_wrong_utf8_declaration_are_detected():
    text = "<html><head><meta charset='utf-8'></head><body><p>" + "Les ministres se sont réunis à Genève. " * 20
    data = (text + "</p></body></html>").encode("cp1252")
    assert "réunis à Genève" in decode_html(data)


def test_missing_charset_is_detected_and_parse_accepts_bytes():
    text = "<html><body><h1>Réunion à Genève</h1><p>" + "Les ministres se sont réunis à Genève mardi. " * 20
    brief = briefparse.parse((text + "</p></body></html>").encode("cp1252"))
    assert brief.title == "Réunion à Genève"


def test_a_page_of_a_few_megabytes_keeps_its_story_and_drops_its_link_lists():
    """How fast is for benchmarks/throughput.py to say; a test never times."""
    filler = "".join(f'<div class="teaser"><a href="/{i}">Link {i}</a></div>' for i in range(40_000))
    markup = article_page().replace("<main>", f'<div class="nav-list">{filler}</div><main>')
    assert len(markup) > 1_500_000
    text, _ = html_to_text(markup)
    assert STORY[0] in text and "Link 5" not in text


def test_utf16_page_with_a_bom():
    data = codecs.BOM_UTF16_LE + "<html><body><h1>Réunion</h1><p>Genève</p></body></html>".encode("utf-16-le")
    doc = load_document(data)
    assert doc.is_html and "Genève" in doc.text
